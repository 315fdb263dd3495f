package app

import (
	"errors"
	"os"
	"path/filepath"
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
	if want := filepath.Join(u.casesDir(), "documents", strings.TrimSuffix(filepath.Base(casePath), forms.FileExtension)); d.outFolder() != want {
		t.Errorf("default folder %s, want %s", d.outFolder(), want)
	}
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
	if len(entries) != len(d.written) {
		t.Errorf("%d files in the folder, %d listed", len(entries), len(d.written))
	}
	screen := onScreen(u.Window().Canvas().Content())
	for _, w := range d.written {
		if !strings.Contains(screen, filepath.Base(w.Path)) {
			t.Errorf("%s is not listed on the screen", filepath.Base(w.Path))
		}
		if w.Pages < 1 {
			t.Errorf("%s: %d pages", w.Path, w.Pages)
		}
	}
	for _, b := range []string{u.tr.T("doc.open"), u.tr.T("doc.open_folder")} {
		buttonNamed(t, u, b)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
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
