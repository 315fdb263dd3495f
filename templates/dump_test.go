package templates

import (
	"os"
	"path/filepath"
	"testing"

	"appealdesk/locales"
)

// TestDumpMarkup writes the laid-out markup of every document of every decision type
// to $APPEALDESK_DUMP (a folder), for reading the texts without a PDF viewer. It does
// nothing without the variable.
func TestDumpMarkup(t *testing.T) {
	dir := os.Getenv("APPEALDESK_DUMP")
	if dir == "" {
		t.Skip("APPEALDESK_DUMP not set")
	}
	for _, typ := range DraftedTypes() {
		c := testCase()
		c.Decision.Type = string(typ)
		r, err := newRenderer(c, Options{Today: signing})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range []locales.Lang{locales.SerbianCyrl, locales.Russian, locales.English} {
			for _, f := range []string{tmplAppeal, tmplIndex, tmplPostpone, tmplInspect} {
				kind := KindAppeal
				if l != locales.SerbianCyrl {
					kind = KindReaderCopy
				}
				text, err := r.newBuilder(kind, l).execute(f)
				if err != nil {
					t.Logf("%s %s %s: %v", typ, l, f, err)
					continue
				}
				os.MkdirAll(filepath.Join(dir, string(typ)), 0o755)
				os.WriteFile(filepath.Join(dir, string(typ), string(l)+"-"+f+".txt"), []byte(text), 0o644)
			}
		}
	}
}
