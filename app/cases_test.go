package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"appealdesk/forms"
	"appealdesk/locales"
)

func TestHomeListsCasesAndDeleteCanBeUndone(t *testing.T) {
	u, _ := newTestUI(t, "en")
	s, err := u.caseStore()
	if err != nil {
		t.Fatal(err)
	}
	ex := forms.Example()
	ex.Title = "Ana — residence"
	if err := forms.Save(filepath.Join(s.Dir(), "case-0000000001.appeal"), ex); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(s.Dir(), "case-0000000002.appeal"), []byte("{broken"), 0o600); err != nil {
		t.Fatal(err)
	}
	u.refresh()
	got := strings.Join(texts(u.Window().Content()), "|")
	if !strings.Contains(got, "Ana — residence") {
		t.Fatalf("case not listed: %s", got)
	}
	tr := locales.New(locales.English)
	dt, _ := forms.LookupDecisionType(ex.Decision.Type)
	if !strings.Contains(got, tr.T(dt.Title)) {
		t.Errorf("decision type %q not shown: %s", tr.T(dt.Title), got)
	}
	if strings.Contains(got, tr.T("home.no_cases")) {
		t.Error("says there are no cases")
	}

	if _, err := s.Duplicate("case-0000000001.appeal", "Copy"); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete("case-0000000001.appeal"); err != nil {
		t.Fatal(err)
	}
	u.undoFile, u.undoTitle = "case-0000000001.appeal", "Ana — residence"
	u.refresh()
	got = strings.Join(texts(u.Window().Content()), "|")
	if !strings.Contains(got, tr.T("home.deleted", "Title", "Ana — residence")) || !strings.Contains(got, tr.T("home.undo")) {
		t.Fatalf("no undo offered: %s", got)
	}
	// Undo through the button.
	for _, b := range buttons(u.Window().Content()) {
		if b.Text == tr.T("home.undo") {
			b.OnTapped()
		}
	}
	if _, err := os.Stat(filepath.Join(s.Dir(), "case-0000000001.appeal")); err != nil {
		t.Fatalf("undo did not restore the case: %v", err)
	}
	got = strings.Join(texts(u.Window().Content()), "|")
	if strings.Count(got, "Ana — residence") != 1 || !strings.Contains(got, "Copy") {
		t.Errorf("after undo the list is %s", got)
	}

	// Switching language keeps the list and relabels it.
	u.SetLang(locales.Russian)
	got = strings.Join(texts(u.Window().Content()), "|")
	if !strings.Contains(got, "Ana — residence") || !strings.Contains(got, "Открыть") {
		t.Errorf("Russian list: %s", got)
	}
}

func TestOpenCaseFileDialogOpens(t *testing.T) {
	u, _ := newTestUI(t, "en")
	u.openCaseFile() // used to panic: Resize before Show on a file dialog
	if len(u.Window().Canvas().Overlays().List()) == 0 {
		t.Fatal("no file dialog shown")
	}
}
