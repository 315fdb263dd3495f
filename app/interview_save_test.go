package app

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"appealdesk/forms"
	"appealdesk/locales"
)

// The autosave says when a write fails and when writing works again, and nothing
// in between: the person sees the state, the interface is not woken per keystroke.
func TestSaverReportsFailureAndRecovery(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "missing", "case"+forms.FileExtension)
	got := make(chan error, 10)
	sv := newSaver(path, func(err error) { got <- err })
	defer sv.Close()
	c := forms.New("x")
	sv.Changed(c)
	if sv.Flush() == nil {
		t.Fatal("saving into a missing folder succeeded")
	}
	select {
	case err := <-got:
		if err == nil {
			t.Fatal("a failed write was reported as a success")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a failed write was not reported")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
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
