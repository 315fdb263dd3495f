package templates

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"appealdesk/forms"
)

// docxRead is what testdata/readdocx.py (python-docx, Debian python3-docx) sees.
type docxRead struct {
	Paragraphs []struct {
		Text  string `json:"text"`
		Style string `json:"style"`
		Num   *int   `json:"num"`
	} `json:"paragraphs"`
	Tables []struct {
		Rows          [][]string `json:"rows"`
		HeaderRepeats bool       `json:"header_repeats"`
		Grid          int        `json:"grid"`
	} `json:"tables"`
	Page struct {
		WidthMM     float64 `json:"width_mm"`
		HeightMM    float64 `json:"height_mm"`
		Orientation int     `json:"orientation"`
	} `json:"page"`
	Header    []string          `json:"header"`
	Footer    []string          `json:"footer"`
	Core      map[string]string `json:"core"`
	Parts     []string          `json:"parts"`
	FooterXML string            `json:"footer_xml"`
	StylesXML string            `json:"styles_xml"`
}

// python is Debian's Python (which has python3-docx), not a virtual environment's.
func python(t *testing.T) string {
	t.Helper()
	for _, p := range []string{"/usr/bin/python3", "python3"} {
		if path, err := exec.LookPath(p); err == nil {
			if exec.Command(path, "-c", "import docx").Run() == nil {
				return path
			}
		}
	}
	t.Skip("python3-docx is not installed (make deps installs it)")
	return ""
}

// readDOCX writes the documents' DOCX files into dir and reads them back.
func readDOCX(t *testing.T, dir string, docs map[string]Document) map[string]docxRead {
	t.Helper()
	py := python(t)
	var files []string
	for _, d := range docs {
		f := filepath.Join(dir, d.DOCXName())
		if err := os.WriteFile(f, d.DOCX, 0o600); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	out, err := exec.Command(py, append([]string{filepath.Join("testdata", "readdocx.py")}, files...)...).Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("readdocx.py: %v\n%s", err, ee.Stderr)
		}
		t.Fatal(err)
	}
	var raw map[string]docxRead
	if err := json.Unmarshal(out, &raw); err != nil {
		t.Fatal(err)
	}
	res := map[string]docxRead{}
	for f, r := range raw {
		res[filepath.Base(f)] = r
	}
	return res
}

// plain is text as a reader extracts it: soft hyphens gone, no-break spaces read
// as spaces, white space collapsed.
func plain(s string) string {
	s = strings.ReplaceAll(s, string(softHyphen), "")
	s = strings.ReplaceAll(s, string(noBreak), " ")
	return strings.Join(strings.Fields(s), " ")
}

// modelTexts are the texts of a model's paragraphs (not its table).
func modelTexts(m *model) []string {
	var out []string
	for _, b := range m.Blocks {
		if b.Kind != blockSpace && b.Kind != blockTable {
			out = append(out, plain(b.Text))
		}
	}
	return out
}

// inOrder checks that every paragraph is found in text, one after the other, and
// returns what is left of text once they are taken out.
func inOrder(t *testing.T, what string, paras []string, text string) string {
	t.Helper()
	var rest strings.Builder
	pos := 0
	for _, p := range paras {
		i := strings.Index(text[pos:], p)
		if i < 0 {
			t.Errorf("%s: paragraph not found (in order): %q", what, p)
			continue
		}
		rest.WriteString(text[pos : pos+i])
		pos += i + len(p)
	}
	rest.WriteString(text[pos:])
	return rest.String()
}

func docxVariants() []struct {
	name string
	c    *forms.Case
	o    Options
} {
	long := testCase()
	long.Decision.Type = "return-decision"
	long.Story.WhatHappened = strings.Repeat("Полиција ме је позвала у Управу за странце и саопштила ми решење. ", 40)
	long.Representative = forms.Representative{Name: "Марија Тодоровић", Role: forms.RoleLawyer, Address: "Теразије 1, Београд"}
	lawsuit := testCase()
	lawsuit.Decision.Type = "detention"
	forty := finalCase() // a final copy: every answer in Serbian (FilingIssues)
	forty.Evidence = evidence40()
	return []struct {
		name string
		c    *forms.Case
		o    Options
	}{
		{"Cyrillic with Russian copy", testCase(), Options{Copy: "ru"}},
		{"Latin final with English copy, 40 exhibits", forty, Options{Script: "latn", Copy: "en", NoDraftMark: true, OrgFooter: "Удружење „Пример“ · +381 11 000"}},
		{"return decision, long story, representative", long, Options{}},
		{"detention lawsuit", lawsuit, Options{Copy: "en"}},
	}
}

// TestDOCXReadBack: every DOCX opens in python-docx with the same paragraphs as the
// document model — and so as the PDF, whose text holds them in the same order —
// A4 pages (landscape for the index), real lists and headings, the evidence index
// as a table with a repeated header row, page numbers as fields, the draft mark in
// the header, the language and title in the properties and nothing personal there.
func TestDOCXReadBack(t *testing.T) {
	for _, v := range docxVariants() {
		t.Run(v.name, func(t *testing.T) {
			o := v.o
			o.Today, o.Formats = signing, []Format{FormatPDF, FormatDOCX}
			docs := render(t, v.c, o)
			read := readDOCX(t, t.TempDir(), docs)
			for _, d := range docs {
				r, ok := read[d.DOCXName()]
				if !ok {
					t.Fatalf("%s not read", d.DOCXName())
				}
				checkDOCX(t, d, r)
			}
		})
	}
}

// readingOrder is every text of the model in the order it is drawn: paragraphs,
// and for a table its header and then each row cell by cell.
func readingOrder(m *model) []string {
	var out []string
	for _, b := range m.Blocks {
		switch b.Kind {
		case blockSpace:
		case blockTable:
			for _, c := range b.Table.Cols {
				out = append(out, plain(c.Head))
			}
			for _, row := range b.Table.Rows {
				for _, c := range row {
					for _, p := range c {
						out = append(out, plain(p))
					}
				}
			}
		default:
			out = append(out, plain(b.Text))
		}
	}
	return out
}

// bodyText is a PDF's text in content order (pdftotext -raw) with the page frame of
// each page (draft mark, banner, page number, organisation line) taken out.
func bodyText(t *testing.T, pdf []byte, m *model) string {
	t.Helper()
	pages := strings.Split(strings.TrimRight(pdfText(t, pdf, "-raw"), "\f"), "\f")
	var b strings.Builder
	for i, p := range pages {
		p = plain(p)
		num := strings.NewReplacer("{N}", itoa(i+1), "{M}", itoa(len(pages))).Replace(m.Footer)
		for _, f := range []string{plain(m.Draft), plain(m.Banner), plain(m.Org), plain(num)} {
			if f != "" {
				p = strings.Replace(p, f, " ", 1)
			}
		}
		b.WriteString(p + " ")
	}
	return plain(b.String())
}

func checkDOCX(t *testing.T, d Document, r docxRead) {
	t.Helper()
	name := d.DOCXName()
	// The same paragraphs as the model, in order.
	var got []string
	for _, p := range r.Paragraphs {
		if s := plain(p.Text); s != "" {
			got = append(got, s)
		}
	}
	want := modelTexts(d.model)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s: paragraphs differ from the model\n got %d: %q\nwant %d: %q", name, len(got), got, len(want), want)
	}
	// The PDF holds the same texts in the same order, and nothing else but its page
	// frame and the list labels.
	rest := inOrder(t, name+" in the PDF", readingOrder(d.model), bodyText(t, d.PDF, d.model))
	// What may be left: list labels and a table header repeated on a later page.
	labels := map[string]bool{}
	for _, b := range d.model.Blocks {
		labels[b.Label] = b.Label != ""
		if b.Kind == blockTable {
			for _, c := range b.Table.Cols {
				for _, w := range strings.Fields(plain(c.Head)) {
					labels[w] = true
				}
			}
		}
	}
	for _, w := range strings.Fields(rest) {
		if !labels[w] {
			t.Errorf("%s: the PDF prints %q, which the DOCX does not have (rest: %q)", name, w, rest)
			break
		}
	}
	// A4, landscape for the index.
	wantW, wantH := 210.0, 297.0
	if d.model.Landscape {
		wantW, wantH = 297, 210
	}
	if abs(r.Page.WidthMM-wantW) > 0.5 || abs(r.Page.HeightMM-wantH) > 0.5 || (r.Page.Orientation == 1) != d.model.Landscape {
		t.Errorf("%s: page %.1f × %.1f mm orientation %d", name, r.Page.WidthMM, r.Page.HeightMM, r.Page.Orientation)
	}
	// Headings are Word headings, list items Word lists.
	styles := map[string]string{}
	for _, p := range r.Paragraphs {
		styles[plain(p.Text)] = p.Style
	}
	var nums int
	for _, p := range r.Paragraphs {
		if p.Num != nil {
			nums++
		}
	}
	items := 0
	for _, b := range d.model.Blocks {
		switch b.Kind {
		case blockTitle:
			if styles[plain(b.Text)] != "Title" {
				t.Errorf("%s: title %q has style %q", name, b.Text, styles[plain(b.Text)])
			}
		case blockSection, blockHeading:
			if s := styles[plain(b.Text)]; s != "Heading 1" && s != "Heading 2" {
				t.Errorf("%s: heading %q has style %q", name, b.Text, s)
			}
		case blockItem:
			if b.Label != "" {
				items++
			}
		}
	}
	if nums != items {
		t.Errorf("%s: %d list items, %d numbered in Word", name, items, nums)
	}
	// The evidence index is a table with a grid and a repeated header row.
	for _, b := range d.model.Blocks {
		if b.Kind != blockTable {
			continue
		}
		if len(r.Tables) != 1 {
			t.Fatalf("%s: %d tables", name, len(r.Tables))
		}
		tb := r.Tables[0]
		if !tb.HeaderRepeats || tb.Grid != len(b.Table.Cols) || len(tb.Rows) != len(b.Table.Rows)+1 {
			t.Errorf("%s: table header repeats %v, grid %d, rows %d", name, tb.HeaderRepeats, tb.Grid, len(tb.Rows))
		}
		for i, row := range b.Table.Rows {
			for j, c := range row {
				if got, want := plain(tb.Rows[i+1][j]), plain(strings.Join(c, " ")); got != want {
					t.Errorf("%s: cell %d,%d = %q, want %q", name, i+1, j, got, want)
				}
			}
		}
	}
	// Page numbers are fields; the draft mark and the banner are in the header.
	if !strings.Contains(r.FooterXML, `w:instr=" PAGE `) || !strings.Contains(r.FooterXML, `w:instr=" NUMPAGES `) {
		t.Errorf("%s: footer has no PAGE/NUMPAGES fields: %s", name, r.FooterXML)
	}
	header := plain(strings.Join(r.Header, " "))
	if d.model.Draft != "" && !strings.Contains(header, plain(d.model.Draft)) {
		t.Errorf("%s: header %q lacks the draft mark", name, header)
	}
	if d.model.Draft == "" && strings.Contains(header, "DRAFT") {
		t.Errorf("%s: draft mark in a final copy", name)
	}
	if d.model.Banner != "" && !strings.Contains(header, plain(d.model.Banner)) {
		t.Errorf("%s: header %q lacks the reader's copy banner", name, header)
	}
	// Properties: title, subject, language; nothing about the user or the program.
	lang := languageTag(d.Lang)
	if r.Core["title"] != d.Title || r.Core["subject"] == "" || r.Core["language"] != lang {
		t.Errorf("%s: core properties %v", name, r.Core)
	}
	for _, k := range []string{"author", "last_modified_by", "comments", "keywords", "category"} {
		if r.Core[k] != "" {
			t.Errorf("%s: core property %s = %q", name, k, r.Core[k])
		}
	}
	if !strings.Contains(r.StylesXML, `w:lang w:val="`+lang+`"`) {
		t.Errorf("%s: document language %s not set", name, lang)
	}
	for _, p := range r.Parts {
		if strings.Contains(p, "app.xml") || strings.Contains(p, "custom") {
			t.Errorf("%s: has part %s", name, p)
		}
	}
	for _, leak := range append([]string{"Appeal Desk", "python", "Go-http"}, privateStrings()...) {
		if leak != "" && bytes.Contains(d.DOCX, []byte(leak)) {
			t.Errorf("%s: DOCX bytes contain %q", name, leak)
		}
	}
}

// privateStrings are things of this computer that no document may carry.
func privateStrings() []string {
	var out []string
	if h, err := os.Hostname(); err == nil && len(h) > 3 {
		out = append(out, h)
	}
	if u := os.Getenv("USER"); len(u) > 3 {
		out = append(out, "/home/"+u)
	}
	if wd, err := os.Getwd(); err == nil {
		out = append(out, wd)
	}
	return out
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

// TestDOCXDeterministic: the same case gives the same DOCX bytes.
func TestDOCXDeterministic(t *testing.T) {
	o := Options{Today: signing, Copy: "ru", Formats: []Format{FormatDOCX}}
	a, b := render(t, testCase(), o), render(t, testCase(), o)
	for n := range a {
		if len(a[n].DOCX) == 0 || !bytes.Equal(a[n].DOCX, b[n].DOCX) {
			t.Errorf("%s: DOCX differs between two renderings", n)
		}
	}
}

// TestDOCXOverrideChangesBoth: a lawyer's template override reaches the PDF and the
// DOCX alike — they are two renderings of one model.
func TestDOCXOverrideChangesBoth(t *testing.T) {
	o := Options{Today: signing, Formats: []Format{FormatPDF, FormatDOCX}}
	o.Templates = overrideFS("sr/zahtev-uvid.tmpl", "# ЗАХТЕВ УДРУЖЕЊА\n\n{{.Person.Name}} тражи увид.\n")
	d := render(t, testCase(), o)["zahtev-uvid.pdf"]
	r := readDOCX(t, t.TempDir(), map[string]Document{d.Name: d})[d.DOCXName()]
	var texts []string
	for _, p := range r.Paragraphs {
		texts = append(texts, p.Text)
	}
	if !strings.Contains(strings.Join(texts, "\n"), "Фјодор Журављов тражи увид") {
		t.Errorf("override not in the DOCX: %q", texts)
	}
	if !strings.Contains(pdfText(t, d.PDF), "Фјодор Журављов тражи увид") {
		t.Error("override not in the PDF")
	}
}

// TestDOCXLibreOffice converts every DOCX of two variants with LibreOffice (headless)
// and reads the result: A4, and the model's paragraphs in order. Skipped where
// LibreOffice is not installed (make deps installs libreoffice-writer-nogui).
func TestDOCXLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice is not installed")
	}
	if testing.Short() {
		t.Skip("LibreOffice conversion skipped in -short mode")
	}
	dir := t.TempDir()
	all := map[string]Document{}
	var files []string
	for i, v := range docxVariants()[:2] {
		o := v.o
		o.Today, o.Formats = signing, []Format{FormatPDF, FormatDOCX}
		for _, d := range render(t, v.c, o) {
			f := filepath.Join(dir, fmt.Sprintf("v%d-%s", i, d.DOCXName()))
			os.WriteFile(f, d.DOCX, 0o600)
			files = append(files, f)
			all[filepath.Base(f)] = d
		}
	}
	out := filepath.Join(dir, "out")
	profile := "file://" + filepath.Join(dir, "profile") // never the user's own profile
	cmd := exec.Command(soffice, append([]string{"-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", out}, files...)...)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	for name, d := range all {
		pdf, err := os.ReadFile(filepath.Join(out, strings.TrimSuffix(name, ".docx")+".pdf"))
		if err != nil {
			t.Errorf("%s: not converted: %v", name, err)
			continue
		}
		text := plain(pdfText(t, pdf, "-raw"))
		// LibreOffice breaks lines at places of its own ("23(3)|(2)", "second-|instance"),
		// so its text is compared without white space.
		var squashed []string
		for _, p := range readingOrder(d.model) {
			squashed = append(squashed, squash(p))
		}
		inOrder(t, name+" in LibreOffice's PDF", squashed, squash(bodyText(t, pdf, d.model)))
		info := pdfInfo(t, pdf)
		landscape := strings.Contains(info, "841.89 x 595.") || strings.Contains(info, "842 x 595")
		if !strings.Contains(info, "(A4)") || landscape != d.model.Landscape {
			t.Errorf("%s: LibreOffice's page is not A4 (landscape %v): %s", name, d.model.Landscape, info)
		}
		// The footer's fields became numbers: "Страна 1 од 2".
		first := strings.NewReplacer("{N}", "1", "{M}", "").Replace(d.model.Footer)
		if !strings.Contains(text, plain(first)) {
			t.Errorf("%s: no page number %q in %q", name, first, text)
		}
	}
}

func squash(s string) string { return strings.Join(strings.Fields(s), "") }

func pdfInfo(t *testing.T, pdf []byte) string {
	t.Helper()
	needTool(t, "pdfinfo")
	f := filepath.Join(t.TempDir(), "i.pdf")
	os.WriteFile(f, pdf, 0o600)
	out, err := exec.Command("pdfinfo", f).Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func overrideFS(name, text string) fstest.MapFS {
	return fstest.MapFS{name: {Data: []byte(text)}}
}

func unzipPart(t *testing.T, data []byte, name string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, _ := f.Open()
			defer rc.Close()
			b, _ := io.ReadAll(rc)
			return b
		}
	}
	t.Fatalf("no part %s", name)
	return nil
}

// TestDOCXNumbersDoNotBreak: Word and LibreOffice break a line after a hyphen, so a
// case number „26-1234/26“ written with a plain hyphen could print „26-“ on one line
// and „1234/26“ on the next; inside a number the hyphen is Word's non-breaking one.
func TestDOCXNumbersDoNotBreak(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"26-1234/26", "26|1234/26"},
		{"број 26-1234/26 од", "број 26|1234/26 од"},
		{"2026-03-14", "2026|03|14"},
		{"Р-7", "Р|7"},
		{"другостепени-орган", "другостепени-орган"},
		{"чл. 64 - 65", "чл. 64 - 65"},
		{"-5", "-5"},
		{"5-", "5-"},
		{"", ""},
	} {
		if got := strings.Join(splitNumberHyphens(tc.in), "|"); got != tc.want {
			t.Errorf("splitNumberHyphens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	c := testCase()
	c.Decision.Number = "26-1234/26"
	docs := render(t, c, Options{Today: signing, Formats: []Format{FormatPDF, FormatDOCX}})
	x := string(unzipPart(t, docs["zalba.pdf"].DOCX, "word/document.xml"))
	if strings.Contains(x, "26-1234") {
		t.Error("the case number is written with a hyphen Word may break at")
	}
	if !strings.Contains(x, "26</w:t></w:r><w:r><w:noBreakHyphen/></w:r><w:r><w:t xml:space=\"preserve\">1234/26") {
		t.Error("the case number's hyphen is not Word's non-breaking hyphen")
	}
}
