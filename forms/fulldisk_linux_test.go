package forms

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestUnsavedOnARealFullDisk: the same as TestUnsavedIsSaidAtTheNextStart, on a disk
// that is really full (a 256 KiB tmpfs filled to the last byte), so the save fails
// with the system's own ENOSPC and the record of it must be written without a byte
// of free space. The case keeps its last saved version, no temporary is left, and
// the next start names the case. It needs the right to mount (root, or a user
// namespace); elsewhere it says so and is skipped.
func TestUnsavedOnARealFullDisk(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size=256k,mode=0700"); err != nil {
		t.Skipf("no tmpfs can be mounted here (%v): the full-disk test needs root", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, syscall.MNT_DETACH) })
	s, err := OpenStore(dir)
	must(t, err)
	ent, _, err := s.Create("full disk")
	must(t, err)
	before, _ := os.ReadFile(ent.Path)
	e, err := OpenForEdit(ent.Path)
	must(t, err)
	a := e.Autosaver(nil, nil)

	// Fill the disk to its last byte.
	filler, err := os.Create(filepath.Join(dir, "filler"))
	must(t, err)
	buf := make([]byte, 4096)
	for {
		if _, err := filler.Write(buf); err != nil {
			break
		}
	}
	for {
		if _, err := filler.Write(buf[:1]); err != nil {
			break
		}
	}
	filler.Close()

	c := e.Case.Clone()
	c.Story.WhatHappened = strings.Repeat("the last change ", 100)
	a.Changed(c)
	err = a.Close()
	if !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("the last save: %v, want ENOSPC", err)
	}
	e.Close(err)
	if b, _ := os.ReadFile(ent.Path); string(b) != string(before) {
		t.Fatal("the case lost its last saved version")
	}
	must(t, os.Remove(filepath.Join(dir, "filler")))

	s2, err := OpenStore(dir)
	must(t, err)
	got := s2.UnsavedInStore()
	if len(got) != 1 || got[0].Case != ent.Path || !strings.Contains(got[0].Cause, "no space") {
		t.Fatalf("next start: %+v", got)
	}
	des, _ := os.ReadDir(dir)
	for _, de := range des {
		if n := de.Name(); n != ent.File && n != TrashDir {
			t.Errorf("left on the full disk: %s", n)
		}
	}
}
