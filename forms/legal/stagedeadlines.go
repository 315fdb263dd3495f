package legal

import "time"

// SupremeCourt is the Врховни суд, which decides requests for review of the
// Administrative Court's judgments. ZUS Art. 49–55 still call it Врховни касациони суд;
// the court has decided under the name Врховни суд since 2023 (the law that renamed it
// is not among the statutes this app carries, so the documents say so to the lawyer).
const SupremeCourt Body = "supreme-court"

// FeesLaw is the Закон о републичким административним таксама (fees; Art. 19 exemptions).
const FeesLaw Law = "fees"

// isNotBefore reports whether a deadline is a "not before" date: the reminder and the
// lawsuit for silence (ZUS Art. 19(1)), where acting early is the danger (ZUS Art.
// 26(1)(1)). Its Safe is the first day that is safe on every reading; it has no last day.
func isNotBefore(d Deadline) bool { return d.Direction == NotBefore }

// IsNotBefore is isNotBefore for callers outside the package (the interface, the caseload).
func IsNotBefore(d Deadline) bool { return isNotBefore(d) }

// stageDeadlines adds the deadlines of the later stages to res (ZUP Art. 162(3), 171(3);
// ZUS Art. 19, 23, 49–51, 69; ZUSud Art. 84; ZPP Art. 109–112; ZUP Art. 176–178; ZoS
// Art. 75(6), 77(5); Rule 39) and corrects the general later deadlines — the lawsuit,
// the constitutional appeal, the ECHR four months — to what happened next.
func stageDeadlines(f Facts, rem Remedy, res *Result) {
	sf := f.Stages
	add := func(d Deadline) {
		if _, ok := res.Deadline(d.ID); ok {
			return // the general engine already has it
		}
		d.markInferred()
		res.Deadlines = append(res.Deadlines, d)
	}
	remove := func(id string) {
		out := res.Deadlines[:0]
		for _, d := range res.Deadlines {
			if d.ID != id {
				out = append(out, d)
			}
		}
		res.Deadlines = out
	}
	replace := func(d Deadline) {
		d.markInferred()
		for i := range res.Deadlines {
			if res.Deadlines[i].ID == d.ID {
				res.Deadlines[i] = d
				return
			}
		}
		res.Deadlines = append(res.Deadlines, d)
	}

	// The decision on the appeal.
	if rem.Kind != Lawsuit && !f.SecondInstanceReceived.IsZero() {
		switch sf.Outcome {
		case OutcomeAnnulled:
			// Nothing to enforce and nothing to sue: a new decision comes.
			replace(noLawsuit(rem, "stages.step.no_lawsuit_annulled", []Citation{Cite(ZUP, "171", "3"), Cite(ZUS, "14", "1")}))
			remove(IDPostponeLawsuit)
			add(newDecision(rem))
		case OutcomeDismissedFirst:
			replace(noLawsuit(rem, "stages.step.no_lawsuit_dismissed_first", []Citation{Cite(ZUP, "162", "3"), Cite(ZUS, "14", "1")}))
			remove(IDPostponeLawsuit)
			add(dismissalAppeal(f, rem))
			add(dismissalPostpone(rem))
		default:
			if rem.LaterLawsuit {
				replace(stageLawsuit(f, rem))
			}
		}
	}

	// The judgment of the Administrative Court.
	judged := !f.JudgmentReceived.IsZero()
	if judged && sf.JudgmentOutcome == JudgmentUpheld {
		add(newActAfterJudgment(f))
		replace(Deadline{ID: IDConstitutional, Group: GroupLater, Direction: By, TitleID: "legal.title.constitutional", Basis: ConstitutionalBasis,
			LodgedWith: ConstitutionalCourt, DecidedBy: ConstitutionalCourt, Confidence: Seen,
			Steps: []Step{{ID: "stages.step.won_nothing_to_appeal", Cites: []Citation{Cite(ZUS, "69", "2")}}}})
	} else if judged || !sf.ReviewDecisionReceived.IsZero() {
		if judged {
			add(reviewDeadline(f, rem))
		}
		replace(stageConstitutional(f, rem))
	}

	// Restoration of a missed lawsuit or constitutional appeal (the appeal's is the general one).
	switch sf.Missed {
	case MissedLawsuit:
		// Where the lawsuit is the first remedy, the general restoration is the
		// lawsuit's (ZPP Art. 110 through ZUS Art. 74); this is the later lawsuit's.
		if missed, ok := res.Deadline(IDLawsuit); ok && rem.Kind != Lawsuit {
			add(restorationLawsuit(f, missed))
		}
	case MissedConstitutional:
		if missed, ok := res.Deadline(IDConstitutional); ok {
			add(restorationConstitutional(f, missed))
		}
	}

	// Strasbourg: never counted from a judgment while a domestic remedy is pending.
	if pending := reviewOrConstitutionalPending(sf); pending != "" {
		replace(echrPending(pending))
	}

	// Reopening (ZUP Art. 176–178), once the person learnt of a ground.
	if !sf.ReopeningGroundLearned.IsZero() {
		add(reopening(f, rem))
	}

	// What the person already did: a step taken in time is done (neither urgent nor
	// passed); one taken late or early says so, and what it needs.
	markTaken(res, rem, f)

	// Side requests, none of which stops a period.
	if sf.WantsTranslation {
		add(translation(rem))
	}
	if sf.WantsDepartureExtension {
		if dep, ok := res.Deadline(IDDeparture); ok {
			add(departureExtension(f, rem, dep))
		}
	}
	if sf.WantsDataAccess {
		add(dataAccess())
	}
	if sf.RiskOnReturn && (sf.WantsRule39 || !sf.RemovalPlanned.IsZero()) {
		add(rule39(sf))
	}
}

// servedOn is the day a later paper counts as served and the earliest reading, with
// the steps that say why. How it was delivered follows the rules of who served it
// (Serve: ZUP Art. 66–78 for the ministry and the Government, ZPP Art. 128–148 through
// ZUS Art. 74 for the court); "" counts the day given as the day it was handed over. A
// paper received by a representative counts as served on that day (ZUP Art. 66(6),
// 69(3); ZPP Art. 141(1)); the safe date counts from the earliest day of all.
func servedOn(a Authority, how Service, person, representative time.Time) (legalDay, earliest time.Time, steps []Step) {
	legalDay, earliest = person, person
	if how.Valid() && !person.IsZero() {
		if s, ok := Serve(Delivery{Authority: a, Service: how, Event: person}); ok {
			legalDay, earliest, steps = s.Date, s.Earliest, s.Steps
		}
	}
	if !representative.IsZero() {
		legalDay = representative // served on the representative: that day counts
		if earliest.IsZero() || representative.Before(earliest) {
			earliest = representative
		}
	}
	return legalDay, earliest, steps
}

// SecondInstanceServed and JudgmentServed are the legal days of service of the
// decision on the appeal and of the judgment (servedOn), zero when not known.
func SecondInstanceServed(f Facts) time.Time {
	d, _, _ := servedOn(Administration, f.Stages.SecondInstanceService, f.SecondInstanceReceived, f.Stages.RepresentativeServed)
	return d
}

// JudgmentServed: see SecondInstanceServed.
func JudgmentServed(f Facts) time.Time {
	d, _, _ := judgmentServed(f)
	return d
}

// countFrom counts p from the legal day of service and lowers the safe date to the
// count from the earliest day, with the steps that say so.
func (d *Deadline) countFrom(legalDay, earliest time.Time, p Period, o Office, lawsuit bool) {
	d.setCount(legalDay, p, o, true, lawsuit)
	if !d.Known || !earliest.Before(legalDay) {
		return
	}
	if c, err := CountPeriod(earliest, p, o, true); err == nil && c.Safe.Before(d.Safe) {
		d.Safe = c.Safe
		d.SafeSteps = append(d.SafeSteps, Step{ID: "stages.step.safe_from_earlier",
			Params: map[string]string{"EarliestDate": iso(earliest), "SafeDate": iso(c.Safe)}})
	}
}

// representativeStep explains that the period runs from the representative's receipt.
func representativeStep(person, representative time.Time, cites ...Citation) []Step {
	if representative.IsZero() {
		return nil
	}
	return []Step{{ID: "stages.step.representative_served", Params: map[string]string{
		"EventDate": iso(representative), "PersonDate": iso(person)}, Cites: cites}}
}

// reminderStart is where the reminder's 60 days start on the latest reading (ZUS Art.
// 19(1) counts them from the second instance's receipt of the appeal): that day when
// known; for an appeal lodged with the deciding body itself, the day it arrived there;
// otherwise the day it reached the first instance plus the 15 days that body has to
// forward it (ZUP Art. 166(1)). A posted appeal whose day of arrival is not known (the
// return receipt shows it) gives no start: no "not before" date could be safe. The
// step returned explains it; NotBeforeDate is filled in by the caller.
func reminderStart(f Facts, rem Remedy) (from time.Time, step Step, ok bool) {
	sf := f.Stages
	arrived := f.AppealLodged // handed in: it arrived that day
	if !sf.AppealArrived.IsZero() && !Day(sf.AppealArrived).Before(Day(f.AppealLodged)) {
		arrived = sf.AppealArrived
	} else if sf.AppealPosted {
		arrived = time.Time{}
	}
	switch {
	case !f.AppealReceived.IsZero() && !Day(f.AppealReceived).Before(Day(f.AppealLodged)):
		from = Day(f.AppealReceived)
		return from, Step{ID: "legal.step.reminder_received", Params: map[string]string{
			"ReceivedDate": iso(from), "DecidedMsg": rem.DecidedBy.NameID()}, Cites: []Citation{Cite(ZUS, "19", "1")}}, true
	case arrived.IsZero():
		return time.Time{}, Step{ID: "stages.step.reminder_posted", Params: map[string]string{
			"EventDate": iso(f.AppealLodged), "DecidedMsg": rem.DecidedBy.NameID()},
			Cites: []Citation{Cite(ZUS, "19", "1"), Cite(ZUP, "64", "8")}}, false
	case rem.LodgedWith == rem.DecidedBy:
		from = Day(arrived)
		return from, Step{ID: "stages.step.reminder_direct", Params: map[string]string{
			"ReceivedDate": iso(from), "DecidedMsg": rem.DecidedBy.NameID()}, Cites: []Citation{Cite(ZUS, "19", "1")}}, true
	case !sf.AppealArrived.IsZero():
		from = Day(arrived).AddDate(0, 0, 15)
		return from, Step{ID: "stages.step.reminder_lodged", Params: map[string]string{
			"EventDate": iso(arrived), "ReceivedDate": iso(from), "DecidedMsg": rem.DecidedBy.NameID()},
			Cites: []Citation{Cite(ZUS, "19", "1"), Cite(ZUP, "166", "1"), Cite(ZUP, "64", "8")}, Inferred: true}, true
	}
	from = Day(arrived).AddDate(0, 0, 15)
	return from, Step{ID: "legal.step.reminder", Params: map[string]string{"EventDate": iso(f.AppealLodged),
		"ReceivedDate": iso(from), "DecidedMsg": rem.DecidedBy.NameID()},
		Cites: []Citation{Cite(ZUS, "19", "1"), Cite(ZUP, "166", "1")}, Inferred: true}, true
}

// noLawsuit replaces the general lawsuit deadline where the outcome gives no lawsuit.
func noLawsuit(rem Remedy, stepID string, cites []Citation) Deadline {
	return Deadline{ID: IDLawsuit, Group: GroupLater, Direction: By, TitleID: "legal.title.lawsuit_later", Basis: cites,
		LodgedWith: AdministrativeCourt, DecidedBy: AdministrativeCourt, Confidence: Seen,
		Steps: []Step{{ID: stepID, Params: map[string]string{"DecidedMsg": rem.DecidedBy.NameID()}, Cites: cites}}}
}

// stageLawsuit is the lawsuit against the decision on the appeal: 30 days from its
// delivery to the person or the representative (ZUS Art. 18(1)), counted by the
// court's rules (ZUS Art. 74, ZPP Art. 103).
func stageLawsuit(f Facts, rem Remedy) Deadline {
	sf := f.Stages
	d := Deadline{ID: IDLawsuit, Group: GroupLater, Direction: By, TitleID: "legal.title.lawsuit_later",
		Basis:      append([]Citation{Cite(ZUS, "18", "1"), Cite(ZUS, "14", "1"), Cite(ZUS, "12", "")}, zusCounting...),
		LodgedWith: AdministrativeCourt, DecidedBy: AdministrativeCourt, Confidence: Seen}
	outcome := sf.Outcome
	if outcome == "" {
		outcome = "unknown"
	}
	defendant := rem.DecidedBy
	d.Steps = []Step{{ID: "stages.step.lawsuit_outcome." + string(outcome), Params: map[string]string{
		"DecidedMsg": rem.DecidedBy.NameID(), "DefendantMsg": defendant.NameID()},
		Cites: []Citation{Cite(ZUS, "14", "1"), Cite(ZUS, "12", "")}}}
	legalDay, earliest, served := servedOn(Administration, sf.SecondInstanceService, f.SecondInstanceReceived, sf.RepresentativeServed)
	d.Steps = append(d.Steps, served...)
	d.Steps = append(d.Steps, representativeStep(f.SecondInstanceReceived, sf.RepresentativeServed, Cite(ZUP, "66", "6"), Cite(ZUP, "69", "3"))...)
	d.Steps = append(d.Steps, Step{ID: "stages.step.lawsuit_period", Params: map[string]string{"EventDate": iso(legalDay)},
		Cites: []Citation{Cite(ZUS, "18", "1")}})
	d.countFrom(legalDay, earliest, Period{30, Days}, f.Office, true)
	d.Steps = append(d.Steps, Step{ID: "stages.step.lawsuit_content",
		Cites: []Citation{Cite(ZUS, "22", "1"), Cite(ZUS, "22", "2"), Cite(ZUS, "22", "4"), Cite(ZUS, "22", "6"), Cite(ZUS, "33", "2")}})
	d.Steps = append(d.Steps, suspensionEndsStep(rem))
	return d
}

// dismissalAppeal: against the first instance's dismissal of the appeal, an appeal lies
// within 8 days of being notified of it, lodged with the second-instance body, which
// then decides the dismissed appeal too if it finds this one founded (ZUP Art. 162(3)).
func dismissalAppeal(f Facts, rem Remedy) Deadline {
	sf := f.Stages
	basis := append([]Citation{Cite(ZUP, "162", "3")}, zupCounting...)
	d := Deadline{ID: IDDismissalAppeal, Group: GroupLater, Direction: By, TitleID: "stages.title.dismissal_appeal", Basis: basis,
		LodgedWith: rem.DecidedBy, DecidedBy: rem.DecidedBy, Confidence: Seen}
	d.Steps = []Step{{ID: "stages.step.dismissal_appeal", Params: map[string]string{"DecidedMsg": rem.DecidedBy.NameID()},
		Cites: []Citation{Cite(ZUP, "162", "1"), Cite(ZUP, "162", "3")}}}
	legalDay, earliest, served := servedOn(Administration, sf.SecondInstanceService, f.SecondInstanceReceived, sf.RepresentativeServed)
	d.Steps = append(d.Steps, served...)
	d.Steps = append(d.Steps, representativeStep(f.SecondInstanceReceived, sf.RepresentativeServed, Cite(ZUP, "66", "6"), Cite(ZUP, "69", "3"))...)
	d.countFrom(legalDay, earliest, Period{8, Days}, f.Office, false)
	return d
}

// dismissalPostpone: once the person is notified that the appeal was dismissed, the
// first decision is enforceable (ZUP Art. 190(2)(5)); whether the appeal against the
// dismissal stops execution is not settled (inferred): ask the Administrative Court to
// postpone execution in urgency (ZUS Art. 23(3)(1)).
func dismissalPostpone(rem Remedy) Deadline {
	basis := []Citation{CiteItem(ZUS, "23", "3", "1"), Cite(ZUS, "23", "4")}
	return Deadline{ID: IDDismissalPostpone, Group: GroupLater, Direction: By, TitleID: "legal.title.postpone", Basis: basis,
		LodgedWith: AdministrativeCourt, DecidedBy: AdministrativeCourt, Confidence: Inferred, AlwaysUrgent: true,
		Steps: []Step{{ID: "stages.step.dismissal_enforceable", Cites: []Citation{CiteItem(ZUP, "190", "2", "5"), Cite(ZUP, "162", "3")}, Inferred: true},
			{ID: "stages.step.postpone_urgency", Cites: basis},
			{ID: "legal.step.postpone_evidence"}}}
}

// newDecision: the decision was annulled and sent back: the first instance must issue a
// new one within 30 days of receiving the case (ZUP Art. 171(3)); the person has a new
// appeal against it. It is the body's period, not the person's: no date is given.
func newDecision(rem Remedy) Deadline {
	return Deadline{ID: IDNewDecision, Group: GroupLater, Direction: By, TitleID: "stages.title.new_decision", Basis: []Citation{Cite(ZUP, "171", "3")},
		DecidedBy: rem.FirstInstance, Confidence: Seen,
		Steps: []Step{{ID: "stages.step.new_decision", Params: map[string]string{"FirstMsg": rem.FirstInstance.NameID()},
			Cites: []Citation{Cite(ZUP, "171", "3")}}, {ID: "stages.step.add_related"}}}
}

// newActAfterJudgment: the court annulled the act; the body must issue a new one within
// 30 days of the judgment's delivery to it (ZUS Art. 69(2)); if it does not, the person
// asks for it (71(1)) and after seven more days asks the court (71(2)).
func newActAfterJudgment(f Facts) Deadline {
	return Deadline{ID: IDBodyAfterJudgment, Group: GroupLater, Direction: By, TitleID: "stages.title.new_act_after_judgment",
		Basis: []Citation{Cite(ZUS, "69", "2"), Cite(ZUS, "71", "")}, Confidence: Seen,
		Steps: []Step{{ID: "stages.step.new_act_after_judgment", Params: map[string]string{"EventDate": iso(f.JudgmentReceived)},
			Cites: []Citation{Cite(ZUS, "69", "1"), Cite(ZUS, "69", "2"), Cite(ZUS, "71", "1"), Cite(ZUS, "71", "2")}}}}
}

// judgmentServed: the day the judgment counts as served (the court's rules, ZPP Art.
// 128–148 through ZUS Art. 74) and the earliest reading.
func judgmentServed(f Facts) (legalDay, earliest time.Time, steps []Step) {
	return servedOn(Court, f.Stages.JudgmentService, f.JudgmentReceived, f.Stages.JudgmentRepresentativeServed)
}

// reviewDeadline: the request for review of the judgment to the Supreme Court, where it
// lies (ZUS Art. 49(2)), within 30 days of the judgment's delivery (ZUS Art. 51(1)),
// lodged directly with that court (50(1) with 20) and only through a lawyer (50(2)).
func reviewDeadline(f Facts, rem Remedy) Deadline {
	sf := f.Stages
	basis := append([]Citation{Cite(ZUS, "51", "1"), Cite(ZUS, "49", "2"), Cite(ZUS, "50", "")}, zusCounting...)
	d := Deadline{ID: IDReview, Group: GroupLater, Direction: By, TitleID: "stages.title.review", Basis: basis,
		LodgedWith: SupremeCourt, DecidedBy: SupremeCourt, Confidence: Seen}
	if !ReviewLies(rem, sf) {
		d.Steps = []Step{{ID: "stages.step.review_not_available", Cites: []Citation{CiteItem(ZUS, "49", "2", "2"), CiteItem(ZUS, "49", "2", "3")}, Inferred: true}}
		return d
	}
	id := "stages.step.review_lies_no_appeal"
	if rem.Kind != Lawsuit {
		id = "stages.step.review_lies_full_jurisdiction"
	}
	d.Steps = []Step{{ID: id, Cites: []Citation{Cite(ZUS, "49", "2")}},
		{ID: "stages.step.review_lawyer", Cites: []Citation{Cite(ZUS, "50", "2"), Cite(ZPP, "85", "")}},
		{ID: "stages.step.review_name"}}
	legalDay, earliest, served := judgmentServed(f)
	d.Steps = append(d.Steps, served...)
	d.Steps = append(d.Steps, representativeStep(f.JudgmentReceived, sf.JudgmentRepresentativeServed, Cite(ZPP, "141", "1"))...)
	d.Steps = append(d.Steps, Step{ID: "stages.step.review_period", Params: map[string]string{"EventDate": iso(legalDay)},
		Cites: []Citation{Cite(ZUS, "51", "1")}})
	d.countFrom(legalDay, earliest, Period{30, Days}, f.Office, true)
	d.Steps = append(d.Steps, Step{ID: "stages.step.review_not_suspensive", Cites: []Citation{Cite(ZUS, "23", "1")}, Inferred: true})
	return d
}

// stageConstitutional: the constitutional appeal, 30 days from the delivery of the
// last decision (ZUSud Art. 84(1)): the Supreme Court's decision on a review request
// once delivered, else the judgment. Where a review lies, whether it must be lodged
// first (ZUSud Art. 82(1): remedies exhausted) is for the lawyer: both are weighed
// within the judgment's 30 days. ZUSud has no counting article: ZPP and ZUP by analogy.
func stageConstitutional(f Facts, rem Remedy) Deadline {
	sf := f.Stages
	d := Deadline{ID: IDConstitutional, Group: GroupLater, Direction: By, TitleID: "legal.title.constitutional",
		Basis:      append(append([]Citation(nil), ConstitutionalBasis...), Cite(ZUSud, "82", "1"), Cite(ZUSud, "85", "")),
		LodgedWith: ConstitutionalCourt, DecidedBy: ConstitutionalCourt, Confidence: Seen}
	d.Steps = []Step{{ID: "legal.step.constitutional", Cites: []Citation{Cite(ZUSud, "82", "1"), Cite(ZUSud, "84", "1")}}}
	var legalDay, earliest, person, rep time.Time
	switch {
	case !sf.ReviewDecisionReceived.IsZero():
		legalDay, earliest, person = sf.ReviewDecisionReceived, sf.ReviewDecisionReceived, sf.ReviewDecisionReceived
		d.Steps = append(d.Steps, Step{ID: "stages.step.constitutional_after_review",
			Params: map[string]string{"EventDate": iso(legalDay)}, Cites: []Citation{Cite(ZUSud, "84", "1")}})
	case !sf.ReviewLodged.IsZero():
		var served []Step
		legalDay, earliest, served = judgmentServed(f)
		d.Steps = append(d.Steps, served...)
		person, rep = f.JudgmentReceived, sf.JudgmentRepresentativeServed
		d.Steps = append(d.Steps, Step{ID: "stages.step.constitutional_review_pending",
			Params: map[string]string{"EventDate": iso(legalDay)}, Cites: []Citation{Cite(ZUSud, "82", "1"), Cite(ZUSud, "84", "1")}, Inferred: true})
	default:
		var served []Step
		legalDay, earliest, served = judgmentServed(f)
		d.Steps = append(d.Steps, served...)
		person, rep = f.JudgmentReceived, sf.JudgmentRepresentativeServed
		if ReviewLies(rem, sf) {
			d.Steps = append(d.Steps, Step{ID: "stages.step.constitutional_or_review",
				Cites: []Citation{Cite(ZUSud, "82", "1"), Cite(ZUS, "49", "2")}, Inferred: true})
		}
		d.Steps = append(d.Steps, Step{ID: "legal.step.received_on", Params: map[string]string{"EventDate": iso(legalDay)}})
	}
	d.Steps = append(d.Steps, representativeStep(person, rep, Cite(ZPP, "141", "1"))...)
	// ZUSud has no counting article: ZPP Art. 103 or ZUP Art. 80 by analogy (inferred).
	d.Steps = append(d.Steps, Step{ID: "legal.step.constitutional_counting", Inferred: true,
		Cites: []Citation{Cite(ZPP, "103", ""), Cite(ZUP, "80", "")}})
	d.countFrom(legalDay, earliest, Period{30, Days}, f.Office, false)
	d.Steps = append(d.Steps, Step{ID: "stages.step.constitutional_content", Cites: []Citation{Cite(ZUSud, "85", ""), Cite(ZoS, "7", "2")}},
		Step{ID: "legal.step.constitutional_restoration", Cites: ConstitutionalRestorationBasis},
		Step{ID: "legal.step.constitutional_not_suspensive", Cites: []Citation{Cite(ZUSud, "86", "")}})
	return d
}

// restorationLawsuit: a missed lawsuit — a proposal to the court, with the lawsuit,
// within 8 days of the reason ending or of learning of the omission, and never after
// 60 days from the missed day (ZPP Art. 110, through ZUS Art. 74: that ZPP applies here
// is inferred). It does not stop execution (ZPP Art. 112).
func restorationLawsuit(f Facts, missed Deadline) Deadline {
	basis := []Citation{Cite(ZUS, "74", ""), Cite(ZPP, "109", ""), Cite(ZPP, "110", ""), Cite(ZPP, "111", "")}
	d := Deadline{ID: IDRestorationLawsuit, Group: GroupMissed, Direction: By, TitleID: "stages.title.restoration_lawsuit", Basis: basis,
		LodgedWith: AdministrativeCourt, DecidedBy: AdministrativeCourt, Confidence: Inferred}
	d.Steps = []Step{{ID: "stages.step.restoration_lawsuit", Cites: basis, Inferred: true}}
	return restorationCount(f, d, missed, Period{8, Days}, Period{60, Days}, true,
		Step{ID: "stages.step.restoration_lawsuit_not_suspensive", Cites: []Citation{Cite(ZPP, "112", "")}})
}

// restorationConstitutional: a missed constitutional appeal — a proposal with the
// appeal, within 15 days of the reason ending, never after three months from the
// missed day (ZUSud Art. 84(2)–(3)).
func restorationConstitutional(f Facts, missed Deadline) Deadline {
	basis := []Citation{Cite(ZUSud, "84", "2"), Cite(ZUSud, "84", "3")}
	d := Deadline{ID: IDRestorationConstitution, Group: GroupMissed, Direction: By, TitleID: "stages.title.restoration_constitutional", Basis: basis,
		LodgedWith: ConstitutionalCourt, DecidedBy: ConstitutionalCourt, Confidence: Seen}
	d.Steps = []Step{{ID: "stages.step.restoration_constitutional", Cites: basis}}
	return restorationCount(f, d, missed, Period{15, Days}, Period{3, Months}, false,
		Step{ID: "legal.step.constitutional_not_suspensive", Cites: []Citation{Cite(ZUSud, "86", "")}})
}

// restorationCount: the period from the end of the reason, capped by the limit counted
// from the missed last day (the day of the omission not counted: inferred).
func restorationCount(f Facts, d Deadline, missed Deadline, period, limitPeriod Period, court bool, stops Step) Deadline {
	sf := f.Stages
	if !missed.Known || missed.LastDay.IsZero() {
		d.Steps = append(d.Steps, Step{ID: "stages.step.restoration_needs_missed"}, stops)
		return d
	}
	limit, err := CountPeriod(missed.LastDay, limitPeriod, f.Office, true)
	if err != nil {
		d.Steps = append(d.Steps, Step{ID: "legal.step.outside_calendar"})
		return d
	}
	d.Steps = append(d.Steps, Step{ID: "stages.step.restoration_limit", Params: map[string]string{
		"MissedDate": iso(missed.LastDay), "LastDate": iso(limit.LastDay), "Period": limitPeriod.String()}, Inferred: true})
	if f.MissedReasonEnded.IsZero() {
		d.Steps = append(d.Steps, Step{ID: "legal.step.restoration_when"})
		d.Count = &limit
		d.LastDay, d.Safe, d.Known = limit.LastDay, limit.Safe, true
	} else {
		d.Steps = append(d.Steps, Step{ID: "legal.step.restoration_reason_ended", Params: map[string]string{"EventDate": iso(f.MissedReasonEnded)}})
		d.setCount(f.MissedReasonEnded, period, f.Office, true, court)
		if d.Known && d.LastDay.After(limit.LastDay) {
			d.Count, d.LastDay, d.Safe = &limit, limit.LastDay, limit.Safe
			d.Steps = append(d.Steps, Step{ID: "legal.step.restoration_capped", Params: map[string]string{"LastDate": iso(limit.LastDay)}, Inferred: true})
		}
	}
	if !sf.MissedReason {
		d.Steps = append(d.Steps, Step{ID: "stages.step.restoration_reason_needed"})
	}
	d.Steps = append(d.Steps, stops)
	return d
}

// reviewOrConstitutionalPending names the domestic remedy still pending, "" if none.
func reviewOrConstitutionalPending(sf StageFacts) string {
	switch {
	case !sf.ConstitutionalLodged.IsZero() && sf.ConstitutionalDecisionReceived.IsZero():
		return "constitutional"
	case !sf.ReviewLodged.IsZero() && sf.ReviewDecisionReceived.IsZero():
		return "review"
	}
	return ""
}

// echrPending: while a request for review or a constitutional appeal is pending, the
// four months are not computed (from the judgment or from any date entered): which
// decision is the final domestic one is for the lawyer (ECHR Art. 35(1)).
func echrPending(pending string) Deadline {
	return Deadline{ID: IDECHR, Group: GroupLater, Direction: By, TitleID: "legal.title.echr", Basis: []Citation{Cite(ECHRConv, "35", "1")},
		LodgedWith: ECHR, DecidedBy: ECHR, Confidence: Seen,
		Steps: []Step{{ID: "legal.step.echr"}, {ID: "stages.step.echr_pending." + pending, Cites: []Citation{Cite(ECHRConv, "35", "1")}},
			{ID: "stages.step.echr_rule39"}}}
}

// reopening: 90 days from learning of the ground, or six months from the publication of
// a decision of the Constitutional Court or the ECtHR finding a violation in the same
// matter (ZUP Art. 176(1)(11)–(12), 178(1)); the request is lodged with the first
// instance (179(2)) and does not stop execution (180(1)).
func reopening(f Facts, rem Remedy) Deadline {
	basis := []Citation{Cite(ZUP, "178", "1"), Cite(ZUP, "176", "1"), Cite(ZUP, "179", "2")}
	d := Deadline{ID: IDReopening, Group: GroupMissed, Direction: By, TitleID: "stages.title.reopening", Basis: basis,
		LodgedWith: rem.FirstInstance, Confidence: Seen}
	d.Steps = []Step{{ID: "stages.step.reopening", Params: map[string]string{"EventDate": iso(f.Stages.ReopeningGroundLearned),
		"FirstMsg": rem.FirstInstance.NameID()}, Cites: basis}}
	d.setCount(f.Stages.ReopeningGroundLearned, Period{90, Days}, f.Office, true, false)
	d.Steps = append(d.Steps, Step{ID: "stages.step.reopening_not_suspensive", Cites: []Citation{Cite(ZUP, "180", "1"), Cite(ZUP, "180", "2")}})
	return d
}

// translation: the written translation of a return decision's operative part, entry
// ban and remedy instruction must be given on request (ZoS Art. 75(6)); for other
// decisions the course of the procedure is translated on request (ZUP Art. 55(1)). It
// does not extend the appeal period.
func translation(rem Remedy) Deadline {
	basis := []Citation{Cite(ZUP, "55", "1")}
	id := "stages.step.translation_other"
	if rem.Decision == ReturnDecision {
		basis, id = []Citation{Cite(ZoS, "75", "6")}, "stages.step.translation_return"
	}
	return Deadline{ID: IDTranslation, Group: GroupNow, Direction: By, TitleID: "stages.title.translation", Basis: basis,
		LodgedWith: rem.FirstInstance, Confidence: Seen,
		Steps: []Step{{ID: id, Cites: basis}, {ID: "stages.step.side_request_runs", Params: map[string]string{
			"RemedyMsg": rem.KindNameID(), "Period": rem.Period.String()}, Cites: []Citation{rem.PeriodBasis}}}}
}

// departureExtension: the period for voluntary departure of a return decision may be
// extended for a person who for justified reasons has not left within it (ZoS Art.
// 77(5): "може" — discretionary); asked before the period ends, because once it ends
// forced removal may follow (77(3)). For other departure periods no statute provides an
// extension; ZUP Art. 79(3) (a request before the period ends) is an arguable basis only.
func departureExtension(f Facts, rem Remedy, dep Deadline) Deadline {
	d := Deadline{ID: IDDepartureExtension, Group: GroupNow, Direction: By, TitleID: "stages.title.departure_extension", LodgedWith: rem.FirstInstance, Confidence: Seen}
	if rem.Decision == ReturnDecision {
		d.Basis = []Citation{Cite(ZoS, "77", "5"), Cite(ZoS, "77", "3")}
		d.Steps = []Step{{ID: "stages.step.extension_return", Cites: d.Basis}}
	} else {
		d.Basis = []Citation{Cite(ZUP, "79", "3")}
		d.Steps = []Step{{ID: "stages.step.extension_other", Cites: d.Basis, Inferred: true}}
	}
	if dep.Known && !dep.LastDay.IsZero() {
		safe := Day(dep.LastDay).AddDate(0, 0, -1)
		for !StrictWorkday(safe) {
			safe = safe.AddDate(0, 0, -1)
		}
		d.LastDay, d.Safe, d.Known = dep.LastDay, safe, true
		d.Steps = append(d.Steps, Step{ID: "stages.step.extension_before", Params: map[string]string{
			"LastDate": iso(dep.LastDay), "SafeDate": iso(safe)}, Inferred: true})
	} else {
		d.Steps = append(d.Steps, Step{ID: "stages.step.extension_no_date"})
	}
	d.Steps = append(d.Steps, Step{ID: "stages.step.extension_does_not_stop", Cites: []Citation{rem.PeriodBasis}})
	return d
}

// dataAccess: the request to MUP and the BIA for the personal data they hold about the
// person, under the Law on Personal Data Protection (its articles are not among the
// statutes this app carries: the document leaves them for the lawyer); no fee (fees law
// Art. 19(1)(6а)). In the appeal itself: ZUP Art. 64–65 and ZoS Art. 9(9).
func dataAccess() Deadline {
	return Deadline{ID: IDDataAccess, Group: GroupNow, Direction: By, TitleID: "stages.title.data_access", Basis: []Citation{CiteItem(FeesLaw, "19", "1", "6а")},
		Confidence: Seen, Steps: []Step{{ID: "stages.step.data_access"},
			{ID: "stages.step.data_access_fee", Cites: []Citation{CiteItem(FeesLaw, "19", "1", "6а")}},
			{ID: "stages.step.data_access_appeal", Cites: []Citation{Cite(ZUP, "64", ""), Cite(ZUP, "65", ""), Cite(ZoS, "9", "9")}}}}
}

// rule39: removal is planned and the person fears ill-treatment on return (ECHR Art. 3):
// an urgent request to the European Court for an interim measure under Rule 39 of the
// Rules of Court, sent as soon as removal is imminent, without waiting for the final
// domestic decision; the Court grants it only where the harm is imminent and irreparable.
func rule39(sf StageFacts) Deadline {
	d := Deadline{ID: IDRule39, TitleID: "stages.title.rule39", Basis: []Citation{Cite(ECHRConv, "3", ""), Cite(ECHRConv, "34", "")},
		LodgedWith: ECHR, DecidedBy: ECHR, Confidence: Seen, AlwaysUrgent: true,
		Steps: []Step{{ID: "stages.step.rule39", Cites: []Citation{Cite(ECHRConv, "3", "")}}, {ID: "stages.step.rule39_who"}}}
	if !sf.RemovalPlanned.IsZero() {
		safe := Day(sf.RemovalPlanned).AddDate(0, 0, -1)
		for !StrictWorkday(safe) {
			safe = safe.AddDate(0, 0, -1)
		}
		d.LastDay, d.Safe, d.Known = Day(sf.RemovalPlanned), safe, true
		d.Steps = append(d.Steps, Step{ID: "stages.step.rule39_removal", Params: map[string]string{
			"EventDate": iso(sf.RemovalPlanned), "SafeDate": iso(safe)}})
	}
	return d
}

// markTaken records the steps the person took (What happened next): the remedy against
// the decision, the later lawsuit, the appeal against a dismissal, the reminder, the
// lawsuit for silence, the request for review, the constitutional appeal. Taken by its
// last day (or, for a "not before" step, on or after its first day), a step is Done and
// what would follow a missed day is dropped; taken late, it needs restoration; taken
// early, it may not count (ZUS Art. 26(1)(1)) and the person is told to act again.
func markTaken(res *Result, rem Remedy, f Facts) {
	sf := f.Stages
	drop := map[string]bool{}
	taken := func(id string, on time.Time, missedIDs ...string) {
		if on.IsZero() {
			return
		}
		for i := range res.Deadlines {
			d := &res.Deadlines[i]
			if d.ID != id {
				continue
			}
			p := map[string]string{"EventDate": iso(on)}
			switch {
			case d.Direction == NotBefore && d.Known && Day(on).Before(d.Safe):
				p["NotBeforeDate"] = iso(d.Safe)
				d.Steps = append(d.Steps, Step{ID: "stages.step.taken_early", Params: p, Cites: []Citation{Cite(ZUS, "19", "1"), CiteItem(ZUS, "26", "1", "1")}})
			case d.Direction == By && d.Known && !d.LastDay.IsZero() && Day(on).After(d.LastDay):
				p["LastDate"] = iso(d.LastDay)
				d.Steps = append(d.Steps, Step{ID: "stages.step.taken_late", Params: p})
			default:
				d.Steps = append(d.Steps, Step{ID: "stages.step.lodged_on", Params: p})
				d.Done = true
				for _, m := range missedIDs {
					drop[m] = true
				}
			}
		}
	}
	first := string(rem.Kind)
	if rem.Kind == Lawsuit {
		taken(first, sf.LawsuitLodged, IDRestoration)
	} else {
		taken(first, f.AppealLodged, IDRestoration, IDLateSlip)
		if !f.AppealLodged.IsZero() {
			// The supplement of the remedy instruction is moot once the appeal is lodged.
			for i := range res.Deadlines {
				if res.Deadlines[i].ID == IDRemedyInstruction {
					res.Deadlines[i].Done = true
				}
			}
		}
		if f.SecondInstanceReceived.IsZero() {
			taken(IDSilenceLawsuit, sf.LawsuitLodged)
		} else {
			taken(IDLawsuit, sf.LawsuitLodged, IDRestorationLawsuit)
		}
	}
	taken(IDDismissalAppeal, sf.DismissalAppealLodged)
	taken(IDReminder, sf.ReminderSent)
	taken(IDReview, sf.ReviewLodged)
	taken(IDConstitutional, sf.ConstitutionalLodged, IDRestorationConstitution)
	if len(drop) > 0 {
		out := res.Deadlines[:0]
		for _, d := range res.Deadlines {
			if !drop[d.ID] {
				out = append(out, d)
			}
		}
		res.Deadlines = out
	}
}
