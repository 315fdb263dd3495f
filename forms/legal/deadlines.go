package legal

import (
	"strconv"
	"time"
)

// Facts is what the deadline engine needs from a case. forms.Facts(case) builds it;
// zero times mean "not known".
type Facts struct {
	Type       DecisionType
	Issued     time.Time // decision.issued
	Service    Service   // decision.service
	Received   time.Time // decision.received: the day of the delivery event
	FromAbroad bool      // ordinary mail posted from abroad (ZUP Art. 71)

	DepartureDays      int  // departure period the decision sets, in days (0 = none)
	DepartureImmediate bool // departure ordered at once (ZoS Art. 77(7))
	EntryBan           bool

	// NoRemedyInstruction: the decision has no legal-remedy instruction (ZUP Art. 141(6)).
	NoRemedyInstruction bool

	SecondInstanceReceived time.Time // ZUS Art. 18: lawsuit 30 days
	JudgmentReceived       time.Time // ZUSud Art. 84: constitutional appeal 30 days
	FinalDomesticDecision  time.Time // ECHR: four months, no move
	MissedReasonEnded      time.Time // ZUP Art. 83: restoration 8 days
	InspectionRequested    time.Time // ZUP Art. 65: request to inspect the file
	AppealLodged           time.Time // ZUP Art. 174: the appeal is decided within 60 days
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
	IDDeparture         = "departure"
	IDPostpone          = "postpone-execution"
	IDInspectFile       = "inspect-file"
	IDRemedyInstruction = "remedy-instruction"
	IDRestoration       = "restoration"
	IDConstitutional    = "constitutional"
	IDECHR              = "echr"
	IDAppealDecision    = "appeal-decision"
)

// Deadline is one deadline or step of a case, with its reasoning.
type Deadline struct {
	ID string `json:"id"`
	// TitleID is the catalogue id of its title ("Appeal", "Leave Serbia by" …).
	TitleID string `json:"title_id"`
	// Basis: the articles that set it.
	Basis []Citation `json:"basis"`
	// Count is the counted period; nil when there is no date (unknown start, or an
	// action that has no fixed date, such as asking the court to postpone execution).
	Count *Count `json:"count,omitempty"`
	// LastDay and Safe repeat Count's (zero without a count).
	LastDay time.Time `json:"last_day"`
	Safe    time.Time `json:"safe_date"`
	// Steps are the reasoning, in order.
	Steps []Step `json:"steps"`
	// Confidence: Inferred when any step of the reasoning is inferred.
	Confidence Confidence `json:"confidence"`
	// Urgent: shown first (non-suspensive remedy with a departure order, detention).
	Urgent bool `json:"urgent,omitempty"`
	// Known is false when the start is not known yet: the deadline exists but has no date.
	Known bool `json:"known"`
	// LodgedWith and DecidedBy for remedies ("" for others).
	LodgedWith Body `json:"lodged_with,omitempty"`
	DecidedBy  Body `json:"decided_by,omitempty"`
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

// Compute works out every deadline of a case from its facts.
func Compute(f Facts) Result {
	res := Result{Type: f.Type}
	rem, ok := RemedyFor(f.Type)
	if !ok {
		res.Missing = append(res.Missing, Step{ID: "legal.missing.type"})
		return res
	}
	res.Remedy = &rem
	for _, field := range f.Invalid {
		res.Missing = append(res.Missing, Step{ID: "legal.missing.invalid_date", Params: map[string]string{"Field": field}})
	}

	// The date of service (ZUP Art. 71, 75–78).
	served, haveServed := ServiceDate(f.Service, f.Received, f.FromAbroad)
	switch {
	case !f.Service.Valid():
		res.Missing = append(res.Missing, Step{ID: "legal.missing.service"})
	case f.Received.IsZero():
		res.Missing = append(res.Missing, Step{ID: "legal.missing.received." + string(f.Service)})
	}
	if haveServed {
		res.Served = &served
		res.ServedSteps = servedSteps(served)
	}

	departureSet := f.DepartureDays > 0 || f.DepartureImmediate || f.EntryBan
	nonSuspensive := rem.MayBeNonSuspensive(departureSet)

	// 1. The remedy itself.
	main := Deadline{ID: string(rem.Kind), TitleID: "legal.title." + string(rem.Kind),
		Basis: append([]Citation{rem.PeriodBasis}, rem.Counting...), LodgedWith: rem.LodgedWith,
		DecidedBy: rem.DecidedBy, Confidence: rem.Confidence, Urgent: rem.Decision == Detention}
	if haveServed {
		main.Steps = append(main.Steps, res.ServedSteps...)
		main.Steps = append(main.Steps, Step{ID: "legal.step.remedy_period",
			Params: map[string]string{"RemedyMsg": rem.KindNameID(), "Period": rem.Period.String(),
				"BodyMsg": rem.LodgedWith.NameID(), "DecidedMsg": rem.DecidedBy.NameID()},
			Cites: []Citation{rem.PeriodBasis}})
		main.setCount(served.Date, rem.Period, f.Office, true, rem.Kind == Lawsuit)
	} else {
		main.Steps = append(main.Steps, Step{ID: "legal.step.cannot_compute",
			Params: map[string]string{"RemedyMsg": rem.KindNameID(), "Period": rem.Period.String()},
			Cites:  []Citation{rem.PeriodBasis}})
		main.Steps = append(main.Steps, res.Missing...)
	}
	suspStep := Step{ID: rem.SuspensiveID(), Cites: []Citation{rem.SuspensiveBasis},
		Inferred: rem.Suspensive == SuspendsUnlessDeparture && departureSet}
	main.Steps = append(main.Steps, suspStep)
	// With a departure deadline or ban set, the suspensive step already states the
	// 66(2)/46ж exception (flagged inferred); otherwise the exception is explained.
	if rem.SuspensiveExceptionID != "" && !suspStep.Inferred {
		main.Steps = append(main.Steps, Step{ID: rem.SuspensiveExceptionID})
	}
	for _, n := range rem.NoteIDs {
		main.Steps = append(main.Steps, Step{ID: n})
	}
	main.markInferred()
	res.Deadlines = append(res.Deadlines, main)

	// 2. Departure.
	if dep := departure(f, rem, served, haveServed); dep != nil {
		dep.Urgent = nonSuspensive
		res.Deadlines = append(res.Deadlines, *dep)
	}

	// 3. Postponing execution at the Administrative Court (ZUS Art. 23(3)(2)).
	if rem.Kind == Appeal && rem.PostponeAtCourt && nonSuspensive {
		d := Deadline{ID: IDPostpone, TitleID: "legal.title.postpone", Basis: PostponeBasis,
			DecidedBy: AdministrativeCourt, LodgedWith: AdministrativeCourt, Confidence: Seen, Urgent: true}
		d.Steps = []Step{{ID: "legal.step.postpone", Cites: PostponeBasis}, {ID: "legal.step.postpone_evidence"}}
		if rem.Suspensive == SuspendsUnlessDeparture {
			d.Steps = append(d.Steps, Step{ID: "legal.note.departure_exception_inferred"})
			d.Confidence = Inferred
		}
		d.markInferred()
		res.Deadlines = append(res.Deadlines, d)
	}

	// 4. Missing legal-remedy instruction (ZUP Art. 141(6)).
	if f.NoRemedyInstruction && rem.Kind == Appeal {
		d := Deadline{ID: IDRemedyInstruction, TitleID: "legal.title.remedy_instruction",
			Basis: append(RemedyInstructionBasis, Cite(ZUP, "80", "")), LodgedWith: rem.FirstInstance, Confidence: Seen}
		d.Steps = []Step{{ID: "legal.step.remedy_instruction", Cites: RemedyInstructionBasis}}
		if haveServed {
			d.setCount(served.Date, Period{8, Days}, f.Office, true, false)
		} else {
			d.Steps = append(d.Steps, Step{ID: "legal.step.needs_service"})
		}
		res.Deadlines = append(res.Deadlines, d)
	}

	// 5. Request to inspect the file (ZUP Art. 64–65).
	if rem.Kind == Appeal {
		res.Deadlines = append(res.Deadlines, inspectFile(f, rem))
	}

	// 6. Restoration if the appeal deadline is missed (ZUP Art. 82–83).
	if rem.Kind == Appeal {
		res.Deadlines = append(res.Deadlines, restoration(f, main))
	}

	// 7. Later steps.
	if rem.Kind == Appeal && !f.AppealLodged.IsZero() {
		res.Deadlines = append(res.Deadlines, appealDecision(f, rem))
	}
	if rem.LaterLawsuit {
		d := Deadline{ID: IDLawsuit, TitleID: "legal.title.lawsuit_later",
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
		d.Steps = append(d.Steps, Step{ID: "legal.step.lawsuit_not_suspensive", Cites: []Citation{Cite(ZUS, "23", "1"), Cite(ZUS, "23", "2")}})
		res.Deadlines = append(res.Deadlines, d)
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
	d.markInferred()
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

func servedSteps(s Served) []Step {
	p := map[string]string{"EventDate": iso(s.Event), "ServedDate": iso(s.Date)}
	return []Step{{ID: s.Rule.StepID, Params: p, Cites: []Citation{s.Rule.Basis},
		// How "N days after" is counted (event day not counted, no move) is our reading.
		Inferred: s.Rule.DeemedDays > 0}}
}

func departure(f Facts, rem Remedy, served Served, haveServed bool) *Deadline {
	dp := rem.Departure
	if dp == nil {
		return nil
	}
	d := &Deadline{ID: IDDeparture, TitleID: "legal.title.departure", Basis: []Citation{dp.Basis},
		Confidence: dp.Confidence}
	if f.DepartureImmediate {
		d.Steps = append(d.Steps, Step{ID: "legal.step.departure_immediate", Cites: []Citation{Cite(ZoS, "77", "7")}})
		if haveServed {
			d.LastDay, d.Safe, d.Known = served.Date, served.Date, true
			d.Steps = append(d.Steps, Step{ID: "legal.step.departure_immediate_date", Params: map[string]string{"ServedDate": iso(served.Date)}})
		}
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
	var from time.Time
	switch dp.From {
	case FromIssuance:
		from = f.Issued
		if from.IsZero() {
			d.Steps = append(d.Steps, Step{ID: "legal.missing.issued"})
		} else {
			d.Steps = append(d.Steps, Step{ID: "legal.step.departure_from_issued",
				Params: map[string]string{"EventDate": iso(from), "Period": Period{f.DepartureDays, Days}.String()}, Cites: []Citation{dp.Basis}})
		}
	default:
		if haveServed {
			from = served.Date
			d.Steps = append(d.Steps, Step{ID: "legal.step.departure_from_served",
				Params: map[string]string{"ServedDate": iso(from), "Period": Period{f.DepartureDays, Days}.String()},
				Cites:  []Citation{dp.Basis}, Inferred: dp.Confidence == Inferred})
		} else {
			d.Steps = append(d.Steps, Step{ID: "legal.step.needs_service"})
		}
	}
	if f.DepartureDays > dp.MaxDays || (dp.MinDays > 0 && f.DepartureDays < dp.MinDays) {
		d.Steps = append(d.Steps, Step{ID: "legal.step.departure_outside_limits",
			Params: map[string]string{"Days": itoa(f.DepartureDays), "Min": itoa(dp.MinDays), "Max": itoa(dp.MaxDays)},
			Cites:  []Citation{dp.Basis}})
	}
	if !from.IsZero() {
		c, err := CountPeriod(from, Period{f.DepartureDays, Days}, f.Office, false)
		if err != nil {
			d.Steps = append(d.Steps, Step{ID: "legal.step.outside_calendar"})
		} else {
			d.Count = &c
			d.LastDay, d.Safe, d.Known = c.LastDay, c.LastDay, true
			d.Steps = append(d.Steps, Step{ID: "legal.step.departure_last",
				Params: map[string]string{"LastDate": iso(c.LastDay)}, Inferred: true})
			if haveServed && c.LastDay.Before(served.Date) {
				d.Steps = append(d.Steps, Step{ID: "legal.step.departure_before_service",
					Params: map[string]string{"ServedDate": iso(served.Date)}})
			}
		}
	}
	d.markInferred()
	return d
}

func inspectFile(f Facts, rem Remedy) Deadline {
	d := Deadline{ID: IDInspectFile, TitleID: "legal.title.inspect_file", Basis: InspectFileBasis,
		LodgedWith: rem.FirstInstance, DecidedBy: rem.DecidedBy, Confidence: Seen}
	d.Steps = []Step{{ID: "legal.step.inspect", Cites: InspectFileBasis}, {ID: "legal.step.inspect_classified", Cites: []Citation{Cite(ZUP, "64", "4"), Cite(ZoS, "9", "9")}}}
	if f.InspectionRequested.IsZero() {
		d.Steps = append(d.Steps, Step{ID: "legal.step.inspect_not_requested"})
		return d
	}
	answer, err := CountPeriod(f.InspectionRequested, Period{8, Days}, f.Office, true)
	if err != nil {
		d.Steps = append(d.Steps, Step{ID: "legal.step.outside_calendar"})
		return d
	}
	d.Steps = append(d.Steps, Step{ID: "legal.step.inspect_answer_by",
		Params: map[string]string{"EventDate": iso(f.InspectionRequested), "LastDate": iso(answer.LastDay)}, Cites: []Citation{Cite(ZUP, "65", "")}})
	// If the body does not answer, the 8-day appeal is counted from the end of its
	// 8 days to answer: the law does not say from when (inferred).
	d.Steps = append(d.Steps, Step{ID: "legal.step.inspect_silence", Inferred: true})
	d.setCount(answer.LastDay, Period{8, Days}, f.Office, true, false)
	d.markInferred()
	return d
}

// appealDecision is the second-instance body's own deadline: 60 days from the appeal
// (ZUP Art. 174; ZoS Art. 38(2) for entry refusals), then the silence lawsuit (ZUS Art. 19).
func appealDecision(f Facts, rem Remedy) Deadline {
	basis := []Citation{Cite(ZUP, "174", "")}
	if rem.Decision == EntryRefusal {
		basis = append(basis, Cite(ZoS, "38", "2"))
	}
	d := Deadline{ID: IDAppealDecision, TitleID: "legal.title.appeal_decision", Basis: append(basis, Cite(ZUS, "19", "")),
		DecidedBy: rem.DecidedBy, Confidence: Seen}
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
	d.Steps = append(steps, Step{ID: "legal.step.silence", Cites: []Citation{Cite(ZUS, "19", "")}})
	return d
}

func restoration(f Facts, appeal Deadline) Deadline {
	d := Deadline{ID: IDRestoration, TitleID: "legal.title.restoration", Basis: RestorationBasis,
		LodgedWith: appeal.LodgedWith, Confidence: Seen}
	d.Steps = []Step{{ID: "legal.step.restoration", Cites: RestorationBasis}}
	if !appeal.Known {
		d.Steps = append(d.Steps, Step{ID: "legal.step.needs_service"})
		return d
	}
	// The three months run from the omission: counted from the appeal's last day as a
	// month period (ZUP Art. 80(2)); that reading is inferred.
	limit, err := CountPeriod(appeal.LastDay, Period{3, Months}, f.Office, true)
	if err != nil {
		d.Steps = append(d.Steps, Step{ID: "legal.step.outside_calendar"})
		return d
	}
	d.Steps = append(d.Steps, Step{ID: "legal.step.restoration_limit",
		Params: map[string]string{"MissedDate": iso(appeal.LastDay), "LastDate": iso(limit.LastDay)}, Inferred: true})
	if f.MissedReasonEnded.IsZero() {
		d.Steps = append(d.Steps, Step{ID: "legal.step.restoration_when"})
		d.Count = &limit
		d.LastDay, d.Safe, d.Known = limit.LastDay, limit.Safe, true
		d.markInferred()
		return d
	}
	d.Steps = append(d.Steps, Step{ID: "legal.step.restoration_reason_ended", Params: map[string]string{"EventDate": iso(f.MissedReasonEnded)}})
	d.setCount(f.MissedReasonEnded, Period{8, Days}, f.Office, true, false)
	if d.Known && d.LastDay.After(limit.LastDay) {
		d.Count, d.LastDay, d.Safe = &limit, limit.LastDay, limit.Safe
		d.Steps = append(d.Steps, Step{ID: "legal.step.restoration_capped", Params: map[string]string{"LastDate": iso(limit.LastDay)}, Inferred: true})
	}
	d.markInferred()
	return d
}

func constitutional(f Facts) Deadline {
	d := Deadline{ID: IDConstitutional, TitleID: "legal.title.constitutional",
		Basis: ConstitutionalBasis, LodgedWith: ConstitutionalCourt, DecidedBy: ConstitutionalCourt, Confidence: Seen}
	d.Steps = []Step{{ID: "legal.step.constitutional", Cites: []Citation{Cite(ZUSud, "82", "1"), Cite(ZUSud, "84", "1")}}}
	if f.JudgmentReceived.IsZero() {
		d.Steps = append(d.Steps, Step{ID: "legal.step.later_unknown"})
	} else {
		d.Steps = append(d.Steps, Step{ID: "legal.step.received_on", Params: map[string]string{"EventDate": iso(f.JudgmentReceived)}})
		// ZUSud has no counting article: the ZUP/ZPP rules by analogy (inferred).
		d.Steps = append(d.Steps, Step{ID: "legal.step.constitutional_counting", Inferred: true})
		d.setCount(f.JudgmentReceived, Period{30, Days}, f.Office, true, false)
	}
	d.Steps = append(d.Steps, Step{ID: "legal.step.constitutional_not_suspensive", Cites: []Citation{Cite(ZUSud, "86", "")}})
	d.markInferred()
	return d
}

// Protocol15 is the day from which final domestic decisions get four months instead of six.
var Protocol15 = Date(2022, time.February, 1)

func echr(f Facts) Deadline {
	d := Deadline{ID: IDECHR, TitleID: "legal.title.echr", Basis: []Citation{Cite(ECHRConv, "35", "1")},
		LodgedWith: ECHR, DecidedBy: ECHR, Confidence: Seen}
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

func itoa(n int) string { return strconv.Itoa(n) }
