package forms

import (
	"testing"

	"appealdesk/forms/legal"
)

func TestFacts(t *testing.T) {
	c := Example()
	c.Later.SecondInstanceReceived = "2027-02-30" // impossible date: kept as typed, reported
	c.Later.InspectionRequested = "2026-11-13"
	c.Office.SaturdayWorking = true
	f := c.Facts()
	if f.Type != legal.TemporaryResidenceTermination || f.Service != legal.Personal ||
		f.Received.Format("2006-01-02") != "2026-11-12" || f.Issued.Format("2006-01-02") != "2026-11-10" ||
		f.DepartureDays != 30 || !f.EntryBan || f.NoRemedyInstruction || !f.Office.SaturdayWorking ||
		f.InspectionRequested.Format("2006-01-02") != "2026-11-13" {
		t.Errorf("facts = %+v", f)
	}
	if !f.SecondInstanceReceived.IsZero() || len(f.Invalid) != 1 || f.Invalid[0] != "later.second_instance_received" {
		t.Errorf("invalid date: %v %v", f.SecondInstanceReceived, f.Invalid)
	}
	// ZoS 66(5): 15 days from Thu 12 Nov 2026 → Fri 27 Nov 2026.
	r := c.Deadlines()
	if a, ok := r.Deadline(legal.IDAppeal); !ok || a.LastDay.Format("2006-01-02") != "2026-11-27" {
		t.Errorf("appeal = %+v", a)
	}
	c.Decision.RemedyInstruction = No
	if !c.Facts().NoRemedyInstruction {
		t.Error("remedy_instruction no → ZUP 141(6)")
	}
}
