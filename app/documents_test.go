package app

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"appealdesk/forms"
	"appealdesk/locales"
	"appealdesk/templates"
)

func TestDocumentsStepRendersIntoFolderAndListsFiles(t *testing.T) {
	q := useUIQueue(t)
	c := forms.Example()
	c.Step = forms.StepDocuments
	c.Documents.Copy = "" // not chosen: the interface language (Russian) becomes the reader's copy
	u, s, casePath := openTestCase(t, locales.Russian, c)
	if s.c.Documents.Copy != "ru" {
		t.Errorf("reader's copy = %q, want the interface language ru", s.c.Documents.Copy)
	}
	d := documentsOf(s)
	// Documents/Appeal Desk/<case title>/, found by the person (not a hidden folder).
	if want := filepath.Join(u.opts.DocumentsDir, c.Title); d.outFolder() != want {
		t.Errorf("default folder %s, want %s", d.outFolder(), want)
	}
	_ = casePath
	out := filepath.Join(t.TempDir(), "pdf")
	d.folder = out
	u.refresh()
	tapKey(t, s, "documents#create")
	q.until(t, "the documents", func() bool { return !d.rendering })
	if d.err != nil {
		t.Fatalf("rendering failed: %v", d.err)
	}
	// The appeal, the Russian reader's copy and the evidence index at least
	// (ZUP Art. 158 appeal; the request to postpone where ZUS Art. 23(3) applies).
	lawsuit := false
	for _, name := range []string{
		templates.FileName(templates.KindAppeal, lawsuit, "cyrl", ""),
		templates.FileName(templates.KindReaderCopy, lawsuit, "cyrl", "ru"),
		templates.FileName(templates.KindEvidenceIndex, lawsuit, "cyrl", ""),
		"zalba.docx", "spisak-dokaza.docx",
	} {
		st, err := os.Stat(filepath.Join(out, name))
		if err != nil {
			t.Errorf("%s not written: %v", name, err)
			continue
		}
		if st.Mode().Perm() != 0o600 {
			t.Errorf("%s mode %v, want 0600", name, st.Mode().Perm())
		}
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != len(d.written)+1 { // + the record of what was written
		t.Errorf("%d files in the folder, %d listed", len(entries), len(d.written))
	}
	screen := onScreen(u.Window().Canvas().Content())
	for _, w := range d.written {
		if !strings.Contains(screen, filepath.Base(w.Path)) {
			t.Errorf("%s is not listed on the screen", filepath.Base(w.Path))
		}
		if w.Pages < 1 && strings.HasSuffix(w.Path, ".pdf") {
			t.Errorf("%s: %d pages", w.Path, w.Pages)
		}
	}
	for _, b := range []string{u.tr.T("doc.open"), u.tr.T("doc.open_folder")} {
		buttonNamed(t, u, b)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") && e.Name() != ".appealdesk-documents.json" {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
	// The list and the folder survive a language switch.
	u.SetLang(locales.English)
	if len(documentsOf(s).written) != len(d.written) || documentsOf(s).outFolder() != out {
		t.Error("a language switch lost the written documents or the folder")
	}
	if !strings.Contains(onScreen(u.Window().Canvas().Content()), "zalba.docx") {
		t.Error("after a language switch the written files are not listed")
	}
}

// TestDocumentsStepNoViewer: opening a document on a computer with no program for it
// says so, with the folder the file is in.
func TestDocumentsStepNoViewer(t *testing.T) {
	q := useUIQueue(t)
	c := forms.Example()
	c.Step = forms.StepDocuments
	u, s, _ := openTestCase(t, locales.English, c)
	d := documentsOf(s)
	d.folder = filepath.Join(t.TempDir(), "docs")
	d.open = func(string) error { return errNoViewer }
	tapKey(t, s, "documents#create")
	q.until(t, "the documents", func() bool { return !d.rendering })
	tapKey(t, s, "documents#open0")
	q.until(t, "the message", func() bool { return d.openErr != "" })
	want := u.tr.T("out.app.noviewer", "File", filepath.Base(d.written[0].Path), "Folder", d.folder)
	if d.openErr != want {
		t.Errorf("message %q, want %q", d.openErr, want)
	}
	if !strings.Contains(onScreen(u.Window().Canvas().Content()), "No program to open") {
		t.Error("the message is not on the screen")
	}
}

// TestOpenWithSystemNoXdgOpen: without xdg-open, or when it finds no program, the
// opener reports it instead of failing silently.
func TestOpenWithSystemNoXdgOpen(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("xdg-open is the opener on Linux")
	}
	dir := t.TempDir()
	t.Setenv("PATH", dir)
	if err := openWithSystem(nil, "/nonexistent.pdf"); !errors.Is(err, errNoViewer) {
		t.Errorf("no xdg-open: %v", err)
	}
	// xdg-open's own answer when no program handles the type: exit 3.
	os.WriteFile(filepath.Join(dir, "xdg-open"), []byte("#!/bin/sh\necho 'no method available for opening' >&2\nexit 3\n"), 0o755)
	if err := openWithSystem(nil, "/nonexistent.pdf"); !errors.Is(err, errNoViewer) {
		t.Errorf("xdg-open exit 3: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "xdg-open"), []byte("#!/bin/sh\nexit 0\n"), 0o755)
	if err := openWithSystem(nil, "/nonexistent.pdf"); err != nil {
		t.Errorf("xdg-open exit 0: %v", err)
	}
}

// TestDocumentsStepBundle: "Make the filing bundle" shows a progress bar and Cancel,
// writes the bundle beside the documents (which stay), and names every exhibit it
// could not include; Cancel leaves the folder as it was.
func TestDocumentsStepBundle(t *testing.T) {
	q := useUIQueue(t)
	c := forms.Example() // its exhibits' files are not on this computer
	c.Step = forms.StepDocuments
	u, s, _ := openTestCase(t, locales.Russian, c)
	d := documentsOf(s)
	d.folder = filepath.Join(t.TempDir(), "docs")
	tapKey(t, s, "documents#create")
	q.until(t, "the documents", func() bool { return !d.rendering })
	before := len(d.written)
	tapKey(t, s, "documents#bundle")
	if !d.bundling || !strings.Contains(onScreen(u.Window().Canvas().Content()), u.tr.T("out.app.bundle.progress")) {
		t.Fatal("no progress shown while the bundle is made")
	}
	buttonNamed(t, u, u.tr.T("ev.cancel"))
	q.until(t, "the bundle", func() bool { return !d.bundling })
	if d.err != nil || len(d.written) != 1 || filepath.Base(d.written[0].Path) != "zalba-sa-prilozima.pdf" {
		t.Fatalf("bundle: err %v, written %v", d.err, d.written)
	}
	missing := 0
	for _, e := range c.Evidence {
		if e.File != nil {
			missing++
		}
	}
	if notes := d.notes(); len(notes) != missing {
		t.Errorf("%d exhibits named as left out, want %d: %q", len(notes), missing, notes)
	}
	entries, _ := os.ReadDir(d.folder)
	if len(entries) != before+2 { // the documents, the bundle, the record
		t.Errorf("%d files in the folder after the bundle, want %d", len(entries), before+2)
	}
	// Cancel: the folder stays as it was.
	tapKey(t, s, "documents#bundle")
	if d.cancel != nil {
		d.cancel()
	}
	q.until(t, "the cancelled bundle", func() bool { return !d.bundling })
	if msg := d.errText(); msg != u.tr.T("out.app.cancelled") && msg != "" {
		t.Errorf("after Cancel: %q", msg)
	}
	after, _ := os.ReadDir(d.folder)
	if len(after) != len(entries) {
		t.Errorf("Cancel changed the folder: %d files, were %d", len(after), len(entries))
	}
}

func TestDocumentsStepSaysWhyWhenNoDecisionType(t *testing.T) {
	q := useUIQueue(t)
	u, s, _ := openTestCase(t, locales.SerbianLatin, newCaseAt(forms.StepDocuments))
	d := documentsOf(s)
	d.folder = filepath.Join(t.TempDir(), "pdf")
	tapKey(t, s, "documents#create")
	q.until(t, "the documents", func() bool { return !d.rendering })
	if !errors.Is(d.err, templates.ErrDecisionType) {
		t.Errorf("error %v, want templates.ErrDecisionType", d.err)
	}
	if _, err := os.Stat(d.folder); err == nil {
		t.Error("a folder was made although nothing rendered")
	}
	if !strings.Contains(onScreen(u.Window().Canvas().Content()), u.tr.T("doc.error.type")) {
		t.Error("the reason is not on the screen")
	}
}

func TestHumanSizeUsesTheLanguagesDecimalSeparator(t *testing.T) {
	for _, tc := range []struct {
		lang locales.Lang
		n    int64
		want string
	}{
		{locales.English, 66765, "65.2 KB"},
		{locales.Russian, 66765, "65,2 КБ"},
		{locales.SerbianCyrl, 3 << 20, "3,0 MB"},
		{locales.SerbianLatin, 512, "512 bajtova"},
	} {
		if got := humanSize(locales.New(tc.lang).T, tc.n); got != tc.want {
			t.Errorf("%s %d: %q, want %q", tc.lang, tc.n, got, tc.want)
		}
	}
}

// TestDocumentsStepNoPileUp: after switching to Latin the Cyrillic documents go from
// the folder, unless the person ticks "keep".
func TestDocumentsStepNoPileUp(t *testing.T) {
	for _, keep := range []bool{false, true} {
		q := useUIQueue(t)
		c := forms.Example()
		c.Step = forms.StepDocuments
		_, s, _ := openTestCase(t, locales.English, c)
		d := documentsOf(s)
		d.folder = filepath.Join(t.TempDir(), "docs")
		tapKey(t, s, "documents#create")
		q.until(t, "Cyrillic", func() bool { return !d.rendering })
		s.c.Documents.Script = "latn"
		d.keep = keep
		tapKey(t, s, "documents#create")
		q.until(t, "Latin", func() bool { return !d.rendering })
		_, err := os.Stat(filepath.Join(d.folder, "zalba.pdf"))
		if cyr := err == nil; cyr != keep {
			t.Errorf("keep=%v: the Cyrillic appeal is there: %v", keep, cyr)
		}
		if _, err := os.Stat(filepath.Join(d.folder, "zalba-latinica.docx")); err != nil {
			t.Errorf("keep=%v: no Latin DOCX: %v", keep, err)
		}
	}
}
