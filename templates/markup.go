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
//	[[keep N]]       the next N lines stay together on one page, with the line
//	                 before them (signature block)
//	other lines      running text; a blank line ends the paragraph (justified)
//
// A person's own answers may contain line breaks; they arrive as paraBreak and
// split the block they are in, but can never start a markup line. The result is the
// document model (model.go), which the PDF layout and the DOCX writer both render.

// parseMarkup turns src into the document model's blocks; hooks supply the blocks
// of [[name]] lines (the evidence table).
func parseMarkup(src string, hooks map[string]func() []block) []block {
	var blocks []block
	var para []string
	add := func(b block) {
		if b.Kind != blockSpace && b.Kind != blockTable && b.Text == "" {
			return
		}
		blocks = append(blocks, b)
	}
	flush := func() {
		if len(para) == 0 {
			return
		}
		text := strings.Join(para, " ")
		para = nil
		for _, p := range splitBreaks(text) {
			b := newBlock(blockPara, p)
			b.SpaceAfter = 0.45
			add(b)
		}
	}
	keepFrom, keepN := -1, 0
	lines := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	prevKind := ""
	for _, raw := range lines {
		line := strings.TrimRight(raw, " \t")
		kind, rest := classify(line)
		if kind != "text" {
			flush()
		}
		// A run of single lines (| > ^ -) ends with a little space.
		if prevKind != kind && (prevKind == "|" || prevKind == ">" || prevKind == "^" || prevKind == "-") && len(blocks) > 0 {
			blocks[len(blocks)-1].SpaceAfter += 0.45
		}
		each := func(kind blockKind, fn func(*block)) {
			for _, p := range splitBreaks(rest) {
				b := newBlock(kind, p)
				if fn != nil {
					fn(&b)
				}
				add(b)
			}
		}
		switch kind {
		case "blank":
		case "text":
			para = append(para, strings.TrimSpace(line))
		case "#":
			each(blockTitle, func(b *block) { b.KeepNext, b.SpaceAfter = true, 0.3 })
		case "###":
			each(blockSection, func(b *block) { b.KeepNext, b.SpaceAfter = true, 0.3 })
		case "##":
			each(blockHeading, func(b *block) { b.KeepNext, b.SpaceAfter = true, 0.3 })
		case "^":
			each(blockLine, func(b *block) { b.Align = alignCentre })
		case "|":
			each(blockLine, func(b *block) { b.Align = alignLeft })
		case ">":
			each(blockLine, func(b *block) { b.Align = alignRightHalf })
		case "-":
			label := "–"
			if f := strings.Fields(rest); len(f) > 1 && len([]rune(f[0])) <= 4 &&
				(strings.HasSuffix(f[0], ".") || strings.HasSuffix(f[0], ")")) {
				label = f[0]
				rest = strings.TrimSpace(strings.TrimPrefix(rest, f[0]))
			}
			first := true
			each(blockItem, func(b *block) {
				if first {
					b.Label = label
				}
				first = false
			})
		case "!":
			each(blockBold, nil)
			if len(blocks) > 0 {
				blocks[len(blocks)-1].SpaceAfter = 0.45
			}
		case "?":
			each(blockNote, nil)
			if len(blocks) > 0 && blocks[len(blocks)-1].Kind == blockNote {
				blocks[len(blocks)-1].SpaceAfter = 0.45
			}
		case "~":
			add(block{Kind: blockSpace})
		case "hook":
			if n, ok := strings.CutPrefix(rest, "keep "); ok {
				// [[keep N]]: the next N lines stay on one page, together with what
				// comes before them (a signature block never stands alone).
				if k, err := strconv.Atoi(strings.TrimSpace(n)); err == nil && k > 0 && k < 40 {
					keepFrom, keepN = len(blocks), k
				}
			} else if h := hooks[rest]; h != nil {
				for _, b := range h() {
					add(b)
				}
			}
		}
		prevKind = kind
	}
	flush()
	if keepFrom >= 0 && keepFrom < len(blocks) {
		end := min(len(blocks), keepFrom+keepN)
		blocks[keepFrom].KeepPrev = true
		for i := keepFrom; i < end-1; i++ {
			blocks[i].KeepNext = true
		}
	}
	// Headings keep with what follows them.
	for i := range blocks {
		switch blocks[i].Kind {
		case blockTitle, blockSection, blockHeading:
			blocks[i].KeepNext = true
		}
	}
	return blocks
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
