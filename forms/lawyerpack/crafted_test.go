package lawyerpack

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"appealdesk/forms"
	"appealdesk/forms/evidence"
)

// Packages an attacker crafted (issue 11), each kept here as a test: every one must be
// refused with its own message and nothing written, inside or beside the target.

// ustar builds one raw tar header block (archive/tar no longer writes sparse files,
// so a sparse entry is put together by hand).
func ustar(name string, typ byte, size int64) []byte {
	b := make([]byte, 512)
	copy(b[0:100], name)
	copy(b[100:108], "0000600\x00")
	copy(b[108:116], "0000000\x00")
	copy(b[116:124], "0000000\x00")
	copy(b[124:136], fmt.Sprintf("%011o\x00", size))
	copy(b[136:148], "00000000000\x00")
	b[156] = typ
	copy(b[257:263], "ustar\x00")
	copy(b[263:265], "00")
	for i := 148; i < 156; i++ {
		b[i] = ' '
	}
	sum := 0
	for _, c := range b {
		sum += int(c)
	}
	copy(b[148:156], fmt.Sprintf("%06o\x00 ", sum))
	return b
}

func pad(b []byte) []byte {
	if r := len(b) % 512; r != 0 {
		b = append(b, make([]byte, 512-r)...)
	}
	return b
}

// paxSparse is a PAX 1.0 sparse entry: a few stored bytes that archive/tar expands
// to realSize (a 10 KB package became a 1 GiB evidence file).
func paxSparse(name string, realSize int64) []byte {
	var recs bytes.Buffer
	for _, kv := range [][2]string{{"GNU.sparse.major", "1"}, {"GNU.sparse.minor", "0"}, {"GNU.sparse.name", name}, {"GNU.sparse.realsize", fmt.Sprint(realSize)}} {
		rec := " " + kv[0] + "=" + kv[1] + "\n"
		n := len(rec) + len(fmt.Sprint(len(rec)))
		for len(rec)+len(fmt.Sprint(n)) != n {
			n = len(rec) + len(fmt.Sprint(n))
		}
		fmt.Fprintf(&recs, "%d%s", n, rec)
	}
	var out []byte
	out = append(out, ustar("PaxHeaders/x", 'x', int64(recs.Len()))...)
	out = append(out, pad(recs.Bytes())...)
	sparseMap := pad([]byte(fmt.Sprintf("1\n%d\n1\n", realSize-1)))
	data := append(sparseMap, pad([]byte("a"))...)
	out = append(out, ustar("GNUSparseFile.0/x", '0', int64(len(sparseMap))+1)...)
	return append(out, data...)
}

// rawPackage is the marker, raw tar bytes, and the tar trailer, encrypted.
func rawPackage(t *testing.T, middle []byte) []byte {
	var b bytes.Buffer
	b.Write(tarOf(t, []entry{markerEntry()})[:1024]) // marker header + data, without trailer
	b.Write(middle)
	b.Write(make([]byte, 1024))
	return encrypt(t, b.Bytes())
}

// importCrafted writes data as a package and imports it into a fresh folder.
func importCrafted(t *testing.T, data []byte, opts ...Option) error {
	t.Helper()
	dir := t.TempDir()
	p := filepath.Join(dir, "crafted"+Extension)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	parent := filepath.Join(dir, "parent")
	os.Mkdir(parent, 0o700)
	_, err := Import(context.Background(), p, filepath.Join(parent, "out"), pass, opts...)
	if l := listing(t, dir); err != nil && len(l) != 2 {
		t.Errorf("a refused package left files: %v", l)
	}
	return err
}

func wantRefused(t *testing.T, err error, kind error, msgID string) {
	t.Helper()
	var pe *Error
	if !errors.Is(err, kind) || !errors.As(err, &pe) {
		t.Fatalf("err = %v, want %v", err, kind)
	}
	if msgID != "" && pe.Message().ID != msgID {
		t.Fatalf("message %q, want %q (%v)", pe.Message().ID, msgID, err)
	}
}

func TestCraftedSparseEntriesAreRefused(t *testing.T) {
	t.Run("PAX GNU.sparse 1.0, 1 GiB from a few bytes", func(t *testing.T) {
		// The control: archive/tar really would expand it (read without our check).
		err := importCrafted(t, rawPackage(t, paxSparse("evidence/01-x.pdf", 1<<30)))
		wantRefused(t, err, ErrDamaged, "evidence.pack.error.sparse")
	})
	t.Run("old GNU sparse type", func(t *testing.T) {
		err := importCrafted(t, rawPackage(t, append(ustar("evidence/01-x.pdf", 'S', 0), make([]byte, 0)...)))
		wantRefused(t, err, ErrDamaged, "")
	})
}

func TestCraftedLyingNamesAreRefused(t *testing.T) {
	okSum := "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb" // "a"
	for _, name := range []string{
		"evidence/01-zalba\u202efdp.exe", // shows as zalbaexe.pdf
		"evidence/01-zalba\u200b.pdf",    // zero-width space
		"documents/\ufeffzalba.pdf",      // byte-order mark
		"evidence/01-a\u2066b.pdf",       // isolate
		"documents/zalba.pdf.exe",
		"documents/run.desktop",
		"evidence/01-scan.PDF.lnk",
		"evidence/01-x.scr ",
	} {
		t.Run(fmt.Sprintf("%q", name), func(t *testing.T) {
			if SafeEntryName(name) {
				t.Fatal("SafeEntryName accepts it")
			}
			c := forms.New("x")
			c.Evidence = []forms.EvidenceItem{{Title: "a", File: &forms.File{Name: "a", Path: name, Size: 1, SHA256: okSum}}}
			err := importCrafted(t, encrypt(t, tarOf(t, []entry{markerEntry(), {name: name, data: []byte("a")},
				manifestEntry(t, "x.appeal", c, []FileEntry{{Name: name, Kind: "evidence", Size: 1, SHA256: okSum}})})))
			wantRefused(t, err, ErrUnsafeName, "")
		})
	}
	for _, caseName := range []string{"zalba\u202elaeppa.exe.appeal", "x\u200d.appeal", "setup.exe.appeal"} {
		t.Run("case name "+fmt.Sprintf("%q", caseName), func(t *testing.T) {
			err := importCrafted(t, encrypt(t, tarOf(t, []entry{markerEntry(), manifestEntry(t, caseName, forms.New("x"), nil)})))
			wantRefused(t, err, ErrUnsafeName, "evidence.pack.error.lying_name")
		})
	}
}

// TestExportDefusesLyingNames: the person's own files with such names go into the
// package under names that say what they are, and the package imports.
func TestExportDefusesLyingNames(t *testing.T) {
	dir := t.TempDir()
	c := forms.New("x")
	for _, n := range []string{"zalba\u202efdp.exe", "a\u200bb.pdf", "setup.desktop"} {
		p := filepath.Join(dir, n)
		os.WriteFile(p, []byte(n), 0o600)
		c.Evidence = append(c.Evidence, forms.EvidenceItem{Title: n})
		if err := attach(&c.Evidence[len(c.Evidence)-1], p); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "p"+Extension)
	man, err := Export(context.Background(), c, filepath.Join(dir, "x.appeal"), nil, out, pass, fast())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range man.Files {
		if !SafeEntryName(f.Name) {
			t.Errorf("export wrote the lying name %q", f.Name)
		}
	}
	if _, err := Import(context.Background(), out, filepath.Join(t.TempDir(), "in"), pass); err != nil {
		t.Fatalf("import of the defused package: %v", err)
	}
}

func attach(it *forms.EvidenceItem, p string) error {
	return evidence.Attach(context.Background(), it, p, nil)
}

func TestCraftedHugeFieldsAreRefused(t *testing.T) {
	big := forms.New(strings.Repeat("Ж", forms.MaxTitleLen+1))
	many := forms.New("x")
	many.Evidence = make([]forms.EvidenceItem, 20000)
	children := forms.New("x")
	children.Family.Children = make([]forms.Child, 5000)
	for _, tc := range []struct {
		name  string
		c     *forms.Case
		msgID string
	}{
		{"a title beyond the limit", big, "case.limit.text"},
		{"20 000 evidence items", many, "case.limit.evidence"},
		{"5 000 children", children, "case.limit.children"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := importCrafted(t, encrypt(t, tarOf(t, []entry{markerEntry(), manifestEntry(t, "x.appeal", tc.c, nil)})))
			wantRefused(t, err, ErrDamaged, tc.msgID)
		})
	}
	t.Run("a 9 MB case", func(t *testing.T) {
		c := forms.New("x")
		c.Unknown = map[string]json.RawMessage{"padding": json.RawMessage(`"` + strings.Repeat("a", 9<<20) + `"`)}
		err := importCrafted(t, encrypt(t, tarOf(t, []entry{markerEntry(), manifestEntry(t, "x.appeal", c, nil)})))
		wantRefused(t, err, ErrDamaged, "case.limit.file_size")
	})
}

// TestCraftedWorkFactorIsRefused: a header asking for scrypt 2^22 (4 GiB, a minute
// before "wrong passphrase") is refused before any key is derived. Import runs with
// the app's own limit, 2^18: 19 is one above it.
func TestCraftedWorkFactorIsRefused(t *testing.T) {
	pkg := smallPackage(t)
	re := regexp.MustCompile(`(-> scrypt \S+) \d+\n`)
	if !re.Match(pkg) {
		t.Fatal("no scrypt stanza in the package header")
	}
	for _, logN := range []string{"22", "19", "30", "x", "-1"} {
		crafted := re.ReplaceAll(pkg, []byte("${1} "+logN+"\n"))
		err := importCrafted(t, crafted)
		wantRefused(t, err, ErrNotPackage, "evidence.pack.error.work_factor")
	}
	if err := importCrafted(t, pkg); err != nil {
		t.Fatalf("the package itself: %v", err)
	}
}

// TestAppWorkFactorIsPinned: without this package's test option, Export writes
// scrypt 2^18 (age's default) and Import accepts no more, whatever else is asked.
func TestAppWorkFactorIsPinned(t *testing.T) {
	for _, opts := range [][]Option{nil, {WithProgress(func(int64, int64) {})}} {
		o := collect(opts)
		if o.logN != 18 {
			t.Errorf("%d options: work factor %d, want 18", len(opts), o.logN)
		}
		if o.freeSpace == nil {
			t.Errorf("%d options: no free space check", len(opts))
		}
	}
}

// TestCraftedDeclarationsAreEnforced: the first entry declares each file and its size;
// a file that differs from the declaration is refused.
func TestCraftedDeclarationsAreEnforced(t *testing.T) {
	okSum := "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"
	files := []FileEntry{{Name: "documents/a.pdf", Kind: "document", Size: 1, SHA256: okSum}}
	mk := func(decl string) entry {
		return entry{name: markerName, data: []byte(`{"format":"appealdesk-lawyer-package","version":1,"files":` + decl + `}`)}
	}
	body := func(m entry) []byte {
		return encrypt(t, tarOf(t, []entry{m, {name: "documents/a.pdf", data: []byte("a")}, manifestEntry(t, "x.appeal", forms.New("x"), files)}))
	}
	if err := importCrafted(t, body(mk(`[{"name":"documents/a.pdf","size":1}]`))); err != nil {
		t.Fatalf("control: %v", err)
	}
	for _, decl := range []string{`[]`, `[{"name":"documents/a.pdf","size":0}]`, `[{"name":"documents/b.pdf","size":1}]`,
		`[{"name":"documents/a.pdf","size":1},{"name":"documents/c.pdf","size":1}]`} {
		err := importCrafted(t, body(mk(decl)))
		wantRefused(t, err, ErrDamaged, "")
	}
}

// TestImportChecksFreeSpace: a disk without room for the package is said before
// anything is written.
func TestImportChecksFreeSpace(t *testing.T) {
	pkg := smallPackage(t)
	full := func(o *options) { o.freeSpace = func(string) (int64, error) { return 4096, nil } }
	err := importCrafted(t, pkg, full)
	wantRefused(t, err, ErrNoSpace, "evidence.pack.error.no_space")
	fx := newFixture(t)
	_, err = Export(context.Background(), fx.c, fx.casePath, nil, filepath.Join(fx.dir, "x"+Extension), pass, fast(), full)
	wantRefused(t, err, ErrNoSpace, "")
}
