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

// TestOldRefusedKeepsItsMeaning: a file saved before "refused-to-accept" existed says
// "refused"; it keeps the meaning it had — refused to sign the slip, served that day
// (ZUP Art. 77(2)) — and is not reread as a refusal to accept (+15, Art. 75(6)).
func TestOldRefusedKeepsItsMeaning(t *testing.T) {
	old := `{"format":"appealdesk-case","version":1,"title":"old","decision":{"type":"return-decision",
		"issued":"2025-02-28","service":"refused","received":"2025-03-03"}}`
	c, err := Unmarshal([]byte(old), "old.appeal")
	if err != nil {
		t.Fatal(err)
	}
	r := c.Deadlines()
	if r.Served == nil || r.Served.Date.Format("2006-01-02") != "2025-03-03" || r.Served.Rule.Basis[0].String() != "ZUP Art. 77(2)" {
		t.Fatalf("served %+v", r.Served)
	}
	if a, _ := r.Primary(); a.LastDay.Format("2006-01-02") != "2025-03-18" {
		t.Errorf("appeal %s", a.LastDay)
	}
}

// TestFactsNewDeliveryAnswers: the answers added for delivery reach the engine, and an
// answer of a question that does not apply does not.
func TestFactsNewDeliveryAnswers(t *testing.T) {
	c := Example()
	c.Decision.Service = ServiceRegMail
	c.Decision.SignedBy = SignedByOther
	c.Decision.InHand = "2026-11-15"
	c.Decision.SecondAttempt = No
	c.Decision.HasRepresentative = Yes
	c.Decision.Asylum = AsylumInside
	c.Decision.RemedyInstruction = Yes
	c.Decision.InstructionDays, c.Decision.InstructionBody = 8, "МУП"
	c.Decision.SaysNotSuspensive = Yes
	c.Later.ReminderReceivedByBody = "2027-03-01"
	f := c.Facts()
	if !f.SignedByOther || !f.NoSecondAttempt || !f.HasRepresentative || f.Asylum != legal.AsylumInside ||
		f.InHand.Format("2006-01-02") != "2026-11-15" || f.InstructionDays != 8 || f.InstructionBody != "МУП" ||
		!f.SaysNotSuspensive || f.ReminderReceived.Format("2006-01-02") != "2027-03-01" {
		t.Errorf("facts = %+v", f)
	}
	c.Decision.RemedyInstruction = No // "there is no instruction": its period is not counted
	if f := c.Facts(); f.InstructionDays != 0 || f.InstructionBody != "" {
		t.Errorf("instruction answers of a decision without one: %+v", f)
	}
	c.Decision.Type = TypeEntryRefusal // sets no departure: a departure answer left over is ignored
	if f := c.Facts(); f.DepartureDays != 0 || f.EntryBan {
		t.Errorf("departure answers of a type without departure: %+v", f)
	}
}

// TestDeadlinesNameTheBodyTheDocumentsName: the act within the type reaches the
// deadlines as it reaches the documents (RemedyOf), so the panel never says the
// Ministry of Internal Affairs decides an appeal the appeal itself addresses to the
// Ministry of Foreign Affairs.
func TestDeadlinesNameTheBodyTheDocumentsName(t *testing.T) {
	for _, tc := range []struct {
		name string
		d    Decision
		want legal.Body
	}{
		{"ZoS 38(2) visa refused by a mission", Decision{Type: TypeVisaRefusal, VisaAct: legal.VisaRefused}, legal.ForeignMinistry},
		{"ZoS 38(2) visa annulled by a mission", Decision{Type: TypeVisaRefusal, VisaAct: legal.VisaAnnulled, ByMission: Yes}, legal.ForeignMinistry},
		{"ZoS 38(2) visa annulled in Serbia", Decision{Type: TypeVisaRefusal, VisaAct: legal.VisaAnnulled, ByMission: No}, legal.MUP},
		{"ZoS 38(2) visa refused at the border", Decision{Type: TypeVisaRefusal, VisaAct: legal.VisaBorder, ByMission: Yes}, legal.MUP},
		{"ZoS 99(5) travel document by a mission", Decision{Type: TypeTravelDocumentRefusal, ByMission: Yes}, legal.ForeignMinistry},
		{"ZoS 99(5) travel document in Serbia", Decision{Type: TypeTravelDocumentRefusal}, legal.MUP},
		{"ZoS 66(7) termination: a stray by_mission answer counts for nothing", Decision{Type: TypeTemporaryResidenceTermination, ByMission: Yes}, legal.MUP},
	} {
		c := New("")
		c.Decision = tc.d
		c.Decision.Service, c.Decision.Received = "personal", "2026-11-12"
		r, ok := RemedyOf(c)
		res := c.Deadlines()
		if !ok || res.Remedy == nil {
			t.Fatalf("%s: no remedy", tc.name)
		}
		if r.DecidedBy != tc.want || res.Remedy.DecidedBy != tc.want {
			t.Errorf("%s: documents %s, deadlines %s, want %s", tc.name, r.DecidedBy, res.Remedy.DecidedBy, tc.want)
		}
	}
}

// TestNoCourtPostponementOfARefusal: a refusal executes nothing, so the deadlines offer
// no request to the Administrative Court to postpone it (ZUS Art. 23), as the
// arguments step and the documents do not; what does execute keeps it.
func TestNoCourtPostponementOfARefusal(t *testing.T) {
	for _, tc := range []struct {
		name string
		d    Decision
		want bool
	}{
		{"ZoS 93(4) permit to leave refused", Decision{Type: TypeObligatoryResidence, Obligatory: ObligatoryLeaveRefused}, false},
		{"ZoS 93(1) obligatory residence ordered", Decision{Type: TypeObligatoryResidence, Obligatory: ObligatoryOrdered}, true},
		{"ZoS 36 visa refused", Decision{Type: TypeVisaRefusal, VisaAct: legal.VisaRefused}, false},
		{"ZoS 34 visa refused at the border", Decision{Type: TypeVisaRefusal, VisaAct: legal.VisaBorder}, false},
		{"ZoS 37(2) visa revoked", Decision{Type: TypeVisaRefusal, VisaAct: legal.VisaRevoked, ByMission: No}, true},
	} {
		c := New("")
		c.Decision = tc.d
		c.Decision.Service, c.Decision.Received = "personal", "2026-11-12"
		got := false
		for _, d := range c.Deadlines().Deadlines {
			if d.ID == legal.IDPostpone {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%s: court postponement offered %v, want %v", tc.name, got, tc.want)
		}
		if ok, _ := ArgumentApplies(c, ArgPostponeExecution); ok != tc.want {
			t.Errorf("%s: the postponement argument applies %v, want %v", tc.name, ok, tc.want)
		}
	}
}
