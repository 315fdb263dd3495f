package forms

import (
	"errors"
	"os"
	"sync"
	"time"
)

// Autosaver saves a case as the person types, off the caller's goroutine.
//
// The interface calls Changed(c) after every edit; it clones c at once (memory only,
// microseconds) and returns, so the UI goroutine never waits on the disk. A worker
// goroutine writes the newest snapshot with Save (atomic: the file always holds a
// complete good version). Changes coalesce: a write happens Quiet (0.5 s) after the
// last change, and at the latest MaxDelay (1 s) after the first unsaved change while
// typing goes on, so killing the app loses at most about a second. Flush writes at
// once and waits (quit, quick exit); Close flushes and stops the worker.
//
// A failed write is reported to onError (from the worker goroutine: the interface
// must hop to its own thread, e.g. fyne.Do) and the file keeps its previous good
// content; the snapshot stays pending and is tried again on the next change or Flush.
//
// Started by Edit.Autosaver, it also knows the file as it was loaded and as it last
// wrote it: if another program changed, replaced or removed the file meanwhile, the
// snapshot goes to a new file beside it (never over the other program's version),
// later writes go there too, and onMoved hears of it.
type Autosaver struct {
	onError func(error)
	quiet   time.Duration
	max     time.Duration
	save    func(path string, c *Case) error // writeChecked; replaced in tests

	// path, stamp and onMoved belong to the worker goroutine (path is read under mu).
	path    string
	stamp   os.FileInfo // the file as last loaded or written; nil = not checked
	onMoved func(from, to string)

	mu       sync.Mutex
	pending  *Case     // newest unsaved snapshot, nil if none
	first    time.Time // when the oldest unsaved change came
	last     time.Time // when the newest change came
	closed   bool
	lastErr  error
	onSaved  func()
	inFlight *Case // the snapshot being written
	failed   *Case // the snapshot whose write failed: not retried until a change or Flush
	kick     chan struct{}
	flushReq chan chan error
	stop     chan chan error
	done     chan struct{} // closed when the worker has stopped
}

// Default autosave timings (design: at most ~0.5 s after the last change, at least
// once a second while typing continues).
const (
	AutosaveQuiet    = 500 * time.Millisecond
	AutosaveMaxDelay = time.Second
)

// ErrClosed is returned by Flush after Close.
var ErrClosed = errors.New("forms: autosaver closed")

// NewAutosaver starts an autosaver for the case file at path. onError may be nil.
func NewAutosaver(path string, onError func(error)) *Autosaver {
	return newAutosaver(path, onError, AutosaveQuiet, AutosaveMaxDelay, nil)
}

func newAutosaver(path string, onError func(error), quiet, max time.Duration, save func(string, *Case) error) *Autosaver {
	a := &Autosaver{
		path: path, onError: onError, quiet: quiet, max: max, save: save,
		kick:     make(chan struct{}, 1),
		flushReq: make(chan chan error),
		stop:     make(chan chan error),
		done:     make(chan struct{}),
	}
	if a.save == nil {
		a.save = a.writeChecked
	}
	go a.run()
	return a
}

// writeChecked is Save that refuses to overwrite a file someone else changed: then
// the case goes to a new file beside it, which later writes use.
func (a *Autosaver) writeChecked(path string, c *Case) error {
	if a.stamp != nil {
		if now, err := os.Stat(path); err != nil || !sameFile(a.stamp, now) {
			moved, fi, err := saveAside(path, c)
			if err != nil {
				return err
			}
			a.mu.Lock()
			a.path = moved
			a.mu.Unlock()
			a.stamp = fi
			if a.onMoved != nil {
				a.onMoved(path, moved)
			}
			return nil
		}
	}
	data, err := marshalChecked(path, c)
	if err != nil {
		return err
	}
	fi, err := writeAtomic(osFS{}, path, data, 0o600, true)
	if err != nil {
		return fileErr(path, ErrWrite, err)
	}
	if a.stamp != nil {
		a.stamp = fi
	}
	return nil
}

// OnSaved sets a function called (from the worker goroutine) after each good write,
// e.g. to show "saved". Call it before the first change.
func (a *Autosaver) OnSaved(f func()) {
	a.mu.Lock()
	a.onSaved = f
	a.mu.Unlock()
}

// Path is the file the autosaver writes (it changes when the first file was changed
// behind its back).
func (a *Autosaver) Path() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.path
}

// Changed records a new state of the case. It clones c, so the caller may go on
// editing c at once. It never blocks on the disk.
func (a *Autosaver) Changed(c *Case) {
	snap := c.Clone()
	now := time.Now()
	a.mu.Lock()
	if a.closed {
		a.mu.Unlock()
		return
	}
	if a.pending == nil || a.pending == a.inFlight {
		a.first = now // the first change not covered by a write under way
	}
	a.pending, a.last = snap, now
	a.mu.Unlock()
	select {
	case a.kick <- struct{}{}:
	default: // a kick is already queued
	}
}

// Pending reports whether a change is not yet written.
func (a *Autosaver) Pending() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.pending != nil
}

// Err returns the error of the last write, nil if it succeeded.
func (a *Autosaver) Err() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.lastErr
}

// Flush writes the pending change now, if any, and returns when it is on disk.
func (a *Autosaver) Flush() error {
	reply := make(chan error, 1)
	a.mu.Lock()
	closed := a.closed
	a.mu.Unlock()
	if closed {
		return ErrClosed
	}
	select {
	case a.flushReq <- reply:
		return <-reply
	case <-a.done:
		return ErrClosed
	}
}

// Close writes the pending change and stops the worker. Later changes are ignored.
func (a *Autosaver) Close() error {
	a.mu.Lock()
	if a.closed {
		a.mu.Unlock()
		return ErrClosed
	}
	a.closed = true
	a.mu.Unlock()
	reply := make(chan error, 1)
	a.stop <- reply
	return <-reply
}

func (a *Autosaver) run() {
	defer close(a.done)
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-a.kick:
		case <-timer.C:
		case reply := <-a.flushReq:
			reply <- a.writePending()
		case reply := <-a.stop:
			timer.Stop()
			reply <- a.writePending()
			return
		}
		// Write if due, else sleep until it is.
		a.mu.Lock()
		var wait time.Duration
		scheduled := a.pending != nil && a.pending != a.failed
		if scheduled {
			due := a.last.Add(a.quiet)
			if capAt := a.first.Add(a.max); capAt.Before(due) {
				due = capAt
			}
			wait = time.Until(due)
		}
		a.mu.Unlock()
		timer.Stop()
		select { // drain a fired timer so Reset starts clean
		case <-timer.C:
		default:
		}
		switch {
		case !scheduled:
		case wait <= 0:
			a.writePending() // a change during the write queues a kick: the loop looks again
		default:
			timer.Reset(wait)
		}
	}
}

// writePending writes the newest snapshot. On failure the snapshot stays pending
// (unless a newer one came meanwhile) and onError hears of it.
func (a *Autosaver) writePending() error {
	a.mu.Lock()
	snap := a.pending
	a.inFlight = snap
	a.mu.Unlock()
	if snap == nil {
		return nil
	}
	a.mu.Lock()
	path := a.path
	a.mu.Unlock()
	err := a.save(path, snap)
	a.mu.Lock()
	a.inFlight = nil
	a.lastErr = err
	if err == nil {
		a.failed = nil
		if a.pending == snap {
			a.pending = nil
		}
	} else {
		a.failed = snap // try again on the next change or Flush, not in a tight loop
	}
	onErr, onSaved := a.onError, a.onSaved
	a.mu.Unlock()
	if err != nil && onErr != nil {
		onErr(err)
	}
	if err == nil && onSaved != nil {
		onSaved()
	}
	return err
}
