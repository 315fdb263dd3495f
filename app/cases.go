package app

import (
	"log"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"appealdesk/forms"
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

// casesList is the home screen's list of cases with open, rename, duplicate and
// delete; a deleted case can be brought back with Undo until the app closes.
func (u *UI) casesList() fyne.CanvasObject {
	t := u.tr
	box := container.NewVBox()
	if u.undoFile != "" {
		undo := widget.NewButtonWithIcon(t.T("home.undo"), theme.ContentUndoIcon(), func() {
			if s, err := u.caseStore(); err == nil {
				if _, err := s.Restore(u.undoFile); err != nil {
					u.sayError(err)
				}
			}
			u.undoFile = ""
			u.refresh()
		})
		msg := widget.NewLabel(t.T("home.deleted", "Title", u.undoTitle))
		msg.Wrapping = fyne.TextWrapWord
		box.Add(container.NewBorder(nil, nil, nil, undo, msg))
	}
	s, err := u.caseStore()
	if err != nil {
		box.Add(widget.NewLabel(t.T("home.store_error", "Error", err.Error())))
		return box
	}
	entries, err := s.List()
	if err != nil {
		box.Add(widget.NewLabel(t.T("home.store_error", "Error", err.Error())))
		return box
	}
	if len(entries) == 0 {
		empty := widget.NewLabel(t.T("home.no_cases"))
		empty.Wrapping = fyne.TextWrapWord
		box.Add(empty)
		return box
	}
	for _, e := range entries {
		box.Add(u.caseRow(s, e))
	}
	return box
}

func (u *UI) caseRow(s *forms.Store, e forms.Entry) fyne.CanvasObject {
	t := u.tr
	title := e.Title
	if title == "" {
		title = t.T("home.untitled")
	}
	name := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Truncation = fyne.TextTruncateEllipsis
	detail := t.T("home.no_type_yet")
	if dt, ok := forms.LookupDecisionType(e.DecisionType); ok {
		detail = t.T(dt.Title)
	}
	if e.Err != nil {
		detail = u.loadErrorText(e.Err)
	}
	info := widget.NewLabel(t.T("home.modified", "Detail", detail, "Date", t.Date(e.Modified.Local())))
	info.Wrapping = fyne.TextWrapWord

	open := widget.NewButtonWithIcon(t.T("home.open"), theme.DocumentIcon(), func() { u.openCaseOrSay(e.Path) })
	open.Importance = widget.HighImportance
	if e.Err != nil {
		open.Disable()
	}
	rename := widget.NewButtonWithIcon(t.T("home.rename"), theme.DocumentCreateIcon(), func() { u.renameCase(s, e, title) })
	duplicate := widget.NewButtonWithIcon(t.T("home.duplicate"), theme.ContentCopyIcon(), func() {
		if _, err := s.Duplicate(e.File, t.T("home.copy_of", "Title", title)); err != nil {
			u.sayError(err)
		}
		u.refresh()
	})
	del := widget.NewButtonWithIcon(t.T("home.delete"), theme.DeleteIcon(), func() {
		if err := s.Delete(e.File); err != nil {
			u.sayError(err)
			return
		}
		u.undoFile, u.undoTitle = e.File, title
		u.refresh()
	})
	if e.Err != nil {
		rename.Disable()
		duplicate.Disable()
	}
	buttons := container.NewHBox(open, rename, duplicate, del)
	return container.NewVBox(container.NewBorder(nil, nil, nil, buttons, container.NewVBox(name, info)), widget.NewSeparator())
}

func (u *UI) renameCase(s *forms.Store, e forms.Entry, current string) {
	t := u.tr
	entry := widget.NewEntry()
	entry.SetText(current)
	items := []*widget.FormItem{widget.NewFormItem(t.T("home.title"), entry)}
	d := dialog.NewForm(t.T("home.rename"), t.T("home.save"), t.T("home.cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		if err := s.Rename(e.File, entry.Text); err != nil {
			u.sayError(err)
		}
		u.refresh()
	}, u.win)
	entry.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(480, 160))
	d.Show()
	u.win.Canvas().Focus(entry)
}

// newCase creates an empty case named with today's date and opens the interview.
func (u *UI) newCase() {
	s, err := u.caseStore()
	if err != nil {
		u.sayError(err)
		return
	}
	e, _, err := s.Create(u.tr.T("home.new_case_title", "Date", u.tr.Numeric(time.Now())))
	if err != nil {
		u.sayError(err)
		return
	}
	u.openCaseOrSay(e.Path)
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
