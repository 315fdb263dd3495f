package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"appealdesk/forms"
	"appealdesk/locales"
)

// TestDocumentsStepSaysWhyNoFinalCopy: with the draft marking removed and no delivery
// date, "Create documents" makes nothing (a final copy would claim nothing about the
// deadline and could be filed late unknowingly) and the window names the gap, field by
// field, in the person's language.
func TestDocumentsStepSaysWhyNoFinalCopy(t *testing.T) {
	for _, lang := range []locales.Lang{locales.Russian, locales.SerbianCyrl, locales.English} {
		t.Run(string(lang), func(t *testing.T) {
			q := useUIQueue(t)
			c := forms.Example()
			c.Step = forms.StepDocuments
			c.Decision.Received = ""
			c.Documents.NoDraftMark = true
			u, s, _ := openTestCase(t, lang, c)
			d := documentsOf(s)
			d.folder = filepath.Join(t.TempDir(), "pdf")
			tapKey(t, s, "documents#create")
			q.until(t, "the documents", func() bool { return !d.rendering })
			msg := d.errText()
			if !strings.HasPrefix(msg, u.tr.T("docs.final.refused")) {
				t.Fatalf("message %q, want the refusal of a final copy", msg)
			}
			var missing string
			for _, is := range forms.FilingIssues(s.c, time.Now()) {
				if is.Path == "decision.received" {
					missing = is.Text(u.tr)
				}
			}
			if missing == "" || !strings.Contains(msg, missing) {
				t.Errorf("the missing delivery date is not named: %q", msg)
			}
			screen := onScreen(u.Window().Canvas().Content())
			if !strings.Contains(screen, u.tr.T("docs.final.refused")) || !strings.Contains(screen, missing) {
				t.Error("the reason is not on the screen")
			}
			if _, err := os.Stat(d.folder); err == nil {
				t.Error("a folder was made although no final copy may be made")
			}
		})
	}
}
