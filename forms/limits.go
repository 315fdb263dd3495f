package forms

import (
	"fmt"
	"reflect"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Limits a real case never comes near. A file beyond one is refused by Unmarshal
// (so `check`, every other verb, the window and both imports agree) and Save refuses
// to write one, so the app never makes a file it would not open again. Within them
// the window opens a case in well under two seconds (docs/RELIABILITY.md has the
// measurement); without them a 60 MB title froze every start for a minute.
const (
	MaxFileSize     = 8 << 20 // bytes of an .appeal file
	MaxTitleLen     = 200     // characters of the case's title
	MaxShortTextLen = 500     // characters of a one-line answer: a name, an address, a number
	MaxLongTextLen  = 10000   // characters of a long answer: about four pages of a story
	MaxNoteLen      = 1000    // characters of the note on one piece of evidence
	MaxPathLen      = 4096    // bytes of an evidence file's path
	MaxEvidence     = 100     // evidence items
	MaxChildren     = 20      // children
	MaxListLen      = 50      // arguments an evidence item supports
	MaxArguments    = 100     // argument choices
	MaxUnknown      = 100     // members of the file this version does not know
)

// ErrLimit is the kind of a FileError for a case beyond one of the limits above, or
// with a character in its title that hides or reverses text.
var ErrLimit = fmt.Errorf("the case file is beyond what Appeal Desk opens")

// checkLimits returns a *FileError (ErrLimit) for the first limit c is beyond, nil if none.
func checkLimits(c *Case, name string) error {
	if n := len(c.Evidence); n > MaxEvidence {
		return limitErr(name, "case.limit.evidence", "Count", n, "Max", MaxEvidence)
	}
	if n := len(c.Family.Children); n > MaxChildren {
		return limitErr(name, "case.limit.children", "Count", n, "Max", MaxChildren)
	}
	if n := len(c.Arguments); n > MaxArguments {
		return limitErr(name, "case.limit.list", "Field", "arguments", "Count", n, "Max", MaxArguments)
	}
	if n := len(c.Unknown); n > MaxUnknown {
		return limitErr(name, "case.limit.list", "Field", "(unknown)", "Count", n, "Max", MaxUnknown)
	}
	for k := range c.Arguments {
		if utf8.RuneCountInString(k) > MaxShortTextLen {
			return limitErr(name, "case.limit.text", "Field", "arguments", "Max", MaxShortTextLen)
		}
	}
	if r, ok := titleChar(c.Title); ok {
		return limitErr(name, "case.limit.hidden_char", "Field", "title", "Code", fmt.Sprintf("U+%04X", r))
	}
	return walkStrings(reflect.ValueOf(c).Elem(), "", name)
}

func limitErr(name, id string, kv ...any) *FileError {
	e := fileErr(name, ErrLimit, nil, kv...)
	e.msg.ID = id
	return e
}

// walkStrings checks every string and list under v, whose path is path.
func walkStrings(v reflect.Value, path, name string) error {
	switch v.Kind() {
	case reflect.String:
		max := maxLen(path)
		if path == "evidence[].file.path" {
			if len(v.String()) > MaxPathLen {
				return limitErr(name, "case.limit.text", "Field", path, "Max", MaxPathLen)
			}
			return nil
		}
		if s := v.String(); len(s) > max && utf8.RuneCountInString(s) > max {
			return limitErr(name, "case.limit.text", "Field", path, "Max", max)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			return walkStrings(v.Elem(), path, name)
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			n := jsonName(t.Field(i))
			if n == "" || n == "format" {
				continue
			}
			p := n
			if path != "" {
				p = path + "." + n
			}
			if err := walkStrings(v.Field(i), p, name); err != nil {
				return err
			}
		}
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 { // path_raw
			if v.Len() > MaxPathLen {
				return limitErr(name, "case.limit.text", "Field", path, "Max", MaxPathLen)
			}
			return nil
		}
		if v.Type().Elem().Kind() == reflect.String && v.Len() > MaxListLen {
			return limitErr(name, "case.limit.list", "Field", path, "Count", v.Len(), "Max", MaxListLen)
		}
		for i := 0; i < v.Len(); i++ {
			if err := walkStrings(v.Index(i), path+"[]", name); err != nil {
				return err
			}
		}
	}
	return nil
}

var (
	longOnce  sync.Once
	longPaths map[string]bool
)

// maxLen is the longest text the field at template path may hold: the title, a long
// answer of the interview (KindLongText) or any other.
func maxLen(path string) int {
	switch path {
	case "title":
		return MaxTitleLen
	case "evidence[].notes":
		return MaxNoteLen
	}
	longOnce.Do(func() {
		longPaths = map[string]bool{}
		for _, s := range Steps() {
			for _, f := range s.Fields {
				if f.Kind == KindLongText {
					longPaths[f.Path] = true
				}
				for _, sub := range f.Fields {
					if sub.Kind == KindLongText {
						longPaths[sub.Path] = true
					}
				}
			}
		}
	})
	if longPaths[path] {
		return MaxLongTextLen
	}
	return MaxShortTextLen
}

// HiddenChar finds the first character in s that is invisible or changes how the text
// around it reads: Unicode format characters (bidirectional overrides and isolates,
// zero-width spaces and joiners, the byte-order mark, soft hyphens), control
// characters and line or paragraph separators. "zalba\u202Efdp.exe" shows as
// "zalbaexe.pdf": a name with such a character lies about itself.
func HiddenChar(s string) (rune, bool) {
	for _, r := range s {
		if unicode.Is(unicode.Cf, r) || unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return r, true
		}
	}
	return 0, false
}

// titleChar finds a character a case's title may not hold: a control character (a
// title is one line) or one that changes the direction of the text around it. Joiners
// stay allowed (they build emoji such as 👨‍👩‍👧).
func titleChar(s string) (rune, bool) {
	for _, r := range s {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) || r == '\u2028' || r == '\u2029' {
			return r, true
		}
	}
	return 0, false
}

// executableEndings are file name endings a desktop runs or opens as a program or a
// shortcut when clicked; no evidence file, document or case has one.
var executableEndings = map[string]bool{
	".exe": true, ".com": true, ".bat": true, ".cmd": true, ".scr": true, ".pif": true, ".msi": true,
	".msp": true, ".cpl": true, ".dll": true, ".lnk": true, ".url": true, ".hta": true, ".jar": true,
	".js": true, ".jse": true, ".vbs": true, ".vbe": true, ".wsf": true, ".wsh": true, ".ps1": true,
	".psm1": true, ".reg": true, ".scf": true, ".inf": true, ".appref-ms": true, ".application": true,
	".desktop": true, ".sh": true, ".bash": true, ".run": true, ".bin": true, ".appimage": true,
	".command": true, ".app": true, ".pkg": true, ".dmg": true, ".action": true, ".workflow": true,
	".py": true, ".pl": true, ".rb": true, ".apk": true, ".deb": true, ".rpm": true,
}

// ExecutableEnding reports whether name ends like a program or shortcut (".exe",
// ".desktop", ".lnk" …, in any letter case, also followed by spaces or dots, which
// Windows drops).
func ExecutableEnding(name string) bool {
	for len(name) > 0 && (name[len(name)-1] == ' ' || name[len(name)-1] == '.') {
		name = name[:len(name)-1]
	}
	for i := len(name) - 1; i >= 0 && len(name)-i <= 16; i-- {
		if name[i] == '.' {
			return executableEndings[toLowerASCII(name[i:])]
		}
	}
	return false
}

func toLowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
