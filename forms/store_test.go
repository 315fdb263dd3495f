package forms

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestStore(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenStore(dir)
	must(t, err)

	e1, c1, err := s.Create("Первый")
	must(t, err)
	if c1.Title != "Первый" || e1.Title != "Первый" || filepath.Dir(e1.Path) != dir {
		t.Fatalf("create: %+v", e1)
	}
	c1.Decision.Type = TypeReturnDecision
	must(t, s.Save(e1.File, c1))
	e2, _, err := s.Create("Second")
	must(t, err)
	if e1.File == e2.File {
		t.Fatal("two cases got one id")
	}
	// Make e1 the most recently changed.
	future := time.Now().Add(time.Hour)
	must(t, os.Chtimes(e1.Path, future, future))

	list, err := s.List()
	must(t, err)
	if len(list) != 2 || list[0].File != e1.File || list[0].DecisionType != TypeReturnDecision || list[1].Title != "Second" {
		t.Fatalf("list: %+v", list)
	}

	// Rename changes the title, never the file name.
	must(t, s.Rename(e2.File, "Второй"))
	c2, err := s.Open(e2.File)
	must(t, err)
	if c2.Title != "Второй" {
		t.Errorf("rename: %q", c2.Title)
	}

	// Duplicate: a new id, same content, the new title; the original unchanged.
	d, err := s.Duplicate(e1.File, "Копия")
	must(t, err)
	dc, err := s.Open(d.File)
	must(t, err)
	if d.File == e1.File || dc.Title != "Копия" || dc.Decision.Type != TypeReturnDecision {
		t.Errorf("duplicate: %+v", d)
	}
	if o, _ := s.Open(e1.File); o.Title != "Первый" {
		t.Error("duplicate changed the original")
	}

	// Delete moves to the trash; Restore brings it back unchanged.
	before, _ := os.ReadFile(e1.Path)
	must(t, s.Delete(e1.File))
	if _, err := os.Stat(e1.Path); !os.IsNotExist(err) {
		t.Error("deleted case still listed in place")
	}
	list, _ = s.List()
	trash, _ := s.Trash()
	if len(list) != 2 || len(trash) != 1 || trash[0].File != e1.File || trash[0].Title != "Первый" {
		t.Fatalf("after delete: list %d, trash %+v", len(list), trash)
	}
	r, err := s.Restore(e1.File)
	must(t, err)
	after, _ := os.ReadFile(r.Path)
	if r.File != e1.File || !bytes.Equal(before, after) {
		t.Error("restore did not bring back the same file")
	}
	if trash, _ = s.Trash(); len(trash) != 0 {
		t.Error("trash not empty after restore")
	}
	if _, err := s.Restore(e1.File); !errors.Is(err, ErrNotInStore) {
		t.Errorf("restore twice: %v", err)
	}
	must(t, s.Delete(d.File))
	must(t, s.Purge(d.File))
	if trash, _ = s.Trash(); len(trash) != 0 {
		t.Error("purge left the case in the trash")
	}

	// Names that are not a case of the store are refused.
	for _, bad := range []string{"", "../x.appeal", "sub/x.appeal", ".hidden.appeal", "x.json", TrashDir} {
		if _, err := s.Open(bad); !errors.Is(err, ErrNotInStore) {
			t.Errorf("Open(%q): %v", bad, err)
		}
		if err := s.Delete(bad); !errors.Is(err, ErrNotInStore) {
			t.Errorf("Delete(%q): %v", bad, err)
		}
	}
}

// TestStoreImport: a case file a person was sent is copied in; the original is never
// changed, even when the copy is then edited; bad files are refused.
func TestStoreImport(t *testing.T) {
	s, err := OpenStore(filepath.Join(t.TempDir(), "store"))
	must(t, err)
	src := filepath.Join(t.TempDir(), "from-lawyer.appeal")
	must(t, Save(src, Example()))
	must(t, os.Chmod(src, 0o400)) // read-only, as a received attachment may be
	orig, _ := os.ReadFile(src)
	e, err := s.Import(src)
	must(t, err)
	if e.Title != Example().Title || filepath.Dir(e.Path) != s.Dir() {
		t.Fatalf("import: %+v", e)
	}
	must(t, s.Rename(e.File, "edited"))
	if now, _ := os.ReadFile(src); !bytes.Equal(orig, now) {
		t.Error("import changed the original")
	}
	bad := filepath.Join(t.TempDir(), "bad.appeal")
	writeFile(t, bad, `{"format":"appealdesk-case","version":99}`)
	if _, err := s.Import(bad); !errors.Is(err, ErrNewer) {
		t.Errorf("import of a newer file: %v", err)
	}
	if list, _ := s.List(); len(list) != 1 {
		t.Errorf("a refused import left a file: %d cases", len(list))
	}
}

// TestStoreListsDamaged: a damaged file is listed with its error, not hidden, and a
// temporary file of an interrupted save is not listed.
func TestStoreListsDamaged(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenStore(dir)
	must(t, err)
	writeFile(t, filepath.Join(dir, "case-broken.appeal"), `{"format":"appealdesk-case","vers`)
	// Left by a save that was killed a moment ago: no process holds it.
	left := filepath.Join(dir, ".case-x.appeal.tmp-123")
	writeFile(t, left, `{`)
	// Being written by another window right now: it holds the temporary's lock.
	busy, err := CreateTemp(dir, "case-y.appeal")
	must(t, err)
	defer busy.Close()
	// Not a name the app makes: never touched.
	foreign := filepath.Join(dir, ".notes.txt.tmp-1")
	writeFile(t, foreign, `mine`)
	list, err := s.List()
	must(t, err)
	if len(list) != 1 || !errors.Is(list[0].Err, ErrDamaged) {
		t.Fatalf("list: %+v", list)
	}
	// Reopening (the next start) removes what a killed save left, however young, and
	// nothing a living writer holds.
	_, err = OpenStore(dir)
	must(t, err)
	if _, err := os.Stat(left); !os.IsNotExist(err) {
		t.Error("a temporary file left by a killed save was kept")
	}
	if _, err := os.Stat(busy.Name()); err != nil {
		t.Error("a temporary file another window is writing was removed")
	}
	if _, err := os.Stat(foreign); err != nil {
		t.Error("a file the app did not make was removed")
	}
}
