package assets

// An NGO's own edition (issue 7): an organisation file, bundled into the binary at
// build time or placed beside the executable, gives the organisation's name, contact
// line and website, an optional folder of template overrides, and whether the
// contact line goes in the documents' footer. No code changes, no rebuild needed for
// the file beside the executable.

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"appealdesk/locales"
)

// OrganisationFile is the file name looked for beside the executable and in the
// bundled edition directory.
const OrganisationFile = "organisation.toml"

// Longest accepted field values, in characters; longer values are shortened and the
// shortening reported. They keep a footer line and the About box readable.
const (
	MaxNameLen    = 100
	MaxContactLen = 240
	MaxWebsiteLen = 200
)

// edition holds what `make package-* ORG=file` bundled: by default only a README.
// "all:" keeps template files whose names start with "_" or ".".
//
//go:embed all:edition
var edition embed.FS

// editionDir is the directory of the bundled organisation file inside edition.
const editionDir = "edition"

// Organisation is an NGO's edition settings, cleaned: single-line, no control or
// bidirectional-override characters, within the lengths above.
type Organisation struct {
	Name            string // the organisation's name, never empty
	Contact         string // contact line (phone, e-mail, hours); may be empty
	Website         string // an http(s) address, or empty
	ContactInFooter bool   // print the contact line in the documents' footer

	// Templates holds the organisation's template overrides (the folder named by
	// `templates`, relative to the organisation file), or nil when there is none.
	// File names inside are the ones of the templates/ directory they override.
	Templates fs.FS
	// TemplatesDir names that folder for people (a path, or "bundled:…").
	TemplatesDir string

	// Source is where the file was read from: its path beside the executable, or
	// "bundled:organisation.toml" for the one built in.
	Source string
}

// Bundled reports whether the organisation file was built into the binary.
func (o *Organisation) Bundled() bool { return strings.HasPrefix(o.Source, bundledPrefix) }

const bundledPrefix = "bundled:"

// Problem is one thing wrong with an organisation file. ID is the catalogue message
// (locales/edition.*.toml) that explains it in the person's language; Message gives
// it with its data. Fatal problems mean the file was ignored as a whole.
type Problem struct {
	ID     string // catalogue message id, e.g. "edition.error.malformed"
	Source string // the file: a path, or "bundled:organisation.toml"
	Line   int    // 1-based line in the file; 0 when unknown
	Key    string // the setting concerned, if any
	Max    int    // the length limit, for edition.warning.trimmed
	Detail string // the TOML parser's or the operating system's own words (English)
	Fatal  bool   // the file was ignored
}

// Error is the problem in English, for logs and the command line.
func (p *Problem) Error() string {
	return locales.New(locales.English).Msg(p.Message())
}

// Message is what the person is told (a locales.MessageError).
func (p *Problem) Message() locales.Message {
	return locales.Message{ID: p.ID, Params: []any{"Path", p.Source, "Line", p.Line, "Key", p.Key, "Max", p.Max, "Detail", p.Detail}}
}

// Problems is the error LoadOrganisation returns: every problem found, in file order.
type Problems []*Problem

func (ps Problems) Error() string {
	msgs := make([]string, len(ps))
	for i, p := range ps {
		msgs[i] = p.Error()
	}
	return strings.Join(msgs, "\n")
}

// Fatal reports whether a file was ignored because of a problem.
func (ps Problems) Fatal() bool {
	for _, p := range ps {
		if p.Fatal {
			return true
		}
	}
	return false
}

// Problem message ids (locales/edition.*.toml).
const (
	MsgUnreadable       = "edition.error.unreadable"
	MsgEncoding         = "edition.error.encoding"
	MsgMalformed        = "edition.error.malformed"
	MsgNoName           = "edition.error.no_name"
	MsgUnknownKey       = "edition.warning.unknown_key"
	MsgWrongType        = "edition.warning.wrong_type"
	MsgTrimmed          = "edition.warning.trimmed"
	MsgBadWebsite       = "edition.warning.bad_website"
	MsgBadTemplates     = "edition.warning.bad_templates"
	MsgTemplatesMissing = "edition.warning.templates_missing"
)

// LoadOrganisation finds the organisation of this edition: organisation.toml beside
// the executable wins over the one bundled at build time. A file that cannot be used
// is reported (problem is a Problems with a Fatal entry) and ignored; the bundled
// file is then used if there is one, else org is nil. Problems that do not stop the
// file from being used (unknown keys, shortened fields) come with a non-nil org.
// With neither file, both results are nil.
func LoadOrganisation() (org *Organisation, problem error) {
	exeDir := ""
	if exe, err := os.Executable(); err == nil {
		if real, err := filepath.EvalSymlinks(exe); err == nil {
			exe = real
		}
		exeDir = filepath.Dir(exe)
	}
	return loadOrganisation(exeDir, edition)
}

// loadOrganisation is LoadOrganisation with the executable's directory and the
// bundled file system given (tests use their own).
func loadOrganisation(exeDir string, bundled fs.FS) (*Organisation, error) {
	var all Problems
	if exeDir != "" {
		p := filepath.Join(exeDir, OrganisationFile)
		data, err := os.ReadFile(p)
		switch {
		case err == nil:
			org, ps := ParseOrganisation(data, p, os.DirFS(exeDir))
			all = append(all, ps...)
			if org != nil {
				return org, errOrNil(all)
			}
		case !errors.Is(err, fs.ErrNotExist):
			all = append(all, &Problem{ID: MsgUnreadable, Source: p, Detail: osDetail(err), Fatal: true})
		}
	}
	if bundled != nil {
		name := path.Join(editionDir, OrganisationFile)
		data, err := fs.ReadFile(bundled, name)
		switch {
		case err == nil:
			dir, _ := fs.Sub(bundled, editionDir)
			org, ps := ParseOrganisation(data, bundledPrefix+OrganisationFile, dir)
			all = append(all, ps...)
			if org != nil {
				return org, errOrNil(all)
			}
		case !errors.Is(err, fs.ErrNotExist):
			all = append(all, &Problem{ID: MsgUnreadable, Source: bundledPrefix + OrganisationFile, Detail: osDetail(err), Fatal: true})
		}
	}
	return nil, errOrNil(all)
}

func errOrNil(ps Problems) error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// osDetail is an OS error without the path, which the message already names.
func osDetail(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// knownKeys are the settings of an organisation file.
var knownKeys = []string{"name", "contact", "website", "templates", "contact_in_footer"}

// ParseOrganisation reads an organisation file's bytes. source names the file in
// problems; dir is the directory the file is in, against which `templates` is
// resolved (nil: templates are not looked up). org is nil when the file cannot be
// used; problems lists everything found, fatal or not. It never panics.
func ParseOrganisation(data []byte, source string, dir fs.FS) (org *Organisation, problems Problems) {
	report := func(p *Problem) {
		p.Source = source
		problems = append(problems, p)
	}
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) ||
		(len(data) > 1 && bytes.IndexByte(data[:min(len(data), 8)], 0) >= 0) {
		report(&Problem{ID: MsgEncoding, Detail: "UTF-16", Fatal: true})
		return nil, problems
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		report(&Problem{ID: MsgEncoding, Line: invalidUTF8Line(data), Detail: "not UTF-8", Fatal: true})
		return nil, problems
	}
	text := string(data)

	var raw map[string]any
	md, err := toml.Decode(text, &raw)
	if err != nil {
		p := &Problem{ID: MsgMalformed, Detail: err.Error(), Fatal: true}
		var pe toml.ParseError
		if errors.As(err, &pe) {
			p.Line = pe.Position.Line
			p.Detail = pe.Message
		}
		report(p)
		return nil, problems
	}

	// Unknown keys, in file order; tables and arrays of tables are reported once.
	unknown := map[string]bool{}
	for _, k := range md.Keys() {
		top := k[0]
		if slices.Contains(knownKeys, top) || unknown[top] {
			continue
		}
		unknown[top] = true
		report(&Problem{ID: MsgUnknownKey, Key: k.String(), Line: keyLine(text, top)})
	}

	str := func(key string) (string, bool) {
		v, ok := raw[key]
		if !ok {
			return "", false
		}
		s, ok := v.(string)
		if !ok {
			report(&Problem{ID: MsgWrongType, Key: key, Line: keyLine(text, key), Detail: md.Type(key)})
			return "", false
		}
		return s, true
	}
	limit := func(key, s string, max int) string {
		s = cleanLine(s)
		if utf8.RuneCountInString(s) > max {
			s = strings.TrimSpace(string([]rune(s)[:max]))
			report(&Problem{ID: MsgTrimmed, Key: key, Line: keyLine(text, key), Max: max})
		}
		return s
	}

	o := &Organisation{Source: source}
	if s, ok := str("name"); ok {
		o.Name = limit("name", s, MaxNameLen)
	}
	if s, ok := str("contact"); ok {
		o.Contact = limit("contact", s, MaxContactLen)
	}
	if s, ok := str("website"); ok {
		s = limit("website", s, MaxWebsiteLen)
		if w, good := cleanWebsite(s); good {
			o.Website = w
		} else if s != "" {
			report(&Problem{ID: MsgBadWebsite, Key: "website", Line: keyLine(text, "website"), Detail: s})
		}
	}
	if v, ok := raw["contact_in_footer"]; ok {
		if b, isBool := v.(bool); isBool {
			o.ContactInFooter = b
		} else {
			report(&Problem{ID: MsgWrongType, Key: "contact_in_footer", Line: keyLine(text, "contact_in_footer"), Detail: md.Type("contact_in_footer")})
		}
	}
	if s, ok := str("templates"); ok && strings.TrimSpace(s) != "" {
		o.Templates, o.TemplatesDir = templatesDir(strings.TrimSpace(s), source, dir, keyLine(text, "templates"), report)
	}
	if o.Name == "" {
		report(&Problem{ID: MsgNoName, Key: "name", Line: keyLine(text, "name"), Fatal: true})
		return nil, problems
	}
	return o, problems
}

// templatesDir resolves the templates folder: a relative path inside the folder of
// the organisation file (no absolute paths, no "..": a bundled edition cannot reach
// outside itself, and a file beside the executable stays beside it).
func templatesDir(rel, source string, dir fs.FS, line int, report func(*Problem)) (fs.FS, string) {
	slashed := filepath.ToSlash(rel)
	clean := path.Clean(strings.TrimSuffix(slashed, "/"))
	if filepath.IsAbs(rel) || path.IsAbs(slashed) || !fs.ValidPath(clean) || clean == "." {
		report(&Problem{ID: MsgBadTemplates, Key: "templates", Line: line, Detail: rel})
		return nil, ""
	}
	shown := clean
	if strings.HasPrefix(source, bundledPrefix) {
		shown = bundledPrefix + clean
	} else {
		shown = filepath.Join(filepath.Dir(source), filepath.FromSlash(clean))
	}
	if dir == nil {
		return nil, ""
	}
	st, err := fs.Stat(dir, clean)
	if err != nil || !st.IsDir() {
		report(&Problem{ID: MsgTemplatesMissing, Key: "templates", Line: line, Detail: shown})
		return nil, ""
	}
	sub, err := fs.Sub(dir, clean)
	if err != nil {
		report(&Problem{ID: MsgTemplatesMissing, Key: "templates", Line: line, Detail: shown})
		return nil, ""
	}
	return sub, shown
}

// cleanLine makes a value safe to show on one line of the window or a PDF: line
// breaks and tabs become spaces, control, format (bidirectional overrides, zero-width)
// and private-use characters are dropped, runs of spaces collapse.
func cleanLine(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case unicode.IsControl(r), unicode.Is(unicode.Cf, r), unicode.Is(unicode.Co, r),
			unicode.Is(unicode.Cs, r), r == '\uFFFE', r == '\uFFFF':
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// cleanWebsite accepts an http or https address; one typed without a scheme
// ("example.org/help") gets https://.
func cleanWebsite(s string) (string, bool) {
	if s == "" || strings.ContainsAny(s, " <>\"") {
		return "", false
	}
	if !strings.Contains(s, "://") {
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return "", false
	}
	return u.String(), true
}

// keyLine finds the line of a top-level key ("key =" or "[key]"), 0 when not found.
func keyLine(text, key string) int {
	q := regexp.QuoteMeta(key)
	re := regexp.MustCompile(`^\s*(?:\[\[?\s*)?(?:` + q + `|"` + q + `"|'` + q + `')\s*(?:=|\.|\]|$)`)
	inTable := false
	for i, line := range strings.Split(text, "\n") {
		trim := strings.TrimSpace(line)
		if strings.HasPrefix(trim, "[") {
			if re.MatchString(line) {
				return i + 1
			}
			inTable = true
			continue
		}
		if !inTable && re.MatchString(line) {
			return i + 1
		}
	}
	return 0
}

func invalidUTF8Line(data []byte) int {
	line := 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		data = data[size:]
	}
	return 0
}

// String is a one-line description for logs.
func (o *Organisation) String() string {
	return fmt.Sprintf("%s (%s)", o.Name, o.Source)
}
