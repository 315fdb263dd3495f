package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"appealdesk/forms"
	"appealdesk/forms/evidence"
	"appealdesk/forms/lawyerpack"
	"appealdesk/locales"
)

// messageOnTop is the text of the message dialog (tell, exportDone) on top of u's
// window, "" while none is shown.
func messageOnTop(u *UI) string {
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	if text := onScreen(top); strings.Contains(text, u.tr.T("pack.close")) {
		return text
	}
	return ""
}

// waitMessage runs the UI queue until a message dialog is shown, closes it and
// returns its text.
func waitMessage(t *testing.T, q *uiQueue, u *UI, what string) string {
	t.Helper()
	q.until(t, what, func() bool { return messageOnTop(u) != "" })
	text := messageOnTop(u)
	u.win.Canvas().Overlays().Top().Hide()
	return text
}

func TestPassphraseFormNeedsTwoEqualNotVeryWeak(t *testing.T) {
	test.NewTempApp(t)
	tr := locales.New(locales.English)
	for _, tc := range []struct {
		name, first, second string
		ok                  bool
	}{
		{"empty", "", "", false},
		{"too short", "abc", "abc", false},
		{"common password", "password", "password", false},
		{"repetitive", "aaaaaaaaaaaa", "aaaaaaaaaaaa", false},
		{"different", "correct horse battery staple", "correct horse battery stapler", false},
		{"several words, repeated", "correct horse battery staple", "correct horse battery staple", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var valid bool
			pf := newPassphraseForm(tr, true, nil, func(ok bool) { valid = ok })
			test.Type(pf.first, tc.first)
			test.Type(pf.second, tc.second)
			if valid != tc.ok || pf.ok() != tc.ok {
				t.Errorf("valid = %v, want %v (hint %q)", valid, tc.ok, pf.hint.Text)
			}
			_, id := lawyerpack.CheckPassphrase(tc.first)
			if tc.first != "" && !strings.Contains(pf.hint.Text, tr.T(id)) {
				t.Errorf("hint %q does not say %q", pf.hint.Text, tr.T(id))
			}
			if tc.second != tc.first && tc.second != "" && !strings.Contains(pf.hint.Text, tr.T("pack.pass.mismatch")) {
				t.Error("the mismatch is not shown")
			}
		})
	}
}

// The person exports through the UI; the lawyer opens the package through the UI:
// a wrong passphrase, a cut-off package and a file that is no package are each
// refused with their own message and nothing is written; the right passphrase
// opens the case with its evidence, which still matches its fingerprints.
func TestLawyerPackageRoundTripThroughUI(t *testing.T) {
	q := useUIQueue(t)
	c := forms.Example()
	c.Step = forms.StepDocuments
	c.Evidence = nil
	u, s, _ := openTestCase(t, locales.Russian, c)
	dir := t.TempDir()
	s.c.Step = forms.StepEvidence
	u.refresh()
	for _, f := range []struct{ name, body string }{{"resenje.pdf", twoPagePDF}, {"brak.txt", "marriage"}, {"письмо.txt", "open letter"}} {
		addByPath(t, q, u, s, writeFile(t, dir, f.name, f.body))
	}
	s.c.Step = forms.StepDocuments
	u.refresh()

	// The send dialog: two equal passphrases, a live hint.
	pd := u.sendToLawyer()
	if pd == nil {
		t.Fatal("no send dialog")
	}
	pf := pd.pf
	const pass = "синий трактор едет 42 раза"
	test.Type(pf.first, pass)
	if !pd.confirm.Disabled() {
		t.Error("the passphrase can be used before it was repeated")
	}
	test.Type(pf.second, pass)
	if !pf.ok() || pd.confirm.Disabled() {
		t.Fatalf("passphrase refused: %s", pf.hint.Text)
	}
	pd.d.Hide()

	pkg := filepath.Join(t.TempDir(), "case"+lawyerpack.Extension)
	u.exportPackage(s, pkg, pf.first.Text)
	msg := waitMessage(t, q, u, "the export")
	if _, err := os.Stat(pkg); err != nil {
		t.Fatalf("no package: %v (message %q)", err, msg)
	}
	for _, want := range []string{u.tr.T("pack.send.passphrase_apart"), pkg, u.tr.N("pack.files.evidence", 3)} {
		if !strings.Contains(msg, want) {
			t.Errorf("the done message does not say %q:\n%s", want, msg)
		}
	}

	// The lawyer's side: an English interface on another computer.
	lu, _ := newTestUI(t, "en")
	lu.SetLang(locales.English)
	packages := filepath.Join(lu.casesDir(), "packages")

	cut := filepath.Join(t.TempDir(), "cut"+lawyerpack.Extension)
	data, _ := os.ReadFile(pkg)
	os.WriteFile(cut, data[:len(data)-100], 0o600)
	notPkg := writeFile(t, t.TempDir(), "notes.txt", "just some notes")
	for _, tc := range []struct {
		name, file, pass, msgID string
	}{
		{"wrong passphrase", pkg, "неправильный пароль 1", "evidence.pack.error.wrong_passphrase"},
		{"cut off", cut, pass, "evidence.pack.error.damaged"},
		{"not a package", notPkg, pass, "evidence.pack.error.not_package"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pd := lu.askImport(tc.file)
			test.Type(pd.pf.first, tc.pass)
			test.Tap(pd.confirm)
			msg := waitMessage(t, q, lu, "the import")
			if !strings.Contains(msg, strings.SplitN(lu.tr.T(tc.msgID, "Name", filepath.Base(tc.file)), "(", 2)[0]) {
				t.Errorf("message %q, want %s", msg, tc.msgID)
			}
			if !strings.Contains(msg, lu.tr.T("pack.open.nothing_written")) {
				t.Error("the message does not say that nothing was written")
			}
			if entries, _ := os.ReadDir(packages); len(entries) != 0 {
				t.Errorf("something was written: %v", entries)
			}
			if sessionOf(lu) != nil {
				t.Error("a case was opened")
			}
		})
	}

	pd = lu.askImport(pkg)
	if !pd.confirm.Disabled() {
		t.Error("Open is enabled with no passphrase")
	}
	test.Type(pd.pf.first, pass)
	test.Tap(pd.confirm)
	q.until(t, "the import", func() bool { return sessionOf(lu) != nil || messageOnTop(lu) != "" })
	ls := sessionOf(lu)
	if ls == nil {
		t.Fatalf("the imported case was not opened: %s", messageOnTop(lu))
	}
	t.Cleanup(func() { ls.stop() })
	if ls.c.Person.FullName != c.Person.FullName || len(ls.c.Evidence) != 3 {
		t.Fatalf("imported case differs: %q, %d items", ls.c.Person.FullName, len(ls.c.Evidence))
	}
	res, err := evidence.Verify(context.Background(), ls.c, filepath.Dir(ls.path), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Status != evidence.StatusOK {
			t.Errorf("%s: %s after import", r.Title, r.Status)
		}
		if !strings.HasPrefix(r.Path, packages) {
			t.Errorf("%s points at %s, not at the imported copy", r.Title, r.Path)
		}
	}
	// It is in the lawyer's list of cases, and the lawyer can render it.
	st, _ := lu.caseStore()
	list, _ := st.List()
	if len(list) != 1 || list[0].Path != ls.path {
		t.Errorf("store lists %+v", list)
	}
	ls.c.Step = forms.StepDocuments
	lu.refresh()
	d := documentsOf(ls)
	d.folder = filepath.Join(t.TempDir(), "out")
	tapKey(t, ls, "documents#create")
	q.until(t, "the lawyer's documents", func() bool { return !d.rendering })
	if d.err != nil || len(d.written) == 0 {
		t.Errorf("the lawyer could not render: %v", d.err)
	}
}

// safeFileName turns a case title (typed by the person) into a package file name:
// never empty, never a path, never "." or "..".
func FuzzSafeFileName(f *testing.F) {
	if got := safeFileName("Иван Петров — престанак боравка"); got != "Иван-Петров-престанак-боравка" {
		f.Errorf("safeFileName of a title with a dash = %q", got)
	}
	for _, s := range []string{"", "Иван Петров — престанак боравка", "../../etc/passwd", "a/b\\c", "...", "CON", "ćčđšž", "\x00\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, title string) {
		got := safeFileName(title)
		if got == "" || got == "." || got == ".." || filepath.Base(got) != got || strings.ContainsAny(got, `/\:`) || strings.Contains(got, "--") {
			t.Fatalf("safeFileName(%q) = %q", title, got)
		}
	})
}

// itemIndex reads the item of a focus key; it must never panic and only accept
// "evidence[N]…".
func FuzzItemIndex(f *testing.F) {
	for _, s := range []string{"evidence[0].title", "evidence[12]#head", "evidence[", "evidence[]", "evidence[-1]", "evidence[x]", "family.children[0]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, key string) {
		n, ok := itemIndex(key)
		if !ok {
			return
		}
		// Accepted: "evidence[" digits "]" …, and n is those digits' value.
		rest := strings.TrimPrefix(key, "evidence[")
		end := strings.IndexByte(rest, ']')
		if rest == key || end <= 0 || strings.Trim(rest[:end], "0123456789") != "" || fmt.Sprint(n) != strings.TrimLeft(rest[:end], "0") && !(n == 0 && strings.Trim(rest[:end], "0") == "") {
			t.Fatalf("itemIndex(%q) = %d", key, n)
		}
	})
}

// An evidence file changed after it was added: the package is refused, the file is
// named, and nothing is written.
func TestSendToLawyerRefusesChangedEvidence(t *testing.T) {
	q := useUIQueue(t)
	c := forms.Example()
	c.Evidence = nil
	c.Step = forms.StepEvidence
	u, s, _ := openTestCase(t, locales.English, c)
	dir := t.TempDir()
	p := writeFile(t, dir, "lease.txt", "rent 500")
	addByPath(t, q, u, s, p)
	writeFile(t, dir, "lease.txt", "rent 900")
	pkg := filepath.Join(t.TempDir(), "x"+lawyerpack.Extension)
	u.exportPackage(s, pkg, "correct horse battery staple")
	msg := waitMessage(t, q, u, "the export")
	want := u.tr.T("ev.check.line", "Status", u.tr.T("evidence.status.changed"), "Title", "lease", "Path", p)
	if !strings.Contains(msg, want) {
		t.Errorf("message %q does not name the changed file (%q)", msg, want)
	}
	if _, err := os.Stat(pkg); err == nil {
		t.Error("a package was written with a changed evidence file")
	}
}
