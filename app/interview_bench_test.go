package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"appealdesk/forms"
	"appealdesk/locales"
)

// benchSession opens the example case headless at step, like openTestCase.
func benchSession(b *testing.B, step string) (*UI, *session) {
	b.Helper()
	fa := test.NewApp()
	b.Cleanup(func() { test.NewApp() })
	u := New(fa, Options{PlatformLocale: "ru"})
	u.Window().Resize(fyne.NewSize(1024, 600))
	c := forms.Example()
	c.Step = step
	path := b.TempDir() + "/bench" + forms.FileExtension
	if err := forms.Save(path, c); err != nil {
		b.Fatal(err)
	}
	if err := u.openCase(path); err != nil {
		b.Fatal(err)
	}
	s := sessionOf(u)
	s.now = func() time.Time { return fixedToday }
	b.Cleanup(func() { s.stop() })
	return u, s
}

// BenchmarkKeystroke is the interface's work for one typed letter: store the answer,
// validate the case, update the field's messages, the outline and the deadlines panel
// (the autosave only takes a snapshot; the write is on another goroutine).
func BenchmarkKeystroke(b *testing.B) {
	_, s := benchSession(b, forms.StepPerson)
	values := []string{"Ivan Petrov", "Ivan Petrova"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.set("person.full_name", values[i%2])
	}
}

// BenchmarkStepFirstVisit is Next to a step not seen before in this language: its
// body is built (every step of the example case in turn, the step cache emptied).
func BenchmarkStepFirstVisit(b *testing.B) {
	u, s := benchSession(b, forms.StepDecision)
	steps := forms.Steps()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.views = map[string]*stepView{}
		s.c.Step = steps[i%len(steps)].ID
		u.refresh()
	}
}

// BenchmarkStepRevisit is Next or Back to a step seen before: its body is updated
// (answers checked, questions put in or out), not built.
func BenchmarkStepRevisit(b *testing.B) {
	u, s := benchSession(b, forms.StepDecision)
	steps := forms.Steps()
	for _, st := range steps {
		s.c.Step = st.ID
		u.refresh()
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.c.Step = steps[i%len(steps)].ID
		u.refresh()
	}
}

// BenchmarkLanguageSwitchFirst switches to a language not used yet in this window, on
// the review step (the largest screen): the screen is built in that language.
func BenchmarkLanguageSwitchFirst(b *testing.B) {
	u, s := benchSession(b, forms.StepReview)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.frames = map[locales.Lang]*frame{}
		u.SetLang(locales.All[i%len(locales.All)])
	}
}

// BenchmarkLanguageSwitch switches the interface language on the review step once
// every language has its screen: the screen is updated.
func BenchmarkLanguageSwitch(b *testing.B) {
	u, _ := benchSession(b, forms.StepReview)
	for _, l := range locales.All {
		u.SetLang(l)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		u.SetLang(locales.All[i%len(locales.All)])
	}
}

// BenchmarkOpenFile is `appealdesk open FILE` up to a laid-out window: the example
// case at the person step, Russian interface, 1024×600.
func BenchmarkOpenFile(b *testing.B) {
	c := forms.Example()
	c.Step = forms.StepPerson
	path := b.TempDir() + "/open" + forms.FileExtension
	if err := forms.Save(path, c); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { test.NewApp() })
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		fa := test.NewApp()
		u := New(fa, Options{PlatformLocale: "ru", OpenFile: path, CasesDir: b.TempDir()})
		u.Window().Resize(fyne.NewSize(1024, 600))
		if s := sessionOf(u); s != nil {
			s.stop()
		}
	}
}
