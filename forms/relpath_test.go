package forms

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvidencePathsAreSavedRelative: an evidence file's absolute path (with the user
// name in it) is stored relative to the case's folder, also when the file is above
// it; the file is found from the saved case exactly as before; old files with
// absolute paths load unchanged.
func TestEvidencePathsAreSavedRelative(t *testing.T) {
	home := filepath.Join(t.TempDir(), "home", "ipetrov1985")
	store := filepath.Join(home, ".config", "fyne", "org.appealdesk.app", "cases")
	docs := filepath.Join(home, "Documents")
	must(t, os.MkdirAll(store, 0o700))
	must(t, os.MkdirAll(docs, 0o700))
	scan := filepath.Join(docs, "rešenje.pdf")
	must(t, os.WriteFile(scan, []byte("%PDF"), 0o600))
	c := Example()
	c.Evidence[0].File.Path = scan
	c.Evidence[1].File.Path = "vencani.pdf" // relative already
	path := filepath.Join(store, "case-1.appeal")
	must(t, Save(path, c))
	data, _ := os.ReadFile(path)
	if strings.Contains(string(data), "ipetrov1985") {
		t.Fatalf("the saved case names the user account:\n%s", data)
	}
	got, err := Load(path)
	must(t, err)
	p := got.Evidence[0].File.Path
	if filepath.IsAbs(p) || filepath.Join(store, filepath.FromSlash(p)) != scan {
		t.Fatalf("stored %q, which does not lead back to %s", p, scan)
	}
	if c.Evidence[0].File.Path != scan {
		t.Error("Save changed the case in memory")
	}
	if got.Evidence[1].File.Path != "vencani.pdf" {
		t.Errorf("a relative path changed: %q", got.Evidence[1].File.Path)
	}
	// An old file with an absolute path loads as it is.
	old := filepath.Join(t.TempDir(), "old.appeal")
	must(t, os.WriteFile(old, []byte(`{"format":"appealdesk-case","version":1,"title":"x","evidence":[{"title":"a","file":{"name":"a","path":"`+filepath.ToSlash(scan)+`","size":4,"sha256":"x"}}]}`), 0o600))
	o, err := Load(old)
	must(t, err)
	if o.Evidence[0].File.Path != filepath.ToSlash(scan) {
		t.Errorf("old absolute path read as %q", o.Evidence[0].File.Path)
	}
}

// TestStoreImportKeepsRelativePaths: a case file opened from elsewhere keeps
// pointing at the files beside it once it is copied into the store.
func TestStoreImportKeepsRelativePaths(t *testing.T) {
	src := t.TempDir()
	must(t, os.WriteFile(filepath.Join(src, "resenje.pdf"), []byte("%PDF"), 0o600))
	c := Example()
	p := filepath.Join(src, "sent.appeal")
	must(t, Save(p, c))
	s, err := OpenStore(t.TempDir())
	must(t, err)
	e, err := s.Import(p)
	must(t, err)
	got, err := Load(e.Path)
	must(t, err)
	rel := got.Evidence[0].File.Path
	if filepath.Join(s.Dir(), filepath.FromSlash(rel)) != filepath.Join(src, "resenje.pdf") {
		t.Fatalf("after the import %q points elsewhere", rel)
	}
}
