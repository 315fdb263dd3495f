package assets

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
	"unicode/utf8"

	"appealdesk/locales"
)

const goodOrg = `# a fictional NGO
name = "Pomoć na putu"
contact = "+381 11 000 0000, pon–pet 10–18, help@example.org"
website = "https://example.org/appeal"
contact_in_footer = true
`

func bundledFS(content string, extra ...string) fstest.MapFS {
	m := fstest.MapFS{"edition/README.md": {Data: []byte("readme")}}
	if content != "" {
		m["edition/organisation.toml"] = &fstest.MapFile{Data: []byte(content)}
	}
	for _, name := range extra {
		m[name] = &fstest.MapFile{Data: []byte("override")}
	}
	return m
}

func exeDirWith(t *testing.T, content string, dirs ...string) string {
	t.Helper()
	dir := t.TempDir()
	if content != "" {
		if err := os.WriteFile(filepath.Join(dir, OrganisationFile), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range dirs {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, d, "appeal.sr.tmpl"), []byte("override"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func problemIDs(err error) []string {
	var ps Problems
	if !errors.As(err, &ps) {
		return nil
	}
	var ids []string
	for _, p := range ps {
		ids = append(ids, p.ID)
	}
	return ids
}

// TestLoadOrganisationSources covers where the edition comes from: bundled, beside
// the executable (which wins), malformed (ignored, bundled used instead), missing.
func TestLoadOrganisationSources(t *testing.T) {
	tests := []struct {
		name        string
		beside      string // organisation.toml beside the executable, "" = none
		bundled     string // bundled organisation.toml, "" = none
		wantName    string // "" = org must be nil
		wantBundled bool
		wantIDs     []string
		wantFatal   bool
		wantLine    int // line of the first problem
	}{
		{name: "missing everywhere", wantIDs: nil},
		{name: "bundled only", bundled: goodOrg, wantName: "Pomoć na putu", wantBundled: true},
		{name: "beside only", beside: goodOrg, wantName: "Pomoć na putu"},
		{name: "beside wins over bundled", beside: `name = "Beside"`, bundled: `name = "Bundled"`, wantName: "Beside"},
		{name: "malformed beside, none bundled", beside: "name = \"Open\ncontact = 1\n", wantIDs: []string{MsgMalformed}, wantFatal: true, wantLine: 1},
		{name: "malformed beside falls back to bundled", beside: "name = \"X\"\n\nwebsite = = 3\n", bundled: `name = "Bundled"`,
			wantName: "Bundled", wantBundled: true, wantIDs: []string{MsgMalformed}, wantFatal: true, wantLine: 3},
		{name: "malformed bundled", bundled: "name = \"N\"\ncontact = \"x\" \"y\"\n", wantIDs: []string{MsgMalformed}, wantFatal: true, wantLine: 2},
		{name: "no name beside falls back to bundled", beside: `contact = "x"`, bundled: `name = "Bundled"`,
			wantName: "Bundled", wantBundled: true, wantIDs: []string{MsgNoName}, wantFatal: true},
		{name: "unknown key is a warning", beside: "name = \"N\"\nlogo = \"logo.png\"\n", wantName: "N", wantIDs: []string{MsgUnknownKey}, wantLine: 2},
		{name: "utf-16 file", beside: "\xff\xfen\x00a\x00", wantIDs: []string{MsgEncoding}, wantFatal: true},
		{name: "utf-8 with BOM (Notepad)", beside: "\xef\xbb\xbfname = \"N\"\n", wantName: "N"},
		{name: "latin-1 byte", beside: "name = \"N\"\ncontact = \"Pomo\xe6\"\n", wantIDs: []string{MsgEncoding}, wantFatal: true, wantLine: 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			org, err := loadOrganisation(exeDirWith(t, tc.beside), bundledFS(tc.bundled))
			if tc.wantName == "" {
				if org != nil {
					t.Fatalf("org = %v, want nil", org)
				}
			} else {
				if org == nil {
					t.Fatalf("org = nil (%v), want %q", err, tc.wantName)
				}
				if org.Name != tc.wantName || org.Bundled() != tc.wantBundled {
					t.Errorf("org = %q bundled=%v, want %q bundled=%v", org.Name, org.Bundled(), tc.wantName, tc.wantBundled)
				}
			}
			if got := problemIDs(err); !slices.Equal(got, tc.wantIDs) {
				t.Fatalf("problems = %v (%v), want %v", got, err, tc.wantIDs)
			}
			if err == nil {
				return
			}
			ps := err.(Problems)
			if ps.Fatal() != tc.wantFatal {
				t.Errorf("Fatal() = %v, want %v", ps.Fatal(), tc.wantFatal)
			}
			if tc.wantLine != 0 && ps[0].Line != tc.wantLine {
				t.Errorf("line = %d, want %d (%v)", ps[0].Line, tc.wantLine, ps[0])
			}
			if !strings.Contains(err.Error(), OrganisationFile) {
				t.Errorf("the message does not name the file: %v", err)
			}
		})
	}
}

func TestParseOrganisationFields(t *testing.T) {
	long := strings.Repeat("ж", MaxNameLen+20)
	tests := []struct {
		name    string
		file    string
		want    Organisation // Templates compared separately
		wantIDs []string
		keys    []string // Problem.Key of each problem
		lines   []int
	}{
		{name: "all fields", file: goodOrg, want: Organisation{Name: "Pomoć na putu",
			Contact: "+381 11 000 0000, pon–pet 10–18, help@example.org", Website: "https://example.org/appeal", ContactInFooter: true}},
		{name: "footer off by default", file: `name = "N"`, want: Organisation{Name: "N"}},
		{name: "name too long is shortened", file: `name = "` + long + `"`, want: Organisation{Name: long[:MaxNameLen*2]},
			wantIDs: []string{MsgTrimmed}, keys: []string{"name"}, lines: []int{1}},
		{name: "line breaks, tabs, bidi override, NUL and zero-width are cleaned",
			file: "name = \"  Help\\n\\tDesk\u202e evil\u200b \\u0000X \"\ncontact = \"a\\r\\nb\ue000\"",
			want: Organisation{Name: "Help Desk evil X", Contact: "a b"}},
		{name: "website without scheme gets https", file: "name = \"N\"\nwebsite = \"example.org/help\"", want: Organisation{Name: "N", Website: "https://example.org/help"}},
		{name: "javascript website refused", file: "name = \"N\"\nwebsite = \"javascript:alert(1)\"", want: Organisation{Name: "N"},
			wantIDs: []string{MsgBadWebsite}, keys: []string{"website"}, lines: []int{2}},
		{name: "website with credentials refused", file: "name = \"N\"\nwebsite = \"https://u:p@example.org\"", want: Organisation{Name: "N"},
			wantIDs: []string{MsgBadWebsite}, keys: []string{"website"}, lines: []int{2}},
		{name: "footer as a string is the wrong type", file: "name = \"N\"\n\ncontact_in_footer = \"yes\"", want: Organisation{Name: "N"},
			wantIDs: []string{MsgWrongType}, keys: []string{"contact_in_footer"}, lines: []int{3}},
		{name: "name as a number is the wrong type, so no name", file: "name = 42", wantIDs: []string{MsgWrongType, MsgNoName}, keys: []string{"name", "name"}, lines: []int{1, 1}},
		{name: "blank name", file: "name = \"  \\t \"", wantIDs: []string{MsgNoName}, keys: []string{"name"}, lines: []int{1}},
		{name: "unknown keys and tables, in file order", file: "name = \"N\"\ncolour = \"red\"\n[logo]\nfile = \"x.png\"\n[[people]]\nn = 1\n[[people]]\nn = 2\n",
			want: Organisation{Name: "N"}, wantIDs: []string{MsgUnknownKey, MsgUnknownKey, MsgUnknownKey}, keys: []string{"colour", "logo", "people"}, lines: []int{2, 3, 5}},
		{name: "a known key inside a table is not the top-level key", file: "name = \"N\"\n[extra]\nwebsite = \"x\"\n",
			want: Organisation{Name: "N"}, wantIDs: []string{MsgUnknownKey}, keys: []string{"extra"}, lines: []int{2}},
		{name: "empty file", file: "", wantIDs: []string{MsgNoName}, keys: []string{"name"}, lines: []int{0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			org, ps := ParseOrganisation([]byte(tc.file), "/x/organisation.toml", nil)
			var ids, keys []string
			var lines []int
			for _, p := range ps {
				ids, keys, lines = append(ids, p.ID), append(keys, p.Key), append(lines, p.Line)
			}
			if !slices.Equal(ids, tc.wantIDs) || !slices.Equal(keys, tc.keys) || !slices.Equal(lines, tc.lines) {
				t.Fatalf("problems ids=%v keys=%v lines=%v, want %v %v %v (%v)", ids, keys, lines, tc.wantIDs, tc.keys, tc.lines, ps)
			}
			if tc.want.Name == "" {
				if org != nil {
					t.Fatalf("org = %+v, want nil", org)
				}
				return
			}
			if org == nil {
				t.Fatalf("org = nil (%v)", ps)
			}
			got := *org
			got.Source, got.Templates = "", nil
			if got != tc.want {
				t.Errorf("org = %+v\nwant  %+v", got, tc.want)
			}
		})
	}
}

func TestTemplatesFolder(t *testing.T) {
	t.Run("beside the executable, relative to the file", func(t *testing.T) {
		dir := exeDirWith(t, "name = \"N\"\ntemplates = \"my templates\"\n", "my templates")
		org, err := loadOrganisation(dir, nil)
		if err != nil || org == nil || org.Templates == nil {
			t.Fatalf("org=%v err=%v", org, err)
		}
		if b, err := fs.ReadFile(org.Templates, "appeal.sr.tmpl"); err != nil || string(b) != "override" {
			t.Errorf("override not readable: %q %v", b, err)
		}
		if org.TemplatesDir != filepath.Join(dir, "my templates") {
			t.Errorf("TemplatesDir = %q", org.TemplatesDir)
		}
	})
	t.Run("bundled", func(t *testing.T) {
		org, err := loadOrganisation("", bundledFS("name = \"N\"\ntemplates = \"tpl/\"\n", "edition/tpl/appeal.sr.tmpl"))
		if err != nil || org == nil || org.Templates == nil {
			t.Fatalf("org=%v err=%v", org, err)
		}
		if _, err := fs.ReadFile(org.Templates, "appeal.sr.tmpl"); err != nil {
			t.Error(err)
		}
		if org.TemplatesDir != "bundled:tpl" {
			t.Errorf("TemplatesDir = %q", org.TemplatesDir)
		}
	})
	for _, tc := range []struct{ name, value, id string }{
		{"missing folder", "nowhere", MsgTemplatesMissing},
		{"a file, not a folder", OrganisationFile, MsgTemplatesMissing},
		{"parent folder", "../templates", MsgBadTemplates},
		{"absolute path", "/etc", MsgBadTemplates},
		{"windows drive", `C:\\templates`, MsgTemplatesMissing}, // not a drive on Linux: a relative name that does not exist
		{"dot", ".", MsgBadTemplates},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := exeDirWith(t, "name = \"N\"\ntemplates = \""+tc.value+"\"\n")
			org, err := loadOrganisation(dir, nil)
			if org == nil || org.Templates != nil {
				t.Fatalf("org = %+v, want an org without templates", org)
			}
			if got := problemIDs(err); !slices.Equal(got, []string{tc.id}) {
				t.Fatalf("problems = %v (%v), want %s", got, err, tc.id)
			}
			if line := err.(Problems)[0].Line; line != 2 {
				t.Errorf("line = %d, want 2", line)
			}
		})
	}
}

// TestBundledEditionIsUsable: whatever assets/edition holds (by default only a
// README) must load without a problem.
func TestBundledEditionIsUsable(t *testing.T) {
	org, err := loadOrganisation("", edition)
	if err != nil {
		t.Fatalf("the bundled edition has problems: %v", err)
	}
	if _, statErr := fs.Stat(edition, "edition/"+OrganisationFile); statErr == nil && org == nil {
		t.Fatal("a bundled organisation.toml was not loaded")
	}
	if _, err := fs.Stat(edition, "edition/README.md"); err != nil {
		t.Errorf("edition/README.md is not embedded: %v", err)
	}
}

// TestExampleOrganisationFile keeps the sample that the README points NGOs to valid.
func TestExampleOrganisationFile(t *testing.T) {
	p := filepath.Join("..", "packaging", "organisation.example.toml")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	org, ps := ParseOrganisation(data, p, os.DirFS(filepath.Dir(p)))
	if org == nil || len(ps) != 0 {
		t.Fatalf("example: org=%v problems=%v", org, ps)
	}
	if org.Website == "" || org.Contact == "" || !org.ContactInFooter {
		t.Errorf("the example should show every setting: %+v", org)
	}
}

// TestProblemMessagesExistInEveryLanguage: every Msg* id is in the catalogues and
// renders the line number in each language.
func TestProblemMessagesExistInEveryLanguage(t *testing.T) {
	ids := []string{MsgUnreadable, MsgEncoding, MsgMalformed, MsgNoName, MsgUnknownKey, MsgWrongType,
		MsgTrimmed, MsgBadWebsite, MsgBadTemplates, MsgTemplatesMissing}
	known := locales.MessageIDs()
	for _, id := range ids {
		if !slices.Contains(known, id) {
			t.Errorf("%s is in no catalogue", id)
			continue
		}
		p := &Problem{ID: id, Source: "C:\\NGO\\organisation.toml", Line: 7, Key: "website", Max: 200, Detail: "why"}
		for _, l := range locales.All {
			msg := locales.New(l).Msg(p.Message())
			if !strings.Contains(msg, "organisation.toml") {
				t.Errorf("%s %s does not name the file: %q", l, id, msg)
			}
			if id != MsgUnreadable && id != MsgEncoding && id != MsgNoName && !strings.Contains(msg, "7") {
				t.Errorf("%s %s does not give the line: %q", l, id, msg)
			}
		}
	}
}

func FuzzParseOrganisation(f *testing.F) {
	f.Add([]byte(goodOrg))
	f.Add([]byte("name = \"N\"\ntemplates = \"../../x\"\nwebsite=\"http://[::1\"\n"))
	f.Add([]byte("\xef\xbb\xbfname = \"\u202eN\"\n[a.b]\nc=1"))
	f.Add([]byte("name = '''\nmulti\nline'''\ncontact_in_footer = 1979-05-27"))
	f.Fuzz(func(t *testing.T, data []byte) {
		org, ps := ParseOrganisation(data, "organisation.toml", fstest.MapFS{"t/x": {}})
		if (org == nil) != ps.Fatal() {
			t.Fatalf("org=%v but Fatal()=%v: %v", org, ps.Fatal(), ps)
		}
		for _, p := range ps {
			if p.ID == "" || p.Source != "organisation.toml" {
				t.Fatalf("problem without id or source: %+v", p)
			}
			_ = p.Error()
		}
		if org == nil {
			return
		}
		if org.Name == "" {
			t.Fatal("org without a name")
		}
		for field, v := range map[string]string{"name": org.Name, "contact": org.Contact, "website": org.Website} {
			if !utf8.ValidString(v) || v != strings.TrimSpace(v) || strings.Contains(v, "  ") {
				t.Fatalf("%s not cleaned: %q", field, v)
			}
			for _, r := range v {
				if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || (unicode.IsSpace(r) && r != ' ') {
					t.Fatalf("%s keeps %U: %q", field, r, v)
				}
			}
		}
		if n := utf8.RuneCountInString(org.Name); n > MaxNameLen {
			t.Fatalf("name has %d characters", n)
		}
		if n := utf8.RuneCountInString(org.Contact); n > MaxContactLen {
			t.Fatalf("contact has %d characters", n)
		}
		if org.Website != "" && !strings.HasPrefix(org.Website, "http://") && !strings.HasPrefix(org.Website, "https://") {
			t.Fatalf("website %q", org.Website)
		}
	})
}

// BenchmarkLoadOrganisation is the start-up cost of an edition: the file beside the
// executable read, parsed and cleaned, with a templates folder looked up.
func BenchmarkLoadOrganisation(b *testing.B) {
	dir := b.TempDir()
	if err := os.WriteFile(filepath.Join(dir, OrganisationFile), []byte(goodOrg+"templates = \"tpl\"\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "tpl"), 0o755); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		org, err := loadOrganisation(dir, edition)
		if org == nil || err != nil {
			b.Fatal(org, err)
		}
	}
}
