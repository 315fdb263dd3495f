package main

import (
	"path/filepath"
	"strings"
	"testing"

	"appealdesk/forms"
)

// TestExportSaysWhyNoFinalDocuments: a case marked for a final copy that cannot be one
// (no delivery date) is still exported, without documents, and the command line says
// which answer is missing in the person's language — not the error's Go text.
func TestExportSaysWhyNoFinalDocuments(t *testing.T) {
	file := evidenceCase(t)
	c, err := forms.Load(file)
	if err != nil {
		t.Fatal(err)
	}
	c.Decision.Received = ""
	c.Documents.NoDraftMark = true
	if err := forms.Save(file, c); err != nil {
		t.Fatal(err)
	}
	pass := writePass(t, "Ljubav i zima u Nišu 2026\n")
	pkg := filepath.Join(t.TempDir(), "for-lawyer.appealpack")
	code, out, errs := runEvidenceCLI(t, "export", file, "--out", pkg, "--passphrase-file", pass, "--lang", "en")
	if code != 0 {
		t.Fatalf("export: %d\n%s\n%s", code, out, errs)
	}
	if !strings.Contains(errs, "The date the decision reached you is missing") || strings.Contains(errs, "templates:") {
		t.Errorf("export does not say which answer stops the final copy:\n%s", errs)
	}
}
