package legal

import (
	"math/rand"
	"strings"
	"testing"
	"time"

	"appealdesk/locales"
)

// The later stages, case by case from the statutes: each case names the article it
// checks and the dates worked out by hand.
func TestStageDeadlines(t *testing.T) {
	type want struct {
		id        string
		last      string // legal last day; "" = none (or a "not before" date)
		safe      string // safe date, or the first allowed day of a "not before" deadline; "" = no date
		lodged    Body   // "" = do not check
		notBefore bool
	}
	base := func(typ DecisionType) Facts {
		return Facts{Type: typ, Issued: d("2024-12-20"), Service: Personal, Received: d("2024-12-23")}
	}
	with := func(f Facts, mod func(f *Facts)) Facts { mod(&f); return f }
	cases := []struct {
		name   string
		facts  Facts
		stage  StageID
		want   []want
		absent []string
		known  map[string]bool // deadline id → Known expected
		docs   []DocumentID
	}{
		{
			name: "ZUS Art. 19(1): second instance received the appeal Mon 3 Mar 2025; day 60 Fri 2 May is Labour Day (holidays law Art. 1а) → Mon 5 May; reminder not before Tue 6 May",
			facts: with(base(TemporaryResidenceTermination), func(f *Facts) {
				f.AppealLodged = d("2025-01-06")
				f.AppealReceived = d("2025-03-03")
			}),
			stage: StageAppealPending,
			want:  []want{{id: IDReminder, safe: "2025-05-06", lodged: MUP, notBefore: true}},
			docs:  []DocumentID{DocReminder},
		},
		{
			name: "ZUS Art. 19(1) with ZUP Art. 166(1): lodged in person Fri 10 Jan 2025, receipt unknown: latest receipt Sat 25 Jan, day 60 Wed 26 Mar, reminder not before Thu 27 Mar",
			facts: with(base(ReturnDecision), func(f *Facts) {
				f.AppealLodged = d("2025-01-10")
			}),
			stage: StageAppealPending,
			want:  []want{{id: IDReminder, safe: "2025-03-27", notBefore: true}},
		},
		{
			name: "ZUS Art. 19(1): posted by registered mail, arrival unknown: no reminder date can be safe",
			facts: with(base(ReturnDecision), func(f *Facts) {
				f.AppealLodged = d("2025-01-10")
				f.Stages.AppealPosted = true
			}),
			stage: StageAppealPending,
			known: map[string]bool{IDReminder: false},
		},
		{
			name: "ZUS Art. 19(1), ZUP Art. 166(1): posted, return receipt Tue 14 Jan 2025: +15 = Wed 29 Jan, day 60 Sun 30 Mar → Mon 31 Mar, reminder not before Tue 1 Apr",
			facts: with(base(ReturnDecision), func(f *Facts) {
				f.AppealLodged = d("2025-01-10")
				f.Stages.AppealPosted = true
				f.Stages.AppealArrived = d("2025-01-14")
			}),
			stage: StageAppealPending,
			want:  []want{{id: IDReminder, safe: "2025-04-01", notBefore: true}},
		},
		{
			name: "ZUS Art. 19(1), 26(1)(1): reminder received Mon 2 Jun 2025; day 7 Mon 9 Jun; lawsuit for silence not before Tue 10 Jun, no last day",
			facts: with(base(TemporaryResidenceRefusal), func(f *Facts) {
				f.AppealLodged = d("2025-01-06")
				f.Stages.ReminderSent = d("2025-05-30")
				f.ReminderReceived = d("2025-06-02")
			}),
			stage: StageReminderSent,
			want:  []want{{id: IDSilenceLawsuit, safe: "2025-06-10", lodged: AdministrativeCourt, notBefore: true}},
			docs:  []DocumentID{DocSilenceLawsuit},
		},
		{
			name: "ZUS Art. 19(1), holidays law Art. 1а: reminder received Tue 4 Nov 2025; day 7 Tue 11 Nov is Armistice Day → Wed 12 Nov; not before Thu 13 Nov",
			facts: with(base(TemporaryResidenceRefusal), func(f *Facts) {
				f.AppealLodged = d("2025-08-01")
				f.Stages.ReminderSent = d("2025-11-03")
				f.ReminderReceived = d("2025-11-04")
			}),
			stage: StageReminderSent,
			want:  []want{{id: IDSilenceLawsuit, safe: "2025-11-13", notBefore: true}},
		},
		{
			name: "ZUS Art. 19(1), 22(3): reminder sent, receipt not known: no lawsuit date",
			facts: with(base(TemporaryResidenceRefusal), func(f *Facts) {
				f.AppealLodged = d("2025-01-06")
				f.Stages.ReminderSent = d("2025-05-30")
			}),
			stage: StageReminderSent,
			known: map[string]bool{IDSilenceLawsuit: false},
		},
		{
			name: "ZUP Art. 162(3): the first instance dismissed the appeal, notified Mon 14 Apr 2025; 8 days → Tue 22 Apr (Easter Tuesday works); lodged with MUP; urgent stay (ZUP Art. 190(2)(5), ZUS Art. 23(3)(1))",
			facts: with(base(TemporaryResidenceTermination), func(f *Facts) {
				f.AppealLodged = d("2025-01-06")
				f.SecondInstanceReceived = d("2025-04-14")
				f.Stages.Outcome = OutcomeDismissedFirst
			}),
			stage: StageAppealDismissed,
			want: []want{{id: IDDismissalAppeal, last: "2025-04-22", safe: "2025-04-22", lodged: MUP},
				{id: IDDismissalPostpone}},
			known: map[string]bool{IDLawsuit: false},
			docs:  []DocumentID{DocDismissalAppeal},
		},
		{
			name: "ZUP Art. 171(3): annulled and sent back — no lawsuit; a new first-instance decision is due",
			facts: with(base(TemporaryResidenceTermination), func(f *Facts) {
				f.AppealLodged = d("2025-01-06")
				f.SecondInstanceReceived = d("2025-03-10")
				f.Stages.Outcome = OutcomeAnnulled
			}),
			stage:  StageAnnulled,
			known:  map[string]bool{IDLawsuit: false, IDNewDecision: false},
			absent: []string{IDPostponeLawsuit},
		},
		{
			name: "ZUS Art. 18(1), ZUP Art. 66(6): rejected; the lawyer received it Wed 5 Feb 2025, the person Mon 10 Feb: 30 days from the lawyer's day → Fri 7 Mar; urgent stay (ZUP Art. 154(2), ZUS Art. 23(2))",
			facts: with(base(PermanentResidenceTermination), func(f *Facts) {
				f.AppealLodged = d("2025-01-06")
				f.SecondInstanceReceived = d("2025-02-10")
				f.Stages.RepresentativeServed = d("2025-02-05")
				f.Stages.Outcome = OutcomeRejected
			}),
			stage: StageLawsuit,
			want: []want{{id: IDLawsuit, last: "2025-03-07", safe: "2025-03-07", lodged: AdministrativeCourt},
				{id: IDPostponeLawsuit}},
			docs: []DocumentID{DocLawsuit},
		},
		{
			name: "ZUS Art. 18(1), ZUP Art. 69(3): the lawyer received it Wed 12 Feb, after the person (Mon 10 Feb): last day from the lawyer's day Fri 14 Mar, safe from the person's Wed 12 Mar",
			facts: with(base(TemporaryResidenceTermination), func(f *Facts) {
				f.AppealLodged = d("2025-01-06")
				f.SecondInstanceReceived = d("2025-02-10")
				f.Stages.RepresentativeServed = d("2025-02-12")
				f.Stages.Outcome = OutcomeRejected
			}),
			stage: StageLawsuit,
			want:  []want{{id: IDLawsuit, last: "2025-03-14", safe: "2025-03-12"}},
		},
		{
			name: "ZUS Art. 18(1), ZPP Art. 103(4): outcome not said, delivered Fri 28 Feb 2025: 30 days → Sun 30 Mar → Mon 31 Mar; safe Fri 28 Mar",
			facts: with(base(ReturnDecision), func(f *Facts) {
				f.AppealLodged = d("2025-01-06")
				f.SecondInstanceReceived = d("2025-02-28")
			}),
			stage: StageLawsuit,
			want:  []want{{id: IDLawsuit, last: "2025-03-31", safe: "2025-03-28"}},
		},
		{
			name: "ZPP Art. 141(2)–(3) through ZUS Art. 74: the court left a notice on Mon 3 Nov 2025: served after 30 days, Wed 3 Dec; the constitutional appeal's 30 days → Fri 2 Jan 2026 (New Year) → Mon 5 Jan; safe Wed 31 Dec (collecting earlier is the only earlier reading)",
			facts: with(base(TemporaryResidenceTermination), func(f *Facts) {
				f.AppealLodged = d("2025-01-06")
				f.SecondInstanceReceived = d("2025-03-10")
				f.Stages.LawsuitLodged = d("2025-03-20")
				f.JudgmentReceived = d("2025-11-03")
				f.Stages.JudgmentService = Notice
			}),
			stage: StageJudgment,
			want:  []want{{id: IDConstitutional, last: "2026-01-05", safe: "2025-12-31"}},
		},
		{
			name: "ZUP Art. 75(6): the decision on the appeal was left as a notice on Mon 2 Feb 2026: served 15 days later, Tue 17 Feb; lawsuit 30 days → Thu 19 Mar; safe from the notice, Wed 4 Mar",
			facts: with(base(TemporaryResidenceTermination), func(f *Facts) {
				f.AppealLodged = d("2025-12-01")
				f.SecondInstanceReceived = d("2026-02-02")
				f.Stages.SecondInstanceService = Notice
				f.Stages.Outcome = OutcomeRejected
			}),
			stage: StageLawsuit,
			want:  []want{{id: IDLawsuit, last: "2026-03-19"}},
		},
		{
			name: "ZUS Art. 49(2)(3), 50(2), 51(1): detention (no appeal lay, ZoS Art. 90(1)), judgment delivered Tue 1 Jul 2025: review by Thu 31 Jul, with the Supreme Court, through a lawyer",
			facts: with(base(Detention), func(f *Facts) {
				f.Stages.LawsuitLodged = d("2025-06-20")
				f.JudgmentReceived = d("2025-07-01")
				f.Stages.JudgmentOutcome = JudgmentRejected
			}),
			stage: StageJudgment,
			want: []want{{id: IDReview, last: "2025-07-31", safe: "2025-07-31", lodged: SupremeCourt},
				{id: IDConstitutional, last: "2025-07-31"}},
			docs: []DocumentID{DocReview, DocConstitutional},
		},
		{
			name: "ZUS Art. 49(2): an appeal lay and the court reviewed legality only: no request for review; ZUSud Art. 84(1) constitutional appeal 30 days from Mon 3 Nov 2025 → Wed 3 Dec",
			facts: with(base(TemporaryResidenceTermination), func(f *Facts) {
				f.AppealLodged = d("2025-01-06")
				f.SecondInstanceReceived = d("2025-03-10")
				f.Stages.Outcome = OutcomeRejected
				f.Stages.LawsuitLodged = d("2025-03-20")
				f.JudgmentReceived = d("2025-11-03")
				f.Stages.JudgmentOutcome = JudgmentRejected
			}),
			stage: StageJudgment,
			want:  []want{{id: IDConstitutional, last: "2025-12-03", safe: "2025-12-03", lodged: ConstitutionalCourt}},
			known: map[string]bool{IDReview: false},
			docs:  []DocumentID{DocConstitutional},
		},
		{
			name: "ZUS Art. 49(2)(2): the court decided in full jurisdiction: the review lies though an appeal lay",
			facts: with(base(TemporaryResidenceTermination), func(f *Facts) {
				f.AppealLodged = d("2025-01-06")
				f.SecondInstanceReceived = d("2025-03-10")
				f.Stages.LawsuitLodged = d("2025-03-20")
				f.JudgmentReceived = d("2025-11-03")
				f.Stages.FullJurisdiction = true
			}),
			stage: StageJudgment,
			want:  []want{{id: IDReview, last: "2025-12-03", lodged: SupremeCourt}},
			docs:  []DocumentID{DocReview, DocConstitutional},
		},
		{
			name: "ZUSud Art. 84(1): the Supreme Court's decision delivered Mon 2 Feb 2026: constitutional appeal by Wed 4 Mar",
			facts: with(base(Detention), func(f *Facts) {
				f.JudgmentReceived = d("2025-07-01")
				f.Stages.ReviewLodged = d("2025-07-20")
				f.Stages.ReviewDecisionReceived = d("2026-02-02")
			}),
			stage: StageJudgment,
			want:  []want{{id: IDConstitutional, last: "2026-03-04"}},
		},
		{
			name: "ECHR Art. 35(1): the four months are not counted while the constitutional appeal is pending, whatever date is entered",
			facts: with(base(Detention), func(f *Facts) {
				f.JudgmentReceived = d("2025-07-01")
				f.FinalDomesticDecision = d("2025-07-01")
				f.Stages.ConstitutionalLodged = d("2025-07-25")
			}),
			stage: StageConstitutionalPending,
			known: map[string]bool{IDECHR: false},
		},
		{
			name: "ECHR Art. 35(1): nor while the request for review is pending",
			facts: with(base(Detention), func(f *Facts) {
				f.JudgmentReceived = d("2025-07-01")
				f.FinalDomesticDecision = d("2025-07-01")
				f.Stages.ReviewLodged = d("2025-07-20")
			}),
			stage: StageReviewPending,
			known: map[string]bool{IDECHR: false},
			docs:  []DocumentID{DocConstitutional},
		},
		{
			name: "ECHR Art. 35(1): the Constitutional Court decided: four months from the final decision Tue 3 Mar 2026 → Fri 3 Jul, never moved",
			facts: with(base(Detention), func(f *Facts) {
				f.JudgmentReceived = d("2025-07-01")
				f.Stages.ConstitutionalLodged = d("2025-07-25")
				f.Stages.ConstitutionalDecisionReceived = d("2026-03-03")
				f.FinalDomesticDecision = d("2026-03-03")
			}),
			stage: StageJudgment,
			want:  []want{{id: IDECHR, last: "2026-07-03"}},
		},
		{
			name: "ZUSud Art. 84(2)–(3): constitutional appeal missed (last day Wed 3 Dec 2025), reason ended Mon 8 Dec: 15 days → Tue 23 Dec, within three months",
			facts: with(base(TemporaryResidenceTermination), func(f *Facts) {
				f.AppealLodged = d("2025-01-06")
				f.SecondInstanceReceived = d("2025-03-10")
				f.Stages.LawsuitLodged = d("2025-03-20")
				f.JudgmentReceived = d("2025-11-03")
				f.Stages.Missed = MissedConstitutional
				f.Stages.MissedReason = true
				f.MissedReasonEnded = d("2025-12-08")
			}),
			stage: StageJudgment,
			want:  []want{{id: IDRestorationConstitution, last: "2025-12-23", lodged: ConstitutionalCourt}},
			docs:  []DocumentID{DocConstitutional, DocRestoration},
		},
		{
			name: "ZPP Art. 110 through ZUS Art. 74: lawsuit missed (last day Mon 31 Mar 2025), reason ended Tue 20 May: 8 days → Wed 28 May, but 60 days from the missed day end Fri 30 May: 28 May",
			facts: with(base(ReturnDecision), func(f *Facts) {
				f.AppealLodged = d("2025-01-06")
				f.SecondInstanceReceived = d("2025-02-28")
				f.Stages.Missed = MissedLawsuit
				f.Stages.MissedReason = true
				f.MissedReasonEnded = d("2025-05-20")
			}),
			stage: StageLawsuit,
			want:  []want{{id: IDRestorationLawsuit, last: "2025-05-28", lodged: AdministrativeCourt}},
			docs:  []DocumentID{DocLawsuit, DocRestoration},
		},
		{
			name: "ZPP Art. 110(3): the 60 days from the missed day (Mon 31 Mar 2025 → Fri 30 May) cap 8 days from Mon 26 May (Tue 3 Jun)",
			facts: with(base(ReturnDecision), func(f *Facts) {
				f.AppealLodged = d("2025-01-06")
				f.SecondInstanceReceived = d("2025-02-28")
				f.Stages.Missed = MissedLawsuit
				f.MissedReasonEnded = d("2025-05-26")
			}),
			stage: StageLawsuit,
			want:  []want{{id: IDRestorationLawsuit, last: "2025-05-30"}},
			// No reason stated: the proposal is not offered (issue: only where the person states one).
			docs: []DocumentID{DocLawsuit},
		},
		{
			name: "ZoS Art. 77(5), 77(3): return decision issued Mon 6 Jan 2025 with 10 days to leave (Thu 16 Jan): ask to extend by Wed 15 Jan",
			facts: with(base(ReturnDecision), func(f *Facts) {
				f.Issued, f.Received = d("2025-01-06"), d("2025-01-08")
				f.DepartureDays = 10
				f.Stages.WantsDepartureExtension = true
			}),
			stage: StageFirstRemedy,
			want:  []want{{id: IDDepartureExtension, last: "2025-01-16", safe: "2025-01-15"}},
			docs:  []DocumentID{DocDepartureExtension},
		},
		{
			name: "ZoS Art. 75(6): written translation of a return decision: no date, the appeal period keeps running",
			facts: with(base(ReturnDecision), func(f *Facts) {
				f.Stages.WantsTranslation = true
			}),
			stage: StageFirstRemedy,
			known: map[string]bool{IDTranslation: false},
			docs:  []DocumentID{DocTranslation},
		},
		{
			name: "Rule 39 of the Rules of Court, ECHR Art. 3: removal planned Mon 9 Mar 2026: send by Fri 6 Mar; urgent",
			facts: with(base(ReturnDecision), func(f *Facts) {
				f.Stages.RiskOnReturn = true
				f.Stages.RemovalPlanned = d("2026-03-09")
			}),
			stage: StageFirstRemedy,
			want:  []want{{id: IDRule39, last: "2026-03-09", safe: "2026-03-06", lodged: ECHR}},
			docs:  []DocumentID{DocRule39},
		},
		{
			name: "ZUP Art. 178(1): a ground for reopening learned Mon 5 Jan 2026: 90 days → Mon 6 Apr, with the first instance (179(2))",
			facts: with(base(TemporaryResidenceTermination), func(f *Facts) {
				f.AppealLodged = d("2025-01-06")
				f.SecondInstanceReceived = d("2025-03-10")
				f.Stages.ReopeningGroundLearned = d("2026-01-05")
			}),
			stage: StageLawsuit,
			want:  []want{{id: IDReopening, last: "2026-04-06", lodged: FirstInstance}},
		},
		{
			name: "ZUS Art. 69(2): the lawsuit was upheld: the authority decides again; no constitutional appeal",
			facts: with(base(TemporaryResidenceTermination), func(f *Facts) {
				f.AppealLodged = d("2025-01-06")
				f.SecondInstanceReceived = d("2025-03-10")
				f.Stages.LawsuitLodged = d("2025-03-20")
				f.JudgmentReceived = d("2025-11-03")
				f.Stages.JudgmentOutcome = JudgmentUpheld
			}),
			stage: StageWon,
			known: map[string]bool{IDConstitutional: false, IDBodyAfterJudgment: false},
		},
		{
			name: "ZUP Art. 141(6): no legal-remedy instruction: the request to supplement is offered at the first stage",
			facts: with(base(TemporaryResidenceTermination), func(f *Facts) {
				f.NoRemedyInstruction = true
			}),
			stage: StageFirstRemedy,
			docs:  []DocumentID{DocSupplement},
		},
	}
	tr := locales.New(locales.English)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := Compute(tc.facts)
			st := CurrentStage(tc.facts, res)
			if st.ID != tc.stage {
				t.Errorf("stage = %s, want %s", st.ID, tc.stage)
			}
			for _, w := range tc.want {
				dl, ok := res.Deadline(w.id)
				if !ok {
					t.Errorf("%s missing; have %v", w.id, ids(res))
					continue
				}
				if w.last != "" && iso(dl.LastDay) != w.last {
					t.Errorf("%s last day = %s, want %s\n%s", w.id, iso(dl.LastDay), w.last, explain(tr, dl))
				}
				if w.safe != "" && iso(dl.Safe) != w.safe {
					t.Errorf("%s safe = %s, want %s\n%s", w.id, iso(dl.Safe), w.safe, explain(tr, dl))
				}
				if w.lodged != "" && dl.LodgedWith != w.lodged {
					t.Errorf("%s lodged with %s, want %s", w.id, dl.LodgedWith, w.lodged)
				}
				if IsNotBefore(dl) != w.notBefore {
					t.Errorf("%s not-before = %v, want %v", w.id, IsNotBefore(dl), w.notBefore)
				}
				if w.notBefore && !dl.LastDay.IsZero() {
					t.Errorf("%s: a not-before date has no last day, got %s", w.id, iso(dl.LastDay))
				}
				if !dl.Safe.IsZero() && !dl.LastDay.IsZero() && dl.Safe.After(dl.LastDay) {
					t.Errorf("%s: safe %s after last day %s", w.id, iso(dl.Safe), iso(dl.LastDay))
				}
			}
			for id, known := range tc.known {
				dl, ok := res.Deadline(id)
				if !ok {
					t.Errorf("%s missing", id)
					continue
				}
				if dl.Known != known || (!known && (!dl.LastDay.IsZero() || !dl.Safe.IsZero())) {
					t.Errorf("%s known = %v (%s/%s), want %v\n%s", id, dl.Known, iso(dl.LastDay), iso(dl.Safe), known, explain(tr, dl))
				}
			}
			for _, id := range tc.absent {
				if _, ok := res.Deadline(id); ok {
					t.Errorf("%s should be absent", id)
				}
			}
			if tc.docs != nil && !equalDocs(st.Documents, tc.docs) {
				t.Errorf("documents = %v, want %v", st.Documents, tc.docs)
			}
			// Every step renders, in every language, with no missing message.
			for _, l := range locales.All {
				tl := locales.New(l)
				for _, dl := range res.Deadlines {
					for _, s := range dl.Steps {
						if out := RenderStep(tl, s); strings.Contains(out, "<no value>") || strings.HasPrefix(out, "stages.") {
							t.Errorf("%s %s: %q", l, s.ID, out)
						}
					}
				}
				if got := tl.T(st.TitleID); got == st.TitleID {
					t.Errorf("%s: no name for stage %s", l, st.ID)
				}
			}
		})
	}
}

func ids(r Result) []string {
	var out []string
	for _, d := range r.Deadlines {
		out = append(out, d.ID)
	}
	return out
}

func explain(tr *locales.Translator, d Deadline) string {
	return strings.Join(RenderSteps(tr, d.Steps), "\n")
}

func equalDocs(a, b []DocumentID) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// latestEnd is the latest reading of when a body's period of n days from from ends:
// the nominal day, moved past every day any office may not work (Saturdays, Sundays,
// holidays), counted by hand, independently of CountPeriod.
func latestEnd(from time.Time, n int) time.Time {
	end := Day(from).AddDate(0, 0, n)
	for end.Weekday() == time.Saturday || end.Weekday() == time.Sunday || IsHoliday(end) {
		end = end.AddDate(0, 0, 1)
	}
	return end
}

// TestNotBeforeNeverBeforeLatestReading: over many generated timelines, no "not
// before" date lies before the day after the latest reading of the period it waits
// for (ZUS Art. 19(1): 60 days from the second instance's receipt of the appeal — at
// the latest 15 days after it reached the first instance, ZUP Art. 166(1) — then 7
// days from its receipt of the reminder), and none is later than needed.
func TestNotBeforeNeverBeforeLatestReading(t *testing.T) {
	rng := rand.New(rand.NewSource(15))
	types := []DecisionType{TemporaryResidenceTermination, ReturnDecision, EntryRefusal, PermanentResidenceTermination, TemporaryResidenceRefusal}
	start := Date(1995, 1, 1)
	checked := 0
	for i := 0; i < 20000; i++ {
		lodged := start.AddDate(0, 0, rng.Intn(365*100))
		f := Facts{Type: types[rng.Intn(len(types))], Service: Personal, Received: lodged.AddDate(0, 0, -rng.Intn(15)),
			AppealLodged: lodged, Office: Office{SaturdayWorking: rng.Intn(4) == 0}}
		arrived := lodged
		switch rng.Intn(4) {
		case 0:
			f.Stages.AppealPosted = true
			if rng.Intn(2) == 0 {
				arrived = lodged.AddDate(0, 0, 1+rng.Intn(10))
				f.Stages.AppealArrived = arrived
			} else {
				arrived = time.Time{}
			}
		case 1:
			f.AppealReceived = lodged.AddDate(0, 0, rng.Intn(40))
		}
		reminderReceived := lodged.AddDate(0, 0, 61+rng.Intn(200))
		if rng.Intn(2) == 0 {
			f.Stages.ReminderSent = reminderReceived.AddDate(0, 0, -rng.Intn(5))
			f.ReminderReceived = reminderReceived
		}
		res := Compute(f)
		rem, _ := RemedyFor(f.Type)
		if d, ok := res.Deadline(IDReminder); ok {
			var from time.Time
			switch {
			case !f.AppealReceived.IsZero():
				from = f.AppealReceived
			case arrived.IsZero():
				if d.Known {
					t.Fatalf("posted, arrival unknown, yet a reminder date %s", iso(d.Safe))
				}
			case rem.LodgedWith == rem.DecidedBy:
				from = arrived
			default:
				from = arrived.AddDate(0, 0, 15)
			}
			if !from.IsZero() {
				want := latestEnd(from, 60).AddDate(0, 0, 1)
				if !d.Known || d.Safe.Before(want) {
					t.Fatalf("%+v: reminder not before %s, before the latest reading's %s", f.Stages, iso(d.Safe), iso(want))
				}
				if !d.Safe.Equal(want) {
					t.Errorf("%+v: reminder not before %s, later than needed (%s)", f.Stages, iso(d.Safe), iso(want))
				}
				checked++
			}
		}
		if d, ok := res.Deadline(IDSilenceLawsuit); ok && !f.ReminderReceived.IsZero() {
			want := latestEnd(f.ReminderReceived, 7).AddDate(0, 0, 1)
			if !d.Known || d.Safe.Before(want) {
				t.Fatalf("reminder received %s: lawsuit not before %s, before the latest reading's %s", iso(f.ReminderReceived), iso(d.Safe), iso(want))
			}
			if !d.Safe.Equal(want) {
				t.Errorf("reminder received %s: lawsuit not before %s, later than needed (%s)", iso(f.ReminderReceived), iso(d.Safe), iso(want))
			}
			checked++
		}
	}
	if checked < 10000 {
		t.Fatalf("only %d not-before dates checked", checked)
	}
}

// TestStageSafeNeverAfterEarliestReading: the later "by" deadlines that run from a
// paper served on the person or a representative never have a safe date after the
// period counted from the earlier of the two days, by any office's working days.
func TestStageSafeNeverAfterEarliestReading(t *testing.T) {
	rng := rand.New(rand.NewSource(16))
	start := Date(2000, 1, 1)
	for i := 0; i < 5000; i++ {
		person := start.AddDate(0, 0, rng.Intn(365*90))
		rep := time.Time{}
		if rng.Intn(2) == 0 {
			rep = person.AddDate(0, 0, rng.Intn(21)-10)
		}
		f := Facts{Type: TemporaryResidenceTermination, Service: Personal, Received: person.AddDate(0, 0, -200),
			AppealLodged: person.AddDate(0, 0, -150), SecondInstanceReceived: person,
			Stages: StageFacts{RepresentativeServed: rep, Outcome: Outcomes[rng.Intn(len(Outcomes))]}}
		earliest := person
		if !rep.IsZero() && rep.Before(person) {
			earliest = rep
		}
		res := Compute(f)
		check := func(id string, n int) {
			d, ok := res.Deadline(id)
			if !ok || !d.Known {
				return
			}
			nominal := earliest.AddDate(0, 0, n)
			if d.Safe.After(nominal) || !StrictWorkday(d.Safe) && !d.Safe.Equal(d.LastDay) {
				t.Fatalf("%s from %s (rep %s): safe %s after the earliest reading's day %d, %s", id, iso(person), iso(rep), iso(d.Safe), n, iso(nominal))
			}
			if d.Safe.After(d.LastDay) {
				t.Fatalf("%s: safe %s after last day %s", id, iso(d.Safe), iso(d.LastDay))
			}
		}
		switch f.Stages.Outcome {
		case OutcomeDismissedFirst:
			check(IDDismissalAppeal, 8)
		case OutcomeAnnulled:
			if d, _ := res.Deadline(IDLawsuit); d.Known {
				t.Fatal("annulled: no lawsuit date")
			}
		default:
			check(IDLawsuit, 30)
		}
	}
}

// TestStagesNamedInEveryLanguage: every stage and every document has a name.
func TestStagesNamedInEveryLanguage(t *testing.T) {
	for _, l := range locales.All {
		tr := locales.New(l)
		for _, s := range Stages {
			if tr.T(s.TitleID()) == s.TitleID() {
				t.Errorf("%s: stage %s has no name", l, s)
			}
		}
		for _, id := range DocumentIDs {
			if tr.T(id.TitleID()) == id.TitleID() {
				t.Errorf("%s: document %s has no name", l, id)
			}
			if _, ok := Document(id); !ok {
				t.Errorf("document %s has no rules", id)
			}
		}
	}
}

// TestStageNext: the next date of a stage is the first of its dates that is still to
// come; a "not before" date stays the next date once it has come.
func TestStageNext(t *testing.T) {
	f := Facts{Type: TemporaryResidenceTermination, Service: Personal, Received: d("2024-12-23"),
		AppealLodged: d("2025-01-06"), AppealReceived: d("2025-03-03")}
	res := Compute(f)
	st := CurrentStage(f, res)
	next, ok := st.Next(res, d("2025-04-01"))
	if !ok || next.ID != IDReminder || iso(next.Safe) != "2025-05-06" {
		t.Fatalf("next = %s %s %v, want the reminder from 2025-05-06", next.ID, iso(next.Safe), ok)
	}
	if next, ok := st.Next(res, d("2025-06-01")); !ok || next.ID != IDReminder {
		t.Fatalf("after its day the reminder stays next, got %s %v", next.ID, ok)
	}
}

// TestStepsTaken: what the person did, as "What happened next" records it. ZUP Art.
// 80: an appeal lodged by its last day is done — neither urgent nor passed, and
// restoration (ZUP Art. 82–83) and the late slip (82(3)) no longer apply; lodged after
// it, it needs restoration. ZUS Art. 19(1), 26(1)(1): a reminder sent before its first
// allowed day may not count.
func TestStepsTaken(t *testing.T) {
	base := Facts{Type: TemporaryResidenceRefusal, Service: Personal, Received: d("2026-03-02")} // last day Tue 17 Mar 2026
	inTime := base
	inTime.AppealLodged = d("2026-03-17")
	r := Compute(inTime)
	a, _ := r.Deadline(IDAppeal)
	if !a.Done || a.UrgentOn(d("2026-04-01")) || a.Passed(d("2026-04-01")) {
		t.Errorf("ZUP Art. 80: lodged on its last day: done %v", a.Done)
	}
	for _, id := range []string{IDRestoration, IDLateSlip} {
		if _, ok := r.Deadline(id); ok {
			t.Errorf("ZUP Art. 82–83: %s after an appeal lodged in time", id)
		}
	}
	late := base
	late.AppealLodged = d("2026-03-18")
	r = Compute(late)
	a, _ = r.Deadline(IDAppeal)
	if a.Done || !a.Passed(d("2026-03-19")) || a.Steps[len(a.Steps)-1].ID != "stages.step.taken_late" {
		t.Errorf("ZUP Art. 82–83: lodged a day late: done %v", a.Done)
	}
	if _, ok := r.Deadline(IDRestoration); !ok {
		t.Error("ZUP Art. 82–83: a late appeal keeps restoration")
	}
	early := inTime
	early.AppealReceived = d("2026-03-20")      // 60 days end Tue 19 May 2026: reminder from Wed 20 May
	early.Stages.ReminderSent = d("2026-05-19") // a day early
	rem, _ := Compute(early).Deadline(IDReminder)
	if rem.Done || iso(rem.Safe) != "2026-05-20" || rem.Steps[len(rem.Steps)-1].ID != "stages.step.taken_early" {
		t.Errorf("ZUS Art. 19(1): reminder sent a day early: done %v, safe %s", rem.Done, iso(rem.Safe))
	}
	early.Stages.ReminderSent = d("2026-05-20")
	if rem, _ := Compute(early).Deadline(IDReminder); !rem.Done {
		t.Error("ZUS Art. 19(1): a reminder sent on its first day is done")
	}
}

// FuzzStages: any later answers give a stage, never a panic; a "by" deadline's safe
// date is never after its last day, a "not before" one has no last day, a step done is
// never urgent, and the stage's own deadline exists.
func FuzzStages(f *testing.F) {
	f.Add(int64(0), uint16(3000), uint16(20), uint16(80), uint16(90), uint16(200), uint8(0), uint8(0), uint16(0xffff))
	f.Add(int64(7), uint16(9000), uint16(5), uint16(61), uint16(70), uint16(400), uint8(3), uint8(1), uint16(0x5555))
	f.Fuzz(func(t *testing.T, seed int64, start, lodged, second, reminder, judged uint16, outcome, judgment uint8, mask uint16) {
		base := Date(1995, 1, 1).AddDate(0, 0, int(start)%36000)
		on := func(bit uint, days uint16) time.Time {
			if mask&(1<<bit) == 0 {
				return time.Time{}
			}
			return base.AddDate(0, 0, int(days)%800)
		}
		types := DecisionTypes
		f := Facts{Type: types[int(uint64(seed)%uint64(len(types)))], Service: Personal, Received: base,
			AppealLodged: on(0, lodged), SecondInstanceReceived: on(1, second), JudgmentReceived: on(2, judged),
			AppealReceived: on(3, lodged+3), ReminderReceived: on(4, reminder+2), MissedReasonEnded: on(5, judged+10)}
		f.Stages = StageFacts{Outcome: Outcomes[int(outcome)%len(Outcomes)], JudgmentOutcome: JudgmentOutcomes[int(judgment)%len(JudgmentOutcomes)],
			AppealPosted: mask&(1<<6) != 0, AppealArrived: on(7, lodged+2), ReminderSent: on(8, reminder), LawsuitLodged: on(9, second+5),
			ReviewLodged: on(10, judged+5), ConstitutionalLodged: on(11, judged+6), RepresentativeServed: on(12, second-1),
			Missed: []Missed{"", MissedAppeal, MissedLawsuit, MissedConstitutional}[int(mask>>13)%4], MissedReason: mask&(1<<15) != 0,
			FullJurisdiction: seed%3 == 0, RiskOnReturn: seed%2 == 0, RemovalPlanned: on(14, judged+30), WantsDepartureExtension: true, WantsTranslation: true}
		res := Compute(f)
		st := CurrentStage(f, res)
		if st.ID == "" || st.TitleID == "" {
			t.Fatalf("no stage for %+v", f.Stages)
		}
		if res.Remedy != nil && st.DeadlineID != "" {
			if _, ok := res.Deadline(st.DeadlineID); !ok {
				t.Fatalf("stage %s: its deadline %s is missing", st.ID, st.DeadlineID)
			}
		}
		today := base.AddDate(0, 0, 400)
		for _, d := range res.Deadlines {
			if d.Direction == NotBefore && !d.LastDay.IsZero() {
				t.Fatalf("%s: a not-before date with a last day", d.ID)
			}
			if d.Direction == By && d.Known && !d.LastDay.IsZero() && !d.Safe.IsZero() && d.Safe.After(d.LastDay) {
				t.Fatalf("%s: safe %s after last day %s", d.ID, iso(d.Safe), iso(d.LastDay))
			}
			if d.Done && (d.UrgentOn(today) || d.Passed(today)) {
				t.Fatalf("%s: done, yet urgent or passed", d.ID)
			}
		}
		st.Next(res, today)
	})
}
