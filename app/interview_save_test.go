package app

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"appealdesk/forms"
	"appealdesk/locales"
)

// The autosave says when a write fails and when writing works again, and nothing
// in between: the person sees the state, the interface is not woken per keystroke.
func TestSaverReportsFailureAndRecovery(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case"+forms.FileExtension)
	if err := forms.Save(path, forms.New("x")); err != nil {
		t.Fatal(err)
	}
	ed, err := forms.OpenForEdit(path)
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan error, 10)
	u := &UI{}
	sv := u.newSaver(ed, func(err error) { got <- err }, func(string) { t.Error("moved") })
	defer sv.Close()
	c := forms.New(strings.Repeat("x", forms.MaxTitleLen+1)) // refused by Save
	sv.Changed(c)
	if sv.Flush() == nil {
		t.Fatal("saving a case beyond the limits succeeded")
	}
	select {
	case err := <-got:
		if err == nil {
			t.Fatal("a failed write was reported as a success")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a failed write was not reported")
	}
	c.Title = "y"
	sv.Changed(c)
	if err := sv.Flush(); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-got:
		if err != nil {
			t.Fatalf("recovery reported as %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the first good write after a failure was not reported")
	}
	c.Title = "z"
	sv.Changed(c)
	if err := sv.Flush(); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-got:
		t.Fatalf("a good write after a good write was reported (%v)", err)
	case <-time.After(300 * time.Millisecond):
	}
}

func TestSaveFailureIsShownInWords(t *testing.T) {
	u, s, _ := openTestCase(t, locales.Russian, newCaseAt(forms.StepPerson))
	tr := locales.New(locales.Russian)
	s.setSaveError(errors.New("disk full"))
	if s.saveLabel.Text != tr.T("screen.save.failed") {
		t.Errorf("label %q", s.saveLabel.Text)
	}
	u.SetLang(locales.English) // the state survives a rebuild
	if s.saveLabel.Text != locales.New(locales.English).T("screen.save.failed") {
		t.Errorf("after a language switch: %q", s.saveLabel.Text)
	}
	s.setSaveError(nil)
	if s.saveLabel.Text != locales.New(locales.English).T("screen.save.ok") {
		t.Errorf("after recovery: %q", s.saveLabel.Text)
	}
}
