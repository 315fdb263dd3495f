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
		Act:                 c.act(),
		Service:             legal.Service(c.Decision.Service),
		FromAbroad:          c.Decision.FromAbroad,
		SignedByOther:       c.Decision.SignedBy == SignedByOther,
		NoSecondAttempt:     c.Decision.SecondAttempt == No,
		HasRepresentative:   c.Decision.HasRepresentative == Yes,
		Abroad:              c.Decision.Abroad,
		Asylum:              legal.AsylumWhere(c.Decision.Asylum),
		NoRemedyInstruction: c.Decision.RemedyInstruction == No,
		SaysNotSuspensive:   c.Decision.SaysNotSuspensive == Yes,
		Office:              legal.Office{SaturdayWorking: c.Office.SaturdayWorking},
	}
	// Answers count only where the question applies: a departure period left from another
	// decision type, or an instruction's period the person then said was not there.
	if t, ok := LookupDecisionType(c.Decision.Type); ok && t.SetsDeparture {
		f.DepartureDays, f.DepartureImmediate, f.EntryBan = c.Decision.DepartureDays, c.Decision.DepartureImmediate, c.Decision.EntryBan
	}
	if c.Decision.RemedyInstruction != No {
		f.InstructionDays, f.InstructionBody = c.Decision.InstructionDays, c.Decision.InstructionBody
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
	f.InHand = date("decision.in_hand", c.Decision.InHand)
	f.SecondInstanceReceived = date("later.second_instance_received", c.Later.SecondInstanceReceived)
	f.JudgmentReceived = date("later.judgment_received", c.Later.JudgmentReceived)
	f.FinalDomesticDecision = date("later.final_domestic_decision", c.Later.FinalDomesticDecision)
	f.MissedReasonEnded = date("later.missed_reason_ended", c.Later.MissedReasonEnded)
	f.InspectionRequested = date("later.inspection_requested", c.Later.InspectionRequested)
	f.AppealLodged = date("later.appeal_lodged", c.Later.AppealLodged)
	f.ReminderReceived = date("later.reminder_received_by_body", c.Later.ReminderReceivedByBody)
	f.AppealReceived = date("later.appeal_received_by_body", c.Later.AppealReceivedByBody)
	c.laterFacts(&f)
	return f
}

// Deadlines computes every deadline of the case (legal.Compute on c.Facts()).
func (c *Case) Deadlines() legal.Result { return legal.Compute(c.Facts()) }

// DeadlinesOn is Deadlines with today known, so that a passed date is explained in the
// past tense; the dates are the same.
func (c *Case) DeadlinesOn(today time.Time) legal.Result {
	f := c.Facts()
	f.Today = today
	return legal.Compute(f)
}
