package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"appealdesk/forms"
	"appealdesk/forms/evidence"
)

func runEvidenceCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// evidenceCase writes the example case with real evidence files (relative paths)
// into a temporary folder and returns the case file's path.
func evidenceCase(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	c := forms.Example()
	for i := range c.Evidence {
		it := &c.Evidence[i]
		if it.File == nil {
			continue
		}
		name := it.File.Name
		if i == 1 {
			name = "Свидетельство о браке.pdf"
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("%PDF-1.4 "+it.Title), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := evidence.Attach(context.Background(), it, p, nil); err != nil {
			t.Fatal(err)
		}
		it.File.Path = name
	}
	file := filepath.Join(dir, "case.appeal")
	if err := forms.Save(file, c); err != nil {
		t.Fatal(err)
	}
	return file
}

func writePass(t *testing.T, content string) string {
	p := filepath.Join(t.TempDir(), "pass.txt")
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestVerifyVerb(t *testing.T) {
	file := evidenceCase(t)
	code, out, errs := runEvidenceCLI(t, "verify", file, "--lang", "en")
	if code != 0 || !strings.Contains(out, "all match") {
		t.Fatalf("verify of an intact case: %d\n%s\n%s", code, out, errs)
	}
	c, _ := forms.Load(file)
	dir := filepath.Dir(file)
	changed, deleted := c.Evidence[0], c.Evidence[1]
	os.WriteFile(filepath.Join(dir, changed.File.Path), []byte("edited"), 0o600)
	os.Remove(filepath.Join(dir, deleted.File.Path))
	before, _ := os.ReadFile(file)

	code, out, _ = runEvidenceCLI(t, "verify", "--lang", "en", file)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{"CHANGED: " + changed.Title, "MISSING: " + deleted.Title, "2 files need attention"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runEvidenceCLI(t, "verify", file, "--json")
	var got verifyJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil || code != 1 || got.OK {
		t.Fatalf("--json: %d %v\n%s", code, err, out)
	}
	if got.Items[0].Status != "changed" || got.Items[0].SHA256 == got.Items[0].Recorded || got.Items[1].Status != "missing" {
		t.Errorf("--json items: %+v", got.Items[:2])
	}
	if after, _ := os.ReadFile(file); !bytes.Equal(before, after) {
		t.Error("verify modified the case file")
	}
	if code, _, _ := runEvidenceCLI(t, "verify"); code != 2 {
		t.Errorf("verify without a file: exit %d, want 2", code)
	}
	if code, _, _ := runEvidenceCLI(t, "verify", filepath.Join(dir, "absent.appeal")); code != 1 {
		t.Errorf("verify of a missing case: exit %d, want 1", code)
	}
}

func TestExportImportVerbs(t *testing.T) {
	file := evidenceCase(t)
	pass := writePass(t, "Ljubav i zima u Nišu 2026\n")
	pkg := filepath.Join(t.TempDir(), "for-lawyer.appealpack")
	code, out, errs := runEvidenceCLI(t, "export", file, "--out", pkg, "--passphrase-file", pass, "--lang", "en")
	if code != 0 {
		t.Fatalf("export: %d\n%s\n%s", code, out, errs)
	}
	if !strings.Contains(out, "5 evidence files") {
		t.Errorf("export output:\n%s", out)
	}
	rendered := !strings.Contains(errs, "could not be rendered")
	// The lawyer's passphrase file was written on Windows: CRLF.
	passCRLF := writePass(t, "Ljubav i zima u Nišu 2026\r\nsecond line ignored\n")
	dest := filepath.Join(t.TempDir(), "client")
	code, out, errs = runEvidenceCLI(t, "import", pkg, "--passphrase-file", passCRLF, "--out", dest, "--lang", "en")
	if code != 0 {
		t.Fatalf("import: %d\n%s\n%s", code, out, errs)
	}
	imported := filepath.Join(dest, "case.appeal")
	if code, out, errs := runEvidenceCLI(t, "verify", imported, "--lang", "en"); code != 0 {
		t.Errorf("verify of the imported case: %d\n%s\n%s", code, out, errs)
	}
	orig, _ := forms.Load(file)
	for _, it := range orig.Evidence {
		if it.File == nil {
			continue
		}
		a, _ := os.ReadFile(filepath.Join(filepath.Dir(file), it.File.Path))
		c2, _ := forms.Load(imported)
		found := false
		for _, jt := range c2.Evidence {
			if jt.Title == it.Title && jt.File != nil {
				b, err := os.ReadFile(filepath.Join(dest, jt.File.Path))
				found = err == nil && bytes.Equal(a, b)
			}
		}
		if !found {
			t.Errorf("%s: not imported byte for byte", it.Title)
		}
	}
	docs, _ := os.ReadDir(filepath.Join(dest, "documents"))
	for _, d := range docs {
		data, _ := os.ReadFile(filepath.Join(dest, "documents", d.Name()))
		magic := []byte("%PDF-")
		if strings.HasSuffix(d.Name(), ".docx") {
			magic = []byte("PK\x03\x04") // the editable copy for the lawyer
		}
		if !bytes.HasPrefix(data, magic) {
			t.Errorf("document %s is not a PDF or DOCX", d.Name())
		}
	}
	if rendered && len(docs) == 0 {
		t.Error("the documents rendered but are not in the package")
	}
	t.Logf("documents in the package: %d", len(docs))

	// Wrong passphrase: refused, nothing created.
	wrong := writePass(t, "Ljubav i zima u Nišu 2025\n")
	dest2 := filepath.Join(t.TempDir(), "client")
	code, _, errs = runEvidenceCLI(t, "import", pkg, "--out", dest2, "--passphrase-file", wrong, "--lang", "en")
	if code != 1 || !strings.Contains(errs, "passphrase is wrong") {
		t.Errorf("wrong passphrase: %d %s", code, errs)
	}
	if _, err := os.Stat(dest2); err == nil {
		t.Error("a refused import created the folder")
	}
	// Importing again into the now non-empty folder is refused.
	code, _, errs = runEvidenceCLI(t, "import", pkg, "--out", dest, "--passphrase-file", pass, "--lang", "en")
	if code != 1 || !strings.Contains(errs, "not empty") {
		t.Errorf("non-empty target: %d %s", code, errs)
	}
	// Exporting over an existing file is refused.
	code, _, errs = runEvidenceCLI(t, "export", file, "--out", pkg, "--passphrase-file", pass, "--lang", "en")
	if code != 1 || !strings.Contains(errs, "already exists") {
		t.Errorf("existing package: %d %s", code, errs)
	}
}

func TestPassphraseNeverFromArguments(t *testing.T) {
	file := evidenceCase(t)
	out := filepath.Join(t.TempDir(), "p.appealpack")
	// No terminal (stdin is a string reader) and no file: a clear error, exit 2.
	code, _, errs := runEvidenceCLI(t, "export", file, "--out", out, "--lang", "en")
	if code != 2 || !strings.Contains(errs, "never taken from the command line") {
		t.Errorf("no passphrase: %d %s", code, errs)
	}
	// There is no flag that takes the passphrase itself.
	code, _, _ = runEvidenceCLI(t, "export", file, "--out", out, "--passphrase", "secret words here")
	if code != 2 {
		t.Errorf("--passphrase must be unknown: exit %d", code)
	}
	for _, weak := range []string{"password\n", "12345678\n", "short\n"} {
		code, _, errs = runEvidenceCLI(t, "export", file, "--out", out, "--passphrase-file", writePass(t, weak), "--lang", "en")
		if code != 1 || !strings.Contains(errs, "too weak") {
			t.Errorf("weak %q: %d %s", weak, code, errs)
		}
	}
	code, _, errs = runEvidenceCLI(t, "export", file, "--out", out, "--passphrase-file", writePass(t, "\n"), "--lang", "en")
	if code != 1 || !strings.Contains(errs, "empty") {
		t.Errorf("empty passphrase file: %d %s", code, errs)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a refused export wrote the package")
	}
	for _, bad := range [][]string{{"export", file}, {"export", "--out", out}, {"import", out}, {"import", "--out", out}} {
		if code, _, _ := runEvidenceCLI(t, bad...); code != 2 {
			t.Errorf("%v: exit %d, want 2", bad, code)
		}
	}
}

func TestExportRefusesChangedEvidenceVerb(t *testing.T) {
	file := evidenceCase(t)
	c, _ := forms.Load(file)
	last := len(c.Evidence) - 1
	for c.Evidence[last].File == nil {
		last--
	}
	os.Remove(filepath.Join(filepath.Dir(file), c.Evidence[last].File.Path))
	out := filepath.Join(t.TempDir(), "p.appealpack")
	code, _, errs := runEvidenceCLI(t, "export", file, "--out", out, "--passphrase-file", writePass(t, "Ljubav i zima u Nišu 2026"), "--lang", "en")
	if code != 1 || !strings.Contains(errs, "MISSING: "+c.Evidence[last].Title) {
		t.Errorf("export with a missing file: %d\n%s", code, errs)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("package written despite a missing evidence file")
	}
}
