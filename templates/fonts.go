package templates

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-fonts/liberation/liberationmonoregular"
	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifregular"
	"golang.org/x/text/unicode/norm"

	"appealdesk/templates/internal/pdf"
)

// The documents use Liberation Serif (metric-compatible with Times New Roman, which
// Serbian offices expect), regular and bold only: the PDF writer maps characters to
// glyphs through the font's cmap and cannot apply the OpenType Serbian italic forms
// (locl), so no italics are ever used. SHA-256 fingerprints are set in Liberation
// Mono (the same SIL Open Font License 1.1; metric-compatible with Courier New, which
// the DOCX names): a fixed-width face makes a hash readable in groups. It adds
// 319 KB to the program and, as a subset of hex digits (with its hinting tables),
// about 6 KB to an index PDF.
//
// The fonts are parsed once per process and shared by every document.
var (
	fontsOnce             sync.Once
	faceRegular, faceBold *pdf.Font
	faceMono              *pdf.Font
	errFonts              error
)

func fonts() error {
	fontsOnce.Do(func() {
		var err error
		if faceRegular, err = pdf.Parse(liberationserifregular.TTF); err != nil {
			errFonts = err
			return
		}
		if faceBold, err = pdf.Parse(liberationserifbold.TTF); err != nil {
			errFonts = err
			return
		}
		faceMono, errFonts = pdf.Parse(liberationmonoregular.TTF)
	})
	return errFonts
}

// The names the DOCX gives the same faces: Word has Times New Roman and Courier New
// everywhere, LibreOffice maps them to the metric-compatible Liberation fonts.
const (
	docxSerif = "Times New Roman"
	docxMono  = "Courier New"
)

// covered reports whether both text faces have a glyph for r.
func covered(r rune) bool {
	if fonts() != nil {
		return r < 0x80 && r >= 0x20
	}
	return faceRegular.Has(r) && faceBold.Has(r)
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

// printable makes a string safe for the embedded fonts: a rune the fonts lack
// (emoji, anything beyond the BMP, Arabic, Chinese …) becomes a visible [U+XXXX].
// It runs when the document model is built, so the PDF and the DOCX show the same
// text. A soft hyphen (U+00AD) is kept: it is an invisible break hint that both
// renderings honour (it prints only as the hyphen at the end of a line broken there).
func printable(s string) string {
	if !utf8.ValidString(s) {
		// Bytes that are not UTF-8 (a template file saved in another encoding).
		s = strings.ToValidUTF8(s, "[?]")
	}
	ok := true
	for _, r := range s {
		if r != ' ' && r != softHyphen && !covered(r) {
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
		case r == ' ' || r == softHyphen || covered(r):
			b.WriteRune(r)
		case r == paraBreak || r == '\n' || r == '\t':
			b.WriteRune(' ')
		default:
			fmt.Fprintf(&b, "[U+%04X]", r)
		}
	}
	return b.String()
}

const (
	softHyphen = '\u00AD'
	noBreak    = '\u00A0'
)
