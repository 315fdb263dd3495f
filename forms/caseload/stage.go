package caseload

import (
	"appealdesk/forms"
	"appealdesk/forms/legal"
)

// Stage is where a case stands: which step of the proceedings the person is at, the
// deadline that step is about and the deadlines the list considers for its next
// date and its urgency.
//
// Today every case is at its first stage — the remedy against the decision itself
// (the appeal, or the lawsuit where no appeal lies). The later stages (the lawsuit
// after the appeal is decided, the review request, the constitutional appeal …)
// are added by recording what happened next; CurrentStage is the one place that
// then looks at those answers. The list shows Stage.TitleID and never needs to know
// which stages exist.
type Stage struct {
	// ID names the stage: StageNone or StageFirstRemedy for now.
	ID string
	// TitleID is the catalogue id of the stage's name as the list shows it.
	TitleID string
	// DeadlineID is the deadline the stage is about ("appeal", "lawsuit"); "" for none.
	DeadlineID string
	// DeadlineIDs are the deadlines of the stage that the list considers for the next
	// date and for urgency: the stage's own deadline and what must happen with it.
	DeadlineIDs []string
}

// Stage ids.
const (
	// StageNone: the decision type is not known yet, so nothing can be counted.
	StageNone = "none"
	// StageFirstRemedy: the remedy against the decision (appeal or lawsuit) is open.
	StageFirstRemedy = "first-remedy"
)

// shows reports whether the deadline id belongs to the stage.
func (s Stage) shows(id string) bool {
	for _, x := range s.DeadlineIDs {
		if x == id {
			return true
		}
	}
	return false
}

// CurrentStage is the stage case c is at, given its deadlines res (c.Deadlines()).
func CurrentStage(c *forms.Case, res legal.Result) Stage {
	if res.Remedy == nil {
		return Stage{ID: StageNone, TitleID: "caseload.stage.none"}
	}
	kind := string(res.Remedy.Kind)
	st := Stage{ID: StageFirstRemedy, TitleID: "caseload.stage." + kind, DeadlineID: kind}
	// The first remedy, the departure period that runs beside it, and asking the court
	// to postpone execution where the remedy does not stop it: legal's main group, the
	// deadlines the interview's deadlines panel shows first.
	for _, d := range res.Deadlines {
		if d.Group == legal.GroupMain {
			st.DeadlineIDs = append(st.DeadlineIDs, d.ID)
		}
	}
	return st
}
