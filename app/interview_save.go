package app

import (
	"errors"
	"log"
	"path/filepath"
	"sync/atomic"

	"fyne.io/fyne/v2"

	"appealdesk/desk"
	"appealdesk/forms"
)

// saver is what the interview needs from the autosave: hand over the case after each
// change (the UI never waits on the disk), flush on quick exit, close when leaving.
// forms.Autosaver is the implementation; tests may substitute their own.
type saver interface {
	// Changed takes a snapshot of c; the write happens later, off the caller's goroutine.
	Changed(c *forms.Case)
	// Flush writes a pending change now and returns the write's error.
	Flush() error
	// Close flushes and stops.
	Close() error
	// CloseRemovingIf is Close, then removes the case file if worthless says the case
	// on disk is worth nothing, while no other window can open it (still locked).
	CloseRemovingIf(worthless func(*forms.Case) bool) (removed bool, err error)
}

// editSaver is the autosave of a case opened for editing (forms.OpenForEdit): closing
// it closes the edit, so a last change that could not be saved is recorded for the
// next start, and the window's exit code says so.
type editSaver struct {
	*forms.Autosaver
	ed *forms.Edit
	u  *UI
}

func (e *editSaver) Close() error {
	_, err := e.CloseRemovingIf(nil)
	return err
}

func (e *editSaver) CloseRemovingIf(worthless func(*forms.Case) bool) (bool, error) {
	err := e.Autosaver.Close()
	removed := false
	if err == nil {
		removed = e.ed.RemoveIf(worthless) // before the lock is released
	}
	e.ed.Close(err)
	if err != nil && !errors.Is(err, forms.ErrClosed) {
		e.u.lastSaveErr = err
	}
	return removed, err
}

// readOnlySaver stands in for the autosave of a case another window has open: it
// writes nothing (the header says so and why).
type readOnlySaver struct{}

func (readOnlySaver) Changed(*forms.Case) {}
func (readOnlySaver) Flush() error        { return nil }
func (readOnlySaver) Close() error        { return nil }

// CloseRemovingIf removes nothing: another window has the case open.
func (readOnlySaver) CloseRemovingIf(func(*forms.Case) bool) (bool, error) { return false, nil }

// newSaver is the autosave of the edit ed. onErr hears of every failed write and,
// through OnSaved, of the next good one (nil); onMoved of the new file the case went
// to when its own was changed behind the app's back. All come from the autosave's
// worker goroutine, so the caller hops to the UI thread.
//
// Only changes of state are reported: a failed write, and the first good write after
// one. A good write after a good write says nothing, so the interface is not woken
// (and its thread not entered) on every keystroke.
func (u *UI) newSaver(ed *forms.Edit, onErr func(error), onMoved func(to string)) saver {
	var failed atomic.Bool
	a := ed.Autosaver(func(err error) {
		failed.Store(true)
		onErr(err)
	}, func(from, to string) { onMoved(to) })
	if a == nil {
		return readOnlySaver{}
	}
	a.OnSaved(func() {
		if failed.Swap(false) {
			onErr(nil)
		}
	})
	return &editSaver{Autosaver: a, ed: ed, u: u}
}

// ExitCode is the process's exit code after the window closed: 1 when the last change
// could not be saved (a full disk at quick exit), else 0.
func (u *UI) ExitCode() int {
	if u.lastSaveErr != nil {
		return 1
	}
	return 0
}

// saveErrorText is what the header says about a save that failed, or about a case
// that is only read: the reason in the person's language where there is one.
func (u *UI) saveErrorText(err error) string {
	var fe *forms.FileError
	switch {
	case !errors.As(err, &fe):
	case errors.Is(err, forms.ErrLimit):
		return u.tr.T("case.limit.not_saved", "Reason", u.tr.Msg(fe.Message()))
	case errors.Is(err, forms.ErrLocked), fe.Message().ID == "case.lock.cannot_write":
		return u.tr.Msg(fe.Message())
	}
	return u.tr.T("screen.save.failed")
}

// caseMoved: another program changed the case file; the autosave put the person's
// version in a new file beside it, and the window goes on there.
func (s *session) caseMoved(to string) {
	from := s.path
	s.path = to
	log.Printf("appealdesk: %s was changed by another program; saving to %s", from, to)
	s.u.tell(s.u.tr.T("case.changed.title"), s.u.tr.T("case.changed.body", "File", filepath.Base(from), "Copy", to))
}

// readOnlyBody disables every input of the step when the case is only read, so
// nothing can be typed that would not be saved.
func (s *session) readOnlyBody(o fyne.CanvasObject) {
	if s.readOnly == nil {
		return
	}
	switch w := o.(type) {
	case *fyne.Container:
		for _, c := range w.Objects {
			s.readOnlyBody(c)
		}
	case fyne.Disableable:
		w.Disable()
	}
}

// sayReadOnly explains, once, why the case just opened can only be read.
func (s *session) sayReadOnly() {
	if s.readOnly != nil {
		s.u.tell(s.u.tr.T("case.read_only.title"), s.u.saveErrorText(s.readOnly))
	}
}

// sayUnsavedAtStart tells, at the start, of every case whose last session ended with a
// change that could not be saved (a quick exit on a full disk).
func (u *UI) sayUnsavedAtStart() {
	st, err := u.caseStore()
	if err != nil {
		return
	}
	for _, un := range st.UnsavedInStore() {
		u.sayUnsaved(un)
	}
}

// sayUnsaved tells that the last change of un's case was not saved.
func (u *UI) sayUnsaved(un forms.Unsaved) {
	title := filepath.Base(un.Case)
	if c, err := desk.Open(un.Case); err == nil && c.Title != "" {
		title = c.Title
	}
	when := u.tr.Date(un.When.Local()) + " " + un.When.Local().Format("15:04")
	u.tell(u.tr.T("case.unsaved.title"), u.tr.T("case.unsaved.body", "Title", title, "When", when))
}
