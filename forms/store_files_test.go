package forms

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// Files names exactly the cases List lists: the same filter (no folders, no hidden
// temporaries, only .appeal files), without reading them.
func TestStoreFilesMatchesList(t *testing.T) {
	s, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, title := range []string{"a", "b", "c"} {
		if _, _, err := s.Create(title); err != nil {
			t.Fatal(err)
		}
	}
	for name, data := range map[string]string{
		"case-broken.appeal":         "{",
		".case-x.appeal.tmp-1":       "{}",
		"notes.txt":                  "x",
		"case-0000000009.appeal.bak": "{}",
	} {
		if err := os.WriteFile(filepath.Join(s.Dir(), name), []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(s.Dir(), "folder.appeal"), 0o700); err != nil {
		t.Fatal(err)
	}
	files, err := s.Files()
	if err != nil {
		t.Fatal(err)
	}
	entries, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	var listed []string
	for _, e := range entries {
		listed = append(listed, e.File)
	}
	sort.Strings(listed)
	if len(files) != 4 || len(files) != len(listed) {
		t.Fatalf("Files %q, List %q", files, listed)
	}
	for i := range files {
		if files[i] != listed[i] {
			t.Fatalf("Files %q, List %q", files, listed)
		}
	}
}
