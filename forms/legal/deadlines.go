package legal

import (
	"strconv"
	"time"
)

// AsylumWhere says whether and where the person asked for asylum (decision.asylum).
type AsylumWhere string

const (
	AsylumNo     AsylumWhere = "no"
	AsylumBorder AsylumWhere = "border" // at a border crossing or in an airport transit zone (asylum law Art. 41)
	AsylumInside AsylumWhere = "inside" // inside the country
)

// Applied reports whether the person asked for asylum.
func (a AsylumWhere) Applied() bool { return a == AsylumBorder || a == AsylumInside }

// Facts is what the deadline engine needs from a case. forms.Facts(case) builds it;
// zero times mean "not known".
type Facts struct {
	Type DecisionType
	// Act is the act within the type (a visa act, a mission's decision, the document
	// declared invalid): the remedy is RemedyForAct's.
	Act      Act
	Issued   time.Time // decision.issued
	Service  Service   // decision.service
	Received time.Time // decision.received: the day of the delivery event
	// InHand is the day the paper was actually in the person's hands (decision.in_hand).
	InHand time.Time
	// FromAbroad: ordinary mail sent to an address outside Serbia (ZUP Art. 71(2)).
	FromAbroad bool
	// SignedByOther: a registered-mail receipt signed by someone else (decision.signed_by).
	SignedByOther bool
	// NoSecondAttempt: a notice left without the second attempt of ZUP Art. 75(5).
	NoSecondAttempt bool
	// HasRepresentative: the person has a lawyer or a representative for receipt, to
	// whom papers are served (ZUP Art. 66(6)), though the delivery given is another.
	HasRepresentative bool
	// Abroad: the person is outside Serbia (ZUP Art. 69(2)–(3) representative for receipt).
	Abroad bool

	DepartureDays      int  // departure period the decision sets, in days (0 = none)
	DepartureImmediate bool // departure ordered at once (ZoS Art. 77(7))
	EntryBan           bool

	// NoRemedyInstruction: the decision has no legal-remedy instruction (ZUP Art. 141(6)).
	NoRemedyInstruction bool
	// InstructionDays and InstructionBody: what the legal-remedy instruction (поука)
	// says, 0 and "" when not given.
	InstructionDays int
	InstructionBody string
	// SaysNotSuspensive: the operative part says an appeal does not suspend execution.
	SaysNotSuspensive bool
	// Asylum: whether and where the person asked for asylum (ZoS Art. 2(1)(1)).
	Asylum AsylumWhere

	SecondInstanceReceived time.Time // ZUS Art. 18: lawsuit 30 days
	JudgmentReceived       time.Time // ZUSud Art. 84: constitutional appeal 30 days
	FinalDomesticDecision  time.Time // ECHR: four months, no move
	MissedReasonEnded      time.Time // ZUP Art. 83: restoration 8 days
	InspectionRequested    time.Time // ZUP Art. 65: request to inspect the file
	AppealLodged           time.Time // ZUP Art. 174: the appeal is decided within 60 days
	// AppealReceived is the day the second-instance body received the appeal, if the
	// person learnt it (ZUS Art. 19(1) counts the 60 days from it).
	AppealReceived   time.Time
	ReminderReceived time.Time // ZUS Art. 19(1): the day the second instance received the reminder

	// Today, if set, lets the explanation speak of a passed date in the past tense;
	// nothing else depends on it (the deadlines are the same on any day).
	Today time.Time
	// Stages is what happened next (stages.go): the later stages' deadlines and documents.
	Stages StageFacts

	Office Office

	// Invalid names the case fields whose dates could not be read (e.g. "decision.received");
	// they count as unknown and the engine says so.
	Invalid []string
}

// Deadline ids (the "id" of `appealdesk deadlines --json`).
const (
	IDAppeal            = "appeal"
	IDLawsuit           = "lawsuit"
	IDRemedy            = "remedy" // type Other: the remedy the instruction names
	IDDeparture         = "departure"
	IDPostpone          = "postpone-execution"
	IDPostponeLawsuit   = "postpone-with-lawsuit"
	IDInspectFile       = "inspect-file"
	IDRemedyInstruction = "remedy-instruction"
	IDRestoration       = "restoration"
	IDLateSlip          = "late-slip"
	IDOtherWays         = "other-ways"
	IDConstitutional    = "constitutional"
	IDECHR              = "echr"
	IDAppealDecision    = "appeal-decision"
	IDReminder          = "reminder"
	IDSilenceLawsuit    = "silence-lawsuit"
)

// Direction says what a date means.
type Direction string

const (
	// By: act on or before the date. Safe is the latest day that is safe on every reading
	// (the earliest reading of the law), LastDay the legal last day.
	By Direction = "by"
	// NotBefore: act on or after the date; acting earlier is fatal (a lawsuit for silence
	// filed early is dismissed, ZUS Art. 26(1)(1)). Safe is the first day that is safe on
	// every reading (the latest); there is no last day.
	NotBefore Direction = "not-before"
)

// Groups of deadlines, in the order the interface shows them.
const (
	GroupMain   = "main"   // the remedy against the decision, leaving, postponing execution
	GroupNow    = "now"    // side requests that may be made now (file, instruction)
	GroupMissed = "missed" // what remains when a deadline is missed
	GroupLater  = "later"  // the steps after the first remedy
)

// UrgentDays: a "by" deadline whose safe date is this many days away or fewer, or
// has passed, is urgent (Deadline.UrgentOn).
const UrgentDays = 3

// Deadline is one deadline or step of a case, with its reasoning.
type Deadline struct {
	ID string `json:"id"`
	// TitleID is the catalogue id of its title ("Appeal", "Leaving Serbia" …).
	TitleID string `json:"title_id"`
	// Group: GroupMain, GroupNow, GroupMissed or GroupLater.
	Group string `json:"group"`
	// Direction: By (act by the date) or NotBefore (act only from the date).
	Direction Direction `json:"direction"`
	// Basis: the articles that set it.
	Basis []Citation `json:"basis"`
	// Count is the counted period of the legal last day; nil when there is no date
	// (unknown start, or an action with no fixed date, such as asking the court to
	// postpone execution).
	Count *Count `json:"count,omitempty"`
	// LastDay is the legal last day (zero for NotBefore deadlines and without a date).
	LastDay time.Time `json:"last_day"`
	// Safe: for By, the safe date — the latest day that is safe on every reading (it
	// relies on no move of the last day, on no reading of the Saturday question, and on
	// the earliest reading of the day of service and of the legal-remedy instruction);
	// never after LastDay. For NotBefore, the first day that is safe on every reading.
	Safe time.Time `json:"safe_date"`
	// SafeSteps say why Safe and LastDay differ (empty when they do not).
	SafeSteps []Step `json:"safe_steps,omitempty"`
	// Steps are the reasoning, in order.
	Steps []Step `json:"steps"`
	// Confidence: Inferred when any step of the reasoning is inferred.
	Confidence Confidence `json:"confidence"`
	// AlwaysUrgent: urgent whatever the date (a non-suspensive remedy with a departure
	// order, detention, asylum). Use UrgentOn for the one rule.
	AlwaysUrgent bool `json:"always_urgent,omitempty"`
	// Suspended: the date applies only if no appeal is lodged; while the appeal (which
	// suspends) is pending, it cannot be enforced (ZUP Art. 154).
	Suspended bool `json:"suspended,omitempty"`
	// Limit: the date is only the outer limit; the period itself runs from an event not
	// known yet (restoration: 8 days from the day the obstacle ended).
	Limit bool `json:"limit,omitempty"`
	// Known is false when the start is not known yet: the deadline exists but has no date.
	Known bool `json:"known"`
	// Done: the person took the step (lodged the appeal, filed the lawsuit, sent the
	// reminder …) in time, as "What happened next" records it: the date stays for the
	// record, but it is neither urgent nor passed.
	Done bool `json:"done,omitempty"`
	// LodgedWith and DecidedBy for remedies ("" for others).
	LodgedWith Body `json:"lodged_with,omitempty"`
	DecidedBy  Body `json:"decided_by,omitempty"`
}

// UrgentOn is the one rule for "urgent": the deadline is always urgent (a remedy that
// does not stop a departure order, detention, asylum), or it is a dated "by" deadline
// that does not merely apply if no appeal is lodged, whose safe date is UrgentDays
// or fewer days after today, or has passed. A "not before" date is never urgent by
// its date: acting early is the danger there.
func (d Deadline) UrgentOn(today time.Time) bool {
	if d.Done {
		return false // lodged: nothing is due any more (stagedeadlines.go)
	}
	if d.AlwaysUrgent {
		return true
	}
	if d.Direction == NotBefore || !d.Known || d.Safe.IsZero() || d.Suspended {
		return false
	}
	return DaysLeft(today, d.Safe) <= UrgentDays
}

// Passed reports whether the last day of a dated "by" deadline is before today.
func (d Deadline) Passed(today time.Time) bool {
	return !d.Done && d.Direction != NotBefore && d.Known && !d.LastDay.IsZero() && DaysLeft(today, d.LastDay) < 0
}

// Result is every deadline of a case.
type Result struct {
	Type   DecisionType `json:"type"`
	Remedy *Remedy      `json:"remedy,omitempty"`
	Served *Served      `json:"served,omitempty"`
	// ServedSteps explain the date of service.
	ServedSteps []Step `json:"served_steps,omitempty"`
	// Missing lists what to find out before the main deadline can be computed.
	Missing   []Step     `json:"missing,omitempty"`
	Deadlines []Deadline `json:"deadlines"`
}

// Deadline returns the deadline with id, if present.
func (r Result) Deadline(id string) (Deadline, bool) {
	for _, d := range r.Deadlines {
		if d.ID == id {
			return d, true
		}
	}
	return Deadline{}, false
}

// Primary returns the deadline of the remedy against the decision itself (the appeal,
// or the lawsuit where no appeal lies): the one the interface shows big.
func (r Result) Primary() (Deadline, bool) {
	if r.Remedy == nil {
		return Deadline{}, false
	}
	return r.Deadline(string(r.Remedy.Kind))
}

// Ordered returns the deadlines with the urgent ones (UrgentOn today) first, keeping
// the engine's order otherwise.
func (r Result) Ordered(today time.Time) []Deadline {
	out := make([]Deadline, 0, len(r.Deadlines))
	for _, d := range r.Deadlines {
		if d.UrgentOn(today) {
			out = append(out, d)
		}
	}
	for _, d := range r.Deadlines {
		if !d.UrgentOn(today) {
			out = append(out, d)
		}
	}
	return out
}

// PrimaryPassed reports whether the remedy against the decision can no longer be
// lodged in time: its legal last day is before today.
func (r Result) PrimaryPassed(today time.Time) bool {
	p, ok := r.Primary()
	return ok && p.Passed(today)
}

// Compute works out every deadline of a case from its facts.
func Compute(f Facts) Result {
	res := Result{Type: f.Type}
	rem, ok := RemedyForAct(f.Type, f.Act)
	if !ok {
		res.Missing = append(res.Missing, Step{ID: "legal.missing.type"})
		return res
	}
	asylum := f.Type == Asylum || f.Asylum.Applied()
	if asylum {
		rem, _ = RemedyFor(Asylum)
		if f.Asylum == AsylumInside {
			rem.Period, rem.PeriodBasis = Period{8, Days}, Cite(ZAPZ, "40", "5")
		}
	}
	if f.Type == Other && !asylum && f.InstructionDays > 0 && f.InstructionDays <= MaxPeriodDays {
		rem.Period = Period{f.InstructionDays, Days}
	}
	res.Remedy = &rem
	for _, field := range f.Invalid {
		res.Missing = append(res.Missing, Step{ID: "legal.missing.invalid_date", Params: map[string]string{"Field": field}})
	}

	// The day of service: the first decision is always served by an administrative body.
	served, haveServed := Serve(Delivery{Authority: Administration, Service: f.Service, Event: f.Received,
		InHand: f.InHand, ToAbroad: f.FromAbroad, SignedByOther: f.SignedByOther,
		NoSecondAttempt: f.NoSecondAttempt, From: rem.From})
	switch {
	case !f.Service.Valid():
		res.Missing = append(res.Missing, Step{ID: "legal.missing.service"})
	case f.Received.IsZero():
		res.Missing = append(res.Missing, Step{ID: "legal.missing.received." + string(f.Service)})
	}
	if haveServed {
		res.Served = &served
		res.ServedSteps = served.Steps
	}

	main := mainDeadline(f, rem, served, haveServed, asylum, res.Missing)
	res.Deadlines = append(res.Deadlines, main)
	if asylum {
		res.Deadlines = append(res.Deadlines, restoration(f, rem, main))
		if rem.LaterLawsuit {
			res.Deadlines = append(res.Deadlines, laterLawsuit(f, rem))
		}
		return res
	}

	departureSet := f.DepartureDays > 0 || f.DepartureImmediate || f.EntryBan
	nonSuspensive := rem.MayBeNonSuspensive(departureSet)

	// Departure.
	if dep := departure(f, rem, served, haveServed); dep != nil {
		dep.AlwaysUrgent = nonSuspensive && !dep.Suspended
		res.Deadlines = append(res.Deadlines, *dep)
	}
	// Postponing execution at the Administrative Court.
	if d, ok := postpone(f, rem, nonSuspensive, departureSet); ok {
		res.Deadlines = append(res.Deadlines, d)
	}
	// Missing legal-remedy instruction (ZUP Art. 141(6)).
	if rem.Kind != Lawsuit && (f.NoRemedyInstruction || (f.Type == Other && f.InstructionDays == 0)) {
		res.Deadlines = append(res.Deadlines, remedyInstruction(f, rem, served, haveServed))
	}
	// Request to inspect the file (ZUP Art. 64–65).
	if rem.Kind != Lawsuit {
		res.Deadlines = append(res.Deadlines, inspectFile(f, rem))
	}
	// What remains if the deadline is missed.
	res.Deadlines = append(res.Deadlines, restoration(f, rem, main))
	if rem.Kind != Lawsuit && main.Known {
		res.Deadlines = append(res.Deadlines, lateSlip(f, main))
	}
	res.Deadlines = append(res.Deadlines, otherWays(f, rem))

	// Later steps.
	// The reminder and the lawsuit for silence only while no decision on the appeal came.
	if rem.Kind != Lawsuit && !f.AppealLodged.IsZero() && f.SecondInstanceReceived.IsZero() {
		res.Deadlines = append(res.Deadlines, appealDecision(f, rem))
		res.Deadlines = append(res.Deadlines, reminder(f, rem))
		if !f.ReminderReceived.IsZero() || !f.Stages.ReminderSent.IsZero() {
			res.Deadlines = append(res.Deadlines, silenceLawsuit(f))
		}
	}
	if rem.LaterLawsuit {
		res.Deadlines = append(res.Deadlines, laterLawsuit(f, rem))
		if !f.SecondInstanceReceived.IsZero() {
			res.Deadlines = append(res.Deadlines, postponeWithLawsuit(f, rem))
		}
	}
	res.Deadlines = append(res.Deadlines, constitutional(f), echr(f))
	stageDeadlines(f, rem, &res)
	return res
}

func iso(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

func itoa(n int) string { return strconv.Itoa(n) }

// mainDeadline is the remedy against the decision itself.
func mainDeadline(f Facts, rem Remedy, served Served, haveServed, asylum bool, missing []Step) Deadline {
	id := string(rem.Kind)
	title := "legal.title." + string(rem.Kind)
	if asylum {
		title = "legal.title.asylum_appeal"
	}
	main := Deadline{ID: id, TitleID: title, Group: GroupMain, Direction: By,
		Basis: append([]Citation{rem.PeriodBasis}, rem.Counting...), LodgedWith: rem.LodgedWith,
		DecidedBy: rem.DecidedBy, Confidence: rem.Confidence,
		AlwaysUrgent: rem.Decision == Detention || asylum}
	if asylum {
		if f.Type != Asylum {
			main.Steps = append(main.Steps, Step{ID: "legal.step.asylum_not_zos", Cites: []Citation{CiteItem(ZoS, "2", "1", "1")}})
		}
		main.Steps = append(main.Steps, Step{ID: "legal.step.asylum_periods",
			Cites: []Citation{Cite(ZAPZ, "41", "7"), Cite(ZAPZ, "40", "5"), Cite(ZAPZ, "42", "4"), Cite(ZAPZ, "95", "1")}})
		id := "legal.step.asylum_shortest_border"
		if f.Asylum == AsylumInside {
			id = "legal.step.asylum_shortest_inside"
		}
		main.Steps = append(main.Steps, Step{ID: id, Params: map[string]string{"Period": rem.Period.String()}, Cites: []Citation{rem.PeriodBasis}, Inferred: true})
	}
	if rem.Decision == Other && !asylum {
		if f.InstructionDays > 0 {
			main.Steps = append(main.Steps, Step{ID: "legal.step.other_instruction",
				Params: map[string]string{"Period": rem.Period.String(), "Body": f.InstructionBody},
				Cites:  []Citation{Cite(ZUP, "141", "5"), Cite(ZUP, "141", "6")}})
		} else {
			main.Steps = append(main.Steps, Step{ID: "legal.step.other_no_instruction",
				Params: map[string]string{"Period": rem.Period.String()}, Cites: []Citation{Cite(ZUP, "141", "6")}, Inferred: true})
		}
	}
	if haveServed {
		main.Steps = append(main.Steps, served.Steps...)
		main.Steps = append(main.Steps, remedyPeriodStep(rem))
		main.setCount(served.Date, rem.Period, f.Office, true, rem.Kind == Lawsuit)
		main.setSafe(f, served, rem.Period, rem.Kind == Lawsuit)
	} else {
		main.Steps = append(main.Steps, Step{ID: "legal.step.cannot_compute",
			Params: map[string]string{"RemedyMsg": rem.KindNameID(), "Period": rem.Period.String(), "FromMsg": rem.From.NameID()},
			Cites:  []Citation{rem.PeriodBasis}})
		main.Steps = append(main.Steps, missing...)
	}
	// The legal-remedy instruction (поука) against the law: ZUP Art. 141(6).
	if f.InstructionDays > 0 && rem.Decision != Other && !asylum {
		p := map[string]string{"Period": Period{f.InstructionDays, Days}.String(), "LawPeriod": rem.Period.String()}
		cites := []Citation{Cite(ZUP, "141", "6"), rem.PeriodBasis}
		switch {
		case f.InstructionDays < rem.Period.N:
			main.Steps = append(main.Steps, Step{ID: "legal.step.instruction_shorter", Params: p, Cites: cites})
		case f.InstructionDays > rem.Period.N:
			main.Steps = append(main.Steps, Step{ID: "legal.step.instruction_longer", Params: p, Cites: cites})
		}
	}
	if f.InstructionBody != "" && rem.Decision != Other {
		main.Steps = append(main.Steps, Step{ID: "legal.step.instruction_body",
			Params: map[string]string{"Body": f.InstructionBody, "BodyMsg": rem.LodgedWith.NameID(), "DecidedMsg": rem.DecidedBy.NameID()},
			Cites:  []Citation{Cite(ZUP, "141", "6"), Cite(ZUP, "160", "3"), Cite(ZUP, "82", "2")}})
	}
	if f.HasRepresentative && f.Service != Representative {
		main.Steps = append(main.Steps, Step{ID: "legal.step.has_representative",
			Cites: []Citation{Cite(ZUP, "66", "6"), Cite(ZUP, "69", "3")}})
	}
	if f.Abroad {
		main.Steps = append(main.Steps, Step{ID: "legal.step.abroad", Inferred: true,
			Cites: []Citation{Cite(ZUP, "69", "2"), Cite(ZUP, "69", "3"), Cite(ZUP, "81", "2"), Cite(ZUP, "60", "2"), Cite(ZUP, "81", "1")}})
	}
	if !asylum {
		suspStep := Step{ID: rem.SuspensiveID(), Cites: []Citation{rem.SuspensiveBasis},
			Inferred: rem.Suspensive == SuspendsUnlessDeparture && (f.DepartureDays > 0 || f.DepartureImmediate || f.EntryBan)}
		main.Steps = append(main.Steps, suspStep)
		// With a departure deadline or ban set, the suspensive step already states the
		// 66(2)/46ж(2) exception (flagged inferred); otherwise the exception is explained.
		if rem.SuspensiveExceptionID != "" && !suspStep.Inferred {
			main.Steps = append(main.Steps, Step{ID: rem.SuspensiveExceptionID})
		}
		if f.SaysNotSuspensive && (rem.Suspensive == Suspends || rem.Suspensive == SuspendsUnlessDeparture && !suspStep.Inferred) {
			main.Steps = append(main.Steps, Step{ID: "legal.step.says_not_suspensive",
				Cites: []Citation{rem.SuspensiveBasis, Cite(ZUP, "141", "3"), Cite(ZUP, "155", "2")}})
		}
	} else {
		main.Steps = append(main.Steps, Step{ID: "legal.suspensive.yes", Cites: []Citation{rem.SuspensiveBasis}})
	}
	if rem.Decision == Detention {
		main.Steps = append(main.Steps, Step{ID: "legal.step.detention_filing",
			Cites: []Citation{Cite(ZUS, "20", ""), Cite(ZPP, "104", "6")}, Inferred: true})
	}
	for _, n := range rem.NoteIDs {
		main.Steps = append(main.Steps, Step{ID: n})
	}
	main.Steps = append(main.Steps, sideRequestsStep(rem))
	main.markInferred()
	return main
}

// remedyPeriodStep names the remedy, its period with the statute's start, where it is
// lodged and who decides it; lodged with the deciding court itself, it says so.
func remedyPeriodStep(rem Remedy) Step {
	p := map[string]string{"RemedyMsg": rem.KindNameID(), "Period": rem.Period.String(), "FromMsg": rem.From.NameID(),
		"BodyMsg": rem.LodgedWith.NameID(), "DecidedMsg": rem.DecidedBy.NameID()}
	id := "legal.step.remedy_period"
	if rem.LodgedWith == rem.DecidedBy {
		id = "legal.step.remedy_period_direct"
	}
	return Step{ID: id, Params: p, Cites: []Citation{rem.PeriodBasis}, Inferred: rem.IsInferred("lodged_with") || rem.IsInferred("period")}
}

// sideRequestsStep: no side request stops the period (ZUP Art. 141(6), ZoS Art. 75(6),
// ZUP Art. 64–65, ZoS Art. 77(5), ZUP Art. 82(7); ZPP Art. 112 for lawsuits).
func sideRequestsStep(rem Remedy) Step {
	if rem.Kind == Lawsuit {
		return Step{ID: "legal.step.side_requests_lawsuit", Cites: []Citation{Cite(ZUS, "74", ""), Cite(ZPP, "112", "")}}
	}
	return Step{ID: "legal.step.side_requests", Cites: []Citation{Cite(ZUP, "141", "6"), Cite(ZoS, "75", "6"),
		Cite(ZUP, "65", ""), Cite(ZoS, "77", "5"), Cite(ZUP, "82", "7")}}
}

// setCount counts the period and appends the counting steps; lawsuit selects the
// court rules (ZPP Art. 103(4) via ZUS Art. 74, filing by registered post ZUS Art. 20).
func (d *Deadline) setCount(from time.Time, p Period, o Office, move, lawsuit bool) {
	c, err := CountPeriod(from, p, o, move)
	if err != nil {
		d.Steps = append(d.Steps, Step{ID: "legal.step.outside_calendar"})
		return
	}
	d.Count = &c
	d.LastDay, d.Safe, d.Known = c.LastDay, c.Safe, true
	var basis []Citation
	if len(d.Basis) > 0 {
		basis = d.Basis[:1]
	}
	d.Steps = append(d.Steps, CountSteps(c, lawsuit, basis...)...)
	d.SafeSteps = safeSteps(c, lawsuit)
	d.markInferred()
}

// setSafe lowers the safe date to the earliest reading: the earliest day of service
// (Served.Earliest) and a shorter period in the legal-remedy instruction. It never
// raises it.
func (d *Deadline) setSafe(f Facts, served Served, p Period, lawsuit bool) {
	if !d.Known {
		return
	}
	lower := func(from time.Time, q Period, id string, params map[string]string) {
		c, err := CountPeriod(from, q, f.Office, true)
		if err != nil || !c.Safe.Before(d.Safe) {
			return
		}
		d.Safe = c.Safe
		params["SafeDate"] = iso(c.Safe)
		d.SafeSteps = append(d.SafeSteps, Step{ID: id, Params: params})
	}
	if served.Earliest.Before(served.Date) {
		lower(served.Earliest, p, "legal.safe.earliest_service",
			map[string]string{"EarliestDate": iso(served.Earliest), "ServedDate": iso(served.Date)})
	}
	if f.InstructionDays > 0 && f.InstructionDays < p.N && p.Unit == Days {
		lower(served.Earliest, Period{f.InstructionDays, Days}, "legal.safe.instruction",
			map[string]string{"Period": Period{f.InstructionDays, Days}.String()})
	}
}

// safeSteps say why the safe date of a count is before its last day.
func safeSteps(c Count, lawsuit bool) []Step {
	if c.Safe.Equal(c.LastDay) {
		return nil
	}
	var out []Step
	if c.Moved {
		move := Cite(ZUP, "80", "5")
		if lawsuit {
			move = Cite(ZPP, "103", "4")
		}
		out = append(out, Step{ID: "legal.safe.moved", Params: map[string]string{"NominalDate": iso(c.Nominal),
			"LastDate": iso(c.LastDay), "SafeDate": iso(c.Safe)}, Cites: []Citation{move}})
	} else {
		out = append(out, Step{ID: "legal.safe.not_working", Params: map[string]string{"NominalDate": iso(c.Nominal),
			"SafeDate": iso(c.Safe)}})
	}
	if touchesSaturday(c) {
		out = append(out, saturdayStep(lawsuit))
	}
	return out
}

func (d *Deadline) markInferred() {
	if d.Confidence == "" {
		d.Confidence = Seen
	}
	for _, s := range d.Steps {
		if s.Inferred {
			d.Confidence = Inferred
		}
	}
}

func departure(f Facts, rem Remedy, served Served, haveServed bool) *Deadline {
	dp := rem.Departure
	if dp == nil {
		return nil
	}
	d := &Deadline{ID: IDDeparture, TitleID: "legal.title.departure", Group: GroupMain, Direction: By,
		Basis: []Citation{dp.Basis}, Confidence: dp.Confidence}
	// A suspensive appeal: the order to leave cannot be enforced before the appeal
	// period ends, nor, if an appeal is lodged, before its decision is delivered.
	if rem.Suspensive == Suspends {
		d.Suspended = true
		d.Steps = append(d.Steps, Step{ID: "legal.step.departure_suspended",
			Params: map[string]string{"DecidedMsg": rem.DecidedBy.NameID()},
			Cites:  []Citation{rem.SuspensiveBasis, Cite(ZUP, "154", "1"), Cite(ZUP, "154", "2")}})
	}
	if f.DepartureImmediate {
		if dp.Shortened != nil {
			d.Steps = append(d.Steps, Step{ID: "legal.step.departure_immediate", Cites: []Citation{*dp.Shortened}})
		} else {
			d.Steps = append(d.Steps, Step{ID: "legal.step.departure_immediate_other", Cites: []Citation{dp.Basis}})
		}
		if haveServed {
			d.LastDay, d.Safe, d.Known = served.Date, served.Earliest, true
			d.Steps = append(d.Steps, Step{ID: "legal.step.departure_immediate_date", Params: map[string]string{"ServedDate": iso(served.Date)}})
		}
		d.markInferred()
		return d
	}
	if f.DepartureDays <= 0 {
		if rem.Decision == ReturnDecision {
			d.Steps = append(d.Steps, Step{ID: "legal.step.departure_missing",
				Params: map[string]string{"Min": "7", "Max": "30"}, Cites: []Citation{dp.Basis}})
			return d
		}
		return nil // the decision sets no departure deadline
	}
	period := Period{f.DepartureDays, Days}
	var from, safeFrom time.Time
	switch dp.From {
	case FromIssuance:
		from = f.Issued
		safeFrom = f.Issued
		if from.IsZero() {
			d.Steps = append(d.Steps, Step{ID: "legal.missing.issued"})
		} else {
			d.Steps = append(d.Steps, Step{ID: "legal.step.departure_from_issued",
				Params: map[string]string{"EventDate": iso(from), "Period": period.String()}, Cites: []Citation{dp.Basis}})
		}
	case FromUnstated:
		if haveServed {
			from, safeFrom = served.Date, served.Earliest
			// The earliest reading counts from the date on the decision.
			if !f.Issued.IsZero() && f.Issued.Before(safeFrom) {
				safeFrom = Day(f.Issued)
			}
			d.Steps = append(d.Steps, Step{ID: "legal.step.departure_unstated",
				Params: map[string]string{"ServedDate": iso(from), "Period": period.String()},
				Cites:  []Citation{dp.Basis}, Inferred: true})
		} else {
			d.Steps = append(d.Steps, Step{ID: "legal.step.needs_service"})
		}
	default:
		if haveServed {
			from, safeFrom = served.Date, served.Earliest
			d.Steps = append(d.Steps, Step{ID: "legal.step.departure_from_served",
				Params: map[string]string{"ServedDate": iso(from), "Period": period.String()},
				Cites:  []Citation{dp.Basis}})
		} else {
			d.Steps = append(d.Steps, Step{ID: "legal.step.needs_service"})
		}
	}
	if f.DepartureDays > dp.MaxDays || (dp.MinDays > 0 && f.DepartureDays < dp.MinDays) {
		id := "legal.step.departure_outside_limits"
		cites := []Citation{dp.Basis}
		if dp.MinDays > 0 && f.DepartureDays < dp.MinDays && dp.Shortened != nil {
			id = "legal.step.departure_shortened" // ZoS Art. 77(7): lawful for a security risk or a risk of absconding
			cites = append(cites, *dp.Shortened)
		}
		d.Steps = append(d.Steps, Step{ID: id,
			Params: map[string]string{"Days": itoa(f.DepartureDays), "Min": itoa(dp.MinDays), "Max": itoa(dp.MaxDays)},
			Cites:  cites})
	}
	if !from.IsZero() {
		c, err := CountPeriod(from, period, f.Office, false)
		if err != nil {
			d.Steps = append(d.Steps, Step{ID: "legal.step.outside_calendar"})
		} else {
			d.Count = &c
			d.LastDay, d.Safe, d.Known = c.LastDay, c.LastDay, true
			if !safeFrom.IsZero() && safeFrom.Before(from) {
				d.Safe = AddPeriod(safeFrom, period)
				d.SafeSteps = append(d.SafeSteps, Step{ID: "legal.safe.departure_earlier",
					Params: map[string]string{"EarliestDate": iso(safeFrom), "SafeDate": iso(d.Safe)}})
			}
			d.Steps = append(d.Steps, Step{ID: "legal.step.departure_last",
				Params: map[string]string{"LastDate": iso(c.LastDay)}, Inferred: true})
			if dp.From == FromIssuance {
				d.Steps = append(d.Steps, Step{ID: "legal.step.departure_check_wording"})
			}
			if haveServed && c.LastDay.Before(served.Date.AddDate(0, 0, 7)) {
				if dp.Extension != nil {
					d.Steps = append(d.Steps, Step{ID: "legal.step.departure_late_delivery",
						Params: map[string]string{"ServedDate": iso(served.Date)}, Cites: []Citation{*dp.Extension}})
				} else if c.LastDay.Before(served.Date) {
					d.Steps = append(d.Steps, Step{ID: "legal.step.departure_before_service",
						Params: map[string]string{"ServedDate": iso(served.Date)}})
				}
			}
		}
	}
	d.markInferred()
	return d
}

// postpone is the request to the Administrative Court to postpone execution: while a
// non-suspensive appeal is pending (ZUS Art. 23(3)(2)); in urgency where the decision
// says, against the law, that the appeal does not suspend (23(3)(1)); with a lawsuit
// against a decision cancelling residence after a court expulsion (ZoS Art. 81(2)).
func postpone(f Facts, rem Remedy, nonSuspensive, departureSet bool) (Deadline, bool) {
	d := Deadline{ID: IDPostpone, TitleID: "legal.title.postpone", Group: GroupMain, Direction: By,
		DecidedBy: AdministrativeCourt, LodgedWith: AdministrativeCourt, Confidence: Seen, AlwaysUrgent: true}
	switch {
	case rem.Kind == Lawsuit && rem.PostponeAtCourt:
		d.Basis = PostponeWithLawsuitBasis
		d.Steps = []Step{{ID: "legal.step.postpone_lawsuit", Cites: PostponeWithLawsuitBasis}}
		if rem.Decision == CourtExpulsionCancellation {
			d.Steps = append(d.Steps, Step{ID: "legal.note.court_measure_stands"})
		}
	case rem.Kind != Lawsuit && rem.PostponeAtCourt && nonSuspensive:
		d.Basis = PostponeBasis
		id := "legal.step.postpone"
		if rem.Departure == nil && rem.Decision != EntryRefusal {
			id = "legal.step.postpone_generic"
		}
		d.Steps = []Step{{ID: id, Cites: PostponeBasis}}
		if rem.Suspensive == SuspendsUnlessDeparture {
			d.Steps = append(d.Steps, Step{ID: "legal.note.departure_exception_inferred"})
			d.Confidence = Inferred
		}
	case rem.Kind != Lawsuit && f.SaysNotSuspensive && (rem.Suspensive == Suspends || rem.Suspensive == SuspendsUnlessDeparture && !departureSet):
		d.Basis = []Citation{CiteItem(ZUS, "23", "3", "1"), Cite(ZUP, "155", "2")}
		d.Steps = []Step{{ID: "legal.step.postpone_conflict", Cites: d.Basis}}
	default:
		return Deadline{}, false
	}
	d.Steps = append(d.Steps, Step{ID: "legal.step.postpone_evidence"})
	d.markInferred()
	return d, true
}

func remedyInstruction(f Facts, rem Remedy, served Served, haveServed bool) Deadline {
	d := Deadline{ID: IDRemedyInstruction, TitleID: "legal.title.remedy_instruction", Group: GroupNow, Direction: By,
		Basis: append(RemedyInstructionBasis, Cite(ZUP, "80", "")), LodgedWith: rem.FirstInstance, Confidence: Seen}
	d.Steps = []Step{{ID: "legal.step.remedy_instruction", Cites: RemedyInstructionBasis}}
	if haveServed {
		d.setCount(served.Date, Period{8, Days}, f.Office, true, false)
		d.setSafe(f, served, Period{8, Days}, false)
	} else {
		d.Steps = append(d.Steps, Step{ID: "legal.step.needs_service"})
	}
	d.Steps = append(d.Steps, Step{ID: "legal.step.does_not_stop", Cites: RemedyInstructionBasis})
	return d
}

func inspectFile(f Facts, rem Remedy) Deadline {
	d := Deadline{ID: IDInspectFile, TitleID: "legal.title.inspect_file", Group: GroupNow, Direction: By,
		Basis: InspectFileBasis, LodgedWith: rem.FirstInstance, DecidedBy: rem.DecidedBy, Confidence: Seen}
	d.Steps = []Step{{ID: "legal.step.inspect", Cites: []Citation{Cite(ZUP, "64", "1"), Cite(ZUP, "65", "2"), Cite(ZUP, "65", "3")}},
		{ID: "legal.step.inspect_classified", Cites: []Citation{Cite(ZUP, "64", "4"), Cite(ZoS, "9", "9")}}}
	if f.InspectionRequested.IsZero() {
		d.Steps = append(d.Steps, Step{ID: "legal.step.inspect_not_requested"})
		d.Steps = append(d.Steps, Step{ID: "legal.step.does_not_stop", Cites: []Citation{Cite(ZUP, "65", "")}})
		return d
	}
	answer, err := CountPeriod(f.InspectionRequested, Period{8, Days}, f.Office, true)
	if err != nil {
		d.Steps = append(d.Steps, Step{ID: "legal.step.outside_calendar"})
		return d
	}
	d.Steps = append(d.Steps, Step{ID: "legal.step.inspect_answer_by",
		Params: map[string]string{"EventDate": iso(f.InspectionRequested), "LastDate": iso(answer.LastDay)}, Cites: []Citation{Cite(ZUP, "65", "2")}})
	// If the body does not answer, the 8-day appeal (65(3)) is counted from the end of
	// its 8 days to answer: the law does not say from when (inferred).
	d.Steps = append(d.Steps, Step{ID: "legal.step.inspect_silence", Inferred: true, Cites: []Citation{Cite(ZUP, "65", "3")}})
	d.Basis = []Citation{Cite(ZUP, "65", "3"), Cite(ZUP, "64", "")}
	d.setCount(answer.LastDay, Period{8, Days}, f.Office, true, false)
	// The safe reading: the appeal period against silence runs from the nominal end of
	// the body's 8 days, not from a moved one.
	if answer.Moved {
		if c, err := CountPeriod(answer.Nominal, Period{8, Days}, f.Office, true); err == nil && c.Safe.Before(d.Safe) {
			d.Safe = c.Safe
		}
	}
	d.Steps = append(d.Steps, Step{ID: "legal.step.does_not_stop", Cites: []Citation{Cite(ZUP, "65", "")}})
	d.markInferred()
	return d
}

// appealDecision is the second-instance body's own deadline: 60 days from the appeal
// (ZUP Art. 174; ZoS Art. 38(2) for entry and visa refusals).
func appealDecision(f Facts, rem Remedy) Deadline {
	basis := []Citation{Cite(ZUP, "174", "")}
	if rem.DecidedWithinBasis != nil && rem.DecidedWithinBasis.Law == ZoS {
		basis = append(basis, *rem.DecidedWithinBasis)
	}
	d := Deadline{ID: IDAppealDecision, TitleID: "legal.title.appeal_decision", Group: GroupLater, Direction: By,
		Basis: basis, DecidedBy: rem.DecidedBy, Confidence: Seen}
	d.Steps = []Step{{ID: "legal.step.appeal_lodged", Params: map[string]string{"EventDate": iso(f.AppealLodged),
		"DecidedMsg": rem.DecidedBy.NameID()}, Cites: basis}}
	d.setCount(f.AppealLodged, Period{60, Days}, f.Office, true, false)
	// This is the authority's deadline, not the person's: filing by post does not apply.
	steps := d.Steps[:0]
	for _, st := range d.Steps {
		if st.ID != "legal.step.post_registered" {
			steps = append(steps, st)
		}
	}
	d.Steps = append(steps, Step{ID: "legal.step.silence", Cites: SilenceBasis})
	d.SafeSteps = nil
	d.Safe = d.LastDay // nothing for the person to do by this day
	return d
}

// reminder is the reminder (накнадни захтев) to the second-instance body: not before
// its 60 days from receiving the appeal have run (ZUS Art. 19(1)). The latest reading:
// the day the second instance received the appeal if known, else the day it was
// lodged plus the 15 days the first instance has to forward it (ZUP Art. 166(1)); the
// 60 days moved to a working day; the reminder the day after. A posted appeal reaches
// the first instance later still: the person is told to ask (inferred).
func reminder(f Facts, rem Remedy) Deadline {
	d := Deadline{ID: IDReminder, TitleID: "legal.title.reminder", Group: GroupLater, Direction: NotBefore,
		Basis: SilenceBasis, LodgedWith: rem.DecidedBy, Confidence: Inferred}
	proof := Step{ID: "legal.step.reminder_proof", Cites: []Citation{Cite(ZUS, "22", "3"), CiteItem(ZUS, "26", "1", "1"), CiteItem(ZUS, "26", "1", "3")}}
	// Where the 60 days start: the day the second instance received the appeal, or the
	// latest day it can have (stagedeadlines.go: posted, handed in, lodged with it directly).
	from, start, ok := reminderStart(f, rem)
	if !ok {
		d.Steps = []Step{start, proof}
		return d
	}
	c, err := CountPeriod(from, Period{60, Days}, Office{}, true)
	if err != nil {
		d.Steps = []Step{{ID: "legal.step.outside_calendar"}}
		return d
	}
	nb := c.LastDay.AddDate(0, 0, 1)
	d.Safe, d.Known = nb, true
	start.Params["NotBeforeDate"] = iso(nb)
	d.Steps = []Step{start, proof}
	if c.Moved {
		d.Steps = append(d.Steps, Step{ID: "stages.step.not_before_moved", Inferred: true, Cites: []Citation{Cite(ZUP, "80", "5")}})
	}
	d.markInferred()
	return d
}

// silenceLawsuit is the lawsuit for administrative silence: not before the seven days
// after the second instance received the reminder have run (ZUS Art. 19(1)); early,
// it is dismissed (26(1)(1)). It has no last day.
func silenceLawsuit(f Facts) Deadline {
	d := Deadline{ID: IDSilenceLawsuit, TitleID: "legal.title.silence_lawsuit", Group: GroupLater, Direction: NotBefore,
		Basis: SilenceBasis, LodgedWith: AdministrativeCourt, DecidedBy: AdministrativeCourt, Confidence: Seen}
	if f.ReminderReceived.IsZero() {
		// Sent, but the day the body received it is not known: no day can be safe.
		d.Steps = []Step{{ID: "stages.step.silence_needs_receipt", Params: map[string]string{"EventDate": iso(f.Stages.ReminderSent)},
			Cites: []Citation{Cite(ZUS, "19", "1"), Cite(ZUS, "22", "3")}}}
		return d
	}
	c, err := CountPeriod(f.ReminderReceived, Period{7, Days}, Office{}, true)
	if err != nil {
		d.Steps = []Step{{ID: "legal.step.outside_calendar"}}
		return d
	}
	nb := c.LastDay.AddDate(0, 0, 1)
	d.Safe, d.Known = nb, true
	d.Steps = []Step{{ID: "legal.step.silence_lawsuit", Params: map[string]string{"EventDate": iso(f.ReminderReceived),
		"NotBeforeDate": iso(nb)}, Cites: []Citation{Cite(ZUS, "19", "1"), CiteItem(ZUS, "26", "1", "1")}},
		{ID: "legal.step.reminder_proof", Cites: []Citation{Cite(ZUS, "22", "3"), CiteItem(ZUS, "26", "1", "1"), CiteItem(ZUS, "26", "1", "3")}}}
	if c.Moved {
		d.Steps = append(d.Steps, Step{ID: "legal.step.not_before_moved", Inferred: true})
		d.Confidence = Inferred
	}
	return d
}

// laterLawsuit is the lawsuit against the second-instance decision (ZUS Art. 18(1)).
func laterLawsuit(f Facts, rem Remedy) Deadline {
	d := Deadline{ID: IDLawsuit, TitleID: "legal.title.lawsuit_later", Group: GroupLater, Direction: By,
		Basis:      append([]Citation{rem.LaterLawsuitBasis}, append(LawsuitBasis, zusCounting...)...),
		LodgedWith: AdministrativeCourt, DecidedBy: AdministrativeCourt, Confidence: Seen}
	d.Steps = []Step{{ID: "legal.step.lawsuit_later", Params: map[string]string{"DecidedMsg": rem.DecidedBy.NameID()},
		Cites: []Citation{rem.LaterLawsuitBasis, Cite(ZUS, "18", "1")}}}
	if !f.SecondInstanceReceived.IsZero() {
		d.Steps = append(d.Steps, Step{ID: "legal.step.received_on", Params: map[string]string{"EventDate": iso(f.SecondInstanceReceived)}})
		d.setCount(f.SecondInstanceReceived, Period{30, Days}, f.Office, true, true)
	} else {
		d.Steps = append(d.Steps, Step{ID: "legal.step.later_unknown"})
	}
	if rem.Decision == Asylum {
		// The asylum law makes its lawsuit suspensive: „Тужба одлаже извршење одлуке“
		// (ZAPZ Art. 96(2)), unlike ZUS Art. 23(1).
		d.Steps = append(d.Steps, Step{ID: "legal.step.asylum_lawsuit_suspends",
			Cites: []Citation{Cite(ZAPZ, "96", "1"), Cite(ZAPZ, "96", "2")}})
		return d
	}
	d.Steps = append(d.Steps, suspensionEndsStep(rem))
	return d
}

// suspensionEndsStep: suspension ends when the second-instance decision is notified
// (ZUP Art. 154(2), 190(2)(5)) and a lawsuit does not stop execution (ZUS Art. 23(1)
// and the ZoS paragraph of the type): asking the court to postpone becomes urgent then.
func suspensionEndsStep(rem Remedy) Step {
	cites := []Citation{Cite(ZUP, "154", "2"), CiteItem(ZUP, "190", "2", "5"), Cite(ZUS, "23", "1")}
	if rem.LaterLawsuitBasis.Law == ZoS && (rem.LaterLawsuitBasis.Article == "45" || rem.LaterLawsuitBasis.Article == "66" ||
		rem.LaterLawsuitBasis.Article == "71" || rem.LaterLawsuitBasis.Article == "72") {
		cites = append(cites, rem.LaterLawsuitBasis)
	}
	cites = append(cites, Cite(ZUS, "23", "2"), CiteItem(ZUS, "23", "3", "1"))
	return Step{ID: "legal.step.suspension_ends", Cites: cites}
}

// postponeWithLawsuit: once the second-instance decision is delivered, asking the
// court to postpone execution is urgent in every type.
func postponeWithLawsuit(f Facts, rem Remedy) Deadline {
	d := Deadline{ID: IDPostponeLawsuit, TitleID: "legal.title.postpone_lawsuit", Group: GroupLater, Direction: By,
		Basis: PostponeWithLawsuitBasis, LodgedWith: AdministrativeCourt, DecidedBy: AdministrativeCourt,
		Confidence: Seen, AlwaysUrgent: true}
	d.Steps = []Step{suspensionEndsStep(rem),
		{ID: "legal.step.postpone_lawsuit", Cites: PostponeWithLawsuitBasis},
		{ID: "legal.step.postpone_evidence"}}
	return d
}

// restoration is what remains when the remedy's deadline is missed: for appeals ZUP
// Art. 82–83 (8 days; 3 months at most, force majeure excepted); for lawsuits ZPP Art.
// 109–111 through ZUS Art. 74 (8 days; 60 days at most; with the lawsuit, to the court;
// that ZPP applies here is inferred). Neither stops removal (ZUP 82(7), ZPP 112).
func restoration(f Facts, rem Remedy, main Deadline) Deadline {
	lawsuit := rem.Kind == Lawsuit
	d := Deadline{ID: IDRestoration, TitleID: "legal.title.restoration", Group: GroupMissed, Direction: By,
		Basis: RestorationBasis, LodgedWith: main.LodgedWith, Confidence: Seen}
	limitPeriod := Period{3, Months}
	if lawsuit {
		d.Basis = CourtRestorationBasis
		d.Steps = []Step{{ID: "legal.step.restoration_lawsuit", Cites: CourtRestorationBasis, Inferred: true}}
		limitPeriod = Period{60, Days}
	} else {
		d.Steps = []Step{{ID: "legal.step.restoration", Cites: []Citation{Cite(ZUP, "82", "1"), Cite(ZUP, "82", "6"), Cite(ZUP, "83", "1"), Cite(ZUP, "83", "2"), Cite(ZUP, "83", "4")}}}
	}
	stops := Step{ID: "legal.step.restoration_not_suspensive", Cites: []Citation{Cite(ZUP, "82", "7")}}
	if lawsuit {
		stops.Cites = []Citation{Cite(ZPP, "112", "")}
	}
	if !main.Known {
		d.Steps = append(d.Steps, Step{ID: "legal.step.needs_service"}, stops)
		d.markInferred()
		return d
	}
	// The limit runs from the omission: counted from the last day, the last day not
	// counted (ZUP Art. 80(2)); that reading is inferred.
	limit, err := CountPeriod(main.LastDay, limitPeriod, f.Office, true)
	if err != nil {
		d.Steps = append(d.Steps, Step{ID: "legal.step.outside_calendar"})
		return d
	}
	p := map[string]string{"MissedDate": iso(main.LastDay), "LastDate": iso(limit.LastDay), "Period": limitPeriod.String()}
	id := "legal.step.restoration_limit"
	if !f.Today.IsZero() && Day(f.Today).After(main.LastDay) {
		id = "legal.step.restoration_missed"
	}
	d.Steps = append(d.Steps, Step{ID: id, Params: p, Inferred: true})
	if f.MissedReasonEnded.IsZero() {
		d.Steps = append(d.Steps, Step{ID: "legal.step.restoration_when"})
		d.Count = &limit
		d.LastDay, d.Safe, d.Known, d.Limit = limit.LastDay, limit.Safe, true, true
		d.SafeSteps = safeSteps(limit, lawsuit)
	} else {
		d.Steps = append(d.Steps, Step{ID: "legal.step.restoration_reason_ended", Params: map[string]string{"EventDate": iso(f.MissedReasonEnded)}})
		d.setCount(f.MissedReasonEnded, Period{8, Days}, f.Office, true, lawsuit)
		if d.Known && d.LastDay.After(limit.LastDay) {
			d.Count, d.LastDay, d.Safe, d.SafeSteps = &limit, limit.LastDay, limit.Safe, safeSteps(limit, lawsuit)
			d.Steps = append(d.Steps, Step{ID: "legal.step.restoration_capped", Params: map[string]string{"LastDate": iso(limit.LastDay)}, Inferred: true})
		}
	}
	d.Steps = append(d.Steps, stops)
	d.markInferred()
	return d
}

// lateSlip: an appeal a few days late by an obvious slip may be restored only if the
// body RECEIVES it within three days of the last day (ZUP Art. 82(3)): posting does not count.
func lateSlip(f Facts, main Deadline) Deadline {
	d := Deadline{ID: IDLateSlip, TitleID: "legal.title.late_slip", Group: GroupMissed, Direction: By,
		Basis: []Citation{Cite(ZUP, "82", "3")}, LodgedWith: main.LodgedWith, Confidence: Seen, Known: true}
	d.LastDay = main.LastDay.AddDate(0, 0, 3)
	d.Safe = d.LastDay
	for !StrictWorkday(d.Safe) && d.Safe.After(main.LastDay) {
		d.Safe = d.Safe.AddDate(0, 0, -1)
	}
	d.Steps = []Step{{ID: "legal.step.late_slip", Params: map[string]string{"MissedDate": iso(main.LastDay), "LastDate": iso(d.LastDay)},
		Cites: []Citation{Cite(ZUP, "82", "3")}}}
	return d
}

// otherWays: what remains besides restoration — reopening a final decision (ZUP Art.
// 176–178), a new application, lifting an entry ban (ZoS Art. 79).
func otherWays(f Facts, rem Remedy) Deadline {
	d := Deadline{ID: IDOtherWays, TitleID: "legal.title.other_ways", Group: GroupMissed, Direction: By,
		Basis: append(append([]Citation(nil), ReopeningBasis...), BanLiftingBasis...), Confidence: Seen}
	if rem.Kind != Lawsuit {
		d.Steps = append(d.Steps, Step{ID: "legal.step.reopening", Cites: ReopeningBasis})
	}
	d.Steps = append(d.Steps, Step{ID: "legal.step.new_application"})
	if f.EntryBan || rem.Decision == EntryBanLiftingRefusal || rem.Decision == CourtExpulsionCancellation || rem.Decision == ShortStayCancellation {
		d.Steps = append(d.Steps, Step{ID: "legal.step.ban_lifting", Cites: []Citation{Cite(ZoS, "79", "1"), Cite(ZoS, "79", "2")}})
	}
	d.Steps = append(d.Steps, Step{ID: "legal.step.legal_aid", Cites: []Citation{Cite(ZBPP, "4", "")}})
	return d
}

func constitutional(f Facts) Deadline {
	d := Deadline{ID: IDConstitutional, TitleID: "legal.title.constitutional", Group: GroupLater, Direction: By,
		Basis: ConstitutionalBasis, LodgedWith: ConstitutionalCourt, DecidedBy: ConstitutionalCourt, Confidence: Seen}
	d.Steps = []Step{{ID: "legal.step.constitutional", Cites: []Citation{Cite(ZUSud, "82", "1"), Cite(ZUSud, "84", "1")}}}
	if f.JudgmentReceived.IsZero() {
		d.Steps = append(d.Steps, Step{ID: "legal.step.later_unknown"})
	} else {
		d.Steps = append(d.Steps, Step{ID: "legal.step.received_on", Params: map[string]string{"EventDate": iso(f.JudgmentReceived)}})
		// ZUSud has no counting article: ZPP Art. 103 or ZUP Art. 80 by analogy (inferred).
		d.Steps = append(d.Steps, Step{ID: "legal.step.constitutional_counting", Inferred: true,
			Cites: []Citation{Cite(ZPP, "103", ""), Cite(ZUP, "80", "")}})
		d.setCount(f.JudgmentReceived, Period{30, Days}, f.Office, true, false)
	}
	d.Steps = append(d.Steps, Step{ID: "legal.step.constitutional_restoration", Cites: ConstitutionalRestorationBasis})
	d.Steps = append(d.Steps, Step{ID: "legal.step.constitutional_not_suspensive", Cites: []Citation{Cite(ZUSud, "86", "")}})
	d.markInferred()
	return d
}

// Protocol15 is the day from which final domestic decisions get four months instead of six.
var Protocol15 = Date(2022, time.February, 1)

func echr(f Facts) Deadline {
	d := Deadline{ID: IDECHR, TitleID: "legal.title.echr", Group: GroupLater, Direction: By,
		Basis: []Citation{Cite(ECHRConv, "35", "1")}, LodgedWith: ECHR, DecidedBy: ECHR, Confidence: Seen}
	d.Steps = []Step{{ID: "legal.step.echr"}}
	if f.FinalDomesticDecision.IsZero() {
		d.Steps = append(d.Steps, Step{ID: "legal.step.later_unknown"})
		return d
	}
	p := Period{4, Months}
	if f.FinalDomesticDecision.Before(Protocol15) {
		p = Period{6, Months}
		d.Steps = append(d.Steps, Step{ID: "legal.step.echr_six_months"})
	}
	d.Steps = append(d.Steps, Step{ID: "legal.step.received_on", Params: map[string]string{"EventDate": iso(f.FinalDomesticDecision)}})
	d.setCount(f.FinalDomesticDecision, p, f.Office, false, false)
	return d
}
