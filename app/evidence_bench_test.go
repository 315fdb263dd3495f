package app

import (
	"context"
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"appealdesk/desk"
	"appealdesk/forms"
	"appealdesk/locales"
	"appealdesk/templates"
)

// benchCase is the example case with n evidence items, at the evidence step.
func benchCase(n int) *forms.Case {
	c := forms.Example()
	base := c.Evidence
	c.Evidence = nil
	for i := 0; i < n; i++ {
		it := base[i%len(base)]
		it.Title = fmt.Sprintf("%s %d", it.Title, i+1)
		c.Evidence = append(c.Evidence, it)
	}
	c.Step = forms.StepEvidence
	return c
}

// BenchmarkEvidenceStepRebuild is the cost of rebuilding and laying out the whole
// interview screen on the evidence step (after a hash completes, a reorder, a
// language switch), with 10 and 40 items.
func BenchmarkEvidenceStepRebuild(b *testing.B) {
	for _, n := range []int{0, 10, 40} {
		b.Run(fmt.Sprintf("items=%d", n), func(b *testing.B) {
			fa := test.NewTempApp(b)
			u := New(fa, Options{PlatformLocale: "ru", CasesDir: b.TempDir()})
			u.SetLang(locales.Russian)
			u.Window().Resize(fyne.NewSize(1024, 600))
			path := b.TempDir() + "/case.appeal"
			if err := forms.Save(path, benchCase(n)); err != nil {
				b.Fatal(err)
			}
			if err := u.openCase(path); err != nil {
				b.Fatal(err)
			}
			s := sessionOf(u)
			defer s.stop()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				u.refresh()
				u.Window().Canvas().Content().Refresh()
			}
		})
	}
}

// BenchmarkWriteDocuments is "Create documents" off the UI goroutine: rendering every
// document of the example case and writing each PDF atomically.
func BenchmarkWriteDocuments(b *testing.B) {
	c := forms.Example()
	core := desk.New(nil)
	dir := b.TempDir()
	for i := 0; i < b.N; i++ {
		if _, _, err := writeDocumentSet(context.Background(), core, c, nil, templates.OutputOptions{Dir: dir}, fixedToday); err != nil {
			b.Fatal(err)
		}
	}
}
