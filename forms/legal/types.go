// Package legal holds the legal rules of Appeal Desk: the decision types and their
// remedies (legal-reference.md §8), the Serbian calendar of non-working days (§6),
// deadline counting under ZUP Art. 80–81 (§2.1), the date of service (§2.5), and the
// step-by-step explanation of every deadline. Every rule cites its article; where the
// reference says a point is inferred, the result says so too (Confidence, Step.Inferred).
//
// The package never imports Fyne and never imports appealdesk/forms: forms converts a
// case into Facts (forms/facts.go). Nothing here calls time.Now; callers pass "today".
package legal

import (
	"fmt"
	"strings"
)

// DecisionType is the value of decision.type in the case file (design.md).
type DecisionType string

// The ten decision types of design.md and legal-reference.md §1.2, §8.
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
)

// DecisionTypes lists every decision type in the order the interview offers them.
var DecisionTypes = []DecisionType{
	EntryRefusal, TemporaryResidenceRefusal, TemporaryResidenceTermination,
	UniquePermitRefusal, UniquePermitTermination, PermanentResidenceRefusal,
	PermanentResidenceTermination, ReturnDecision, Detention, CourtExpulsionCancellation,
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

// Bodies that decide, receive or hear remedies (legal-reference.md §1.1, §1.2, §3–§5).
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
)

// NameID is the catalogue id of the body's name (nominative), e.g. legal.body.mup.
func (b Body) NameID() string { return "legal.body." + string(b) }

// Law is a stable id of a statute the rules cite.
type Law string

// The laws of legal-reference.md §0.
const (
	ZoS         Law = "zos"      // Закон о странцима
	ZUP         Law = "zup"      // Закон о општем управном поступку
	ZUS         Law = "zus"      // Закон о управним споровима
	ZUSud       Law = "zusud"    // Закон о Уставном суду
	ZPP         Law = "zpp"      // Закон о парничном поступку
	HolidaysLaw Law = "holidays" // Закон о државним и другим празницима у Републици Србији
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
}

// Cite builds a Citation; para may be "".
func Cite(l Law, article, para string) Citation {
	return Citation{Law: l, Article: article, Paragraph: para}
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

// Confidence says how sure the rule is (legal-reference.md marks every point).
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
)

// RemedyKind is what the person lodges against the decision.
type RemedyKind string

const (
	Appeal  RemedyKind = "appeal"  // жалба, decided by a second-instance body
	Lawsuit RemedyKind = "lawsuit" // тужба in an administrative dispute (управни спор)
)

// From is the event a period runs from.
type From string

const (
	FromReceipt  From = "receipt"  // „од дана пријема" / „од дана достављања": the date of service
	FromIssuance From = "issuance" // „од дана доношења": the date on the decision (ZoS Art. 77(4))
)

// DeparturePeriod describes the departure deadline a decision may set.
type DeparturePeriod struct {
	// Article that allows the departure deadline, e.g. ZoS Art. 66(2).
	Basis Citation `json:"basis"`
	// From: the event the departure period runs from (issuance for return decisions,
	// receipt for terminations).
	From From `json:"from"`
	// MinDays and MaxDays are the limits the law sets (0 = none).
	MinDays int `json:"min_days,omitempty"`
	MaxDays int `json:"max_days"`
	// Confidence: Inferred where the law does not say from when the period runs.
	Confidence Confidence `json:"confidence"`
}

// Remedy is the legal remedy against one decision type (legal-reference.md §8).
// templates/ reads it to address the appeal; the interface shows it; it is stable API.
type Remedy struct {
	Decision DecisionType `json:"decision"`
	Kind     RemedyKind   `json:"kind"`
	// Period of the remedy and the event it runs from.
	Period Period `json:"period"`
	From   From   `json:"from"`
	// PeriodBasis is the article that sets the period.
	PeriodBasis Citation `json:"period_basis"`
	// Counting names the counting rule: ZUP Art. 80–81 for appeals, ZPP Art. 103 via ZUS Art. 74 for lawsuits.
	Counting []Citation `json:"counting"`
	// FirstInstance issued the decision.
	FirstInstance Body `json:"first_instance"`
	// LodgedWith is the body the remedy is handed to or posted to.
	LodgedWith Body `json:"lodged_with"`
	// DecidedBy is the addressee: the second-instance body or the court.
	DecidedBy Body `json:"decided_by"`
	// Suspensive and the article that says so.
	Suspensive      Suspensive `json:"suspensive"`
	SuspensiveBasis Citation   `json:"suspensive_basis"`
	// SuspensiveExceptionID is a catalogue id explaining the exception (Art. 83 risk,
	// humanitarian reasons, departure deadline set), "" if none.
	SuspensiveExceptionID string `json:"suspensive_exception_id,omitempty"`
	// PostponeAtCourt: where the appeal does not suspend, the Administrative Court may be
	// asked to postpone execution while the appeal is pending (ZUS Art. 23(3)(2)).
	PostponeAtCourt bool `json:"postpone_at_court"`
	// Departure is the departure deadline the decision may set; nil if none.
	Departure *DeparturePeriod `json:"departure,omitempty"`
	// Articles to cite in the document, in order.
	Articles []Citation `json:"articles"`
	// LaterLawsuit: after the second-instance decision a lawsuit lies (ZUS Art. 18) and its basis.
	LaterLawsuit      bool     `json:"later_lawsuit"`
	LaterLawsuitBasis Citation `json:"later_lawsuit_basis"`
	// Confidence of the remedy as a whole; points flagged separately are in NoteIDs.
	Confidence Confidence `json:"confidence"`
	// NoteIDs are catalogue ids of notes for the person and the lawyer.
	NoteIDs []string `json:"note_ids,omitempty"`
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
	case DoesNotSuspend:
		return true
	case SuspendsUnlessDeparture:
		return departureOrBanSet
	}
	return false
}
