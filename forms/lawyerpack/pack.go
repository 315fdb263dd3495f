// Package lawyerpack puts a case, copies of its evidence files and the rendered
// documents into one passphrase-encrypted file for a lawyer, and takes it apart
// again on the lawyer's computer (README "Evidence files and the package for the
// lawyer").
//
// A package is an age file (age-encryption.org/v1, one scrypt recipient) whose
// plaintext is a tar archive (PAX format):
//
//	appealdesk-package.json   {"format":"appealdesk-lawyer-package","version":1,
//	                          "files":[{"name","size"}…]}: every file that follows
//	evidence/01-<name>        a copy of each evidence file, in case order
//	documents/<name>          each rendered document
//	manifest.json             format, version, the case file's name, the case JSON
//	                          (evidence paths rewritten to the copies), and each
//	                          file's name, kind, size and SHA-256
//
// Everything is streamed: no file is held in memory, however large. age
// authenticates every 64 KiB chunk and the end of the stream, so a wrong
// passphrase, a changed byte or a cut-off file is detected; Import also checks every
// copy against the manifest before anything appears in the target folder.
//
// What Import accepts is what Export writes: regular files only (no links, devices or
// sparse entries, which expand to any size), each declared with its size in the first
// entry, never more bytes than the package itself holds, names that neither leave the
// target folder nor hide what they are, and the scrypt work factor Export uses.
package lawyerpack

import (
	"archive/tar"
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"filippo.io/age"

	"appealdesk/forms"
	"appealdesk/forms/evidence"
	"appealdesk/locales"
)

// FormatName and FormatVersion identify a package; a newer version is refused.
const (
	FormatName    = "appealdesk-lawyer-package"
	FormatVersion = 1
	// Extension is the suggested file name ending of a package.
	Extension = ".appealpack"

	markerName   = "appealdesk-package.json"
	manifestName = "manifest.json"
	evidenceDir  = "evidence"
	documentsDir = "documents"
	ageMagic     = "age-encryption.org/v1\n"

	maxManifest = 64 << 20 // a manifest (with the case JSON) larger than this is refused
	maxEntries  = 100000
)

// appLogN is the scrypt work factor of every package Appeal Desk writes (2^18: about
// a second and 256 MiB on a laptop, age's own default). Import refuses a higher one
// before deriving any key: a crafted 2^22 costs 4 GiB and a minute.
const appLogN = 18

// NamedFile is a document to put into the package beside the evidence: a rendered
// PDF, for example. Either Path (read from disk) or Data.
type NamedFile struct {
	Name string // the file name in the package and after import, e.g. "zalba.pdf"
	Path string
	Data []byte
}

// Manifest is the last entry of a package.
type Manifest struct {
	Format   string          `json:"format"`
	Version  int             `json:"version"`
	CaseName string          `json:"case_name"` // e.g. "ivanova.appeal"
	Case     json.RawMessage `json:"case"`      // the .appeal document, paths pointing at the copies
	Files    []FileEntry     `json:"files"`
}

// FileEntry is one file of a package.
type FileEntry struct {
	Name   string `json:"name"` // path inside the package: evidence/… or documents/…
	Kind   string `json:"kind"` // evidence | document
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

type marker struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	// Files declares every entry that follows, in order, with its size (packages of
	// an earlier Appeal Desk have none: then only the package's own size bounds them).
	Files []declared `json:"files,omitempty"`
}

type declared struct {
	Name string `json:"name"`
	Size int64  `json:"size"`
}

// Export writes one encrypted package to out: the case c (read from casePath, whose
// directory relative evidence paths are resolved against), a copy of every evidence
// file, and extra (the rendered documents). Every evidence file must still match its
// recorded size and SHA-256, else nothing is written and the *Error (ErrEvidence)
// lists every item that is missing, unreadable or changed, all at once. out must not
// exist, and never comes to be replaced: the package is written to a locked temporary
// beside it and moved into place with a no-replace rename.
func Export(ctx context.Context, c *forms.Case, casePath string, extra []NamedFile, out, passphrase string, opts ...Option) (*Manifest, error) {
	o := collect(opts)
	if passphrase == "" {
		return nil, fail(ErrEmptyPassphrase, "", nil)
	}
	if _, err := os.Lstat(out); err == nil {
		return nil, fail(ErrExists, evidence.DisplayName(filepath.Base(out)), nil)
	}
	if err := fileNameProblem(filepath.Base(out), Extension); err != nil && err.msg.ID == "evidence.pack.name.lying" {
		return nil, err
	}
	type source struct {
		entry, kind string
		path        string
		data        []byte
		size        int64
		want        string // recorded SHA-256 (evidence)
		result      evidence.Result
	}
	var (
		srcs     []source
		problems []evidence.Result
		used     = map[string]bool{}
		caseDir  = filepath.Dir(casePath)
		packed   = c.Clone()
	)
	unique := func(dir, base string) string {
		name := dir + "/" + base
		for i := 2; used[name]; i++ {
			ext := path.Ext(base)
			name = fmt.Sprintf("%s/%s-%d%s", dir, strings.TrimSuffix(base, ext), i, ext)
		}
		used[name] = true
		return name
	}
	for i := range packed.Evidence {
		it := &packed.Evidence[i]
		if it.File == nil {
			continue
		}
		p := evidence.Resolve(it.File, caseDir)
		res := evidence.Result{Index: i, Title: it.Title, Path: p, Recorded: it.File.SHA256}
		st, err := evidence.StatRegular(p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			res.Status, res.Err = evidence.StatusMissing, err
		case err != nil:
			res.Status, res.Err = evidence.StatusUnreadable, err
		case st.Size() != it.File.Size || it.File.SHA256 == "":
			res.Status, res.Size = evidence.StatusChanged, st.Size()
		}
		if res.Status != "" {
			problems = append(problems, res)
			continue
		}
		base := it.File.Name
		if base == "" {
			base = filepath.Base(p)
		}
		entry := unique(evidenceDir, fmt.Sprintf("%02d-%s", i+1, entryBase(base)))
		srcs = append(srcs, source{entry: entry, kind: "evidence", path: p, size: st.Size(), want: it.File.SHA256, result: res})
		it.File.Path, it.File.PathRaw = entry, nil
	}
	if len(problems) > 0 {
		// Name every problem on the first try: hash the files that looked right too.
		for _, s := range srcs {
			digest, n, err := evidence.SumFile(ctx, s.path, nil)
			if errors.Is(err, evidence.ErrCancelled) {
				return nil, fail(ErrCancelled, "", err)
			}
			res := s.result
			switch {
			case err != nil:
				res.Status, res.Err = evidence.StatusUnreadable, err
			case digest != s.want || n != s.size:
				res.Status, res.SHA256, res.Size = evidence.StatusChanged, digest, n
			default:
				continue
			}
			problems = append(problems, res)
		}
		sortResults(problems)
		return nil, evidenceError(problems)
	}
	for _, x := range extra {
		s := source{entry: unique(documentsDir, entryBase(x.Name)), kind: "document", path: x.Path, data: x.Data}
		if x.Path == "" {
			s.size = int64(len(x.Data))
		} else {
			st, err := evidence.StatRegular(x.Path)
			if err != nil {
				return nil, fail(ErrIO, evidence.DisplayName(x.Name), err)
			}
			s.size = st.Size()
		}
		srcs = append(srcs, s)
	}
	caseJSON, err := forms.Marshal(packed)
	if err != nil {
		return nil, fail(ErrIO, filepath.Base(casePath), err)
	}
	caseName := entryBase(filepath.Base(casePath))
	if !strings.HasSuffix(caseName, forms.FileExtension) {
		caseName += forms.FileExtension
	}
	man := &Manifest{Format: FormatName, Version: FormatVersion, CaseName: caseName, Case: caseJSON}

	outDir := filepath.Dir(out)
	var total int64
	mk := marker{Format: FormatName, Version: FormatVersion, Files: []declared{}}
	for _, s := range srcs {
		total += s.size
		mk.Files = append(mk.Files, declared{s.entry, s.size})
	}
	if err := o.enoughSpace(outDir, total+int64(len(caseJSON))); err != nil {
		return nil, err
	}
	tmp, err := forms.CreateTemp(outDir, filepath.Base(out))
	if err != nil {
		return nil, fail(ErrIO, evidence.DisplayName(filepath.Base(out)), err)
	}
	done := false
	defer func() {
		if !done {
			os.Remove(tmp.Name())
		}
		tmp.Close() // after the rename: the temporary's lock keeps cleaners away
	}()
	rcp, err := age.NewScryptRecipient(passphrase)
	if err != nil {
		return nil, fail(ErrEmptyPassphrase, "", err)
	}
	rcp.SetWorkFactor(o.logN)
	bw := bufio.NewWriterSize(tmp, 1<<20)
	aw, err := age.Encrypt(bw, rcp)
	if err != nil {
		return nil, fail(ErrIO, filepath.Base(out), err)
	}
	tw := tar.NewWriter(aw)
	mkJSON, _ := json.Marshal(mk)
	if err := writeEntry(tw, markerName, mkJSON); err != nil {
		return nil, fail(ErrIO, filepath.Base(out), err)
	}
	buf := make([]byte, evidence.BufferSize)
	prog := newMeter(o.progress, total)
	for _, s := range srcs {
		if err := ctx.Err(); err != nil {
			return nil, fail(ErrCancelled, "", err)
		}
		hdr := &tar.Header{Name: s.entry, Mode: 0o600, Size: s.size, Typeflag: tar.TypeReg,
			ModTime: time.Unix(0, 0), Format: tar.FormatPAX}
		if err := tw.WriteHeader(hdr); err != nil {
			return nil, fail(ErrIO, s.entry, err)
		}
		var r io.Reader = bytes.NewReader(s.data)
		var f *os.File
		if s.path != "" {
			if f, _, err = evidence.OpenRegular(s.path); err != nil {
				return nil, fail(ErrIO, evidence.DisplayName(s.entry), err)
			}
			r = f
		}
		h := sha256.New()
		n, err := io.CopyBuffer(io.MultiWriter(tw, h, prog), &ctxReader{ctx: ctx, r: io.LimitReader(r, s.size)}, buf)
		if f != nil {
			f.Close()
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil, fail(ErrCancelled, "", err)
			}
			return nil, fail(ErrIO, evidence.DisplayName(s.entry), err)
		}
		sum := hex.EncodeToString(h.Sum(nil))
		if s.kind == "evidence" && (n != s.size || sum != s.want) {
			// Changed since it was fingerprinted, keeping its size: go on, to name every
			// such file now rather than one per try. The tar entry is padded so the
			// writer stays usable; the package is thrown away.
			res := s.result
			res.Status, res.SHA256, res.Size = evidence.StatusChanged, sum, n
			problems = append(problems, res)
			if n < s.size {
				if _, err := io.CopyN(tw, zeros{}, s.size-n); err != nil {
					return nil, fail(ErrIO, evidence.DisplayName(s.entry), err)
				}
			}
			continue
		}
		if n != s.size {
			return nil, fail(ErrIO, evidence.DisplayName(s.entry), io.ErrUnexpectedEOF)
		}
		man.Files = append(man.Files, FileEntry{Name: s.entry, Kind: s.kind, Size: n, SHA256: sum})
	}
	if len(problems) > 0 {
		return nil, evidenceError(problems)
	}
	prog.finish()
	mj, err := json.Marshal(man)
	if err != nil {
		return nil, fail(ErrIO, manifestName, err)
	}
	if err := writeEntry(tw, manifestName, mj); err != nil {
		return nil, fail(ErrIO, filepath.Base(out), err)
	}
	for _, step := range []func() error{tw.Close, aw.Close, bw.Flush, tmp.Sync} {
		if err := step(); err != nil {
			return nil, fail(ErrIO, filepath.Base(out), err)
		}
	}
	if err := forms.RenameNoReplace(tmp.Name(), out); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return nil, fail(ErrExists, evidence.DisplayName(filepath.Base(out)), nil)
		}
		return nil, fail(ErrIO, filepath.Base(out), err)
	}
	done = true
	forms.SyncDir(outDir)
	return man, nil
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

func sortResults(rs []evidence.Result) {
	sort.Slice(rs, func(i, j int) bool { return rs[i].Index < rs[j].Index })
}

// spaceMargin is what is kept free beyond the bytes to write.
const spaceMargin = 16 << 20

// enoughSpace refuses (ErrNoSpace) when the file system of dir cannot take need
// bytes and a margin; when the system cannot tell, it lets the write find out.
func (o *options) enoughSpace(dir string, need int64) error {
	free, err := o.freeSpace(dir)
	if err != nil || free >= need+spaceMargin {
		return nil
	}
	mb := func(n int64) int64 { return (n + 1<<20 - 1) >> 20 }
	e := fail(ErrNoSpace, "", nil)
	e.msg.Params = append(e.msg.Params, "Need", mb(need+spaceMargin), "Free", mb(free))
	return e
}

func evidenceError(items []evidence.Result) *Error {
	name := ""
	if len(items) > 0 {
		name = items[0].Title
	}
	e := fail(ErrEvidence, name, nil)
	e.msg.Params = append(e.msg.Params, "Count", len(items))
	e.Evidence = items
	return e
}

func writeEntry(tw *tar.Writer, name string, data []byte) error {
	if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o600, Size: int64(len(data)), Typeflag: tar.TypeReg,
		ModTime: time.Unix(0, 0), Format: tar.FormatPAX}); err != nil {
		return err
	}
	_, err := tw.Write(data)
	return err
}

// Option adjusts Export or Import.
type Option func(*options)

type options struct {
	progress evidence.Progress
	// logN is the scrypt work factor Export writes and the highest Import accepts:
	// always appLogN, except in this package's tests (thousands of packages).
	logN int
	// freeSpace is forms.FreeSpace, except in tests that pretend a full disk.
	freeSpace func(dir string) (int64, error)
}

// WithProgress reports progress (bytes done, total) as evidence.Progress does:
// at the start, at most every evidence.ProgressStep(total) bytes, and at the end.
// Export counts the bytes of the files packed; Import the bytes of the package read.
func WithProgress(p evidence.Progress) Option {
	return func(o *options) { o.progress = p }
}

func collect(opts []Option) options {
	o := options{logN: appLogN, freeSpace: forms.FreeSpace}
	for _, f := range opts {
		if f != nil {
			f(&o)
		}
	}
	return o
}

// meter is an io.Writer that counts bytes and reports them, throttled.
type meter struct {
	p           evidence.Progress
	done, total int64
	next, step  int64
}

func newMeter(p evidence.Progress, total int64) *meter {
	m := &meter{p: p, total: total, step: evidence.ProgressStep(total)}
	m.next = m.step
	if p != nil {
		p(0, total)
	}
	return m
}

func (m *meter) Write(b []byte) (int, error) {
	m.done += int64(len(b))
	if m.p != nil && m.done >= m.next {
		m.p(m.done, m.total)
		for m.next <= m.done {
			m.next += m.step
		}
	}
	return len(b), nil
}

func (m *meter) finish() {
	if m.p != nil {
		m.p(m.done, m.total)
	}
}

// ctxReader stops a copy when its context is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// Imported is the result of a successful Import.
type Imported struct {
	CasePath string      // the case file inside the target folder
	Case     *forms.Case // as loaded from it; evidence paths are relative to it
	Manifest *Manifest
}

// Import opens the package at packagePath with passphrase and writes its case file,
// evidence copies (evidence/) and documents (documents/) into outDir, which must not
// exist or be empty. It extracts into a locked temporary folder beside outDir, checks
// every file against the manifest, and only then moves the folder into place: on any
// failure (wrong passphrase, not a package, damaged or cut off, unsafe names, no
// room, cancelled) nothing is left behind. Each failure is an *Error of a distinct
// kind. Temporaries an earlier, killed import left beside outDir are removed first.
//
// With WithProgress, progress counts the bytes of the package file read so far.
func Import(ctx context.Context, packagePath, outDir, passphrase string, opts ...Option) (*Imported, error) {
	o := collect(opts)
	if passphrase == "" {
		return nil, fail(ErrEmptyPassphrase, "", nil)
	}
	if err := checkTarget(outDir); err != nil {
		return nil, err
	}
	parent := filepath.Dir(filepath.Clean(outDir))
	forms.RemoveStaleTemporaries(parent)
	pkgName := evidence.DisplayName(filepath.Base(packagePath))
	pf, _, err := evidence.OpenRegular(packagePath)
	if err != nil {
		return nil, fail(ErrIO, pkgName, err)
	}
	defer pf.Close()
	st, err := pf.Stat()
	if err != nil {
		return nil, fail(ErrIO, pkgName, err)
	}
	size := st.Size()
	// The plaintext is never longer than the package (age adds, never compresses),
	// and without sparse entries neither is what extraction writes.
	if err := o.enoughSpace(parent, size); err != nil {
		return nil, err
	}
	prog := newMeter(o.progress, size)
	br := bufio.NewReaderSize(io.TeeReader(pf, prog), 64<<10)
	if head, err := br.Peek(len(ageMagic)); err != nil || string(head) != ageMagic {
		return nil, fail(ErrNotPackage, pkgName, err)
	}
	if err := checkWorkFactor(br, o.logN); err != nil {
		return nil, err
	}
	id, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		return nil, fail(ErrEmptyPassphrase, "", err)
	}
	id.SetMaxWorkFactor(o.logN)
	plain, err := age.Decrypt(br, id)
	if err != nil {
		var nm *age.NoIdentityMatchError
		if errors.As(err, &nm) {
			for _, t := range nm.StanzaTypes {
				if t != "scrypt" { // encrypted to a key, not with a passphrase
					return nil, fail(ErrNotPackage, pkgName, err)
				}
			}
			return nil, fail(ErrWrongPassphrase, "", err)
		}
		return nil, fail(ErrDamaged, "", err)
	}
	src := &trackReader{r: plain}
	tr := tar.NewReader(src)
	mk, err := readMarker(tr)
	if err != nil {
		if src.err != nil { // decryption failed: truncated or tampered
			return nil, fail(ErrDamaged, "", src.err)
		}
		return nil, err
	}

	tmp, err := forms.NewTempDir(parent, "import")
	if err != nil {
		return nil, fail(ErrIO, filepath.Base(outDir), err)
	}
	done := false
	defer func() {
		if !done {
			os.RemoveAll(tmp.Path)
		}
		tmp.Release()
	}()
	man, err := extract(ctx, src, tr, tmp.Path, mk, size)
	if err != nil {
		if src.err != nil { // decryption failed mid-way: truncated or tampered
			return nil, fail(ErrDamaged, "", src.err)
		}
		return nil, err
	}
	c, err := forms.Unmarshal(man.Case, man.CaseName)
	if err != nil {
		var fe *forms.FileError
		switch {
		case errors.Is(err, forms.ErrNewer):
			return nil, fail(ErrNewer, man.CaseName, err)
		case errors.Is(err, forms.ErrLimit) && errors.As(err, &fe):
			e := fail(ErrDamaged, man.CaseName, err)
			e.msg = locales.Message{ID: fe.Message().ID, Params: append(append([]any{}, fe.Message().Params...), "Name", man.CaseName)}
			return nil, e
		}
		return nil, fail(ErrDamaged, man.CaseName, err)
	}
	evidenceNames := map[string]bool{}
	for _, f := range man.Files {
		if f.Kind == "evidence" {
			evidenceNames[f.Name] = true
		}
	}
	for _, it := range c.Evidence {
		if it.File != nil && (len(it.File.PathRaw) > 0 || !evidenceNames[it.File.Path]) {
			return nil, fail(ErrDamaged, evidence.DisplayName(it.File.Path), errors.New("case points outside the package"))
		}
	}
	casePath := filepath.Join(tmp.Path, man.CaseName)
	if err := os.WriteFile(casePath, man.Case, 0o600); err != nil {
		return nil, fail(ErrIO, man.CaseName, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, fail(ErrCancelled, "", err)
	}
	prog.finish()
	// The target may have become non-empty meanwhile: check again, then move in
	// without ever replacing anything that appeared there.
	if err := checkTarget(outDir); err != nil {
		return nil, err
	}
	if err := os.Remove(outDir); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fail(ErrTargetNotEmpty, filepath.Base(outDir), err)
	}
	if err := forms.RenameNoReplace(tmp.Path, outDir); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return nil, fail(ErrTargetNotEmpty, filepath.Base(outDir), err)
		}
		return nil, fail(ErrIO, filepath.Base(outDir), err)
	}
	done = true
	forms.SyncDir(parent)
	return &Imported{CasePath: filepath.Join(outDir, man.CaseName), Case: c, Manifest: man}, nil
}

// checkWorkFactor reads the age header (without consuming it) and refuses a scrypt
// work factor above maxLogN, the one Appeal Desk writes, before any key is derived:
// scrypt's memory and time double with every step.
func checkWorkFactor(br *bufio.Reader, maxLogN int) error {
	head, _ := br.Peek(4096) // a package's header is a few hundred bytes
	for _, line := range strings.Split(string(head), "\n") {
		if strings.HasPrefix(line, "---") {
			break
		}
		f := strings.Fields(line)
		if len(f) == 4 && f[0] == "->" && f[1] == "scrypt" {
			logN, err := strconv.Atoi(f[3])
			if err != nil || logN > maxLogN || logN < 1 {
				e := fail(ErrNotPackage, "", fmt.Errorf("scrypt work factor %q", f[3]))
				e.msg.ID = "evidence.pack.error.work_factor"
				return e
			}
		}
	}
	return nil
}

// checkTarget accepts a folder that does not exist or is empty.
func checkTarget(dir string) error {
	st, err := os.Lstat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fail(ErrIO, filepath.Base(dir), err)
	}
	if !st.IsDir() {
		return fail(ErrTargetNotEmpty, filepath.Base(dir), nil)
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return fail(ErrIO, filepath.Base(dir), err)
	}
	if len(ents) > 0 {
		return fail(ErrTargetNotEmpty, filepath.Base(dir), nil)
	}
	return nil
}

// trackReader remembers a decryption error so it can be told from a format error.
type trackReader struct {
	r   io.Reader
	err error
}

func (t *trackReader) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	if err != nil && err != io.EOF && t.err == nil {
		t.err = err
	}
	return n, err
}

type extracted struct {
	size int64
	sum  string
}

// readMarker reads the first entry, which says what the archive is and which files
// follow.
func readMarker(tr *tar.Reader) (*marker, error) {
	hdr, err := tr.Next()
	if err != nil || hdr.Name != markerName || hdr.Typeflag != tar.TypeReg || hdr.Size > maxMarker || sparse(hdr) {
		return nil, fail(ErrNotPackage, "", err)
	}
	var mk marker
	mb, err := io.ReadAll(tr)
	if err != nil {
		return nil, fail(ErrDamaged, "", err)
	}
	if json.Unmarshal(mb, &mk) != nil || mk.Format != FormatName || mk.Version < 1 {
		return nil, fail(ErrNotPackage, "", err)
	}
	if mk.Version > FormatVersion {
		return nil, fail(ErrNewer, "", nil)
	}
	if len(mk.Files) > maxEntries {
		return nil, fail(ErrDamaged, "", errors.New("too many files declared"))
	}
	return &mk, nil
}

// maxMarker bounds the first entry (a declaration of up to maxEntries files).
const maxMarker = 16 << 20

// sparse reports whether hdr is a sparse entry (old GNU or PAX "GNU.sparse.*"),
// whose few stored bytes archive/tar expands to any size: a 10 KB package became a
// 1 GiB file. Export never writes one.
func sparse(hdr *tar.Header) bool {
	if hdr.Typeflag == tar.TypeGNUSparse {
		return true
	}
	for k := range hdr.PAXRecords {
		if strings.HasPrefix(k, "GNU.sparse.") {
			return true
		}
	}
	return false
}

// extract reads the rest of the tar stream into dir and checks it against its manifest.
// budget is the package's size: no entry, and not all of them together, may claim
// more bytes than that.
func extract(ctx context.Context, src *trackReader, tr *tar.Reader, dir string, mk *marker, budget int64) (*Manifest, error) {
	got := map[string]extracted{}
	var man *Manifest
	buf := make([]byte, evidence.BufferSize)
	var written int64
	for n := 0; ; n++ {
		hdr, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fail(ErrDamaged, "", err)
		}
		if n > maxEntries || man != nil { // nothing may follow the manifest
			return nil, fail(ErrDamaged, evidence.DisplayName(hdr.Name), errors.New("unexpected entry"))
		}
		if sparse(hdr) {
			e := fail(ErrDamaged, evidence.DisplayName(hdr.Name), errors.New("sparse entry"))
			e.msg.ID = "evidence.pack.error.sparse"
			return nil, e
		}
		if hdr.Typeflag != tar.TypeReg {
			return nil, fail(ErrUnsafeName, evidence.DisplayName(hdr.Name), errors.New("not a regular file"))
		}
		if hdr.Size < 0 || hdr.Size > budget-written {
			return nil, fail(ErrDamaged, evidence.DisplayName(hdr.Name), errors.New("claims more bytes than the package holds"))
		}
		if hdr.Name == manifestName {
			if hdr.Size > maxManifest {
				return nil, fail(ErrDamaged, manifestName, errors.New("manifest too large"))
			}
			data, err := io.ReadAll(tr)
			if err != nil {
				return nil, fail(ErrDamaged, manifestName, err)
			}
			man = new(Manifest)
			if err := json.Unmarshal(data, man); err != nil || man.Format != FormatName {
				return nil, fail(ErrDamaged, manifestName, err)
			}
			continue
		}
		if err := entryProblem(hdr.Name); err != nil {
			return nil, err
		}
		if _, dup := got[hdr.Name]; dup {
			return nil, fail(ErrUnsafeName, evidence.DisplayName(hdr.Name), errors.New("duplicate"))
		}
		if mk.Files != nil {
			i := len(got)
			if i >= len(mk.Files) || mk.Files[i].Name != hdr.Name || mk.Files[i].Size != hdr.Size {
				return nil, fail(ErrDamaged, evidence.DisplayName(hdr.Name), errors.New("not the file the package declares"))
			}
		}
		target := filepath.Join(dir, filepath.FromSlash(hdr.Name))
		if err := os.MkdirAll(filepath.Dir(target), 0o700); err != nil {
			return nil, fail(ErrIO, evidence.DisplayName(hdr.Name), err)
		}
		f, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return nil, fail(ErrIO, evidence.DisplayName(hdr.Name), err)
		}
		h := sha256.New()
		// Never more than the entry declares, whatever the reader would give.
		size, err := io.CopyBuffer(io.MultiWriter(f, h), &ctxReader{ctx: ctx, r: io.LimitReader(tr, hdr.Size)}, buf)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil, fail(ErrCancelled, "", err)
			}
			if src.err != nil {
				return nil, fail(ErrDamaged, "", src.err)
			}
			return nil, fail(ErrIO, evidence.DisplayName(hdr.Name), err)
		}
		written += size
		got[hdr.Name] = extracted{size, hex.EncodeToString(h.Sum(nil))}
	}
	// Read to the authenticated end of the age stream: this is what tells a
	// complete package from one with bytes added after its last full chunk.
	if _, err := io.Copy(io.Discard, src); err != nil {
		return nil, fail(ErrDamaged, "", err)
	}
	if man == nil {
		return nil, fail(ErrDamaged, manifestName, errors.New("no manifest"))
	}
	if mk.Files != nil && len(got) != len(mk.Files) {
		return nil, fail(ErrDamaged, "", errors.New("fewer files than declared"))
	}
	if man.Version > FormatVersion {
		return nil, fail(ErrNewer, "", nil)
	}
	if err := caseNameProblem(man.CaseName); err != nil {
		return nil, err
	}
	listed := map[string]bool{}
	for _, f := range man.Files {
		g, ok := got[f.Name]
		if listed[f.Name] || !ok || g.size != f.Size || g.sum != f.SHA256 || (f.Kind != "evidence" && f.Kind != "document") {
			return nil, fail(ErrDamaged, evidence.DisplayName(f.Name), errors.New("does not match the manifest"))
		}
		listed[f.Name] = true
	}
	if len(listed) != len(got) {
		return nil, fail(ErrDamaged, "", errors.New("files not in the manifest"))
	}
	return man, nil
}

// SafeEntryName reports whether name may be written under the target folder: a
// valid UTF-8 "evidence/<base>" or "documents/<base>" with no NUL or control
// character, no separator or drive letter in base, no "." or "..", no name a
// Windows file system would treat as a device or silently change, and no name that
// lies about itself: an invisible or direction-changing character
// ("zalba\u202Efdp.exe" shows as "zalbaexe.pdf") or a program's ending.
func SafeEntryName(name string) bool { return entryProblem(name) == nil }

func entryProblem(name string) *Error {
	if !utf8.ValidString(name) || len(name) > 1024 {
		return fail(ErrUnsafeName, evidence.DisplayName(name), nil)
	}
	dir, base, ok := strings.Cut(name, "/")
	if !ok || (dir != evidenceDir && dir != documentsDir) || !safeBase(base) {
		return fail(ErrUnsafeName, evidence.DisplayName(name), nil)
	}
	return lyingName(name, base)
}

// lyingName refuses a base name that hides what it is.
func lyingName(name, base string) *Error {
	if _, hidden := forms.HiddenChar(base); hidden || forms.ExecutableEnding(base) {
		e := fail(ErrUnsafeName, evidence.DisplayName(name), errors.New("name hides what it is"))
		e.msg.ID = "evidence.pack.error.lying_name"
		return e
	}
	return nil
}

func safeBase(base string) bool {
	if base == "" || base == "." || base == ".." || !utf8.ValidString(base) {
		return false
	}
	for _, r := range base {
		if r == '/' || r == '\\' || r == ':' || r == 0 || unicode.IsControl(r) || r == utf8.RuneError {
			return false
		}
	}
	if strings.HasSuffix(base, ".") || strings.HasSuffix(base, " ") || strings.HasPrefix(base, " ") {
		return false
	}
	return !windowsDevice(base)
}

func caseNameProblem(n string) *Error {
	if !safeBase(n) || !strings.HasSuffix(n, forms.FileExtension) || strings.HasPrefix(n, ".") {
		return fail(ErrUnsafeName, evidence.DisplayName(n), nil)
	}
	return lyingName(n, strings.TrimSuffix(n, forms.FileExtension))
}

func windowsDevice(base string) bool {
	stem := strings.ToUpper(strings.TrimSpace(strings.SplitN(base, ".", 2)[0]))
	switch stem {
	case "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$":
		return true
	}
	if len(stem) == 4 && (strings.HasPrefix(stem, "COM") || strings.HasPrefix(stem, "LPT")) && stem[3] >= '0' && stem[3] <= '9' {
		return true
	}
	return false
}

// entryBase turns a file name into a safe base name for the package: sanitised for
// display, separators and characters Windows forbids replaced by "_", at most 120
// bytes (the extension kept).
func entryBase(name string) string {
	name = evidence.DisplayName(name)
	name = strings.Map(func(r rune) rune {
		switch r {
		case '/', '\\', ':', '*', '?', '"', '<', '>', '|', '\uFFFD':
			return '_'
		}
		return r
	}, name)
	name = strings.Trim(name, " .")
	if name == "" {
		name = "file"
	}
	if forms.ExecutableEnding(name) {
		name += "_" // a program's ending is kept for the lawyer to see, not to run
	}
	if len(name) > 120 {
		ext := path.Ext(name)
		if len(ext) > 16 {
			ext = ""
		}
		stem := strings.TrimSuffix(name, ext)
		cut := 120 - len(ext)
		for cut > 0 && !utf8.RuneStart(stem[cut]) {
			cut--
		}
		name = strings.TrimRight(stem[:cut], " .") + ext
	}
	if windowsDevice(name) {
		name = "_" + name
	}
	return name
}
