package app

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"appealdesk/desk"
	"appealdesk/forms"
	"appealdesk/forms/evidence"
	"appealdesk/locales"
	"appealdesk/templates"
)

// The documents step: the script, the reader's copy and the draft marking (stored in
// the case's DocumentOptions, through the interview's own fields), then "Create
// documents", which renders every document that applies as PDF and DOCX with the
// organisation's edition (desk.WriteDocuments, off the UI goroutine) into Documents/Appeal
// Desk/<case title>/ — a folder the person can find, keyed by the case so two cases
// of the same title never share one — or a folder the person chooses, as one set
// (a failure leaves the earlier set as it was), and lists what was written with
// Open and Open folder. "Make the filing bundle" writes the appeal, the index and
// every exhibit into one PDF, with a progress bar and Cancel, and names every
// exhibit it could not include. "Send to a lawyer…" (lawyer.go) starts here too.

func init() {
	registerStepRenderer(forms.StepDocuments, func(s *session, st *forms.Step) fyne.CanvasObject {
		return documentsOf(s).body(st)
	})
}

// docState is the documents step's state that outlives a rebuild of the screen (a
// language switch included).
type docState struct {
	s *session
	// folder is where the documents go; "" = defaultFolder().
	folder string
	// resolved is defaultFolder(), worked out once per session.
	resolved string
	// rendering is true while documents are being made; bundling while the bundle
	// is, with its progress and its Cancel.
	rendering bool
	bundling  bool
	done      int
	total     int
	cancel    context.CancelFunc
	bar       *widget.ProgressBar
	written   []writtenDoc
	// last is what the last writing reported (moved-aside files, exhibits left out
	// of the bundle) and err why it failed; both are put into words when shown
	// (notes, errText), in the language of that moment.
	last    templates.WriteResult
	err     error
	openErr string // the last Open that found no program, shown below the list
	// copyDefaulted: the reader's copy was set to the interface language once.
	copyDefaulted bool
	// open opens a file with the system's program; nil = openWithSystem.
	open func(path string) error
	// keep: earlier documents this rendering does not make stay in the folder.
	keep bool
}

// writtenDoc is one file written by "Create documents".
type writtenDoc struct {
	Path  string
	Title string
	Pages int // 0 for a DOCX: Word paginates it
	Size  int64
}

func documentsOf(s *session) *docState {
	if s.docs == nil {
		s.docs = &docState{s: s}
	}
	return s.docs
}

// defaultFolder is Documents/Appeal Desk/<case title>/ in the person's documents
// folder (templates.DocumentsRoot), the one that belongs to this case
// (templates.DocumentsFolder), worked out once so it stays while the title is edited.
func (d *docState) defaultFolder() string {
	if d.resolved == "" {
		root := d.s.u.opts.DocumentsDir
		if root == "" {
			root = templates.DocumentsRoot("")
		}
		d.resolved = templates.DocumentsFolder(root, d.s.caseTitle(), caseID(d.s.path))
	}
	return d.resolved
}

// caseID is the case's identity for its documents folder: the store's stable id (the
// file's name), or for a case opened from elsewhere a digest of where it is.
func caseID(path string) string {
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	if strings.HasPrefix(base, "case-") {
		return base
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	sum := sha256.Sum256([]byte(abs))
	return "file-" + hex.EncodeToString(sum[:8])
}

func (d *docState) outFolder() string {
	if d.folder != "" {
		return d.folder
	}
	return d.defaultFolder()
}

func (d *docState) onDocuments() bool {
	return sessionOf(d.s.u) == d.s && !d.s.closed && d.s.c.Step == forms.StepDocuments
}

func (d *docState) refresh() {
	if d.onDocuments() {
		d.s.u.refresh()
	}
}

// refreshAtEnd rebuilds the screen scrolled to the end of the step, where the
// progress and the list of written documents are (a rebuild starts at the top).
func (d *docState) refreshAtEnd() {
	if !d.onDocuments() {
		return
	}
	d.s.u.refresh()
	if d.s.body != nil {
		d.s.body.ScrollToBottom()
	}
}

// body is the step's fields followed by the actions and the result.
func (d *docState) body(st *forms.Step) fyne.CanvasObject {
	s := d.s
	t := s.u.tr
	d.defaultCopy()
	parts := []fyne.CanvasObject{}
	for _, f := range st.Fields {
		if f.Applies(s.c) {
			parts = append(parts, s.fieldObject(f, f.Path))
		}
	}

	folderLabel := wrapLabel(t.T("doc.folder", "Folder", d.outFolder()))
	change := newKeyButton(t.T("doc.folder.change"), theme.FolderOpenIcon(), d.chooseFolder)
	s.addFocusable("documents#folder", change, false)
	create := newKeyButton(t.T("doc.create"), theme.DocumentSaveIcon(), d.create)
	create.Importance = widget.HighImportance
	s.addFocusable("documents#create", create, false)
	bundle := newKeyButton(t.T("out.app.bundle"), theme.ContentCopyIcon(), d.makeBundle)
	s.addFocusable("documents#bundle", bundle, false)
	send := newKeyButton(t.T("pack.send"), theme.MailSendIcon(), func() { s.u.sendToLawyer() })
	s.addFocusable("documents#send", send, false)
	if d.rendering || d.bundling {
		create.Disable()
		bundle.Disable()
	}
	// Documents of an earlier rendering that this one does not make (the other
	// script, a reader's copy no longer asked for) are removed unless this is ticked.
	keep := newKeyCheck(t.T("out.app.keep"), func(on bool) { d.keep = on })
	keep.SetChecked(d.keep)
	s.addFocusable("documents#keep", keep, false)
	folderButtons := container.NewHBox(change)
	if st, err := os.Stat(d.outFolder()); err == nil && st.IsDir() {
		openFolder := newKeyButton(t.T("doc.open_folder"), theme.FolderOpenIcon(), func() { d.openFile(d.outFolder()) })
		s.addFocusable("documents#openfolder-top", openFolder, false)
		folderButtons = container.NewHBox(openFolder, change)
	}
	folderRow := container.NewVBox(folderLabel, folderButtons)
	parts = append(parts,
		heading(t.T("doc.heading")),
		folderRow,
		keep,
		wrapLabel(t.T("out.app.keep.hint")),
		container.NewHBox(create, send),
		container.NewHBox(bundle),
		wrapLabel(t.T("out.app.bundle.hint")),
	)
	if n := s.u.overridesNotice(); n != nil { // the edition's own legal text (about.go)
		parts = append(parts, n)
	}
	if d.rendering {
		bar := widget.NewProgressBarInfinite()
		parts = append(parts, wrapLabel(t.T("doc.rendering")), bar)
	}
	if d.bundling {
		d.bar = widget.NewProgressBar()
		if d.total > 0 {
			d.bar.SetValue(float64(d.done) / float64(d.total))
		}
		cancel := newKeyButton(t.T("ev.cancel"), theme.CancelIcon(), func() {
			if d.cancel != nil {
				d.cancel()
			}
		})
		s.addFocusable("documents#cancel", cancel, false)
		parts = append(parts, wrapLabel(t.T("out.app.bundle.progress")), container.NewBorder(nil, nil, nil, cancel, d.bar))
	}
	if msg := d.errText(); msg != "" {
		parts = append(parts, issueRow(theme.ErrorIcon(), msg))
	}
	for _, n := range d.notes() {
		parts = append(parts, issueRow(theme.WarningIcon(), n))
	}
	if len(d.written) > 0 {
		parts = append(parts, d.writtenList())
	}
	if d.openErr != "" {
		parts = append(parts, issueRow(theme.WarningIcon(), d.openErr))
	}
	return container.NewVBox(parts...)
}

// defaultCopy: a reader's copy in the interface language when that is Russian or
// English and the person has not chosen (design.md step 1).
func (d *docState) defaultCopy() {
	s := d.s
	if d.copyDefaulted || s.c.Documents.Copy != "" {
		return
	}
	d.copyDefaulted = true
	switch s.u.lang {
	case locales.Russian:
		s.c.Documents.Copy = "ru"
	case locales.English:
		s.c.Documents.Copy = "en"
	default:
		return
	}
	s.changed()
}

// writtenList names each document written, with its pages and size, Open per
// document and Open folder.
func (d *docState) writtenList() fyne.CanvasObject {
	s := d.s
	t := s.u.tr
	box := container.NewVBox(noteRow(theme.ConfirmIcon(), t.N("doc.written", len(d.written), "Folder", filepath.Dir(d.written[0].Path)), widget.SuccessImportance))
	for i, w := range d.written {
		w := w
		name := widget.NewLabelWithStyle(filepath.Base(w.Path), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		text := t.T("doc.written.info", "Title", w.Title, "Pages", t.N("doc.pages", w.Pages), "Size", humanSize(t.T, w.Size))
		if w.Pages == 0 {
			text = t.T("out.app.info.docx", "Title", w.Title, "Size", humanSize(t.T, w.Size))
		}
		info := wrapLabel(text)
		open := newKeyButton(t.T("doc.open"), theme.DocumentIcon(), func() { d.openFile(w.Path) })
		s.addFocusable(fmt.Sprintf("documents#open%d", i), open, false)
		box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.FileIcon()), open, container.NewVBox(name, info)))
	}
	folder := filepath.Dir(d.written[0].Path)
	openFolder := newKeyButton(t.T("doc.open_folder"), theme.FolderOpenIcon(), func() { d.openFile(folder) })
	s.addFocusable("documents#openfolder", openFolder, false)
	box.Add(container.NewHBox(openFolder))
	return box
}

// errNoViewer: the system has no program for the file.
var errNoViewer = errors.New("no program to open the file")

// openWithSystem opens a file or folder with the system's program. On Linux and the
// BSDs it runs xdg-open and waits for its answer, so a missing viewer is reported
// (Fyne's OpenURL starts xdg-open and never learns that it failed); elsewhere the
// system's own handler (which shows its own dialog) is asked through Fyne.
func openWithSystem(fa fyne.App, path string) error {
	switch runtime.GOOS {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly":
		xdg, err := exec.LookPath("xdg-open")
		if err != nil {
			return fmt.Errorf("%w: %v", errNoViewer, err)
		}
		if out, err := exec.Command(xdg, path).CombinedOutput(); err != nil {
			lines := strings.Split(strings.TrimSpace(string(out)), "\n")
			return fmt.Errorf("%w: %v: %s", errNoViewer, err, lines[len(lines)-1])
		}
		return nil
	}
	link, err := url.Parse(storage.NewFileURI(path).String())
	if err != nil {
		return err
	}
	return fa.OpenURL(link)
}

// openFile opens path off the UI goroutine and says so when nothing can open it.
func (d *docState) openFile(path string) {
	open, toUI := d.open, d.s.u.do
	if open == nil {
		fa := d.s.u.fa
		open = func(p string) error { return openWithSystem(fa, p) }
	}
	go func() {
		err := open(path)
		if err == nil {
			return
		}
		log.Printf("appealdesk: open %s: %v", path, err)
		toUI(func() {
			d.openErr = d.s.u.tr.T("out.app.noviewer", "File", filepath.Base(path), "Folder", filepath.Dir(path))
			d.refreshAtEnd()
		})
	}()
}

// openPath opens a file or folder with the system's program (the lawyer's package).
func (u *UI) openPath(path string) {
	go func() {
		if err := openWithSystem(u.fa, path); err != nil {
			log.Printf("appealdesk: open %s: %v", path, err)
		}
	}()
}

// chooseFolder lets the person pick where the documents go.
func (d *docState) chooseFolder() {
	s := d.s
	t := s.u.tr
	dlg := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil || l == nil {
			return
		}
		d.folder = l.Path()
		d.written = nil
		d.refresh()
	}, s.u.win)
	dlg.SetTitleText(t.T("doc.folder.title"))
	dlg.SetConfirmText(t.T("doc.folder.confirm"))
	dlg.SetDismissText(t.T("ev.cancel"))
	if l, err := storage.ListerForURI(storage.NewFileURI(existingParent(d.outFolder()))); err == nil {
		dlg.SetLocation(l)
	}
	showFileDialog(dlg, s.u.win, t)
	dlg.Resize(fyne.NewSize(900, 560)) // after Show: a FileDialog has no size before
}

// existingParent is dir, or the nearest folder above it that exists.
func existingParent(dir string) string {
	for {
		if st, err := os.Stat(dir); err == nil && st.IsDir() {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			return dir
		}
		dir = up
	}
}

// create renders in the background and writes the documents (PDF and DOCX) as one
// set when every one rendered.
func (d *docState) create() {
	if d.rendering || d.bundling {
		return
	}
	s := d.s
	snapshot := s.c.Clone()
	folder := d.outFolder()
	today := time.Now() // the UI is the only place the clock is read
	out := templates.OutputOptions{Dir: folder, CaseID: caseID(s.path), CaseDir: filepath.Dir(s.path), Keep: d.keep}
	core, toUI := s.u.desk, s.u.do
	d.rendering, d.err, d.openErr, d.written, d.last = true, nil, "", nil, templates.WriteResult{}
	d.refreshAtEnd()
	// The goroutine reads nothing of the UI (the translator changes with the
	// language): what it reports is put into words when shown.
	go func() {
		written, res, err := writeDocumentSet(context.Background(), core, snapshot, nil, out, today)
		toUI(func() {
			d.rendering = false
			d.written, d.last, d.err = written, res, err
			d.s.focusPath = "documents#create"
			if len(written) > 0 {
				d.s.focusPath = "documents#open0"
			}
			d.refreshAtEnd()
		})
	}()
}

// makeBundle writes the filing bundle beside the documents, off the UI goroutine,
// with its progress and Cancel; the other documents in the folder stay.
func (d *docState) makeBundle() {
	if d.rendering || d.bundling {
		return
	}
	s := d.s
	snapshot := s.c.Clone()
	today := time.Now()
	core, toUI := s.u.desk, s.u.do
	ctx, cancel := context.WithCancel(context.Background())
	d.bundling, d.cancel, d.done, d.total = true, cancel, 0, 0
	d.err, d.openErr, d.written, d.last = nil, "", nil, templates.WriteResult{}
	out := templates.OutputOptions{Dir: d.outFolder(), CaseID: caseID(s.path), CaseDir: filepath.Dir(s.path), Keep: true,
		Progress: func(done, total int) {
			toUI(func() {
				d.done, d.total = done, total
				if d.bar != nil && total > 0 {
					d.bar.SetValue(float64(done) / float64(total))
				}
			})
		}}
	d.s.focusPath = "documents#cancel"
	d.refreshAtEnd()
	go func() {
		defer cancel()
		written, res, err := writeDocumentSet(ctx, core, snapshot, []templates.Format{templates.FormatBundle}, out, today)
		toUI(func() {
			d.bundling, d.cancel, d.bar = false, nil, nil
			d.written, d.last, d.err = written, res, err
			d.s.focusPath = "documents#bundle"
			if len(written) > 0 {
				d.s.focusPath = "documents#open0"
			}
			d.refreshAtEnd()
		})
	}()
}

// docFormats are the files of each document: the PDF, and the DOCX the lawyer edits.
var docFormats = []templates.Format{templates.FormatPDF, templates.FormatDOCX}

// errText is why the last writing failed, in the interface's language ("" if it did not).
func (d *docState) errText() string {
	t := d.s.u.tr
	switch {
	case d.err == nil:
		return ""
	case templates.IsCancelled(d.err):
		return t.T("out.app.cancelled")
	}
	return t.Error(d.err, "doc.error.render")
}

// notes are the last writing's remarks in the interface's language: each file moved
// aside (it was changed outside the app) and each exhibit the bundle left out.
func (d *docState) notes() []string {
	t := d.s.u.tr
	var out []string
	for _, m := range d.last.MovedAside {
		out = append(out, t.T("out.app.moved", "File", m.Name, "Kept", filepath.Base(m.Path)))
	}
	if d.last.Bundle != nil {
		for _, p := range d.last.Bundle.Problems {
			out = append(out, t.Msg(p.Message()))
		}
	}
	return out
}

// writeDocumentSet writes the documents of c in formats (nil: PDF and DOCX) with the
// edition (desk.WriteDocuments) and lists what was written, with each document's
// title and pages. It reads nothing of the UI.
func writeDocumentSet(ctx context.Context, core *desk.Desk, c *forms.Case, formats []templates.Format, out templates.OutputOptions, today time.Time) ([]writtenDoc, templates.WriteResult, error) {
	res, err := core.WriteDocuments(ctx, c, templates.Options{Today: today, Formats: formats}, out)
	if err != nil {
		log.Printf("appealdesk: documents: %v", err)
		return nil, res, err
	}
	info := map[string]writtenDoc{}
	for _, doc := range res.Documents {
		info[doc.Name] = writtenDoc{Title: doc.Title, Pages: doc.Pages}
		info[doc.DOCXName()] = writtenDoc{Title: doc.Title}
	}
	var written []writtenDoc
	for _, w := range res.Written {
		wd := info[w.Name]
		if res.Bundle != nil && wd.Title == "" {
			wd.Title, wd.Pages = res.BundleTitle, res.Bundle.Pages
		}
		wd.Path, wd.Size = w.Path, w.Size
		if wd.Pages == 0 && strings.HasSuffix(w.Name, ".pdf") {
			if data, err := os.ReadFile(w.Path); err == nil {
				wd.Pages = evidence.PDFPages(data)
			}
		}
		written = append(written, wd)
	}
	return written, res, nil
}
