package forms

import (
	"os"
	"sort"
	"testing"

	"appealdesk/locales"
)

// interviewMessageIDs lists every message id the interview data refers to.
func interviewMessageIDs() []string {
	set := map[string]bool{}
	add := func(ids ...string) {
		for _, id := range ids {
			if id != "" {
				set[id] = true
			}
		}
	}
	var field func(fl *Field)
	field = func(fl *Field) {
		add(fl.Label, fl.Help, fl.Placeholder, fl.ItemLabel, fl.AddLabel)
		for _, ch := range fl.Choices {
			add(ch.Label, ch.Help)
		}
		for _, sub := range fl.Fields {
			field(sub)
		}
	}
	for _, s := range Steps() {
		add(s.Title, s.Intro)
		for _, fl := range s.Fields {
			field(fl)
		}
	}
	for _, t := range DecisionTypes {
		add(t.Title, t.Description)
	}
	for _, id := range AllArguments {
		a := ArgumentInfo(id)
		add(a.Title, a.Explain, a.Basis)
	}
	for _, q := range IdentifyQuestions() {
		add(q.Text, q.Help)
		for _, a := range q.Answers {
			add(a.Label)
		}
	}
	for _, e := range []error{ErrDamaged, ErrForeign, ErrNewer, ErrRead, ErrWrite} {
		add(fileErr("x", e, nil).Message().ID)
	}
	add(issueMessageIDs...)
	add("interview.answer.yes", "interview.answer.no")
	out := make([]string, 0, len(set))
	for id := range set {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// issueMessageIDs are the messages validation can produce.
var issueMessageIDs = []string{
	"interview.issue.missing", "interview.issue.group_empty", "interview.issue.choice_unknown",
	"interview.issue.type_unknown", "interview.issue.number_negative", "interview.issue.number_too_big",
	"interview.issue.date_invalid", "interview.issue.date_future", "interview.issue.received_before_issued",
	"interview.issue.departure_over_cap", "interview.issue.passport_spaces", "interview.issue.ebs_not_digits",
	"interview.issue.ebs_spaces", "interview.issue.before_birth", "interview.issue.child_before_parent",
}

// TestEveryMessageIsCatalogued: every id the interview shows exists in the catalogues
// (go test ./locales then checks every language has it).
func TestEveryMessageIsCatalogued(t *testing.T) {
	known := map[string]bool{}
	for _, id := range locales.MessageIDs() {
		known[id] = true
	}
	if os.Getenv("LIST_IDS") != "" {
		for _, id := range interviewMessageIDs() {
			if !known[id] {
				t.Log(id)
			}
		}
	}
	for _, id := range interviewMessageIDs() {
		if !known[id] {
			t.Errorf("message %q is in no catalogue", id)
		}
	}
}
