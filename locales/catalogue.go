package locales

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// Every command-line call reads the catalogue of its language, so reading the
// catalogues is on the path of every `appealdesk deadlines …`. The general TOML
// reader (BurntSushi/toml, then go-i18n's conversion of the decoded map) takes
// ~10 ms for English and Serbian; the catalogues use a small subset of TOML, which
// readCatalogue reads directly, ten times faster. It is an accelerator, not a second
// format: anything outside the subset makes it give up, and the file is then read
// by the general reader; TestCatalogueReaderAgreesWithTOML holds the two to the same
// messages on every catalogue file.

// pluralKeys are the keys a message table may hold (go-i18n's, without "id",
// "translation" and the delimiters, which the catalogues do not use).
var pluralKeys = map[string]bool{
	"description": true, "hash": true,
	"zero": true, "one": true, "two": true, "few": true, "many": true, "other": true,
}

// readCatalogue reads a catalogue written as comments, `"id" = "text"` lines and
// `["id"]` or `[area.id]` tables of plural forms (`one = "…"`, `other = "…"`, `description = "…"`),
// every value a one-line basic string. ok is false for anything else.
func readCatalogue(data []byte) (msgs []*i18n.Message, ok bool) {
	if !utf8.Valid(data) || bytes.HasPrefix(data, []byte("\uFEFF")) || hasControl(data) {
		return nil, false
	}
	seen := make(map[string]bool, bytes.Count(data, []byte("\n")))
	var table *i18n.Message // the message of the current [table], nil at the top
	var tableKeys map[string]bool
	text := string(data) // one copy; keys and values are slices of it
	for len(text) > 0 {
		var line string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			line, text = text, ""
		}
		s := strings.Trim(strings.TrimSuffix(line, "\r"), " \t")
		if s == "" || s[0] == '#' {
			continue
		}
		if s[0] == '[' {
			if strings.HasPrefix(s, "[[") {
				return nil, false
			}
			key, rest, ok := readTableKey(strings.TrimLeft(s[1:], " \t"))
			rest = strings.TrimLeft(rest, " \t")
			if !ok || !strings.HasPrefix(rest, "]") || !endOfLine(rest[1:]) || seen[key] || (table != nil && len(tableKeys) == 0) {
				return nil, false // (an empty table is no message to go-i18n)
			}
			seen[key] = true
			table, tableKeys = &i18n.Message{ID: key}, map[string]bool{}
			msgs = append(msgs, table)
			continue
		}
		key, rest, ok := readKey(s)
		if !ok {
			return nil, false
		}
		rest = strings.TrimLeft(rest, " \t")
		if !strings.HasPrefix(rest, "=") {
			return nil, false
		}
		value, rest, ok := readBasicString(strings.TrimLeft(rest[1:], " \t"))
		if !ok || !endOfLine(rest) {
			return nil, false
		}
		if table == nil { // a message of one form
			if seen[key] || pluralKeys[strings.ToLower(key)] || strings.EqualFold(key, "id") || strings.EqualFold(key, "translation") {
				return nil, false // a reserved word at the top makes go-i18n read the whole file as one message
			}
			seen[key] = true
			msgs = append(msgs, &i18n.Message{ID: key, Other: value})
			continue
		}
		if !pluralKeys[key] || tableKeys[key] {
			return nil, false
		}
		tableKeys[key] = true
		switch key {
		case "description":
			table.Description = value
		case "hash":
			table.Hash = value
		case "zero":
			table.Zero = value
		case "one":
			table.One = value
		case "two":
			table.Two = value
		case "few":
			table.Few = value
		case "many":
			table.Many = value
		case "other":
			table.Other = value
		}
	}
	if table != nil && len(tableKeys) == 0 {
		return nil, false
	}
	return msgs, true
}

// readTableKey reads the key of a table header: a key, or bare keys joined by dots
// ([legal.days_left]: go-i18n joins the nested tables' names with dots too).
func readTableKey(s string) (key, rest string, ok bool) {
	if strings.HasPrefix(s, `"`) {
		return readKey(s)
	}
	var parts []string
	for {
		part, r, ok := readKey(s)
		if !ok {
			return "", "", false
		}
		parts = append(parts, part)
		if !strings.HasPrefix(r, ".") {
			return strings.Join(parts, "."), r, true
		}
		s = r[1:]
		if strings.HasPrefix(s, `"`) {
			return "", "", false
		}
	}
}

// readKey reads a bare key (letters, digits, '_' and '-'; a dotted key is outside
// the subset) or a quoted one, and returns the rest of the line.
func readKey(s string) (key, rest string, ok bool) {
	if strings.HasPrefix(s, `"`) {
		key, rest, ok = readBasicString(s)
		return key, rest, ok && key != ""
	}
	i := 0
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9' || s[i] == '_' || s[i] == '-') {
		i++
	}
	return s[:i], s[i:], i > 0
}

// readBasicString reads a TOML basic string ("…" with the escapes \b \t \n \f \r \"
// \\ \uXXXX \UXXXXXXXX) at the start of s and returns the rest of s.
func readBasicString(s string) (value, rest string, ok bool) {
	if !strings.HasPrefix(s, `"`) || strings.HasPrefix(s, `"""`) {
		return "", "", false
	}
	// Most strings have no escape: the value is then a slice of s.
	if end := strings.IndexAny(s[1:], `"\\`); end >= 0 && s[1+end] == '"' {
		value = s[1 : 1+end]
		if !strings.ContainsFunc(value, func(r rune) bool { return r < 0x20 && r != '\t' || r == 0x7f }) {
			return value, s[2+end:], true
		}
		return "", "", false // control characters must be escaped
	}
	var b strings.Builder
	for i := 1; i < len(s); {
		c := s[i]
		switch {
		case c == '"':
			return b.String(), s[i+1:], true
		case c == '\\':
			if i+1 >= len(s) {
				return "", "", false
			}
			n := 2
			switch s[i+1] {
			case 'b':
				b.WriteByte('\b')
			case 't':
				b.WriteByte('\t')
			case 'n':
				b.WriteByte('\n')
			case 'f':
				b.WriteByte('\f')
			case 'r':
				b.WriteByte('\r')
			case '"':
				b.WriteByte('"')
			case '\\':
				b.WriteByte('\\')
			case 'u', 'U':
				digits := 4
				if s[i+1] == 'U' {
					digits = 8
				}
				if i+2+digits > len(s) {
					return "", "", false
				}
				r, err := strconv.ParseUint(s[i+2:i+2+digits], 16, 32)
				if err != nil || !utf8.ValidRune(rune(r)) {
					return "", "", false
				}
				b.WriteRune(rune(r))
				n += digits
			default:
				return "", "", false
			}
			i += n
		case c < 0x20 && c != '\t' || c == 0x7f:
			return "", "", false // control characters must be escaped
		default:
			b.WriteByte(c)
			i++
		}
	}
	return "", "", false // not closed on this line
}

// hasControl reports whether data holds a control character TOML does not allow
// anywhere (all but tab and the line end \n or \r\n).
func hasControl(data []byte) bool {
	for i, c := range data {
		if c == 0x7f || c < 0x20 && c != '\t' && c != '\n' && !(c == '\r' && i+1 < len(data) && data[i+1] == '\n') {
			return true
		}
	}
	return false
}

// endOfLine reports whether s holds nothing but blanks and a comment.
func endOfLine(s string) bool {
	s = strings.TrimLeft(s, " \t")
	return s == "" || s[0] == '#'
}
