package forms

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func savedCase(t *testing.T, dir, title string) string {
	t.Helper()
	p := filepath.Join(dir, "case-0123456789.appeal")
	c := Example()
	c.Title = title
	must(t, Save(p, c))
	return p
}

// TestSecondEditorReadsOnly: while one window edits a case, a second gets it
// read-only (ErrLocked, no autosaver); once the first is done, the next may edit.
func TestSecondEditorReadsOnly(t *testing.T) {
	p := savedCase(t, t.TempDir(), "one")
	first, err := OpenForEdit(p)
	must(t, err)
	if first.ReadOnly != nil {
		t.Fatalf("first editor read-only: %v", first.ReadOnly)
	}
	second, err := OpenForEdit(p)
	must(t, err)
	var fe *FileError
	if !errors.As(second.ReadOnly, &fe) || !errors.Is(second.ReadOnly, ErrLocked) || fe.Message().ID != "case.lock.locked" {
		t.Fatalf("second editor: %v, want ErrLocked", second.ReadOnly)
	}
	if second.Autosaver(nil, nil) != nil {
		t.Fatal("a read-only edit has an autosaver")
	}
	if second.Case.Title != "one" {
		t.Error("the read-only copy did not load")
	}
	a := first.Autosaver(nil, nil)
	first.Close(a.Close())
	if _, err := os.Stat(LockPath(p)); !os.IsNotExist(err) {
		t.Error("the lock file stays after a clean close")
	}
	third, err := OpenForEdit(p)
	must(t, err)
	if third.ReadOnly != nil {
		t.Fatalf("after the first closed: %v", third.ReadOnly)
	}
	third.Close(nil)
}

const lockChildEnv = "APPEALDESK_LOCK_CHILD"

// TestLockAcrossProcesses: the lock holds against another process, and ends when
// that process is killed (no stale lock after a crash).
func TestLockAcrossProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	p := savedCase(t, t.TempDir(), "x")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), lockChildEnv+"="+p)
	out, err := cmd.StdoutPipe()
	must(t, err)
	must(t, cmd.Start())
	buf := make([]byte, 6)
	if _, err := out.Read(buf); err != nil || string(buf) != "locked" {
		t.Fatalf("child: %q %v", buf, err)
	}
	e, err := OpenForEdit(p)
	must(t, err)
	if !errors.Is(e.ReadOnly, ErrLocked) {
		t.Fatalf("while another process edits: %v", e.ReadOnly)
	}
	cmd.Process.Kill()
	cmd.Wait()
	e, err = OpenForEdit(p)
	must(t, err)
	if e.ReadOnly != nil {
		t.Fatalf("after the other process was killed: %v", e.ReadOnly)
	}
	e.Close(nil)
}

func lockChild(path string) {
	e, err := OpenForEdit(path)
	if err != nil || e.ReadOnly != nil {
		os.Exit(3)
	}
	os.Stdout.WriteString("locked")
	time.Sleep(time.Minute)
}

// TestChangedBehindTheBack: a file another program changed, replaced or removed is
// never written over: the autosave puts the case in a new file beside it and goes on
// there.
func TestChangedBehindTheBack(t *testing.T) {
	for _, how := range []string{"edited", "replaced", "removed"} {
		t.Run(how, func(t *testing.T) {
			dir := t.TempDir()
			p := savedCase(t, dir, "mine")
			e, err := OpenForEdit(p)
			must(t, err)
			var moved [2]string
			a := e.Autosaver(func(err error) { t.Errorf("autosave error: %v", err) }, func(from, to string) { moved = [2]string{from, to} })
			other := []byte(`{"format":"appealdesk-case","version":1,"title":"theirs"}`)
			switch how {
			case "edited":
				time.Sleep(10 * time.Millisecond) // a later modification time
				must(t, os.WriteFile(p, other, 0o600))
			case "replaced":
				must(t, os.WriteFile(p+".new", other, 0o600))
				must(t, os.Rename(p+".new", p))
			case "removed":
				must(t, os.Remove(p))
			}
			c := e.Case.Clone()
			c.Title = "mine, edited"
			a.Changed(c)
			must(t, a.Flush())
			if how != "removed" {
				if b, _ := os.ReadFile(p); string(b) != string(other) {
					t.Fatalf("the other program's file was overwritten: %s", b)
				}
			} else if _, err := os.Stat(p); !os.IsNotExist(err) {
				t.Fatal("a removed case was written again under its name")
			}
			if moved[0] != p || !strings.Contains(moved[1], "-changed-") || a.Path() != moved[1] {
				t.Fatalf("moved %q, path %q", moved, a.Path())
			}
			got, err := Load(moved[1])
			must(t, err)
			if got.Title != "mine, edited" {
				t.Fatalf("the copy holds %q", got.Title)
			}
			c.Title = "mine, later"
			a.Changed(c)
			must(t, a.Flush())
			if got, _ := Load(moved[1]); got == nil || got.Title != "mine, later" {
				t.Fatal("later changes did not go to the copy")
			}
			e.Close(a.Close())
			if des, _ := os.ReadDir(dir); len(des) > 2 {
				t.Errorf("left in the folder: %v", des)
			}
		})
	}
}

// TestUnsavedIsSaidAtTheNextStart: a session whose last save failed (a full disk)
// leaves a record in its lock file, without needing a byte of new space; the next
// start reads it once, and opening the case again reports it too.
func TestUnsavedIsSaidAtTheNextStart(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenStore(dir)
	must(t, err)
	ent, _, err := s.Create("full disk")
	must(t, err)
	e, err := OpenForEdit(ent.Path)
	must(t, err)
	a := e.Autosaver(nil, nil)
	a.save = func(string, *Case) error { return errors.New("no space left on device") }
	c := e.Case.Clone()
	c.Title = "the last change"
	a.Changed(c)
	err = a.Close()
	if err == nil {
		t.Fatal("Close reported no failure")
	}
	e.Close(err)

	got := s.UnsavedInStore()
	if len(got) != 1 || got[0].Case != ent.Path || !strings.Contains(got[0].Cause, "no space") || time.Since(got[0].When) > time.Minute {
		t.Fatalf("next start: %+v", got)
	}
	if again := s.UnsavedInStore(); len(again) != 0 {
		t.Fatalf("said twice: %+v", again)
	}
	// A case opened from outside the store tells when it is opened again.
	e, err = OpenForEdit(ent.Path)
	must(t, err)
	e.Close(errors.New("disk full"))
	e, err = OpenForEdit(ent.Path)
	must(t, err)
	if e.Previous == nil {
		t.Fatal("opening again did not report the unsaved change")
	}
	e.Close(nil)
}

// TestOpenForEditCleansBeside: temporaries a killed save left beside a case opened
// from anywhere are removed when it is opened.
func TestOpenForEditCleansBeside(t *testing.T) {
	dir := t.TempDir()
	p := savedCase(t, dir, "x")
	left := filepath.Join(dir, "."+filepath.Base(p)+".tmp-42")
	must(t, os.WriteFile(left, []byte("a complete plaintext copy"), 0o600))
	e, err := OpenForEdit(p)
	must(t, err)
	defer e.Close(nil)
	if _, err := os.Stat(left); !os.IsNotExist(err) || e.Cleaned != 1 {
		t.Fatalf("left behind (cleaned %d)", e.Cleaned)
	}
}

// TestRemoveIfHoldsTheLock: an empty case is removed while its edit still holds the
// lock (another window trying to open it in the meantime reads only, and finds it
// gone), the file on disk decides, the lock file goes with the case, and a read-only
// edit removes nothing.
func TestRemoveIfHoldsTheLock(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "case-0000000001.appeal")
	must(t, Save(p, New("empty")))
	ed, err := OpenForEdit(p)
	must(t, err)
	reader, err := OpenForEdit(p)
	must(t, err)
	if reader.RemoveIf(func(*Case) bool { return true }) {
		t.Fatal("a read-only edit removed the case")
	}
	reader.Close(nil)
	a := ed.Autosaver(nil, nil)
	must(t, a.Close())
	lockedDuring := false
	removed := ed.RemoveIf(func(c *Case) bool {
		_, err := LockCase(p)
		lockedDuring = errors.Is(err, ErrLocked)
		return c.Title == "empty"
	})
	if !removed || !lockedDuring {
		t.Fatalf("removed %v, lock held while deciding %v", removed, lockedDuring)
	}
	ed.Close(nil)
	left, _ := os.ReadDir(dir)
	if len(left) != 0 {
		t.Errorf("left beside the removed case: %v", left)
	}

	// The file decides: an answer written there keeps the case.
	must(t, Save(p, New("empty")))
	ed, err = OpenForEdit(p)
	must(t, err)
	c := New("empty")
	c.Story.WhatHappened = "written after the window loaded it"
	must(t, Save(p, c))
	if ed.RemoveIf(func(c *Case) bool { return c.Story.WhatHappened == "" }) {
		t.Error("a case whose file holds an answer was removed")
	}
	ed.Close(nil)
	if _, err := os.Stat(p); err != nil {
		t.Error(err)
	}
}
