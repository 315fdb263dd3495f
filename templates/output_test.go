package templates

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
)

// snapshot is every file under dir with its content.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		data, _ := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[rel] = string(data)
		return nil
	})
	return out
}

// fullDisk makes file creation fail with ENOSPC once limit bytes are written in all.
type fullDisk struct {
	limit   int64
	written int64
}

type limitedFile struct {
	f    *os.File
	disk *fullDisk
}

func (l *limitedFile) Write(p []byte) (int, error) {
	room := l.disk.limit - l.disk.written
	if room <= 0 {
		return 0, &os.PathError{Op: "write", Path: l.f.Name(), Err: syscall.ENOSPC}
	}
	if int64(len(p)) > room {
		n, _ := l.f.Write(p[:room])
		l.disk.written += int64(n)
		return n, &os.PathError{Op: "write", Path: l.f.Name(), Err: syscall.ENOSPC}
	}
	n, err := l.f.Write(p)
	l.disk.written += int64(n)
	return n, err
}

func (l *limitedFile) Close() error { return l.f.Close() }
func (l *limitedFile) Sync() error  { return l.f.Sync() }

func (d *fullDisk) create(path string) (io.WriteCloser, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, err
	}
	return &limitedFile{f: f, disk: d}, nil
}

func set(gen string, names ...string) []File {
	var out []File
	for _, n := range names {
		out = append(out, File{Name: n, Data: []byte(strings.Repeat(gen+":"+n+" ", 500))})
	}
	return out
}

// TestWriteFilesFullDisk: a disk that fills up at any byte of a new set leaves the
// old set exactly as it was — never a mix of old and new files — and no temporary
// folder (issue: 2 of 5 PDFs replaced, the rest old).
func TestWriteFilesFullDisk(t *testing.T) {
	dir := t.TempDir()
	names := []string{"zalba.pdf", "zalba.docx", "spisak-dokaza.pdf", "spisak-dokaza.docx", "zahtev-uvid.pdf"}
	if _, err := WriteFiles(context.Background(), WriteRequest{Dir: dir, Files: set("old", names...)}); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)
	total := 0
	for _, f := range set("new", names...) {
		total += len(f.Data)
	}
	tries := 0
	for limit := int64(0); limit < int64(total); limit += int64(total / 37) {
		tries++
		disk := &fullDisk{limit: limit}
		_, err := WriteFiles(context.Background(), WriteRequest{Dir: dir, Files: set("new", names...), create: disk.create})
		if !errors.Is(err, syscall.ENOSPC) {
			t.Fatalf("limit %d: err %v, want ENOSPC", limit, err)
		}
		if after := snapshot(t, dir); fmt.Sprint(after) != fmt.Sprint(before) {
			t.Fatalf("limit %d: the folder changed after a failed write:\n%v", limit, keys(after))
		}
	}
	if _, err := WriteFiles(context.Background(), WriteRequest{Dir: dir, Files: set("new", names...)}); err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		data, _ := os.ReadFile(filepath.Join(dir, n))
		if !strings.HasPrefix(string(data), "new:") {
			t.Errorf("%s not replaced", n)
		}
	}
	t.Logf("%d failing writes, the old set intact after each", tries)
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestWriteFilesKeepsEdits: a DOCX the lawyer edited, or a file the app did not
// write, is never overwritten nor removed: it is moved aside and reported.
func TestWriteFilesKeepsEdits(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	if _, err := WriteFiles(ctx, WriteRequest{Dir: dir, Files: set("v1", "zalba.pdf", "zalba.docx")}); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "zalba.docx"), []byte("the lawyer's edits"), 0o600)
	os.WriteFile(filepath.Join(dir, "spisak-dokaza.pdf"), []byte("a file the app did not write"), 0o600)
	res, err := WriteFiles(ctx, WriteRequest{Dir: dir, Files: set("v2", "zalba.pdf", "zalba.docx", "spisak-dokaza.pdf")})
	if err != nil {
		t.Fatal(err)
	}
	got := snapshot(t, dir)
	if got["zalba-izmenjeno-1.docx"] != "the lawyer's edits" || got["spisak-dokaza-izmenjeno-1.pdf"] != "a file the app did not write" {
		t.Errorf("edited files not kept aside: %v", keys(got))
	}
	if len(res.MovedAside) != 2 || !strings.HasPrefix(got["zalba.docx"], "v2:") {
		t.Errorf("moved aside %v", res.MovedAside)
	}
	// zalba.pdf was the app's own, unchanged: replaced without a copy aside.
	if _, ok := got["zalba-izmenjeno-1.pdf"]; ok {
		t.Error("an unchanged document of the app was moved aside")
	}
}

// TestWriteFilesNoPileUp: after switching to Latin the Cyrillic documents of the
// previous set go (they are the app's own and unchanged), unless Keep is asked for.
func TestWriteFilesNoPileUp(t *testing.T) {
	ctx := context.Background()
	for _, keep := range []bool{false, true} {
		dir := t.TempDir()
		WriteFiles(ctx, WriteRequest{Dir: dir, Files: set("cyr", "zalba.pdf", "spisak-dokaza.pdf")})
		res, err := WriteFiles(ctx, WriteRequest{Dir: dir, Keep: keep, Files: set("lat", "zalba-latinica.pdf", "spisak-dokaza-latinica.pdf")})
		if err != nil {
			t.Fatal(err)
		}
		got := snapshot(t, dir)
		_, cyr := got["zalba.pdf"]
		if cyr != keep {
			t.Errorf("keep=%v: Cyrillic copy present %v (%v); removed %v", keep, cyr, keys(got), res.Removed)
		}
	}
}

// TestDocumentsFolder: two cases with the same title get two folders; each finds
// its own again (issue: documents of two cases with the same name overwrote each
// other).
func TestDocumentsFolder(t *testing.T) {
	root := t.TempDir()
	ctx := context.Background()
	a := DocumentsFolder(root, "Жалба", "case-aaaa")
	if _, err := WriteFiles(ctx, WriteRequest{Dir: a, CaseID: "case-aaaa", Files: set("A", "zalba.pdf")}); err != nil {
		t.Fatal(err)
	}
	b := DocumentsFolder(root, "Жалба", "case-bbbb")
	if a == b {
		t.Fatalf("two cases share %s", a)
	}
	WriteFiles(ctx, WriteRequest{Dir: b, CaseID: "case-bbbb", Files: set("B", "zalba.pdf")})
	if again := DocumentsFolder(root, "Жалба", "case-aaaa"); again != a {
		t.Errorf("case A's folder is now %s, was %s", again, a)
	}
	if again := DocumentsFolder(root, "Жалба", "case-bbbb"); again != b {
		t.Errorf("case B's folder is now %s, was %s", again, b)
	}
	data, _ := os.ReadFile(filepath.Join(a, "zalba.pdf"))
	if !bytes.HasPrefix(data, []byte("A:")) {
		t.Error("case B overwrote case A's appeal")
	}
	for _, tc := range []struct{ in, want string }{
		{"Иван / Петров: жалба?", "Иван - Петров- жалба-"},
		{"zalba\u202efdp.exe", "zalbafdp.exe"},
		{"...", ""},
		{"CON", "_CON"},
		{strings.Repeat("д", 100), strings.Repeat("д", 80)},
	} {
		if got := folderName(tc.in); got != tc.want {
			t.Errorf("folderName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestDocumentsRoot: the XDG documents folder on Linux, ~/Documents otherwise.
func TestDocumentsRoot(t *testing.T) {
	home := t.TempDir()
	env := map[string]string{}
	get := func(k string) string { return env[k] }
	if got := documentsDir(home, get); got != filepath.Join(home, "Documents") {
		t.Errorf("default %s", got)
	}
	os.MkdirAll(filepath.Join(home, ".config"), 0o700)
	os.WriteFile(filepath.Join(home, ".config", "user-dirs.dirs"), []byte("# comment\nXDG_DOCUMENTS_DIR=\"$HOME/Документи\"\n"), 0o600)
	if got := documentsDir(home, get); got != filepath.Join(home, "Документи") {
		t.Errorf("user-dirs.dirs: %s", got)
	}
	env["XDG_DOCUMENTS_DIR"] = "/srv/docs"
	if got := documentsDir(home, get); got != "/srv/docs" {
		t.Errorf("environment: %s", got)
	}
}

// TestWriteFilesBundleCancelled: a cancelled bundle leaves nothing new behind.
func TestWriteFilesBundleCancelled(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	c := testCase()
	_, err := WriteFiles(ctx, WriteRequest{Dir: dir, Files: set("x", "zalba.pdf"), BundleName: "zalba-sa-prilozima.pdf",
		Bundle: func(ctx context.Context, w io.Writer) (BundleResult, error) {
			return WriteBundle(ctx, w, c, Options{Today: signing}, BundleOptions{})
		}})
	if !IsCancelled(err) {
		t.Errorf("err %v", err)
	}
	if got := snapshot(t, dir); len(got) != 0 {
		t.Errorf("left behind: %v", keys(got))
	}
}
