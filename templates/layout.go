package templates

import (
	"bytes"
	"errors"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifregular"
	"github.com/jung-kurt/gofpdf"
)

// Page geometry in millimetres (A4; the evidence index is landscape).
const (
	marginLeft   = 25.0
	marginRight  = 20.0
	marginTop    = 22.0
	marginBottom = 22.0
	bodySize     = 11.5 // points
	lineFactor   = 1.32 // line height = size × factor
	ptToMM       = 25.4 / 72
	indentFirst  = 10.0 // first-line indent of a paragraph
	listIndent   = 8.0
)

// frame is what every page of one document carries.
type frame struct {
	landscape bool
	draft     string // the draft marking line, "" when switched off
	banner    string // the reader's copy marking, "" for documents to file
	footer    string // "Страна %d од %d" style template with {N} and {M}
	org       string // organisation footer line, may be ""
	title     string
	subject   string
	creator   string
	stamp     time.Time
}

// pdfDoc wraps gofpdf with our own line layout: one wrapper measures and draws,
// pages are broken by us (never by gofpdf's auto break), and every string goes
// through printable before it reaches the font.
//
// Layout runs once: it measures with the gofpdf instance (fonts parsed once) and
// records what to draw as a list of operations; bytes() then replays them onto the
// same instance, when the number of pages is known. So "page N of M" is exact without
// gofpdf's {nb} alias, whose digits can be missing from the font subset
// (pdf-fonts-i18n-notes §1.3 #12), and without laying the document out twice.
type pdfDoc struct {
	f        *gofpdf.Fpdf
	fr       frame
	pageW    float64
	pageH    float64
	y        float64
	page     int
	total    int // pages of the whole document, known when replaying
	size     float64
	bold     bool
	family   string
	frameTop float64 // where the body starts below the page marking
	org      string  // the organisation line, fitted to one line
	ops      []func(f *gofpdf.Fpdf)
	replayed bool
}

func newPDF(fr frame) *pdfDoc {
	orient := "P"
	if fr.landscape {
		orient = "L"
	}
	f := gofpdf.New(orient, "mm", "A4", "")
	f.SetCatalogSort(true)
	f.SetCreationDate(fr.stamp)
	f.SetModificationDate(fr.stamp)
	f.SetCompression(true)
	f.AddUTF8FontFromBytes(fontFamily, "", liberationserifregular.TTF)
	f.AddUTF8FontFromBytes(fontFamily, "B", liberationserifbold.TTF)
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(marginLeft, marginTop, marginRight)
	// Metadata goes through the same checks as the page text: gofpdf's UTF-16
	// conversion panics on runes beyond the BMP and on invalid UTF-8.
	f.SetTitle(metaText(fr.title), true)
	f.SetSubject(metaText(fr.subject), true)
	f.SetCreator(metaText(fr.creator), true)
	f.SetProducer(metaText(fr.creator), true)
	w, h := f.GetPageSize()
	d := &pdfDoc{f: f, fr: fr, pageW: w, pageH: h, family: fontFamily}
	// The page marking's height, measured once: the body starts below it.
	y := 10.0
	if fr.draft != "" {
		y += 5
	}
	if fr.banner != "" {
		d.setFont(true, 9)
		y += 4*float64(len(d.wrap(printable(fr.banner), d.textW(), 0))) + 1
	}
	d.frameTop = max(marginTop, y+2)
	if fr.org != "" {
		d.setFont(false, 8)
		d.org = d.fitLine(fr.org, d.textW())
	}
	d.setFont(false, bodySize)
	return d
}

// metaText makes a metadata string safe for gofpdf: typed text rules (field), the
// font's repertoire (printable), one line, at most 300 characters.
func metaText(s string) string {
	s = strings.ReplaceAll(printable(field(s)), string(paraBreak), " ")
	if r := []rune(s); len(r) > 300 {
		s = string(r[:300]) + "…"
	}
	return s
}

// op records a drawing operation for the replay.
func (d *pdfDoc) op(fn func(f *gofpdf.Fpdf)) { d.ops = append(d.ops, fn) }

func (d *pdfDoc) text(x, y float64, s string) { d.op(func(f *gofpdf.Fpdf) { f.Text(x, y, s) }) }

func (d *pdfDoc) line(x1, y1, x2, y2 float64) {
	d.op(func(f *gofpdf.Fpdf) { f.Line(x1, y1, x2, y2) })
}

func (d *pdfDoc) rect(x, y, w, h float64, style string) {
	d.op(func(f *gofpdf.Fpdf) { f.Rect(x, y, w, h, style) })
}

func (d *pdfDoc) textColor(r, g, b int) { d.op(func(f *gofpdf.Fpdf) { f.SetTextColor(r, g, b) }) }

func (d *pdfDoc) drawColor(r, g, b int) { d.op(func(f *gofpdf.Fpdf) { f.SetDrawColor(r, g, b) }) }

func (d *pdfDoc) fillColor(r, g, b int) { d.op(func(f *gofpdf.Fpdf) { f.SetFillColor(r, g, b) }) }

func (d *pdfDoc) lineWidth(w float64) { d.op(func(f *gofpdf.Fpdf) { f.SetLineWidth(w) }) }

// bookmark records an outline entry; it is written while a UTF-8 font is current
// (else gofpdf writes mojibake: pdf-fonts-i18n-notes §1.3 #11).
func (d *pdfDoc) bookmark(s string, level int, y float64) {
	d.op(func(f *gofpdf.Fpdf) { f.Bookmark(s, level, y) })
}

// setFont makes a face current for measuring now and for drawing at replay.
func (d *pdfDoc) setFont(bold bool, size float64) {
	style := ""
	if bold {
		style = "B"
	}
	d.bold, d.size = bold, size
	d.f.SetFont(d.family, style, size)
	family := d.family
	d.op(func(f *gofpdf.Fpdf) { f.SetFont(family, style, size) })
}

func (d *pdfDoc) lineH() float64 { return d.size * lineFactor * ptToMM }

func (d *pdfDoc) textW() float64 { return d.pageW - marginLeft - marginRight }

func (d *pdfDoc) bottom() float64 { return d.pageH - marginBottom }

// width measures s in the current font, after the font check.
func (d *pdfDoc) width(s string) float64 {
	if d.f.Err() {
		return 0
	}
	return d.f.GetStringWidth(s)
}

// newPage starts a page. Its frame (the draft or reader's-copy marking at the top,
// the page number and the organisation line at the bottom) is drawn at replay, when
// the number of pages is known.
func (d *pdfDoc) newPage() {
	d.page++
	n := d.page
	style := ""
	if d.bold {
		style = "B"
	}
	family, size := d.family, d.size
	d.op(func(f *gofpdf.Fpdf) {
		f.AddPage()
		d.drawFrame(n)
		f.SetTextColor(0, 0, 0)
		f.SetFont(family, style, size)
	})
	d.y = d.frameTop
}

// drawFrame draws page n's marking and footer directly (only during the replay).
func (d *pdfDoc) drawFrame(n int) {
	f := d.f
	y := 10.0
	if d.fr.draft != "" {
		f.SetFont(d.family, "B", 9)
		f.SetTextColor(170, 0, 0)
		d.drawNow(d.fr.draft, marginLeft, y+3, d.textW(), 'C')
		y += 5
	}
	if d.fr.banner != "" {
		f.SetFont(d.family, "B", 9)
		f.SetTextColor(0, 60, 150)
		for _, l := range d.wrap(printable(d.fr.banner), d.textW(), 0) {
			d.drawNow(l, marginLeft, y+3, d.textW(), 'C')
			y += 4
		}
	}
	f.SetTextColor(0, 0, 0)
	f.SetFont(d.family, "", 9)
	num := strings.ReplaceAll(d.fr.footer, "{N}", itoa(n))
	num = strings.ReplaceAll(num, "{M}", itoa(d.total))
	fy := d.pageH - 12
	f.SetDrawColor(160, 160, 160)
	f.SetLineWidth(0.2)
	f.Line(marginLeft, fy-4, d.pageW-marginRight, fy-4)
	d.drawNow(num, marginLeft, fy, d.textW(), 'C')
	if d.fr.org != "" {
		f.SetFont(d.family, "", 8)
		f.SetTextColor(90, 90, 90)
		d.drawNow(d.org, marginLeft, fy+4, d.textW(), 'C')
	}
}

// drawNow draws an aligned line at once (frame only; measures with the current font).
func (d *pdfDoc) drawNow(s string, x, y, w float64, align byte) {
	s = printable(s)
	switch align {
	case 'C':
		x += (w - d.width(s)) / 2
	case 'R':
		x += w - d.width(s)
	}
	d.f.Text(x, y, s)
}

// fitLine shortens s with an ellipsis until it fits w (for the one-line org footer),
// measuring in the current font; a binary search keeps a very long line cheap.
func (d *pdfDoc) fitLine(s string, w float64) string {
	s = printable(strings.ReplaceAll(s, string(paraBreak), " "))
	if d.width(s) <= w {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if d.width(string(r[:mid])+"…") <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(r[:lo]) + "…"
}

// need makes sure h millimetres fit on the current page, else starts a new one.
func (d *pdfDoc) need(h float64) {
	if d.page == 0 || d.y+h > d.bottom() {
		d.newPage()
	}
}

// drawAligned draws one already-wrapped line; the baseline is at y.
func (d *pdfDoc) drawAligned(s string, x, y, w float64, align byte) {
	s = printable(s)
	switch align {
	case 'C':
		x += (w - d.width(s)) / 2
	case 'R':
		x += w - d.width(s)
	}
	d.text(x, y, s)
}

// drawJustified spreads the words of a line over w.
func (d *pdfDoc) drawJustified(s string, x, y, w float64) {
	words := strings.Split(s, " ")
	if len(words) < 2 {
		d.text(x, y, s)
		return
	}
	total := 0.0
	for _, wd := range words {
		total += d.width(wd)
	}
	gap := (w - total) / float64(len(words)-1)
	if gap > d.width(" ")*5 { // a line with one long word after it: leave it ragged rather than torn apart
		gap = d.width(" ")
	}
	for _, wd := range words {
		d.text(x, y, wd)
		x += d.width(wd) + gap
	}
}

// wrap breaks text into lines no wider than w (the first line is w-first wide). It
// breaks only at U+0020, so a no-break space keeps its words together; a word longer
// than a line is cut between runes. This one function measures and draws everything,
// so what was measured is what is printed (never gofpdf's byte-based SplitLines).
// The input must already be printable.
func (d *pdfDoc) wrap(text string, w, first float64) []string {
	var lines []string
	var cur []string
	curW := 0.0
	space := d.width(" ")
	limit := w - first
	flush := func() {
		lines = append(lines, strings.Join(cur, " "))
		cur, curW = nil, 0
		limit = w
	}
	for _, word := range strings.Split(text, " ") {
		if word == "" {
			continue
		}
		ww := d.width(word)
		if len(cur) > 0 && curW+space+ww <= limit {
			cur = append(cur, word)
			curW += space + ww
			continue
		}
		if len(cur) > 0 {
			flush()
		}
		for ww > limit && utf8.RuneCountInString(word) > 1 {
			// Cut the longest prefix that fits (at least one rune).
			r := []rune(word)
			lo, hi := 1, len(r)-1
			for lo < hi {
				mid := (lo + hi + 1) / 2
				if d.width(string(r[:mid])) <= limit {
					lo = mid
				} else {
					hi = mid - 1
				}
			}
			cur = []string{string(r[:lo])}
			flush()
			word = string(r[lo:])
			ww = d.width(word)
		}
		cur, curW = []string{word}, ww
	}
	if len(cur) > 0 || len(lines) == 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

// paragraph lays out one block of running text.
func (d *pdfDoc) paragraph(text string, opt paraOpt) {
	text = printable(text)
	d.setFont(opt.bold, opt.size)
	lh := d.lineH()
	x := marginLeft + opt.left
	w := d.textW() - opt.left
	lines := d.wrap(text, w, opt.first)
	for i, l := range lines {
		d.need(lh)
		base := d.y + lh*0.78
		lx, lw := x, w
		if i == 0 {
			lx += opt.first
			lw -= opt.first
			if opt.label != "" {
				d.text(x-opt.labelW, base, printable(opt.label))
			}
		}
		switch {
		case opt.align == 'J' && i < len(lines)-1:
			d.drawJustified(l, lx, base, lw)
		case opt.align == 'J':
			d.text(lx, base, l)
		default:
			d.drawAligned(l, lx, base, lw, opt.align)
		}
		d.y += lh
	}
	d.setFont(false, bodySize)
}

type paraOpt struct {
	bold   bool
	size   float64
	align  byte // L C R J
	left   float64
	first  float64
	label  string
	labelW float64
}

// bytes replays the recorded operations, now that the number of pages is known,
// and returns the PDF.
func (d *pdfDoc) bytes() ([]byte, error) {
	if d.replayed {
		return nil, errors.New("templates: document already written")
	}
	d.replayed = true
	if d.page == 0 {
		d.newPage()
	}
	if err := d.f.Error(); err != nil {
		return nil, err
	}
	d.total = d.page
	for _, op := range d.ops {
		op(d.f)
	}
	d.ops = nil
	var buf bytes.Buffer
	if err := d.f.Output(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
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
