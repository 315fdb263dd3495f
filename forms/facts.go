package forms

import (
	"time"

	"appealdesk/forms/legal"
)

// Facts converts a case into the deadline engine's input (forms/legal). A date that
// is empty counts as unknown; a date that is not a valid ISO date counts as unknown
// too and is named in Facts.Invalid by its JSON path, so the engine can say which
// answer to correct.
func (c *Case) Facts() legal.Facts {
	f := legal.Facts{
		Type:                legal.DecisionType(c.Decision.Type),
		Service:             legal.Service(c.Decision.Service),
		FromAbroad:          c.Decision.FromAbroad,
		DepartureDays:       c.Decision.DepartureDays,
		DepartureImmediate:  c.Decision.DepartureImmediate,
		EntryBan:            c.Decision.EntryBan,
		NoRemedyInstruction: c.Decision.RemedyInstruction == No,
		Office:              legal.Office{SaturdayWorking: c.Office.SaturdayWorking},
	}
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
	f.Issued = date("decision.issued", c.Decision.Issued)
	f.Received = date("decision.received", c.Decision.Received)
	f.SecondInstanceReceived = date("later.second_instance_received", c.Later.SecondInstanceReceived)
	f.JudgmentReceived = date("later.judgment_received", c.Later.JudgmentReceived)
	f.FinalDomesticDecision = date("later.final_domestic_decision", c.Later.FinalDomesticDecision)
	f.MissedReasonEnded = date("later.missed_reason_ended", c.Later.MissedReasonEnded)
	f.InspectionRequested = date("later.inspection_requested", c.Later.InspectionRequested)
	f.AppealLodged = date("later.appeal_lodged", c.Later.AppealLodged)
	c.laterFacts(&f)
	return f
}

// Deadlines computes every deadline of the case (legal.Compute on c.Facts()).
func (c *Case) Deadlines() legal.Result { return legal.Compute(c.Facts()) }
