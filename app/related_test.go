package app

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"appealdesk/forms"
	"appealdesk/locales"
)

// TestWhatHappenedNextAndRelatedDecision: the step a person comes back to months later
// shows the stage and the later questions; "Add a related decision" makes a linked case
// in the store with the person's answers, the open case saves the link through its
// autosave, and each case lists the other; the other one opens.
func TestWhatHappenedNextAndRelatedDecision(t *testing.T) {
	for _, k := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
		t.Setenv(k, "")
	}
	fa := test.NewTempApp(t)
	u := New(fa, Options{PlatformLocale: "ru", CasesDir: t.TempDir(), DocumentsDir: t.TempDir()})
	u.SetLang(locales.Russian)
	u.Window().Resize(fyne.NewSize(1024, 600))
	store, err := u.caseStore()
	if err != nil {
		t.Fatal(err)
	}
	e, c, err := store.Create("Анна")
	if err != nil {
		t.Fatal(err)
	}
	c.Decision = forms.Decision{Type: forms.TypeTemporaryResidenceTermination, Service: forms.ServicePersonal, Received: "2026-11-12"}
	c.Person.FullName = "Anna Ivanova"
	c.Later.AppealLodged, c.Later.AppealReceivedByBody = "2026-11-20", "2026-11-23"
	c.Step = forms.StepLater
	if err := store.Save(e.File, c); err != nil {
		t.Fatal(err)
	}
	if err := u.openCase(e.Path); err != nil {
		t.Fatal(err)
	}
	s := sessionOf(u)
	s.now = func() time.Time { return fixedToday }
	u.refresh()
	text := allText(u)
	for _, want := range []string{"Что было дальше", "День подачи жалобы", "Стадия: Жалоба подана, ждём решения", "Связанные решения", "Связанных решений пока нет."} {
		if !strings.Contains(text, want) {
			t.Errorf("the step lacks %q", want)
		}
	}
	tapKey(t, s, "related_cases")
	s = sessionOf(u)
	if len(s.c.Related) != 1 {
		t.Fatalf("no link in the open case: %+v", s.c.Related)
	}
	other := s.c.Related[0].File
	if !strings.Contains(allText(u), "Связанное решение добавлено") {
		t.Error("no word that the decision was added")
	}
	s.stop() // flush the autosave
	first, err := forms.Load(e.Path)
	if err != nil || len(first.Related) != 1 || first.Related[0].File != other {
		t.Fatalf("the link was not saved: %v %+v", err, first.Related)
	}
	n, err := forms.Load(filepath.Join(store.Dir(), other))
	if err != nil || n.Person.FullName != "Anna Ivanova" || len(n.Related) != 1 || n.Related[0].File != e.File || n.Decision.Type != "" {
		t.Fatalf("the related case: %v %+v", err, n)
	}
	// Each case shows the other: open the new one at the same step.
	n.Step = forms.StepLater
	if err := store.Save(other, n); err != nil {
		t.Fatal(err)
	}
	if err := u.openCase(filepath.Join(store.Dir(), other)); err != nil {
		t.Fatal(err)
	}
	sessionOf(u).now = func() time.Time { return fixedToday }
	u.refresh()
	dt, _ := forms.LookupDecisionType(forms.TypeTemporaryResidenceTermination)
	want := "Анна — " + u.tr.T(dt.Title)
	if text := allText(u); !strings.Contains(text, want) || !strings.Contains(text, "Жалоба подана, ждём решения; Дальше:") {
		t.Errorf("the new case does not show the first (%q and its stage):\n%s", want, text)
	}
	sessionOf(u).stop()
}
