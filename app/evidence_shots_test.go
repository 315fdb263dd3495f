package app

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"appealdesk/forms"
	"appealdesk/locales"
)

// TestEvidenceScreenshots writes PNGs of the evidence step (three items, one file
// being hashed), the send dialog and the documents step after rendering, at 1024×600
// in every language, for a person to look at. It runs only when APPEALDESK_SHOTS
// names a directory:
//
//	APPEALDESK_SHOTS=/tmp/shots go test -tags ci -run TestEvidenceScreenshots ./app/
func TestEvidenceScreenshots(t *testing.T) {
	dir := os.Getenv("APPEALDESK_SHOTS")
	if dir == "" {
		t.Skip("set APPEALDESK_SHOTS to a directory to write screenshots")
	}
	files := t.TempDir()
	big := filepath.Join(files, "scan-passport.tiff")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(2 << 30)
	f.Close()
	shot := func(u *UI, name string) {
		img := u.Window().Canvas().Capture()
		out, err := os.Create(filepath.Join(dir, name+".png"))
		if err != nil {
			t.Fatal(err)
		}
		defer out.Close()
		if err := png.Encode(out, img); err != nil {
			t.Fatal(err)
		}
	}
	for _, l := range locales.All {
		q := useUIQueue(t)
		c := forms.Example()
		c.Evidence = nil
		c.Step = forms.StepEvidence
		u, s, _ := openTestCase(t, l, c)
		u.fa.Settings().SetTheme(&forcedVariant{Theme: theme.DefaultTheme(), variant: theme.VariantLight})
		u.Window().Resize(fyne.NewSize(1024, 600))
		addByPath(t, q, u, s, writeFile(t, files, "resenje.pdf", twoPagePDF))
		addByPath(t, q, u, s, writeFile(t, files, "open-letter.txt", "letter"))
		ev := evidenceOf(s)
		ev.addPaper()
		s.c.Evidence[2].Title = "Извод из матичне књиге венчаних"
		s.c.Evidence[1].Language = "ru"
		s.c.Evidence[1].Translation = "needed"
		ev.expanded[ev.keys[0]] = false // one closed, as a reopened case shows them
		ev.startHash(big, -1)
		j := ev.jobs[0]
		q.until(t, "some progress", func() bool { return j.done > j.total/3 })
		s.focusPath = "evidence#path"
		u.refresh()
		shot(u, "evidence-"+string(l))
		s.body.Offset = fyne.NewPos(0, 400)
		s.body.Refresh()
		shot(u, "evidence-items-"+string(l))
		s.body.ScrollToBottom()
		shot(u, "evidence-bottom-"+string(l))
		j.cancel()
		q.until(t, "the cancel", func() bool { return len(ev.jobs) == 0 })

		s.c.Step = forms.StepDocuments
		u.refresh()
		d := documentsOf(s)
		d.folder = filepath.Join(files, "pdf-"+string(l))
		d.create()
		q.until(t, "the documents", func() bool { return !d.rendering })
		u.refresh()
		s.body.ScrollToBottom()
		shot(u, "documents-"+string(l))

		pd := u.sendToLawyer()
		test.Type(pd.pf.first, "Ђорђе čita 12 книга")
		test.Type(pd.pf.second, "Ђорђе čita 12")
		shot(u, "send-"+string(l))
		s.stop()
	}
}
