package forms

import (
	"time"

	"appealdesk/forms/legal"
)

// What happened next: the later.* answers as the deadline engine reads them, the
// stage a case is at, and the checks between the later dates. The rules are in
// forms/legal/stages.go; the questions are the interview step StepLater.

// Values of later.appeal_lodged_how.
const (
	LodgedInPerson       = "in-person"
	LodgedRegisteredMail = "registered-mail"
)

// AppealLodgedWays, SecondInstanceOutcomes, JudgmentOutcomes and MissedDeadlines are the
// choices of the later step, in the order it offers them.
var (
	AppealLodgedWays       = []string{LodgedInPerson, LodgedRegisteredMail}
	SecondInstanceOutcomes = outcomeValues()
	JudgmentOutcomes       = judgmentValues()
	MissedDeadlines        = []string{string(legal.MissedAppeal), string(legal.MissedLawsuit), string(legal.MissedConstitutional)}
)

func outcomeValues() []string {
	out := make([]string, len(legal.Outcomes))
	for i, o := range legal.Outcomes {
		out[i] = string(o)
	}
	return out
}

func judgmentValues() []string {
	out := make([]string, len(legal.JudgmentOutcomes))
	for i, o := range legal.JudgmentOutcomes {
		out[i] = string(o)
	}
	return out
}

// laterFacts fills f.Stages from the later.* answers; a date that cannot be read is
// named in f.Invalid like the others and counts as unknown.
func (c *Case) laterFacts(f *legal.Facts) {
	date := func(path string, d Date) time.Time {
		if d == "" {
			return time.Time{}
		}
		t, err := time.Parse("2006-01-02", string(d))
		if err != nil {
			f.Invalid = append(f.Invalid, path)
			return time.Time{}
		}
		return t
	}
	l := c.Later
	f.Stages = legal.StageFacts{
		AppealPosted:                   l.AppealLodgedHow == LodgedRegisteredMail,
		AppealArrived:                  date("later.appeal_arrived", l.AppealArrived),
		Outcome:                        legal.Outcome(l.SecondInstanceOutcome),
		SecondInstanceService:          legal.Service(l.SecondInstanceService),
		JudgmentService:                legal.Service(l.JudgmentService),
		SecondInstanceIssued:           date("later.second_instance_issued", l.SecondInstanceIssued),
		RepresentativeServed:           date("later.representative_served", l.RepresentativeServed),
		DismissalAppealLodged:          date("later.dismissal_appeal_lodged", l.DismissalAppealLodged),
		ReminderSent:                   date("later.reminder_sent", l.ReminderSent),
		LawsuitLodged:                  date("later.lawsuit_lodged", l.LawsuitLodged),
		JudgmentOutcome:                legal.JudgmentOutcome(l.JudgmentOutcome),
		JudgmentRepresentativeServed:   date("later.judgment_representative_served", l.JudgmentRepresentativeServed),
		FullJurisdiction:               l.FullJurisdiction == Yes,
		ReviewLodged:                   date("later.review_request_lodged", l.ReviewRequestLodged),
		ReviewDecisionReceived:         date("later.review_decision_received", l.ReviewDecisionReceived),
		ConstitutionalLodged:           date("later.constitutional_lodged", l.ConstitutionalLodged),
		ConstitutionalDecisionReceived: date("later.constitutional_decision_received", l.ConstitutionalDecisionReceived),
		Missed:                         legal.Missed(l.MissedDeadline),
		MissedReason:                   trimmed(l.MissedReason) != "",
		ReopeningGroundLearned:         date("later.reopening_ground_learned", l.ReopeningGroundLearned),
		RemovalPlanned:                 date("later.removal_planned", l.RemovalPlanned),
		RiskOnReturn:                   c.Story.RiskOnReturn == Yes,
		WantsTranslation:               l.RequestTranslation,
		WantsDataAccess:                l.RequestDataAccess,
		WantsRule39:                    l.RequestRule39,
	}
	// The departure extension applies only where the decision sets a departure period.
	if t, ok := LookupDecisionType(c.Decision.Type); ok && t.SetsDeparture {
		f.Stages.WantsDepartureExtension = l.RequestDepartureExtension
	}
}

func trimmed(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\n' || s[0] == '\t' || s[0] == '\r') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\n' || s[len(s)-1] == '\t' || s[len(s)-1] == '\r') {
		s = s[:len(s)-1]
	}
	return s
}

// Timeline is where a case stands and what comes next, as the home screen and the
// interview show it: the stage, every deadline, and the stage's next date.
type Timeline struct {
	Stage     legal.Stage
	Deadlines legal.Result
	// Next is the stage's next date (NextKnown false while none has a date): the safe
	// date of a "by" deadline, or the first allowed day of a "not before" one
	// (legal.IsNotBefore(Next)).
	Next      legal.Deadline
	NextKnown bool
}

// TimelineOn is the case's current stage, its deadlines and its next date on the day
// today (the caller's clock; nothing here reads one). It never needs Fyne.
func (c *Case) TimelineOn(today time.Time) Timeline {
	f := c.Facts()
	res := legal.Compute(f)
	st := legal.CurrentStage(f, res)
	next, ok := st.Next(res, today)
	return Timeline{Stage: st, Deadlines: res, Next: next, NextKnown: ok}
}

// Stage is the case's current stage (legal.CurrentStage on c.Facts()).
func (c *Case) Stage() legal.Stage {
	f := c.Facts()
	return legal.CurrentStage(f, legal.Compute(f))
}

// laterOrder lists later dates that must not come before an earlier event: each pair
// is (a date, the date it cannot precede). Delivery of a paper before the step that
// caused it is a typing error, not a legal question.
var laterOrder = [][2]string{
	{"later.appeal_lodged", "decision.issued"},
	{"later.appeal_arrived", "later.appeal_lodged"},
	{"later.appeal_received_by_body", "later.appeal_lodged"},
	{"later.reminder_sent", "later.appeal_lodged"},
	{"later.reminder_received_by_body", "later.reminder_sent"},
	{"later.second_instance_received", "later.appeal_lodged"},
	{"later.representative_served", "later.appeal_lodged"},
	{"later.dismissal_appeal_lodged", "later.second_instance_received"},
	{"later.lawsuit_lodged", "decision.issued"},
	{"later.judgment_received", "later.lawsuit_lodged"},
	{"later.judgment_representative_served", "later.lawsuit_lodged"},
	{"later.review_request_lodged", "later.judgment_received"},
	{"later.review_decision_received", "later.review_request_lodged"},
	{"later.constitutional_lodged", "decision.issued"},
	{"later.constitutional_decision_received", "later.constitutional_lodged"},
}

// laterChecks reports a later date that lies before the event it follows.
func laterChecks(c *Case, add func(path string, sev Severity, msg string, kv ...any) *Issue, has func(string) bool) {
	for _, pair := range laterOrder {
		a, b := pair[0], pair[1]
		av, errA := Get(c, a)
		bv, errB := Get(c, b)
		if errA != nil || errB != nil || has(a) || has(b) {
			continue
		}
		at, okA := parseISO(Date(av))
		bt, okB := parseISO(Date(bv))
		if okA && okB && at.Before(bt) {
			_, fl := FieldByPath(b)
			label := b
			if fl != nil {
				label = fl.Label
			}
			add(a, SeverityError, "interview.issue.later_before", "Before", MessageRef(label))
		}
	}
}

// MessageRef is an issue parameter that names a catalogue message (a field's label):
// Issue.Text renders it in the reader's language.
type MessageRef string

// StepLater is the interview step "What happened next": a person comes back to it
// months later. Its questions appear as the stages advance, and none of them clears
// another: going back never loses an answer.
const StepLater = "later"

func remedyKind(c *Case) (legal.RemedyKind, bool) {
	rem, ok := legal.RemedyFor(legal.DecisionType(c.Decision.Type))
	return rem.Kind, ok
}

// appealCase: an administrative appeal lies against the decision.
func appealCase(c *Case) bool { k, ok := remedyKind(c); return ok && k != legal.Lawsuit }

// judgmentAgainst: the court's judgment came and did not uphold the lawsuit.
func judgmentAgainst(c *Case) bool {
	return hasDate(c.Later.JudgmentReceived) && c.Later.JudgmentOutcome != string(legal.JudgmentUpheld)
}

// hasDate: a whole date is given (a date still being typed, or mistyped, is not).
func hasDate(d Date) bool {
	_, ok := parseISO(d)
	return ok
}

// lawsuitOpen: a lawsuit can be at issue — where no appeal lies, once the decision on
// the appeal came with an outcome that gives one, or once a reminder went unanswered.
func lawsuitOpen(c *Case) bool {
	if k, ok := remedyKind(c); ok && k == legal.Lawsuit {
		return true
	}
	l := c.Later
	if hasDate(l.SecondInstanceReceived) {
		o := legal.Outcome(l.SecondInstanceOutcome)
		return o != legal.OutcomeAnnulled && o != legal.OutcomeDismissedFirst
	}
	return hasDate(l.ReminderSent)
}

func laterStep() *Step {
	// A date opens the next questions only once it is a whole date: typing "0" of
	// "01.12.2026" must not change the screen under the person's fingers.
	set := func(get func(l *LaterSteps) string) func(c *Case) bool {
		return func(c *Case) bool {
			v := get(&c.Later)
			if v == "" {
				return false
			}
			if _, err := parseDateAnswer(v); err != nil && looksLikeDate(v) {
				return false
			}
			return true
		}
	}
	and := func(a, b func(c *Case) bool) func(c *Case) bool {
		return func(c *Case) bool { return a(c) && b(c) }
	}
	lodged := and(appealCase, set(func(l *LaterSteps) string { return string(l.AppealLodged) }))

	answered := and(appealCase, set(func(l *LaterSteps) string { return string(l.SecondInstanceReceived) }))
	judged := set(func(l *LaterSteps) string { return string(l.JudgmentReceived) })
	outcome := func(o legal.Outcome) func(c *Case) bool {
		return func(c *Case) bool { return answered(c) && c.Later.SecondInstanceOutcome == string(o) }
	}
	noAnswer := func(c *Case) bool { return lodged(c) && !hasDate(c.Later.SecondInstanceReceived) }

	how := f("later.appeal_lodged_how", KindChoice).choices(AppealLodgedWays...).only(lodged)
	outcomes := f("later.second_instance_outcome", KindChoice).withHelp().choices(SecondInstanceOutcomes...).only(answered)
	judgment := f("later.judgment_outcome", KindChoice).choices(JudgmentOutcomes...).only(judged)
	missed := f("later.missed_deadline", KindChoice).withHelp().choices(MissedDeadlines...)
	missedSet := set(func(l *LaterSteps) string { return l.MissedDeadline })
	removal := f("later.removal_planned", KindDate).withHelp()
	removal.Future = true
	dep := func(c *Case) bool {
		t, ok := LookupDecisionType(c.Decision.Type)
		return ok && t.SetsDeparture && (c.Decision.DepartureDays > 0 || c.Decision.DepartureImmediate)
	}

	step := &Step{ID: StepLater, Title: "interview.step.later.title", Intro: "interview.step.later.intro",
		when: func(c *Case) bool { return c.Decision.Type != "" },
		Fields: []*Field{
			// The appeal and the wait for its decision.
			f("later.appeal_lodged", KindDate).withHelp().only(appealCase),
			how,
			f("later.appeal_receipt_number", KindText).withHelp().only(lodged),
			f("later.appeal_arrived", KindDate).withHelp().only(func(c *Case) bool {
				return lodged(c) && c.Later.AppealLodgedHow == LodgedRegisteredMail
			}),
			f("later.appeal_received_by_body", KindDate).withHelp().only(noAnswer),
			f("later.inspection_requested", KindDate).withHelp().only(appealCase),
			f("later.reminder_sent", KindDate).withHelp().only(noAnswer),
			f("later.reminder_received_by_body", KindDate).withHelp().only(and(noAnswer, set(func(l *LaterSteps) string { return string(l.ReminderSent) }))),
			// The decision on the appeal.
			f("later.second_instance_received", KindDate).withHelp().only(lodged),
			serviceField("later.second_instance_service", answered),
			f("later.representative_served", KindDate).withHelp().only(answered),
			f("later.second_instance_number", KindText).only(answered),
			f("later.second_instance_issued", KindDate).only(answered),
			outcomes,
			f("later.dismissal_appeal_lodged", KindDate).only(outcome(legal.OutcomeDismissedFirst)),
			// The court.
			f("later.lawsuit_lodged", KindDate).withHelp().only(lawsuitOpen),
			f("later.judgment_received", KindDate).only(and(lawsuitOpen, set(func(l *LaterSteps) string { return string(l.LawsuitLodged) }))),
			serviceField("later.judgment_service", judged),
			f("later.judgment_representative_served", KindDate).withHelp().only(judged),
			f("later.judgment_number", KindText).withHelp().only(judged),
			f("later.judgment_issued", KindDate).only(judged),
			judgment,
			f("later.full_jurisdiction", KindYesNo).withHelp().only(and(judgmentAgainst, appealCase)),
			f("later.review_request_lodged", KindDate).only(judgmentAgainst),
			f("later.review_decision_received", KindDate).only(set(func(l *LaterSteps) string { return string(l.ReviewRequestLodged) })),
			f("later.review_decision_number", KindText).only(set(func(l *LaterSteps) string { return string(l.ReviewDecisionReceived) })),
			f("later.constitutional_lodged", KindDate).only(judgmentAgainst),
			f("later.constitutional_decision_received", KindDate).only(set(func(l *LaterSteps) string { return string(l.ConstitutionalLodged) })),
			f("later.final_domestic_decision", KindDate).withHelp().only(judgmentAgainst),
			f("later.reopening_ground_learned", KindDate).withHelp().only(func(c *Case) bool {
				return judged(c) || answered(c)
			}),
			// A missed deadline.
			missed,
			f("later.missed_reason", KindLongText).withHelp().only(missedSet),
			f("later.missed_reason_ended", KindDate).only(missedSet),
			// Side requests.
			f("later.request_translation", KindSwitch).withHelp(),
			f("later.request_departure_extension", KindSwitch).withHelp().only(dep),
			f("later.departure_extension_reason", KindLongText).withHelp().only(func(c *Case) bool {
				return dep(c) && c.Later.RequestDepartureExtension
			}),
			f("later.request_data_access", KindSwitch).withHelp(),
			removal,
			f("later.request_rule39", KindSwitch).withHelp().only(func(c *Case) bool { return c.Story.RiskOnReturn == Yes }),
			// Related decisions: each has a case of its own, linked both ways.
			{Path: "related_cases", Kind: KindRelated, Label: "interview.field.related_cases.label", Help: "interview.field.related_cases.help"},
		}}
	// Stages only ever add: a question once answered stays on the screen (and in the
	// review) even when a later answer would no longer ask it.
	for _, fl := range step.Fields {
		if cond := fl.when; cond != nil {
			path := fl.Path
			fl.when = func(c *Case) bool {
				if cond(c) {
					return true
				}
				v, err := Get(c, path)
				return err == nil && v != "" && v != "no"
			}
		}
	}
	return step
}

// parseDateAnswer reads an ISO date answer.
func parseDateAnswer(v string) (Date, error) {
	if _, ok := parseISO(Date(v)); !ok {
		return "", ErrPath
	}
	return Date(v), nil
}

// looksLikeDate: v is made of digits and date separators only, so it is a date being
// typed (or mistyped) rather than a choice value.
func looksLikeDate(v string) bool {
	for _, r := range v {
		if (r < '0' || r > '9') && r != '.' && r != '-' && r != '/' && r != ' ' {
			return false
		}
	}
	return true
}

// serviceField asks how a later paper was delivered, with the choices (and their
// words) of decision.service: the rules then follow who served it.
func serviceField(path string, when func(c *Case) bool) *Field {
	x := f(path, KindChoice).withHelp().choices(ServiceMethods...)
	for i := range x.Choices {
		x.Choices[i].Label = "interview.choice.decision.service." + x.Choices[i].Value
	}
	return x.only(when)
}
