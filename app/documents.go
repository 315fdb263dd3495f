package app

import (
	"errors"
	"fmt"
	"log"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"appealdesk/forms"
	"appealdesk/forms/evidence"
	"appealdesk/locales"
	"appealdesk/templates"
)

// The documents step (design.md step 10): the script, the reader's copy and the draft
// marking (stored in the case's DocumentOptions, through the interview's own fields),
// then "Create documents", which renders every document that applies
// (templates.Render, off the UI goroutine) into a folder the person chooses, writing
// each PDF atomically, and lists what was written with Open and Open folder. "Send to
// a lawyer…" (lawyer.go) starts from here too.

func init() {
	registerStepRenderer(forms.StepDocuments, func(s *session, st *forms.Step) fyne.CanvasObject {
		return documentsOf(s).body(st)
	})
}

// docState is the documents step's state that outlives a rebuild of the screen.
type docState struct {
	s *session
	// folder is where the documents go; "" = defaultFolder().
	folder string
	// rendering is true while documents are being made.
	rendering bool
	written   []writtenDoc
	err       string
	// copyDefaulted: the reader's copy was set to the interface language once.
	copyDefaulted bool
}

// writtenDoc is one file written by "Create documents".
type writtenDoc struct {
	Path  string
	Title string
	Pages int
	Size  int64
}

func documentsOf(s *session) *docState {
	if s.docs == nil {
		s.docs = &docState{s: s}
	}
	return s.docs
}

// defaultFolder is <store>/documents/<case id>/: beside the cases, one folder per case.
func (d *docState) defaultFolder() string {
	id := strings.TrimSuffix(filepath.Base(d.s.path), filepath.Ext(d.s.path))
	return filepath.Join(d.s.u.casesDir(), "documents", id)
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
	send := newKeyButton(t.T("pack.send"), theme.MailSendIcon(), func() { s.u.sendToLawyer() })
	s.addFocusable("documents#send", send, false)
	if d.rendering {
		create.Disable()
	}
	parts = append(parts,
		heading(t.T("doc.heading")),
		container.NewBorder(nil, nil, nil, change, folderLabel),
		container.NewHBox(create, send),
	)
	if d.rendering {
		bar := widget.NewProgressBarInfinite()
		parts = append(parts, wrapLabel(t.T("doc.rendering")), bar)
	}
	if d.err != "" {
		parts = append(parts, issueRow(theme.ErrorIcon(), d.err))
	}
	if len(d.written) > 0 {
		parts = append(parts, d.writtenList())
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
		info := wrapLabel(t.T("doc.written.info", "Title", w.Title, "Pages", t.N("doc.pages", w.Pages), "Size", humanSize(t.T, w.Size)))
		open := newKeyButton(t.T("doc.open"), theme.DocumentIcon(), func() { d.s.u.openPath(w.Path) })
		s.addFocusable(fmt.Sprintf("documents#open%d", i), open, false)
		box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.FileIcon()), open, container.NewVBox(name, info)))
	}
	folder := filepath.Dir(d.written[0].Path)
	openFolder := newKeyButton(t.T("doc.open_folder"), theme.FolderOpenIcon(), func() { d.s.u.openPath(folder) })
	s.addFocusable("documents#openfolder", openFolder, false)
	box.Add(container.NewHBox(openFolder))
	return box
}

// openPath opens a file or folder with the system's program.
func (u *UI) openPath(path string) {
	uri := storage.NewFileURI(path)
	link, err := url.Parse(uri.String())
	if err != nil {
		log.Printf("appealdesk: open %s: %v", path, err)
		return
	}
	if err := u.fa.OpenURL(link); err != nil {
		log.Printf("appealdesk: open %s: %v", path, err)
	}
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

// create renders in the background and writes the documents when every one rendered.
func (d *docState) create() {
	if d.rendering {
		return
	}
	s := d.s
	snapshot := s.c.Clone()
	folder := d.outFolder()
	today := time.Now() // the UI is the only place the clock is read
	d.rendering, d.err, d.written = true, "", nil
	d.refreshAtEnd()
	go func() {
		written, msg := writeDocuments(snapshot, folder, today, s.u.tr)
		uiDo(func() {
			d.rendering = false
			d.written, d.err = written, msg
			d.s.focusPath = "documents#create"
			if len(written) > 0 {
				d.s.focusPath = "documents#open0"
			}
			d.refreshAtEnd()
		})
	}()
}

// renderDocuments renders every document of c; the message is "" or what went wrong,
// in the person's language.
func renderDocuments(c *forms.Case, today time.Time, tr *locales.Translator) ([]templates.Document, string) {
	docs, err := templates.Render(c, templates.Options{Today: today})
	if err != nil {
		log.Printf("appealdesk: render: %v", err)
		if errors.Is(err, templates.ErrDecisionType) {
			return nil, tr.T("doc.error.type")
		}
		return nil, tr.T("doc.error.render", "Error", err.Error())
	}
	return docs, ""
}

// writeDocuments renders c and writes each PDF atomically into folder (0600: they
// carry the person's particulars). Nothing is written unless every document rendered.
func writeDocuments(c *forms.Case, folder string, today time.Time, tr *locales.Translator) ([]writtenDoc, string) {
	docs, msg := renderDocuments(c, today, tr)
	if msg != "" {
		return nil, msg
	}
	if err := os.MkdirAll(folder, 0o700); err != nil {
		log.Printf("appealdesk: %v", err)
		return nil, tr.T("doc.error.write", "File", folder)
	}
	var out []writtenDoc
	for _, doc := range docs {
		p := filepath.Join(folder, doc.Name)
		if err := forms.WriteFileAtomic(p, doc.PDF, 0o600); err != nil {
			log.Printf("appealdesk: %v", err)
			return out, tr.T("doc.error.write", "File", p)
		}
		out = append(out, writtenDoc{Path: p, Title: doc.Title, Pages: evidence.PDFPages(doc.PDF), Size: int64(len(doc.PDF))})
	}
	return out, ""
}
