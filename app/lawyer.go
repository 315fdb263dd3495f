package app

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"appealdesk/forms"
	"appealdesk/forms/evidence"
	"appealdesk/forms/lawyerpack"
	"appealdesk/locales"
)

// "Send to a lawyer" and "Open a package" (issue 6): one passphrase-encrypted file
// with the case, copies of its evidence files and the rendered PDFs
// (forms/lawyerpack), and its import on the lawyer's computer. The passphrase is
// asked twice with a live strength hint; the person is told to send it another way
// than the package (by phone), never in the same message.

// passphraseForm is two password entries with a live hint; ok reports whether the
// passphrase may be used (equal, not very weak).
type passphraseForm struct {
	tr      *locales.Translator
	first   *widget.Entry
	second  *widget.Entry
	hint    *widget.Label
	confirm bool
	onValid func(bool)
}

func newPassphraseForm(tr *locales.Translator, confirm bool, onValid func(bool)) *passphraseForm {
	p := &passphraseForm{tr: tr, confirm: confirm, onValid: onValid}
	p.first = widget.NewPasswordEntry()
	p.first.SetPlaceHolder(tr.T("pack.pass.placeholder"))
	p.second = widget.NewPasswordEntry()
	p.second.SetPlaceHolder(tr.T("pack.pass.repeat_placeholder"))
	p.hint = widget.NewLabel("")
	p.hint.Wrapping = fyne.TextWrapWord
	p.first.OnChanged = func(string) { p.update() }
	p.second.OnChanged = func(string) { p.update() }
	p.update()
	return p
}

// update shows the strength hint and whether the two entries match.
func (p *passphraseForm) update() {
	ok := p.ok()
	if p.confirm {
		level, id := lawyerpack.CheckPassphrase(p.first.Text)
		text := ""
		if p.first.Text != "" {
			text = p.tr.T("pack.pass.strength", "Hint", p.tr.T(id))
		}
		if p.second.Text != "" && p.second.Text != p.first.Text {
			text += "\n" + p.tr.T("pack.pass.mismatch")
		}
		text = strings.TrimPrefix(text, "\n")
		p.hint.SetText(text)
		switch {
		case level == lawyerpack.VeryWeak:
			p.hint.Importance = widget.DangerImportance
		case level == lawyerpack.Weak:
			p.hint.Importance = widget.WarningImportance
		case level >= lawyerpack.Good:
			p.hint.Importance = widget.SuccessImportance
		default:
			p.hint.Importance = widget.MediumImportance
		}
		p.hint.Refresh()
	}
	if p.onValid != nil {
		p.onValid(ok)
	}
}

func (p *passphraseForm) ok() bool {
	if !p.confirm {
		return p.first.Text != ""
	}
	level, _ := lawyerpack.CheckPassphrase(p.first.Text)
	return level > lawyerpack.VeryWeak && p.first.Text == p.second.Text
}

func (p *passphraseForm) object() fyne.CanvasObject {
	items := []fyne.CanvasObject{widget.NewLabel(p.tr.T("pack.pass.label")), p.first}
	if p.confirm {
		items = append(items, widget.NewLabel(p.tr.T("pack.pass.repeat")), p.second, p.hint)
	}
	return container.NewVBox(items...)
}

// packErrorText is an Export/Import failure in the person's language, with each
// evidence file concerned.
func packErrorText(tr *locales.Translator, err error) string {
	var pe *lawyerpack.Error
	if !errors.As(err, &pe) {
		return tr.T("pack.error.other")
	}
	lines := []string{tr.T(pe.MsgID, pe.Params...)}
	for _, r := range pe.Evidence {
		lines = append(lines, tr.T("ev.check.line", "Status", tr.T(r.Status.MessageID()),
			"Title", evidence.DisplayName(r.Title), "Path", evidence.DisplayName(r.Path)))
	}
	return strings.Join(lines, "\n")
}

// passDialog is a dialog around a passphrase form with its own buttons: the confirm
// button is enabled only while the form is valid (two equal passphrases that are not
// very weak; for opening, any passphrase).
type passDialog struct {
	d       *dialog.CustomDialog
	pf      *passphraseForm
	confirm *widget.Button
}

// passDialogHook lets tests reach the dialog that was just shown.
var passDialogHook = func(*passDialog) {}

func (u *UI) newPassDialog(title, confirmText string, twice bool, top, bottom fyne.CanvasObject, onConfirm func(pass string)) *passDialog {
	t := u.tr
	p := &passDialog{}
	p.pf = newPassphraseForm(t, twice, nil)
	parts := []fyne.CanvasObject{}
	if top != nil {
		parts = append(parts, top)
	}
	parts = append(parts, p.pf.object())
	if bottom != nil {
		parts = append(parts, bottom)
	}
	p.d = dialog.NewCustomWithoutButtons(title, container.NewVBox(parts...), u.win)
	cancel := widget.NewButtonWithIcon(t.T("ev.cancel"), theme.CancelIcon(), func() { p.d.Hide() })
	p.confirm = widget.NewButtonWithIcon(confirmText, theme.ConfirmIcon(), func() {
		if !p.pf.ok() {
			return
		}
		p.d.Hide()
		onConfirm(p.pf.first.Text)
	})
	p.confirm.Importance = widget.HighImportance
	p.pf.onValid = func(ok bool) {
		if ok {
			p.confirm.Enable()
		} else {
			p.confirm.Disable()
		}
	}
	p.pf.update()
	submit := func(string) {
		if p.pf.ok() {
			p.confirm.OnTapped()
		}
	}
	if twice {
		p.pf.first.OnSubmitted = func(string) { u.win.Canvas().Focus(p.pf.second) }
		p.pf.second.OnSubmitted = submit
	} else {
		p.pf.first.OnSubmitted = submit
	}
	p.d.SetButtons([]fyne.CanvasObject{cancel, p.confirm})
	p.d.Resize(fyne.NewSize(600, 360))
	p.d.Show()
	u.win.Canvas().Focus(p.pf.first)
	passDialogHook(p)
	return p
}

// sendToLawyer asks the passphrase twice, then where to save the package, then makes
// it in the background.
func (u *UI) sendToLawyer() {
	s := sessionOf(u)
	if s == nil {
		return
	}
	t := u.tr
	u.newPassDialog(t.T("pack.send.title"), t.T("pack.send.choose"), true, wrapLabel(t.T("pack.send.intro")), nil, func(pass string) {
		u.choosePackageFile(s, pass)
	})
}

// choosePackageFile asks where to save; pass is checked again (the confirm button of
// a Fyne dialog cannot be disabled while the form is invalid).
func (u *UI) choosePackageFile(s *session, pass string) {
	t := u.tr
	if level, hint := lawyerpack.CheckPassphrase(pass); level == lawyerpack.VeryWeak {
		u.tell(t.T("pack.send.title"), t.T("pack.pass.too_weak", "Hint", t.T(hint)))
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		out := w.URI().Path()
		_ = w.Close()
		// The dialog created the file (empty); Export writes it afresh, atomically.
		if st, err := os.Stat(out); err == nil && st.Size() == 0 {
			_ = os.Remove(out)
		}
		u.exportPackage(s, out, pass)
	}, u.win)
	base := strings.TrimSuffix(filepath.Base(s.path), filepath.Ext(s.path))
	if s.c.Title != "" {
		base = safeFileName(s.c.Title)
	}
	d.SetFileName(base + lawyerpack.Extension)
	d.SetTitleText(t.T("pack.save.title"))
	d.SetConfirmText(t.T("pack.save.confirm"))
	d.SetDismissText(t.T("ev.cancel"))
	showFileDialog(d, u.win, t)
	d.Resize(fyne.NewSize(900, 560)) // after Show: a FileDialog has no size before
}

// safeFileName keeps letters, digits, '-' and '_' of title (any script) and turns the
// rest into '-'.
func safeFileName(title string) string {
	var b strings.Builder
	for _, r := range title {
		switch {
		case r == '_' || r == '.' || (r >= '0' && r <= '9'),
			r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= 0x400 && r <= 0x4FF:
			b.WriteRune(r)
		default:
			if !strings.HasSuffix(b.String(), "-") {
				b.WriteRune('-')
			}
		}
	}
	out := strings.Trim(b.String(), "-.")
	if out == "" {
		out = "case"
	}
	return out
}

// progressDialog is a modal with an endless bar and Cancel.
func (u *UI) progressDialog(title, text string, cancel func()) dialog.Dialog {
	bar := widget.NewProgressBarInfinite()
	d := dialog.NewCustom(title, u.tr.T("ev.cancel"), container.NewVBox(wrapLabel(text), bar), u.win)
	d.SetOnClosed(cancel)
	d.Resize(fyne.NewSize(480, 180))
	d.Show()
	return d
}

// exportPackage renders the PDFs and writes the package in the background.
func (u *UI) exportPackage(s *session, out, pass string) {
	t := u.tr
	snapshot := s.c.Clone()
	casePath := s.path
	today := time.Now()
	ctx, cancel := context.WithCancel(context.Background())
	var prog dialog.Dialog
	finished := false
	prog = u.progressDialog(t.T("pack.send.title"), t.T("pack.send.working"), func() {
		if !finished {
			cancel()
		}
	})
	go func() {
		res := exportPackage(ctx, snapshot, casePath, out, pass, today, t)
		uiDo(func() {
			finished = true
			prog.Hide()
			cancel()
			if res.err != "" {
				u.tell(t.T("pack.send.title"), res.err)
				return
			}
			u.exportDone(out, res)
		})
	}()
}

// exportResult is what the background export reports.
type exportResult struct {
	evidence, documents int
	noDocs              string // why no PDFs were included ("" = they were)
	err                 string // the failure in the person's language ("" = done)
}

// exportPackage renders and exports; it does not touch the UI.
func exportPackage(ctx context.Context, c *forms.Case, casePath, out, pass string, today time.Time, tr *locales.Translator) exportResult {
	var res exportResult
	docs, msg := renderDocuments(c, today, tr)
	res.noDocs = msg
	var extra []lawyerpack.NamedFile
	for _, f := range docFiles(docs) {
		extra = append(extra, lawyerpack.NamedFile{Name: f.Name, Data: f.Data})
	}
	man, err := lawyerpack.Export(ctx, c, casePath, extra, out, pass)
	if err != nil {
		log.Printf("appealdesk: export: %v", err)
		res.err = packErrorText(tr, err)
		return res
	}
	for _, f := range man.Files {
		if f.Kind == "evidence" {
			res.evidence++
		} else {
			res.documents++
		}
	}
	return res
}

// exportDone says where the package is and how to send the passphrase.
func (u *UI) exportDone(out string, res exportResult) {
	t := u.tr
	lines := []string{
		t.T("pack.send.done", "File", out),
		t.N("pack.files.evidence", res.evidence),
		t.N("pack.files.documents", res.documents),
	}
	if res.noDocs != "" {
		lines = append(lines, t.T("pack.send.no_documents", "Reason", res.noDocs))
	}
	body := wrapLabel(strings.Join(lines, "\n"))
	warn := wrapLabel(t.T("pack.send.passphrase_apart"))
	warn.Importance = widget.WarningImportance
	warn.TextStyle = fyne.TextStyle{Bold: true}
	openFolder := newKeyButton(t.T("doc.open_folder"), theme.FolderOpenIcon(), func() { u.openPath(filepath.Dir(out)) })
	d := dialog.NewCustom(t.T("pack.send.title"), t.T("pack.close"), container.NewVBox(body, warn, container.NewHBox(openFolder)), u.win)
	d.Resize(fyne.NewSize(560, 320))
	d.Show()
	lastMessage = strings.Join(append(lines, t.T("pack.send.passphrase_apart")), "\n")
}

// lastMessage is the text of the last message shown by tell or exportDone (tests).
var lastMessage string

// tell shows a message with a Close button.
func (u *UI) tell(title, text string) {
	lastMessage = text
	d := dialog.NewCustom(title, u.tr.T("pack.close"), wrapLabel(text), u.win)
	d.Resize(fyne.NewSize(520, 240))
	d.Show()
}

// openPackage (home screen, "Open a package…"): pick the package, give the
// passphrase and the folder, import, and open the case like any other.
func (u *UI) openPackage() {
	t := u.tr
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		p := r.URI().Path()
		_ = r.Close()
		u.askImport(p)
	}, u.win)
	d.SetTitleText(t.T("pack.open.title"))
	d.SetConfirmText(t.T("pack.open.confirm"))
	d.SetDismissText(t.T("ev.cancel"))
	showFileDialog(d, u.win, t)
	d.Resize(fyne.NewSize(900, 560)) // after Show: a FileDialog has no size before
}

// importFolder is a new folder for the package's contents: <store>/packages/<name>,
// with -2, -3 … when taken.
func (u *UI) importFolder(parent, pkg string) string {
	base := safeFileName(strings.TrimSuffix(filepath.Base(pkg), filepath.Ext(pkg)))
	dir := filepath.Join(parent, base)
	for i := 2; ; i++ {
		if _, err := os.Lstat(dir); errors.Is(err, os.ErrNotExist) {
			return dir
		}
		dir = filepath.Join(parent, fmt.Sprintf("%s-%d", base, i))
	}
}

// askImport asks the passphrase and where to put the files.
func (u *UI) askImport(pkg string) {
	t := u.tr
	parent := filepath.Join(u.casesDir(), "packages")
	folder := wrapLabel("")
	setFolder := func() { folder.SetText(t.T("pack.open.folder", "Folder", u.importFolder(parent, pkg))) }
	setFolder()
	change := newKeyButton(t.T("doc.folder.change"), theme.FolderOpenIcon(), func() {
		fd := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
			if err != nil || l == nil {
				return
			}
			parent = l.Path()
			setFolder()
		}, u.win)
		fd.SetTitleText(t.T("pack.open.folder_title"))
		fd.SetConfirmText(t.T("doc.folder.confirm"))
		fd.SetDismissText(t.T("ev.cancel"))
		showFileDialog(fd, u.win, t)
		fd.Resize(fyne.NewSize(900, 560)) // after Show: a FileDialog has no size before
	})
	top := wrapLabel(t.T("pack.open.file", "File", evidence.DisplayName(filepath.Base(pkg))))
	bottom := container.NewBorder(nil, nil, nil, change, folder)
	u.newPassDialog(t.T("pack.open.title"), t.T("pack.open.confirm"), false, top, bottom, func(pass string) {
		u.importPackage(pkg, u.importFolder(parent, pkg), pass)
	})
}

// importPackage imports in the background; on success the case is added to the
// store (its evidence paths pointing at the imported copies) and opened.
func (u *UI) importPackage(pkg, outDir, pass string) {
	t := u.tr
	ctx, cancel := context.WithCancel(context.Background())
	finished := false
	prog := u.progressDialog(t.T("pack.open.title"), t.T("pack.open.working"), func() {
		if !finished {
			cancel()
		}
	})
	go func() {
		// The folder that holds the new one may not exist yet (the first package).
		var im *lawyerpack.Imported
		err := os.MkdirAll(filepath.Dir(outDir), 0o700)
		if err == nil {
			im, err = lawyerpack.Import(ctx, pkg, outDir, pass)
		}
		uiDo(func() {
			finished = true
			prog.Hide()
			cancel()
			if err != nil {
				log.Printf("appealdesk: import: %v", err)
				msg := packErrorText(t, err)
				if !strings.Contains(msg, t.T("pack.open.nothing_written")) {
					msg += "\n" + t.T("pack.open.nothing_written")
				}
				u.tell(t.T("pack.open.title"), msg)
				return
			}
			path, err := u.addImported(im)
			if err != nil {
				u.tell(t.T("pack.open.title"), u.loadErrorText(err))
				return
			}
			u.openCaseOrSay(path)
		})
	}()
}

// addImported puts the imported case into the store with its evidence paths made
// absolute (pointing at the copies in the imported folder), so it is listed on the
// home screen and its files are found; the imported folder keeps the original.
func (u *UI) addImported(im *lawyerpack.Imported) (string, error) {
	c := im.Case.Clone()
	dir := filepath.Dir(im.CasePath)
	for i := range c.Evidence {
		if f := c.Evidence[i].File; f != nil && !filepath.IsAbs(evidence.FilePath(f)) {
			f.Path = filepath.Join(dir, filepath.FromSlash(evidence.FilePath(f)))
			f.PathRaw = nil
		}
	}
	st, err := u.caseStore()
	if err != nil {
		return "", err
	}
	e, _, err := st.Create(c.Title)
	if err != nil {
		return "", err
	}
	if err := forms.Save(e.Path, c); err != nil {
		return "", err
	}
	return e.Path, nil
}
