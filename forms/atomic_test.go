package forms

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestRenameNoReplace: an existing file or folder is never replaced, and the source
// stays where it was.
func TestRenameNoReplace(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "new")
	dst := filepath.Join(dir, "case.appeal")
	must(t, os.WriteFile(src, []byte("package"), 0o600))
	must(t, os.WriteFile(dst, []byte("the case"), 0o600))
	if err := RenameNoReplace(src, dst); !errors.Is(err, fs.ErrExist) {
		t.Fatalf("rename over an existing file: %v, want ErrExist", err)
	}
	if b, _ := os.ReadFile(dst); string(b) != "the case" {
		t.Fatalf("the existing file was changed: %q", b)
	}
	if _, err := os.Stat(src); err != nil {
		t.Fatalf("the source is gone: %v", err)
	}
	sub := filepath.Join(dir, "folder")
	must(t, os.Mkdir(sub, 0o700))
	if err := RenameNoReplace(src, sub); !errors.Is(err, fs.ErrExist) {
		t.Fatalf("rename over a folder: %v", err)
	}
	free := filepath.Join(dir, "free")
	must(t, RenameNoReplace(src, free))
	if b, _ := os.ReadFile(free); string(b) != "package" {
		t.Fatalf("moved file: %q", b)
	}
	// Folders move too (an import's temporary folder into place).
	must(t, RenameNoReplace(sub, filepath.Join(dir, "moved")))
}

// TestWriteFileNew: never over an existing file; nothing is left behind.
func TestWriteFileNew(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x.appeal")
	must(t, os.WriteFile(p, []byte("keep"), 0o644))
	if err := WriteFileNew(p, []byte("new"), 0o600); !errors.Is(err, fs.ErrExist) {
		t.Fatalf("err %v, want ErrExist", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "keep" {
		t.Fatalf("existing file changed: %q", b)
	}
	q := filepath.Join(dir, "y.appeal")
	must(t, WriteFileNew(q, []byte("new"), 0o600))
	st, err := os.Stat(q)
	must(t, err)
	if st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
	des, _ := os.ReadDir(dir)
	if len(des) != 2 {
		t.Errorf("left behind: %v", des)
	}
}

// TestRemoveStaleTemporaries: every kind of temporary a killed process leaves is
// removed at once; one a living writer holds, a symbolic link, and any name the app
// does not make are not.
func TestRemoveStaleTemporaries(t *testing.T) {
	dir := t.TempDir()
	left := []string{".case-1.appeal.tmp-1", ".zalba.pdf.tmp-22", ".p.appealpack.tmp-333"}
	for _, n := range left {
		must(t, os.WriteFile(filepath.Join(dir, n), []byte("plaintext"), 0o600))
	}
	leftDir := filepath.Join(dir, ".appealdesk-import-4444")
	must(t, os.MkdirAll(filepath.Join(leftDir, "evidence"), 0o700))
	must(t, os.WriteFile(filepath.Join(leftDir, "evidence", "01-x.pdf"), []byte("decrypted"), 0o600))

	busyFile, err := CreateTemp(dir, "case-2.appeal")
	must(t, err)
	defer busyFile.Close()
	busyDir, err := NewTempDir(dir, "import")
	must(t, err)
	defer busyDir.Release()

	target := filepath.Join(t.TempDir(), "elsewhere.appeal")
	must(t, os.WriteFile(target, []byte("not ours"), 0o600))
	must(t, os.Symlink(target, filepath.Join(dir, ".link.appeal.tmp-5")))
	keep := []string{".vimrc", ".case-3.appeal.tmp-abc", "case.appeal.tmp-1", ".appealdesk-Import-1", ".x.txt.tmp-1"}
	for _, n := range keep {
		must(t, os.WriteFile(filepath.Join(dir, n), []byte("mine"), 0o600))
	}

	if n := RemoveStaleTemporaries(dir); n != len(left)+1 {
		t.Errorf("removed %d, want %d", n, len(left)+1)
	}
	for _, n := range append(left, filepath.Base(leftDir)) {
		if _, err := os.Lstat(filepath.Join(dir, n)); !os.IsNotExist(err) {
			t.Errorf("%s left behind", n)
		}
	}
	for _, n := range append(keep, filepath.Base(busyFile.Name()), filepath.Base(busyDir.Path), ".link.appeal.tmp-5") {
		if _, err := os.Lstat(filepath.Join(dir, n)); err != nil {
			t.Errorf("%s removed: %v", n, err)
		}
	}
	if _, err := os.Stat(target); err != nil {
		t.Error("the target of a symbolic link was removed")
	}
	// Once its writer is done, a temporary left behind goes at the next clean.
	busyFile.Close()
	if n := RemoveStaleTemporaries(dir); n != 1 {
		t.Errorf("after the writer closed: removed %d, want 1", n)
	}
}

// TestWriteFileReplacing: only an earlier file of the app's own kind is replaced; a
// case, a link to a calendar, a folder and a FIFO (never opened, so nothing hangs)
// are refused and left as they were; a new name is written.
func TestWriteFileReplacing(t *testing.T) {
	dir := t.TempDir()
	const head = "BEGIN:VCALENDAR"
	earlier := filepath.Join(dir, "earlier.ics")
	must(t, os.WriteFile(earlier, []byte(head+"\r\nold"), 0o644))
	must(t, WriteFileReplacing(earlier, []byte(head+"\r\nnew"), 0o600, head))
	if b, _ := os.ReadFile(earlier); string(b) != head+"\r\nnew" {
		t.Errorf("earlier calendar: %q", b)
	}
	if st, _ := os.Stat(earlier); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", st.Mode().Perm())
	}
	kase := filepath.Join(dir, "case.appeal")
	must(t, os.WriteFile(kase, []byte(`{"format":"appealdesk-case"}`), 0o600))
	link := filepath.Join(dir, "link.ics")
	must(t, os.Symlink(earlier, link))
	sub := filepath.Join(dir, "folder.ics")
	must(t, os.Mkdir(sub, 0o700))
	fifo := filepath.Join(dir, "fifo.ics")
	if err := mkfifo(fifo); err != nil {
		t.Log("no FIFO here:", err)
		fifo = ""
	}
	for _, p := range []string{kase, link, sub, fifo} {
		if p == "" {
			continue
		}
		before, _ := os.Lstat(p)
		if err := WriteFileReplacing(p, []byte(head), 0o600, head); !errors.Is(err, fs.ErrExist) {
			t.Errorf("%s: %v, want ErrExist", filepath.Base(p), err)
		}
		if after, _ := os.Lstat(p); !os.SameFile(before, after) || before.Size() != after.Size() {
			t.Errorf("%s was changed", filepath.Base(p))
		}
	}
	fresh := filepath.Join(dir, "new.ics")
	must(t, WriteFileReplacing(fresh, []byte(head), 0o600, head))
	if exists, own := IsOwnFile(fresh, head); !exists || !own {
		t.Errorf("the new calendar: exists %v, own %v", exists, own)
	}
}

// TestIsOwnFileOpensOnce: IsOwnFile takes the file's type from the file it opened, so
// a FIFO or a link put in place after a check cannot slip through: the open itself
// neither follows a link nor waits for a FIFO's writer (before, a FIFO swapped in
// between os.Lstat and os.Open made the open wait for ever).
func TestIsOwnFileOpensOnce(t *testing.T) {
	dir := t.TempDir()
	const head = "BEGIN:VCALENDAR"
	own := filepath.Join(dir, "own.ics")
	must(t, os.WriteFile(own, []byte(head+"\r\n"), 0o600))
	link := filepath.Join(dir, "link.ics")
	must(t, os.Symlink(own, link))
	if f, err := openNoFollow(link); err == nil {
		f.Close()
		t.Error("openNoFollow followed a symbolic link")
	}
	fifo := filepath.Join(dir, "fifo.ics")
	if err := mkfifo(fifo); err != nil {
		t.Skip("no FIFO here:", err)
	}
	done := make(chan error, 1)
	go func() {
		f, err := openNoFollow(fifo)
		if err == nil {
			f.Close()
		}
		done <- err
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("opening a FIFO waits for a writer")
	}
	if exists, own := IsOwnFile(fifo, head); !exists || own {
		t.Errorf("a FIFO: exists %v, own %v", exists, own)
	}
}
