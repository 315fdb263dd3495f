package templates

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"appealdesk/forms"
)

// FuzzRender feeds arbitrary text into every text field of a case (and into the
// dates, which are kept as typed when invalid) and renders every document: no panic,
// no error, and a PDF for each (go test ./templates -fuzz FuzzRender).
func FuzzRender(f *testing.F) {
	for _, s := range []string{
		"", "Ђорђе Јовановић", "😀👨‍👩‍👧 emoji", "مرحبا بالعالم", "你好，世界", "a\x00b\x07c\x1bd\u202ee",
		"# heading\n## not a heading\n[[table]]\n? note", "{{.Person.Name}} <no value>", "\uE001\uF8FF\uFFFD",
		"\u00ad\u200b\u2028\u2029\t\r\n", strings.Repeat("слово ", 300), strings.Repeat("Ђ", 400),
		"2026-13-45", "\xff\xfe invalid UTF-8", "ё Ё ы ъ č ć š ž đ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := testCase()
		fill(c, s)
		docs, err := Render(c, Options{Today: signing, Copy: "ru", OrgFooter: s, Formats: []Format{FormatPDF, FormatDOCX}})
		if err != nil {
			t.Fatalf("Render: %v", err)
		}
		if len(docs) < 3 {
			t.Fatalf("%d documents", len(docs))
		}
		for _, d := range docs {
			if len(d.PDF) < 1000 || !strings.HasPrefix(string(d.PDF[:8]), "%PDF-") {
				t.Fatalf("%s is not a PDF", d.Name)
			}
			// Every part of the DOCX is well-formed XML whatever was typed.
			zr, err := zip.NewReader(bytes.NewReader(d.DOCX), int64(len(d.DOCX)))
			if err != nil {
				t.Fatalf("%s: %v", d.DOCXName(), err)
			}
			for _, f := range zr.File {
				rc, _ := f.Open()
				dec := xml.NewDecoder(rc)
				for {
					if _, err := dec.Token(); err == io.EOF {
						break
					} else if err != nil {
						t.Fatalf("%s %s: %v", d.DOCXName(), f.Name, err)
					}
				}
				rc.Close()
			}
		}
	})
}

// TestHugeAnswers: a 10,000-word account and a 5,000-letter "word" lay out on many
// pages, wrapped and cut between letters, without losing a letter.
func TestHugeAnswers(t *testing.T) {
	c := testCase()
	c.Story.WhatHappened = strings.Repeat("Дуга изјава жалиоца ", 2500) + "КРАЈ"
	c.Person.Work = strings.Repeat("Ђ", 5000)
	docs, err := Render(c, Options{Today: signing, Copy: "en"})
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, docs[0].PDF)
	if n := strings.Count(text, "\f"); n < 15 {
		t.Errorf("10,000 words on %d pages", n)
	}
	if !strings.Contains(text, "КРАЈ") || strings.Count(text, "Ђ") < 5000 {
		t.Error("letters lost from a huge answer")
	}
}

// fill writes s into every free-text field and date of c.
func fill(c *forms.Case, s string) {
	d := forms.Date(s)
	c.Decision.Issuer, c.Decision.Number, c.Decision.Related = s, s, s
	c.Decision.Issued, c.Decision.Received = d, d
	p := &c.Person
	p.FullName, p.FullNameSerbian, p.Birthplace, p.Citizenship, p.Passport = s, s, s, s, s
	p.ForeignerNumber, p.Address, p.City, p.Phone, p.Email = s, s, s, s, s
	p.Work, p.Property, p.Health, p.Community = s, s, s, s
	p.Born, p.InSerbiaSince = d, d
	c.Family.SpouseName, c.Family.SpouseCitizenship, c.Family.SpouseStatus, c.Family.Other = s, s, s, s
	for i := range c.Family.Children {
		ch := &c.Family.Children[i]
		ch.Name, ch.Citizenship, ch.School, ch.Born = s, s, s, d
	}
	c.Story.WhatHappened, c.Story.ActivityDetails, c.Story.RiskDetails, c.Story.PrivateNotes = s, s, s, s
	c.Representative = forms.Representative{Name: s, Role: s, Address: s}
	for i := range c.Evidence {
		e := &c.Evidence[i]
		e.Title, e.Language, e.Translation, e.Notes, e.Date = s, s, s, s, d
		e.Supports = append(e.Supports, s)
		if e.File != nil {
			e.File.Name, e.File.SHA256 = s, s
		}
	}
	c.Documents.Place = s
}
