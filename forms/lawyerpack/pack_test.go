package lawyerpack

import (
	"archive/tar"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"filippo.io/age"

	"appealdesk/forms"
	"appealdesk/forms/evidence"
)

const pass = "correct horse battery staple"

// workFactor replaces the app's scrypt work factor (2^18, a second and 256 MiB per
// package) in Export and as Import's limit.
func workFactor(logN int) Option { return func(o *options) { o.logN = logN } }

// fast is the work factor of the packages these tests write: thousands of imports
// below. Import keeps the app's limit, which accepts it.
func fast() Option { return workFactor(10) }

type fixture struct {
	dir, casePath string
	c             *forms.Case
	files         map[string][]byte // evidence title → content
}

// newFixture writes a case with evidence of 0 bytes, with a Cyrillic name, with a name
// that is not valid UTF-8, with a relative path, two files of the same name, and a
// paper-only item.
func newFixture(t *testing.T) *fixture {
	t.Helper()
	dir := t.TempDir()
	fx := &fixture{dir: dir, casePath: filepath.Join(dir, "Иванова.appeal"), c: forms.New("Иванова"), files: map[string][]byte{}}
	add := func(title, rel string, content []byte, relative bool) {
		p := filepath.Join(dir, rel)
		os.MkdirAll(filepath.Dir(p), 0o700)
		if err := os.WriteFile(p, content, 0o600); err != nil {
			t.Fatal(err)
		}
		item := forms.EvidenceItem{Title: title}
		if err := evidence.Attach(context.Background(), &item, p, nil); err != nil {
			t.Fatal(err)
		}
		if relative {
			item.File.Path = rel
		}
		fx.c.Evidence = append(fx.c.Evidence, item)
		fx.files[title] = content
	}
	add("empty", "empty.txt", nil, false)
	add("marriage", "Свидетельство о браке.pdf", bytes.Repeat([]byte("%PDF-1.4 брак\n"), 5000), false)
	if runtime.GOOS == "linux" {
		add("cp1251", "\xcf\xe8\xf1\xfc\xec\xee.txt", []byte("письмо"), false)
	}
	add("relative", "sub/scan.jpg", []byte{0xff, 0xd8, 0xff, 0, 1, 2}, true)
	add("same name 1", "a/doc.pdf", []byte("first"), false)
	add("same name 2", "b/doc.pdf", []byte("second"), false)
	fx.c.Evidence = append(fx.c.Evidence, forms.EvidenceItem{Title: "paper only"})
	if err := forms.Save(fx.casePath, fx.c); err != nil {
		t.Fatal(err)
	}
	return fx
}

var docs = []NamedFile{
	{Name: "zalba.pdf", Data: []byte("%PDF-1.4 appeal")},
	{Name: "../../evil/index.pdf", Data: []byte("%PDF-1.4 index")},
}

func (fx *fixture) export(t *testing.T) string {
	t.Helper()
	out := filepath.Join(fx.dir, "case"+Extension)
	if _, err := Export(context.Background(), fx.c, fx.casePath, docs, out, pass, fast()); err != nil {
		t.Fatal(err)
	}
	return out
}

// listing returns every path under dir (relative), for "nothing was written" checks.
func listing(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && p != dir {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, rel)
		}
		return nil
	})
	sort.Strings(out)
	return out
}

func TestRoundTripByteIdentical(t *testing.T) {
	fx := newFixture(t)
	pkg := fx.export(t)
	out := filepath.Join(t.TempDir(), "imported")
	im, err := Import(context.Background(), pkg, out, pass)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(im.CasePath) != "Иванова.appeal" {
		t.Errorf("case file %q", im.CasePath)
	}
	loaded, err := forms.Load(im.CasePath)
	if err != nil {
		t.Fatal(err)
	}
	if len(loaded.Evidence) != len(fx.c.Evidence) {
		t.Fatalf("%d evidence items, want %d", len(loaded.Evidence), len(fx.c.Evidence))
	}
	for i, it := range loaded.Evidence {
		orig := fx.c.Evidence[i]
		if it.File == nil {
			if orig.File != nil {
				t.Errorf("%s lost its file", it.Title)
			}
			continue
		}
		if filepath.IsAbs(it.File.Path) || !strings.HasPrefix(it.File.Path, "evidence/") {
			t.Errorf("%s: path %q should be relative to the case, under evidence/", it.Title, it.File.Path)
		}
		got, err := os.ReadFile(evidence.Resolve(it.File, filepath.Dir(im.CasePath)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, fx.files[it.Title]) {
			t.Errorf("%s: content differs after the round trip", it.Title)
		}
		if it.File.SHA256 != orig.File.SHA256 || it.File.Size != orig.File.Size || it.File.Name != orig.File.Name {
			t.Errorf("%s: fingerprint changed: %+v vs %+v", it.Title, it.File, orig.File)
		}
	}
	// The lawyer's verify finds every copy.
	res, err := evidence.Verify(context.Background(), loaded, filepath.Dir(im.CasePath), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Bad() {
			t.Errorf("verify after import: %s %s %v", r.Title, r.Status, r.Err)
		}
	}
	for _, d := range docs {
		got, err := os.ReadFile(filepath.Join(out, "documents", entryBase(d.Name)))
		if err != nil || !bytes.Equal(got, d.Data) {
			t.Errorf("document %s: %v", d.Name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(out), "evil")); err == nil {
		t.Error("a document name escaped the target folder")
	}
	// Nothing but the case, evidence/ and documents/.
	for _, p := range listing(t, out) {
		if p != "Иванова.appeal" && !strings.HasPrefix(p, "evidence") && !strings.HasPrefix(p, "documents") {
			t.Errorf("unexpected %s", p)
		}
	}
	// Only the target folder appeared beside it (the temporary folder is gone).
	if l := listing(t, filepath.Dir(out)); len(l) == 0 || l[0] != "imported" || strings.Contains(strings.Join(l, " "), ".appealdesk-import") {
		t.Errorf("beside the target: %v", l)
	}
}

func TestImportIntoEmptyExistingFolder(t *testing.T) {
	fx := newFixture(t)
	pkg := fx.export(t)
	out := t.TempDir()
	if _, err := Import(context.Background(), pkg, out, pass); err != nil {
		t.Fatal(err)
	}
}

// assertRefused checks the error kind and that nothing appeared in the target's parent.
func assertRefused(t *testing.T, err error, kind error, parent string, before []string) {
	t.Helper()
	if !errors.Is(err, kind) {
		t.Fatalf("err = %v, want %v", err, kind)
	}
	var pe *Error
	if !errors.As(err, &pe) || pe.Message().ID == "" {
		t.Errorf("err %v carries no message id", err)
	}
	if after := listing(t, parent); strings.Join(after, "\n") != strings.Join(before, "\n") {
		t.Fatalf("something was written: before %v, after %v", before, after)
	}
}

func TestWrongPassphrase(t *testing.T) {
	fx := newFixture(t)
	pkg := fx.export(t)
	parent := t.TempDir()
	for _, p := range []string{"correct horse battery stapl", "Correct horse battery staple", "x"} {
		_, err := Import(context.Background(), pkg, filepath.Join(parent, "out"), p)
		assertRefused(t, err, ErrWrongPassphrase, parent, nil)
	}
	_, err := Import(context.Background(), pkg, filepath.Join(parent, "out"), "")
	assertRefused(t, err, ErrEmptyPassphrase, parent, nil)
}

// smallPackage is a package with one short evidence file, so every byte can be flipped.
// Its scrypt work factor is tiny so that thousands of imports stay fast.
func smallPackage(t testing.TB) []byte {
	t.Helper()
	dir := t.TempDir()
	p := filepath.Join(dir, "note.txt")
	os.WriteFile(p, []byte("evidence"), 0o600)
	c := forms.New("small")
	c.Evidence = []forms.EvidenceItem{{Title: "note"}}
	if err := evidence.Attach(context.Background(), &c.Evidence[0], p, nil); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "small"+Extension)
	if _, err := Export(context.Background(), c, filepath.Join(dir, "small.appeal"), nil, out, pass, workFactor(2)); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestEverySingleByteCorruptionIsRefused(t *testing.T) {
	pkg := smallPackage(t)
	t.Logf("package of %d bytes", len(pkg))
	dir := t.TempDir()
	parent := filepath.Join(dir, "target-parent")
	os.Mkdir(parent, 0o700)
	bad := filepath.Join(dir, "bad")
	kinds := map[error]int{}
	for i := range pkg {
		for _, mask := range []byte{0x01} {
			mod := append([]byte(nil), pkg...)
			mod[i] ^= mask
			if err := os.WriteFile(bad, mod, 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := Import(context.Background(), bad, filepath.Join(parent, "out"), pass)
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("byte %d ^%#x: accepted or unclassified: %v", i, mask, err)
			}
			switch pe.Kind {
			case ErrDamaged, ErrWrongPassphrase, ErrNotPackage:
				kinds[pe.Kind]++
			default:
				t.Fatalf("byte %d ^%#x: unexpected kind %v", i, mask, err)
			}
			if l := listing(t, parent); len(l) > 0 {
				t.Fatalf("byte %d ^%#x: wrote %v", i, mask, l)
			}
		}
	}
	t.Logf("refusals by kind: %v", kinds)
	if kinds[ErrDamaged] == 0 {
		t.Error("payload corruption should be reported as damaged")
	}
}

func TestTruncationIsRefused(t *testing.T) {
	pkg := smallPackage(t)
	dir := t.TempDir()
	parent := filepath.Join(dir, "p")
	os.Mkdir(parent, 0o700)
	bad := filepath.Join(dir, "cut")
	for n := 0; n < len(pkg); n++ {
		if n > 300 && n < len(pkg)-300 && n%7 != 0 {
			continue // every length near both ends, every 7th in between
		}
		os.WriteFile(bad, pkg[:n], 0o600)
		_, err := Import(context.Background(), bad, filepath.Join(parent, "out"), pass)
		if !errors.Is(err, ErrDamaged) && !errors.Is(err, ErrNotPackage) {
			t.Fatalf("cut at %d of %d: %v", n, len(pkg), err)
		}
		if n > 200 && !errors.Is(err, ErrDamaged) {
			t.Errorf("cut at %d: want damaged, got %v", n, err)
		}
		if l := listing(t, parent); len(l) > 0 {
			t.Fatalf("cut at %d: wrote %v", n, l)
		}
	}
	// Extra bytes after the end are refused too.
	os.WriteFile(bad, append(append([]byte(nil), pkg...), 0), 0o600)
	_, err := Import(context.Background(), bad, filepath.Join(parent, "out"), pass)
	assertRefused(t, err, ErrDamaged, parent, nil)
}

// encrypt wraps plaintext in age with the test passphrase.
func encrypt(t testing.TB, plain []byte) []byte {
	t.Helper()
	r, _ := age.NewScryptRecipient(pass)
	r.SetWorkFactor(10)
	var b bytes.Buffer
	w, err := age.Encrypt(&b, r)
	if err != nil {
		t.Fatal(err)
	}
	w.Write(plain)
	w.Close()
	return b.Bytes()
}

type entry struct {
	name, link string
	typ        byte
	data       []byte
}

func tarOf(t testing.TB, entries []entry) []byte {
	t.Helper()
	var b bytes.Buffer
	tw := tar.NewWriter(&b)
	for _, e := range entries {
		typ := e.typ
		if typ == 0 {
			typ = tar.TypeReg
		}
		h := &tar.Header{Name: e.name, Linkname: e.link, Typeflag: typ, Mode: 0o600, Size: int64(len(e.data)), Format: tar.FormatPAX}
		if typ != tar.TypeReg {
			h.Size = 0
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if typ == tar.TypeReg {
			tw.Write(e.data)
		}
	}
	tw.Close()
	return b.Bytes()
}

func markerEntry() entry {
	mk, _ := json.Marshal(marker{Format: FormatName, Version: FormatVersion})
	return entry{name: markerName, data: mk}
}

func manifestEntry(t *testing.T, caseName string, c *forms.Case, files []FileEntry) entry {
	cj, _ := forms.Marshal(c)
	mj, _ := json.Marshal(Manifest{Format: FormatName, Version: FormatVersion, CaseName: caseName, Case: cj, Files: files})
	return entry{name: manifestName, data: mj}
}

func TestCraftedPackagesAreRefused(t *testing.T) {
	okFile := FileEntry{Name: "evidence/01-a.txt", Kind: "evidence", Size: 1, SHA256: "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"} // "a"
	caseWith := func(path string) *forms.Case {
		c := forms.New("x")
		c.Evidence = []forms.EvidenceItem{{Title: "a", File: &forms.File{Name: "a.txt", Path: path, Size: 1, SHA256: okFile.SHA256}}}
		return c
	}
	good := caseWith("evidence/01-a.txt")
	cases := []struct {
		name    string
		entries []entry
		raw     []byte // instead of an encrypted tar
		want    error
	}{
		{"control: a well-formed crafted package is accepted", []entry{markerEntry(), {name: okFile.Name, data: []byte("a")}, manifestEntry(t, "x.appeal", good, []FileEntry{okFile})}, nil, nil},
		{"parent directory", []entry{markerEntry(), {name: "../evil.txt", data: []byte("a")}}, nil, ErrUnsafeName},
		{"parent inside evidence", []entry{markerEntry(), {name: "evidence/../../evil.txt", data: []byte("a")}}, nil, ErrUnsafeName},
		{"absolute path", []entry{markerEntry(), {name: "/tmp/evil.txt", data: []byte("a")}}, nil, ErrUnsafeName},
		{"not UTF-8", []entry{markerEntry(), {name: "evidence/\xff\xfe.txt", data: []byte("a")}}, nil, ErrUnsafeName},
		{"backslash", []entry{markerEntry(), {name: "evidence/..\\..\\evil.txt", data: []byte("a")}}, nil, ErrUnsafeName},
		{"drive letter", []entry{markerEntry(), {name: "evidence/C:evil.txt", data: []byte("a")}}, nil, ErrUnsafeName},
		{"Windows device name", []entry{markerEntry(), {name: "evidence/CON.txt", data: []byte("a")}}, nil, ErrUnsafeName},
		{"symlink", []entry{markerEntry(), {name: "evidence/link", link: "/etc/passwd", typ: tar.TypeSymlink}}, nil, ErrUnsafeName},
		{"directory entry", []entry{markerEntry(), {name: "evidence/", typ: tar.TypeDir}}, nil, ErrUnsafeName},
		{"outside the two folders", []entry{markerEntry(), {name: "x.txt", data: []byte("a")}}, nil, ErrUnsafeName},
		{"duplicate name", []entry{markerEntry(), {name: okFile.Name, data: []byte("a")}, {name: okFile.Name, data: []byte("a")}}, nil, ErrUnsafeName},
		{"unsafe case name", []entry{markerEntry(), {name: okFile.Name, data: []byte("a")}, manifestEntry(t, "../x.appeal", good, []FileEntry{okFile})}, nil, ErrUnsafeName},
		{"hash differs from the manifest", []entry{markerEntry(), {name: okFile.Name, data: []byte("b")}, manifestEntry(t, "x.appeal", good, []FileEntry{okFile})}, nil, ErrDamaged},
		{"file missing from the manifest", []entry{markerEntry(), {name: okFile.Name, data: []byte("a")}, {name: "documents/x.pdf", data: []byte("x")}, manifestEntry(t, "x.appeal", good, []FileEntry{okFile})}, nil, ErrDamaged},
		{"manifest lists a file not there", []entry{markerEntry(), manifestEntry(t, "x.appeal", good, []FileEntry{okFile})}, nil, ErrDamaged},
		{"no manifest", []entry{markerEntry(), {name: okFile.Name, data: []byte("a")}}, nil, ErrDamaged},
		{"entry after the manifest", []entry{markerEntry(), {name: okFile.Name, data: []byte("a")}, manifestEntry(t, "x.appeal", good, []FileEntry{okFile}), {name: "documents/late.pdf", data: []byte("x")}}, nil, ErrDamaged},
		{"case points outside the package", []entry{markerEntry(), {name: okFile.Name, data: []byte("a")}, manifestEntry(t, "x.appeal", caseWith("/etc/passwd"), []FileEntry{okFile})}, nil, ErrDamaged},
		{"newer package version", []entry{{name: markerName, data: []byte(`{"format":"appealdesk-lawyer-package","version":99}`)}}, nil, ErrNewer},
		{"passphrase-encrypted, but not a package", nil, encrypt(t, []byte("just some text")), ErrNotPackage},
		{"a tar without the marker", []entry{{name: okFile.Name, data: []byte("a")}}, nil, ErrNotPackage},
		{"plain text", nil, []byte("hello, this is not a package\n"), ErrNotPackage},
		{"empty file", nil, []byte{}, ErrNotPackage},
		{"a case file", nil, []byte(`{"format":"appealdesk-case","version":1}`), ErrNotPackage},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			data := tc.raw
			if data == nil {
				data = encrypt(t, tarOf(t, tc.entries))
			}
			p := filepath.Join(dir, "crafted"+Extension)
			os.WriteFile(p, data, 0o600)
			parent := filepath.Join(dir, "parent")
			os.Mkdir(parent, 0o700)
			_, err := Import(context.Background(), p, filepath.Join(parent, "out"), pass)
			if tc.want == nil {
				if err != nil {
					t.Fatalf("control package refused: %v", err)
				}
				return
			}
			assertRefused(t, err, tc.want, parent, nil)
			if l := listing(t, dir); len(l) != 2 {
				t.Errorf("files appeared outside the target: %v", l)
			}
		})
	}
}

func TestNotPassphraseEncrypted(t *testing.T) {
	id, _ := age.GenerateX25519Identity()
	var b bytes.Buffer
	w, _ := age.Encrypt(&b, id.Recipient())
	w.Write([]byte("secret"))
	w.Close()
	dir := t.TempDir()
	p := filepath.Join(dir, "x.age")
	os.WriteFile(p, b.Bytes(), 0o600)
	_, err := Import(context.Background(), p, filepath.Join(dir, "out"), pass)
	assertRefused(t, err, ErrNotPackage, dir, []string{"x.age"})
}

func TestTargetNotEmpty(t *testing.T) {
	fx := newFixture(t)
	pkg := fx.export(t)
	out := t.TempDir()
	os.WriteFile(filepath.Join(out, "lawyer's own notes.txt"), []byte("keep me"), 0o600)
	_, err := Import(context.Background(), pkg, out, pass)
	assertRefused(t, err, ErrTargetNotEmpty, out, []string{"lawyer's own notes.txt"})
	// A file where the folder should be.
	f := filepath.Join(t.TempDir(), "file")
	os.WriteFile(f, []byte("x"), 0o600)
	if _, err := Import(context.Background(), pkg, f, pass); !errors.Is(err, ErrTargetNotEmpty) {
		t.Errorf("err = %v", err)
	}
}

func TestExportRefusesChangedOrMissingEvidence(t *testing.T) {
	fx := newFixture(t)
	// Change one file (same size, other content) and delete another.
	os.WriteFile(filepath.Join(fx.dir, "a", "doc.pdf"), []byte("FIRST"), 0o600)
	os.Remove(filepath.Join(fx.dir, "empty.txt"))
	out := filepath.Join(fx.dir, "out"+Extension)
	before := listing(t, fx.dir)
	_, err := Export(context.Background(), fx.c, fx.casePath, nil, out, pass, fast())
	var pe *Error
	if !errors.As(err, &pe) || !errors.Is(err, ErrEvidence) {
		t.Fatalf("err = %v", err)
	}
	// Both on the first try: the deletion and the same-size change.
	if len(pe.Evidence) != 2 || pe.Evidence[0].Status != evidence.StatusMissing || pe.Evidence[0].Title != "empty" ||
		pe.Evidence[1].Status != evidence.StatusChanged || pe.Evidence[1].Title != "same name 1" {
		t.Errorf("items: %+v", pe.Evidence)
	}
	if after := listing(t, fx.dir); strings.Join(after, "|") != strings.Join(before, "|") {
		t.Errorf("export left files: %v", after)
	}
	// Only same-size changes, two of them: both are found while packing, and named
	// together (not one per try).
	os.WriteFile(filepath.Join(fx.dir, "empty.txt"), nil, 0o600)
	os.WriteFile(filepath.Join(fx.dir, "b", "doc.pdf"), []byte("SECOND"), 0o600)
	before = listing(t, fx.dir)
	_, err = Export(context.Background(), fx.c, fx.casePath, nil, out, pass, fast())
	if !errors.As(err, &pe) || len(pe.Evidence) != 2 || pe.Evidence[0].Status != evidence.StatusChanged || pe.Evidence[0].Title != "same name 1" ||
		pe.Evidence[1].Title != "same name 2" {
		t.Fatalf("err = %v %+v", err, pe)
	}
	if after := listing(t, fx.dir); strings.Join(after, "|") != strings.Join(before, "|") {
		t.Errorf("export left files: %v", after)
	}
}

func TestExportRefusesExistingOutputAndEmptyPassphrase(t *testing.T) {
	fx := newFixture(t)
	_, err := Export(context.Background(), fx.c, fx.casePath, nil, fx.casePath, pass, fast())
	if !errors.Is(err, ErrExists) {
		t.Errorf("overwriting the case file itself: %v", err)
	}
	_, err = Export(context.Background(), fx.c, fx.casePath, nil, filepath.Join(fx.dir, "x"), "", fast())
	if !errors.Is(err, ErrEmptyPassphrase) {
		t.Errorf("empty passphrase: %v", err)
	}
}

func TestCancelled(t *testing.T) {
	fx := newFixture(t)
	pkg := fx.export(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	out := filepath.Join(fx.dir, "cancelled"+Extension)
	before := listing(t, fx.dir)
	if _, err := Export(ctx, fx.c, fx.casePath, nil, out, pass, fast()); !errors.Is(err, ErrCancelled) {
		t.Errorf("export: %v", err)
	}
	if after := listing(t, fx.dir); strings.Join(after, "|") != strings.Join(before, "|") {
		t.Errorf("cancelled export left files: %v", after)
	}
	parent := t.TempDir()
	_, err := Import(ctx, pkg, filepath.Join(parent, "out"), pass)
	assertRefused(t, err, ErrCancelled, parent, nil)
}

func TestLargeEvidenceStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and encrypts 300 MiB")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "video.mp4")
	f, _ := os.Create(p)
	f.Truncate(300 << 20)
	f.WriteAt([]byte("tail"), 300<<20-4)
	f.Close()
	c := forms.New("big")
	c.Evidence = []forms.EvidenceItem{{Title: "video"}}
	if err := evidence.Attach(context.Background(), &c.Evidence[0], p, nil); err != nil {
		t.Fatal(err)
	}
	pkg := filepath.Join(dir, "big"+Extension)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	if _, err := Export(context.Background(), c, filepath.Join(dir, "big.appeal"), nil, pkg, pass, fast()); err != nil {
		t.Fatal(err)
	}
	im, err := Import(context.Background(), pkg, filepath.Join(dir, "out"), pass)
	if err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	// Streaming: the heap never holds the file (300 MiB); a few MiB of buffers only.
	if grown := int64(after.HeapSys) - int64(before.HeapSys); grown > 64<<20 {
		t.Errorf("heap grew by %d MiB while packing a 300 MiB file", grown>>20)
	}
	res, _ := evidence.Verify(context.Background(), im.Case, filepath.Dir(im.CasePath), nil)
	if len(res) != 1 || res[0].Status != evidence.StatusOK {
		t.Errorf("verify after import: %+v", res)
	}
}

func TestSafeEntryName(t *testing.T) {
	cases := []struct {
		name string
		ok   bool
	}{
		{"evidence/01-passport.pdf", true},
		{"documents/žalba.pdf", true},
		{"evidence/02-Свидетельство о браке.pdf", true},
		{"evidence/a\x00b.txt", false},
		{"evidence/\xff.txt", false},
		{"evidence/../x", false},
		{"evidence/..", false},
		{"evidence/.", false},
		{"../evidence/x", false},
		{"/evidence/x", false},
		{"evidence//x", false},
		{"evidence/a/b", false},
		{"evidence/a\\b", false},
		{"evidence/c:x", false},
		{"evidence/x\nfake line", false},
		{"evidence/trailing.", false},
		{"evidence/LPT1.pdf", false},
		{"evidence/nul", false},
		{"other/x", false},
		{"evidence", false},
		{"", false},
	}
	for _, tc := range cases {
		if got := SafeEntryName(tc.name); got != tc.ok {
			t.Errorf("SafeEntryName(%q) = %v, want %v", tc.name, got, tc.ok)
		}
	}
}

func FuzzEntryBase(f *testing.F) {
	for _, s := range []string{"Свидетельство о браке.pdf", "../../etc/passwd", "\xcf\xe8.txt", "CON", " . ", "a:b*c?.pdf"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b := entryBase(s)
		if !SafeEntryName("evidence/"+b) || !SafeEntryName("evidence/01-"+b) {
			t.Fatalf("entryBase(%q) = %q is not safe", s, b)
		}
		if len(b) > 130 {
			t.Fatalf("entryBase(%q) too long: %d", s, len(b))
		}
	})
}

func TestProgress(t *testing.T) {
	fx := newFixture(t)
	var exp, imp [][2]int64
	out := filepath.Join(fx.dir, "p"+Extension)
	_, err := Export(context.Background(), fx.c, fx.casePath, docs, out, pass, fast(),
		WithProgress(func(d, tot int64) { exp = append(exp, [2]int64{d, tot}) }))
	if err != nil {
		t.Fatal(err)
	}
	var want int64
	for _, b := range fx.files {
		want += int64(len(b))
	}
	for _, d := range docs {
		want += int64(len(d.Data))
	}
	st, _ := os.Stat(out)
	if _, err := Import(context.Background(), out, filepath.Join(t.TempDir(), "o"), pass,
		WithProgress(func(d, tot int64) { imp = append(imp, [2]int64{d, tot}) })); err != nil {
		t.Fatal(err)
	}
	for name, calls := range map[string][][2]int64{"export": exp, "import": imp} {
		total := want
		if name == "import" {
			total = st.Size()
		}
		if len(calls) < 2 || calls[0] != [2]int64{0, total} || calls[len(calls)-1] != [2]int64{total, total} {
			t.Errorf("%s progress: %v, want from 0 to %d", name, calls, total)
		}
		for i := 1; i < len(calls); i++ {
			if calls[i][0] < calls[i-1][0] {
				t.Errorf("%s progress went back: %v", name, calls)
			}
		}
	}
}
