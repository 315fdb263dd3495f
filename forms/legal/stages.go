package legal

import (
	"time"
)

// The later stages of a case: what happens after the first decision until the last
// remedy (issue "the case follows the person to the end"). A case is a timeline: the
// person records what happened next (later.* in the case file, StageFacts here), and
// CurrentStage says where the case stands, which deadlines matter now and which
// documents the stage brings. The deadlines of the stages are added to Compute's
// result by stageDeadlines, each with its article like the first appeal's.

// Outcome is what the body that decided on the appeal did (later.second_instance_outcome).
type Outcome string

const (
	// OutcomeRejected: the appeal was rejected (ZUP Art. 170): a lawsuit lies (ZUS Art. 14(1), 18(1)).
	OutcomeRejected Outcome = "rejected"
	// OutcomeAnnulled: the decision was annulled and the case sent back to the first
	// instance (ZUP Art. 171(3)): a new first-instance decision comes, with a new appeal; no lawsuit.
	OutcomeAnnulled Outcome = "annulled"
	// OutcomeChanged: the second instance changed the decision or annulled it and decided
	// the matter itself (ZUP Art. 167(2), 171(2), 171(5), 172): a decision on the merits,
	// against which a lawsuit lies if it is still against the person.
	OutcomeChanged Outcome = "changed"
	// OutcomeDismissedFirst: the first instance dismissed the appeal (ZUP Art. 162(1)):
	// an appeal against the dismissal to the second instance within 8 days (162(3)).
	OutcomeDismissedFirst Outcome = "dismissed-first-instance"
	// OutcomeDismissedSecond: the second instance dismissed the appeal (ZUP Art. 167(1)):
	// a lawsuit lies against that decision.
	OutcomeDismissedSecond Outcome = "dismissed-second-instance"
)

// Outcomes lists the outcomes in the order the interview offers them.
var Outcomes = []Outcome{OutcomeRejected, OutcomeDismissedSecond, OutcomeChanged, OutcomeAnnulled, OutcomeDismissedFirst}

// JudgmentOutcome is what the Administrative Court decided (later.judgment_outcome).
type JudgmentOutcome string

const (
	// JudgmentRejected: the lawsuit was rejected as unfounded (ZUS Art. 40(2)).
	JudgmentRejected JudgmentOutcome = "rejected"
	// JudgmentDismissed: the lawsuit was dismissed (ZUS Art. 26), e.g. as late or early.
	JudgmentDismissed JudgmentOutcome = "dismissed"
	// JudgmentUpheld: the lawsuit was upheld and the act annulled (ZUS Art. 40(2), 42(1)):
	// the body decides again, within 30 days of the judgment's delivery (ZUS Art. 69(2)).
	JudgmentUpheld JudgmentOutcome = "upheld"
)

// JudgmentOutcomes lists them in the order the interview offers them.
var JudgmentOutcomes = []JudgmentOutcome{JudgmentRejected, JudgmentDismissed, JudgmentUpheld}

// Missed names the remedy whose period was missed (later.missed_deadline), for the
// restoration proposal: each forum has its own rule.
type Missed string

const (
	MissedAppeal         Missed = "appeal"         // ZUP Art. 82–83
	MissedLawsuit        Missed = "lawsuit"        // ZPP Art. 109–111 through ZUS Art. 74 (inferred)
	MissedConstitutional Missed = "constitutional" // ZUSud Art. 84(2)–(3)
)

// StageFacts is what happened after the first decision (later.* in the case file);
// zero times mean "not known". forms.Case.Facts fills it.
type StageFacts struct {
	// (The day the second instance received the appeal is Facts.AppealReceived, and the
	// day it received the reminder Facts.ReminderReceived.)

	// AppealPosted: the appeal was sent by registered mail (later.appeal_lodged_how); the
	// day it reached the body is then later than the day of posting. AppealArrived is
	// that day, from the return receipt (later.appeal_arrived).
	AppealPosted  bool
	AppealArrived time.Time
	// Outcome of the appeal and the date on that decision.
	Outcome              Outcome
	SecondInstanceIssued time.Time
	// RepresentativeServed: the day a lawyer or a person named to receive post got the
	// decision on the appeal (ZUP Art. 66(6), 69(3)): the lawsuit runs from it.
	RepresentativeServed time.Time
	// SecondInstanceService and JudgmentService: how the decision on the appeal and the
	// judgment were delivered ("" = handed over on the day given). The ministry's and
	// the Government's papers are served under ZUP Art. 66–78, the court's under ZPP
	// Art. 128–148 through ZUS Art. 74 (service.go).
	SecondInstanceService, JudgmentService Service
	// DismissalAppealLodged: the appeal against a first-instance dismissal was lodged.
	DismissalAppealLodged time.Time
	// ReminderSent: the reminder (накнадни захтев) to the second instance was sent (ZUS Art. 19(1)).
	ReminderSent time.Time
	// LawsuitLodged: the lawsuit (after the appeal, for silence, or where no appeal lay) was lodged.
	LawsuitLodged time.Time
	// JudgmentOutcome and JudgmentRepresentativeServed (ZPP Art. 141(1): the judgment is
	// served on the representative, and the periods run from that day).
	JudgmentOutcome              JudgmentOutcome
	JudgmentRepresentativeServed time.Time
	// FullJurisdiction: the court decided the matter itself (ZUS Art. 43), which opens the
	// request for review (ZUS Art. 49(2)(2)).
	FullJurisdiction bool
	// ReviewLodged and ReviewDecisionReceived: the request for review of the judgment
	// (ZUS Art. 49–51) and the delivery of the Supreme Court's decision on it.
	ReviewLodged           time.Time
	ReviewDecisionReceived time.Time
	// ConstitutionalLodged and ConstitutionalDecisionReceived: the constitutional appeal
	// (ZUSud Art. 82–86) and the delivery of the Constitutional Court's decision.
	ConstitutionalLodged           time.Time
	ConstitutionalDecisionReceived time.Time
	// Missed: which remedy's period was missed; MissedReason: the person states why.
	Missed       Missed
	MissedReason bool
	// ReopeningGroundLearned: the day the person learnt of a ground for reopening (ZUP Art. 176–178).
	ReopeningGroundLearned time.Time
	// RemovalPlanned: the day removal from Serbia is planned, if known; RiskOnReturn: the
	// person fears ill-treatment on return (ECHR Art. 3). Together: the Rule 39 sheet.
	RemovalPlanned time.Time
	RiskOnReturn   bool
	// Requests the person wants to make now (side requests; none stops a period).
	WantsTranslation, WantsDepartureExtension, WantsDataAccess, WantsRule39 bool
}

// StageID names where a case stands.
type StageID string

// The stages, roughly in the order a case passes them.
const (
	// StageNone: the decision type is not known yet.
	StageNone StageID = "none"
	// StageFirstRemedy: the remedy against the decision (appeal, or lawsuit where no appeal lies) is open.
	StageFirstRemedy StageID = "first-remedy"
	// StageAppealPending: the appeal is lodged; the second instance has 60 days (ZUP Art. 174),
	// then the reminder (ZUS Art. 19(1)).
	StageAppealPending StageID = "appeal-pending"
	// StageReminderSent: the reminder is sent; the lawsuit for silence lies after seven
	// days from its receipt (ZUS Art. 19(1)).
	StageReminderSent StageID = "reminder-sent"
	// StageAppealDismissed: the first instance dismissed the appeal: appeal within 8 days (ZUP Art. 162(3)).
	StageAppealDismissed StageID = "appeal-dismissed"
	// StageDismissalAppealPending: the appeal against the dismissal is with the second instance.
	StageDismissalAppealPending StageID = "dismissal-appeal-pending"
	// StageAnnulled: the decision was annulled and sent back: a new decision comes (ZUP Art. 171(3)).
	StageAnnulled StageID = "annulled"
	// StageLawsuit: the second instance decided against the person: lawsuit within 30 days
	// (ZUS Art. 18(1)), and the request to postpone execution is urgent.
	StageLawsuit StageID = "lawsuit"
	// StageLawsuitPending: the lawsuit is lodged; the court decides.
	StageLawsuitPending StageID = "lawsuit-pending"
	// StageJudgment: the Administrative Court decided against the person: request for
	// review where it lies (ZUS Art. 49–51), constitutional appeal (ZUSud Art. 84), then Strasbourg.
	StageJudgment StageID = "judgment"
	// StageWon: the court annulled the act; the body decides again (ZUS Art. 69(2)).
	StageWon StageID = "won"
	// StageReviewPending: the request for review is with the Supreme Court.
	StageReviewPending StageID = "review-pending"
	// StageConstitutionalPending: the constitutional appeal is with the Constitutional Court.
	StageConstitutionalPending StageID = "constitutional-pending"
)

// Stages lists every stage, in order.
var Stages = []StageID{StageNone, StageFirstRemedy, StageAppealPending, StageReminderSent, StageAppealDismissed,
	StageDismissalAppealPending, StageAnnulled, StageLawsuit, StageLawsuitPending, StageJudgment, StageWon,
	StageReviewPending, StageConstitutionalPending}

// TitleID is the catalogue id of the stage's short name ("The appeal is with the ministry").
func (s StageID) TitleID() string { return "stages.stage." + string(s) }

// Deadline ids of the stages (the "id" of `appealdesk deadlines --json`).
const (
	IDDismissalAppeal         = "dismissal-appeal"           // ZUP Art. 162(3)
	IDDismissalPostpone       = "dismissal-postpone"         // ZUP Art. 190(2)(5), ZUS Art. 23(3)(1)
	IDNewDecision             = "new-decision"               // ZUP Art. 171(3)
	IDReview                  = "review-request"             // ZUS Art. 49–51
	IDBodyAfterJudgment       = "new-act-after-judgment"     // ZUS Art. 69(2), 71
	IDRestorationLawsuit      = "restoration-lawsuit"        // ZPP Art. 109–111 through ZUS Art. 74
	IDRestorationConstitution = "restoration-constitutional" // ZUSud Art. 84(2)–(3)
	IDReopening               = "reopening"                  // ZUP Art. 176–178
	IDDepartureExtension      = "departure-extension"        // ZoS Art. 77(5); ZUP Art. 79(3) (inferred)
	IDTranslation             = "translation"                // ZoS Art. 75(6); ZUP Art. 55(1)
	IDDataAccess              = "data-access"                // Law on Personal Data Protection
	IDRule39                  = "rule39"                     // Rules of Court, Rule 39
)

// Stage is where a case stands: the step of the proceedings, the deadline it is about,
// the deadlines to look at for its next date, and the documents it brings.
type Stage struct {
	ID StageID `json:"id"`
	// TitleID is the catalogue id of the stage's name.
	TitleID string `json:"title_id"`
	// DeadlineID is the stage's own deadline ("appeal", "lawsuit", "reminder" …), "" if none.
	DeadlineID string `json:"deadline_id,omitempty"`
	// DeadlineIDs are the deadlines the stage looks at for its next date and urgency,
	// the stage's own first.
	DeadlineIDs []string `json:"deadline_ids"`
	// Documents are the documents the stage brings, in the order they are offered.
	Documents []DocumentID `json:"documents,omitempty"`
	// Basis: the articles that make it a stage.
	Basis []Citation `json:"basis,omitempty"`
}

// ReviewLies reports whether the request for review of an Administrative Court
// judgment lies (ZUS Art. 49(2)): where no administrative appeal lay against the
// decision (49(2)(3): detention, cancellation after a court expulsion, and every type
// whose remedy is a lawsuit) or the court decided in full jurisdiction (49(2)(2)).
func ReviewLies(rem Remedy, sf StageFacts) bool {
	return rem.Kind == Lawsuit || sf.FullJurisdiction
}

// CurrentStage is the stage of a case with facts f, whose deadlines are res
// (Compute(f)). The furthest stage the answers reach wins: stages only ever add.
func CurrentStage(f Facts, res Result) Stage {
	if res.Remedy == nil {
		return Stage{ID: StageNone, TitleID: StageNone.TitleID()}
	}
	rem := *res.Remedy
	sf := f.Stages
	kind := string(rem.Kind)
	st := func(id StageID, deadline string, others ...string) Stage {
		s := Stage{ID: id, TitleID: id.TitleID(), DeadlineID: deadline}
		if deadline != "" {
			s.DeadlineIDs = append(s.DeadlineIDs, deadline)
		}
		s.DeadlineIDs = append(s.DeadlineIDs, others...)
		return s
	}
	var s Stage
	unfavourable := sf.JudgmentOutcome != JudgmentUpheld
	asylum := f.Type == Asylum || f.Asylum.Applied()
	switch {
	case asylum:
		// The asylum procedure has stages of its own (the Asylum Commission, then the
		// court) that this app does not follow: it stays at the remedy against the decision.
		s = st(StageFirstRemedy, kind)
	case !sf.ConstitutionalLodged.IsZero() && sf.ConstitutionalDecisionReceived.IsZero():
		s = st(StageConstitutionalPending, "", IDRule39, IDECHR)
		s.Basis = []Citation{Cite(ZUSud, "86", "")}
	case !sf.ReviewLodged.IsZero() && sf.ReviewDecisionReceived.IsZero():
		s = st(StageReviewPending, IDConstitutional, IDRule39, IDECHR)
		s.Basis = []Citation{Cite(ZUS, "49", ""), Cite(ZUSud, "82", "1")}
	case !f.JudgmentReceived.IsZero() && !unfavourable:
		s = st(StageWon, IDBodyAfterJudgment)
		s.Basis = []Citation{Cite(ZUS, "69", "2"), Cite(ZUS, "71", "")}
	case !f.JudgmentReceived.IsZero() || !sf.ReviewDecisionReceived.IsZero() || !sf.ConstitutionalDecisionReceived.IsZero():
		own := IDConstitutional
		if ReviewLies(rem, sf) && sf.ReviewLodged.IsZero() && !f.JudgmentReceived.IsZero() {
			own = IDReview
		}
		s = st(StageJudgment, own, IDReview, IDConstitutional, IDRestorationConstitution, IDRule39, IDECHR)
		if own == IDConstitutional {
			s.DeadlineIDs = s.DeadlineIDs[1:] // no review to point at
			s.DeadlineIDs[0] = IDConstitutional
		}
		s.Basis = []Citation{Cite(ZUS, "49", "2"), Cite(ZUS, "51", "1"), Cite(ZUSud, "82", "1"), Cite(ZUSud, "84", "1")}
	case !sf.LawsuitLodged.IsZero():
		s = st(StageLawsuitPending, "", IDPostponeLawsuit, IDRule39)
		s.Basis = []Citation{Cite(ZUS, "23", "2")}
	case rem.Kind == Lawsuit:
		s = st(StageFirstRemedy, kind, IDDeparture, IDPostpone, IDRestoration, IDRestorationLawsuit)
	case !f.SecondInstanceReceived.IsZero() && sf.Outcome == OutcomeAnnulled:
		s = st(StageAnnulled, IDNewDecision)
		s.Basis = []Citation{Cite(ZUP, "171", "3")}
	case !f.SecondInstanceReceived.IsZero() && sf.Outcome == OutcomeDismissedFirst && !sf.DismissalAppealLodged.IsZero():
		s = st(StageDismissalAppealPending, "", IDDismissalPostpone)
		s.Basis = []Citation{Cite(ZUP, "162", "3")}
	case !f.SecondInstanceReceived.IsZero() && sf.Outcome == OutcomeDismissedFirst:
		s = st(StageAppealDismissed, IDDismissalAppeal, IDDismissalPostpone, IDDeparture)
		s.Basis = []Citation{Cite(ZUP, "162", "3")}
	case !f.SecondInstanceReceived.IsZero():
		// Rejected, changed, dismissed by the second instance — or not said yet: the
		// lawsuit's 30 days run from delivery whatever the outcome, so count them.
		s = st(StageLawsuit, IDLawsuit, IDPostponeLawsuit, IDRestorationLawsuit)
		s.Basis = []Citation{Cite(ZUS, "14", "1"), Cite(ZUS, "18", "1")}
	case !sf.ReminderSent.IsZero():
		s = st(StageReminderSent, IDSilenceLawsuit, IDReminder)
		s.Basis = []Citation{Cite(ZUS, "19", "1")}
	case !f.AppealLodged.IsZero():
		s = st(StageAppealPending, IDReminder, IDDeparture, IDPostpone)
		s.Basis = []Citation{Cite(ZUP, "174", ""), Cite(ZUS, "19", "1")}
	default:
		s = st(StageFirstRemedy, kind, IDDeparture, IDPostpone, IDRemedyInstruction, IDRestoration)
	}
	// Only deadlines the engine gave for this case: the stage never points at none.
	if _, ok := res.Deadline(s.DeadlineID); !ok {
		s.DeadlineID = ""
	}
	ids := s.DeadlineIDs[:0]
	for _, id := range s.DeadlineIDs {
		if _, ok := res.Deadline(id); ok {
			ids = append(ids, id)
		}
	}
	s.DeadlineIDs = ids
	if !asylum {
		s.Documents = stageDocuments(f, rem, s.ID)
	}
	return s
}

// Next is the next date of a stage: the first of the stage's dated deadlines whose
// date (the safe date of a "by" deadline, the first allowed day of a "not before"
// one) is today or later; if none, the stage's own deadline when it has passed.
func (s Stage) Next(res Result, today time.Time) (Deadline, bool) {
	today = Day(today)
	var best Deadline
	found := false
	for _, id := range s.DeadlineIDs {
		d, ok := res.Deadline(id)
		if !ok || !d.Known || d.Safe.IsZero() || d.Done {
			continue
		}
		if d.Safe.Before(today) && !isNotBefore(d) {
			continue
		}
		if !found || d.Safe.Before(best.Safe) {
			best, found = d, true
		}
	}
	if found {
		return best, true
	}
	if d, ok := res.Deadline(s.DeadlineID); ok && d.Known && !d.Safe.IsZero() {
		return d, true
	}
	return Deadline{}, false
}

// Shows reports whether the deadline id belongs to the stage.
func (s Stage) Shows(id string) bool {
	for _, x := range s.DeadlineIDs {
		if x == id {
			return true
		}
	}
	return false
}
