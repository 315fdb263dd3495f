package templates

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"appealdesk/forms"
	"appealdesk/forms/legal"
)

// variant is one rendering the layout rules are measured on.
type variant struct {
	name string
	c    *forms.Case
	o    Options
}

// layoutVariants: every decision type with documents × both scripts × draft and final × stories of
// six lengths (which move every page break) × a long evidence list or the example's.
func layoutVariants() []variant {
	var out []variant
	sentence := "Полиција ме је позвала у Управу за странце, где су ми уручили решење без икаквог објашњења, а нико није питао за моју породицу. "
	for _, typ := range legal.DecisionTypes {
		for _, words := range []int{0, 1, 4, 9, 15, 27} {
			for _, script := range []string{"cyrl", "latn"} {
				final := words%3 == 0
				c := testCase()
				if final {
					c = finalCase() // a final copy: every answer in Serbian (FilingIssues)
				}
				setType(c, typ)
				c.Story.WhatHappened = strings.Repeat(sentence, words)
				if words%2 == 1 {
					c.Representative = forms.Representative{Name: "Марија Тодоровић", Role: forms.RoleLawyer, Address: "Теразије 1, Београд"}
				}
				if words >= 15 {
					c.Evidence = evidence40()
				}
				copyLang := "ru"
				if script == "latn" {
					copyLang = "en"
				}
				o := Options{Today: signing, Script: script, Copy: copyLang, NoDraftMark: final}
				out = append(out, variant{fmt.Sprintf("%s/%s/%d", typ, script, words), c, o})
			}
		}
	}
	return out
}

// evidence40 is a realistic list of 40 exhibits: decisions, registry extracts,
// contracts, certificates, some with files.
func evidence40() []forms.EvidenceItem {
	titles := []string{
		"Решење о престанку права на привремени боравак бр. 26-4471/26",
		"Извод из матичне књиге венчаних", "Извод из матичне књиге рођених детета",
		"Потврда школе о упису детета", "Уговор о раду на неодређено време",
		"Уговор о закупу стана", "Потврда о пријави пребивалишта",
		"Отворено писмо против рата са потписом", "Позив на војну евиденцију (Русија)",
		"Изјава сведока о учешћу на мирном скупу",
	}
	var out []forms.EvidenceItem
	for i := 0; i < 40; i++ {
		e := forms.EvidenceItem{Title: fmt.Sprintf("%s %d", titles[i%len(titles)], i+1), Date: "2025-03-04",
			Pages: 1 + i%4, Language: []string{"sr", "ru", "en"}[i%3], Translation: []string{"", "needed", "attached"}[i%3],
			Supports: [][]string{{forms.ArgFamily}, {forms.ArgLengthOfStay, forms.ArgProportionality}, {forms.ArgSpeech}, {forms.ArgNoReasons, forms.ArgNotHeard}}[i%4]}
		if i%2 == 0 {
			e.File = &forms.File{Name: fmt.Sprintf("dokaz-%02d.pdf", i+1), SHA256: fmt.Sprintf("%064x", 7919*(i+1))}
		}
		out = append(out, e)
	}
	return out
}

// laidOutDocs lays out every document of a variant.
func laidOutDocs(t *testing.T, v variant) map[string]*laidOut {
	t.Helper()
	docs, err := Render(v.c, v.o)
	if err != nil {
		t.Fatalf("%s: %v", v.name, err)
	}
	out := map[string]*laidOut{}
	for _, d := range docs {
		lo, err := layout(d.model)
		if err != nil {
			t.Fatal(err)
		}
		out[d.Name] = lo
	}
	return out
}

// content is a page's boxes without a repeated table header.
func content(page []placed) []placed {
	var out []placed
	for _, p := range page {
		if p.idx >= 0 {
			out = append(out, p)
		}
	}
	return out
}

// TestLayoutRules measures the layout rules on every variant: no page holds only
// the signature block, no heading ends a page (it stays with two lines of its
// text), no paragraph leaves one line alone at the top or the bottom of a page, no
// citation is broken across lines.
func TestLayoutRules(t *testing.T) {
	counts := map[string]int{}
	docs := 0
	pages := 0
	for _, v := range layoutVariants() {
		for name, lo := range laidOutDocs(t, v) {
			docs++
			pages += len(lo.pages)
			where := v.name + " " + name
			for pi, page := range lo.pages {
				c := content(page)
				if len(c) == 0 {
					counts["empty page"]++
					t.Errorf("%s: page %d is empty", where, pi+1)
					continue
				}
				// The signature block alone on a page.
				alone := true
				for _, p := range c {
					alone = alone && p.b.signature
				}
				if alone && pi > 0 {
					counts["signature alone"]++
					t.Errorf("%s: page %d holds only the signature block", where, pi+1)
				}
				last, first := c[len(c)-1].b, c[0].b
				// A heading at the foot of a page.
				if pi < len(lo.pages)-1 && isHeading(last.kind) {
					counts["heading at the foot"]++
					t.Errorf("%s: page %d ends with the heading %q", where, pi+1, last.text)
				}
				// Orphan: the first line of a paragraph of several lines ends the page.
				if pi < len(lo.pages)-1 && last.first && !last.last && isText(last.kind) {
					counts["orphan"]++
					t.Errorf("%s: page %d ends with the first line of a paragraph: %q", where, pi+1, last.text)
				}
				// Widow: the last line of a paragraph of several lines starts a page.
				if pi > 0 && first.last && !first.first && isText(first.kind) {
					counts["widow"]++
					t.Errorf("%s: page %d starts with the last line of a paragraph: %q", where, pi+1, first.text)
				}
				// A heading and the first line after it on the same page (checked
				// through the boxes' order: the next box after a heading is on its page).
				for k := 0; k+1 < len(c); k++ {
					a, b := c[k].b, c[k+1].b
					if isHeading(a.kind) && !isHeading(b.kind) && b.first && !b.last && k+2 >= len(c) && pi < len(lo.pages)-1 {
						counts["heading with one line"]++
						t.Errorf("%s: page %d: heading %q followed by a single line of its text", where, pi+1, a.text)
					}
				}
			}
			// Citations never break inside.
			for _, page := range lo.pages {
				for k := 0; k+1 < len(page); k++ {
					a, b := page[k].b, page[k+1].b
					if a.block != b.block || a.text == "" || b.text == "" {
						continue
					}
					aw, bw := strings.Fields(a.text), strings.Fields(b.text)
					if len(aw) > 0 && len(bw) > 0 && bindsToNext(aw[len(aw)-1], bw[0]) {
						counts["broken citation"]++
						t.Errorf("%s: a citation breaks between %q and %q", where, a.text, b.text)
					}
				}
			}
		}
	}
	t.Logf("%d documents, %d pages measured; rule breaks: %v", docs, pages, counts)
	if docs < 400 {
		t.Errorf("only %d documents measured", docs)
	}
}

func isHeading(k blockKind) bool { return k == blockTitle || k == blockSection || k == blockHeading }

func isText(k blockKind) bool {
	return k == blockPara || k == blockBold || k == blockItem || k == blockNote
}

// TestBindCitations: the spaces inside a citation become no-break spaces; other
// spaces stay.
func TestBindCitations(t *testing.T) {
	nb := string(noBreak)
	tests := []struct{ in, want string }{
		{"чл. 9. ст. 3. Закона о странцима", "чл." + nb + "9." + nb + "ст." + nb + "3. Закона о странцима"},
		{"представка бр. 19017/16, пресуда", "представка бр." + nb + "19017/16, пресуда"},
		{"čl. 66. st. 5. Zakona", "čl." + nb + "66." + nb + "st." + nb + "5. Zakona"},
		{"Art. 66(5) of the Law", "Art." + nb + "66(5) of the Law"},
		{"Protocol No. 7 and no. 2512/04", "Protocol No." + nb + "7 and no." + nb + "2512/04"},
		{"ч. 5 ст. 66 Закона", "ч." + nb + "5" + nb + "ст." + nb + "66 Закона"},
		{"(чл. 160. ст. 1. Закона)", "(чл." + nb + "160." + nb + "ст." + nb + "1. Закона)"},
		{"чланова 64. и 65.", "чланова 64. и 65."},
		{"дана 12. фебруара", "дана 12. фебруара"},
	}
	for _, tc := range tests {
		if got := bindCitations(tc.in); got != tc.want {
			t.Errorf("bindCitations(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSoftHyphen: a soft hyphen a person typed prints nothing inside a line and a
// hyphen only where the line breaks at it; the DOCX keeps it as Word's soft hyphen.
func TestSoftHyphen(t *testing.T) {
	shy := string(softHyphen)
	c := testCase()
	word := "нај" + shy + "бо" + shy + "ље" + shy + "га"
	c.Story.WhatHappened = "Кратка реченица са речју " + word + " у средини."
	for i := 0; i < 60; i++ {
		// Words of varying length, so that some line ends where a long word must break.
		c.Story.WhatHappened += " " + strings.Repeat("и", i%7) + " Дуж" + shy + "ни" + shy + "ка" + shy + "ра" + shy + "ти" + shy + "во" + shy + "ст"
	}
	d := render(t, c, Options{Today: signing, Formats: []Format{FormatPDF, FormatDOCX}})["zalba.pdf"]
	text := pdfText(t, d.PDF, "-raw")
	if strings.Contains(text, "нај-бо") || strings.Contains(text, "бо-ље") || strings.Contains(text, "\u00ad") {
		t.Errorf("a soft hyphen inside a line printed: %q", text)
	}
	if !strings.Contains(text, "најбољега") {
		t.Error("the word with soft hyphens is not printed whole")
	}
	// Lines broken at a soft hyphen end in "-" (pdftotext joins such lines again,
	// so the laid-out lines are read).
	lo, err := layout(d.model)
	if err != nil {
		t.Fatal(err)
	}
	broken := 0
	for _, page := range lo.pages {
		for _, p := range page {
			if regexp.MustCompile(`(Дуж|Дужни|Дужника|Дужникара|Дужникарати|Дужникаративо)-$`).MatchString(p.b.text) {
				broken++
			}
			if strings.Contains(p.b.text, shy) {
				t.Errorf("a laid-out line keeps a soft hyphen: %q", p.b.text)
			}
		}
	}
	if broken == 0 {
		t.Error("no line broken at a soft hyphen")
	}
	if !bytes.Contains(unzipPart(t, d.DOCX, "word/document.xml"), []byte("<w:softHyphen/>")) {
		t.Error("the DOCX lost the soft hyphens")
	}
}

// TestDraftMarkInGrey: the draft mark is dark enough to survive a grey print — the
// page rendered in grey at 50 dpi has dark pixels in the mark's band, and a final
// copy has none there.
func TestDraftMarkInGrey(t *testing.T) {
	needTool(t, "pdftoppm")
	dark := func(pdf []byte) int {
		dir := t.TempDir()
		f := filepath.Join(dir, "d.pdf")
		os.WriteFile(f, pdf, 0o600)
		if out, err := exec.Command("pdftoppm", "-gray", "-r", "50", "-f", "1", "-l", "1", f, filepath.Join(dir, "p")).CombinedOutput(); err != nil {
			t.Fatalf("pdftoppm: %v %s", err, out)
		}
		m, _ := filepath.Glob(filepath.Join(dir, "p*.pgm"))
		if len(m) != 1 {
			t.Fatal("no page image")
		}
		w, h, px := readPGM(t, m[0])
		// The band: 10–17 mm from the top, across the text width.
		y0, y1 := 19, 34 // 10–17 mm at 50 dpi
		n := 0
		for y := y0; y < y1 && y < h; y++ {
			for x := 0; x < w; x++ {
				if px[y*w+x] < 110 {
					n++
				}
			}
		}
		return n
	}
	for _, kind := range []string{"zalba.pdf", "spisak-dokaza.pdf"} {
		on := dark(render(t, testCase(), Options{Today: signing})[kind].PDF)
		off := dark(render(t, finalCase(), Options{Today: signing, NoDraftMark: true})[kind].PDF)
		if on < 150 || off > 10 {
			t.Errorf("%s: dark pixels in the mark's band: %d with the mark, %d without", kind, on, off)
		}
	}
}

func readPGM(t *testing.T, path string) (w, h int, px []byte) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// P5\n<w> <h>\n<max>\n<bytes>
	fields := bytes.Fields(data[:min(len(data), 64)])
	if len(fields) < 4 || string(fields[0]) != "P5" {
		t.Fatalf("not a PGM: %q", data[:16])
	}
	w, _ = strconv.Atoi(string(fields[1]))
	h, _ = strconv.Atoi(string(fields[2]))
	return w, h, data[len(data)-w*h:]
}

// TestEvidenceIndex40: a 40-item index fits more than 4 rows on every page but the
// last, its fingerprints are in the fixed-width face in groups of four, and a row
// taller than a page continues on the next one under its own "Прилог N".
func TestEvidenceIndex40(t *testing.T) {
	c := testCase()
	c.Evidence = evidence40()
	d := render(t, c, Options{Today: signing})["spisak-dokaza.pdf"]
	lo, err := layout(d.model)
	if err != nil {
		t.Fatal(err)
	}
	rows := 0
	for pi, page := range lo.pages {
		n := 0
		for _, p := range content(page) {
			if strings.HasPrefix(p.b.text, "Прилог ") {
				n++
			}
		}
		rows += n
		if pi < len(lo.pages)-1 && n <= 4 {
			t.Errorf("page %d holds %d rows", pi+1, n)
		}
		t.Logf("page %d: %d rows", pi+1, n)
	}
	if rows != 40 {
		t.Errorf("%d rows laid out, want 40", rows)
	}
	text := flatText(pdfText(t, d.PDF, "-raw"))
	if got := regexp.MustCompile(`\b([0-9a-f]{4} ){15}[0-9a-f]{4}\b`).FindAllString(text, -1); len(got) != 20 {
		t.Errorf("%d fingerprints in groups of four, want 20: %q", len(got), text)
	}
	fonts := pdfFonts(t, d.PDF)
	if !strings.Contains(fonts, "LiberationMono") {
		t.Errorf("no fixed-width face: %s", fonts)
	}

	// One item with a description longer than a page.
	c.Evidence[5].Title = strings.Repeat("Веома дуг опис исправе која има много страна и прилога. ", 120)
	d = render(t, c, Options{Today: signing})["spisak-dokaza.pdf"]
	pages := strings.Split(strings.TrimRight(pdfText(t, d.PDF, "-raw"), "\f"), "\f")
	cont := 0
	for _, p := range pages {
		if strings.Contains(p, "Прилог 6\n(наставак)") {
			cont++
		}
	}
	if cont == 0 {
		t.Errorf("a row continued on a new page does not repeat its number")
	}
}

func pdfFonts(t *testing.T, pdf []byte) string {
	t.Helper()
	needTool(t, "pdffonts")
	f := filepath.Join(t.TempDir(), "f.pdf")
	os.WriteFile(f, pdf, 0o600)
	out, err := exec.Command("pdffonts", f).Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// TestWrapLinear: wrapping an unbroken word is linear in its length — the work
// (characters measured) of a word ten times as long is about ten times as much,
// not a hundred.
func TestWrapLinear(t *testing.T) {
	if err := fonts(); err != nil {
		t.Fatal(err)
	}
	work := func(n int) int {
		m := &measurer{}
		lines := m.wrap(faceText, bodySize, strings.Repeat("Ђ", n), 160, indentFirst)
		if got := len([]rune(strings.Join(func() []string {
			var s []string
			for _, l := range lines {
				s = append(s, l.String())
			}
			return s
		}(), ""))); got != n {
			t.Fatalf("%d letters in, %d out", n, got)
		}
		return m.work
	}
	small, big := work(10_000), work(100_000)
	if ratio := float64(big) / float64(small); ratio > 12 {
		t.Errorf("work for 100 K letters is %.1f× that of 10 K (quadratic)", ratio)
	}
	if big > 4*100_000 {
		t.Errorf("%d characters measured for a 100 K word", big)
	}
	// The whole pipeline: a 300 K-letter word in an answer renders.
	c := testCase()
	c.Person.Work = strings.Repeat("Ж", 300_000)
	r, err := newRenderer(c, Options{Today: signing})
	if err != nil {
		t.Fatal(err)
	}
	b := r.newBuilder(KindAppeal, "sr")
	if err := r.appeal(b); err != nil {
		t.Fatal(err)
	}
	lo, err := layout(b.m)
	if err != nil {
		t.Fatal(err)
	}
	if lo.measure.work > 3*400_000 {
		t.Errorf("%d characters measured laying out an appeal with a 300 K word", lo.measure.work)
	}
}
