package legal

import (
	"strings"
	"testing"

	"appealdesk/locales"
)

func TestCompute(t *testing.T) {
	type want struct {
		id   string
		last string // "" = no date
	}
	cases := []struct {
		name    string
		facts   Facts
		served  string
		want    []want
		absent  []string
		urgent  []string
		missing int
	}{
		{
			name: "ZoS 66(5) termination served in person Thu 12 Nov 2026, 30 days to leave (66(2)) and a ban; ZUP 83 three months from Fri 27 Nov = Sat 27 Feb 2027 → Mon 1 Mar",
			facts: Facts{Type: TemporaryResidenceTermination, Issued: d("2026-11-10"), Service: Personal,
				Received: d("2026-11-12"), DepartureDays: 30, EntryBan: true},
			served: "2026-11-12",
			want: []want{{IDAppeal, "2026-11-27"}, {IDDeparture, "2026-12-12"}, {IDPostpone, ""},
				{IDInspectFile, ""}, {IDRestoration, "2027-03-01"}, {IDLawsuit, ""}, {IDConstitutional, ""}, {IDECHR, ""}},
			absent: []string{IDRemedyInstruction},
			urgent: []string{IDDeparture, IDPostpone},
		},
		{
			name: "ZoS 80(1), 77(4) return decision, ZUP 75(6) notice left Mon 3 Mar 2025: served 18 Mar, appeal 2 Apr; leave 7 days from issuance",
			facts: Facts{Type: ReturnDecision, Issued: d("2025-02-28"), Service: Notice, Received: d("2025-03-03"),
				DepartureDays: 7},
			served: "2025-03-18",
			want:   []want{{IDAppeal, "2025-04-02"}, {IDDeparture, "2025-03-07"}, {IDPostpone, ""}},
			urgent: []string{IDDeparture, IDPostpone},
		},
		{
			name:   "ZoS 45 temporary residence refusal, suspensive: no postponement request; ZUP 71 ordinary mail from abroad +15",
			facts:  Facts{Type: TemporaryResidenceRefusal, Service: OrdinaryMail, FromAbroad: true, Received: d("2025-01-20")},
			served: "2025-02-04",
			want:   []want{{IDAppeal, "2025-02-19"}},
			absent: []string{IDPostpone, IDDeparture},
		},
		{
			name:   "ZoS 90 detention: lawsuit 8 days from service by registered mail (return receipt Fri 25 Apr 2025) → Mon 5 May",
			facts:  Facts{Type: Detention, Service: RegisteredMail, Received: d("2025-04-25")},
			served: "2025-04-25",
			// Day 8 is Sat 3 May 2025; ZPP 103(4) moves it to Mon 5 May.
			want:   []want{{IDLawsuit, "2025-05-05"}, {IDConstitutional, ""}, {IDRestoration, "2025-07-04"}},
			absent: []string{IDAppeal, IDInspectFile, IDPostpone, IDLateSlip},
			urgent: []string{IDLawsuit},
		},
		{
			name: "ZUS 18 later lawsuit, ZUSud 84 constitutional appeal, ECHR four months from the final decision",
			facts: Facts{Type: PermanentResidenceTermination, Service: Personal, Received: d("2025-01-10"),
				SecondInstanceReceived: d("2025-06-02"), JudgmentReceived: d("2025-10-01"), FinalDomesticDecision: d("2025-10-16")},
			served: "2025-01-10",
			want: []want{{IDAppeal, "2025-01-27"}, {IDLawsuit, "2025-07-02"}, {IDConstitutional, "2025-10-31"},
				{IDECHR, "2026-02-16"}},
		},
		{
			name:    "ZUP 75 unknown delivery: the appeal cannot be computed and the engine says what to find out",
			facts:   Facts{Type: UniquePermitTermination},
			want:    []want{{IDAppeal, ""}},
			missing: 1,
		},
		{
			name:    "ZUP 141(6) no legal-remedy instruction: 8 days to ask for a supplement",
			facts:   Facts{Type: EntryRefusal, Service: Refused, Received: d("2025-03-03"), NoRemedyInstruction: true},
			served:  "2025-03-03",
			want:    []want{{IDAppeal, "2025-03-11"}, {IDRemedyInstruction, "2025-03-11"}, {IDPostpone, ""}},
			missing: 0,
		},
		{
			name: "ZUP 174 appeal lodged Mon 3 Mar 2025: decided within 60 days → Fri 2 May 2025 (Labour Day) → Mon 5 May",
			facts: Facts{Type: ReturnDecision, Service: Personal, Received: d("2025-02-20"),
				AppealLodged: d("2025-03-03")},
			served: "2025-02-20",
			want:   []want{{IDAppeal, "2025-03-07"}, {IDAppealDecision, "2025-05-05"}},
		},
		{
			name: "ZUP 83 restoration: reason ended Mon 10 Mar 2025 → 8 days → Tue 18 Mar",
			facts: Facts{Type: TemporaryResidenceRefusal, Service: Personal, Received: d("2025-02-03"),
				MissedReasonEnded: d("2025-03-10")},
			served: "2025-02-03",
			want:   []want{{IDAppeal, "2025-02-18"}, {IDRestoration, "2025-03-18"}},
		},
		{
			name: "ZUP 65 file inspection requested Mon 3 Mar 2025: answer by Tue 11 Mar, appeal on silence by Wed 19 Mar",
			facts: Facts{Type: TemporaryResidenceRefusal, Service: Personal, Received: d("2025-03-03"),
				InspectionRequested: d("2025-03-03")},
			served: "2025-03-03",
			want:   []want{{IDInspectFile, "2025-03-19"}},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Compute(c.facts)
			if c.served != "" && (r.Served == nil || iso(r.Served.Date) != c.served) {
				t.Fatalf("served = %+v, want %s", r.Served, c.served)
			}
			if c.served == "" && r.Served != nil {
				t.Fatalf("served = %+v, want none", r.Served)
			}
			if len(r.Missing) != c.missing {
				t.Errorf("missing = %+v, want %d", r.Missing, c.missing)
			}
			for _, w := range c.want {
				dl, ok := r.Deadline(w.id)
				if !ok {
					t.Errorf("no %s deadline", w.id)
					continue
				}
				if iso(dl.LastDay) != w.last || dl.Known != (w.last != "") {
					t.Errorf("%s: last day %q known %v, want %q", w.id, iso(dl.LastDay), dl.Known, w.last)
				}
				if len(dl.Steps) == 0 || len(dl.Basis) == 0 {
					t.Errorf("%s: no steps or basis", w.id)
				}
			}
			for _, id := range c.absent {
				if _, ok := r.Deadline(id); ok {
					t.Errorf("unexpected %s deadline", id)
				}
			}
			for _, id := range c.urgent {
				if dl, _ := r.Deadline(id); !dl.AlwaysUrgent {
					t.Errorf("%s should be urgent", id)
				}
			}
		})
	}
}

func TestComputeUnknownType(t *testing.T) {
	r := Compute(Facts{Type: "visa"})
	if r.Remedy != nil || len(r.Deadlines) != 0 || len(r.Missing) != 1 || r.Missing[0].ID != "legal.missing.type" {
		t.Errorf("got %+v", r)
	}
}

func TestInferredIsFlagged(t *testing.T) {
	r := Compute(Facts{Type: TemporaryResidenceTermination, Service: Personal, Received: d("2025-03-03"), DepartureDays: 30})
	dep, _ := r.Deadline(IDDeparture)
	if dep.Confidence != Inferred {
		t.Error("departure counting is inferred and must say so")
	}
	app, _ := r.Deadline(IDAppeal)
	if app.Confidence != Inferred { // the 66(2) exception to suspensive effect is inferred
		t.Error("the appeal's 66(8) exception is inferred and must say so")
	}
	got := strings.Join(RenderSteps(locales.New(locales.English), app.Steps), " ")
	if !strings.Contains(got, "interpretation") {
		t.Errorf("inferred step does not say so: %s", got)
	}
	// A suspensive appeal with nothing inferred stays "seen".
	r = Compute(Facts{Type: PermanentResidenceRefusal, Service: Personal, Received: d("2025-03-03")})
	if app, _ := r.Deadline(IDAppeal); app.Confidence != Seen {
		t.Errorf("ZoS 71 appeal confidence %s", app.Confidence)
	}
}

// Every explanation of every decision type and delivery renders in all four languages
// with no missing field and no raw message id.
func TestEveryExplanationRenders(t *testing.T) {
	var all []Step
	for _, typ := range DecisionTypes {
		for _, svc := range append(Services, "") {
			for _, dep := range []int{0, 7, 45} {
				f := Facts{Type: typ, Service: svc, Received: d("2025-02-01"), Issued: d("2025-01-30"),
					DepartureDays: dep, DepartureImmediate: dep == 7 && svc == Personal, EntryBan: dep > 0,
					NoRemedyInstruction: true, SecondInstanceReceived: d("2025-04-25"), JudgmentReceived: d("2021-12-20"),
					FinalDomesticDecision: d("2021-12-20"), MissedReasonEnded: d("2025-05-20"), InspectionRequested: d("2025-02-03"),
					AppealLodged: d("2025-02-10"),
					Invalid:      []string{"decision.issued"}}
				r := Compute(f)
				all = append(all, r.Missing...)
				all = append(all, r.ServedSteps...)
				for _, dl := range r.Deadlines {
					all = append(all, dl.Steps...)
				}
			}
		}
		all = append(all, Compute(Facts{Type: typ, Service: Notice}).Missing...)
	}
	for _, svc := range Services {
		all = append(all, Compute(Facts{Type: ReturnDecision, Service: svc}).Missing...)
	}
	seen := map[string]bool{}
	for _, s := range all {
		seen[s.ID] = true
	}
	if len(seen) < 60 {
		t.Errorf("only %d distinct steps exercised", len(seen))
	}
	for _, l := range locales.All {
		tr := locales.New(l)
		for _, s := range all {
			out := RenderStep(tr, s)
			if strings.Contains(out, "<no value>") || strings.Contains(out, "legal.") || strings.Contains(out, "{{") {
				t.Errorf("%s: %s renders %q", l, s.ID, out)
			}
		}
	}
}

func TestPrimary(t *testing.T) {
	for _, c := range []struct {
		typ  DecisionType
		want string
	}{{ReturnDecision, IDAppeal}, {Detention, IDLawsuit}, {CourtExpulsionCancellation, IDLawsuit}} {
		p, ok := Compute(Facts{Type: c.typ}).Primary()
		if !ok || p.ID != c.want {
			t.Errorf("%s: primary %q", c.typ, p.ID)
		}
	}
	if _, ok := Compute(Facts{}).Primary(); ok {
		t.Error("no type, no primary deadline")
	}
}

// TestLaterLawsuitSuspension: the lawsuit after the second instance does not stop
// execution (ZUS Art. 23(1)) — except in asylum, where the asylum law says it does
// (ZAPZ Art. 96(2)).
func TestLaterLawsuitSuspension(t *testing.T) {
	cases := []struct {
		name string
		f    Facts
		want string
	}{
		{"ZAPZ Art. 96(2): the asylum lawsuit suspends", Facts{Type: Asylum, Asylum: AsylumInside}, "legal.step.asylum_lawsuit_suspends"},
		{"ZUS Art. 23(1): a termination's lawsuit does not", Facts{Type: TemporaryResidenceTermination}, "legal.step.suspension_ends"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tc.f.Service, tc.f.Received = Personal, d("2026-03-02")
			tc.f.SecondInstanceReceived = d("2026-05-04")
			dl, ok := Compute(tc.f).Deadline(IDLawsuit)
			if !ok {
				t.Fatal("no later lawsuit")
			}
			var ids []string
			for _, s := range dl.Steps {
				ids = append(ids, s.ID)
			}
			found := false
			for _, id := range ids {
				found = found || id == tc.want
				if tc.want == "legal.step.asylum_lawsuit_suspends" && id == "legal.step.suspension_ends" {
					t.Errorf("says the asylum lawsuit does not suspend: %v", ids)
				}
			}
			if !found {
				t.Errorf("no %s in %v", tc.want, ids)
			}
		})
	}
}
