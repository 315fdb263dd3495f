package templates

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"appealdesk/forms"
	"appealdesk/locales"
)

// Where documents are written. A set of documents (the PDFs, the DOCX files, the
// bundle) is written into a temporary folder inside the destination first; only
// when every file is complete and on disk are they moved into place, one rename
// each, so a full disk or a failing write leaves the old set as it was, never a mix
// of old and new files. A manifest (.appealdesk-documents.json) records what the
// app wrote and its SHA-256: a file of that name that is not in the manifest, or
// that changed since (a DOCX the lawyer edited), is never overwritten or removed —
// it is moved aside to <name>-izmenjeno-N.<ext> and reported. Files of the previous
// set that the new one no longer has (the Cyrillic copies after switching to Latin)
// are removed unless Keep is set, and only if they are still as the app wrote them.

const manifestName = ".appealdesk-documents.json"

// WriteRequest is one set of documents to write.
type WriteRequest struct {
	Dir string
	// CaseID identifies the case the folder belongs to (see DocumentsFolder).
	CaseID string
	Files  []File
	// Bundle, when set, writes the filing bundle named BundleName into w.
	Bundle     func(ctx context.Context, w io.Writer) (BundleResult, error)
	BundleName string
	// Keep: files of the previous set that this one does not have stay.
	Keep bool

	// create makes each new file (nil: createFile); a test gives one that fails like
	// a full disk.
	create func(path string) (io.WriteCloser, error)
}

// Written is one file written.
type Written struct {
	Name string
	Path string
	Size int64
}

// MovedAside is a file that was in the way and is kept under another name.
type MovedAside struct {
	Name string // the name the new document took
	Path string // where the earlier file is now
}

// WriteResult says what WriteFiles did.
type WriteResult struct {
	Dir        string
	Written    []Written
	MovedAside []MovedAside
	Removed    []string // earlier documents of the app's own that this set replaced
	Bundle     *BundleResult
	// Documents are the rendered documents (titles, pages), from WriteDocuments.
	Documents []Document
	// BundleTitle is the bundle's title in its language, from WriteDocuments.
	BundleTitle string
}

// manifest is the record of what the app wrote into a folder.
type manifest struct {
	Format  string          `json:"format"`
	Version int             `json:"version"`
	Case    string          `json:"case,omitempty"`
	Files   []manifestEntry `json:"files"`
}

type manifestEntry struct {
	Name   string `json:"name"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// createFile creates a new file readable by the person only, never an existing one.
func createFile(path string) (io.WriteCloser, error) {
	return os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
}

// syncer is what a file can be flushed to disk with.
type syncer interface{ Sync() error }

// ErrRender wraps an error of rendering (as opposed to one of writing).
var ErrRender = errors.New("templates: cannot render")

// ErrFileName is returned for a file name that is not a plain name.
var ErrFileName = errors.New("templates: not a plain file name")

// WriteFiles writes a set of documents into req.Dir (created, 0700, if missing).
// On error nothing of the new set is left behind and the old set is unchanged.
func WriteFiles(ctx context.Context, req WriteRequest) (res WriteResult, err error) {
	res.Dir = req.Dir
	names := map[string]bool{}
	check := func(n string) error {
		if n == "" || n == manifestName || n != filepath.Base(n) || strings.HasPrefix(n, ".") || names[n] {
			return fmt.Errorf("%w: %q", ErrFileName, n)
		}
		names[n] = true
		return nil
	}
	for _, f := range req.Files {
		if err := check(f.Name); err != nil {
			return res, err
		}
	}
	if req.Bundle != nil {
		if err := check(req.BundleName); err != nil {
			return res, err
		}
	}
	if err := os.MkdirAll(req.Dir, 0o700); err != nil {
		return res, err
	}
	// Sets a killed write left half-way; never one another window is writing (its
	// folder is locked: forms.NewTempDir).
	forms.RemoveStaleTemporaries(req.Dir)
	td, err := forms.NewTempDir(req.Dir, "new")
	if err != nil {
		return res, err
	}
	tmp := td.Path
	defer td.Release()
	defer os.RemoveAll(tmp) // empty when the set was moved into place

	// 1. Write every file of the set into the temporary folder.
	var entries []manifestEntry
	create := req.create
	if create == nil {
		create = createFile
	}
	write := func(name string, fill func(w io.Writer) error) error {
		p := filepath.Join(tmp, name)
		f, err := create(p)
		if err != nil {
			return err
		}
		h := sha256.New()
		cw := &countWriter{w: io.MultiWriter(f, h)}
		err = fill(cw)
		if err == nil {
			if s, ok := f.(syncer); ok {
				err = s.Sync()
			}
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		entries = append(entries, manifestEntry{Name: name, Size: cw.n, SHA256: hex.EncodeToString(h.Sum(nil))})
		return nil
	}
	for _, f := range req.Files {
		data := f.Data
		if err := write(f.Name, func(w io.Writer) error { _, err := w.Write(data); return err }); err != nil {
			return res, err
		}
	}
	if req.Bundle != nil {
		var br BundleResult
		if err := write(req.BundleName, func(w io.Writer) error {
			var err error
			br, err = req.Bundle(ctx, w)
			return err
		}); err != nil {
			return res, err
		}
		res.Bundle = &br
	}
	old := readManifest(req.Dir)
	oldByName := map[string]manifestEntry{}
	for _, e := range old.Files {
		oldByName[e.Name] = e
	}
	next := manifest{Format: "appealdesk-documents", Version: 1, Case: req.CaseID, Files: append([]manifestEntry(nil), entries...)}
	if req.Keep {
		for _, e := range old.Files {
			if !names[e.Name] {
				next.Files = append(next.Files, e)
			}
		}
	}
	sort.Slice(next.Files, func(i, j int) bool { return next.Files[i].Name < next.Files[j].Name })
	mdata, _ := json.MarshalIndent(next, "", "  ")
	if err := write(manifestName, func(w io.Writer) error { _, err := w.Write(mdata); return err }); err != nil {
		return res, err
	}
	syncDir(tmp)

	// 2. Move aside what is in the way and is not the app's own unchanged file.
	for _, e := range entries {
		if e.Name == manifestName {
			continue
		}
		dst := filepath.Join(req.Dir, e.Name)
		st, err := os.Lstat(dst)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err == nil && st.Mode().IsRegular() && ours(dst, oldByName[e.Name]) {
			continue
		}
		aside, err := moveAside(dst)
		if err != nil {
			return res, err
		}
		res.MovedAside = append(res.MovedAside, MovedAside{Name: e.Name, Path: aside})
	}
	// 3. Move the new set into place, the manifest last.
	for _, e := range entries {
		if err := os.Rename(filepath.Join(tmp, e.Name), filepath.Join(req.Dir, e.Name)); err != nil {
			return res, err
		}
		if e.Name != manifestName {
			res.Written = append(res.Written, Written{Name: e.Name, Path: filepath.Join(req.Dir, e.Name), Size: e.Size})
		}
	}
	// 4. Remove the previous set's documents this one replaces, if untouched.
	if !req.Keep {
		for _, e := range old.Files {
			if names[e.Name] {
				continue
			}
			p := filepath.Join(req.Dir, e.Name)
			if ours(p, e) && os.Remove(p) == nil {
				res.Removed = append(res.Removed, e.Name)
			}
		}
	}
	syncDir(req.Dir)
	return res, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ours: the file at p is the app's, unchanged since it was written (entry e).
func ours(p string, e manifestEntry) bool {
	if e.Name == "" || e.SHA256 == "" {
		return false
	}
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() || st.Size() != e.Size {
		return false
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return false
	}
	return hex.EncodeToString(h.Sum(nil)) == e.SHA256
}

// moveAside renames p to <base>-izmenjeno-N<ext>, never over an existing file.
func moveAside(p string) (string, error) {
	ext := filepath.Ext(p)
	base := strings.TrimSuffix(p, ext)
	for n := 1; n < 1000; n++ {
		q := fmt.Sprintf("%s-izmenjeno-%d%s", base, n, ext)
		if _, err := os.Lstat(q); errors.Is(err, os.ErrNotExist) {
			// A link, not a rename: it fails if q appeared meanwhile, and the file
			// is never without a name.
			if err := os.Link(p, q); err != nil {
				if errors.Is(err, os.ErrExist) {
					continue
				}
				// Links are not possible everywhere (some Windows and FAT drives).
				if err := os.Rename(p, q); err != nil {
					return "", err
				}
				return q, nil
			}
			return q, os.Remove(p)
		}
	}
	return "", fmt.Errorf("templates: no free name beside %s", p)
}

func readManifest(dir string) manifest {
	var m manifest
	data, err := os.ReadFile(filepath.Join(dir, manifestName))
	if err != nil || json.Unmarshal(data, &m) != nil || m.Format != "appealdesk-documents" {
		return manifest{}
	}
	return m
}

func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// DocumentsFolder is the folder of a case's documents under root (see
// DocumentsRoot): the case's title as a folder name, or, where another case already
// has a folder of that title, "<title> (2)", "(3)" … — a folder belongs to the case
// whose id its manifest names, so two cases with the same title never write into
// each other's folder.
func DocumentsFolder(root, title, caseID string) string {
	name := folderName(title)
	if name == "" {
		name = folderName(caseID)
	}
	if name == "" {
		name = "case"
	}
	for n := 1; n < 1000; n++ {
		cand := name
		if n > 1 {
			cand = fmt.Sprintf("%s (%d)", name, n)
		}
		p := filepath.Join(root, cand)
		st, err := os.Stat(p)
		if errors.Is(err, os.ErrNotExist) {
			return p
		}
		if err != nil || !st.IsDir() {
			continue
		}
		m := readManifest(p)
		if m.Case == caseID {
			return p
		}
		if m.Format == "" && emptyDir(p) {
			return p
		}
	}
	return filepath.Join(root, name+" "+folderName(caseID))
}

func emptyDir(p string) bool {
	ents, err := os.ReadDir(p)
	return err == nil && len(ents) == 0
}

// folderName makes a case title a safe folder name on every system: no path
// separators, control or format characters (U+202E and its kind), characters
// Windows forbids, reserved device names, or trailing dots and spaces; at most 80
// characters.
func folderName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == utf8.RuneError, unicode.IsControl(r), unicode.Is(unicode.Cf, r):
		case strings.ContainsRune(`/\:*?"<>|`, r):
			b.WriteRune('-')
		case unicode.IsSpace(r):
			b.WriteRune(' ')
		default:
			b.WriteRune(r)
		}
	}
	out := strings.Join(strings.Fields(b.String()), " ")
	if r := []rune(out); len(r) > 80 {
		out = string(r[:80])
	}
	out = strings.TrimRight(out, ". ")
	out = strings.TrimLeft(out, ".")
	switch strings.ToUpper(strings.TrimSpace(strings.Split(out, ".")[0])) {
	case "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "LPT1", "LPT2", "LPT3":
		out = "_" + out
	}
	return out
}

// DocumentsRoot is "Appeal Desk" in the user's documents folder: on Linux the XDG
// documents directory (XDG_DOCUMENTS_DIR, from the environment or
// ~/.config/user-dirs.dirs), elsewhere, and as a fallback, ~/Documents. Never a
// hidden application folder: the person has to find the files.
func DocumentsRoot(home string) string {
	return filepath.Join(documentsDir(home, os.Getenv), "Appeal Desk")
}

func documentsDir(home string, getenv func(string) string) string {
	if home == "" {
		home, _ = os.UserHomeDir()
	}
	expand := func(v string) string {
		v = strings.Trim(strings.TrimSpace(v), `"`)
		v = strings.ReplaceAll(v, "$HOME", home)
		v = strings.ReplaceAll(v, "${HOME}", home)
		if filepath.IsAbs(v) && filepath.Clean(v) != filepath.Clean(home) {
			return v
		}
		return ""
	}
	if v := expand(getenv("XDG_DOCUMENTS_DIR")); v != "" {
		return v
	}
	cfg := getenv("XDG_CONFIG_HOME")
	if cfg == "" {
		cfg = filepath.Join(home, ".config")
	}
	if data, err := os.ReadFile(filepath.Join(cfg, "user-dirs.dirs")); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if v, ok := strings.CutPrefix(strings.TrimSpace(line), "XDG_DOCUMENTS_DIR="); ok {
				if p := expand(v); p != "" {
					return p
				}
			}
		}
	}
	return filepath.Join(home, "Documents")
}

// OutputOptions say where WriteDocuments writes.
type OutputOptions struct {
	Dir    string
	CaseID string // the case the folder belongs to (DocumentsFolder), "" if none
	// CaseDir is the case file's folder: exhibit paths relative to it resolve there.
	CaseDir string
	// Keep: documents of the previous set that this one does not have stay.
	Keep bool
	// Progress of the bundle (see BundleOptions.Progress).
	Progress func(done, total int)
}

// WriteDocuments renders every document of c in opts.Formats (nil: PDF and DOCX)
// and writes them, with the filing bundle if asked for, as one set into out.Dir
// (WriteFiles). It is the one place documents are rendered and written; the app,
// the command line and the lawyer's package call it or Render.
func WriteDocuments(ctx context.Context, c *forms.Case, opts Options, out OutputOptions) (WriteResult, error) {
	if opts.Formats == nil {
		opts.Formats, _ = ParseFormats("")
	}
	docs, err := Render(c, opts)
	if err != nil {
		return WriteResult{Dir: out.Dir}, fmt.Errorf("%w: %w", ErrRender, err)
	}
	req := WriteRequest{Dir: out.Dir, CaseID: out.CaseID, Files: Files(docs, opts.Formats), Keep: out.Keep}
	if HasFormat(opts.Formats, FormatBundle) {
		if req.BundleName, err = BundleName(c, opts); err != nil {
			return WriteResult{Dir: out.Dir}, err
		}
		req.Bundle = func(ctx context.Context, w io.Writer) (BundleResult, error) {
			return WriteBundle(ctx, w, c, opts, BundleOptions{CaseDir: out.CaseDir, Progress: out.Progress})
		}
	}
	res, err := WriteFiles(ctx, req)
	res.Documents = docs
	if req.Bundle != nil && len(docs) > 0 {
		res.BundleTitle = locales.New(docs[0].Lang).T("bundle.title", "Title", docs[0].Title)
	}
	return res, err
}
