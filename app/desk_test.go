package app

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"appealdesk/assets"
	"appealdesk/forms"
	"appealdesk/forms/lawyerpack"
	"appealdesk/locales"
	"appealdesk/templates"
)

// testEdition is an NGO edition whose contact line goes at the foot of every document.
var testEdition = &assets.Organisation{Name: "Udruženje Primer", Contact: "+381 11 000 0000", ContactInFooter: true}

const testEditionFooter = "Udruženje Primer · +381 11 000 0000"

// openEditionCase opens c in a window of the given edition, on the documents step.
func openEditionCase(t *testing.T, l locales.Lang, org *assets.Organisation, c *forms.Case) (*UI, *session) {
	t.Helper()
	for _, k := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
		t.Setenv(k, "")
	}
	u := newUIForTest(t, test.NewTempApp(t), Options{PlatformLocale: string(l), CasesDir: t.TempDir(), DocumentsDir: t.TempDir(), Organisation: org})
	u.SetLang(l)
	u.Window().Resize(fyne.NewSize(1024, 600))
	path := filepath.Join(t.TempDir(), "case"+forms.FileExtension)
	c.Step = forms.StepDocuments
	if err := forms.Save(path, c); err != nil {
		t.Fatal(err)
	}
	if err := u.openCase(path); err != nil {
		t.Fatal(err)
	}
	s := sessionOf(u)
	s.now = func() time.Time { return fixedToday }
	t.Cleanup(func() { s.stop() })
	u.refresh()
	return u, s
}

// pdfText is the text of a PDF file as pdftotext (poppler-utils) reads it, words
// joined across line breaks.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed (make deps installs poppler-utils)")
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// tail is the end of s, where a page's footer is, for a failure message.
func tail(s string) string {
	if r := []rune(s); len(r) > 300 {
		return "…" + string(r[len(r)-300:])
	}
	return s
}

// "Create documents" renders with the organisation's edition: its footer line is on
// the documents a person makes in the app, as on those of `appealdesk render`.
func TestCreateDocumentsCarriesTheEdition(t *testing.T) {
	q := useUIQueue(t)
	u, s := openEditionCase(t, locales.English, testEdition, forms.Example())
	d := documentsOf(s)
	d.folder = filepath.Join(t.TempDir(), "pdf")
	u.refresh()
	tapKey(t, s, "documents#create")
	q.until(t, "the documents", func() bool { return !d.rendering })
	if d.err != nil {
		t.Fatalf("rendering failed: %v", d.err)
	}
	for _, name := range []string{templates.FileAppeal, templates.FileEvidenceIndex} {
		if text := pdfText(t, filepath.Join(d.folder, name)); !strings.Contains(text, testEditionFooter) {
			t.Errorf("%s lacks the organisation's footer %q:\n%s", name, testEditionFooter, tail(text))
		}
	}
}

// "Send to a lawyer…" renders the package's PDFs with the edition too.
func TestSendToLawyerCarriesTheEdition(t *testing.T) {
	q := useUIQueue(t)
	c := forms.Example()
	c.Evidence = nil
	u, s := openEditionCase(t, locales.English, testEdition, c)
	pkg := filepath.Join(t.TempDir(), "case"+lawyerpack.Extension)
	const pass = "синий трактор едет 42 раза"
	u.exportPackage(s, pkg, pass)
	q.until(t, "the package", func() bool { _, err := os.Stat(pkg); return err == nil })
	out := filepath.Join(t.TempDir(), "opened")
	if _, err := lawyerpack.Import(context.Background(), pkg, out, pass); err != nil {
		t.Fatal(err)
	}
	if text := pdfText(t, filepath.Join(out, "documents", templates.FileAppeal)); !strings.Contains(text, testEditionFooter) {
		t.Errorf("the packed appeal lacks the organisation's footer %q:\n%s", testEditionFooter, tail(text))
	}
}

// A language switch while the documents are being made: the background work never
// reads the interface's translator (go test -race), and what it reports is shown
// in the language chosen meanwhile.
func TestLanguageSwitchWhileDocumentsAreMade(t *testing.T) {
	q := useUIQueue(t)
	c := forms.Example()
	c.Decision.Type = "" // the documents cannot be made: the message is in words
	u, s := openEditionCase(t, locales.English, nil, c)
	d := documentsOf(s)
	d.folder = filepath.Join(t.TempDir(), "pdf")
	tapKey(t, s, "documents#create")
	u.SetLang(locales.Russian)
	q.until(t, "the documents", func() bool { return !d.rendering })
	want := locales.New(locales.Russian).T("doc.error.type")
	if got := onScreen(u.Window().Canvas().Content()); !strings.Contains(got, want) {
		t.Errorf("the failure is not shown in Russian (%q):\n%s", want, got)
	}
}
