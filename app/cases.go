package app

import (
	"log"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"appealdesk/forms"
	"appealdesk/forms/caseload"
	"appealdesk/forms/lawyerpack"
	"appealdesk/locales"
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

// removableWhenLeft is, for a case this window created, the test its file on disk
// must pass to be removed when the case is left (back to the cases, another case
// opened, the window closed, quick exit): still no answer at all and the title it was
// given, so nothing of the person's is in it. What is decided is the file on disk,
// read again after the last save, never the window's copy. Nil for every other case.
func (u *UI) removableWhenLeft(path string) func(*forms.Case) bool {
	title, ok := u.homeState().fresh[path]
	if !ok {
		return nil
	}
	return func(c *forms.Case) bool { return !caseload.HasAnswers(c) && c.Title == title }
}

// leftCase is told that the case at path was closed, and whether it was removed as
// empty (removableWhenLeft).
func (u *UI) leftCase(path string, removed bool) {
	h := u.homeState()
	delete(h.fresh, path)
	if removed && h.selected == filepath.Base(path) {
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
	u.newSaveDialog(packageFolder(), calendarTarget(t), func(out string) {
		if err := writeCalendar(out, data); err != nil {
			log.Printf("appealdesk: %s: %v", out, err)
			u.tell(t.T("home.error_title"), t.T("caseload.ics.failed", "File", out))
			return
		}
		u.tell(t.T("caseload.ics.saved_title"), t.N("caseload.ics.saved", events,
			"File", out, "Cases", t.N("caseload.cases", cases)))
	})
}

// calendarFileName is the name the save dialog proposes.
const calendarFileName = "appealdesk-deadlines.ics"

// calendarHead is how every calendar the app writes begins (as `deadlines --ics`'s):
// only a file that begins so is ever replaced by a new calendar.
const calendarHead = "BEGIN:VCALENDAR"

// calendarTarget is the save dialog's rule for the calendar: a new .ics file, or an
// earlier calendar, which is replaced; never a case or any other file. (Fyne's save
// dialog truncated whatever file was chosen, after "Overwrite?".)
func calendarTarget(t *locales.Translator) saveTarget {
	isCalendar := func(path string) bool {
		_, own := forms.IsOwnFile(path, calendarHead)
		return own
	}
	return saveTarget{
		title: t.T("caseload.ics.title"), nameLabel: t.T("caseload.ics.name"), confirm: t.T("caseload.ics.save"),
		defaultName: func(string) string { return calendarFileName },
		path: func(folder, name string) (string, bool, error) {
			return lawyerpack.FilePath(folder, name, ".ics", isCalendar)
		},
		replacing: func(name string) string { return t.T("caseload.ics.replaces", "Name", name) },
	}
}

// writeCalendar writes the calendar atomically (a temporary file renamed into place)
// with mode 0600, as it names people and their deadlines; an existing file is
// replaced only if it is an earlier calendar.
func writeCalendar(path string, data []byte) error {
	return forms.WriteFileReplacing(path, data, 0o600, calendarHead)
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
