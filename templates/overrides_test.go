package templates

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
	"testing/fstest"

	"appealdesk/assets"
)

// TestEveryDraftNamesTheOverrides: an edition that replaces a template changes the
// legal text of the documents; every draft (all documents, every language and both
// scripts) then opens with a note for the lawyer naming the edition and the replaced
// file with its SHA-256, however the replacing template is written. A draft without
// replacements carries no such note, nor does a document without the draft mark.
func TestEveryDraftNamesTheOverrides(t *testing.T) {
	needTool(t, "pdftotext")
	// The replacing appeal leaves out the built-in draft note: the override note is
	// not the template's to drop.
	src := []byte("# ЖАЛБА УДРУЖЕЊА\n\n{{.Person.Name}} жали се.\n")
	sum := sha256.Sum256(src)
	hash := hex.EncodeToString(sum[:])
	org := &assets.Organisation{Name: "Udruženje Most", Templates: fstest.MapFS{"sr/zalba.tmpl": {Data: src}, "notes.txt": {Data: []byte("x")}}}
	o := opts().WithOrganisation(org)
	if len(o.Overrides) != 1 || o.Overrides[0].Name != "sr/zalba.tmpl" || o.Overrides[0].SHA256 != hash || o.Edition != "Udruženje Most" {
		t.Fatalf("overrides %+v, edition %q", o.Overrides, o.Edition)
	}
	for _, script := range []string{"cyrl", "latn"} {
		o.Script = script
		o.Copy = "ru"
		docs := render(t, testCase(), o)
		if len(docs) < 3 {
			t.Fatalf("%d documents", len(docs))
		}
		for name, d := range docs {
			text := flatText(pdfText(t, d.PDF))
			if !strings.Contains(text, "sr/zalba.tmpl") || !strings.Contains(strings.ReplaceAll(text, " ", ""), hash) || !strings.Contains(text, "Most") {
				t.Errorf("%s %s: no note naming the edition, the file and its SHA-256:\n%.600s", script, name, text)
			}
		}
	}
	o.NoDraftMark = true
	for name, d := range render(t, testCase(), o) {
		if strings.Contains(pdfText(t, d.PDF), "sr/zalba.tmpl") {
			t.Errorf("%s: the note is in a document without the draft mark", name)
		}
	}
	for name, d := range render(t, testCase(), opts()) {
		if strings.Contains(pdfText(t, d.PDF), ".tmpl") {
			t.Errorf("%s: a note about overrides without any", name)
		}
	}
}
