package caseload

import (
	"appealdesk/forms"
	"appealdesk/forms/legal"
)

// Stage is where a case stands: which step of the proceedings the person is at, the
// deadline that step is about and the deadlines the list considers for its next
// date and its urgency.
//
// The stage comes from the stage model of forms/legal (legal.CurrentStage), which reads
// what happened next (the later.* answers): the remedy against the decision, the appeal
// awaiting its decision, the lawsuit, the judgment, the constitutional appeal … The
// list shows Stage.TitleID and never needs to know which stages exist.
type Stage struct {
	// ID names the stage: legal's StageID ("first-remedy", "appeal-pending", "lawsuit" …).
	ID string
	// TitleID is the catalogue id of the stage's name as the list shows it (short).
	TitleID string
	// DeadlineID is the deadline the stage is about ("appeal", "lawsuit", "reminder" …);
	// "" for none.
	DeadlineID string
	// DeadlineIDs are the deadlines of the stage that the list considers for the next
	// date and for urgency: the stage's own deadline and what must happen with it.
	DeadlineIDs []string
}

// Stage ids (legal.StageID).
const (
	// StageNone: the decision type is not known yet, so nothing can be counted.
	StageNone = string(legal.StageNone)
	// StageFirstRemedy: the remedy against the decision (appeal or lawsuit) is open.
	StageFirstRemedy = string(legal.StageFirstRemedy)
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
	ls := legal.CurrentStage(c.Facts(), res)
	if ls.ID != legal.StageFirstRemedy {
		return Stage{ID: string(ls.ID), TitleID: "stages.short." + string(ls.ID), DeadlineID: ls.DeadlineID,
			DeadlineIDs: ls.DeadlineIDs}
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
