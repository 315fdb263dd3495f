package app

import (
	"sync/atomic"

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
}

// newSaver is the autosave of the case at path. onErr hears of every failed write and,
// through OnSaved, of the next good one (nil); both come from the autosave's worker
// goroutine, so the caller hops to the UI thread.
//
// Only changes of state are reported: a failed write, and the first good write after
// one. A good write after a good write says nothing, so the interface is not woken
// (and its thread not entered) on every keystroke.
func newSaver(path string, onErr func(error)) saver {
	var failed atomic.Bool
	a := forms.NewAutosaver(path, func(err error) {
		failed.Store(true)
		onErr(err)
	})
	a.OnSaved(func() {
		if failed.Swap(false) {
			onErr(nil)
		}
	})
	return a
}
