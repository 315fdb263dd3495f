package templates

import (
	"os"
	"path/filepath"
	"testing"

	"appealdesk/forms"
	"appealdesk/forms/legal"
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
	for _, typ := range legal.DecisionTypes {
		c := testCase()
		setType(c, typ)
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

// TestDumpPDF writes every document of every decision type as PDF and DOCX to
// $APPEALDESK_DUMP_PDF (a folder), for reading them page by page: a man's draft in
// Cyrillic with the Russian reader's copies, and a woman's final copy in Latin with
// the English ones. It does nothing without the variable.
func TestDumpPDF(t *testing.T) {
	dir := os.Getenv("APPEALDESK_DUMP_PDF")
	if dir == "" {
		t.Skip("APPEALDESK_DUMP_PDF not set")
	}
	for _, typ := range legal.DecisionTypes {
		for _, v := range []struct {
			name string
			c    *forms.Case
			o    Options
		}{
			{"draft-cyrl-ru", testCase(), Options{Today: signing, Script: "cyrl", Copy: "ru"}},
			{"final-latn-en-female", femaleCase(), Options{Today: signing, Script: "latn", Copy: "en", NoDraftMark: true}},
		} {
			setType(v.c, typ)
			v.o.Formats = []Format{FormatDOCX}
			docs, err := Render(v.c, v.o)
			if err != nil {
				t.Errorf("%s %s: %v", typ, v.name, err)
				continue
			}
			out := filepath.Join(dir, string(typ), v.name)
			os.MkdirAll(out, 0o755)
			for _, d := range docs {
				os.WriteFile(filepath.Join(out, d.Name), d.PDF, 0o644)
				if d.DOCX != nil {
					os.WriteFile(filepath.Join(out, d.DOCXName()), d.DOCX, 0o644)
				}
			}
		}
	}
}

// femaleCase is finalCase for a woman: her name, her husband, a representative.
func femaleCase() *forms.Case {
	c := finalCase()
	c.Person.Gender = "female"
	c.Person.FullName, c.Person.FullNameSerbian = "Yekaterina Zhuravlyova", "Јекатерина Журављова"
	c.Family.SpouseName, c.Family.SpouseStatus = "Ђорђе Петровић", "држављанин Републике Србије"
	c.Representative = forms.Representative{Name: "Марија Тодоровић", Role: forms.RoleLawyer, Address: "Теразије 1, Београд"}
	return c
}
