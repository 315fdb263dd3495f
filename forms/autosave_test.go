package forms

import (
	"errors"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// recorder stands in for Save: it counts writes and keeps what was written.
type recorder struct {
	mu     sync.Mutex
	titles []string
	fail   atomic.Bool
	delay  time.Duration
}

func (r *recorder) save(path string, c *Case) error {
	if r.delay > 0 {
		time.Sleep(r.delay)
	}
	if r.fail.Load() {
		return errors.New("disk full")
	}
	r.mu.Lock()
	r.titles = append(r.titles, c.Title)
	r.mu.Unlock()
	return nil
}

func (r *recorder) writes() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.titles...)
}

// TestAutosaveCoalesces: a burst of changes becomes one write, of the newest state.
func TestAutosaveCoalesces(t *testing.T) {
	r := &recorder{}
	a := newAutosaver("x", nil, 200*time.Millisecond, 10*time.Second, r.save)
	defer a.Close()
	c := Example()
	for i := 0; i < 100; i++ {
		c.Title = "t" + string(rune('a'+i%26))
		a.Changed(c)
	}
	c.Title = "last"
	a.Changed(c)
	c.Title = "edited after the change" // the autosaver holds its own copy
	deadline := time.Now().Add(5 * time.Second)
	for a.Pending() && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	w := r.writes()
	if len(w) != 1 || w[0] != "last" {
		t.Fatalf("writes %q, want one write of \"last\"", w)
	}
}

// TestAutosaveWritesWhileTyping: changes that never pause are still written,
// bounded by the maximum delay, not postponed until typing stops.
func TestAutosaveWritesWhileTyping(t *testing.T) {
	r := &recorder{}
	a := newAutosaver("x", nil, 200*time.Millisecond, 40*time.Millisecond, r.save)
	defer a.Close()
	c := New("typing")
	stop := time.Now().Add(400 * time.Millisecond)
	n := 0
	for time.Now().Before(stop) {
		n++
		c.Title = "typing" + string(rune('0'+n%10))
		a.Changed(c)
		time.Sleep(5 * time.Millisecond) // always less than the quiet period
	}
	if got := len(r.writes()); got < 2 {
		t.Fatalf("%d writes during continuous typing; the max delay must force writes", got)
	}
}

// TestAutosaveFlush: Flush writes at once and returns after the write; Close too.
func TestAutosaveFlush(t *testing.T) {
	r := &recorder{delay: 20 * time.Millisecond}
	a := newAutosaver("x", nil, time.Hour, time.Hour, r.save)
	c := New("one")
	a.Changed(c)
	must(t, a.Flush())
	if w := r.writes(); len(w) != 1 || w[0] != "one" {
		t.Fatalf("after Flush: %q", w)
	}
	must(t, a.Flush()) // nothing pending: no write
	if len(r.writes()) != 1 {
		t.Fatal("Flush with nothing pending wrote")
	}
	c.Title = "two"
	a.Changed(c)
	must(t, a.Close())
	if w := r.writes(); len(w) != 2 || w[1] != "two" {
		t.Fatalf("after Close: %q", w)
	}
	if err := a.Flush(); !errors.Is(err, ErrClosed) {
		t.Errorf("Flush after Close: %v", err)
	}
	a.Changed(c) // ignored, no panic
}

// TestAutosaveError: a failed write is reported, stays pending and is retried by Flush.
func TestAutosaveError(t *testing.T) {
	r := &recorder{}
	r.fail.Store(true)
	var reported atomic.Int32
	a := newAutosaver("x", func(error) { reported.Add(1) }, time.Millisecond, time.Millisecond, r.save)
	defer a.Close()
	a.Changed(New("t"))
	deadline := time.Now().Add(5 * time.Second)
	for reported.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if reported.Load() == 0 || a.Err() == nil || !a.Pending() {
		t.Fatalf("failure not reported (reported %d, err %v, pending %v)", reported.Load(), a.Err(), a.Pending())
	}
	time.Sleep(20 * time.Millisecond)
	if n := reported.Load(); n != 1 {
		t.Errorf("a failed write was retried in a loop: %d reports", n)
	}
	r.fail.Store(false)
	must(t, a.Flush())
	if a.Pending() || a.Err() != nil || len(r.writes()) != 1 {
		t.Errorf("retry by Flush: pending %v err %v writes %v", a.Pending(), a.Err(), r.writes())
	}
}

// TestAutosaveRealFile: with the real Save, the file on disk is the last state, and
// a failing write (the directory is gone) keeps the error and calls onError.
func TestAutosaveRealFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "auto.appeal")
	var errs atomic.Int32
	a := NewAutosaver(path, func(error) { errs.Add(1) })
	c := Example()
	for i := 0; i < 10; i++ {
		c.Person.Work = "job " + string(rune('0'+i))
		a.Changed(c)
	}
	must(t, a.Flush())
	got, err := Load(path)
	if err != nil || got.Person.Work != "job 9" {
		t.Fatalf("file after Flush: %v %q", err, got.Person.Work)
	}
	bad := NewAutosaver(filepath.Join(dir, "no", "such", "dir.appeal"), func(error) { errs.Add(1) })
	bad.Changed(c)
	if err := bad.Flush(); !errors.Is(err, ErrWrite) || errs.Load() != 1 {
		t.Errorf("failing autosave: %v, %d reports", err, errs.Load())
	}
	bad.Close()
	a.Close()
}

// TestAutosaveConcurrent: changes and flushes from several goroutines (run with -race).
func TestAutosaveConcurrent(t *testing.T) {
	r := &recorder{}
	a := newAutosaver("x", nil, time.Millisecond, 2*time.Millisecond, r.save)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			c := Example()
			for i := 0; i < 200; i++ {
				c.Family.Children[0].Name = "x"
				c.Arguments["family"] = i%2 == 0
				a.Changed(c)
				if i%50 == 0 {
					a.Flush()
				}
			}
		}(g)
	}
	wg.Wait()
	must(t, a.Close())
	if a.Pending() {
		t.Error("pending after Close")
	}
}
