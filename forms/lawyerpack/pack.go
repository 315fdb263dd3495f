// Package lawyerpack puts a case, copies of its evidence files and the rendered
// documents into one passphrase-encrypted file for a lawyer, and takes it apart
// again on the lawyer's computer (design.md "The case file": "exported encrypted
// with a passphrase (age format)").
//
// A package is an age file (age-encryption.org/v1, one scrypt recipient) whose
// plaintext is a tar archive (PAX format):
//
//	appealdesk-package.json   {"format":"appealdesk-lawyer-package","version":1}
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
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"filippo.io/age"

	"appealdesk/forms"
	"appealdesk/forms/evidence"
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

// scryptLogN is the scrypt work factor of new packages; 0 means age's default
// (2^18, about a second and 256 MiB on a laptop). Tests lower it.
var scryptLogN = 0

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
}

// Export writes one encrypted package to out: the case c (read from casePath, whose
// directory relative evidence paths are resolved against), a copy of every evidence
// file, and extra (the rendered documents). Every evidence file must still match its
// recorded size and SHA-256, else nothing is written and the *Error (ErrEvidence)
// lists the items in Evidence. out must not exist; it appears complete or not at all (a temporary file
// beside it is renamed into place).
func Export(ctx context.Context, c *forms.Case, casePath string, extra []NamedFile, out, passphrase string, opts ...Option) (*Manifest, error) {
	o := collect(opts)
	if passphrase == "" {
		return nil, fail(ErrEmptyPassphrase, "", nil)
	}
	if _, err := os.Lstat(out); err == nil {
		return nil, fail(ErrExists, filepath.Base(out), nil)
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
		st, err := os.Stat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			res.Status, res.Err = evidence.StatusMissing, err
		case err != nil:
			res.Status, res.Err = evidence.StatusUnreadable, err
		case !st.Mode().IsRegular():
			res.Status, res.Err = evidence.StatusUnreadable, evidence.ErrNotRegular
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
		return nil, evidenceError(problems)
	}
	for _, x := range extra {
		s := source{entry: unique(documentsDir, entryBase(x.Name)), kind: "document", path: x.Path, data: x.Data}
		if x.Path == "" {
			s.size = int64(len(x.Data))
		} else {
			st, err := os.Stat(x.Path)
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

	tmp, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".tmp-*")
	if err != nil {
		return nil, fail(ErrIO, filepath.Base(out), err)
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := tmp.Chmod(0o600); err != nil {
		return nil, fail(ErrIO, filepath.Base(out), err)
	}
	rcp, err := age.NewScryptRecipient(passphrase)
	if err != nil {
		return nil, fail(ErrEmptyPassphrase, "", err)
	}
	if scryptLogN > 0 {
		rcp.SetWorkFactor(scryptLogN)
	}
	bw := bufio.NewWriterSize(tmp, 1<<20)
	aw, err := age.Encrypt(bw, rcp)
	if err != nil {
		return nil, fail(ErrIO, filepath.Base(out), err)
	}
	tw := tar.NewWriter(aw)
	mk, _ := json.Marshal(marker{FormatName, FormatVersion})
	if err := writeEntry(tw, markerName, mk); err != nil {
		return nil, fail(ErrIO, filepath.Base(out), err)
	}
	buf := make([]byte, evidence.BufferSize)
	var total int64
	for _, s := range srcs {
		total += s.size
	}
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
			if f, err = os.Open(s.path); err != nil {
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
			res := s.result
			res.Status, res.SHA256, res.Size = evidence.StatusChanged, sum, n
			return nil, evidenceError([]evidence.Result{res})
		}
		if n != s.size {
			return nil, fail(ErrIO, evidence.DisplayName(s.entry), io.ErrUnexpectedEOF)
		}
		man.Files = append(man.Files, FileEntry{Name: s.entry, Kind: s.kind, Size: n, SHA256: sum})
	}
	prog.finish()
	mj, err := json.Marshal(man)
	if err != nil {
		return nil, fail(ErrIO, manifestName, err)
	}
	if err := writeEntry(tw, manifestName, mj); err != nil {
		return nil, fail(ErrIO, filepath.Base(out), err)
	}
	for _, step := range []func() error{tw.Close, aw.Close, bw.Flush, tmp.Sync, tmp.Close} {
		if err := step(); err != nil {
			return nil, fail(ErrIO, filepath.Base(out), err)
		}
	}
	if _, err := os.Lstat(out); err == nil {
		return nil, fail(ErrExists, filepath.Base(out), nil)
	}
	if err := os.Rename(tmp.Name(), out); err != nil {
		return nil, fail(ErrIO, filepath.Base(out), err)
	}
	done = true
	forms.SyncDir(filepath.Dir(out))
	return man, nil
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
}

// WithProgress reports progress (bytes done, total) as evidence.Progress does:
// at the start, at most every evidence.ProgressStep(total) bytes, and at the end.
// Export counts the bytes of the files packed; Import the bytes of the package read.
func WithProgress(p evidence.Progress) Option {
	return func(o *options) { o.progress = p }
}

func collect(opts []Option) options {
	var o options
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
// exist or be empty. It extracts into a temporary folder beside outDir, checks every
// file against the manifest, and only then renames the folder into place: on any
// failure (wrong passphrase, not a package, damaged or cut off, unsafe names,
// cancelled) nothing is left behind. Each failure is an *Error of a distinct kind.
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
	pf, err := os.Open(packagePath)
	if err != nil {
		return nil, fail(ErrIO, filepath.Base(packagePath), err)
	}
	defer pf.Close()
	var size int64
	if st, err := pf.Stat(); err == nil {
		size = st.Size()
	}
	prog := newMeter(o.progress, size)
	br := bufio.NewReaderSize(io.TeeReader(pf, prog), 64<<10)
	if head, err := br.Peek(len(ageMagic)); err != nil || string(head) != ageMagic {
		return nil, fail(ErrNotPackage, evidence.DisplayName(filepath.Base(packagePath)), err)
	}
	id, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		return nil, fail(ErrEmptyPassphrase, "", err)
	}
	plain, err := age.Decrypt(br, id)
	if err != nil {
		var nm *age.NoIdentityMatchError
		if errors.As(err, &nm) {
			for _, t := range nm.StanzaTypes {
				if t != "scrypt" { // encrypted to a key, not with a passphrase
					return nil, fail(ErrNotPackage, evidence.DisplayName(filepath.Base(packagePath)), err)
				}
			}
			return nil, fail(ErrWrongPassphrase, "", err)
		}
		return nil, fail(ErrDamaged, "", err)
	}
	src := &trackReader{r: plain}
	tr := tar.NewReader(src)
	if err := readMarker(tr); err != nil {
		if src.err != nil { // decryption failed: truncated or tampered
			return nil, fail(ErrDamaged, "", src.err)
		}
		return nil, err
	}

	tmp, err := os.MkdirTemp(filepath.Dir(filepath.Clean(outDir)), ".appealdesk-import-*")
	if err != nil {
		return nil, fail(ErrIO, filepath.Base(outDir), err)
	}
	done := false
	defer func() {
		if !done {
			os.RemoveAll(tmp)
		}
	}()
	man, err := extract(ctx, src, tr, tmp)
	if err != nil {
		if src.err != nil { // decryption failed mid-way: truncated or tampered
			return nil, fail(ErrDamaged, "", src.err)
		}
		return nil, err
	}
	c, err := forms.Unmarshal(man.Case, man.CaseName)
	if err != nil {
		if errors.Is(err, forms.ErrNewer) {
			return nil, fail(ErrNewer, man.CaseName, err)
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
	casePath := filepath.Join(tmp, man.CaseName)
	if err := os.WriteFile(casePath, man.Case, 0o600); err != nil {
		return nil, fail(ErrIO, man.CaseName, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, fail(ErrCancelled, "", err)
	}
	prog.finish()
	// The target may have become non-empty meanwhile: check again, then swap in.
	if err := checkTarget(outDir); err != nil {
		return nil, err
	}
	if err := os.Remove(outDir); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fail(ErrTargetNotEmpty, filepath.Base(outDir), err)
	}
	if err := os.Rename(tmp, outDir); err != nil {
		return nil, fail(ErrIO, filepath.Base(outDir), err)
	}
	done = true
	forms.SyncDir(filepath.Dir(filepath.Clean(outDir)))
	return &Imported{CasePath: filepath.Join(outDir, man.CaseName), Case: c, Manifest: man}, nil
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

// readMarker reads the first entry, which says what the archive is.
func readMarker(tr *tar.Reader) error {
	hdr, err := tr.Next()
	if err != nil || hdr.Name != markerName || hdr.Size > 4096 {
		return fail(ErrNotPackage, "", err)
	}
	var mk marker
	mb, err := io.ReadAll(tr)
	if err != nil {
		return fail(ErrDamaged, "", err)
	}
	if json.Unmarshal(mb, &mk) != nil || mk.Format != FormatName || mk.Version < 1 {
		return fail(ErrNotPackage, "", err)
	}
	if mk.Version > FormatVersion {
		return fail(ErrNewer, "", nil)
	}
	return nil
}

// extract reads the rest of the tar stream into dir and checks it against its manifest.
func extract(ctx context.Context, src *trackReader, tr *tar.Reader, dir string) (*Manifest, error) {
	got := map[string]extracted{}
	var man *Manifest
	buf := make([]byte, evidence.BufferSize)
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
		if hdr.Typeflag != tar.TypeReg {
			return nil, fail(ErrUnsafeName, evidence.DisplayName(hdr.Name), errors.New("not a regular file"))
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
		if !SafeEntryName(hdr.Name) {
			return nil, fail(ErrUnsafeName, evidence.DisplayName(hdr.Name), nil)
		}
		if _, dup := got[hdr.Name]; dup {
			return nil, fail(ErrUnsafeName, evidence.DisplayName(hdr.Name), errors.New("duplicate"))
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
		size, err := io.CopyBuffer(io.MultiWriter(f, h), &ctxReader{ctx: ctx, r: tr}, buf)
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
		got[hdr.Name] = extracted{size, hex.EncodeToString(h.Sum(nil))}
	}
	// Read to the authenticated end of the age stream: this is what tells a
	// complete package from one cut off after the tar trailer.
	if _, err := io.Copy(io.Discard, src); err != nil {
		return nil, fail(ErrDamaged, "", err)
	}
	if man == nil {
		return nil, fail(ErrDamaged, manifestName, errors.New("no manifest"))
	}
	if man.Version > FormatVersion {
		return nil, fail(ErrNewer, "", nil)
	}
	if !safeCaseName(man.CaseName) {
		return nil, fail(ErrUnsafeName, evidence.DisplayName(man.CaseName), nil)
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
// character, no separator or drive letter in base, no "." or "..", and no name a
// Windows file system would treat as a device or silently change.
func SafeEntryName(name string) bool {
	if !utf8.ValidString(name) || len(name) > 1024 {
		return false
	}
	dir, base, ok := strings.Cut(name, "/")
	if !ok || (dir != evidenceDir && dir != documentsDir) {
		return false
	}
	return safeBase(base)
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

func safeCaseName(n string) bool {
	return safeBase(n) && strings.HasSuffix(n, forms.FileExtension) && !strings.HasPrefix(n, ".")
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
