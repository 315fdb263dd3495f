package forms

import "appealdesk/forms/legal"

// Argument ids: the typical arguments against these decisions (ZUP Art. 141(4), 158;
// the Law on Foreigners; the ECHR). They are stable: the .appeal file stores them in
// "arguments" and evidence items name them in "supports"; templates/ holds each one's
// text per language. Which of them fit a decision type is ArgumentApplies.
const (
	ArgNoReasons         = "no-reasons"         // no real reasoning: ZUP Art. 141(4), 158; ZoS Art. 9(3) where security is the ground
	ArgNotHeard          = "not-heard"          // not heard, no access to the assessment: ZUP Art. 11, 64, 65; ZoS Art. 9(9); ECHR Art. 1 P7 where it fits
	ArgFamily            = "family"             // family life and children: the type's own clause (ZoS Art. 65, 66(4) …); ECHR Art. 8
	ArgLengthOfStay      = "length-of-stay"     // length of stay and ties: the type's own clause; ECHR Art. 8
	ArgSpeech            = "speech"             // speech and assembly as the real reason: ECHR Art. 10, 11, 14; Protocol 12 Art. 1
	ArgRiskOnReturn      = "risk-on-return"     // non-refoulement: ZoS Art. 83(3), 9(8); ECHR Art. 3, 13
	ArgProportionality   = "proportionality"    // ZUP Art. 6; ZoS Art. 78(3), (5); ECHR Art. 8
	ArgInspectFile       = "inspect-file"       // request to inspect the file: ZUP Art. 64–65
	ArgPostponeExecution = "postpone-execution" // request to postpone execution: ZUP Art. 202(4); ZUS Art. 23

	// The lawsuit against placement in the Shelter for Foreigners is about liberty.
	ArgDetentionReasons = "detention-reasons" // written reasons in a language understood: ZoS Art. 87(6)
	ArgDetentionGrounds = "detention-grounds" // no lawful ground: ZoS Art. 87(2)–(5); ECHR Art. 5(1)(f)
	ArgAlternatives     = "alternatives"      // obligatory residence instead: ZoS Art. 87(2), 93(1); ZUP Art. 6
	ArgRemovalProspect  = "removal-prospect"  // no realistic prospect of removal: ZoS Art. 88(1); ECHR Art. 5(1)(f)

	// The lawsuit against a cancellation of stay after a court's expulsion (ZoS Art. 81(2)).
	ArgCourtMeasure = "court-measure" // the cancellation must follow the court's measure exactly
)

// AllArguments lists the argument ids in the order the interview presents them.
var AllArguments = []string{
	ArgNoReasons, ArgNotHeard, ArgFamily, ArgLengthOfStay, ArgSpeech,
	ArgRiskOnReturn, ArgProportionality, ArgInspectFile, ArgPostponeExecution,
	ArgDetentionReasons, ArgDetentionGrounds, ArgAlternatives, ArgRemovalProspect,
	ArgCourtMeasure,
}

// Reasons why an argument does not fit a decision, shown to the person instead of the
// argument (message ids interview.argument.na.<reason>).
const (
	naDetention     = "detention"       // a detention lawsuit is about liberty, not residence
	naDetentionOnly = "detention-only"  // only against placement in the Shelter
	naCourtOnly     = "court-only"      // only against a cancellation after a court's expulsion
	naCourtMeasure  = "court-measure"   // the cancellation carries out a court's measure
	naNoRemoval     = "no-removal"      // PR refusal: temporary residence stays (ZoS 71(3))
	naNotRemovalYet = "not-removal-yet" // no removal ordered and no security ground (ZoS 83(3), 9(8))
	naSuspends      = "suspends"        // the appeal already stops execution by law
	naLawsuitFile   = "lawsuit-file"    // inspection is asked of the authority, not in a lawsuit
	naDetentionFree = "detention-free"  // detention: the lawsuit asks release, not postponement
	naUnknownType   = "unknown-type"    // the decision type is not chosen yet
	naRefusal       = "refusal"         // a refusal orders nothing, so there is nothing to postpone (a refused application or permit: the situation stays as it was)
	naAsylumRight   = "asylum-right"    // asylum is granted when its conditions are met (ZAPZ Art. 24, 25, 38(1)), not weighed
)

// ArgumentApplies reports whether argument id fits the case's decision type; if not,
// reason is the message id that explains why to the person. An argument that does
// not apply is not offered, not suggested and not printed (ArgumentKept is false).
func ArgumentApplies(c *Case, id string) (ok bool, reason string) {
	na := func(r string) (bool, string) { return false, "interview.argument.na." + r }
	t := c.Decision.Type
	detention := t == TypeDetention
	court := t == TypeCourtExpulsion
	switch id {
	case ArgDetentionReasons, ArgDetentionGrounds, ArgAlternatives, ArgRemovalProspect:
		if !detention {
			return na(naDetentionOnly)
		}
		return true, ""
	case ArgCourtMeasure:
		if !court {
			return na(naCourtOnly)
		}
		return true, ""
	}
	if detention {
		switch id {
		case ArgRiskOnReturn:
			return true, "" // a risk that bars removal also takes away the prospect of it (ZoS Art. 83(3), 88(1))
		case ArgPostponeExecution:
			return na(naDetentionFree)
		}
		return na(naDetention)
	}
	switch id {
	case ArgNotHeard, ArgSpeech:
		if court {
			return na(naCourtMeasure)
		}
	case ArgRiskOnReturn:
		if t == TypePermanentResidenceRefusal {
			return na(naNoRemoval)
		}
		p := PleadingFor(c)
		if !p.NonRefoulement {
			return na(naNotRemovalYet)
		}
	case ArgProportionality:
		if t == TypeAsylum {
			return na(naAsylumRight)
		}
	case ArgInspectFile:
		if r, ok := legal.RemedyFor(legal.DecisionType(t)); ok && r.Kind == legal.Lawsuit {
			return na(naLawsuitFile)
		}
	case ArgPostponeExecution:
		if refusalOnly(c) {
			return na(naRefusal)
		}
		r, ok := legal.RemedyFor(legal.DecisionType(t))
		if ok && r.Kind == legal.Appeal && !r.MayBeNonSuspensive(departureOrBan(c)) {
			return na(naSuspends)
		}
	}
	return true, ""
}

// Argument is what the arguments step shows for one argument id.
type Argument struct {
	ID string
	// Title, Explain (plain words: what it means and when it helps) and Basis (its
	// legal basis, with article numbers) are message ids.
	Title, Explain, Basis string
	// Applies is false when the argument does not fit the decision; Explain is then
	// the reason (interview.argument.na.*) and the argument cannot be switched on.
	Applies bool
}

// ArgumentInfo returns the message ids of argument id, whatever the decision.
func ArgumentInfo(id string) Argument {
	p := "interview.argument." + id
	return Argument{ID: id, Title: p + ".title", Explain: p + ".explain", Basis: p + ".basis", Applies: true}
}

// ArgumentInfoFor returns the message ids of argument id for this case: the reason
// it does not apply, or the basis that fits the decision (for not-heard, whether
// Art. 1 of Protocol No. 7 can be pleaded and, if not, why).
func ArgumentInfoFor(c *Case, id string) Argument {
	a := ArgumentInfo(id)
	if ok, reason := ArgumentApplies(c, id); !ok {
		a.Applies, a.Explain = false, reason
		return a
	}
	p := PleadingFor(c)
	switch id {
	case ArgNotHeard:
		if p.Protocol7 {
			a.Basis = "interview.argument.not-heard.basis_p7"
		} else if p.Protocol7Reason != "" {
			a.Basis = p.Protocol7Reason
		}
	case ArgFamily, ArgLengthOfStay:
		switch {
		case p.Weigh != "":
			a.Basis = "interview.argument.weigh." + p.Weigh
		case c.Decision.Type == TypeAsylum && id == ArgFamily:
			// The Law on Foreigners does not apply to an asylum seeker (ZoS Art. 2(1)(1)).
			a.Basis = "interview.argument.weigh.azil-9-10"
		case c.Decision.Type != "":
			a.Basis = "interview.argument." + id + ".basis_no_clause"
		}
	case ArgRiskOnReturn:
		if c.Decision.Type == TypeAsylum {
			a.Basis = "interview.argument.risk-on-return.basis_asylum"
		}
	}
	return a
}

// departureOrBan: the decision type can set a departure period or an entry ban, and
// this one does (ZoS Art. 66(2), 46ж(2), 72(4), 77, 78, 81(2)).
func departureOrBan(c *Case) bool {
	d := &c.Decision
	return setsDeparture(c) && (d.DepartureDays > 0 || d.DepartureImmediate || d.EntryBan)
}

// refusalOnly: the decision only refuses what was asked, so nothing is executed and
// there is nothing to postpone (legal.RefusalOnly, which the deadlines follow too).
func refusalOnly(c *Case) bool {
	return legal.RefusalOnly(legal.DecisionType(c.Decision.Type), c.act())
}
