package forms

import "appealdesk/forms/legal"

// Pleading is the law a document pleads for the case's decision type: each type's own
// clauses of the Law on Foreigners, whether Art. 1 of Protocol No. 7 fits, whether the
// proceedings were started by the authority. The texts are in templates/; which of
// them fits which decision is decided here, once, so the interview, the documents and
// their tests agree. Every clause was read in the statute's text.
type Pleading struct {
	// Weigh names the clause that obliges the authority to weigh the person's own
	// circumstances (length of stay, family, ties), "" if the type has none:
	//   zos-65-1   applications for temporary residence (ZoS Art. 65(1), minors 65(3))
	//   zos-66-4   termination of temporary residence
	//   zos-46zh-5 termination of the unique permit with a departure period or ban (46ж(5) with (2))
	//   zos-71-2   refusal of permanent residence
	//   zos-72-3   termination of permanent residence
	//   zos-75     return (the principles of Art. 75(1), (3); the period of 77(4))
	//   zos-15-3   entry refusal (entry may be allowed on humanitarian grounds)
	//   zos-84-2   postponement of forced removal (the unity of the family, 84(2))
	//   zos-36-2   visa application refused (a visa may be issued on humanitarian grounds)
	//   zos-35-2   visa extension refused (humanitarian or professional grounds, force majeure)
	//   zos-79-1   entry ban not lifted (personal or humanitarian reasons)
	Weigh string
	// SecurityWeigh: how the threat must be weighed where security is the ground:
	//   zos-65-2          applied as written (applications for temporary residence)
	//   zos-65-2-analogy  applied by analogy („сходно“): an interpretation, flagged
	//   zos-71-2, zos-72-3 the type's own clause weighs the threat
	SecurityWeigh string
	// Ban is how the entry-ban rules of ZoS Art. 78 reach the decision: zos-78 (a
	// return decision), zos-66-3, zos-46zh-3, zos-72-5, zos-39-4 („сходно се примењује члан 78.“),
	// "" where the type sets no ban or the ban is the court's (81(2)).
	Ban string
	// Security: the decision rests on a security assessment (ZoS Art. 9): 9(3) and 9(9)
	// are pleaded, and 9(8) brings in Art. 83(3).
	Security bool
	// Protocol7: Art. 1 of Protocol No. 7 to the ECHR fits (an alien lawfully resident
	// who is expelled, or refused re-entry while holding residence: Nolan and K. v.
	// Russia); Protocol7Reason is the message id saying why not, "" if it fits.
	Protocol7       bool
	Protocol7Reason string
	// NonRefoulement: ZoS Art. 83(3) is pleaded (return and entry; every security-based
	// refusal of entry or stay through Art. 9(8); detention and 81(2), where removal follows).
	NonRefoulement bool
	// ExOfficio: the proceedings were started by the authority (a termination, a
	// return decision), so no fee is due (fees law Art. 19(1)(1)) — an argued point.
	ExOfficio bool
	// Forum is where the document is lodged (who may sign it for the person).
	Forum Forum
	// ForeignersLaw: the Law on Foreigners governs the decision, so its clauses may be
	// pleaded. False for asylum (ZoS Art. 2(1)(1): it does not apply to a person who
	// has applied for asylum) and for a decision the app does not know (type other),
	// where only ZUP and the ECHR are pleaded.
	ForeignersLaw bool
}

// PleadingFor returns the law the documents of c plead.
func PleadingFor(c *Case) Pleading {
	d := &c.Decision
	p := Pleading{Security: d.SecurityGrounds == Yes, Forum: ForumAdministrative,
		ForeignersLaw: d.Type != TypeAsylum && d.Type != TypeOther}
	if r, ok := legal.RemedyFor(legal.DecisionType(d.Type)); ok && r.Kind == legal.Lawsuit {
		p.Forum = ForumCourt
	}
	held := d.HeldResidence == Yes
	p7 := func(fits bool, reason string) {
		p.Protocol7 = fits
		if !fits {
			p.Protocol7Reason = "interview.argument.not-heard.basis_no_p7." + reason
		}
	}
	switch d.Type {
	case TypeTemporaryResidenceRefusal:
		p.Weigh, p.SecurityWeigh = "zos-65-1", "zos-65-2"
		p7(held, "first-application")
	case TypeUniquePermitRefusal:
		// The unique permit is a temporary residence (ZoS Art. 40(2)); Art. 65 speaks of
		// temporary residence applications, so it is applied by analogy.
		p.Weigh, p.SecurityWeigh = "zos-65-1", "zos-65-2-analogy"
		p7(held, "first-application")
	case TypeTemporaryResidenceTermination:
		p.Weigh, p.SecurityWeigh, p.Ban, p.ExOfficio = "zos-66-4", "zos-65-2-analogy", "zos-66-3", true
		p7(true, "")
	case TypeUniquePermitTermination:
		if departureOrBan(c) {
			p.Weigh = "zos-46zh-5"
		}
		p.SecurityWeigh, p.Ban, p.ExOfficio = "zos-65-2-analogy", "zos-46zh-3", true
		p7(true, "")
	case TypePermanentResidenceRefusal:
		p.Weigh, p.SecurityWeigh = "zos-71-2", "zos-71-2"
		p7(false, "permanent-refusal")
	case TypePermanentResidenceTermination:
		p.Weigh, p.SecurityWeigh, p.Ban, p.ExOfficio = "zos-72-3", "zos-72-3", "zos-72-5", true
		p7(true, "")
	case TypeReturnDecision:
		p.Weigh, p.Ban, p.ExOfficio, p.NonRefoulement = "zos-75", "zos-78", true, true
		p7(held, "not-resident")
	case TypeEntryRefusal:
		p.Weigh, p.NonRefoulement = "zos-15-3", true
		p7(held, "first-entry")
	case TypeDetention:
		p.NonRefoulement = true
		p7(false, "detention")
	case TypeCourtExpulsion:
		p.NonRefoulement = true
		p7(false, "court")
	case TypeShortStayCancellation: // ZoS Art. 39(3)–(8): stay cancelled, ban, period to leave
		p.Ban, p.ExOfficio, p.NonRefoulement = "zos-39-4", true, true
		p7(held, "not-resident") // a stay on a long-stay D visa may be lawful residence; a visa-free visit is not
	case TypeRemovalPostponement: // ZoS Art. 85: revoking it reopens forced removal
		// 84(2): postponing one family member's removal, the authority „узима у обзир
		// начело породичног јединства“ for the others.
		// A revocation (85(2)) is the authority's own act; a grant may have been asked for.
		p.Weigh, p.NonRefoulement, p.ExOfficio = "zos-84-2", true, d.Postponement == PostponementRevoked
		p7(false, "not-resident")
	case TypeObligatoryResidence:
		// ZoS Art. 93(1): the measure secures forced removal (or follows its postponement
		// under 84), so a bar to removal (83(3)) takes away its purpose. The authority
		// orders it (93(1) „ће … одредити“); a permit to leave the place (93(4)) is asked.
		p.NonRefoulement, p.ExOfficio = true, d.Obligatory == ObligatoryOrdered
		p7(false, "not-expulsion")
	case TypeTravelDocumentRefusal:
		// Art. 9 governs decisions on entry and stay (9(1)); a travel document is
		// refused on the grounds of Art. 99(1), whose item 4 names security itself.
		p.Security = false
		p7(false, "not-expulsion")
	case TypeEntryBanLiftingRefusal:
		// Art. 79(1): the ban is lifted or shortened "из личних или хуманитарних разлога".
		p.Weigh = "zos-79-1"
		p7(false, "not-expulsion")
	case TypePermitDeclaredInvalid:
		p7(false, "not-expulsion")
	case TypeVisaRefusal:
		switch d.VisaAct {
		case legal.VisaRefused:
			// The exception of Art. 36(2): a visa may be issued on humanitarian grounds.
			p.Weigh = "zos-36-2"
			p7(false, "first-entry")
		case legal.VisaBorder:
			p.NonRefoulement = true // refused at the border, the person is turned back (ZoS Art. 38(3), 83)
			p7(false, "first-entry")
		case legal.VisaExtension:
			// Art. 35(2): an extension on humanitarian or professional grounds or force majeure.
			p.Weigh, p.NonRefoulement = "zos-35-2", true
			p7(false, "visa")
		default: // annulled or revoked: the person may have to leave (ZoS Art. 38(3), 83)
			// The authority annuls or revokes of its own motion (Art. 37(1)–(2)); a revocation
			// at the person's request has no appeal (37(6)).
			p.NonRefoulement, p.ExOfficio = true, true
			p7(false, "visa")
		}
	case TypeAsylum: // the asylum law's own non-refoulement (ZoS Art. 2(1)(1) excludes the Law on Foreigners)
		p.NonRefoulement = true
		p7(held, "not-resident")
	default:
		p7(held, "not-resident")
	}
	if p.Security && d.Type != TypeCourtExpulsion && d.Type != TypePermanentResidenceRefusal &&
		d.Type != TypeEntryBanLiftingRefusal && d.Type != TypePermitDeclaredInvalid { // no removal follows from these
		p.NonRefoulement = true // ZoS Art. 9(8): no refusal of entry or stay where 83(3) applies
	}
	return p
}

// Protocol7Asked reports whether the interview asks decision.held_residence: for the
// types where lawful residence at the time of the decision is not implied by the
// decision itself (an entry refusal, a refused application, a return decision).
func Protocol7Asked(c *Case) bool {
	switch c.Decision.Type {
	case TypeEntryRefusal, TypeTemporaryResidenceRefusal, TypeUniquePermitRefusal, TypeReturnDecision, TypeShortStayCancellation:
		return true
	}
	return false
}
