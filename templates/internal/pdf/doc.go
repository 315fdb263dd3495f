package pdf

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Meta is the document information: title and subject in the document's language,
// the producing program, the language tag (BCP 47, e.g. sr-Cyrl-RS) and the date,
// which the caller derives from the case, never from the clock.
type Meta struct {
	Title, Subject, Creator, Lang string
	Date                          time.Time
}

// Doc is a PDF being written. Pages are written out when added; fonts (whose
// subsets depend on every page), the page tree, the outline and the catalogue are
// written by Close.
type Doc struct {
	w        *writer
	meta     Meta
	pagesRef Ref
	pages    []pageEntry
	fonts    []*FontRes
	outline  []Bookmark
	closed   bool
}

type pageEntry struct {
	ref Ref
	h   float64 // height in points, for outline destinations
}

// Bookmark is one outline entry: Level 0 is top level; Y is in points from the top.
type Bookmark struct {
	Title string
	Level int
	Page  int // 0-based
	Y     float64
}

// New starts a document on w.
func New(w io.Writer, m Meta) *Doc {
	d := &Doc{w: newWriter(w), meta: m}
	d.pagesRef = d.w.alloc()
	return d
}

// Err is the first write error, if any.
func (d *Doc) Err() error { return d.w.err }

// Pages is the number of pages added so far.
func (d *Doc) Pages() int { return len(d.pages) }

// FontRes is a font used in one document; it records the glyphs drawn so that
// Close embeds exactly those.
//
// Character codes are compact glyph numbers of the subset (CIDs), given in the
// order glyphs are first drawn; cid 0 is .notdef.
type FontRes struct {
	Font *Font
	name string
	d    *Doc
	ref  Ref
	cid  map[uint16]uint16 // font glyph → cid
	gids []uint16          // cid → font glyph
	uni  map[uint16]rune   // cid → the text it stands for
}

// UseFont makes f available to this document's pages.
func (d *Doc) UseFont(f *Font) *FontRes {
	for _, fr := range d.fonts {
		if fr.Font == f {
			return fr
		}
	}
	// The object number is taken when the font is first drawn with, so a font no
	// page uses is not embedded.
	// The resource names are unlikely ones, as the bundle adds them to the resources
	// of exhibits' pages, which have names of their own.
	fr := &FontRes{Font: f, name: "ADF" + strconv.Itoa(len(d.fonts)+1), d: d,
		cid: map[uint16]uint16{0: 0}, gids: []uint16{0}, uni: map[uint16]rune{}}
	d.fonts = append(d.fonts, fr)
	return fr
}

// hex encodes s as a string of character codes (2 bytes each; a literal string,
// half the size of hex) and records the glyphs used. Every rune
// must be one the font has: the caller maps the rest to visible text beforehand.
func (fr *FontRes) hex(s string) string {
	if fr.ref == 0 {
		fr.ref = fr.d.w.alloc()
	}
	var b strings.Builder
	b.Grow(2*len(s) + 2)
	b.WriteByte('(')
	for _, r := range s {
		g := fr.Font.GlyphID(r)
		c, ok := fr.cid[g]
		if !ok {
			c = uint16(len(fr.gids))
			fr.cid[g] = c
			fr.gids = append(fr.gids, g)
		}
		// A no-break space shares the space glyph; copied text reads a space.
		if _, seen := fr.uni[c]; !seen || r == ' ' {
			fr.uni[c] = r
		}
		literalByte(&b, byte(c>>8))
		literalByte(&b, byte(c))
	}
	b.WriteByte(')')
	return b.String()
}

// literalByte writes one byte of a PDF literal string, escaping what must be.
func literalByte(b *strings.Builder, c byte) {
	switch c {
	case '(', ')', '\\':
		b.WriteByte('\\')
		b.WriteByte(c)
	case '\r':
		b.WriteString("\\r")
	default:
		b.WriteByte(c)
	}
}

// Page is one page being drawn, in points with the origin at the bottom left.
type Page struct {
	d        *Doc
	W, H     float64
	buf      bytes.Buffer
	fonts    map[*FontRes]bool
	xobjects map[string]Ref
}

// NewPage starts a page of w × h points.
func (d *Doc) NewPage(w, h float64) *Page {
	return &Page{d: d, W: w, H: h, fonts: map[*FontRes]bool{}, xobjects: map[string]Ref{}}
}

// Op appends raw content operators.
func (p *Page) Op(s string) { p.buf.WriteString(s); p.buf.WriteByte('\n') }

// Fill sets the fill (and text) colour, 0–255 each.
func (p *Page) Fill(r, g, b int) { p.Op(rgb(r, g, b) + " rg") }

// Stroke sets the stroke colour.
func (p *Page) Stroke(r, g, b int) { p.Op(rgb(r, g, b) + " RG") }

func rgb(r, g, b int) string {
	return num(float64(r)/255) + " " + num(float64(g)/255) + " " + num(float64(b)/255)
}

// LineWidth sets the stroke width in points.
func (p *Page) LineWidth(w float64) { p.Op(num(w) + " w") }

// Line strokes a line.
func (p *Page) Line(x1, y1, x2, y2 float64) {
	p.Op(num(x1) + " " + num(y1) + " m " + num(x2) + " " + num(y2) + " l S")
}

// Rect draws a rectangle (x, y is its lower left corner): fill, stroke or both.
func (p *Page) Rect(x, y, w, h float64, fill, stroke bool) {
	op := "S"
	switch {
	case fill && stroke:
		op = "B"
	case fill:
		op = "f"
	}
	p.Op(num(x) + " " + num(y) + " " + num(w) + " " + num(h) + " re " + op)
}

// Text draws s with its baseline starting at x, y.
func (p *Page) Text(fr *FontRes, size, x, y float64, s string) {
	if s == "" {
		return
	}
	p.fonts[fr] = true
	p.Op("BT /" + fr.name + " " + num(size) + " Tf " + num(x) + " " + num(y) + " Td " + fr.hex(s) + " Tj ET")
}

// TextSpaced draws words separated by real spaces, each gap widened by extra
// points (justified text): the spaces stay in the text, so copying a line gives its
// words with spaces between them.
func (p *Page) TextSpaced(fr *FontRes, size, x, y float64, words []string, extra float64) {
	if len(words) == 0 {
		return
	}
	p.fonts[fr] = true
	var b strings.Builder
	b.WriteString("BT /" + fr.name + " " + num(size) + " Tf " + num(x) + " " + num(y) + " Td [")
	adj := num(-extra * 1000 / size)
	for i, w := range words {
		if i > 0 {
			b.WriteString(fr.hex(" "))
			if adj != "0" {
				b.WriteString(adj)
			}
		}
		b.WriteString(fr.hex(w))
	}
	b.WriteString("] TJ ET")
	p.Op(b.String())
}

// Image is an image XObject written into the document.
type Image struct {
	ref  Ref
	W, H int // pixels
}

// DrawImage places img into the rectangle x, y, w, h (points).
func (p *Page) DrawImage(img *Image, x, y, w, h float64) {
	name := "ADIm" + strconv.Itoa(int(img.ref))
	p.xobjects[name] = img.ref
	p.Op("q " + num(w) + " 0 0 " + num(h) + " " + num(x) + " " + num(y) + " cm /" + name + " Do Q")
}

// DrawImageMatrix places img with an explicit transformation of its unit square.
func (p *Page) DrawImageMatrix(img *Image, a, b, c, d, e, f float64) {
	name := "ADIm" + strconv.Itoa(int(img.ref))
	p.xobjects[name] = img.ref
	p.Op("q " + num(a) + " " + num(b) + " " + num(c) + " " + num(d) + " " + num(e) + " " + num(f) + " cm /" + name + " Do Q")
}

// AddPage writes the page's content and page object now.
func (d *Doc) AddPage(p *Page) {
	content := d.w.alloc()
	d.w.stream(content, "", p.buf.Bytes(), true)
	ref := d.w.alloc()
	var b bytes.Buffer
	fmt.Fprintf(&b, "<</Type/Page/Parent %s/MediaBox[0 0 %s %s]/Contents %s/Resources<<", d.pagesRef, num(p.W), num(p.H), content)
	if len(p.fonts) > 0 {
		b.WriteString("/Font<<")
		for _, fr := range sortedFonts(p.fonts) {
			fmt.Fprintf(&b, "/%s %s", fr.name, fr.ref)
		}
		b.WriteString(">>")
	}
	if len(p.xobjects) > 0 {
		b.WriteString("/XObject<<")
		names := make([]string, 0, len(p.xobjects))
		for n := range p.xobjects {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Fprintf(&b, "/%s %s", n, p.xobjects[n])
		}
		b.WriteString(">>")
	}
	b.WriteString(">>>>")
	d.w.object(ref, b.Bytes())
	d.pages = append(d.pages, pageEntry{ref: ref, h: p.H})
	p.buf.Reset()
}

func sortedFonts(m map[*FontRes]bool) []*FontRes {
	out := make([]*FontRes, 0, len(m))
	for fr := range m {
		out = append(out, fr)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// Bookmark adds an outline entry.
func (d *Doc) Bookmark(b Bookmark) { d.outline = append(d.outline, b) }

// Raw access for pages copied from other files (the bundle).

// Alloc reserves an object number.
func (d *Doc) Alloc() Ref { return d.w.alloc() }

// WriteObject writes an object whose body is already serialised.
func (d *Doc) WriteObject(r Ref, body []byte) { d.w.object(r, body) }

// WriteStream writes a stream object; dict is its dictionary without /Length.
// With compress the data is deflated and /Filter is added.
func (d *Doc) WriteStream(r Ref, dict string, data []byte, compress bool) {
	d.w.stream(r, dict, data, compress)
}

// PagesRef is the page tree every page names as /Parent.
func (d *Doc) PagesRef() Ref { return d.pagesRef }

// ResourceName is the name pages use for fr, for a page whose resources the
// caller writes itself.
func (fr *FontRes) ResourceName() string { return fr.name }

// Ref is the font's object.
func (fr *FontRes) Ref() Ref {
	if fr.ref == 0 {
		fr.ref = fr.d.w.alloc()
	}
	return fr.ref
}

// Hex encodes s in the font for a content stream the caller writes itself.
func (fr *FontRes) Hex(s string) string { return fr.hex(s) }

// AddRawPage appends a page object the caller wrote (its /Parent must be PagesRef);
// h is its height in points, for outline destinations.
func (d *Doc) AddRawPage(ref Ref, h float64) { d.pages = append(d.pages, pageEntry{ref: ref, h: h}) }

// Close writes the fonts, the page tree, the outline, the catalogue and the
// cross-reference table.
func (d *Doc) Close() error {
	if d.closed {
		return fmt.Errorf("pdf: document already closed")
	}
	d.closed = true
	for _, fr := range d.fonts {
		if fr.ref != 0 {
			d.writeFont(fr)
		}
	}
	var b bytes.Buffer
	b.WriteString("<</Type/Pages/Kids[")
	for i, p := range d.pages {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p.ref.String())
	}
	fmt.Fprintf(&b, "]/Count %d>>", len(d.pages))
	d.w.object(d.pagesRef, b.Bytes())
	outlines := d.writeOutline()
	catalog := d.w.alloc()
	b.Reset()
	fmt.Fprintf(&b, "<</Type/Catalog/Pages %s", d.pagesRef)
	if d.meta.Lang != "" {
		fmt.Fprintf(&b, "/Lang%s", TextString(d.meta.Lang))
	}
	if outlines > 0 {
		fmt.Fprintf(&b, "/Outlines %s/PageMode/UseOutlines", outlines)
	}
	b.WriteString("/ViewerPreferences<</DisplayDocTitle true>>>>")
	d.w.object(catalog, b.Bytes())
	info := d.w.alloc()
	b.Reset()
	b.WriteString("<<")
	if d.meta.Title != "" {
		b.WriteString("/Title" + TextString(d.meta.Title))
	}
	if d.meta.Subject != "" {
		b.WriteString("/Subject" + TextString(d.meta.Subject))
	}
	if d.meta.Creator != "" {
		b.WriteString("/Creator" + TextString(d.meta.Creator) + "/Producer" + TextString(d.meta.Creator))
	}
	if !d.meta.Date.IsZero() {
		date := "(D:" + d.meta.Date.UTC().Format("20060102150405") + "+00'00')"
		b.WriteString("/CreationDate" + date + "/ModDate" + date)
	}
	b.WriteString(">>")
	d.w.object(info, b.Bytes())
	return d.w.finish(catalog, info)
}

// writeFont embeds the subset of a font as a Type 0 font with Identity-H encoding
// (glyph ids as character codes), widths, and a ToUnicode map so text can be copied
// and searched.
func (d *Doc) writeFont(fr *FontRes) {
	f := fr.Font
	sub, gids := f.Subset(fr.gids)
	// The subset's name prefix is derived from the glyphs, so equal documents get
	// equal files.
	h := sha256.New()
	for _, g := range gids {
		fmt.Fprintf(h, "%d,", g)
	}
	sum := h.Sum(nil)
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + sum[i]%26
	}
	base := string(tag) + "+" + f.PostScriptName
	scale := 1000 / float64(f.UnitsPerEm)
	descRef, cidRef, fileRef, uniRef := d.w.alloc(), d.w.alloc(), d.w.alloc(), d.w.alloc()
	d.w.stream(fileRef, fmt.Sprintf("/Length1 %d", len(sub)), sub, true)

	flags := 32 // nonsymbolic
	if f.FixedPitch {
		flags |= 1
	}
	if f.Serif {
		flags |= 2
	}
	d.w.object(descRef, []byte(fmt.Sprintf("<</Type/FontDescriptor/FontName%s/Flags %d/FontBBox[%d %d %d %d]/ItalicAngle %s/Ascent %d/Descent %d/CapHeight %d/StemV 80/FontFile2 %s>>",
		Name(base), flags, sc(f.BBox[0], scale), sc(f.BBox[1], scale), sc(f.BBox[2], scale), sc(f.BBox[3], scale),
		num(f.ItalicAngle), sc(f.Ascent, scale), sc(f.Descent, scale), sc(f.CapHeight, scale), fileRef)))

	// Widths of the glyphs drawn (the components added by Subset are never drawn).
	var w bytes.Buffer
	fmt.Fprintf(&w, "[1[")
	for c := 1; c < len(fr.gids); c++ {
		if c > 1 {
			w.WriteByte(' ')
		}
		fmt.Fprintf(&w, "%d", sc(f.Advance(fr.gids[c]), scale))
	}
	w.WriteString("]]")
	d.w.object(cidRef, []byte(fmt.Sprintf("<</Type/Font/Subtype/CIDFontType2/BaseFont%s/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor %s/DW %d/W%s/CIDToGIDMap/Identity>>",
		Name(base), descRef, sc(f.Advance(0), scale), w.String())))

	d.w.stream(uniRef, "", toUnicode(len(fr.gids), fr.uni), true)
	d.w.object(fr.ref, []byte(fmt.Sprintf("<</Type/Font/Subtype/Type0/BaseFont%s/Encoding/Identity-H/DescendantFonts[%s]/ToUnicode %s>>",
		Name(base), cidRef, uniRef)))
}

func sc(v int, scale float64) int {
	f := float64(v) * scale
	if f < 0 {
		return int(f - 0.5)
	}
	return int(f + 0.5)
}

func toUnicode(n int, uni map[uint16]rune) []byte {
	var b bytes.Buffer
	b.WriteString("/CIDInit/ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def\n/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n")
	var entries []string
	for g := 1; g < n; g++ {
		r := uni[uint16(g)]
		if r == 0 {
			continue
		}
		var u strings.Builder
		for _, c := range utf16Of(r) {
			fmt.Fprintf(&u, "%04X", c)
		}
		entries = append(entries, fmt.Sprintf("<%04X><%s>", g, u.String()))
	}
	for len(entries) > 0 {
		n := min(100, len(entries))
		fmt.Fprintf(&b, "%d beginbfchar\n%s\nendbfchar\n", n, strings.Join(entries[:n], "\n"))
		entries = entries[n:]
	}
	b.WriteString("endcmap\nCMapName currentdict/CMap defineresource pop\nend\nend\n")
	return b.Bytes()
}

func utf16Of(r rune) []uint16 {
	if r < 0x10000 {
		return []uint16{uint16(r)}
	}
	r -= 0x10000
	return []uint16{uint16(0xD800 + (r >> 10)), uint16(0xDC00 + (r & 0x3FF))}
}

// writeOutline writes the bookmarks as a tree by level, every item open, with the
// counts the PDF format requires (the number of visible descendants).
func (d *Doc) writeOutline() Ref {
	if len(d.outline) == 0 {
		return 0
	}
	type node struct {
		b        Bookmark
		ref      Ref
		parent   int // -1 = root
		children []int
	}
	nodes := make([]node, len(d.outline))
	var roots []int
	var stack []int // index of the last node at each depth
	for i, b := range d.outline {
		nodes[i] = node{b: b, ref: d.w.alloc(), parent: -1}
		depth := 0
		for depth < len(stack) && nodes[stack[depth]].b.Level < b.Level {
			depth++
		}
		stack = stack[:depth]
		if depth == 0 {
			roots = append(roots, i)
		} else {
			p := stack[depth-1]
			nodes[i].parent = p
			nodes[p].children = append(nodes[p].children, i)
		}
		stack = append(stack, i)
	}
	root := d.w.alloc()
	var count func(i int) int
	count = func(i int) int {
		n := 0
		for _, c := range nodes[i].children {
			n += 1 + count(c)
		}
		return n
	}
	siblings := func(i int) []int {
		if nodes[i].parent < 0 {
			return roots
		}
		return nodes[nodes[i].parent].children
	}
	for i, n := range nodes {
		var b bytes.Buffer
		parent := root
		if n.parent >= 0 {
			parent = nodes[n.parent].ref
		}
		fmt.Fprintf(&b, "<</Title%s/Parent %s", TextString(n.b.Title), parent)
		sib := siblings(i)
		for k, s := range sib {
			if s != i {
				continue
			}
			if k > 0 {
				fmt.Fprintf(&b, "/Prev %s", nodes[sib[k-1]].ref)
			}
			if k < len(sib)-1 {
				fmt.Fprintf(&b, "/Next %s", nodes[sib[k+1]].ref)
			}
		}
		if len(n.children) > 0 {
			fmt.Fprintf(&b, "/First %s/Last %s/Count %d", nodes[n.children[0]].ref, nodes[n.children[len(n.children)-1]].ref, count(i))
		}
		page := min(max(n.b.Page, 0), len(d.pages)-1)
		if page >= 0 {
			pe := d.pages[page]
			fmt.Fprintf(&b, "/Dest[%s/XYZ 0 %s null]", pe.ref, num(pe.h-n.b.Y))
		}
		b.WriteString(">>")
		d.w.object(n.ref, b.Bytes())
	}
	total := len(nodes)
	d.w.object(root, []byte(fmt.Sprintf("<</Type/Outlines/First %s/Last %s/Count %d>>", nodes[roots[0]].ref, nodes[roots[len(roots)-1]].ref, total)))
	return root
}
