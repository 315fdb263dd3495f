package caseload

import (
	"testing"

	"appealdesk/forms"
	"appealdesk/forms/legal"
	"appealdesk/locales"
)

// The caseload shows each case's current stage from legal's stage model and the
// stage's next date: the lawsuit's 30 days once the appeal is decided (ZUS Art. 18(1)),
// the reminder's "not before" date while the appeal waits (ZUS Art. 19(1)), which stays
// the news once it has come.
func TestStagesInTheCaseload_ZUS18_ZUS19(t *testing.T) {
	tests := []struct {
		name, today       string
		mod               func(c *forms.Case)
		stage, titleID    string
		next              string // deadline id
		date              string // the row's date
		notBefore, urgent bool
	}{
		{name: "ZoS Art. 45(2): nothing happened yet: the appeal", today: "2026-11-21", mod: func(c *forms.Case) {},
			stage: StageFirstRemedy, titleID: "caseload.stage.appeal", next: legal.IDAppeal, date: "2026-12-07"},
		{name: "ZUS Art. 19(1): appeal lodged Mon 23 Nov 2026, received by MUP Fri 27 Nov: reminder from Wed 27 Jan 2027",
			today: "2026-12-10", mod: func(c *forms.Case) {
				c.Later.AppealLodged, c.Later.AppealReceivedByBody = "2026-11-23", "2026-11-27"
			}, stage: string(legal.StageAppealPending), titleID: "stages.short.appeal-pending", next: legal.IDReminder,
			date: "2027-01-27", notBefore: true},
		{name: "ZUS Art. 19(1): the reminder's day has come: still the news, may be sent now",
			today: "2027-02-15", mod: func(c *forms.Case) {
				c.Later.AppealLodged, c.Later.AppealReceivedByBody = "2026-11-23", "2026-11-27"
			}, stage: string(legal.StageAppealPending), next: legal.IDReminder, date: "2027-01-27", notBefore: true},
		{name: "ZUS Art. 18(1), ZUP Art. 154(2): decision on the appeal delivered Mon 1 Feb 2027: lawsuit by Wed 3 Mar; the stay is urgent",
			today: "2027-02-02", mod: func(c *forms.Case) {
				c.Later.AppealLodged, c.Later.SecondInstanceReceived = "2026-11-23", "2027-02-01"
				c.Later.SecondInstanceOutcome = string(legal.OutcomeRejected)
			}, stage: string(legal.StageLawsuit), titleID: "stages.short.lawsuit", next: legal.IDLawsuit, date: "2027-03-03", urgent: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := refusal("Ana", "2026-11-20")
			tc.mod(c)
			s := summary(t, c, tc.today)
			if s.Stage.ID != tc.stage || (tc.titleID != "" && s.Stage.TitleID != tc.titleID) {
				t.Fatalf("stage %s (%s), want %s (%s)", s.Stage.ID, s.Stage.TitleID, tc.stage, tc.titleID)
			}
			if s.Next == nil || s.Next.DeadlineID != tc.next || s.Next.LastDay.Format("2006-01-02") != tc.date || s.Next.NotBefore != tc.notBefore {
				t.Fatalf("next = %+v, want %s on %s (not before %v)", s.Next, tc.next, tc.date, tc.notBefore)
			}
			if s.Next.NotBefore && s.Next.Passed() {
				t.Error("a not-before date that has come is not 'passed'")
			}
			if s.Urgent != tc.urgent {
				t.Errorf("urgent = %v, want %v", s.Urgent, tc.urgent)
			}
			for _, l := range locales.All {
				if tr := locales.New(l); tr.T(s.Stage.TitleID) == s.Stage.TitleID {
					t.Errorf("%s: no name for %s", l, s.Stage.TitleID)
				}
			}
		})
	}
}
