package app

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"appealdesk/forms"
)

// TestOpenFileDrawsTheStepFirst: `appealdesk open FILE` shows the case without the
// home screen being built; the first frame has the step's first questions, and the
// deadlines beside it and the questions below the page are there once it is drawn.
func TestOpenFileDrawsTheStepFirst(t *testing.T) {
	for _, k := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
		t.Setenv(k, "")
	}
	q := useUIQueue(t)
	c := forms.Example()
	c.Step = forms.StepPerson
	path := filepath.Join(t.TempDir(), "open"+forms.FileExtension)
	if err := forms.Save(path, c); err != nil {
		t.Fatal(err)
	}
	fa := test.NewTempApp(t)
	collected := 0
	u := newUIForTest(t, fa, Options{PlatformLocale: "en", CasesDir: t.TempDir(), OpenFile: path,
		AfterFirstFrame: func() { collected++ }})
	s := sessionOf(u)
	if s == nil || s.path != path {
		t.Fatalf("appealdesk open did not open %s", path)
	}
	t.Cleanup(s.stop)
	if u.home != nil {
		t.Error("the home screen was built for appealdesk open FILE")
	}
	built, waiting := 0, 0
	for _, sl := range s.view.slots {
		switch {
		case sl.field == nil || !sl.field.Applies(s.c):
		case sl.obj != nil:
			built++
		default:
			waiting++
		}
	}
	if built == 0 || waiting == 0 {
		t.Errorf("before the first frame %d questions were built and %d left for after it; want some of each", built, waiting)
	}
	if len(s.panel.Objects) != 0 || collected != 0 {
		t.Errorf("before the first frame: the deadlines have %d objects, AfterFirstFrame ran %d times; want 0 and 0", len(s.panel.Objects), collected)
	}

	u.Window().Canvas().Capture() // draws the first frame
	q.until(t, "the work after the first frame", func() bool { return !u.awaitingFirstFrame() })
	for _, sl := range s.view.slots {
		if sl.field != nil && sl.field.Applies(s.c) && sl.obj == nil {
			t.Errorf("after the first frame %s is still not built", sl.field.Path)
		}
	}
	if len(s.panel.Objects) == 0 {
		t.Error("after the first frame the deadlines are not shown")
	}
	if collected != 1 {
		t.Errorf("AfterFirstFrame ran %d times, want 1", collected)
	}
}

// TestOpenFileThatDoesNotLoadWaitsForNothing: when the file given at start does not
// load, nothing is left waiting for a frame that would never come with a case.
func TestOpenFileThatDoesNotLoadWaitsForNothing(t *testing.T) {
	for _, k := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
		t.Setenv(k, "")
	}
	fa := test.NewTempApp(t)
	ran := false
	u := New(fa, Options{PlatformLocale: "en", CasesDir: t.TempDir(), OpenFile: filepath.Join(t.TempDir(), "missing.appeal"),
		AfterFirstFrame: func() { ran = true }})
	if u.awaitingFirstFrame() || !ran {
		t.Errorf("a file that did not open left work waiting (awaiting %v, AfterFirstFrame ran %v)", u.awaitingFirstFrame(), ran)
	}
}
