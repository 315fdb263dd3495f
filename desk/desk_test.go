package desk

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"appealdesk/assets"
	"appealdesk/forms"
	"appealdesk/forms/evidence"
	"appealdesk/forms/lawyerpack"
	"appealdesk/locales"
	"appealdesk/templates"
)

var signing = time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)

var edition = &assets.Organisation{Name: "Udruženje Primer", Contact: "+381 11 000 0000", ContactInFooter: true}

const footer = "Udruženje Primer · +381 11 000 0000"

// pdfText is the text of a PDF as pdftotext (poppler-utils) reads it, words joined
// across line breaks.
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed (make deps installs poppler-utils)")
	}
	f := filepath.Join(t.TempDir(), "d.pdf")
	if err := os.WriteFile(f, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", f, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// saveCase writes c as a case file in a folder of its own and returns its path.
func saveCase(t *testing.T, c *forms.Case) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "case"+forms.FileExtension)
	if err := forms.Save(path, c); err != nil {
		t.Fatal(err)
	}
	return path
}

// Every document carries the edition's footer line, and only with an edition.
func TestDocumentsCarryTheEdition(t *testing.T) {
	for _, tc := range []struct {
		name string
		org  *assets.Organisation
		want bool
	}{
		{"NGO edition", edition, true},
		{"plain edition", nil, false},
		{"NGO without the contact in the footer", &assets.Organisation{Name: "Udruženje Primer", Contact: "+381 11 000 0000"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, err := New(tc.org).Documents(forms.Example(), templates.Options{Today: signing, Copy: "ru"})
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range docs {
				if got := strings.Contains(pdfText(t, d.PDF), footer); got != tc.want {
					t.Errorf("%s: footer present = %v, want %v", d.Name, got, tc.want)
				}
			}
		})
	}
}

func TestWriteDocumentsWritesEveryDocumentPrivately(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "folder")
	res, err := New(edition).WriteDocuments(context.Background(), forms.Example(), templates.Options{Today: signing}, templates.OutputOptions{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := New(edition).Documents(forms.Example(), templates.Options{Today: signing, Formats: []templates.Format{templates.FormatPDF, templates.FormatDOCX}})
	want := templates.Files(docs, []templates.Format{templates.FormatPDF, templates.FormatDOCX})
	if len(res.Written) != len(want) || len(want) < 6 {
		t.Fatalf("%d written, %d files of %d documents", len(res.Written), len(want), len(docs))
	}
	for i, w := range res.Written {
		data, err := os.ReadFile(w.Path)
		if err != nil {
			t.Fatal(err)
		}
		st, _ := os.Stat(w.Path)
		if st.Mode().Perm() != 0o600 || w.Name != want[i].Name || w.Size != int64(len(data)) {
			t.Errorf("%+v: mode %v, %d bytes; want %s", w, st.Mode().Perm(), len(data), want[i].Name)
		}
		if strings.HasSuffix(w.Name, ".pdf") && !strings.Contains(pdfText(t, data), footer) {
			t.Errorf("%s lacks the edition's footer", w.Name)
		}
	}
}

// A case the documents cannot be made from writes nothing and says why.
func TestWriteDocumentsWritesNothingWhenOneFails(t *testing.T) {
	c := forms.Example()
	c.Decision.Type = ""
	dir := filepath.Join(t.TempDir(), "out")
	res, err := New(nil).WriteDocuments(context.Background(), c, templates.Options{Today: signing}, templates.OutputOptions{Dir: dir})
	var re *RenderError
	if !errors.As(err, &re) || !errors.Is(err, templates.ErrDecisionType) || len(res.Written) != 0 {
		t.Fatalf("written %v, err %v", res.Written, err)
	}
	if m, _ := locales.MessageOf(err); m.ID != "doc.error.type" {
		t.Errorf("message %q, want doc.error.type", m.ID)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("something was written: %v", entries)
	}
	_, err = New(nil).WriteDocuments(context.Background(), forms.Example(), templates.Options{Today: signing, Script: "arabic"}, templates.OutputOptions{Dir: dir})
	if !errors.As(err, &re) || !templates.IsOptionError(err) {
		t.Errorf("a bad script: %v, want a RenderError that is an option error", err)
	}
}

func TestWriteDocumentsNamesTheFolderThatCannotBeWritten(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "file")
	os.WriteFile(blocker, nil, 0o600)
	dir := filepath.Join(blocker, "sub")
	_, err := New(nil).WriteDocuments(context.Background(), forms.Example(), templates.Options{Today: signing}, templates.OutputOptions{Dir: dir})
	var we *WriteError
	if !errors.As(err, &we) || we.Path != dir {
		t.Fatalf("err %v, want a WriteError for the folder", err)
	}
	if m, _ := locales.MessageOf(err); m.ID != "doc.error.write" {
		t.Errorf("message %q", m.ID)
	}
}

// The package holds the documents with the edition; evidence paths are resolved
// against the case file's folder; the lawyer's import counts what arrived, and
// AddImported points the new case at the imported copies.
func TestExportImportRoundTrip(t *testing.T) {
	c := forms.Example()
	c.Evidence = nil
	path := saveCase(t, c)
	letter := filepath.Join(filepath.Dir(path), "letter.txt")
	os.WriteFile(letter, []byte("open letter"), 0o600)
	item := forms.EvidenceItem{Title: "Open letter"}
	if err := evidence.Attach(context.Background(), &item, letter, nil); err != nil {
		t.Fatal(err)
	}
	item.File.Path = "letter.txt" // beside the case file: relative to its folder
	c.Evidence = append(c.Evidence, item)
	forms.Save(path, c)

	res, err := Verify(context.Background(), c, path, nil)
	if err != nil || len(res) != 1 || res[0].Status != evidence.StatusOK {
		t.Fatalf("verify: %+v, %v", res, err)
	}

	pkg := filepath.Join(t.TempDir(), "case"+lawyerpack.Extension)
	const pass = "синий трактор едет 42 раза"
	out, err := New(edition).Export(context.Background(), c, path, pkg, pass, ExportOptions{Documents: templates.Options{Today: signing}})
	if err != nil || out.DocumentsErr != nil {
		t.Fatalf("export: %v, documents: %v", err, out.DocumentsErr)
	}
	if out.Evidence != 1 || out.Documents < 6 { // each document as PDF and DOCX
		t.Errorf("packed %d evidence files and %d documents", out.Evidence, out.Documents)
	}

	dir := filepath.Join(t.TempDir(), "not", "yet", "there")
	im, err := Import(context.Background(), pkg, dir, pass)
	if err != nil {
		t.Fatal(err)
	}
	if im.Evidence != out.Evidence || im.Documents != out.Documents {
		t.Errorf("imported %d+%d, exported %d+%d", im.Evidence, im.Documents, out.Evidence, out.Documents)
	}
	appeal, err := os.ReadFile(filepath.Join(dir, "documents", templates.FileAppeal))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(pdfText(t, appeal), footer) {
		t.Error("the packed appeal lacks the edition's footer")
	}

	st, err := forms.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	added, err := AddImported(st, im.Imported)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Open(added)
	if err != nil {
		t.Fatal(err)
	}
	// Saved paths are relative to the case's folder where they can be (forms.Save).
	p := evidence.FilePath(got.Evidence[0].File)
	if !filepath.IsAbs(p) {
		p = filepath.Join(filepath.Dir(added), p)
	}
	if !strings.HasPrefix(p, dir) {
		t.Errorf("the added case's evidence points at %q, want the copy under %s", p, dir)
	}
	if res, _ := Verify(context.Background(), got, added, nil); res[0].Status != evidence.StatusOK {
		t.Errorf("the added case's evidence: %s", res[0].Status)
	}
}

func TestExportRefusesAVeryWeakPassphraseBeforeWriting(t *testing.T) {
	path := saveCase(t, forms.Example())
	pkg := filepath.Join(t.TempDir(), "x"+lawyerpack.Extension)
	_, err := New(nil).Export(context.Background(), forms.Example(), path, pkg, "password", ExportOptions{})
	var weak *WeakPassphraseError
	if !errors.As(err, &weak) || weak.Hint == "" {
		t.Fatalf("err %v, want a WeakPassphraseError", err)
	}
	if _, err := os.Stat(pkg); !errors.Is(err, os.ErrNotExist) {
		t.Error("something was written")
	}
	tr := locales.New(locales.English)
	if got, hint := tr.Error(err, ""), tr.T(weak.Hint); !strings.Contains(got, hint) {
		t.Errorf("the message %q does not give the hint %q", got, hint)
	}
}

// A package whose documents cannot be made still holds the case, and says why.
func TestExportWithoutDocumentsSaysWhy(t *testing.T) {
	c := forms.Example()
	c.Evidence = nil
	c.Decision.Type = ""
	path := saveCase(t, c)
	pkg := filepath.Join(t.TempDir(), "x"+lawyerpack.Extension)
	out, err := New(nil).Export(context.Background(), c, path, pkg, "синий трактор едет 42 раза", ExportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !errors.Is(out.DocumentsErr, templates.ErrDecisionType) || out.Documents != 0 {
		t.Errorf("documents %d, why %v", out.Documents, out.DocumentsErr)
	}
}

func TestOpenSaysWhyAFileDoesNotLoad(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x"+forms.FileExtension)
	os.WriteFile(p, []byte("{not json"), 0o600)
	_, err := Open(p)
	if m, ok := locales.MessageOf(err); !ok || m.ID != "interview.file.damaged" {
		t.Errorf("err %v, message %+v", err, m)
	}
}

// The deadline view is forms/legal's, as of the day given: urgent deadlines first by
// its one rule, none lost or repeated.
func TestDeadlinesUrgentFirstAsOfToday(t *testing.T) {
	c := forms.Example()
	for _, today := range []time.Time{
		time.Date(2026, 11, 13, 0, 0, 0, 0, time.UTC), // just after service
		time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC), // the appeal's last days
		time.Date(2026, 12, 20, 0, 0, 0, 0, time.UTC), // after it
	} {
		v := Deadlines(c, today)
		if v.Today != today || len(v.Ordered) != len(v.Deadlines) || len(v.Ordered) == 0 {
			t.Fatalf("%s: %d ordered of %d", today.Format("2006-01-02"), len(v.Ordered), len(v.Deadlines))
		}
		seen := map[string]bool{}
		urgentDone := false
		for _, d := range v.Ordered {
			if seen[d.ID] {
				t.Errorf("%s: %s twice", today.Format("2006-01-02"), d.ID)
			}
			seen[d.ID] = true
			if !d.UrgentOn(today) {
				urgentDone = true
			} else if urgentDone {
				t.Errorf("%s: urgent %s after a deadline that is not", today.Format("2006-01-02"), d.ID)
			}
		}
		if want := c.DeadlinesOn(today); len(want.Deadlines) != len(v.Deadlines) {
			t.Errorf("%s: the view differs from the case's deadlines", today.Format("2006-01-02"))
		}
	}
}
