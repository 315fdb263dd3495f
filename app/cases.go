package app

import (
	"log"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"appealdesk/forms"
	"appealdesk/forms/caseload"
)

// casesDir is where the person's cases are kept: Options.CasesDir, else "cases" in the
// app's private storage (per user, never synced anywhere by the app).
func (u *UI) casesDir() string {
	if u.opts.CasesDir != "" {
		return u.opts.CasesDir
	}
	return filepath.Join(u.fa.Storage().RootURI().Path(), "cases")
}

// store opens the case store once; a failure is shown on the home screen.
func (u *UI) caseStore() (*forms.Store, error) {
	if u.store != nil {
		return u.store, nil
	}
	s, err := forms.OpenStore(u.casesDir())
	if err != nil {
		return nil, err
	}
	u.store = s
	return s, nil
}

// renameCase asks for a new title of the case file in store s.
func (u *UI) renameCase(s *forms.Store, file, current string) {
	t := u.tr
	entry := widget.NewEntry()
	entry.SetText(current)
	items := []*widget.FormItem{widget.NewFormItem(t.T("home.title"), entry)}
	d := dialog.NewForm(t.T("home.rename"), t.T("home.save"), t.T("home.cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		if err := s.Rename(file, entry.Text); err != nil {
			u.sayError(err)
		}
		u.refresh()
	}, u.win)
	entry.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(480, 160))
	d.Show()
	u.win.Canvas().Focus(entry)
}

// newCase creates an empty case and opens the interview. Its title says the day and
// never repeats another case's ("Case of 01.12.2026 (2)"). Left without a single
// answer it is removed again (leftCase), so abandoned empty cases do not pile up.
func (u *UI) newCase() {
	s, err := u.caseStore()
	if err != nil {
		u.sayError(err)
		return
	}
	h := u.homeState()
	title := u.uniqueTitle(u.tr.T("home.new_case_title", "Date", u.tr.Numeric(h.now())))
	e, _, err := s.Create(title)
	if err != nil {
		u.sayError(err)
		return
	}
	h.fresh[e.Path] = title
	h.selected = e.File
	u.openCaseOrSay(e.Path)
}

// uniqueTitle is base, or base with the first number that makes it differ from
// every title in the store.
func (u *UI) uniqueTitle(base string) string {
	taken := map[string]bool{}
	if all, err := u.readCases(); err == nil {
		for _, c := range all {
			taken[c.Title] = true
		}
	}
	title := base
	for n := 2; taken[title]; n++ {
		title = u.tr.T("caseload.title_n", "Title", base, "N", n)
	}
	return title
}

// leftCase is told that the case at path was closed (back to the cases, another
// case opened, the window closed, quick exit), after its last change was saved.
// A case this window created that still holds no answer at all and the title it
// was given is removed: nothing of the person's is in it. Every other case stays;
// what is decided is the file on disk, read again, never the window's copy.
func (u *UI) leftCase(path string) {
	h := u.homeState()
	title, ok := h.fresh[path]
	if !ok {
		return
	}
	delete(h.fresh, path)
	c, err := forms.Load(path)
	if err != nil || caseload.HasAnswers(c) || c.Title != title {
		return
	}
	if err := os.Remove(path); err != nil {
		log.Printf("appealdesk: removing the empty case %s: %v", path, err)
		return
	}
	forms.SyncDir(filepath.Dir(path))
	if h.selected == filepath.Base(path) {
		h.selected = ""
	}
}

// saveCalendar writes one calendar file (.ics) of every dated deadline of every
// case, where the person chooses, atomically and readable by them only.
func (u *UI) saveCalendar() {
	t := u.tr
	h := u.homeState()
	if _, err := u.readCases(); err != nil {
		u.sayError(err)
		return
	}
	data, events, cases, err := h.reader.Calendar(t)
	if err != nil {
		u.sayError(err)
		return
	}
	if events == 0 {
		u.tell(t.T("caseload.ics.saved_title"), t.T("caseload.ics.none"))
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		out := w.URI().Path()
		_ = w.Close() // the dialog created (or emptied, after asking) the file; it is written afresh
		if err := writeCalendar(out, data); err != nil {
			log.Printf("appealdesk: %s: %v", out, err)
			u.tell(t.T("home.error_title"), t.T("caseload.ics.failed", "File", out))
			return
		}
		u.tell(t.T("caseload.ics.saved_title"), t.N("caseload.ics.saved", events,
			"File", out, "Cases", t.N("caseload.cases", cases)))
	}, u.win)
	d.SetFileName(calendarFileName)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".ics"}))
	d.SetTitleText(t.T("caseload.ics.title"))
	d.SetConfirmText(t.T("caseload.ics.save"))
	d.SetDismissText(t.T("home.cancel"))
	showFileDialog(d, u.win, t)
	d.Resize(fyne.NewSize(900, 560)) // after Show: a file dialog has no size before
}

// calendarFileName is the name the save dialog proposes.
const calendarFileName = "appealdesk-deadlines.ics"

// writeCalendar writes the calendar atomically (a temporary file renamed into
// place) with mode 0600: it names people and their deadlines.
func writeCalendar(path string, data []byte) error {
	return forms.WriteFileAtomic(path, data, 0o600)
}

// openCaseFile lets the person pick an .appeal file they were sent; it is copied into
// the store (the original is never changed) and opened.
func (u *UI) openCaseFile() {
	t := u.tr
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		_ = r.Close()
		s, err := u.caseStore()
		if err != nil {
			u.sayError(err)
			return
		}
		e, err := s.Import(path)
		if err != nil {
			u.showLoadError(path, err)
			return
		}
		u.openCaseOrSay(e.Path)
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{forms.FileExtension}))
	d.SetTitleText(t.T("home.open_file"))
	d.SetConfirmText(t.T("home.open"))
	d.SetDismissText(t.T("home.cancel"))
	showFileDialog(d, u.win, t)
	d.Resize(fyne.NewSize(900, 560)) // a file dialog has no window to resize until shown
}

// sayError shows an error in the person's language (file errors carry their message id).
func (u *UI) sayError(err error) {
	log.Printf("appealdesk: %v", err)
	msg := widget.NewLabel(u.loadErrorText(err))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(u.tr.T("home.error_title"), u.tr.T("home.close"), msg, u.win)
	d.Resize(fyne.NewSize(480, 200))
	d.Show()
}
