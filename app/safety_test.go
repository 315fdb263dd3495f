package app

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"appealdesk/forms"
	"appealdesk/forms/lawyerpack"
	"appealdesk/locales"
)

// TestSaveDialogCannotDestroyTheCase: in "Send to a lawyer…" the person types the case
// file's own name, and the name of a package already there, and presses Save
// whatever the dialog says. Nothing is ever truncated, replaced or removed: the
// case's bytes stay the same at every step. (With Fyne's save dialog, choosing the
// .appeal and answering "Overwrite?" with Yes emptied the case and then removed it.)
func TestSaveDialogCannotDestroyTheCase(t *testing.T) {
	q := useUIQueue(t)
	c := forms.Example()
	c.Evidence = nil
	u, s, path := openTestCase(t, locales.English, c)
	dir := filepath.Dir(path)
	caseBytes, _ := os.ReadFile(path)
	older := filepath.Join(dir, "older"+lawyerpack.Extension)
	os.WriteFile(older, []byte("an older package"), 0o600)
	intact := func(when string) {
		t.Helper()
		if b, err := os.ReadFile(path); err != nil || !bytes.Equal(b, caseBytes) {
			t.Fatalf("%s: the case file changed (%d bytes, %v)", when, len(b), err)
		}
		if b, _ := os.ReadFile(older); string(b) != "an older package" {
			t.Fatalf("%s: the older package changed", when)
		}
	}
	sd := u.choosePackageFile(s, "correct horse battery staple")
	if sd == nil {
		t.Fatal("no save dialog")
	}
	// The suggested name tells nothing about the person or the decision.
	if n := sd.name.Text; !strings.HasPrefix(n, "package-") || strings.Contains(n, "Петров") || strings.Contains(n, "Ivan") {
		t.Errorf("default name %q", n)
	}
	sd.folder = dir
	for _, name := range []string{"older", "older" + lawyerpack.Extension, "../case.appeal", "zalba\u202efdp.exe", filepath.Base(path)} {
		test.Type(sd.name, "")
		sd.name.SetText(name)
		taken := name == "older" || name == "older"+lawyerpack.Extension
		if taken || strings.Contains(name, "/") || strings.Contains(name, "\u202e") {
			if !sd.confirm.Disabled() || sd.problem.Text == "" {
				t.Errorf("%q: Save enabled (problem %q)", name, sd.problem.Text)
			}
		}
		sd.confirm.OnTapped() // pressed anyway (Enter, a fast click)
		intact("after " + name)
		if taken && !strings.Contains(sd.problem.Text, u.tr.T("evidence.pack.error.exists", "Name", "older"+lawyerpack.Extension)) {
			t.Errorf("%q: the problem %q does not say the file exists", name, sd.problem.Text)
		}
	}
	// "case.appeal" was taken as case.appeal.appealpack, a new file: the export ran
	// beside the case, and the case is as it was.
	msg := waitMessage(t, q, u, "the export")
	intact("after the export")
	if _, err := os.Stat(path + lawyerpack.Extension); err != nil {
		t.Errorf("no package written: %v (%s)", err, msg)
	}
}

// TestTwoWindowsOnOneCase: a second window opens a case the first has open
// read-only and says why; what is typed there is not written; the first window's
// changes are saved; once the first window is done, the case can be edited again.
func TestTwoWindowsOnOneCase(t *testing.T) {
	c := forms.Example()
	c.Step = forms.StepPerson
	u1, s1, path := openTestCase(t, locales.English, c)
	u2 := New(u1.fa, Options{PlatformLocale: "ru", CasesDir: t.TempDir()})
	u2.SetLang(locales.Russian)
	if err := u2.openCase(path); err != nil {
		t.Fatal(err)
	}
	s2 := sessionOf(u2)
	t.Cleanup(func() { s2.stop() })
	tr := locales.New(locales.Russian)
	want := tr.T("case.lock.locked", "File", filepath.Base(path))
	if msg := messageOnTop(u2); s2.readOnly == nil || s2.saveLabel.Text != want || !strings.Contains(msg, want) {
		t.Fatalf("second window: read-only %v, label %q, message %q", s2.readOnly, s2.saveLabel.Text, msg)
	}
	disabled, enabled := 0, 0
	walkDisableable(s2.body.Content, func(d fyne.Disableable) {
		if d.Disabled() {
			disabled++
		} else {
			enabled++
		}
	})
	if disabled == 0 || enabled != 0 {
		t.Errorf("second window: %d inputs disabled, %d enabled", disabled, enabled)
	}
	u2.SetLang(locales.English) // the notice survives a rebuild
	if s2.saveLabel.Text != locales.New(locales.English).T("case.lock.locked", "File", filepath.Base(path)) {
		t.Errorf("after a language switch: %q", s2.saveLabel.Text)
	}

	s2.c.Person.FullName = "typed in the second window"
	s2.changed()
	if err := s2.save.Flush(); err != nil {
		t.Fatal(err)
	}
	s1.c.Person.FullName = "typed in the first window"
	s1.changed()
	if err := s1.save.Flush(); err != nil {
		t.Fatal(err)
	}
	got, err := forms.Load(path)
	if err != nil || got.Person.FullName != "typed in the first window" {
		t.Fatalf("on disk: %+v %v", got.Person.FullName, err)
	}
	s2.stop()
	s1.stop()
	if got, _ := forms.Load(path); got.Person.FullName != "typed in the first window" {
		t.Fatalf("closing the read-only window wrote: %q", got.Person.FullName)
	}
	if err := u2.openCase(path); err != nil {
		t.Fatal(err)
	}
	s3 := sessionOf(u2)
	defer s3.stop()
	if s3.readOnly != nil {
		t.Fatalf("after the first window closed: %v", s3.readOnly)
	}
}

func walkDisableable(o fyne.CanvasObject, f func(fyne.Disableable)) {
	switch w := o.(type) {
	case *fyne.Container:
		for _, c := range w.Objects {
			walkDisableable(c, f)
		}
	case *wheelSpeed: // the step's page (interview_view.go)
		walkDisableable(w.content, f)
	case fyne.Disableable:
		f(w)
	}
}

// TestQuickExitWithTheLastChangeUnsaved: the last save fails at quick exit; the exit
// code says so, and the next start of the app tells the person.
func TestQuickExitWithTheLastChangeUnsaved(t *testing.T) {
	fa := test.NewTempApp(t)
	store := t.TempDir()
	u := New(fa, Options{CasesDir: store})
	st, _ := u.caseStore()
	e, _, err := st.Create("Case of the full disk")
	if err != nil {
		t.Fatal(err)
	}
	if err := u.openCase(e.Path); err != nil {
		t.Fatal(err)
	}
	s := sessionOf(u)
	// A change Save cannot write (as when the disk is full).
	s.c.Story.WhatHappened = strings.Repeat("ж", forms.MaxLongTextLen+1)
	s.changed()
	s.quickExit()
	if u.ExitCode() != 1 {
		t.Fatalf("exit code %d after the last change was lost", u.ExitCode())
	}
	u2 := New(test.NewTempApp(t), Options{CasesDir: store})
	intro, _, _ := strings.Cut(u2.tr.T("case.unsaved.body", "Title", "Case of the full disk", "When", "\x00"), "\x00")
	if msg := messageOnTop(u2); !strings.Contains(msg, intro) {
		t.Fatalf("the next start said %q, want %q…", msg, intro)
	}
	if msg := messageOnTop(New(test.NewTempApp(t), Options{CasesDir: store})); msg != "" {
		t.Errorf("said again at the start after: %q", msg)
	}
	if u2.ExitCode() != 0 {
		t.Error("a fresh window's exit code is not 0")
	}
}

// TestPreferencesHoldNoFolder: the folder a file dialog remembers is removed at once,
// and the preferences file is the owner's alone.
func TestPreferencesHoldNoFolder(t *testing.T) {
	u, _ := newTestUI(t, "en")
	prefs := u.fa.Preferences()
	prefs.SetString(fyneLastFolderKey, "file:///home/ivan/Петров-жалба")
	if v := prefs.String(fyneLastFolderKey); v != "" {
		t.Fatalf("the dialog folder stays in the preferences: %q", v)
	}
	prefs.SetString(prefLanguage, "ru")
	if prefs.String(prefLanguage) != "ru" {
		t.Fatal("the language preference was lost")
	}
	dir := filepath.Join(t.TempDir(), "org.appealdesk.app")
	protectPreferencesFile(dir)
	st, err := os.Stat(filepath.Join(dir, "preferences.json"))
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("new preferences file: %v %v", st, err)
	}
	p := filepath.Join(t.TempDir(), "preferences.json")
	os.WriteFile(p, []byte(`{"language":"ru"}`), 0o644)
	protectPreferencesFile(filepath.Dir(p))
	if st, _ := os.Stat(p); st.Mode().Perm() != 0o600 {
		t.Errorf("existing preferences file mode %v", st.Mode().Perm())
	}
	if b, _ := os.ReadFile(p); string(b) != `{"language":"ru"}` {
		t.Errorf("existing preferences changed: %s", b)
	}
}

// TestPassphraseOfTheCaseIsRefused: the send dialog knows the person's name.
func TestPassphraseOfTheCaseIsRefused(t *testing.T) {
	c := forms.Example()
	u, s, _ := openTestCase(t, locales.English, c)
	pd := u.sendToLawyer()
	name := s.c.Person.FullName + " " + string(s.c.Person.Born)[:4]
	test.Type(pd.pf.first, name)
	test.Type(pd.pf.second, name)
	if !pd.confirm.Disabled() || !strings.Contains(pd.pf.hint.Text, u.tr.T("evidence.pass.personal")) {
		t.Errorf("%q accepted (hint %q)", name, pd.pf.hint.Text)
	}
}

// TestChoosingTheCaseInTheSaveDialog drives whatever dialog "Send to a lawyer…"
// shows, only through its widgets, as a person would: it starts in the case's folder,
// the file name is replaced by the case file's own name, Save is pressed, and every
// question is answered with Yes. It failed with Fyne's save dialog (the case was
// emptied, then removed) and passes now.
func TestChoosingTheCaseInTheSaveDialog(t *testing.T) {
	q := useUIQueue(t)
	c := forms.Example()
	c.Evidence = nil
	u, s, path := openTestCase(t, locales.English, c)
	caseBytes, _ := os.ReadFile(path)
	t.Setenv("HOME", filepath.Dir(path))                                          // where the new dialog starts
	u.fa.Preferences().SetString(fyneLastFolderKey, "file://"+filepath.Dir(path)) // where Fyne's did
	u.choosePackageFile(s, "correct horse battery staple")
	var name *widget.Entry
	walkAll(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && name == nil {
			name = e
		}
	})
	if name == nil {
		t.Fatal("the save dialog has no file name field")
	}
	name.SetText(filepath.Base(path))
	tap := func(label string) {
		done := false
		walkAll(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
			if b, ok := o.(*widget.Button); ok && b.Text == label && !done {
				done = true
				test.Tap(b)
			}
		})
	}
	tap(u.tr.T("pack.save.confirm"))
	tap("Yes")
	if b, err := os.ReadFile(path); err != nil || !bytes.Equal(b, caseBytes) {
		t.Fatalf("the case file was destroyed: %d bytes, %v", len(b), err)
	}
	// The name became "case.appeal.appealpack", a new file: let that export finish
	// here, not in the middle of the next test.
	waitMessage(t, q, u, "the export")
	if b, _ := os.ReadFile(path); !bytes.Equal(b, caseBytes) {
		t.Fatal("the export changed the case file")
	}
}

// walkAll visits o and everything inside it, widgets' own parts included.
func walkAll(o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	f(o)
	switch w := o.(type) {
	case *fyne.Container:
		for _, c := range w.Objects {
			walkAll(c, f)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(w).Objects() {
			walkAll(c, f)
		}
	}
}

// TestAnswerBeyondALimitIsNotSavedAndSaysWhy: an answer longer than the loader takes
// is not written (the file keeps its last good version) and the header says why.
func TestAnswerBeyondALimitIsNotSavedAndSaysWhy(t *testing.T) {
	c := forms.Example()
	c.Step = forms.StepStory
	u, s, path := openTestCase(t, locales.English, c)
	s.c.Story.WhatHappened = strings.Repeat("ж", forms.MaxLongTextLen+1)
	s.changed()
	err := s.save.Flush()
	if err == nil {
		t.Fatal("saved beyond the limit")
	}
	s.setSaveError(err)
	want := u.tr.T("case.limit.text", "File", filepath.Base(path), "Field", "story.what_happened", "Max", forms.MaxLongTextLen)
	if !strings.Contains(s.saveLabel.Text, want) {
		t.Errorf("header %q does not say %q", s.saveLabel.Text, want)
	}
	if back, err := forms.Load(path); err != nil || back.Story.WhatHappened != c.Story.WhatHappened {
		t.Errorf("the file changed: %v", err)
	}
}

// TestEmptyCaseIsRemovedUnderItsLock: an empty new case is removed when left while the
// window still holds its lock (before, the lock was released first, and another
// window could open the case just before it was removed), and the lock file goes
// with it. A new case whose last change could not be saved is kept: the next start
// says so, and names a case that is still there.
func TestEmptyCaseIsRemovedUnderItsLock(t *testing.T) {
	u, st := homeUI(t)
	pressButton(t, u, "New case")
	s := sessionOf(u)
	lockedWhileDeciding := false
	worthless := u.removableWhenLeft(s.path)
	removed, err := s.save.CloseRemovingIf(func(c *forms.Case) bool {
		_, lerr := forms.LockCase(s.path)
		lockedWhileDeciding = errors.Is(lerr, forms.ErrLocked)
		return worthless(c)
	})
	if err != nil || !removed || !lockedWhileDeciding {
		t.Fatalf("removed %v (%v), locked while deciding %v", removed, err, lockedWhileDeciding)
	}
	s.stop()
	left, _ := os.ReadDir(st.Dir())
	for _, de := range left {
		if !de.IsDir() {
			t.Errorf("left in the store: %s", de.Name())
		}
	}

	u.showHome()
	pressButton(t, u, "New case")
	s = sessionOf(u)
	title := s.c.Title
	s.c.Story.WhatHappened = strings.Repeat("ж", forms.MaxLongTextLen+1) // cannot be saved
	s.changed()
	s.quickExit()
	if _, err := os.Stat(s.path); err != nil {
		t.Fatalf("a new case whose last change was lost was removed: %v", err)
	}
	if msg := messageOnTop(New(test.NewTempApp(t), Options{CasesDir: st.Dir()})); !strings.Contains(msg, title) {
		t.Errorf("the next start said %q, want the case %q named", msg, title)
	}
}

// TestCalendarSaveCannotDestroyACase drives the home screen's calendar save dialog
// through its widgets, as TestChoosingTheCaseInTheSaveDialog does the package's: the
// name of a case file, then of another file that is not a calendar, each with Save
// and every question answered Yes. Both stay as they were (with Fyne's save dialog the
// case was emptied, then replaced by the calendar); an earlier calendar is replaced,
// and the new one is the owner's alone (0600).
func TestCalendarSaveCannotDestroyACase(t *testing.T) {
	u, st := homeUI(t, refusalCase("A", "2026-11-20"))
	files, _ := st.Files()
	casePath := filepath.Join(st.Dir(), files[0])
	caseBytes, _ := os.ReadFile(casePath)
	notes := filepath.Join(st.Dir(), "notes.ics")
	os.WriteFile(notes, []byte("not a calendar"), 0o600)
	earlier := filepath.Join(st.Dir(), "earlier.ics")
	os.WriteFile(earlier, []byte("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"), 0o644)
	t.Setenv("HOME", st.Dir())                                          // where the new dialog starts
	u.fa.Preferences().SetString(fyneLastFolderKey, "file://"+st.Dir()) // where Fyne's did
	save := func(name string) {
		t.Helper()
		u.saveCalendar()
		var entry *widget.Entry
		walkAll(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
			if e, ok := o.(*widget.Entry); ok && entry == nil {
				entry = e
			}
		})
		if entry == nil {
			t.Fatal("the calendar's save dialog has no file name field")
		}
		entry.SetText(name)
		for _, label := range []string{u.tr.T("caseload.ics.save"), "Yes"} {
			done := false
			walkAll(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
				if b, ok := o.(*widget.Button); ok && b.Text == label && !done && !b.Disabled() {
					done = true
					test.Tap(b)
				}
			})
		}
		for _, o := range u.win.Canvas().Overlays().List() {
			u.win.Canvas().Overlays().Remove(o)
		}
	}
	save(files[0])
	if b, err := os.ReadFile(casePath); err != nil || !bytes.Equal(b, caseBytes) {
		t.Fatalf("the case file was destroyed: %d bytes, %v", len(b), err)
	}
	save("notes.ics")
	if b, _ := os.ReadFile(notes); string(b) != "not a calendar" {
		t.Fatalf("a file that is not a calendar was replaced: %q", b)
	}
	save("earlier")
	b, _ := os.ReadFile(earlier)
	if fi, err := os.Stat(earlier); err != nil || fi.Mode().Perm() != 0o600 || !strings.Contains(string(b), "SUMMARY:A: ") {
		t.Fatalf("the earlier calendar was not replaced by a private one: %v %v\n%s", fi.Mode(), err, b)
	}
}

// TestPreferencesFileOnDisk runs a real, file-backed Fyne app (Fyne's test driver,
// its preferences in $TMPDIR/fyne-test/<id>/preferences.json): a file dialog shown in
// a folder named after the person, the language chosen, the sort order of the cases.
// The file is the owner's alone from its first byte, holds the language and the sort
// order, and never, not even between Fyne's own save and the next one, the folder.
func TestPreferencesFileOnDisk(t *testing.T) {
	// Not t.TempDir: Fyne's file watchers outlive the app and make its folders again
	// when they are removed.
	tmp, err := os.MkdirTemp("", "appealdesk-prefs-")
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("TMPDIR", tmp)
	fa := fyneapp.NewWithID("org.appealdesk.test")
	t.Cleanup(func() {
		test.NewTempApp(t) // the next test's app is Fyne's current again
		for i := 0; i < 20; i++ {
			if os.RemoveAll(tmp) == nil {
				if _, err := os.Stat(tmp); os.IsNotExist(err) {
					break
				}
			}
			time.Sleep(25 * time.Millisecond)
		}
	})
	u := New(fa, Options{CasesDir: t.TempDir()})
	file := filepath.Join(fa.Storage().RootURI().Path(), "preferences.json")
	secret := filepath.Join(t.TempDir(), "Петров-жалба")
	if err := os.Mkdir(secret, 0o700); err != nil {
		t.Fatal(err)
	}
	checkFile := func(when string) []byte {
		t.Helper()
		st, err := os.Stat(file)
		if err != nil || st.Mode().Perm() != 0o600 {
			t.Fatalf("%s: preferences file %v %v", when, st, err)
		}
		b, _ := os.ReadFile(file)
		if bytes.Contains(b, []byte(filepath.Base(secret))) || bytes.Contains(b, []byte(storage.NewFileURI(secret).String())) || bytes.Contains(b, []byte(fyneLastFolderKey)) {
			t.Fatalf("%s: the preferences file names the folder: %s", when, b)
		}
		return b
	}
	checkFile("at the start")
	u.SetLang(locales.Russian)
	time.Sleep(300 * time.Millisecond) // Fyne saves at most every 100 ms
	if b := checkFile("after the language"); !bytes.Contains(b, []byte(`"language":"ru"`)) {
		t.Fatalf("the language was not saved: %s", b)
	}
	d := dialog.NewFileOpen(func(fyne.URIReadCloser, error) {}, u.win)
	l, err := storage.ListerForURI(storage.NewFileURI(secret))
	if err != nil {
		t.Fatal(err)
	}
	d.SetLocation(l)
	d.Show() // Fyne writes the folder it shows into the preferences, and saves them
	checkFile("right after the dialog")
	time.Sleep(300 * time.Millisecond)
	d.SetLocation(l) // the person goes to the folder again, later: Fyne saves at once
	// and would save again only 100 ms later, without it. The listeners run before
	// SetLocation returns, so the file is read at once: a sleep here could outlast
	// Fyne's own second save on a busy machine and hide a folder left on disk.
	checkFile("right after going to the folder")
	time.Sleep(40 * time.Millisecond) // Fyne's file watcher runs beside the test
	checkFile("a moment after going to the folder")
	d.Hide()
	fa.Preferences().SetString(prefSort, "name")
	for i := 0; i < 40; i++ { // Fyne's next save comes within 100 ms
		time.Sleep(25 * time.Millisecond)
		checkFile("after Fyne's next save")
	}
	b := checkFile("at the end")
	if !bytes.Contains(b, []byte(`"language":"ru"`)) || !bytes.Contains(b, []byte(`"`+prefSort+`":"name"`)) {
		t.Errorf("the preferences lost the language or the sort order: %s", b)
	}
}

// TestChangedBehindTheWindowsBack: another program writes the case file while the
// window has it open. The person's next change does not go over it: it goes to a new
// file beside it, the window says where, and goes on there.
func TestChangedBehindTheWindowsBack(t *testing.T) {
	q := useUIQueue(t)
	c := forms.Example()
	c.Step = forms.StepPerson
	u, s, path := openTestCase(t, locales.English, c)
	theirs := forms.Example()
	theirs.Title = "written by another program"
	time.Sleep(10 * time.Millisecond) // a later modification time
	if err := forms.Save(path, theirs); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	s.c.Person.FullName = "typed in the window"
	s.changed()
	if err := s.save.Flush(); err != nil {
		t.Fatal(err)
	}
	msg := waitMessage(t, q, u, "the window going on in a copy") // caseMoved hops to the UI thread
	if b, _ := os.ReadFile(path); !bytes.Equal(b, before) {
		t.Fatal("the other program's version was overwritten")
	}
	copyPath := s.path
	if copyPath == path || !strings.Contains(filepath.Base(copyPath), "-changed-") {
		t.Fatalf("the window goes on in %q", copyPath)
	}
	want := u.tr.T("case.changed.body", "File", filepath.Base(path), "Copy", copyPath)
	if !strings.Contains(msg, want) {
		t.Errorf("the window said %q, want %q", msg, want)
	}
	if got, err := forms.Load(copyPath); err != nil || got.Person.FullName != "typed in the window" {
		t.Fatalf("the copy: %v %v", got, err)
	}
	s.c.Person.FullName = "typed later"
	s.changed()
	s.stop()
	if got, _ := forms.Load(copyPath); got == nil || got.Person.FullName != "typed later" {
		t.Error("a later change did not go to the copy")
	}
	if got, _ := forms.Load(path); got == nil || got.Title != "written by another program" {
		t.Error("the other program's file changed after all")
	}
}
