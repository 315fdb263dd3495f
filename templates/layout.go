package templates

import (
	"bytes"
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
type pdfDoc struct {
	f      *gofpdf.Fpdf
	fr     frame
	pageW  float64
	pageH  float64
	y      float64
	page   int
	total  int // pages of the first pass, 0 during it
	size   float64
	bold   bool
	family string
}

func newPDF(fr frame, total int) *pdfDoc {
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
	f.SetTitle(fr.title, true)
	f.SetSubject(fr.subject, true)
	f.SetCreator(fr.creator, true)
	f.SetProducer(fr.creator, true)
	w, h := f.GetPageSize()
	d := &pdfDoc{f: f, fr: fr, pageW: w, pageH: h, total: total, family: fontFamily}
	d.setFont(false, bodySize)
	return d
}

func (d *pdfDoc) setFont(bold bool, size float64) {
	style := ""
	if bold {
		style = "B"
	}
	d.bold, d.size = bold, size
	d.f.SetFont(d.family, style, size)
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

// newPage starts a page and draws its frame: the draft or reader's-copy marking at
// the top, the page number and the organisation line at the bottom. The frame is
// drawn at once (positions are absolute), so no header/footer callbacks are needed.
func (d *pdfDoc) newPage() {
	d.f.AddPage()
	d.page++
	bold, size := d.bold, d.size
	y := 10.0
	if d.fr.draft != "" {
		d.setFont(true, 9)
		d.f.SetTextColor(170, 0, 0)
		d.drawAligned(d.fr.draft, marginLeft, y+3, d.textW(), 'C')
		y += 5
	}
	if d.fr.banner != "" {
		d.setFont(true, 9)
		d.f.SetTextColor(0, 60, 150)
		for _, l := range d.wrap(printable(d.fr.banner), d.textW(), 0) {
			d.drawAligned(l, marginLeft, y+3, d.textW(), 'C')
			y += 4
		}
		y++
	}
	d.f.SetTextColor(0, 0, 0)
	d.setFont(false, 9)
	num := d.fr.footer
	num = strings.ReplaceAll(num, "{N}", itoa(d.page))
	m := "—"
	if d.total > 0 {
		m = itoa(d.total)
	}
	num = strings.ReplaceAll(num, "{M}", m)
	fy := d.pageH - 12
	d.f.SetDrawColor(160, 160, 160)
	d.f.Line(marginLeft, fy-4, d.pageW-marginRight, fy-4)
	d.drawAligned(num, marginLeft, fy, d.textW(), 'C')
	if d.fr.org != "" {
		d.setFont(false, 8)
		d.f.SetTextColor(90, 90, 90)
		d.drawAligned(d.fitLine(d.fr.org, d.textW()), marginLeft, fy+4, d.textW(), 'C')
		d.f.SetTextColor(0, 0, 0)
	}
	d.setFont(bold, size)
	d.y = marginTop
	if y+2 > d.y {
		d.y = y + 2
	}
}

// fitLine shortens s with an ellipsis until it fits w (for the one-line org footer).
func (d *pdfDoc) fitLine(s string, w float64) string {
	s = printable(strings.ReplaceAll(s, string(paraBreak), " "))
	if d.width(s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && d.width(string(r)+"…") > w {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
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
	d.f.Text(x, y, s)
}

// drawJustified spreads the words of a line over w.
func (d *pdfDoc) drawJustified(s string, x, y, w float64) {
	words := strings.Split(s, " ")
	if len(words) < 2 {
		d.f.Text(x, y, s)
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
		d.f.Text(x, y, wd)
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
				d.f.Text(x-opt.labelW, base, printable(opt.label))
			}
		}
		switch {
		case opt.align == 'J' && i < len(lines)-1:
			d.drawJustified(l, lx, base, lw)
		case opt.align == 'J':
			d.f.Text(lx, base, l)
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

// bytes renders the document to PDF bytes.
func (d *pdfDoc) bytes() ([]byte, error) {
	if d.page == 0 {
		d.newPage()
	}
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
