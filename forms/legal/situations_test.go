package legal

import (
	"strings"
	"testing"
	"time"

	"appealdesk/locales"
)

// TestSituations: the person's situation decides which rule applies; each case is one
// sentence of the statute, with the dates the law gives.
func TestSituations(t *testing.T) {
	type want struct {
		id         string
		last, safe string // "" = no date; for NotBefore deadlines last is "" and safe the not-before day
	}
	cases := []struct {
		name   string
		facts  Facts
		want   []want
		steps  []string // step ids that must appear somewhere
		absent []string
	}{
		{
			name: "ZUP 75(1), 76(1), 66(7) return decision to a household member Mon 2 Mar 2026: safe from that day (17 Mar), never 76(5)+15",
			facts: Facts{Type: ReturnDecision, Service: Household, Received: d("2026-03-02"), InHand: d("2026-03-05"),
				Issued: d("2026-02-27"), DepartureDays: 15},
			want:  []want{{IDAppeal, "2026-03-20", "2026-03-17"}},
			steps: []string{"legal.step.served.administration.household", "legal.safe.earliest_service"},
		},
		{
			name:  "ZUP 75(3) notice Mon 2 Mar 2026 collected Wed 4 Mar: appeal from 4 Mar, 19 Mar (not from 17 Mar + 15)",
			facts: Facts{Type: TemporaryResidenceTermination, Service: Notice, Received: d("2026-03-02"), InHand: d("2026-03-04")},
			want:  []want{{IDAppeal, "2026-03-19", "2026-03-19"}},
			steps: []string{"legal.step.served.collected"},
		},
		{
			name:  "ZUP 75(4), 75(6) refused to accept Mon 2 Mar 2026: legal last day from 17 Mar (1 Apr), safe from the refusal (17 Mar)",
			facts: Facts{Type: TemporaryResidenceRefusal, Service: RefusedAccept, Received: d("2026-03-02")},
			want:  []want{{IDAppeal, "2026-04-01", "2026-03-17"}},
		},
		{
			name:  "ZUP 77(2) refused to sign Mon 2 Mar 2026: served that day, 17 Mar",
			facts: Facts{Type: TemporaryResidenceRefusal, Service: Refused, Received: d("2026-03-02")},
			want:  []want{{IDAppeal, "2026-03-17", "2026-03-17"}},
		},
		{
			name:  "ZoS 90(2) detention, notice left Mon 2 Mar 2026: 8 days from that day (10 Mar), never from 17 Mar",
			facts: Facts{Type: Detention, Service: Notice, Received: d("2026-03-02")},
			want:  []want{{IDLawsuit, "2026-03-10", "2026-03-10"}},
			steps: []string{"legal.step.served.handing", "legal.step.served.handing_warning", "legal.step.detention_filing"},
		},
		{
			name:  "ZUP 71(2) ordinary mail posted Mon 2 Mar 2026, in hand Thu 5 Mar: 15 days from 5 Mar (20 Mar)",
			facts: Facts{Type: TemporaryResidenceRefusal, Service: OrdinaryMail, Received: d("2026-03-02"), InHand: d("2026-03-05")},
			want:  []want{{IDAppeal, "2026-03-20", "2026-03-20"}},
		},
		{
			name:  "ZUP 66(6), 69(3) served on the lawyer Mon 2 Mar 2026: from that day",
			facts: Facts{Type: ReturnDecision, Service: Representative, Received: d("2026-03-02"), Issued: d("2026-02-27"), DepartureDays: 30},
			want:  []want{{IDAppeal, "2026-03-17", "2026-03-17"}},
		},
		{
			name:  "ZUP 141(6) instruction says 8 days where ZoS 66(5) gives 15: last day by the law, safe by the instruction",
			facts: Facts{Type: TemporaryResidenceTermination, Service: Personal, Received: d("2026-03-02"), InstructionDays: 8},
			want:  []want{{IDAppeal, "2026-03-17", "2026-03-10"}},
			steps: []string{"legal.step.instruction_shorter", "legal.safe.instruction"},
		},
		{
			name:  "ZUP 141(6) instruction says 30 days where ZoS 80(1) gives 15: the law's last day stands and the conflict is shown",
			facts: Facts{Type: ReturnDecision, Service: Personal, Received: d("2026-03-02"), InstructionDays: 30, InstructionBody: "Управни суд"},
			want:  []want{{IDAppeal, "2026-03-17", "2026-03-17"}},
			steps: []string{"legal.step.instruction_longer", "legal.step.instruction_body"},
		},
		{
			name:   "ZoS 2(1)(1), ZAPZ 41(7) asylum asked at the border, return decision handed Mon 2 Mar 2026: no ZoS deadlines, 5 days (7 Mar, Sat → safe Fri 6 Mar)",
			facts:  Facts{Type: ReturnDecision, Service: Personal, Received: d("2026-03-02"), Asylum: AsylumBorder, DepartureDays: 7, Issued: d("2026-03-01")},
			want:   []want{{IDAppeal, "2026-03-09", "2026-03-06"}},
			steps:  []string{"legal.step.asylum_not_zos", "legal.note.asylum_lawyer"},
			absent: []string{IDDeparture, IDPostpone, IDInspectFile},
		},
		{
			name:  "ZAPZ 40(5), 42(4) asylum asked inside the country: 8 days",
			facts: Facts{Type: Asylum, Service: Personal, Received: d("2026-03-02"), Asylum: AsylumInside},
			want:  []want{{IDAppeal, "2026-03-10", "2026-03-10"}},
		},
		{
			name:   "ZUP 141(5) another decision with an instruction of 15 days",
			facts:  Facts{Type: Other, Service: Personal, Received: d("2026-03-02"), InstructionDays: 15, InstructionBody: "МУП"},
			want:   []want{{IDRemedy, "2026-03-17", "2026-03-17"}},
			absent: []string{IDRemedyInstruction},
			steps:  []string{"legal.step.other_instruction"},
		},
		{
			name:  "ZUP 141(6) another decision without an instruction: the shortest period, 8 days, and the request to supplement",
			facts: Facts{Type: Other, Service: Personal, Received: d("2026-03-02")},
			want:  []want{{IDRemedy, "2026-03-10", "2026-03-10"}, {IDRemedyInstruction, "2026-03-10", "2026-03-10"}},
			steps: []string{"legal.step.other_no_instruction"},
		},
		{
			name: "ZoS 72(9), ZUP 154 permanent residence termination: the departure date applies only if no appeal",
			facts: Facts{Type: PermanentResidenceTermination, Service: Personal, Received: d("2026-03-02"), Issued: d("2026-02-20"),
				DepartureDays: 30},
			want:   []want{{IDAppeal, "2026-03-17", "2026-03-17"}, {IDDeparture, "2026-04-01", "2026-03-22"}},
			steps:  []string{"legal.step.departure_suspended", "legal.step.departure_unstated"},
			absent: []string{IDPostpone},
		},
		{
			name:  "ZoS 81(2), ZUS 23(2), 23(3)(1) residence cancelled after a court expulsion: an URGENT postponement with the lawsuit",
			facts: Facts{Type: CourtExpulsionCancellation, Service: Personal, Received: d("2026-03-02"), DepartureDays: 30},
			want:  []want{{IDLawsuit, "2026-04-01", "2026-04-01"}, {IDPostpone, "", ""}},
			steps: []string{"legal.step.postpone_lawsuit", "legal.note.court_measure_stands"},
		},
		{
			name:  "ZoS 77(7) return decision with 3 days to leave: lawful for a security risk, the ground contestable",
			facts: Facts{Type: ReturnDecision, Service: Personal, Received: d("2026-03-02"), Issued: d("2026-03-02"), DepartureDays: 3},
			want:  []want{{IDDeparture, "2026-03-05", "2026-03-05"}},
			steps: []string{"legal.step.departure_shortened", "legal.step.departure_check_wording", "legal.step.departure_late_delivery"},
		},
		{
			name:  "ZoS 39(3), 39(7) short stay cancelled: departure from service (inferred), does not suspend, postpone",
			facts: Facts{Type: ShortStayCancellation, Service: Personal, Received: d("2026-03-02"), Issued: d("2026-02-26"), DepartureDays: 10},
			want:  []want{{IDAppeal, "2026-03-17", "2026-03-17"}, {IDDeparture, "2026-03-12", "2026-03-08"}, {IDPostpone, "", ""}},
		},
		{
			name:  "ZoS 93(7) obligatory residence, registered mail Fri 6 Mar 2026: 8 days → Sat 14 Mar → Mon 16 Mar; safe Fri 13 Mar",
			facts: Facts{Type: ObligatoryResidence, Service: RegisteredMail, Received: d("2026-03-06")},
			want:  []want{{IDAppeal, "2026-03-16", "2026-03-13"}},
			steps: []string{"legal.step.saturday_reading", "legal.safe.moved"},
		},
		{
			name:  "ZUP 141(3), 155(2) the decision says the appeal does not suspend where ZoS 45(5) says it does: flagged, postpone in urgency",
			facts: Facts{Type: TemporaryResidenceRefusal, Service: Personal, Received: d("2026-03-02"), SaysNotSuspensive: true},
			want:  []want{{IDPostpone, "", ""}},
			steps: []string{"legal.step.says_not_suspensive", "legal.step.postpone_conflict"},
		},
		{
			name: "ZUS 19(1), ZUP 166(1) reminder not before day 61 after the body received the appeal; lawsuit for silence not before 7 more days",
			facts: Facts{Type: TemporaryResidenceRefusal, Service: Personal, Received: d("2026-01-05"), AppealLodged: d("2026-01-12"),
				ReminderReceived: d("2026-04-01")},
			// 12 Jan + 15 = 27 Jan; + 60 = Sat 28 Mar → Mon 30 Mar; reminder from Tue 31 Mar.
			// 1 Apr + 7 = Wed 8 Apr; lawsuit from Thu 9 Apr.
			want: []want{{IDReminder, "", "2026-03-31"}, {IDSilenceLawsuit, "", "2026-04-09"}},
		},
		{
			name: "ZUP 154(2), 190(2)(5), ZUS 23: once the second-instance decision is delivered, postponing execution is urgent",
			facts: Facts{Type: PermanentResidenceRefusal, Service: Personal, Received: d("2026-01-05"),
				SecondInstanceReceived: d("2026-04-01")},
			want:  []want{{IDLawsuit, "2026-05-04", "2026-04-30"}, {IDPostponeLawsuit, "", ""}},
			steps: []string{"legal.step.suspension_ends"},
		},
		{
			name:  "ZPP 110 through ZUS 74: a missed detention lawsuit, restoration at most 60 days from the missed day",
			facts: Facts{Type: Detention, Service: Personal, Received: d("2026-03-02")},
			want:  []want{{IDLawsuit, "2026-03-10", "2026-03-10"}, {IDRestoration, "2026-05-11", "2026-05-08"}},
			steps: []string{"legal.step.restoration_lawsuit"},
		},
		{
			name:  "ZUP 82(3) an appeal a few days late by a slip: only if the body receives it within 3 days of the last day",
			facts: Facts{Type: TemporaryResidenceRefusal, Service: Personal, Received: d("2026-03-02")},
			want:  []want{{IDLateSlip, "2026-03-20", "2026-03-20"}},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Compute(c.facts)
			all := map[string]bool{}
			for _, s := range r.ServedSteps {
				all[s.ID] = true
			}
			for _, dl := range r.Deadlines {
				for _, s := range append(dl.Steps, dl.SafeSteps...) {
					all[s.ID] = true
				}
			}
			for _, w := range c.want {
				dl, ok := r.Deadline(w.id)
				if !ok {
					t.Errorf("no %s deadline", w.id)
					continue
				}
				if iso(dl.LastDay) != w.last || iso(dl.Safe) != w.safe {
					t.Errorf("%s: last %q safe %q, want %q %q", w.id, iso(dl.LastDay), iso(dl.Safe), w.last, w.safe)
				}
				if !dl.Safe.IsZero() && !dl.LastDay.IsZero() && dl.Safe.After(dl.LastDay) {
					t.Errorf("%s: safe date after the last day", w.id)
				}
			}
			for _, id := range c.steps {
				if !all[id] {
					t.Errorf("missing step %s", id)
				}
			}
			for _, id := range c.absent {
				if _, ok := r.Deadline(id); ok {
					t.Errorf("unexpected %s deadline", id)
				}
			}
		})
	}
}

// TestUrgentIsOneRule: urgent is the deadline's structural flag, or a safe date three
// days away or fewer, or passed; a "not before" date never by its date (issue: `deadlines
// --json` said urgent:false for an appeal with 2 days left).
func TestUrgentIsOneRule(t *testing.T) {
	r := Compute(Facts{Type: TemporaryResidenceRefusal, Service: Personal, Received: d("2026-03-02"), AppealLodged: d("2026-03-05")})
	app, _ := r.Deadline(IDAppeal) // safe Tue 17 Mar 2026
	for _, c := range []struct {
		today string
		want  bool
	}{{"2026-03-13", false}, {"2026-03-14", true}, {"2026-03-17", true}, {"2026-03-20", true}} {
		if got := app.UrgentOn(d(c.today)); got != c.want {
			t.Errorf("appeal on %s: urgent %v, want %v", c.today, got, c.want)
		}
	}
	rem, _ := r.Deadline(IDReminder)
	if rem.UrgentOn(rem.Safe) || rem.UrgentOn(rem.Safe.AddDate(0, 0, -1)) {
		t.Error("a not-before date is never urgent by its date")
	}
	det := Compute(Facts{Type: Detention})
	if p, _ := det.Primary(); !p.UrgentOn(d("2026-01-01")) {
		t.Error("detention is always urgent")
	}
	if o := r.Ordered(d("2026-03-16")); o[0].ID != IDAppeal {
		t.Errorf("urgent first: %s", o[0].ID)
	}
	pr := Compute(Facts{Type: PermanentResidenceTermination, Service: Personal, Received: d("2026-03-02"), DepartureDays: 30})
	if dep, _ := pr.Deadline(IDDeparture); dep.UrgentOn(d("2026-04-01")) {
		t.Error("a departure date that applies only without an appeal is not urgent by its date")
	}
}

// TestPassedIsSaidInThePastTense: once the last day has passed, the restoration says so.
func TestPassedIsSaidInThePastTense(t *testing.T) {
	f := Facts{Type: TemporaryResidenceRefusal, Service: Personal, Received: d("2026-03-02"), Today: d("2026-03-25")}
	r := Compute(f)
	if !r.PrimaryPassed(d("2026-03-25")) || r.PrimaryPassed(d("2026-03-17")) {
		t.Error("PrimaryPassed")
	}
	rest, _ := r.Deadline(IDRestoration)
	var ids []string
	for _, s := range rest.Steps {
		ids = append(ids, s.ID)
	}
	if !strings.Contains(strings.Join(ids, " "), "legal.step.restoration_missed") {
		t.Errorf("restoration steps %v", ids)
	}
	// Without the day the obstacle ended the date is only the outer limit (ZUP Art. 83(2)).
	if !rest.Limit {
		t.Error("the three months are an outer limit, not the period")
	}
	f.MissedReasonEnded = d("2026-03-23")
	if rest, _ := Compute(f).Deadline(IDRestoration); rest.Limit || rest.LastDay.Format("2006-01-02") != "2026-03-31" {
		t.Errorf("8 days from the end of the obstacle (ZUP Art. 83(1)): %+v", rest.LastDay)
	}
}

// Every explanation of every decision type, delivery, start and situation renders in
// all four languages with no missing field and no raw message id; Serbian Latin and
// English never print a Cyrillic article letter.
func TestEveryNewExplanationRenders(t *testing.T) {
	var all []Step
	for _, typ := range DecisionTypes {
		for _, svc := range append(Services, "") {
			for _, variant := range []Facts{
				{InHand: d("2025-02-05"), SignedByOther: true, NoSecondAttempt: true, HasRepresentative: true, Abroad: true,
					InstructionDays: 30, InstructionBody: "x", SaysNotSuspensive: true, DepartureDays: 3, EntryBan: true,
					AppealLodged: d("2025-02-10"), ReminderReceived: d("2025-05-01"), SecondInstanceReceived: d("2025-06-01"), Today: d("2025-09-01")},
				{InstructionDays: 5, Asylum: AsylumInside, DepartureImmediate: true, AppealReceived: d("2025-02-20"), AppealLodged: d("2025-02-10")},
				{Asylum: AsylumBorder, DepartureDays: 45, FromAbroad: true, MissedReasonEnded: d("2025-03-01")},
			} {
				f := variant
				f.Type, f.Service, f.Received, f.Issued = typ, svc, d("2025-02-01"), d("2025-01-30")
				r := Compute(f)
				all = append(all, r.Missing...)
				all = append(all, r.ServedSteps...)
				for _, dl := range r.Deadlines {
					all = append(all, dl.Steps...)
					all = append(all, dl.SafeSteps...)
				}
			}
		}
	}
	for _, a := range Authorities {
		for _, s := range Services {
			for _, inHand := range []time.Time{{}, d("2025-02-03")} {
				if sv, ok := Serve(Delivery{Authority: a, Service: s, Event: d("2025-02-01"), InHand: inHand, SignedByOther: true}); ok {
					all = append(all, sv.Steps...)
				}
			}
		}
	}
	seen := map[string]bool{}
	for _, s := range all {
		seen[s.ID] = true
	}
	if len(seen) < 120 {
		t.Errorf("only %d distinct steps exercised", len(seen))
	}
	for _, l := range locales.All {
		tr := locales.New(l)
		for _, s := range all {
			out := RenderStep(tr, s)
			if strings.Contains(out, "<no value>") || strings.Contains(out, "legal.") || strings.Contains(out, "{{") {
				t.Errorf("%s: %s renders %q", l, s.ID, out)
			}
			if (l == locales.SerbianLatin || l == locales.English) && strings.ContainsAny(out, "жђћчшџљњ") && s.Params["Body"] == "" {
				t.Errorf("%s: %s prints a Cyrillic article letter: %q", l, s.ID, out)
			}
		}
	}
}
