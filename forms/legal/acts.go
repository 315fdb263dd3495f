package legal

// Act names, within a decision type that covers several acts of the Law on Foreigners,
// the act the person holds: the article that gives the remedy and the body that
// decides it differ between them (RemedyForAct).
type Act struct {
	// Kind is one of the type's acts (VisaActs, InvalidDocuments), "" if not known.
	Kind string
	// Mission: a diplomatic or consular mission of Serbia issued the decision, so the
	// ministry of foreign affairs decides the appeal (ZoS Art. 38(2), 99(5)).
	Mission bool
}

// The acts of a visa-refusal (ZoS Art. 34–38).
const (
	VisaRefused   = "refused"   // application refused by a mission (Art. 23(1)–(2), 36(4))
	VisaBorder    = "border"    // refused at the border crossing by the border police (Art. 34(6))
	VisaExtension = "extension" // extension refused by the competent authority (Art. 35(3), (6))
	VisaAnnulled  = "annulled"  // annulled (Art. 37(1), (6))
	VisaRevoked   = "revoked"   // revoked (Art. 37(2), (6))
)

// VisaActs lists the acts of a visa-refusal in the order the interview offers them.
var VisaActs = []string{VisaRefused, VisaBorder, VisaExtension, VisaAnnulled, VisaRevoked}

// The documents a permit-declared-invalid declares invalid (ZoS Art. 108(2), 109(1)).
const (
	InvalidIDCard          = "id-card"           // лична карта за странца (Art. 108(2))
	InvalidTemporaryIDCard = "temporary-id-card" // привремена лична карта за странца (Art. 108(2))
	InvalidResidencePermit = "residence-permit"  // дозвола за привремени боравак (Art. 109(1))
	InvalidUniquePermit    = "unique-permit"     // јединствена дозвола (Art. 109(1))
)

// InvalidDocuments lists them in the order the interview offers them.
var InvalidDocuments = []string{InvalidIDCard, InvalidTemporaryIDCard, InvalidResidencePermit, InvalidUniquePermit}

// The acts of an obligatory-residence decision (ZoS Art. 93).
const (
	ObligatoryOrdered      = "ordered"       // obligatory residence ordered or extended (Art. 93(1), (2))
	ObligatoryLeaveRefused = "leave-refused" // a permit to leave the place refused (Art. 93(4))
)

// RefusalOnly reports whether the act only refuses what the person asked for, so that
// nothing is executed and there is nothing to postpone: a visa refused (ZoS Art. 34,
// 36), a travel document refused (Art. 99), an entry ban not lifted (Art. 79: the ban
// runs on regardless), a permit to leave the place of obligatory residence refused
// (Art. 93(4)).
func RefusalOnly(t DecisionType, a Act) bool {
	switch t {
	case TravelDocumentRefusal, EntryBanLiftingRefusal:
		return true
	case ObligatoryResidence:
		return a.Kind == ObligatoryLeaveRefused
	case VisaRefusal:
		return a.Kind == VisaRefused || a.Kind == VisaBorder
	}
	return false
}

// VisaActByMission reports whether a visa act is decided by a mission whatever the
// person answers: an application for a visa is examined and decided by the mission
// (ZoS Art. 23(1)–(2)); at the border it is the border police (Art. 23(5), 34), an
// extension the competent authority (Art. 35(3)). Annulment and revocation may be
// done by any of the three (Art. 37(4)): asked is false, and the person says.
func VisaActByMission(kind string) (mission, asked bool) {
	switch kind {
	case VisaRefused:
		return true, false
	case VisaBorder, VisaExtension:
		return false, false
	}
	return false, true
}

// RemedyForAct is RemedyFor with the act the person holds: for a visa or a travel
// document issued by a mission the appeal is decided by the ministry of foreign
// affairs (ZoS Art. 38(2), 99(5)); a refused visa at the border is the border police's
// (Art. 34); a residence permit or unique permit declared invalid is excluded from
// appeal by Art. 109(2), an identity card by Art. 108(3).
func RemedyForAct(t DecisionType, a Act) (Remedy, bool) {
	r, ok := RemedyFor(t)
	if !ok {
		return r, false
	}
	if RefusalOnly(t, a) {
		r.RefusalOnly = true
		r.PostponeAtCourt = false // nothing is executed (ZUS Art. 23 has nothing to stay)
	}
	switch t {
	case VisaRefusal:
		switch {
		case a.Mission:
			r.DecidedBy, r.DecidedByBasis = ForeignMinistry, Cite(ZoS, "38", "2")
		case a.Kind == VisaBorder:
			r.FirstInstance, r.LodgedWith = BorderPolice, BorderPolice
		}
	case TravelDocumentRefusal:
		if a.Mission {
			r.DecidedBy, r.DecidedByBasis = ForeignMinistry, Cite(ZoS, "99", "5")
		}
	case PermitDeclaredInvalid:
		if a.Kind == InvalidResidencePermit || a.Kind == InvalidUniquePermit {
			r.NoAppeal, r.DecidedByBasis = citep(ZoS, "109", "2"), Cite(ZoS, "109", "2")
		}
	}
	return r, true
}
