package main

import (
	"encoding/json"
	"strings"
	"testing"

	"appealdesk/forms"
	"appealdesk/locales"
)

// stageDeadlinesJSON is the part of `deadlines --json` a later stage is read from.
type stageDeadlinesJSON struct {
	Stage struct {
		ID         string   `json:"id"`
		DeadlineID string   `json:"deadline_id"`
		Documents  []string `json:"documents"`
	} `json:"stage"`
	Deadlines []struct {
		ID         string `json:"id"`
		LastDay    string `json:"last_day"`
		SafeDate   string `json:"safe_date"`
		NotBefore  string `json:"not_before"`
		Direction  string `json:"direction"`
		LodgedWith string `json:"lodged_with"`
	} `json:"deadlines"`
}

// TestDeadlinesEveryStage: for a case at each later stage (forms.Example: a temporary
// residence ended, served in person Thu 12 Nov 2026), `deadlines` names the stage, gives
// its own deadline — a last day, or a "not before" date with none — where it is lodged,
// the stage's documents, and prints the stage and its next date in Serbian.
func TestDeadlinesEveryStage(t *testing.T) {
	appealed := func(c *forms.Case) {
		c.Later.AppealLodged = "2026-11-20"
		c.Later.AppealLodgedHow = forms.LodgedRegisteredMail
		c.Later.AppealArrived = "2026-11-23"
	}
	rejected := func(c *forms.Case) {
		appealed(c)
		c.Later.SecondInstanceReceived = "2027-02-15"
		c.Later.SecondInstanceOutcome = "rejected"
	}
	judged := func(c *forms.Case) {
		rejected(c)
		c.Later.LawsuitLodged = "2027-03-10"
		c.Later.JudgmentReceived = "2027-10-04"
		c.Later.JudgmentOutcome = "rejected"
	}
	detentionJudged := func(c *forms.Case) {
		c.Decision.Type = forms.TypeDetention
		c.Later.LawsuitLodged = "2026-11-18"
		c.Later.JudgmentReceived = "2026-12-01"
		c.Later.JudgmentOutcome = "rejected"
	}
	missed := func(which, ended string) func(c *forms.Case) {
		return func(c *forms.Case) {
			c.Later.MissedDeadline, c.Later.MissedReason, c.Later.MissedReasonEnded = which, "Био сам у болници.", forms.Date(ended)
		}
	}
	then := func(mods ...func(c *forms.Case)) func(c *forms.Case) {
		return func(c *forms.Case) {
			for _, m := range mods {
				m(c)
			}
		}
	}
	cases := []struct {
		name  string
		mod   func(c *forms.Case)
		today string
		stage string
		// deadline: the deadline checked; last and notBefore its dates ("" = none).
		deadline, last, notBefore, lodged string
		docs                              []string
		// next: the Serbian line with the stage's next date.
		next string
	}{
		{name: "ZUS Art. 19(1): appeal received by MUP Tue 1 Dec 2026; day 60 Sat 30 Jan 2027 → Mon 1 Feb; reminder not before Tue 2 Feb",
			mod: then(appealed, func(c *forms.Case) { c.Later.AppealReceivedByBody = "2026-12-01" }), today: "2027-01-10",
			stage: "appeal-pending", deadline: "reminder", notBefore: "2027-02-02", lodged: "mup", docs: []string{"reminder"},
			next: "не пре овог дана: уторак, 2. фебруар 2027."},
		{name: "ZUS Art. 19(1), 26(1)(1), holidays law Art. 1: reminder received Mon 8 Feb 2027; day 7 Mon 15 Feb and 16 Feb are Statehood Day → Wed 17 Feb; lawsuit for silence not before Thu 18 Feb, no last day",
			mod: func(c *forms.Case) {
				c.Later.AppealLodged, c.Later.ReminderSent, c.Later.ReminderReceivedByBody = "2026-11-20", "2027-02-05", "2027-02-08"
			}, today: "2027-02-10",
			stage: "reminder-sent", deadline: "silence-lawsuit", notBefore: "2027-02-18", lodged: "administrative-court", docs: []string{"silence-lawsuit"},
			next: "не пре овог дана: четвртак, 18. фебруар 2027."},
		{name: "ZUS Art. 18(1): appeal rejected, delivered Mon 15 Feb 2027; 30 days → Wed 17 Mar",
			mod: rejected, today: "2027-02-20",
			stage: "lawsuit", deadline: "lawsuit", last: "2027-03-17", lodged: "administrative-court", docs: []string{"lawsuit"},
			next: "сигуран датум: среда, 17. март 2027."},
		{name: "ZUS Art. 18(1), ZUP Art. 66(6): the lawyer received it Fri 12 Feb 2027; 30 days Sun 14 Mar → Mon 15 Mar",
			mod: then(rejected, func(c *forms.Case) { c.Later.RepresentativeServed = "2027-02-12" }), today: "2027-02-20",
			stage: "lawsuit", deadline: "lawsuit", last: "2027-03-15", lodged: "administrative-court", docs: []string{"lawsuit"}},
		{name: "ZUS Art. 14, 18(1): dismissed by the second instance — a lawsuit too",
			mod: then(rejected, func(c *forms.Case) { c.Later.SecondInstanceOutcome = "dismissed-second-instance" }), today: "2027-02-20",
			stage: "lawsuit", deadline: "lawsuit", last: "2027-03-17", lodged: "administrative-court", docs: []string{"lawsuit"}},
		{name: "ZUP Art. 162(3): the first instance dismissed the appeal, notified Thu 10 Dec 2026; 8 days → Fri 18 Dec, to the second instance",
			mod: then(appealed, func(c *forms.Case) {
				c.Later.SecondInstanceReceived, c.Later.SecondInstanceOutcome = "2026-12-10", "dismissed-first-instance"
			}), today: "2026-12-13",
			stage: "appeal-dismissed", deadline: "dismissal-appeal", last: "2026-12-18", lodged: "mup", docs: []string{"dismissal-appeal"},
			next: "сигуран датум: петак, 18. децембар 2026."},
		{name: "ZUP Art. 171(3): annulled and sent back — no lawsuit, no document; a new decision is due",
			mod: then(appealed, func(c *forms.Case) {
				c.Later.SecondInstanceReceived, c.Later.SecondInstanceOutcome = "2026-12-10", "annulled"
			}), today: "2026-12-13",
			stage: "annulled", deadline: "new-decision"},
		{name: "ZUS Art. 49(2)(3), 51: detention judgment delivered Tue 1 Dec 2026; review within 30 days → Thu 31 Dec, to the Supreme Court",
			mod: detentionJudged, today: "2026-12-05",
			stage: "judgment", deadline: "review-request", last: "2026-12-31", lodged: "supreme-court", docs: []string{"review-request", "constitutional-appeal"},
			next: "сигуран датум: четвртак, 31. децембар 2026."},
		{name: "ECHR Art. 35(1): a review request pending — the four months are not counted from the judgment; the lawyer decides which decision is final",
			mod: then(detentionJudged, func(c *forms.Case) { c.Later.ReviewRequestLodged = "2026-12-20" }), today: "2026-12-21",
			stage: "review-pending", deadline: "echr", lodged: "echr", docs: []string{"constitutional-appeal"}},
		{name: "ZUSud Art. 84(1): judgment delivered Mon 4 Oct 2027; constitutional appeal within 30 days → Wed 3 Nov",
			mod: judged, today: "2027-10-10",
			stage: "judgment", deadline: "constitutional", last: "2027-11-03", lodged: "constitutional-court", docs: []string{"constitutional-appeal"},
			next: "сигуран датум: среда, 3. новембар 2027."},
		{name: "ZPP Art. 141 through ZUS Art. 74: the judgment came as a notice on 4 Oct 2027, served 30 days on (3 Nov); constitutional appeal → Fri 3 Dec",
			mod: then(judged, func(c *forms.Case) { c.Later.JudgmentService = "notice" }), today: "2027-10-10",
			stage: "judgment", deadline: "constitutional", last: "2027-12-03", lodged: "constitutional-court", docs: []string{"constitutional-appeal"}},
		{name: "ZUP Art. 82(1): the obstacle ended Mon 30 Nov 2026; restoration within 8 days → Tue 8 Dec, to the first instance",
			mod: missed("appeal", "2026-11-30"), today: "2026-12-01",
			stage: "first-remedy", deadline: "restoration", last: "2026-12-08", lodged: "first-instance", docs: []string{"restoration"}},
		{name: "ZPP Art. 110 through ZUS Art. 74: the obstacle ended Sat 20 Mar 2027; 8 days Sun 28 Mar → Mon 29 Mar, to the court",
			mod: then(rejected, missed("lawsuit", "2027-03-20")), today: "2027-03-21",
			stage: "lawsuit", deadline: "restoration-lawsuit", last: "2027-03-29", lodged: "administrative-court", docs: []string{"lawsuit", "restoration"}},
		{name: "ZUSud Art. 84(2): the obstacle ended Wed 10 Nov 2027; 15 days → Thu 25 Nov, to the Constitutional Court",
			mod: then(judged, missed("constitutional", "2027-11-10")), today: "2027-11-11",
			stage: "judgment", deadline: "restoration-constitutional", last: "2027-11-25", lodged: "constitutional-court", docs: []string{"constitutional-appeal", "restoration"}},
		{name: "ZUP Art. 141(6): no remedy instruction; supplement within 8 days of Thu 12 Nov 2026 → Fri 20 Nov",
			mod: func(c *forms.Case) { c.Decision.RemedyInstruction = forms.No }, today: "2026-11-13",
			stage: "first-remedy", deadline: "remedy-instruction", last: "2026-11-20", lodged: "first-instance", docs: []string{"supplement-request"}},
		{name: "ZoS Art. 75(6), 77(4)–(5): return decision of Tue 10 Nov 2026 with 15 days to leave → Wed 25 Nov; extension asked before the period ends",
			mod: func(c *forms.Case) {
				c.Decision.Type, c.Decision.DepartureDays = forms.TypeReturnDecision, 15
				c.Later.RequestTranslation, c.Later.RequestDepartureExtension = true, true
			}, today: "2026-11-13",
			stage: "first-remedy", deadline: "departure-extension", last: "2026-11-25", lodged: "first-instance", docs: []string{"translation-request", "departure-extension"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := forms.Example()
			tc.mod(c)
			file := writeCase(t, c)
			code, out, errs := runCLI(t, "deadlines", file, "--json", "--today", tc.today)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			var got stageDeadlinesJSON
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatal(err)
			}
			if got.Stage.ID != tc.stage {
				t.Errorf("stage %q, want %q", got.Stage.ID, tc.stage)
			}
			if strings.Join(got.Stage.Documents, " ") != strings.Join(tc.docs, " ") {
				t.Errorf("documents %v, want %v", got.Stage.Documents, tc.docs)
			}
			found := false
			for _, d := range got.Deadlines {
				if d.ID != tc.deadline {
					continue
				}
				found = true
				if d.LastDay != tc.last || d.NotBefore != tc.notBefore || d.LodgedWith != tc.lodged {
					t.Errorf("%s: last %q, not before %q, lodged with %q; want %q, %q, %q", d.ID, d.LastDay, d.NotBefore, d.LodgedWith, tc.last, tc.notBefore, tc.lodged)
				}
				if tc.notBefore != "" && d.Direction != "not-before" {
					t.Errorf("%s: direction %q", d.ID, d.Direction)
				}
			}
			if !found {
				t.Errorf("no deadline %q", tc.deadline)
			}
			if tc.next == "" {
				return
			}
			code, out, errs = runCLI(t, "deadlines", "--lang", "sr", file, "--today", tc.today)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			if !strings.Contains(out, "Стадијум: ") || !strings.Contains(out, tc.next) {
				t.Errorf("the Serbian output lacks the stage or %q:\n%s", tc.next, out)
			}
		})
	}
}

// TestDeadlinesSaysATakenStepIsDone: an appeal lodged by its last day is done; the
// printed deadlines say so instead of counting the days since its last day (it read
// "5 days since the deadline passed" for an appeal lodged a week early).
func TestDeadlinesSaysATakenStepIsDone(t *testing.T) {
	c := forms.Example() // served in person Thu 12 Nov 2026: appeal by Fri 27 Nov (ZoS Art. 66(5))
	c.Later.AppealLodged, c.Later.AppealLodgedHow, c.Later.AppealArrived = "2026-11-20", forms.LodgedRegisteredMail, "2026-11-23"
	file := writeCase(t, c)
	for _, lang := range []string{"en", "ru", "sr", "sr-Latn"} {
		code, out, errs := runCLI(t, "deadlines", "--lang", lang, file, "--today", "2026-12-02")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", lang, code, errs)
		}
		tr := locales.New(locales.Lang(lang))
		_, block, _ := strings.Cut(out, "== "+tr.T("legal.title.appeal")+"\n")
		block, _, _ = strings.Cut(block, "\n== ")
		if !strings.HasPrefix(block, "   "+tr.T("stages.panel.done")+"\n") {
			t.Errorf("%s: the lodged appeal reads:\n%s", lang, block)
		}
		if strings.Contains(block, tr.N("legal.days_passed", 5)) {
			t.Errorf("%s: the lodged appeal is counted as passed:\n%s", lang, block)
		}
	}
}
