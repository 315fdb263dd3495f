package forms

import (
	"strings"
	"testing"
	"time"

	"appealdesk/locales"
)

// TestValidate: each rule, with the article it rests on in the case name where there is one.
func TestValidate(t *testing.T) {
	cases := []struct {
		name       string
		edit       func(c *Case)
		path       string
		sev        Severity
		msg        string
		suggestion string
	}{
		{"delivery before issue (ZUP Art. 80(2): counting starts from delivery)", func(c *Case) { c.Decision.Received = "2026-11-09" },
			"decision.received", SeverityError, "interview.issue.received_before_issued", ""},
		{"issued in the future", func(c *Case) { c.Decision.Issued = "2026-12-02" },
			"decision.issued", SeverityError, "interview.issue.date_future", ""},
		{"received in the future", func(c *Case) { c.Decision.Received = "2027-01-01" },
			"decision.received", SeverityError, "interview.issue.date_future", ""},
		{"impossible date 31 February", func(c *Case) { c.Person.Born = "1990-02-31" },
			"person.born", SeverityError, "interview.issue.date_invalid", ""},
		{"date as typed, not ISO", func(c *Case) { c.Decision.Issued = "10.11.2026" },
			"decision.issued", SeverityError, "interview.issue.date_invalid", ""},
		{"passport with spaces", func(c *Case) { c.Person.Passport = "75 1234\t567" },
			"person.passport", SeverityWarning, "interview.issue.passport_spaces", "751234567"},
		{"departure over 30 days, ZoS Art. 66(2)", func(c *Case) { c.Decision.DepartureDays = 31 },
			"decision.departure_days", SeverityWarning, "interview.issue.departure_over_cap", ""},
		{"departure over 30 days, ZoS Art. 72(4)", func(c *Case) {
			c.Decision.Type = TypePermanentResidenceTermination
			c.Decision.DepartureDays = 60
		}, "decision.departure_days", SeverityWarning, "interview.issue.departure_over_cap", ""},
		{"departure over 30 days, ZoS Art. 77(4)", func(c *Case) {
			c.Decision.Type = TypeReturnDecision
			c.Decision.DepartureDays = 45
		}, "decision.departure_days", SeverityWarning, "interview.issue.departure_over_cap", ""},
		{"foreigner number with letters", func(c *Case) { c.Person.ForeignerNumber = "12345A" },
			"person.foreigner_number", SeverityError, "interview.issue.ebs_not_digits", ""},
		{"foreigner number with spaces", func(c *Case) { c.Person.ForeignerNumber = "123 456 789" },
			"person.foreigner_number", SeverityWarning, "interview.issue.ebs_spaces", "123456789"},
		{"child born before the parent", func(c *Case) { c.Family.Children[1].Born = "1980-01-01" },
			"family.children[1].born", SeverityError, "interview.issue.child_before_parent", ""},
		{"in Serbia before birth", func(c *Case) { c.Person.InSerbiaSince = "1980-01-01" },
			"person.in_serbia_since", SeverityError, "interview.issue.before_birth", ""},
		{"missing required answer", func(c *Case) { c.Decision.Number = "" },
			"decision.number", SeverityMissing, "interview.issue.missing", ""},
		{"missing item field", func(c *Case) { c.Evidence[3].Title = " " },
			"evidence[3].title", SeverityMissing, "interview.issue.missing", ""},
		{"no evidence at all", func(c *Case) { c.Evidence = nil },
			"evidence", SeverityMissing, "interview.issue.group_empty", ""},
		{"ban years required with a ban, ZoS Art. 78", func(c *Case) { c.Decision.EntryBanYears = 0 },
			"decision.entry_ban_years", SeverityMissing, "interview.issue.missing", ""},
		{"negative number", func(c *Case) { c.Evidence[0].Pages = -2 },
			"evidence[0].pages", SeverityError, "interview.issue.number_negative", ""},
		{"unknown decision type", func(c *Case) { c.Decision.Type = "deportation" },
			"decision.type", SeverityError, "interview.issue.type_unknown", ""},
		{"unknown delivery method", func(c *Case) { c.Decision.Service = "pigeon" },
			"decision.service", SeverityError, "interview.issue.choice_unknown", ""},
		{"yes/no with another word", func(c *Case) { c.Decision.Heard = "maybe" },
			"decision.heard", SeverityError, "interview.issue.choice_unknown", ""},
		{"unknown argument id in supports", func(c *Case) { c.Evidence[0].Supports = []string{"bogus"} },
			"evidence[0].supports", SeverityError, "interview.issue.choice_unknown", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := Example()
			tc.edit(c)
			issues := Validate(c, testToday)
			var found *Issue
			for i := range issues {
				if issues[i].Path == tc.path && issues[i].Message == tc.msg {
					found = &issues[i]
				}
			}
			if found == nil {
				t.Fatalf("no %s on %s; got %+v", tc.msg, tc.path, issues)
			}
			if found.Severity != tc.sev || found.Suggestion != tc.suggestion {
				t.Errorf("got %s %q, want %s %q", found.Severity, found.Suggestion, tc.sev, tc.suggestion)
			}
			if s, _ := FieldByPath(tc.path); s == nil || s.ID != found.Step {
				t.Errorf("issue step %q does not hold %s", found.Step, tc.path)
			}
			if HasErrors(issues) != (tc.sev == SeverityError) {
				t.Errorf("HasErrors = %v with severity %s", HasErrors(issues), tc.sev)
			}
			// Every language renders it with every placeholder filled.
			for _, l := range locales.All {
				txt := found.Text(locales.New(l))
				if txt == "" || strings.Contains(txt, "<no value>") || strings.Contains(txt, "interview.") {
					t.Errorf("%s: %q", l, txt)
				}
			}
		})
	}
}

// TestValidateWithinLimits: the edges that are allowed raise nothing.
func TestValidateWithinLimits(t *testing.T) {
	cases := []struct {
		name string
		edit func(c *Case)
	}{
		{"departure exactly 30 days, ZoS Art. 66(2)", func(c *Case) { c.Decision.DepartureDays = 30 }},
		{"delivered the day it was issued", func(c *Case) { c.Decision.Received = c.Decision.Issued }},
		{"decision dated today", func(c *Case) { c.Decision.Issued, c.Decision.Received = "2026-12-01", "2026-12-01" }},
		{"entry refusal sets no departure period, ZoS Art. 15", func(c *Case) {
			c.Decision.Type = TypeEntryRefusal // the departure answers are kept but not used
			c.Decision.DepartureDays = 90
		}},
		{"signing date may be ahead", func(c *Case) { c.Documents.Signed = "2027-01-05" }},
		{"a language not in the list", func(c *Case) { c.Evidence[0].Language = "de" }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := Example()
			tc.edit(c)
			if is := Validate(c, testToday); len(is) != 0 {
				t.Errorf("issues: %+v", is)
			}
		})
	}
}

// TestIssuesInInterviewOrder: issues come in the order the interview asks.
func TestIssuesInInterviewOrder(t *testing.T) {
	c := Example()
	c.Documents.Place = ""
	c.Family.Children[1].Born = "1980-01-01"
	c.Family.Children[0].Name = ""
	c.Decision.Number = ""
	var got []string
	for _, is := range Validate(c, testToday) {
		got = append(got, is.Path)
	}
	want := []string{"decision.number", "family.children[0].name", "family.children[1].born", "documents.place"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("order %v, want %v", got, want)
	}
}

func TestIssuesFor(t *testing.T) {
	c := Example()
	c.Family.Children[0].Name = ""
	c.Family.Children[1].Born = "x"
	c.Person.Passport = "1 2"
	issues := Validate(c, testToday)
	if n := len(IssuesFor(issues, "family.children")); n != 2 {
		t.Errorf("group: %d issues", n)
	}
	if got := IssuesFor(issues, "family.children[1].born"); len(got) != 1 || got[0].Message != "interview.issue.date_invalid" {
		t.Errorf("item field: %+v", got)
	}
	if n := len(IssuesFor(issues, "person.passport")); n != 1 {
		t.Errorf("passport: %d", n)
	}
	if n := len(IssuesFor(issues, "person.born")); n != 0 {
		t.Errorf("clean field: %d", n)
	}
}

// TestValidateDeliveryAnswers: the day in hand cannot precede the delivery; a person with
// a lawyer is asked whether it was served on them (ZUP Art. 66(6)); an instruction
// that gives another period than the law is shown (ZUP Art. 141(6)).
func TestValidateDeliveryAnswers(t *testing.T) {
	today := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	c := Example()
	c.Decision.Service = ServiceNotice
	c.Decision.InHand = "2026-11-10"
	c.Decision.HasRepresentative = Yes
	c.Decision.RemedyInstruction = Yes
	c.Decision.InstructionDays = 8
	got := map[string]Severity{}
	for _, i := range Validate(c, today) {
		got[i.Message] = i.Severity
	}
	for msg, sev := range map[string]Severity{"interview.issue.in_hand_before_received": SeverityError,
		"interview.issue.representative_service": SeverityWarning, "interview.issue.instruction_differs": SeverityWarning} {
		if got[msg] != sev {
			t.Errorf("%s: %q, want %q (all: %v)", msg, got[msg], sev, got)
		}
	}
	c.Decision.Service, c.Decision.InstructionDays = ServiceRepresentative, 15
	for _, i := range Validate(c, today) {
		if i.Message == "interview.issue.representative_service" || i.Message == "interview.issue.instruction_differs" {
			t.Errorf("unexpected %s", i.Message)
		}
	}
	// Asylum: where it was asked is required for an asylum decision only.
	c.Decision.Type, c.Decision.Asylum = TypeAsylum, ""
	found := false
	for _, i := range Validate(c, today) {
		found = found || i.Path == "decision.asylum" && i.Severity == SeverityMissing
	}
	if !found {
		t.Error("asylum decision without where asylum was asked: not reported")
	}
}
