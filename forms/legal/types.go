// Package legal holds the legal rules of Appeal Desk: the decision types and their
// remedies (remedies.go), the Serbian calendar of non-working days (calendar.go),
// deadline counting under ZUP Art. 80–81 and ZPP Art. 103 (count.go), the date of
// service keyed by the authority that serves the paper (service.go), every deadline of
// a case with its reasoning (deadlines.go) and the rulebook a lawyer reads
// (rules.go, docs/RULES.md). Every rule cites its article; where a point is an
// interpretation rather than the words of the law, the result says so too
// (Confidence, Step.Inferred).
//
// The public API, for the window, the command line and the documents:
//   - RemedyFor / Remedies: what lies against a decision type, where, in how long.
//   - Serve: the legal day of service and the earliest day any reading allows.
//   - Compute: every deadline of a case (Result), each with LastDay (the legal last
//     day) and Safe (the day to act by, or for "not before" deadlines the first safe
//     day); Deadline.UrgentOn is the one rule for "urgent".
//   - RenderStep / CiteText: the reasoning in any interface language.
//
// The package never imports Fyne and never imports appealdesk/forms: forms converts a
// case into Facts (forms/facts.go). Nothing here calls time.Now; callers pass "today".
package legal

import (
	"fmt"
	"strings"
)

// DecisionType is the value of decision.type in the case file (README "Case files").
type DecisionType string

// The decision types (decision.type in the case file), each with its remedy in remedies.go.
const (
	EntryRefusal                  DecisionType = "entry-refusal"
	TemporaryResidenceRefusal     DecisionType = "temporary-residence-refusal"
	TemporaryResidenceTermination DecisionType = "temporary-residence-termination"
	UniquePermitRefusal           DecisionType = "unique-permit-refusal"
	UniquePermitTermination       DecisionType = "unique-permit-termination"
	PermanentResidenceRefusal     DecisionType = "permanent-residence-refusal"
	PermanentResidenceTermination DecisionType = "permanent-residence-termination"
	ReturnDecision                DecisionType = "return-decision"
	Detention                     DecisionType = "detention"
	CourtExpulsionCancellation    DecisionType = "residence-cancellation-court-expulsion"
	// ShortStayCancellation: a visa-free short stay, or a stay on a long-stay D visa,
	// cancelled with an entry ban (ZoS Art. 39(3)–(8)).
	ShortStayCancellation DecisionType = "short-stay-cancellation"
	// ObligatoryResidence: obligatory residence at a set place, or a permit to leave it
	// refused (ZoS Art. 93(1), (4), (7)–(10)); an extension under 93(2) is treated alike.
	ObligatoryResidence DecisionType = "obligatory-residence"
	// RemovalPostponement: postponement of forced removal granted or revoked (ZoS Art. 85(4)–(8)).
	RemovalPostponement DecisionType = "removal-postponement"
	// VisaRefusal: a visa refused, annulled or revoked, a visa at the border refused, an
	// extension refused (ZoS Art. 37(6), 38(1)–(4)).
	VisaRefusal DecisionType = "visa-refusal"
	// TravelDocumentRefusal: a travel document for a foreigner refused (ZoS Art. 99(3)–(7)).
	TravelDocumentRefusal DecisionType = "travel-document-refusal"
	// EntryBanLiftingRefusal: a request to lift or shorten an entry ban refused (ZoS Art. 79(2)).
	EntryBanLiftingRefusal DecisionType = "entry-ban-lifting-refusal"
	// PermitDeclaredInvalid: a foreigner's identity card, temporary residence permit or
	// unique permit declared invalid (ZoS Art. 108(3), 109(2)).
	PermitDeclaredInvalid DecisionType = "permit-declared-invalid"
	// Asylum: a decision on an asylum application. The Law on Foreigners does not apply
	// to a person who has applied for asylum (ZoS Art. 2(1)(1)): the asylum law's periods do.
	Asylum DecisionType = "asylum"
	// Other: a decision not in this list; the period and body come from its legal-remedy
	// instruction (поука о правном леку), or the shortest period that could apply.
	Other DecisionType = "other"
)

// DecisionTypes lists every decision type in the order the interview offers them.
var DecisionTypes = []DecisionType{
	EntryRefusal, TemporaryResidenceRefusal, TemporaryResidenceTermination,
	UniquePermitRefusal, UniquePermitTermination, PermanentResidenceRefusal,
	PermanentResidenceTermination, ReturnDecision, Detention, CourtExpulsionCancellation,
	ShortStayCancellation, ObligatoryResidence, RemovalPostponement, VisaRefusal,
	TravelDocumentRefusal, EntryBanLiftingRefusal, PermitDeclaredInvalid, Asylum, Other,
}

// Valid reports whether t is one of DecisionTypes.
func (t DecisionType) Valid() bool {
	for _, x := range DecisionTypes {
		if x == t {
			return true
		}
	}
	return false
}

// NameID is the catalogue id of the decision type's plain-language name.
func (t DecisionType) NameID() string { return "legal.decision." + string(t) }

// Body is a stable id of an authority; its name is the catalogue message NameID().
type Body string

// Bodies that decide, receive or hear remedies (docs/RULES.md names each per type).
const (
	// FirstInstance is the competent police administration, the „надлежни орган" of ZoS Art. 3(1)(2).
	FirstInstance Body = "first-instance"
	// BorderPolice is the „гранична полиција" of ZoS Art. 3(1)(3), which refuses entry (Art. 15(1)).
	BorderPolice Body = "border-police"
	// MUP is the Ministry of Internal Affairs (Министарство унутрашњих послова).
	MUP Body = "mup"
	// Government is the Government of Serbia (Влада), second instance for permanent residence (ZoS Art. 71(6), 72(10)).
	Government Body = "government"
	// AdministrativeCourt is the Управни суд (ZUS).
	AdministrativeCourt Body = "administrative-court"
	// ConstitutionalCourt is the Уставни суд (ZUSud Art. 82–86).
	ConstitutionalCourt Body = "constitutional-court"
	// ECHR is the European Court of Human Rights.
	ECHR Body = "echr"
	// Issuer is "the body that issued the decision" where the law names no fixed body
	// (ZoS Art. 38(1), 99(3): a police administration, the border police or a consulate).
	Issuer Body = "issuer"
	// ForeignMinistry is the ministry in charge of foreign affairs: it decides appeals
	// against decisions of diplomatic and consular missions (ZoS Art. 38(2), 99(5)).
	ForeignMinistry Body = "foreign-ministry"
	// AsylumOffice is the Канцеларија за азил, first instance in asylum matters.
	AsylumOffice Body = "asylum-office"
	// AsylumCommission is the Комисија за азил, which decides asylum appeals.
	AsylumCommission Body = "asylum-commission"
	// InstructionBody is the body the decision's legal-remedy instruction names (type Other).
	InstructionBody Body = "instruction"
)

// NameID is the catalogue id of the body's name (nominative), e.g. legal.body.mup.
func (b Body) NameID() string { return "legal.body." + string(b) }

// Law is a stable id of a statute the rules cite.
type Law string

// The laws the rules cite.
const (
	ZoS         Law = "zos"      // Закон о странцима
	ZUP         Law = "zup"      // Закон о општем управном поступку
	ZUS         Law = "zus"      // Закон о управним споровима
	ZUSud       Law = "zusud"    // Закон о Уставном суду
	ZPP         Law = "zpp"      // Закон о парничном поступку
	HolidaysLaw Law = "holidays" // Закон о државним и другим празницима у Републици Србији
	ZAPZ        Law = "zapz"     // Закон о азилу и привременој заштити
	ZBPP        Law = "zbpp"     // Закон о бесплатној правној помоћи
	ECHRConv    Law = "echr"     // European Convention on Human Rights and its Protocols
	ECHRCase    Law = "echr-case"
)

// Abbrev is the citation abbreviation used in every language ("ZoS", "ZUP" …).
func (l Law) Abbrev() string {
	switch l {
	case ZoS:
		return "ZoS"
	case ZUP:
		return "ZUP"
	case ZUS:
		return "ZUS"
	case ZUSud:
		return "ZUSud"
	case ZPP:
		return "ZPP"
	case HolidaysLaw:
		return "Holidays Law"
	case ZAPZ:
		return "ZAPZ"
	case ZBPP:
		return "ZBPP"
	case ECHRConv:
		return "ECHR"
	}
	return string(l)
}

// NameID is the catalogue id of the law's full title.
func (l Law) NameID() string { return "legal.law." + string(l) }

// Citation is one article (and optionally paragraphs) of a law: ZoS Art. 66(8).
type Citation struct {
	Law       Law    `json:"law"`
	Article   string `json:"article"`             // "66", "46ж", "80"
	Paragraph string `json:"paragraph,omitempty"` // "8", "2–6", "" for the whole article
	Item      string `json:"item,omitempty"`      // the numbered item of the paragraph: ZUP Art. 190(2)(5)
}

// Cite builds a Citation; para may be "".
func Cite(l Law, article, para string) Citation {
	return Citation{Law: l, Article: article, Paragraph: para}
}

// CiteItem builds a Citation of one numbered item of a paragraph: ZUS Art. 23(3)(1).
func CiteItem(l Law, article, para, item string) Citation {
	return Citation{Law: l, Article: article, Paragraph: para, Item: item}
}

// String is the compact citation used in every language and in step parameters:
// "ZoS Art. 66(8)", "ZUP Art. 82–83".
func (c Citation) String() string {
	if c.Law == ECHRCase {
		return c.Article
	}
	s := c.Law.Abbrev() + " Art. " + c.Article
	if c.Paragraph != "" {
		s += "(" + c.Paragraph + ")"
	}
	if c.Item != "" {
		s += "(" + c.Item + ")"
	}
	return s
}

// Cites joins citations for a step parameter: "ZUP Art. 80(2), ZoS Art. 66(5)".
func Cites(cs ...Citation) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = c.String()
	}
	return strings.Join(parts, ", ")
}

// Confidence says how sure the rule is (docs/RULES.md shows it for every rule).
type Confidence string

const (
	// Seen: the rule is read in the statutory text (or, for ECHR, the cited secondary source).
	Seen Confidence = "seen"
	// Inferred: the rule is an interpretation; the app says so and the lawyer must check it.
	Inferred Confidence = "inferred"
)

// Unit is the unit of a period: days, months or years (ZUP Art. 80(1)).
type Unit string

const (
	Days   Unit = "d"
	Months Unit = "m"
	Years  Unit = "y"
)

// Period is a length of time such as 15 days or 4 months.
type Period struct {
	N    int  `json:"n"`
	Unit Unit `json:"unit"`
}

// String is the compact form accepted by ParsePeriod: "15d", "4m", "1y".
func (p Period) String() string { return fmt.Sprintf("%d%s", p.N, p.Unit) }

// IsZero reports whether p is the zero Period (no period).
func (p Period) IsZero() bool { return p.N == 0 && p.Unit == "" }

// Suspensive says whether lodging the remedy stops execution of the decision.
type Suspensive string

const (
	// Suspends: the remedy stops execution until it is decided.
	Suspends Suspensive = "yes"
	// DoesNotSuspend: the decision can be executed although the remedy is pending.
	DoesNotSuspend Suspensive = "no"
	// SuspendsUnlessDeparture: suspends, except where the decision sets a departure
	// deadline or an entry ban (ZoS Art. 66(8) with 66(2); Art. 46ж). Whether that
	// exception covers the usual security case is inferred: flag it for the lawyer.
	SuspendsUnlessDeparture Suspensive = "yes-unless-departure"
	// SuspensiveUnknown: the law behind the decision is not known (type Other); treat
	// the decision as enforceable and ask the court to postpone it.
	SuspensiveUnknown Suspensive = "unknown"
)

// RemedyKind is what the person lodges against the decision.
type RemedyKind string

const (
	Appeal  RemedyKind = "appeal"  // жалба, decided by a second-instance body
	Lawsuit RemedyKind = "lawsuit" // тужба in an administrative dispute (управни спор)
	// AnyRemedy: the remedy the decision's instruction names, appeal or lawsuit (type Other).
	AnyRemedy RemedyKind = "remedy"
)

// From is the event a period runs from, in the statute's own words. Receipt and
// delivery both mean the legal day of service (ZUP Art. 71–78); handing over means
// the day the paper was actually put in the person's hands (ZoS Art. 90(2)).
type From string

const (
	FromReceipt  From = "receipt"  // „од дана пријема": the legal day of service (ZoS Art. 38, 39, 45, 46ђ, 46ж, 66, 71, 72, 93, 99)
	FromDelivery From = "delivery" // „од дана достављања": the legal day of service (ZoS Art. 80, 85; ZUS Art. 18)
	FromHanding  From = "handing"  // „од дана уручења": the actual handing over (ZoS Art. 90(2); asylum law Art. 40–42)
	FromIssuance From = "issuance" // „од дана доношења": the date on the decision (ZoS Art. 77(4))
	FromUnstated From = "unstated" // the statute names no start (ZoS Art. 39(3), 72(4), 81(2)): counted from service, inferred
)

// NameID is the catalogue id of the words "from receipt", "from delivery" … .
func (f From) NameID() string { return "legal.from." + string(f) }

// DeparturePeriod describes the departure deadline a decision may set.
type DeparturePeriod struct {
	// Article that allows the departure deadline, e.g. ZoS Art. 66(2).
	Basis Citation `json:"basis"`
	// From: the event the departure period runs from, in the statute's words: issuance
	// (ZoS Art. 77(4)), delivery (66(2), 46ж(2)), or unstated (39(3), 72(4), 81(2)),
	// which is counted from service and flagged as an interpretation.
	From From `json:"from"`
	// MinDays and MaxDays are the limits the law sets (0 = none).
	MinDays int `json:"min_days,omitempty"`
	MaxDays int `json:"max_days"`
	// Shortened: the article allowing immediate departure or fewer than MinDays days
	// (ZoS Art. 77(7)); nil where the law has no such rule.
	Shortened *Citation `json:"shortened,omitempty"`
	// Extension: the article allowing the period to be extended (ZoS Art. 77(5)); nil
	// where no statute provides for it.
	Extension *Citation `json:"extension,omitempty"`
	// Confidence: Inferred where the law does not say from when the period runs.
	Confidence Confidence `json:"confidence"`
}

// Remedy is the legal remedy against one decision type (remedies.go): what is lodged,
// within what period from what event, where, who decides, whether it suspends, and
// what comes after. templates/ reads it to address the documents, the interface and
// the rulebook (docs/RULES.md) show it; it is stable API.
type Remedy struct {
	Decision DecisionType `json:"decision"`
	Kind     RemedyKind   `json:"kind"`
	// Period of the remedy and the event it runs from (the statute's words: From).
	Period Period `json:"period"`
	From   From   `json:"from"`
	// PeriodBasis is the article that sets the period.
	PeriodBasis Citation `json:"period_basis"`
	// NoAppeal: the article that excludes an appeal, where a lawsuit lies at once
	// (ZoS Art. 79(2), 81(2), 90(1), 108(3), 109(2)); nil where an appeal lies.
	NoAppeal *Citation `json:"no_appeal,omitempty"`
	// Counting names the counting rule: ZUP Art. 80–81 for appeals, ZPP Art. 103 via ZUS Art. 74 for lawsuits.
	Counting []Citation `json:"counting"`
	// FirstInstance issued the decision.
	FirstInstance Body `json:"first_instance"`
	// LodgedWith is the body the remedy is handed to or posted to, and the article.
	LodgedWith      Body     `json:"lodged_with"`
	LodgedWithBasis Citation `json:"lodged_with_basis"`
	// DecidedBy is the addressee: the second-instance body or the court, and the article.
	DecidedBy      Body     `json:"decided_by"`
	DecidedByBasis Citation `json:"decided_by_basis"`
	// DecidedWithinDays: the period in which the remedy must be decided (ZoS Art. 38(2),
	// ZUP Art. 174: 60 days; ZoS Art. 90(4): 15 days for the court), 0 if none, and its article.
	DecidedWithinDays  int       `json:"decided_within_days,omitempty"`
	DecidedWithinBasis *Citation `json:"decided_within_basis,omitempty"`
	// Suspensive and the article that says so.
	Suspensive      Suspensive `json:"suspensive"`
	SuspensiveBasis Citation   `json:"suspensive_basis"`
	// SuspensiveExceptionID is a catalogue id explaining the exception (Art. 83 risk,
	// humanitarian reasons, departure deadline set), "" if none.
	SuspensiveExceptionID string `json:"suspensive_exception_id,omitempty"`
	// PostponeAtCourt: where the appeal does not suspend, the Administrative Court may be
	// asked to postpone execution while the appeal is pending (ZUS Art. 23(3)(2)); for a
	// lawsuit, with the lawsuit (ZUS Art. 23(2)) or before it in urgency (23(3)(1)).
	PostponeAtCourt bool `json:"postpone_at_court"`
	// RefusalOnly: the act only refuses what the person asked for (RefusalOnly), so
	// nothing is executed: no suspension to speak of and nothing to postpone.
	RefusalOnly bool `json:"refusal_only,omitempty"`
	// Departure is the departure deadline the decision may set; nil if none.
	Departure *DeparturePeriod `json:"departure,omitempty"`
	// Articles to cite in the document, in order.
	Articles []Citation `json:"articles"`
	// LaterLawsuit: after the second-instance decision a lawsuit lies (ZUS Art. 18) and its basis.
	LaterLawsuit      bool     `json:"later_lawsuit"`
	LaterLawsuitBasis Citation `json:"later_lawsuit_basis"`
	// Confidence of the remedy as a whole; points flagged separately are in NoteIDs.
	Confidence Confidence `json:"confidence"`
	// InferredPoints names the parts of this row that are interpretations, not the words
	// of a statute: "from", "lodged_with", "decided_by", "suspensive", "departure", "period".
	InferredPoints []string `json:"inferred_points,omitempty"`
	// NoteIDs are catalogue ids of notes for the person and the lawyer.
	NoteIDs []string `json:"note_ids,omitempty"`
}

// IsInferred reports whether the named part of the row is an interpretation.
func (r Remedy) IsInferred(point string) bool {
	for _, p := range r.InferredPoints {
		if p == point {
			return true
		}
	}
	return false
}

// KindNameID is the catalogue id of the remedy's name (appeal / lawsuit).
func (r Remedy) KindNameID() string { return "legal.remedy." + string(r.Kind) }

// SuspensiveID is the catalogue id of the sentence saying whether the remedy suspends;
// it takes the field Cites. SuspensiveStep gives it ready for RenderStep.
func (r Remedy) SuspensiveID() string { return "legal.suspensive." + string(r.Suspensive) }

// SuspensiveStep is the sentence on suspensive effect with its article, for RenderStep.
func (r Remedy) SuspensiveStep() Step {
	return Step{ID: r.SuspensiveID(), Cites: []Citation{r.SuspensiveBasis}}
}

// MayBeNonSuspensive reports whether execution may go ahead while the remedy is pending
// for a decision with departure set as given: the case where ZUS Art. 23(3) matters.
func (r Remedy) MayBeNonSuspensive(departureOrBanSet bool) bool {
	switch r.Suspensive {
	case DoesNotSuspend, SuspensiveUnknown:
		return true
	case SuspendsUnlessDeparture:
		return departureOrBanSet
	}
	return false
}
