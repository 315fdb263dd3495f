package app

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"appealdesk/forms"
	"appealdesk/locales"
)

// FuzzTypedDate: whatever is typed into a date field, the value stored is either a
// valid ISO date (with no message), nothing (an empty field), or exactly what was
// typed (with the catalogue id of the reason); and a stored date shown in any
// language reads back as the same date.
func FuzzTypedDate(f *testing.F) {
	for _, s := range []string{"13.02.2024", "13.02.2024.", "13/02/2024", "2024-02-13", "31.02.2024", "", " ", "13.2.24", "05.03.25", "1.1.99", "31.2.24", "0.0.0", "99999-01-01", "１３.０２.２０２４", "13\u00a002\u00a02024", "2024-02-13T00:00"} {
		f.Add(s)
	}
	spans := []locales.Span{locales.EventSpan(fixedToday), locales.LifeSpan(fixedToday)}
	f.Fuzz(func(t *testing.T, s string) {
		span := spans[len(s)%2]
		v, msg := parseTypedDate(s, span)
		switch {
		case msg == "" && v == "":
			if strings.TrimSpace(s) != "" {
				t.Fatalf("%q stored as empty without a message", s)
			}
		case msg == "":
			d, err := time.Parse(time.DateOnly, string(v))
			if err != nil {
				t.Fatalf("%q stored as %q, not an ISO date", s, v)
			}
			for _, l := range locales.All {
				shown := dateText(locales.New(l), v)
				back, m := parseTypedDate(shown, span)
				if m != "" || back != v {
					t.Fatalf("%s: %q shown as %q reads back as %q (%s)", l, v, shown, back, m)
				}
			}
			_ = d
		default:
			if string(v) != s {
				t.Fatalf("%q (unreadable: %s) stored as %q: what was typed must be kept", s, msg, v)
			}
			if !strings.HasPrefix(msg, "date.error.") {
				t.Fatalf("%q: message id %q", s, msg)
			}
			if utf8.ValidString(s) && locales.New(locales.Russian).T(msg) == msg {
				t.Fatalf("message %q is not in the catalogue", msg)
			}
		}
	})
}

// A passport number with spaces (validation warns and offers the number without
// them): the offer is shown next to the field and one press puts it in.
func TestPassportSuggestionIsOneKeyAway(t *testing.T) {
	u, s, _ := openTestCase(t, locales.English, newCaseAt(forms.StepPerson))
	test.Type(entryAt(t, s, "person.passport"), "75 1234567")
	var issue *forms.Issue
	for _, is := range forms.Validate(s.c, fixedToday) {
		if is.Path == "person.passport" && is.Suggestion != "" {
			is := is
			issue = &is
		}
	}
	if issue == nil {
		t.Fatal("forms gives no suggestion for a passport number with spaces")
	}
	tr := locales.New(locales.English)
	label := tr.T("screen.issue.use_suggestion", "Value", issue.Suggestion)
	if !strings.Contains(allText(u), label) {
		t.Fatalf("suggestion %q not offered", label)
	}
	var fix *keyButton
	for _, o := range s.issueBoxes["person.passport"].Objects {
		walkButtons(o, func(b *keyButton) {
			if b.Text == label {
				fix = b
			}
		})
	}
	if fix == nil {
		t.Fatal("no button for the suggestion")
	}
	test.Tap(fix)
	if s.c.Person.Passport != issue.Suggestion {
		t.Errorf("passport %q after taking the suggestion %q", s.c.Person.Passport, issue.Suggestion)
	}
}

// Delivery before the decision was issued is impossible (ZUP Art. 75: delivery is of
// an existing decision): the problem shows next to the field, in words.
func TestContradictionShownNextToTheField(t *testing.T) {
	for _, l := range locales.All {
		c := newCaseAt(forms.StepDecision)
		c.Decision.Issued = "2026-11-10"
		u, s, _ := openTestCase(t, l, c)
		test.Type(entryAt(t, s, "decision.received"), "01.11.2026")
		var want string
		tr := locales.New(l)
		for _, is := range forms.Validate(s.c, fixedToday) {
			if is.Path == "decision.received" && is.Severity == forms.SeverityError {
				want = tr.T("screen.issue.error", "Text", is.Text(tr))
			}
		}
		if want == "" {
			t.Fatalf("%s: forms reports no error for delivery before issue", l)
		}
		if !strings.Contains(textOf(s.issueBoxes["decision.received"]), want) {
			t.Errorf("%s: %q not shown next to the delivery date", l, want)
		}
		_ = u
	}
}

func walkButtons(o fyne.CanvasObject, f func(*keyButton)) {
	switch w := o.(type) {
	case *keyButton:
		f(w)
	case *fyne.Container:
		for _, c := range w.Objects {
			walkButtons(c, f)
		}
	case *container.Scroll:
		walkButtons(w.Content, f)
	}
}
