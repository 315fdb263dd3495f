package templates

import (
	"strconv"
	"strings"
)

// The template files produce a small line-oriented markup that a lawyer can read
// and edit without Go (see text/README.md):
//
//	# TITLE          centred bold title (a bookmark)
//	## Heading       bold heading on the left (a bookmark)
//	### Heading      centred bold heading (a bookmark)
//	^ text           a centred line
//	| text           a line of its own on the left (addresses, particulars)
//	> text           a line in the right half (signature block)
//	- text           a list item; "- 1. text" uses "1." as its label
//	! text           a bold paragraph
//	? text           a note for the lawyer (grey, only useful in drafts)
//	~                an empty line
//	[[table]]        where code inserts a table (evidence index)
//	[[keep N]]       the next N lines stay together on one page (signature block)
//	other lines      running text; a blank line ends the paragraph (justified)
//
// A person's own answers may contain line breaks; they arrive as paraBreak and
// split the block they are in, but can never start a markup line.

// markup lays out src; hooks are called for [[name]] lines.
func (d *pdfDoc) markup(src string, hooks map[string]func()) {
	var para []string
	flush := func() {
		if len(para) == 0 {
			return
		}
		text := strings.Join(para, " ")
		para = nil
		for _, p := range splitBreaks(text) {
			d.paragraph(p, paraOpt{size: bodySize, align: 'J', first: indentFirst})
		}
		d.y += d.lineH() * 0.45
	}
	lines := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	prevKind := ""
	for _, raw := range lines {
		line := strings.TrimRight(raw, " \t")
		kind, rest := classify(line)
		if kind != "text" {
			flush()
		}
		// A run of single lines (| > ^ -) ends with a little space.
		if prevKind != kind && (prevKind == "|" || prevKind == ">" || prevKind == "^" || prevKind == "-") {
			d.y += d.lineH() * 0.45
		}
		switch kind {
		case "blank":
		case "text":
			para = append(para, strings.TrimSpace(line))
		case "#":
			d.y += d.lineH() * 0.6
			d.setFont(true, 15)
			d.need(d.lineH() * 4)
			d.bookmark(printable(flat(rest)), 0, d.y)
			for _, p := range splitBreaks(rest) {
				d.paragraph(p, paraOpt{bold: true, size: 15, align: 'C'})
			}
			d.y += d.lineH() * 0.3
		case "##", "###":
			d.y += d.lineH() * 0.5
			d.setFont(true, bodySize)
			// Keep a heading with what follows; a centred part heading (### ОБРАЗЛОЖЕЊЕ)
			// is usually followed by a numbered heading, so it needs more room.
			if kind == "###" {
				d.need(d.lineH() * 9)
			} else {
				d.need(d.lineH() * 4)
			}
			d.bookmark(printable(flat(rest)), 1, d.y)
			align := byte('L')
			if kind == "###" {
				align = 'C'
			}
			for _, p := range splitBreaks(rest) {
				d.paragraph(p, paraOpt{bold: true, size: bodySize, align: align})
			}
			d.y += d.lineH() * 0.3
		case "^":
			for _, p := range splitBreaks(rest) {
				d.paragraph(p, paraOpt{size: bodySize, align: 'C'})
			}
		case "|":
			for _, p := range splitBreaks(rest) {
				d.paragraph(p, paraOpt{size: bodySize, align: 'L'})
			}
		case ">":
			half := d.textW() * 0.5
			for _, p := range splitBreaks(rest) {
				d.paragraph(p, paraOpt{size: bodySize, align: 'L', left: half})
			}
		case "-":
			label := "–"
			if f := strings.Fields(rest); len(f) > 1 && len([]rune(f[0])) <= 4 &&
				(strings.HasSuffix(f[0], ".") || strings.HasSuffix(f[0], ")")) {
				label = f[0]
				rest = strings.TrimSpace(strings.TrimPrefix(rest, f[0]))
			}
			for i, p := range splitBreaks(rest) {
				o := paraOpt{size: bodySize, align: 'J', left: listIndent, labelW: listIndent}
				if i == 0 {
					o.label = label
				}
				d.paragraph(p, o)
			}
		case "!":
			for _, p := range splitBreaks(rest) {
				d.paragraph(p, paraOpt{bold: true, size: bodySize, align: 'J'})
			}
			d.y += d.lineH() * 0.45
		case "?":
			// The page first: a new page resets the colour (a note opening a page lost
			// its grey and its bar).
			d.setFont(false, 9.5)
			d.need(d.lineH() * 2)
			d.textColor(95, 95, 95)
			start, page := d.y, d.page
			for _, p := range splitBreaks(rest) {
				d.paragraph(p, paraOpt{size: 9.5, align: 'L', left: 4})
			}
			if d.page == page {
				d.drawColor(150, 150, 150)
				d.lineWidth(0.6)
				d.line(marginLeft+1, start+0.5, marginLeft+1, d.y)
				d.lineWidth(0.2)
			}
			d.textColor(0, 0, 0)
			d.y += d.lineH() * 0.45
		case "~":
			d.y += d.lineH()
		case "hook":
			if n, ok := strings.CutPrefix(rest, "keep "); ok {
				// [[keep N]]: the next N lines stay on one page (signature blocks).
				if k, err := strconv.Atoi(strings.TrimSpace(n)); err == nil && k > 0 && k < 40 {
					d.setFont(false, bodySize)
					d.need(float64(k) * d.lineH())
				}
			} else if h := hooks[rest]; h != nil {
				h()
			}
		}
		prevKind = kind
	}
	flush()
}

func classify(line string) (kind, rest string) {
	t := strings.TrimSpace(line)
	switch {
	case t == "":
		return "blank", ""
	case t == "~":
		return "~", ""
	case strings.HasPrefix(t, "[[") && strings.HasSuffix(t, "]]"):
		return "hook", strings.TrimSpace(t[2 : len(t)-2])
	}
	for _, p := range []string{"###", "##", "#", "^", "|", ">", "-", "!", "?"} {
		if strings.HasPrefix(t, p+" ") {
			return p, strings.TrimSpace(t[len(p)+1:])
		}
		if t == p && p != "-" {
			return p, ""
		}
	}
	return "text", ""
}

func splitBreaks(s string) []string {
	parts := strings.Split(s, string(paraBreak))
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func flat(s string) string { return strings.ReplaceAll(s, string(paraBreak), " ") }
