// Package pdf writes the PDF files of Appeal Desk: its own documents (text in
// embedded TrueType subsets, lines, rectangles, images, an outline) and the filing
// bundle, into which pages of other PDFs are copied. Objects are streamed to an
// io.Writer as they are finished, so a bundle of many exhibits never has to be held
// in memory, and the output depends only on what is drawn (no clock, no random).
//
// Why not gofpdf (which the documents used before): it re-parses both fonts and
// serialises each whole font to JSON to make an ID for every document, starts a new
// compressor for every stream, writes /Count 0 on outline items that have children
// (invalid), cannot set the document language, and prints a soft hyphen as "-".
// It is archived upstream, so none of this can be fixed there.
package pdf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// Font is a parsed TrueType font (glyf outlines). It is read once and shared by
// every document; it is never modified after Parse.
type Font struct {
	PostScriptName string
	UnitsPerEm     int
	Ascent         int // font units, positive
	Descent        int // font units, negative
	CapHeight      int
	BBox           [4]int
	ItalicAngle    float64
	FixedPitch     bool
	Serif          bool

	data      []byte
	tables    map[string][]byte
	numGlyphs int
	advance   []uint16 // per glyph
	cmap      []uint16 // BMP rune → glyph (0 = none)
	loca      []uint32 // glyph i spans glyf[loca[i]:loca[i+1]]
	glyf      []byte
}

var errFont = errors.New("pdf: not a usable TrueType font")

// Parse reads a TrueType font with glyf outlines and a Unicode BMP cmap.
func Parse(data []byte) (*Font, error) {
	if len(data) < 12 {
		return nil, errFont
	}
	f := &Font{data: data, tables: map[string][]byte{}}
	n := int(binary.BigEndian.Uint16(data[4:]))
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(data) {
			return nil, errFont
		}
		tag := string(data[rec : rec+4])
		off := int(binary.BigEndian.Uint32(data[rec+8:]))
		length := int(binary.BigEndian.Uint32(data[rec+12:]))
		if off < 0 || length < 0 || off+length > len(data) {
			return nil, fmt.Errorf("%w: table %s out of range", errFont, tag)
		}
		f.tables[tag] = data[off : off+length]
	}
	for _, t := range []string{"head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap"} {
		if f.tables[t] == nil {
			return nil, fmt.Errorf("%w: no %s table", errFont, t)
		}
	}
	head, hhea, maxp := f.tables["head"], f.tables["hhea"], f.tables["maxp"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 {
		return nil, errFont
	}
	f.UnitsPerEm = int(u16(head, 18))
	f.BBox = [4]int{int(i16(head, 36)), int(i16(head, 38)), int(i16(head, 40)), int(i16(head, 42))}
	longLoca := i16(head, 50) == 1
	f.Ascent, f.Descent = int(i16(hhea, 4)), int(i16(hhea, 6))
	f.numGlyphs = int(u16(maxp, 4))
	if f.UnitsPerEm == 0 || f.numGlyphs == 0 {
		return nil, errFont
	}
	// Advances: numberOfHMetrics entries, the last one repeated for the rest.
	hmtx := f.tables["hmtx"]
	nh := int(u16(hhea, 34))
	if nh == 0 || nh > f.numGlyphs || len(hmtx) < 4*nh {
		return nil, errFont
	}
	f.advance = make([]uint16, f.numGlyphs)
	for g := 0; g < f.numGlyphs; g++ {
		if g < nh {
			f.advance[g] = u16(hmtx, 4*g)
		} else {
			f.advance[g] = f.advance[nh-1]
		}
	}
	loca := f.tables["loca"]
	f.loca = make([]uint32, f.numGlyphs+1)
	for g := 0; g <= f.numGlyphs; g++ {
		if longLoca {
			if 4*g+4 > len(loca) {
				return nil, errFont
			}
			f.loca[g] = binary.BigEndian.Uint32(loca[4*g:])
		} else {
			if 2*g+2 > len(loca) {
				return nil, errFont
			}
			f.loca[g] = uint32(u16(loca, 2*g)) * 2
		}
	}
	f.glyf = f.tables["glyf"]
	if int(f.loca[f.numGlyphs]) > len(f.glyf) {
		return nil, errFont
	}
	if err := f.readCmap(); err != nil {
		return nil, err
	}
	if os2 := f.tables["OS/2"]; len(os2) >= 72 {
		f.Ascent, f.Descent = int(i16(os2, 68)), int(i16(os2, 70))
		if u16(os2, 0) >= 2 && len(os2) >= 90 {
			f.CapHeight = int(i16(os2, 88))
		}
		// sFamilyClass 1–7 are the serif classes.
		f.Serif = os2[30] >= 1 && os2[30] <= 7
	}
	if f.CapHeight == 0 {
		f.CapHeight = f.Ascent
	}
	if post := f.tables["post"]; len(post) >= 16 {
		f.ItalicAngle = float64(int32(binary.BigEndian.Uint32(post[4:]))) / 65536
		f.FixedPitch = binary.BigEndian.Uint32(post[12:]) != 0
	}
	f.PostScriptName = f.readName(6)
	if f.PostScriptName == "" {
		f.PostScriptName = "Font"
	}
	return f, nil
}

func u16(b []byte, o int) uint16 {
	if o < 0 || o+2 > len(b) {
		return 0
	}
	return binary.BigEndian.Uint16(b[o:])
}

func i16(b []byte, o int) int16 { return int16(u16(b, o)) }

func u32(b []byte, o int) uint32 {
	if o < 0 || o+4 > len(b) {
		return 0
	}
	return binary.BigEndian.Uint32(b[o:])
}

// readCmap reads the Unicode BMP subtable (format 4) into a flat table.
func (f *Font) readCmap() error {
	c := f.tables["cmap"]
	sub := -1
	for i := 0; i < int(u16(c, 2)); i++ {
		rec := 4 + 8*i
		platform, enc := u16(c, rec), u16(c, rec+2)
		off := int(u32(c, rec+4))
		if u16(c, off) == 4 && (platform == 3 && enc == 1 || platform == 0) {
			sub = off
			break
		}
	}
	if sub < 0 {
		return fmt.Errorf("%w: no Unicode BMP cmap", errFont)
	}
	f.cmap = make([]uint16, 0x10000)
	segX2 := int(u16(c, sub+6))
	ends, starts := sub+14, sub+16+segX2
	deltas, ranges := starts+segX2, starts+2*segX2
	for s := 0; s < segX2/2; s++ {
		end, start := int(u16(c, ends+2*s)), int(u16(c, starts+2*s))
		delta, rangeOff := int(u16(c, deltas+2*s)), int(u16(c, ranges+2*s))
		for r := start; r <= end && r < 0xFFFF; r++ {
			var g int
			if rangeOff == 0 {
				g = (r + delta) & 0xFFFF
			} else if v := int(u16(c, ranges+2*s+rangeOff+2*(r-start))); v != 0 {
				g = (v + delta) & 0xFFFF
			}
			if g < f.numGlyphs {
				f.cmap[r] = uint16(g)
			}
		}
	}
	return nil
}

// readName returns a name record (Windows Unicode or Mac Roman), "" if absent.
func (f *Font) readName(id int) string {
	t := f.tables["name"]
	count, strOff := int(u16(t, 2)), int(u16(t, 4))
	for i := 0; i < count; i++ {
		rec := 6 + 12*i
		platform, nameID := u16(t, rec), int(u16(t, rec+6))
		length, off := int(u16(t, rec+8)), int(u16(t, rec+10))
		if nameID != id || strOff+off+length > len(t) {
			continue
		}
		raw := t[strOff+off : strOff+off+length]
		var out []byte
		if platform == 3 || platform == 0 {
			for j := 0; j+1 < len(raw); j += 2 {
				if c := u16(raw, j); c > 0x20 && c < 0x7F {
					out = append(out, byte(c))
				}
			}
		} else {
			for _, c := range raw {
				if c > 0x20 && c < 0x7F {
					out = append(out, c)
				}
			}
		}
		if len(out) > 0 {
			return string(out)
		}
	}
	return ""
}

// GlyphID is the glyph for r, 0 (.notdef) if the font has none.
func (f *Font) GlyphID(r rune) uint16 {
	if r < 0 || r >= 0x10000 {
		return 0
	}
	return f.cmap[r]
}

// Has reports whether the font has a glyph for r.
func (f *Font) Has(r rune) bool { return f.GlyphID(r) != 0 }

// Advance is the advance width of glyph g in font units.
func (f *Font) Advance(g uint16) int {
	if int(g) >= len(f.advance) {
		return 0
	}
	return int(f.advance[g])
}

// RuneAdvance is the advance of r in font units (that of .notdef if absent).
func (f *Font) RuneAdvance(r rune) int { return f.Advance(f.GlyphID(r)) }

// Runes lists every rune the font maps to a glyph.
func (f *Font) Runes() []rune {
	var out []rune
	for r, g := range f.cmap {
		if g != 0 {
			out = append(out, rune(r))
		}
	}
	return out
}

// components calls fn with the offset (within the glyph's bytes) and the glyph id of
// every component of a composite glyph; it does nothing for a simple glyph.
func (f *Font) components(g uint16, fn func(off int, comp uint16)) {
	gl := f.glyph(g)
	if len(gl) < 10 || i16(gl, 0) >= 0 {
		return
	}
	const (
		argWords  = 0x0001
		haveScale = 0x0008
		more      = 0x0020
		xyScale   = 0x0040
		twoByTwo  = 0x0080
	)
	o := 10
	for n := 0; n < 64 && o+4 <= len(gl); n++ {
		flags, comp := u16(gl, o), u16(gl, o+2)
		if int(comp) < f.numGlyphs {
			fn(o+2, comp)
		}
		o += 4
		if flags&argWords != 0 {
			o += 4
		} else {
			o += 2
		}
		switch {
		case flags&haveScale != 0:
			o += 2
		case flags&xyScale != 0:
			o += 4
		case flags&twoByTwo != 0:
			o += 8
		}
		if flags&more == 0 {
			return
		}
	}
}

func (f *Font) glyph(g uint16) []byte {
	if int(g) >= f.numGlyphs {
		return nil
	}
	start, end := f.loca[g], f.loca[g+1]
	if end <= start {
		return nil
	}
	return f.glyf[start:end]
}

// lsb is the left side bearing of glyph g.
func (f *Font) lsb(g uint16) uint16 {
	hmtx := f.tables["hmtx"]
	nh := int(u16(f.tables["hhea"], 34))
	if int(g) < nh {
		return u16(hmtx, 4*int(g)+2)
	}
	return u16(hmtx, 4*nh+2*(int(g)-nh))
}

// Subset returns a TrueType font holding the glyphs of order, renumbered: glyph i
// of the subset is order[i] (order[0] must be .notdef, 0). Glyphs that composite
// glyphs are built from are added after them, and the returned list is the full
// order. Hinting tables are kept; cmap, name and the layout tables are left out
// (a PDF CIDFontType2 addresses glyphs by number and does not use them). Compact
// numbering keeps hmtx and loca as small as the glyphs used, which is most of what
// a small document's font costs.
func (f *Font) Subset(order []uint16) ([]byte, []uint16) {
	list := append([]uint16(nil), order...)
	index := make(map[uint16]int, len(list))
	for i, g := range list {
		index[g] = i
	}
	for i := 0; i < len(list); i++ {
		f.components(list[i], func(_ int, comp uint16) {
			if _, ok := index[comp]; !ok {
				index[comp] = len(list)
				list = append(list, comp)
			}
		})
	}
	n := len(list)
	var glyf []byte
	loca := make([]byte, 4*(n+1))
	hmtx := make([]byte, 4*n)
	for i, g := range list {
		binary.BigEndian.PutUint32(loca[4*i:], uint32(len(glyf)))
		binary.BigEndian.PutUint16(hmtx[4*i:], uint16(f.Advance(g)))
		binary.BigEndian.PutUint16(hmtx[4*i+2:], f.lsb(g))
		start := len(glyf)
		glyf = append(glyf, f.glyph(g)...)
		f.components(g, func(off int, comp uint16) {
			binary.BigEndian.PutUint16(glyf[start+off:], uint16(index[comp]))
		})
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
	}
	binary.BigEndian.PutUint32(loca[4*n:], uint32(len(glyf)))
	head := append([]byte(nil), f.tables["head"]...)
	binary.BigEndian.PutUint32(head[8:], 0) // checkSumAdjustment, set below
	binary.BigEndian.PutUint16(head[50:], 1)
	hhea := append([]byte(nil), f.tables["hhea"]...)
	binary.BigEndian.PutUint16(hhea[34:], uint16(n))
	maxp := append([]byte(nil), f.tables["maxp"]...)
	binary.BigEndian.PutUint16(maxp[4:], uint16(n))
	tables := map[string][]byte{"head": head, "hhea": hhea, "maxp": maxp, "hmtx": hmtx, "loca": loca, "glyf": glyf}
	for _, t := range []string{"cvt ", "fpgm", "prep", "OS/2"} {
		if b := f.tables[t]; b != nil {
			tables[t] = b
		}
	}
	if p := f.tables["post"]; len(p) >= 32 {
		post := append([]byte(nil), p[:32]...)
		binary.BigEndian.PutUint32(post[0:], 0x00030000) // version 3: no glyph names
		tables["post"] = post
	}
	return assemble(tables), list
}

// assemble writes a TrueType file of the tables, with their checksums.
func assemble(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	n := len(tags)
	entrySelector := 0
	for 1<<(entrySelector+1) <= n {
		entrySelector++
	}
	searchRange := (1 << entrySelector) * 16
	out := make([]byte, 12+16*n)
	binary.BigEndian.PutUint32(out[0:], 0x00010000)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	binary.BigEndian.PutUint16(out[6:], uint16(searchRange))
	binary.BigEndian.PutUint16(out[8:], uint16(entrySelector))
	binary.BigEndian.PutUint16(out[10:], uint16(n*16-searchRange))
	headOff := -1
	for i, t := range tags {
		data := tables[t]
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		rec := 12 + 16*i
		copy(out[rec:], t)
		binary.BigEndian.PutUint32(out[rec+4:], checksum(data))
		binary.BigEndian.PutUint32(out[rec+8:], uint32(len(out)))
		binary.BigEndian.PutUint32(out[rec+12:], uint32(len(data)))
		if t == "head" {
			headOff = len(out)
		}
		out = append(out, data...)
	}
	for len(out)%4 != 0 {
		out = append(out, 0)
	}
	if headOff >= 0 {
		binary.BigEndian.PutUint32(out[headOff+8:], 0xB1B0AFBA-checksum(out))
	}
	return out
}

func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
