package templates

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	"appealdesk/templates/internal/pdf"
)

// Page geometry in millimetres (A4; the evidence index is landscape).
const (
	pageShort    = 210.0
	pageLong     = 297.0
	marginLeft   = 25.0
	marginRight  = 20.0
	marginTop    = 22.0
	marginBottom = 22.0
	bodySize     = 11.5 // points
	lineFactor   = 1.32 // line height = size × factor
	ptToMM       = 25.4 / 72
	mmToPt       = 72 / 25.4
	indentFirst  = 10.0 // first-line indent of a paragraph
	listIndent   = 8.0
	noteSize     = 9.5
	titleSize    = 15.0
	tableSize    = 9.5
	hashSize     = 7.5
	cellPad      = 1.4
)

// Layout rules (issue: a lawyer signs pages, not paragraphs):
//
//   - a paragraph never leaves its first line alone at the bottom of a page (orphan)
//     nor its last line alone at the top of the next one (widow);
//   - a heading stays on the page of the first two lines that follow it;
//   - the lines a template marks with [[keep N]] (place, date, signature) stay on one
//     page together with the line before them, so a signature block never stands
//     alone on a page;
//   - a space never breaks inside a citation (bindCitations) and a soft hyphen
//     prints only as the hyphen of a line broken there;
//   - the evidence table's header repeats on every page; a row moves whole to the
//     next page, and only a row taller than a page is split, its continuation again
//     naming its "Прилог N";
//   - vertical space at the top of a page is dropped.
//
// Layout is measured once: lines are wrapped into boxes, the boxes are placed on
// pages (moving back to the last allowed break where a rule forbids one), and only
// then drawn, when the number of pages is known, so "Страна N од M" is exact.

// face is one of the three faces.
type face int

const (
	faceText face = iota
	faceTextBold
	faceHash
)

func (f face) font() *pdf.Font {
	switch f {
	case faceTextBold:
		return faceBold
	case faceHash:
		return faceMono
	}
	return faceRegular
}

// measurer measures text; work counts the characters measured, so a test can
// prove the layout is linear in the length of its text.
type measurer struct {
	work int
}

// width of s in millimetres.
func (m *measurer) width(f face, size float64, s string) float64 {
	font := f.font()
	units := 0
	for _, r := range s {
		m.work++
		units += font.RuneAdvance(r)
	}
	return float64(units) * size / float64(font.UnitsPerEm) * ptToMM
}

func (m *measurer) runeWidth(f face, size float64, r rune) float64 {
	m.work++
	font := f.font()
	return float64(font.RuneAdvance(r)) * size / float64(font.UnitsPerEm) * ptToMM
}

func lineHeight(size float64) float64 { return size * lineFactor * ptToMM }

// textLine is one wrapped line: its words (without soft hyphens; a line broken at a
// soft hyphen ends in "-").
type textLine struct {
	words []string
	width float64 // natural width with single spaces
}

func (l textLine) String() string { return strings.Join(l.words, " ") }

// wrap breaks text into lines no wider than w (the first line is w-first wide). It
// breaks at U+0020 only, so a no-break space keeps its words together; at a soft
// hyphen when a word does not fit (printing "-" there); and it cuts a word longer
// than a line between letters. Its work is linear in the length of the text.
func (m *measurer) wrap(f face, size float64, text string, w, first float64) []textLine {
	var lines []textLine
	var cur []string
	curW := 0.0
	space := m.runeWidth(f, size, ' ')
	hyphen := m.runeWidth(f, size, '-')
	limit := w - first
	flush := func() {
		lines = append(lines, textLine{words: cur, width: curW})
		cur, curW = nil, 0
		limit = w
	}
	for _, word := range strings.Split(text, " ") {
		if word == "" {
			continue
		}
		// The parts between soft hyphens and their widths, measured once.
		parts := strings.Split(word, string(softHyphen))
		widths := make([]float64, len(parts))
		ww := 0.0
		for i, p := range parts {
			widths[i] = m.width(f, size, p)
			ww += widths[i]
		}
		for {
			lead := 0.0
			if len(cur) > 0 {
				lead = curW + space
			}
			if lead+ww <= limit {
				break
			}
			// Break at the last soft hyphen that still fits, if any.
			k, acc := 0, 0.0
			for i := 0; i < len(parts)-1; i++ {
				if lead+acc+widths[i]+hyphen > limit {
					break
				}
				acc += widths[i]
				k = i + 1
			}
			if k == 0 {
				if len(cur) > 0 {
					flush()
					continue
				}
				break // alone on a line and no soft hyphen fits: cut below
			}
			cur = append(cur, strings.Join(parts[:k], "")+"-")
			curW = lead + acc + hyphen
			flush()
			parts, widths = parts[k:], widths[k:]
			ww -= acc
		}
		word = strings.Join(parts, "")
		if len(cur) > 0 {
			cur = append(cur, word)
			curW += space + ww
			continue
		}
		if ww <= limit {
			cur, curW = []string{word}, ww
			continue
		}
		// Longer than a line: cut between letters, in one pass.
		start, acc := 0, 0.0
		for i, r := range word {
			rw := m.runeWidth(f, size, r)
			if acc+rw > limit && i > start {
				cur, curW = []string{word[start:i]}, acc
				flush()
				start, acc = i, 0
			}
			acc += rw
		}
		cur, curW = []string{word[start:]}, acc
	}
	if len(cur) > 0 || len(lines) == 0 {
		lines = append(lines, textLine{words: cur, width: curW})
	}
	return lines
}

// drawer draws onto one page of a PDF in millimetres from the top left.
type drawer struct {
	p     *pdf.Page
	fonts [3]*pdf.FontRes
	h     float64 // page height, mm
}

func (d *drawer) text(f face, size, x, baseline float64, s string) {
	d.p.Text(d.fonts[f], size, x*mmToPt, (d.h-baseline)*mmToPt, s)
}

func (d *drawer) spaced(f face, size, x, baseline float64, words []string, extra float64) {
	d.p.TextSpaced(d.fonts[f], size, x*mmToPt, (d.h-baseline)*mmToPt, words, extra*mmToPt)
}

func (d *drawer) fill(r, g, b int)   { d.p.Fill(r, g, b) }
func (d *drawer) stroke(r, g, b int) { d.p.Stroke(r, g, b) }
func (d *drawer) lineWidth(w float64) {
	d.p.LineWidth(w * mmToPt)
}

func (d *drawer) line(x1, y1, x2, y2 float64) {
	d.p.Line(x1*mmToPt, (d.h-y1)*mmToPt, x2*mmToPt, (d.h-y2)*mmToPt)
}

// rect with its top left corner at x, y.
func (d *drawer) rect(x, y, w, h float64, fill, stroke bool) {
	d.p.Rect(x*mmToPt, (d.h-y-h)*mmToPt, w*mmToPt, h*mmToPt, fill, stroke)
}

// box is one unbreakable piece of a page: a line of text, a table row.
type box struct {
	h      float64 // height
	before float64 // space above it, dropped at the top of a page
	// noBreak: no page break may fall just before this box.
	noBreak bool
	draw    func(d *drawer, y float64)
	// bookmark: an outline entry at this box.
	bookmark *pdf.Bookmark
	// In a table: the header to draw first on a new page, and for a row taller than
	// a page, how to split it.
	header *box
	split  func(avail float64) (*box, *box)
	// kind of the block the box belongs to, for tests of the rules.
	kind blockKind
	// signature: part of a [[keep]] block at the end (the signature block).
	signature bool
	// last: the last line of its block; first: the first.
	first, last bool
	// text is the line's text (a row: its first cell's first line), for tests.
	text string
	// block is the index of the block the box belongs to.
	block int
}

// placed is a box on a page; idx is its index among the boxes (-1 for a repeated
// table header).
type placed struct {
	b   *box
	y   float64
	idx int
}

// laidOut is a document laid out on pages, ready to draw.
type laidOut struct {
	m        *model
	w, h     float64
	frameTop float64
	pages    [][]placed
	org      string
	measure  *measurer
}

func (lo *laidOut) textW() float64  { return lo.w - marginLeft - marginRight }
func (lo *laidOut) bottom() float64 { return lo.h - marginBottom }

// layout lays a model out on pages.
func layout(m *model) (*laidOut, error) {
	if err := fonts(); err != nil {
		return nil, err
	}
	lo := &laidOut{m: m, w: pageShort, h: pageLong, measure: &measurer{}}
	if m.Landscape {
		lo.w, lo.h = pageLong, pageShort
	}
	// The page marking's height: the body starts below it.
	y := 10.0
	if m.Draft != "" {
		y += 7
	}
	if m.Banner != "" {
		y += 4*float64(len(lo.measure.wrap(faceTextBold, 9, m.Banner, lo.textW(), 0))) + 1
	}
	lo.frameTop = max(marginTop, y+2)
	if m.Org != "" {
		lo.org = lo.fitLine(faceText, 8, m.Org, lo.textW())
	}
	boxes := lo.boxes()
	lo.paginate(boxes)
	return lo, nil
}

// fitLine shortens s with an ellipsis until it fits w (the one-line org footer).
func (lo *laidOut) fitLine(f face, size float64, s string, w float64) string {
	s = strings.ReplaceAll(s, string(softHyphen), "")
	if lo.measure.width(f, size, s) <= w {
		return s
	}
	ell := lo.measure.runeWidth(f, size, '…')
	acc := 0.0
	for i, r := range s {
		acc += lo.measure.runeWidth(f, size, r)
		if acc+ell > w {
			return s[:i] + "…"
		}
	}
	return s
}

// style is how a block kind is set.
type style struct {
	face   face
	size   float64
	align  byte // L C J, or R (the right half)
	left   float64
	first  float64
	before float64 // space above, in body line heights
}

func styleOf(b *block) style {
	switch b.Kind {
	case blockTitle:
		return style{face: faceTextBold, size: titleSize, align: 'C', before: 0.6}
	case blockSection:
		return style{face: faceTextBold, size: bodySize, align: 'C', before: 0.5}
	case blockHeading:
		return style{face: faceTextBold, size: bodySize, align: 'L', before: 0.5}
	case blockBold:
		return style{face: faceTextBold, size: bodySize, align: 'J'}
	case blockLine:
		st := style{face: faceText, size: bodySize, align: b.Align}
		if b.Align == alignRightHalf {
			st.align = 'L'
			st.left = (pageShort - marginLeft - marginRight) * 0.5
		}
		return st
	case blockItem:
		return style{face: faceText, size: bodySize, align: 'J', left: listIndent}
	case blockNote:
		return style{face: faceText, size: noteSize, align: 'L', left: 4}
	}
	return style{face: faceText, size: bodySize, align: 'J', first: indentFirst}
}

// boxes turns the model's blocks into boxes with their break rules.
func (lo *laidOut) boxes() []*box {
	var out []*box
	bodyLH := lineHeight(bodySize)
	pendingSpace := 0.0
	keepWithPrev := false
	// The trailing [[keep]] group is the signature block.
	sigFrom := len(lo.m.Blocks)
	for i := len(lo.m.Blocks) - 1; i >= 0; i-- {
		if lo.m.Blocks[i].KeepPrev {
			sigFrom = i
			break
		}
	}
	for bi := range lo.m.Blocks {
		b := &lo.m.Blocks[bi]
		if b.Kind == blockSpace {
			pendingSpace += bodyLH
			if b.KeepNext {
				keepWithPrev = true
			}
			if b.KeepPrev && len(out) > 0 {
				keepWithPrev = true
			}
			continue
		}
		var bs []*box
		if b.Kind == blockTable {
			bs = lo.tableBoxes(b.Table)
		} else {
			bs = lo.textBoxes(b)
		}
		if len(bs) == 0 {
			continue
		}
		st := styleOf(b)
		bs[0].before = pendingSpace + st.before*bodyLH
		pendingSpace = b.SpaceAfter * bodyLH
		if b.Kind == blockTitle {
			pendingSpace = b.SpaceAfter * lineHeight(titleSize)
		}
		if keepWithPrev || b.KeepPrev {
			bs[0].noBreak = true
		}
		keepWithPrev = b.KeepNext
		for _, x := range bs {
			x.kind = b.Kind
			x.signature = bi >= sigFrom
			x.block = bi
		}
		bs[0].first, bs[len(bs)-1].last = true, true
		out = append(out, bs...)
	}
	return out
}

// textBoxes wraps a text block into line boxes: the orphan and widow rules hold
// its first two and last two lines together.
func (lo *laidOut) textBoxes(b *block) []*box {
	st := styleOf(b)
	lh := lineHeight(st.size)
	x := marginLeft + st.left
	w := lo.textW() - st.left
	lines := lo.measure.wrap(st.face, st.size, b.Text, w, st.first)
	space := lo.measure.runeWidth(st.face, st.size, ' ')
	var out []*box
	for i, l := range lines {
		i, l := i, l
		lx, lw := x, w
		if i == 0 {
			lx += st.first
			lw -= st.first
		}
		last := i == len(lines)-1
		bx := &box{h: lh, text: l.String()}
		label := ""
		if i == 0 && b.Kind == blockItem {
			label = b.Label
		}
		kind := b.Kind
		lineW := l.width
		bx.draw = func(d *drawer, y float64) {
			base := y + lh*0.78
			switch kind {
			case blockNote:
				d.fill(90, 90, 90)
				d.stroke(150, 150, 150)
				d.lineWidth(0.6)
				d.line(marginLeft+1, y, marginLeft+1, y+lh)
				d.lineWidth(0.2)
			}
			if label != "" {
				d.text(st.face, st.size, x-listIndent, base, label)
			}
			switch {
			case st.align == 'J' && !last && len(l.words) > 1:
				gap := (lw - (lineW - space*float64(len(l.words)-1))) / float64(len(l.words)-1)
				extra := gap - space
				if gap > space*3 || extra < 0 {
					// A line followed by one long word: ragged rather than torn apart
					// (wider gaps also make text extraction read one line as two columns).
					extra = 0
				}
				d.spaced(st.face, st.size, lx, base, l.words, extra)
			case st.align == 'C':
				d.text(st.face, st.size, lx+(lw-lineW)/2, base, l.String())
			default:
				d.text(st.face, st.size, lx, base, l.String())
			}
			if kind == blockNote {
				d.fill(0, 0, 0)
			}
		}
		out = append(out, bx)
	}
	// Orphan and widow: the second line stays with the first, the last with the one
	// before it.
	if len(out) >= 2 {
		out[1].noBreak = true
		out[len(out)-1].noBreak = true
	}
	// A heading's own lines stay together.
	switch b.Kind {
	case blockTitle, blockSection, blockHeading:
		for _, bx := range out[1:] {
			bx.noBreak = true
		}
		level := map[blockKind]int{blockTitle: 0, blockSection: 1, blockHeading: 2}[b.Kind]
		out[0].bookmark = &pdf.Bookmark{Title: strings.ReplaceAll(b.Text, string(softHyphen), ""), Level: level}
	}
	return out
}

// paginate places the boxes on pages. Where a box does not fit, the page ends
// before it — or, if a rule forbids a break there, before the nearest earlier box
// where a break is allowed; a chain of unbreakable boxes longer than a page breaks
// where it must.
func (lo *laidOut) paginate(boxes []*box) {
	top, bottom := lo.frameTop, lo.bottom()
	var page []placed
	startIdx := 0 // index of the first box on the current page
	y := top
	newPage := func(at int) {
		lo.pages = append(lo.pages, page)
		page, y, startIdx = nil, top, at
	}
	for i := 0; i < len(boxes); {
		b := boxes[i]
		if len(page) == 0 && b.header != nil {
			// A table continues on a new page: its header first.
			page = append(page, placed{b.header, y, -1})
			y += b.header.h
		}
		// fresh: nothing on the page yet but a repeated header.
		fresh := len(page) == 0 || (len(page) == 1 && page[0].idx < 0)
		gap := b.before
		if fresh {
			gap = 0
		}
		if y+gap+b.h <= bottom+0.01 {
			page = append(page, placed{b, y + gap, i})
			y += gap + b.h
			i++
			continue
		}
		// A table row taller than a whole page is split where the page ends.
		if b.split != nil {
			room := bottom - top
			if b.header != nil {
				room -= b.header.h
			}
			if b.h > room {
				if first, rest := b.split(bottom - y - gap); first != nil {
					page = append(page, placed{first, y + gap, i})
					boxes[i] = rest
					newPage(i)
					continue
				}
			}
		}
		if fresh {
			// Taller than a page and not splittable: place it and let it run over.
			page = append(page, placed{b, y + gap, i})
			y += gap + b.h
			i++
			continue
		}
		j := i
		for j > startIdx && boxes[j].noBreak {
			j--
		}
		if j == startIdx {
			j = i // the rules cannot all hold on one page: break here
		}
		kept := page[:0]
		for _, p := range page {
			if p.idx < j {
				kept = append(kept, p)
			}
		}
		page = kept
		newPage(j)
		i = j
	}
	if len(page) > 0 || len(lo.pages) == 0 {
		lo.pages = append(lo.pages, page)
	}
}

// tableBoxes lays out a table: a header box (repeated on every page) and one box
// per row.
func (lo *laidOut) tableBoxes(t *table) []*box {
	lh := lineHeight(tableSize)
	m := lo.measure
	heads := make([][]textLine, len(t.Cols))
	n := 1
	for i, c := range t.Cols {
		heads[i] = m.wrap(faceTextBold, tableSize, c.Head, c.Width-2*cellPad, 0)
		n = max(n, len(heads[i]))
	}
	header := &box{h: float64(n)*lh + 2*cellPad}
	header.draw = func(d *drawer, y float64) {
		x := marginLeft
		d.stroke(90, 90, 90)
		d.lineWidth(0.2)
		d.fill(232, 232, 232)
		for _, c := range t.Cols {
			d.rect(x, y, c.Width, header.h, true, true)
			x += c.Width
		}
		d.fill(0, 0, 0)
		x = marginLeft
		for i, c := range t.Cols {
			for j, l := range heads[i] {
				d.text(faceTextBold, tableSize, x+cellPad, y+cellPad+lh*float64(j)+lh*0.78, l.String())
			}
			x += c.Width
		}
	}
	out := []*box{header}
	for _, row := range t.Rows {
		cells := make([][]cellLine, len(t.Cols))
		for i, c := range t.Cols {
			if i >= len(row) {
				continue
			}
			f, size := faceText, tableSize
			if c.Mono {
				f, size = faceHash, hashSize
			}
			for _, part := range row[i] {
				for _, l := range m.wrap(f, size, part, c.Width-2*cellPad, 0) {
					cells[i] = append(cells[i], cellLine{l.String(), f, size})
				}
			}
		}
		out = append(out, lo.rowBox(t, cells, header, lh, false))
	}
	// The header stays with the first row.
	if len(out) > 1 {
		out[1].noBreak = true
	}
	return out
}

type cellLine struct {
	text string
	face face
	size float64
}

// rowBox is a table row; a row taller than a page splits between its lines, and
// its continuation repeats the first cell's first line ("Прилог N") with t.Continued.
func (lo *laidOut) rowBox(t *table, cells [][]cellLine, header *box, lh float64, cont bool) *box {
	n := 1
	for _, c := range cells {
		n = max(n, len(c))
	}
	b := &box{h: float64(n)*lh + 2*cellPad, header: header}
	if len(cells) > 0 && len(cells[0]) > 0 {
		b.text = cells[0][0].text
	}
	b.draw = func(d *drawer, y float64) {
		x := marginLeft
		d.stroke(90, 90, 90)
		d.lineWidth(0.2)
		for i, c := range t.Cols {
			d.rect(x, y, c.Width, b.h, false, true)
			for j, l := range cells[i] {
				d.text(l.face, l.size, x+cellPad, y+cellPad+lh*float64(j)+lh*0.78, l.text)
			}
			x += c.Width
		}
	}
	b.split = func(avail float64) (*box, *box) {
		fit := int((avail - 2*cellPad) / lh)
		if fit < 1 || fit >= n {
			return nil, nil
		}
		head := make([][]cellLine, len(cells))
		tail := make([][]cellLine, len(cells))
		for i, c := range cells {
			k := min(fit, len(c))
			head[i], tail[i] = c[:k], append([]cellLine(nil), c[k:]...)
		}
		// The continuation names its row.
		if len(cells) > 0 && len(cells[0]) > 0 {
			label := cells[0][0]
			if t.Continued != "" {
				tail[0] = append([]cellLine{label, {t.Continued, label.face, label.size}}, tail[0]...)
			} else {
				tail[0] = append([]cellLine{label}, tail[0]...)
			}
		}
		return lo.rowBox(t, head, header, lh, cont), lo.rowBox(t, tail, header, lh, true)
	}
	return b
}

// pdfMeta is the document information of m.
func pdfMeta(m *model) pdf.Meta {
	return pdf.Meta{Title: metaText(m.Title), Subject: metaText(m.Subject), Creator: metaText(m.Creator),
		Lang: languageTag(m.Lang), Date: m.Stamp}
}

// writePDF lays m out and writes it as a PDF.
func writePDF(m *model, w io.Writer) (pages int, err error) {
	lo, err := layout(m)
	if err != nil {
		return 0, err
	}
	doc := pdf.New(w, pdfMeta(m))
	lo.emit(doc, 0, nil)
	if err := doc.Close(); err != nil {
		return 0, err
	}
	return len(lo.pages), nil
}

// pdfBytes renders m to a PDF in memory.
func pdfBytes(m *model) ([]byte, int, error) {
	var buf bytes.Buffer
	n, err := writePDF(m, &buf)
	return buf.Bytes(), n, err
}

// emit draws the laid-out pages into doc. Bookmarks go one level below level0 (the
// bundle nests each document under its own entry); stamp, if not nil, draws extra
// marks on each page (the bundle's page numbers).
func (lo *laidOut) emit(doc *pdf.Doc, levelShift int, stamp func(i int, d *drawer)) {
	fonts := [3]*pdf.FontRes{doc.UseFont(faceRegular), doc.UseFont(faceBold), doc.UseFont(faceMono)}
	first := doc.Pages()
	for i, pg := range lo.pages {
		p := doc.NewPage(lo.w*mmToPt, lo.h*mmToPt)
		d := &drawer{p: p, fonts: fonts, h: lo.h}
		d.fill(0, 0, 0)
		lo.drawFrame(d, i+1, len(lo.pages))
		for _, pl := range pg {
			pl.b.draw(d, pl.y)
			if bm := pl.b.bookmark; bm != nil {
				doc.Bookmark(pdf.Bookmark{Title: metaText(bm.Title), Level: bm.Level + levelShift, Page: first + i, Y: pl.y * mmToPt})
			}
		}
		if stamp != nil {
			stamp(first+i, d)
		}
		doc.AddPage(p)
	}
}

// drawFrame draws page n's marking and footer: the draft band at the top (dark
// text in a frame, legible when printed in grey), the reader's copy banner, the
// page number and the organisation's line.
func (lo *laidOut) drawFrame(d *drawer, n, total int) {
	m := lo.m
	y := 10.0
	tw := lo.textW()
	if m.Draft != "" {
		w := lo.measure.width(faceTextBold, 10, m.Draft)
		bw := min(tw, w+8)
		bx := marginLeft + (tw-bw)/2
		d.fill(242, 242, 242)
		d.stroke(60, 60, 60)
		d.lineWidth(0.5)
		d.rect(bx, y, bw, 6, true, true)
		d.lineWidth(0.2)
		d.fill(140, 0, 0)
		d.text(faceTextBold, 10, marginLeft+(tw-w)/2, y+4.3, m.Draft)
		y += 7
	}
	if m.Banner != "" {
		d.fill(0, 50, 130)
		for _, l := range lo.measure.wrap(faceTextBold, 9, m.Banner, tw, 0) {
			d.text(faceTextBold, 9, marginLeft+(tw-l.width)/2, y+3, l.String())
			y += 4
		}
	}
	d.fill(0, 0, 0)
	if m.Footer == "" {
		return // a page of the bundle's own: the bundle's stamp numbers it
	}
	num := strings.ReplaceAll(m.Footer, "{N}", itoa(n))
	num = strings.ReplaceAll(num, "{M}", itoa(total))
	fy := lo.h - 12
	d.stroke(160, 160, 160)
	d.lineWidth(0.2)
	d.line(marginLeft, fy-4, lo.w-marginRight, fy-4)
	nw := lo.measure.width(faceText, 9, num)
	d.text(faceText, 9, marginLeft+(tw-nw)/2, fy, num)
	if lo.org != "" {
		d.fill(90, 90, 90)
		ow := lo.measure.width(faceText, 8, lo.org)
		d.text(faceText, 8, marginLeft+(tw-ow)/2, fy+4, lo.org)
		d.fill(0, 0, 0)
	}
}

// metaText makes a metadata string one line of at most 300 characters.
func metaText(s string) string {
	s = strings.ReplaceAll(printable(field(s)), string(paraBreak), " ")
	s = strings.ReplaceAll(s, string(softHyphen), "")
	if utf8.RuneCountInString(s) > 300 {
		s = string([]rune(s)[:300]) + "…"
	}
	return s
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
