package templates

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// The DOCX is WordprocessingML (ECMA-376) written here with archive/zip and
// encoding/xml. No library is used: of what the Go module proxy serves,
// github.com/gomutex/godocx writes table cells without a grid (other readers than
// Word do not show them), US Letter pages by default and metadata naming its
// author and an old Word version; github.com/fumiama/go-docx is AGPL; the others are
// templating tools for existing files or are refused by the proxy. The few parts a
// document needs are below: the body, styles, numbering (real Word lists), a header
// (the draft marking, the reader's copy banner), a footer (page number fields) and
// the core properties (title, subject, language — nothing about the user, the
// computer or the program).

// docxBytes writes m as a DOCX. The same model gives the same bytes: fixed part
// order, fixed zip times, no random ids.
func docxBytes(m *model) ([]byte, error) {
	w := &docxWriter{m: m}
	body := w.body()
	parts := []struct {
		name string
		data []byte
	}{
		{"[Content_Types].xml", []byte(contentTypes)},
		{"_rels/.rels", []byte(rootRels)},
		{"docProps/core.xml", w.core()},
		{"word/_rels/document.xml.rels", []byte(documentRels)},
		{"word/document.xml", body},
		{"word/styles.xml", w.styles()},
		{"word/settings.xml", w.settings()},
		{"word/numbering.xml", w.numbering()},
		{"word/header1.xml", w.header()},
		{"word/footer1.xml", w.footer()},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	// Zip entries carry a time: a fixed one (the document's date) keeps the bytes
	// the same from run to run.
	stamp := m.Stamp
	if stamp.IsZero() || stamp.Year() < 1980 {
		stamp = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	for _, p := range parts {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: stamp})
		if err != nil {
			return nil, err
		}
		if _, err := fw.Write(p.data); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const contentTypes = xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
	`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
	`<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
	`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`</Types>`

const rootRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`</Relationships>`

const documentRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` +
	`<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>` +
	`<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>` +
	`</Relationships>`

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// twips converts millimetres to twentieths of a point.
func twips(mm float64) int { return int(mm*mmToPt*20 + 0.5) }

// halfPoints converts a font size to Word's half points.
func halfPoints(pt float64) int { return int(pt*2 + 0.5) }

type docxWriter struct {
	m     *model
	lists []docxList
}

// docxList is one numbering instance: a run of list items.
type docxList struct {
	format string // decimal or bullet
	suffix string // "." or ")" for decimal; the bullet text for bullet
	start  int
}

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// runs writes text as runs; a soft hyphen becomes Word's own soft hyphen, and a
// hyphen inside a number (a case number „26-1234/26“, a date „2026-03-14“) Word's
// non-breaking hyphen, so the number never breaks across lines — as in the PDF, whose
// lines break only at spaces and soft hyphens.
func runs(b *bytes.Buffer, text, rPr string) {
	for i, part := range strings.Split(text, string(softHyphen)) {
		if i > 0 {
			b.WriteString(`<w:r>` + rPr + `<w:softHyphen/></w:r>`)
		}
		for j, piece := range splitNumberHyphens(part) {
			if j > 0 {
				b.WriteString(`<w:r>` + rPr + `<w:noBreakHyphen/></w:r>`)
			}
			if piece != "" {
				b.WriteString(`<w:r>` + rPr + `<w:t xml:space="preserve">` + esc(piece) + `</w:t></w:r>`)
			}
		}
	}
}

// splitNumberHyphens cuts s at every hyphen-minus that has a digit on one side and a
// letter or digit on the other („26-1234/26“, „Р-7“); other hyphens („другостепени-орган“,
// a dash between spaces) stay in the text.
func splitNumberHyphens(s string) []string {
	rs := []rune(s)
	var out []string
	start := 0
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] != '-' {
			continue
		}
		l, r := rs[i-1], rs[i+1]
		alnum := func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }
		if alnum(l) && alnum(r) && (unicode.IsDigit(l) || unicode.IsDigit(r)) {
			out = append(out, string(rs[start:i]))
			start = i + 1
		}
	}
	return append(out, string(rs[start:]))
}

func rPr(inner string) string {
	if inner == "" {
		return ""
	}
	return "<w:rPr>" + inner + "</w:rPr>"
}

func lineSpacing(size float64) string {
	return strconv.Itoa(int(lineHeight(size)*mmToPt*20 + 0.5))
}

// spacing is a paragraph's space before and after (in body line heights) and its
// exact line height.
func spacing(before, after, size float64) string {
	lh := lineHeight(bodySize) * mmToPt * 20
	return fmt.Sprintf(`<w:spacing w:before="%d" w:after="%d" w:line="%s" w:lineRule="exact"/>`,
		int(before*lh+0.5), int(after*lh+0.5), lineSpacing(size))
}

// body is word/document.xml.
func (w *docxWriter) body() []byte {
	m := w.m
	var b bytes.Buffer
	b.WriteString(xmlHeader + `<w:document ` + wNS + `><w:body>`)
	blocks := m.Blocks
	for i := 0; i < len(blocks); i++ {
		bl := blocks[i]
		keepNext := bl.KeepNext || (i+1 < len(blocks) && blocks[i+1].KeepPrev)
		st := styleOf(&bl)
		before := st.before
		ppr := func(style, extra string) string {
			s := `<w:pPr>`
			if style != "" {
				s += `<w:pStyle w:val="` + style + `"/>`
			}
			if keepNext {
				s += `<w:keepNext/>`
			}
			if bl.KeepPrev || bl.KeepNext {
				s += `<w:keepLines/>`
			}
			s += extra
			return s + `</w:pPr>`
		}
		switch bl.Kind {
		case blockSpace:
			b.WriteString(`<w:p>` + ppr("", spacing(0, 0, bodySize)) + `</w:p>`)
		case blockTitle:
			b.WriteString(`<w:p>` + ppr("Title", spacing(before, bl.SpaceAfter*titleSize/bodySize, titleSize)))
			runs(&b, bl.Text, "")
			b.WriteString(`</w:p>`)
		case blockSection, blockHeading:
			style := "Heading2"
			if bl.Kind == blockSection {
				style = "Heading1"
			}
			b.WriteString(`<w:p>` + ppr(style, spacing(before, bl.SpaceAfter, bodySize)))
			runs(&b, bl.Text, "")
			b.WriteString(`</w:p>`)
		case blockPara, blockBold:
			extra := spacing(before, bl.SpaceAfter, bodySize)
			r := ""
			if bl.Kind == blockBold {
				extra += `<w:ind w:firstLine="0"/>`
				r = rPr("<w:b/><w:bCs/>")
			}
			b.WriteString(`<w:p>` + ppr("", extra))
			runs(&b, bl.Text, r)
			b.WriteString(`</w:p>`)
		case blockLine:
			extra := spacing(before, bl.SpaceAfter, bodySize)
			switch bl.Align {
			case alignCentre:
				extra += `<w:jc w:val="center"/>`
			case alignRightHalf:
				extra += fmt.Sprintf(`<w:ind w:left="%d"/>`, twips(st.left))
			}
			b.WriteString(`<w:p>` + ppr("Line", extra))
			runs(&b, bl.Text, "")
			b.WriteString(`</w:p>`)
		case blockItem:
			extra := spacing(before, bl.SpaceAfter, bodySize)
			if bl.Label != "" {
				extra = fmt.Sprintf(`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>`, w.listFor(blocks, i)) + extra
			}
			b.WriteString(`<w:p>` + ppr("ListItem", extra))
			runs(&b, bl.Text, "")
			b.WriteString(`</w:p>`)
		case blockNote:
			b.WriteString(`<w:p>` + ppr("Note", spacing(before, bl.SpaceAfter, noteSize)))
			runs(&b, bl.Text, "")
			b.WriteString(`</w:p>`)
		case blockTable:
			w.table(&b, bl.Table)
			// A paragraph after a table keeps Word from joining two tables.
			if i == len(blocks)-1 {
				b.WriteString(`<w:p/>`)
			}
		}
	}
	b.WriteString(w.sectPr())
	b.WriteString(`</w:body></w:document>`)
	return b.Bytes()
}

// listFor returns the numbering instance of the list item blocks[i]. A run of
// items numbered 1., 2., 3. is one Word list (renumbered if the lawyer inserts an
// item); where a label does not follow on (the law's point numbers 1), 3), 4)), a
// new instance starts at that number, so every printed number stays the law's.
func (w *docxWriter) listFor(blocks []block, i int) int {
	label := blocks[i].Label
	n, suffix, numeric := splitLabel(label)
	prev := -1
	for k := i - 1; k >= 0; k-- {
		if blocks[k].Kind == blockItem {
			if blocks[k].Label != "" {
				prev = k
				break
			}
			continue
		}
		if blocks[k].Kind != blockSpace || k < i-1 {
			break
		}
	}
	if prev >= 0 && len(w.lists) > 0 {
		last := w.lists[len(w.lists)-1]
		pn, psuffix, pnum := splitLabel(blocks[prev].Label)
		if numeric && pnum && psuffix == suffix && n == pn+1 && last.format == "decimal" {
			return len(w.lists)
		}
		if !numeric && !pnum && label == blocks[prev].Label && last.format == "bullet" {
			return len(w.lists)
		}
	}
	if numeric {
		w.lists = append(w.lists, docxList{format: "decimal", suffix: suffix, start: n})
	} else {
		w.lists = append(w.lists, docxList{format: "bullet", suffix: label, start: 1})
	}
	return len(w.lists)
}

// splitLabel reads "12." or "3)" as a number and its suffix.
func splitLabel(label string) (int, string, bool) {
	if len(label) < 2 {
		return 0, "", false
	}
	suffix := label[len(label)-1:]
	if suffix != "." && suffix != ")" {
		return 0, "", false
	}
	n, err := strconv.Atoi(label[:len(label)-1])
	if err != nil || n < 0 {
		return 0, "", false
	}
	return n, suffix, true
}

func (w *docxWriter) table(b *bytes.Buffer, t *table) {
	total := 0
	for _, c := range t.Cols {
		total += twips(c.Width)
	}
	border := `w:val="single" w:sz="4" w:space="0" w:color="5A5A5A"`
	fmt.Fprintf(b, `<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblLayout w:type="fixed"/>`, total)
	b.WriteString(`<w:tblBorders><w:top ` + border + `/><w:left ` + border + `/><w:bottom ` + border + `/><w:right ` + border + `/><w:insideH ` + border + `/><w:insideV ` + border + `/></w:tblBorders>`)
	fmt.Fprintf(b, `<w:tblCellMar><w:top w:w="%d" w:type="dxa"/><w:left w:w="%d" w:type="dxa"/><w:bottom w:w="%d" w:type="dxa"/><w:right w:w="%d" w:type="dxa"/></w:tblCellMar>`,
		twips(cellPad), twips(cellPad), twips(cellPad), twips(cellPad))
	b.WriteString(`<w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, c := range t.Cols {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, twips(c.Width))
	}
	b.WriteString(`</w:tblGrid>`)
	cellPara := func(text string, bold, mono bool) {
		size := tableSize
		r := ""
		if bold {
			r += "<w:b/><w:bCs/>"
		}
		if mono {
			size = hashSize
			r += `<w:rFonts w:ascii="` + docxMono + `" w:hAnsi="` + docxMono + `" w:cs="` + docxMono + `" w:eastAsia="` + docxMono + `"/>`
		}
		r += fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, halfPoints(size), halfPoints(size))
		b.WriteString(`<w:p><w:pPr><w:pStyle w:val="Cell"/>` + spacing(0, 0, tableSize) + `</w:pPr>`)
		runs(b, text, rPr(r))
		b.WriteString(`</w:p>`)
	}
	// The header row repeats on every page; a row is never split across pages.
	b.WriteString(`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`)
	for _, c := range t.Cols {
		fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="E8E8E8"/></w:tcPr>`, twips(c.Width))
		cellPara(c.Head, true, false)
		b.WriteString(`</w:tc>`)
	}
	b.WriteString(`</w:tr>`)
	for _, row := range t.Rows {
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
		for i, c := range t.Cols {
			fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>`, twips(c.Width))
			var paras tableCell
			if i < len(row) {
				paras = row[i]
			}
			if len(paras) == 0 {
				b.WriteString(`<w:p/>`) // a cell needs a paragraph
			}
			for _, p := range paras {
				cellPara(p, false, c.Mono)
			}
			b.WriteString(`</w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
}

// sectPr is the page: A4 (landscape for the index), the PDF's margins, the header
// and footer.
func (w *docxWriter) sectPr() string {
	pw, ph, orient := twips(pageShort), twips(pageLong), ""
	if w.m.Landscape {
		pw, ph, orient = ph, pw, ` w:orient="landscape"`
	}
	top := twips(marginTop)
	if w.m.Draft != "" || w.m.Banner != "" {
		top = twips(marginTop + 4)
	}
	return fmt.Sprintf(`<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:footerReference w:type="default" r:id="rId5"/>`+
		`<w:pgSz w:w="%d" w:h="%d"%s/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" w:gutter="0"/></w:sectPr>`,
		pw, ph, orient, top, twips(marginRight), twips(marginBottom), twips(marginLeft), twips(10), twips(8))
}

func (w *docxWriter) header() []byte {
	var b bytes.Buffer
	b.WriteString(xmlHeader + `<w:hdr ` + wNS + `>`)
	if w.m.Draft != "" {
		b.WriteString(`<w:p><w:pPr><w:jc w:val="center"/><w:pBdr><w:top w:val="single" w:sz="8" w:space="1" w:color="3C3C3C"/><w:left w:val="single" w:sz="8" w:space="4" w:color="3C3C3C"/><w:bottom w:val="single" w:sz="8" w:space="1" w:color="3C3C3C"/><w:right w:val="single" w:sz="8" w:space="4" w:color="3C3C3C"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/><w:spacing w:before="0" w:after="60"/></w:pPr>`)
		runs(&b, w.m.Draft, rPr(`<w:b/><w:bCs/><w:color w:val="8C0000"/><w:sz w:val="20"/><w:szCs w:val="20"/>`))
		b.WriteString(`</w:p>`)
	}
	if w.m.Banner != "" {
		b.WriteString(`<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:before="0" w:after="0"/></w:pPr>`)
		runs(&b, w.m.Banner, rPr(`<w:b/><w:bCs/><w:color w:val="003282"/><w:sz w:val="18"/><w:szCs w:val="18"/>`))
		b.WriteString(`</w:p>`)
	}
	if w.m.Draft == "" && w.m.Banner == "" {
		b.WriteString(`<w:p/>`)
	}
	b.WriteString(`</w:hdr>`)
	return b.Bytes()
}

// footer is the page number as fields (Word counts the pages) and the
// organisation's line.
func (w *docxWriter) footer() []byte {
	var b bytes.Buffer
	small := rPr(`<w:sz w:val="18"/><w:szCs w:val="18"/>`)
	b.WriteString(xmlHeader + `<w:ftr ` + wNS + `><w:p><w:pPr><w:jc w:val="center"/><w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="A0A0A0"/></w:pBdr><w:spacing w:before="0" w:after="0"/></w:pPr>`)
	rest := w.m.Footer
	for rest != "" {
		i := strings.IndexByte(rest, '{')
		if i < 0 || len(rest) < i+3 || rest[i+2] != '}' || (rest[i+1] != 'N' && rest[i+1] != 'M') {
			runs(&b, rest, small)
			break
		}
		runs(&b, rest[:i], small)
		field, shown := "PAGE", "1"
		if rest[i+1] == 'M' {
			field = "NUMPAGES"
		}
		b.WriteString(`<w:fldSimple w:instr=" ` + field + ` \* MERGEFORMAT "><w:r>` + small + `<w:t>` + shown + `</w:t></w:r></w:fldSimple>`)
		rest = rest[i+3:]
	}
	b.WriteString(`</w:p>`)
	if w.m.Org != "" {
		b.WriteString(`<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:before="0" w:after="0"/></w:pPr>`)
		runs(&b, w.m.Org, rPr(`<w:color w:val="5A5A5A"/><w:sz w:val="16"/><w:szCs w:val="16"/>`))
		b.WriteString(`</w:p>`)
	}
	b.WriteString(`</w:ftr>`)
	return b.Bytes()
}

func (w *docxWriter) styles() []byte {
	lang := languageTag(w.m.Lang)
	fonts := `<w:rFonts w:ascii="` + docxSerif + `" w:hAnsi="` + docxSerif + `" w:cs="` + docxSerif + `" w:eastAsia="` + docxSerif + `"/>`
	body := halfPoints(bodySize)
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:styles ` + wNS + `>`)
	fmt.Fprintf(&b, `<w:docDefaults><w:rPrDefault><w:rPr>%s<w:sz w:val="%d"/><w:szCs w:val="%d"/><w:lang w:val="%s" w:eastAsia="%s" w:bidi="%s"/></w:rPr></w:rPrDefault>`+
		`<w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:before="0" w:after="0" w:line="%s" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>`,
		fonts, body, body, lang, lang, lang, lineSpacing(bodySize))
	style := func(id, name, pPr, rPrInner string) {
		fmt.Fprintf(&b, `<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/>`, id, name)
		if id != "Normal" {
			b.WriteString(`<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>`)
		} else {
			b.WriteString(`<w:qFormat/>`)
		}
		b.WriteString(`<w:pPr>` + pPr + `</w:pPr>`)
		if rPrInner != "" {
			b.WriteString(`<w:rPr>` + rPrInner + `</w:rPr>`)
		}
		b.WriteString(`</w:style>`)
	}
	style("Normal", "Normal", fmt.Sprintf(`<w:widowControl/><w:ind w:firstLine="%d"/><w:jc w:val="both"/>`, twips(indentFirst)), "")
	style("Title", "Title", `<w:keepNext/><w:keepLines/><w:ind w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/>`,
		fmt.Sprintf(`<w:b/><w:bCs/><w:sz w:val="%d"/><w:szCs w:val="%d"/>`, halfPoints(titleSize), halfPoints(titleSize)))
	style("Heading1", "heading 1", `<w:keepNext/><w:keepLines/><w:ind w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="1"/>`, `<w:b/><w:bCs/>`)
	style("Heading2", "heading 2", `<w:keepNext/><w:keepLines/><w:ind w:firstLine="0"/><w:jc w:val="left"/><w:outlineLvl w:val="2"/>`, `<w:b/><w:bCs/>`)
	style("Line", "Line", `<w:ind w:firstLine="0"/><w:jc w:val="left"/>`, "")
	style("ListItem", "List Paragraph", fmt.Sprintf(`<w:ind w:left="%d" w:firstLine="0"/><w:jc w:val="both"/>`, twips(listIndent)), "")
	style("Note", "Note", fmt.Sprintf(`<w:pBdr><w:left w:val="single" w:sz="12" w:space="6" w:color="969696"/></w:pBdr><w:ind w:left="%d" w:firstLine="0"/><w:jc w:val="left"/>`, twips(4)),
		fmt.Sprintf(`<w:color w:val="5A5A5A"/><w:sz w:val="%d"/><w:szCs w:val="%d"/>`, halfPoints(noteSize), halfPoints(noteSize)))
	style("Cell", "Table Cell", `<w:ind w:firstLine="0"/><w:jc w:val="left"/>`, fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, halfPoints(tableSize), halfPoints(tableSize)))
	b.WriteString(`</w:styles>`)
	return []byte(b.String())
}

func (w *docxWriter) settings() []byte {
	return []byte(xmlHeader + `<w:settings ` + wNS + `><w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/>` +
		`<w:themeFontLang w:val="` + languageTag(w.m.Lang) + `"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`)
}

// numbering is written after the body, which decides the lists.
func (w *docxWriter) numbering() []byte {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:numbering ` + wNS + `>`)
	for i, l := range w.lists {
		fmt.Fprintf(&b, `<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="%d"/>`, i, max(l.start, 0))
		if l.format == "decimal" {
			fmt.Fprintf(&b, `<w:numFmt w:val="decimal"/><w:lvlText w:val="%%1%s"/>`, esc(l.suffix))
		} else {
			fmt.Fprintf(&b, `<w:numFmt w:val="bullet"/><w:lvlText w:val="%s"/>`, esc(l.suffix))
		}
		fmt.Fprintf(&b, `<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl></w:abstractNum>`, twips(listIndent), twips(listIndent))
	}
	for i := range w.lists {
		fmt.Fprintf(&b, `<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>`, i+1, i)
	}
	b.WriteString(`</w:numbering>`)
	return []byte(b.String())
}

// core is docProps/core.xml: the title, the subject, the language and the date —
// no creator, no "last modified by", no program name.
func (w *docxWriter) core() []byte {
	date := w.m.Stamp.UTC().Format("2006-01-02T15:04:05Z")
	var b strings.Builder
	b.WriteString(xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	b.WriteString(`<dc:title>` + esc(metaText(w.m.Title)) + `</dc:title>`)
	b.WriteString(`<dc:subject>` + esc(metaText(w.m.Subject)) + `</dc:subject>`)
	b.WriteString(`<dc:language>` + languageTag(w.m.Lang) + `</dc:language>`)
	b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + date + `</dcterms:created>`)
	b.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + date + `</dcterms:modified>`)
	b.WriteString(`</cp:coreProperties>`)
	return []byte(b.String())
}
