package templates

import (
	"encoding/binary"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifregular"
	"golang.org/x/text/unicode/norm"
)

// The documents use Liberation Serif (metric-compatible with Times New Roman, which
// Serbian offices expect), regular and bold only: gofpdf cannot apply the OpenType
// Serbian italic forms (pdf-fonts-i18n-notes §2.2), so no italics are ever used.
const fontFamily = "serif"

var (
	coverOnce sync.Once
	coverage  map[rune]bool // runes present in both faces
)

// covered reports whether both faces have a glyph for r.
func covered(r rune) bool {
	coverOnce.Do(func() {
		reg := cmapRunes(liberationserifregular.TTF)
		bold := cmapRunes(liberationserifbold.TTF)
		coverage = make(map[rune]bool, len(reg))
		for r := range reg {
			if bold[r] {
				coverage[r] = true
			}
		}
	})
	return coverage[r]
}

// cmapRunes reads the Unicode BMP cmap (format 4) of a TrueType font. Only the BMP
// matters: gofpdf cannot print anything beyond U+FFFF (pdf-fonts-i18n-notes §1.3 #7).
func cmapRunes(ttf []byte) map[rune]bool {
	out := map[rune]bool{}
	if len(ttf) < 12 {
		return out
	}
	u16 := func(o int) int {
		if o < 0 || o+2 > len(ttf) {
			return 0
		}
		return int(binary.BigEndian.Uint16(ttf[o:]))
	}
	u32 := func(o int) int {
		if o < 0 || o+4 > len(ttf) {
			return 0
		}
		return int(binary.BigEndian.Uint32(ttf[o:]))
	}
	numTables := u16(4)
	cmap := -1
	for i := 0; i < numTables; i++ {
		rec := 12 + 16*i
		if string(ttf[rec:rec+4]) == "cmap" {
			cmap = u32(rec + 8)
		}
	}
	if cmap < 0 {
		return out
	}
	sub := -1
	for i := 0; i < u16(cmap+2); i++ {
		rec := cmap + 4 + 8*i
		platform, enc := u16(rec), u16(rec+2)
		off := cmap + u32(rec+4)
		if u16(off) == 4 && (platform == 3 && enc == 1 || platform == 0) {
			sub = off
			break
		}
	}
	if sub < 0 {
		return out
	}
	segX2 := u16(sub + 6)
	ends, starts := sub+14, sub+16+segX2
	deltas, ranges := starts+segX2, starts+2*segX2
	for s := 0; s < segX2/2; s++ {
		end, start := u16(ends+2*s), u16(starts+2*s)
		delta, rangeOff := u16(deltas+2*s), u16(ranges+2*s)
		for c := start; c <= end && c != 0xFFFF; c++ {
			var glyph int
			if rangeOff == 0 {
				glyph = (c + delta) & 0xFFFF
			} else {
				g := u16(ranges + 2*s + rangeOff + 2*(c-start))
				if g != 0 {
					glyph = (g + delta) & 0xFFFF
				}
			}
			if glyph != 0 {
				out[rune(c)] = true
			}
		}
	}
	return out
}

// paraBreak stands for a line break a person typed inside an answer. Templates are
// split into lines before the answers' breaks become real paragraphs, so an answer
// can never inject layout markup (a typed "# " stays text).
const paraBreak = '\uE001'

// field prepares a person's typed text for a template: NFC-normalised, line breaks
// kept as paragraph breaks, tabs as spaces, every other control character and any
// private-use character shown visibly as [U+XXXX]. Nothing typed is dropped.
func field(s string) string {
	if s == "" {
		return ""
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = norm.NFC.String(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			b.WriteRune(paraBreak)
		case r == '\t':
			b.WriteRune(' ')
		case r == unicode.ReplacementChar:
			b.WriteString("[?]")
		case unicode.IsControl(r), unicode.Is(unicode.Co, r), unicode.Is(unicode.Cs, r):
			fmt.Fprintf(&b, "[U+%04X]", r)
		default:
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

// printable makes a string safe for the embedded fonts just before it is drawn:
// a rune the fonts lack (emoji, anything beyond the BMP, Arabic, Chinese …) becomes
// a visible [U+XXXX]. A soft hyphen is dropped: it is an invisible break hint, and
// gofpdf would print it as a visible "-" (pdf-fonts-i18n-notes §1.3 #10).
func printable(s string) string {
	if !utf8.ValidString(s) {
		// Bytes that are not UTF-8 (a template file saved in another encoding) would
		// make gofpdf panic when it converts text to UTF-16.
		s = strings.ToValidUTF8(s, "[?]")
	}
	ok := true
	for _, r := range s {
		if r != ' ' && !covered(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == ' ' || covered(r):
			b.WriteRune(r)
		case r == '\u00AD':
		case r == paraBreak || r == '\n' || r == '\t':
			b.WriteRune(' ')
		default:
			fmt.Fprintf(&b, "[U+%04X]", r)
		}
	}
	return b.String()
}
