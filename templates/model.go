package templates

import (
	"strings"
	"time"
	"unicode"

	"appealdesk/locales"
)

// model is one document as its words and structure, built once from its template:
// the PDF layout (layout.go) and the DOCX writer (docx.go) are two renderings of
// it, so no text is produced twice and a template override changes both.
type model struct {
	Title, Subject string
	Lang           locales.Lang
	Landscape      bool
	Draft          string // the draft marking on every page, "" when switched off
	Banner         string // the reader's copy marking on every page, "" for filings
	Footer         string // page number line with {N} and {M}, e.g. "Страна {N} од {M}"
	Org            string // the organisation's footer line, "" for none
	Creator        string
	Stamp          time.Time // document date, derived from the case
	Blocks         []block
}

// blockKind is what a block is; the markup's line markers map onto these.
type blockKind int

const (
	blockTitle   blockKind = iota // "# ": centred bold title, outline level 0
	blockSection                  // "### ": centred bold heading, outline level 1
	blockHeading                  // "## ": bold heading on the left, outline level 2
	blockPara                     // running text, justified, first line indented
	blockBold                     // "! ": a bold paragraph
	blockLine                     // "| ", "^ ", "> ": a line of its own
	blockItem                     // "- ": a list item with its label
	blockNote                     // "? ": a note for the lawyer, grey
	blockSpace                    // "~": an empty line
	blockTable                    // "[[table]]" and the like: a table code inserts
)

// Alignments of a blockLine.
const (
	alignLeft      = 'L'
	alignCentre    = 'C'
	alignRightHalf = 'R' // starts in the middle of the line (signature block)
)

// block is one paragraph-level element. Text is final: typed text has been through
// field, citations are bound (bindCitations) and unprintable runes are shown as
// [U+XXXX]; it may hold no-break spaces and soft hyphens, which both renderings honour.
type block struct {
	Kind  blockKind
	Text  string
	Align byte   // blockLine
	Label string // blockItem: "1.", "3)", "–"
	// KeepNext: no page break between this block and the next one (headings, the
	// signature block); KeepPrev: none between the previous block and this one (the
	// first block of a signature block, which must not stand alone on a page).
	KeepNext, KeepPrev bool
	// SpaceAfter is extra space below the block, in body line heights.
	SpaceAfter float64
	Table      *table
}

// table is a table with a header row that repeats on every page.
type table struct {
	Cols []tableCol
	Rows [][]tableCell
	// Continued is appended to a row's first cell where the row continues on a new
	// page, e.g. "(наставак)", so the continuation names its "Прилог N".
	Continued string
}

type tableCol struct {
	Width float64 // millimetres
	Head  string
	Mono  bool // a fixed-width face, small (fingerprints)
}

// tableCell is a cell's paragraphs.
type tableCell []string

// newBlock makes a block from text as the template produced it.
func newBlock(kind blockKind, text string) block {
	return block{Kind: kind, Text: finalText(text)}
}

// finalText applies the text rules every rendering shares.
func finalText(s string) string {
	return bindCitations(printable(strings.TrimSpace(s)))
}

// citationWords are the abbreviations that precede a number in a citation ("чл. 9.",
// "ст. 3.", "бр. 19017/16", "Art. 66(5)", "no. 2512/04", Russian "ч. 5 ст. 66"). The
// space after them, and the space between a cited number and the next abbreviation,
// become no-break spaces, so "чл. 9. ст. 3." never breaks across lines — a rule of
// the layout, not something every template has to write.
var citationWords = map[string]bool{
	"чл.": true, "ст.": true, "тач.": true, "ал.": true, "бр.": true, "стр.": true, "т.": true,
	"ч.": true, "п.": true, "пп.": true, "№": true, "§": true, "члан": true, "члана": true, "члану": true,
	"čl.": true, "st.": true, "tač.": true, "al.": true, "br.": true, "str.": true,
	"član": true, "člana": true, "članu": true,
	"art.": true, "arts.": true, "article": true, "articles": true, "no.": true, "nos.": true,
	"para.": true, "paras.": true, "p.": true, "pp.": true, "protocol": true,
	"статья": true, "статьи": true, "статьей": true, "пункт": true,
}

// bindCitations replaces the breakable spaces inside citations with no-break spaces.
func bindCitations(s string) string {
	if !strings.Contains(s, " ") {
		return s
	}
	words := strings.Split(s, " ")
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, w := range words {
		if i > 0 {
			prev := words[i-1]
			if bindsToNext(prev, w) {
				b.WriteRune(noBreak)
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w)
	}
	return b.String()
}

// bindsToNext: prev and next belong to one citation.
func bindsToNext(prev, next string) bool {
	if prev == "" || next == "" {
		return false
	}
	p := strings.ToLower(strings.TrimLeft(prev, "(„\"«"))
	if citationWords[p] && startsWithNumber(next) {
		return true
	}
	// "9." before "ст.", "66(5)" before "Закона" is not a citation word: only an
	// abbreviation continues the citation.
	n := strings.ToLower(strings.TrimRight(next, ",;:"))
	return isCitedNumber(prev) && citationWords[n] && n != "члан" && n != "article" && n != "protocol"
}

func startsWithNumber(s string) bool {
	for _, r := range s {
		return unicode.IsDigit(r) || strings.ContainsRune("IVXLC", r)
	}
	return false
}

// isCitedNumber: "9.", "66", "3)", "66(5)", "46ж", "1(f)".
func isCitedNumber(s string) bool {
	if s == "" {
		return false
	}
	r := []rune(s)
	if !unicode.IsDigit(r[0]) {
		return false
	}
	letters := 0
	for _, c := range r {
		switch {
		case unicode.IsDigit(c), strings.ContainsRune(".()", c):
		case unicode.IsLetter(c):
			letters++
		default:
			return false
		}
	}
	return letters <= 2
}
