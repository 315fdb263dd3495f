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
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"appealdesk/desk"
	"appealdesk/forms/evidence"
	"appealdesk/forms/lawyerpack"
	"appealdesk/locales"
	"appealdesk/templates"
)

// "Send to a lawyer" and "Open a package": one passphrase-encrypted file with the
// case, copies of its evidence files and the PDFs made with the organisation's
// edition (desk.Export over forms/lawyerpack), and its import on the lawyer's
// computer (desk.Import). The passphrase is
// asked twice with a live strength hint; the person is told to send it another way
// than the package (by phone), never in the same message.

// passphraseForm is two password entries with a live hint; ok reports whether the
// passphrase may be used (equal, not very weak).
type passphraseForm struct {
	tr *locales.Translator
	// words are the case's own words (lawyerpack.CaseWords): a passphrase made of
	// them is very weak, however long.
	words   []string
	first   *widget.Entry
	second  *widget.Entry
	hint    *widget.Label
	confirm bool
	onValid func(bool)
}

func newPassphraseForm(tr *locales.Translator, confirm bool, words []string, onValid func(bool)) *passphraseForm {
	p := &passphraseForm{tr: tr, confirm: confirm, words: words, onValid: onValid}
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
		level, id := lawyerpack.CheckPassphraseFor(p.first.Text, p.words)
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
	level, _ := lawyerpack.CheckPassphraseFor(p.first.Text, p.words)
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
	m, ok := locales.MessageOf(err)
	if !ok {
		return tr.T("pack.error.other")
	}
	lines := []string{tr.Msg(m)}
	var pe *lawyerpack.Error
	if !errors.As(err, &pe) {
		return lines[0]
	}
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

func (u *UI) newPassDialog(title, confirmText string, twice bool, words []string, top, bottom fyne.CanvasObject, onConfirm func(pass string)) *passDialog {
	t := u.tr
	p := &passDialog{}
	p.pf = newPassphraseForm(t, twice, words, nil)
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
	return p
}

// sendToLawyer asks the passphrase twice, then where to save the package, then makes
// it in the background. It returns the passphrase dialog (nil without an open case).
func (u *UI) sendToLawyer() *passDialog {
	s := sessionOf(u)
	if s == nil {
		return nil
	}
	t := u.tr
	return u.newPassDialog(t.T("pack.send.title"), t.T("pack.send.choose"), true, lawyerpack.CaseWords(s.c), wrapLabel(t.T("pack.send.intro")), nil, func(pass string) {
		u.choosePackageFile(s, pass)
	})
}

// choosePackageFile asks where to save; pass is checked again (the confirm button of
// a Fyne dialog cannot be disabled while the form is invalid). It returns the save
// dialog, nil when the passphrase is refused.
func (u *UI) choosePackageFile(s *session, pass string) *saveDialog {
	t := u.tr
	if level, hint := lawyerpack.CheckPassphraseFor(pass, lawyerpack.CaseWords(s.c)); level == lawyerpack.VeryWeak {
		u.tell(t.T("pack.send.title"), t.Msg((&desk.WeakPassphraseError{Hint: hint}).Message()))
		return nil
	}
	return u.newSaveDialog(packageFolder(), packageTarget(t), func(out string) { u.exportPackage(s, out, pass) })
}

// saveDialog asks where a new file goes (a package, a calendar): a folder and a file
// name. It is not Fyne's save dialog, which truncates the chosen file before the app
// hears of it (one click on the case file there and "Overwrite? Yes" emptied the
// case). Here an existing file cannot be chosen at all, unless it is the app's own
// earlier file of that kind (a calendar): the name is checked as it is typed
// (saveTarget.path) and Save stays disabled until it names a file that may be
// written; the folder is changed with a folder dialog, which creates nothing.
type saveDialog struct {
	d       *dialog.CustomDialog
	target  saveTarget
	folder  string
	where   *widget.Label
	name    *widget.Entry
	problem *widget.Label
	confirm *widget.Button
	change  *keyButton
}

// saveTarget is what a save dialog writes: its words and the rule for its file name.
type saveTarget struct {
	title, nameLabel, confirm string
	defaultName               func(folder string) string
	// path is the file the name stands for in folder, whether it replaces the app's
	// own earlier file there, or why the name cannot be used (a *lawyerpack.Error).
	path func(folder, name string) (string, bool, error)
	// replacing is what the dialog says when the name is an earlier file it replaces.
	replacing func(name string) string
}

// packageTarget: a new package, never over anything.
func packageTarget(t *locales.Translator) saveTarget {
	return saveTarget{
		title: t.T("pack.save.title"), nameLabel: t.T("pack.save.name"), confirm: t.T("pack.save.confirm"),
		defaultName: func(folder string) string { return lawyerpack.DefaultName(folder, time.Now()) },
		path: func(folder, name string) (string, bool, error) {
			p, err := lawyerpack.PackagePath(folder, name)
			return p, false, err
		},
	}
}

func (u *UI) newSaveDialog(folder string, target saveTarget, onSave func(out string)) *saveDialog {
	t := u.tr
	sd := &saveDialog{folder: folder, target: target}
	sd.where = wrapLabel("")
	sd.name = widget.NewEntry()
	sd.name.SetText(target.defaultName(folder))
	sd.problem = wrapLabel("")
	sd.name.OnChanged = func(string) { sd.check(t) }
	sd.change = newKeyButton(t.T("doc.folder.change"), theme.FolderOpenIcon(), func() {
		fd := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
			if err != nil || l == nil {
				return
			}
			sd.folder = l.Path()
			sd.check(t)
		}, u.win)
		if l, err := storage.ListerForURI(storage.NewFileURI(sd.folder)); err == nil {
			fd.SetLocation(l)
		}
		fd.SetTitleText(t.T("pack.open.folder_title"))
		fd.SetConfirmText(t.T("doc.folder.confirm"))
		fd.SetDismissText(t.T("ev.cancel"))
		showFileDialog(fd, u.win, t)
		fd.Resize(fyne.NewSize(900, 560)) // after Show: a FileDialog has no size before
	})
	content := container.NewVBox(
		container.NewBorder(nil, nil, nil, sd.change, sd.where),
		widget.NewLabel(target.nameLabel), sd.name, sd.problem)
	sd.d = dialog.NewCustomWithoutButtons(target.title, content, u.win)
	cancel := widget.NewButtonWithIcon(t.T("ev.cancel"), theme.CancelIcon(), func() { sd.d.Hide() })
	sd.confirm = widget.NewButtonWithIcon(target.confirm, theme.DocumentSaveIcon(), func() {
		out, _, err := target.path(sd.folder, sd.name.Text)
		if err != nil { // the folder may have changed since the last keystroke
			sd.check(t)
			return
		}
		sd.d.Hide()
		onSave(out)
	})
	sd.confirm.Importance = widget.HighImportance
	sd.name.OnSubmitted = func(string) {
		if !sd.confirm.Disabled() {
			sd.confirm.OnTapped()
		}
	}
	sd.d.SetButtons([]fyne.CanvasObject{cancel, sd.confirm})
	sd.check(t)
	sd.d.Resize(fyne.NewSize(640, 300))
	sd.d.Show()
	u.win.Canvas().Focus(sd.name)
	return sd
}

// check shows the folder, and whether the name can be used, with the reason if not
// (or, for an earlier file of the app's, that it is replaced).
func (sd *saveDialog) check(t *locales.Translator) {
	sd.where.SetText(t.T("pack.save.folder", "Folder", evidence.DisplayName(sd.folder)))
	p, replaces, err := sd.target.path(sd.folder, sd.name.Text)
	if err != nil {
		sd.problem.Importance = widget.DangerImportance
		sd.problem.SetText(packErrorText(t, err))
		sd.confirm.Disable()
		return
	}
	sd.problem.Importance = widget.WarningImportance
	if replaces && sd.target.replacing != nil {
		sd.problem.SetText(sd.target.replacing(evidence.DisplayName(filepath.Base(p))))
	} else {
		sd.problem.SetText("")
	}
	sd.confirm.Enable()
}

// packageFolder is where a save dialog starts: the person's Documents folder if there
// is one, else their home folder.
func packageFolder() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return "."
	}
	if st, err := os.Stat(filepath.Join(home, "Documents")); err == nil && st.IsDir() {
		return filepath.Join(home, "Documents")
	}
	return home
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

// exportPackage makes the PDFs and writes the package in the background. The
// background work reads nothing of the UI; what it reports is put into words in the
// language of the moment it ends.
func (u *UI) exportPackage(s *session, out, pass string) {
	t := u.tr
	snapshot := s.c.Clone()
	casePath := s.path
	today := time.Now()
	core, toUI := u.desk, u.do
	ctx, cancel := context.WithCancel(context.Background())
	var prog dialog.Dialog
	finished := false
	prog = u.progressDialog(t.T("pack.send.title"), t.T("pack.send.working"), func() {
		if !finished {
			cancel()
		}
	})
	go func() {
		res, err := core.Export(ctx, snapshot, casePath, out, pass, desk.ExportOptions{Documents: templates.Options{Today: today, Formats: docFormats}})
		if err != nil {
			log.Printf("appealdesk: export: %v", err)
		}
		toUI(func() {
			finished = true
			prog.Hide()
			cancel()
			if err != nil {
				u.tell(u.tr.T("pack.send.title"), packErrorText(u.tr, err))
				return
			}
			u.exportDone(out, res)
		})
	}()
}

// exportDone says where the package is and how to send the passphrase.
func (u *UI) exportDone(out string, res desk.Exported) {
	t := u.tr
	lines := []string{
		t.T("pack.send.done", "File", out),
		t.N("pack.files.evidence", res.Evidence),
		t.N("pack.files.documents", res.Documents),
	}
	if res.DocumentsErr != nil {
		lines = append(lines, t.T("pack.send.no_documents", "Reason", t.Error(res.DocumentsErr, "doc.error.render")))
	}
	body := wrapLabel(strings.Join(lines, "\n"))
	warn := wrapLabel(t.T("pack.send.passphrase_apart"))
	warn.Importance = widget.WarningImportance
	warn.TextStyle = fyne.TextStyle{Bold: true}
	openFolder := newKeyButton(t.T("doc.open_folder"), theme.FolderOpenIcon(), func() { u.openPath(filepath.Dir(out)) })
	d := dialog.NewCustom(t.T("pack.send.title"), t.T("pack.close"), container.NewVBox(body, warn, container.NewHBox(openFolder)), u.win)
	d.Resize(fyne.NewSize(560, 320))
	d.Show()
}

// tell shows a message with a Close button.
func (u *UI) tell(title, text string) {
	d := dialog.NewCustom(title, u.tr.T("pack.close"), wrapLabel(text), u.win)
	d.Resize(fyne.NewSize(520, 240))
	d.Show()
}

// openPackage (home screen, "Open a package…"): name the package (typed, pasted, or
// chosen with a file dialog), give the passphrase and the folder, import, and open the
// case like any other. The path can be typed because Fyne's file dialog can hardly be
// used with the keyboard alone.
func (u *UI) openPackage() { u.askImport("") }

// choosePackage lets the person pick the package file with a file dialog.
func (u *UI) choosePackage(onChosen func(path string)) {
	t := u.tr
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		p := r.URI().Path()
		_ = r.Close()
		onChosen(p)
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

// askImport asks which package (pkg, if already known), the passphrase and where to
// put the files; it returns the passphrase dialog.
func (u *UI) askImport(pkg string) *passDialog {
	t := u.tr
	parent := filepath.Join(u.casesDir(), "packages")
	folder := wrapLabel("")
	path := widget.NewEntry()
	path.SetPlaceHolder(t.T("pack.open.path_placeholder"))
	path.SetText(pkg)
	setFolder := func() {
		p := strings.TrimSpace(path.Text)
		if p == "" {
			folder.SetText("")
			return
		}
		folder.SetText(t.T("pack.open.folder", "Folder", u.importFolder(parent, p)))
	}
	path.OnChanged = func(string) { setFolder() }
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
	choose := newKeyButton(t.T("pack.open.choose"), theme.FolderOpenIcon(), func() {
		u.choosePackage(func(p string) { path.SetText(p) })
	})
	top := container.NewVBox(widget.NewLabel(t.T("pack.open.file_label")), container.NewBorder(nil, nil, nil, choose, path))
	bottom := container.NewBorder(nil, nil, nil, change, folder)
	pd := u.newPassDialog(t.T("pack.open.title"), t.T("pack.open.confirm"), false, nil, top, bottom, func(pass string) {
		p := strings.TrimSpace(path.Text)
		u.importPackage(p, u.importFolder(parent, p), pass)
	})
	path.OnSubmitted = func(string) { u.win.Canvas().Focus(pd.pf.first) }
	if pkg == "" {
		u.win.Canvas().Focus(path)
	}
	return pd
}

// importPackage imports in the background; on success the case is added to the
// store (its evidence paths pointing at the imported copies) and opened.
func (u *UI) importPackage(pkg, outDir, pass string) {
	t := u.tr
	toUI := u.do
	ctx, cancel := context.WithCancel(context.Background())
	finished := false
	prog := u.progressDialog(t.T("pack.open.title"), t.T("pack.open.working"), func() {
		if !finished {
			cancel()
		}
	})
	go func() {
		im, err := desk.Import(ctx, pkg, outDir, pass)
		if err != nil {
			log.Printf("appealdesk: import: %v", err)
		}
		toUI(func() {
			finished = true
			prog.Hide()
			cancel()
			t := u.tr
			if err != nil {
				msg := packErrorText(t, err)
				if !strings.Contains(msg, t.T("pack.open.nothing_written")) {
					msg += "\n" + t.T("pack.open.nothing_written")
				}
				u.tell(t.T("pack.open.title"), msg)
				return
			}
			path, err := u.addImported(im.Imported)
			if err != nil {
				u.tell(t.T("pack.open.title"), u.loadErrorText(err))
				return
			}
			u.openCaseOrSay(path)
		})
	}()
}

// addImported puts the imported case into the person's store of cases
// (desk.AddImported), so it is listed on the home screen and its files are found.
func (u *UI) addImported(im *lawyerpack.Imported) (string, error) {
	st, err := u.caseStore()
	if err != nil {
		return "", err
	}
	return desk.AddImported(st, im)
}
