package app

import (
	"testing"

	"appealdesk/forms"
	"appealdesk/locales"
)

// TestTypingADateThatOpensQuestions: in What happened next the appeal's date, once it
// is whole, opens the next questions and the screen is rebuilt under the person's
// fingers; the rest of what they type still lands at the end of what they typed — not
// "." before "20.11.2026", as it did when the rebuilt field had its cursor at the start.
func TestTypingADateThatOpensQuestions(t *testing.T) {
	for _, l := range []locales.Lang{locales.SerbianCyrl, locales.Russian} {
		t.Run(string(l), func(t *testing.T) {
			c := forms.Example()
			c.Step = forms.StepLater
			u, s, _ := openTestCase(t, l, c)
			u.Window().Canvas().Focus(entryAt(t, s, "later.appeal_lodged"))
			before := s.shape()
			for _, r := range "20.11.2026." {
				f := u.Window().Canvas().Focused()
				if f == nil {
					t.Fatalf("no field has the keyboard before %q", r)
				}
				f.TypedRune(r)
			}
			if s.shape() == before {
				t.Fatal("the whole date opened no question (the test no longer rebuilds the screen)")
			}
			e := entryAt(t, s, "later.appeal_lodged")
			if e.Text != "20.11.2026." {
				t.Errorf("the field reads %q, want what was typed, %q", e.Text, "20.11.2026.")
			}
			if u.Window().Canvas().Focused() != e {
				t.Error("the rebuilt field lost the keyboard")
			}
			if s.c.Later.AppealLodged != "2026-11-20" {
				t.Errorf("stored %q", s.c.Later.AppealLodged)
			}
		})
	}
}
