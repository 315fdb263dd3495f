package main

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"appealdesk/forms"
)

func runRender(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(append([]string{"render"}, args...), strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// TestRenderVerb: README "render FILE --out DIR [--script cyrl|latn] [--copy ru|en|none]";
// exit 0 with the PDFs written, 2 on usage errors, 1 when the case cannot be read.
func TestRenderVerb(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "case.appeal")
	if err := forms.Save(file, forms.Example()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		args  []string
		code  int
		files []string
	}{
		{"flags after the file, Latin, English copy, PDF only", []string{file, "--out", "latn", "--script", "latn", "--copy", "en", "--date", "2026-11-20", "--format", "pdf"}, 0,
			[]string{"spisak-dokaza-latinica.pdf", "zahtev-odlaganje-latinica.pdf", "zahtev-uvid-latinica.pdf", "zalba-latinica.pdf", "zalba-prevod-en.pdf"}},
		{"flags before the file, the case's own choices (Cyrillic, Russian copy), PDF and DOCX by default", []string{"--out", "cyrl", "--date", "2026-11-20", file}, 0,
			[]string{"spisak-dokaza.docx", "spisak-dokaza.pdf", "zahtev-odlaganje.docx", "zahtev-odlaganje.pdf", "zahtev-uvid.docx", "zahtev-uvid.pdf",
				"zalba-prevod-ru.docx", "zalba-prevod-ru.pdf", "zalba.docx", "zalba.pdf"}},
		{"the bundle alone; the example's exhibits are not on this computer: exit 1, bundle written", []string{file, "--out", "bundle", "--format", "bundle", "--date", "2026-11-20"}, 1,
			[]string{"zalba-sa-prilozima.pdf"}},
		{"bad format", []string{file, "--out", "bad", "--format", "pdf,odt"}, 2, nil},
		{"no --out", []string{file}, 2, nil},
		{"no file", []string{"--out", "x"}, 2, nil},
		{"bad script", []string{file, "--out", "bad", "--script", "glagolitic"}, 2, nil},
		{"bad date", []string{file, "--out", "bad", "--date", "31.02.2026"}, 2, nil},
		{"missing case file", []string{filepath.Join(dir, "nope.appeal"), "--out", "missing"}, 1, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for i, a := range tc.args {
				if i > 0 && tc.args[i-1] == "--out" {
					tc.args[i] = filepath.Join(dir, a)
				}
			}
			code, out, errs := runRender(t, tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr %s", code, tc.code, errs)
			}
			if tc.files == nil {
				return
			}
			var outDir string
			for i, a := range tc.args {
				if a == "--out" {
					outDir = tc.args[i+1]
				}
			}
			entries, err := os.ReadDir(outDir)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range entries {
				if e.Name() == ".appealdesk-documents.json" {
					continue // the record of what was written
				}
				got = append(got, e.Name())
				data, _ := os.ReadFile(filepath.Join(outDir, e.Name()))
				switch filepath.Ext(e.Name()) {
				case ".pdf":
					if !bytes.HasPrefix(data, []byte("%PDF-")) || !bytes.Contains(data, []byte("%%EOF")) {
						t.Errorf("%s is not a whole PDF", e.Name())
					}
				case ".docx":
					if !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
						t.Errorf("%s is not a DOCX", e.Name())
					}
				default:
					t.Errorf("unexpected file %s", e.Name())
				}
				if !strings.Contains(out, e.Name()) {
					t.Errorf("output does not name %s: %s", e.Name(), out)
				}
			}
			sort.Strings(got)
			if strings.Join(got, " ") != strings.Join(tc.files, " ") {
				t.Errorf("wrote %v, want %v (no temporary files left)", got, tc.files)
			}
		})
	}
}
