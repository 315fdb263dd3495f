package locales

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"text/template/parse"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// pluralForms are the CLDR categories each language needs (pdf-fonts-i18n-notes §3).
var pluralForms = map[Lang][]string{
	English:      {"one", "other"},
	Russian:      {"one", "few", "many", "other"},
	SerbianCyrl:  {"one", "few", "other"},
	SerbianLatin: {"one", "few", "other"},
}

// counts exercise every plural category of en, ru and sr.
var counts = []int{0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111}

type catalogue map[string]*i18n.Message // id → message

func loadCatalogues(t *testing.T) map[Lang]catalogue {
	t.Helper()
	b := i18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	files, err := catalogueFiles()
	if err != nil || len(files) == 0 {
		t.Fatalf("no catalogue files: %v", err)
	}
	out := map[Lang]catalogue{}
	for _, name := range files {
		data, err := fs.ReadFile(catalogFS, name)
		if err != nil {
			t.Fatal(err)
		}
		mf, err := b.ParseMessageFileBytes(data, name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		lang, err := Parse(mf.Tag.String())
		if err != nil || lang == SerbianLatin {
			t.Fatalf("%s: catalogue files must be *.en.toml, *.ru.toml or *.sr.toml (Latin is generated), got tag %v", name, mf.Tag)
		}
		if out[lang] == nil {
			out[lang] = catalogue{}
		}
		for _, m := range mf.Messages {
			if _, dup := out[lang][m.ID]; dup {
				t.Errorf("%s: message %q defined twice for %s", name, m.ID, lang)
			}
			out[lang][m.ID] = m
		}
	}
	if len(out) != authoredLangs {
		t.Fatalf("expected catalogues for en, ru and sr, found %d languages", len(out))
	}
	return out
}

func isPlural(m *i18n.Message) bool {
	return m.Zero != "" || m.One != "" || m.Two != "" || m.Few != "" || m.Many != ""
}

func forms(m *i18n.Message) map[string]string {
	return map[string]string{"zero": m.Zero, "one": m.One, "two": m.Two, "few": m.Few, "many": m.Many, "other": m.Other}
}

// TestEveryMessageInEveryLanguage fails when a message of the English catalogue is
// missing in ru or sr (and so in sr-Latn), or exists only in a translation.
func TestEveryMessageInEveryLanguage(t *testing.T) {
	cats := loadCatalogues(t)
	for id := range cats[English] {
		for _, l := range []Lang{Russian, SerbianCyrl} {
			if _, ok := cats[l][id]; !ok {
				t.Errorf("message %q is missing in %s (and so in sr-Latn too if %s is sr)", id, l, l)
			}
		}
	}
	for _, l := range []Lang{Russian, SerbianCyrl} {
		for id := range cats[l] {
			if _, ok := cats[English][id]; !ok {
				t.Errorf("message %q exists in %s but not in English", id, l)
			}
		}
	}
}

// TestPluralForms fails when a plural message lacks a form its language needs.
func TestPluralForms(t *testing.T) {
	cats := loadCatalogues(t)
	for lang, cat := range cats {
		for id, m := range cat {
			if !isPlural(cats[English][id]) && !isPlural(m) {
				continue
			}
			f := forms(m)
			for _, need := range pluralForms[lang] {
				if f[need] == "" {
					t.Errorf("%s: plural message %q lacks the %q form", lang, id, need)
				}
			}
		}
	}
}

// templateFields returns the {{.Field}} names a message text uses.
func templateFields(t *testing.T, text string) []string {
	// Messages may compare fields with text/template's built-in eq (legal.step.remedy_period).
	trees, err := parse.Parse("m", text, "{{", "}}", map[string]any{"eq": func() {}})
	if err != nil {
		t.Errorf("template %q does not parse: %v", text, err)
		return nil
	}
	set := map[string]bool{}
	var walk func(parse.Node)
	walk = func(n parse.Node) {
		switch n := n.(type) {
		case *parse.ListNode:
			if n != nil {
				for _, c := range n.Nodes {
					walk(c)
				}
			}
		case *parse.ActionNode:
			walk(n.Pipe)
		case *parse.PipeNode:
			for _, c := range n.Cmds {
				walk(c)
			}
		case *parse.CommandNode:
			for _, a := range n.Args {
				walk(a)
			}
		case *parse.FieldNode:
			set[n.Ident[0]] = true
		case *parse.IfNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		}
	}
	for _, tr := range trees {
		walk(tr.Root)
	}
	out := make([]string, 0, len(set))
	for f := range set {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

// TestTemplatesRenderWithoutNoValue renders every message in all four languages with
// exactly the fields the English text uses. A translation that names a field English
// does not pass would print "<no value>" to the person; this catches it.
func TestTemplatesRenderWithoutNoValue(t *testing.T) {
	cats := loadCatalogues(t)
	for id, en := range cats[English] {
		fieldSet := map[string]bool{}
		for _, text := range forms(en) {
			for _, f := range templateFields(t, text) {
				fieldSet[f] = true
			}
		}
		for _, l := range All {
			tr := New(l)
			for _, n := range counts {
				kv := []any{}
				for f := range fieldSet {
					kv = append(kv, f, fmt.Sprintf("«%s»", f))
				}
				var got string
				if isPlural(en) {
					got = tr.N(id, n, kv...)
				} else {
					got = tr.T(id, kv...)
				}
				if strings.Contains(got, "<no value>") {
					t.Errorf("%s %q renders %q", l, id, got)
				}
				if got == id {
					t.Errorf("%s %q is not found", l, id)
				}
				if !isPlural(en) {
					break
				}
			}
		}
	}
}

func TestNoLatinLookalikesInCyrillic(t *testing.T) {
	if got := MixedScriptWords("Рок истиче {{.Date}}, ЗоС чл. 66"); len(got) != 0 {
		t.Fatalf("false positive: %v", got)
	}
	if got := MixedScriptWords("жaлба"); len(got) != 1 { // Latin a inside
		t.Fatalf("the lint misses a Latin а inside a Cyrillic word")
	}
	cats := loadCatalogues(t)
	for _, l := range []Lang{Russian, SerbianCyrl} {
		for id, m := range cats[l] {
			for form, text := range forms(m) {
				if bad := MixedScriptWords(text); len(bad) > 0 {
					t.Errorf("%s %q (%s): Latin letters inside Cyrillic words %q", l, id, form, bad)
				}
			}
		}
	}
}

// TestCodeUsesOnlyKnownMessages scans the Go sources for T("id") and N("id", …) calls
// and fails on an id that is in no catalogue, so a typo cannot reach a person as an id.
func TestCodeUsesOnlyKnownMessages(t *testing.T) {
	cats := loadCatalogues(t)
	call := regexp.MustCompile(`\.(?:T|N)\(\s*"([a-z0-9_.\-]+)"[,)]`)
	root := ".."
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && p != root || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range call.FindAllStringSubmatch(string(src), -1) {
			if _, ok := cats[English][m[1]]; !ok {
				t.Errorf("%s uses message %q, which no catalogue defines", p, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestSerbianLatinIsGenerated(t *testing.T) {
	tr := New(SerbianLatin)
	if got := tr.T("month.2"); got != "februar" {
		t.Errorf("sr-Latn month.2 = %q", got)
	}
	if got := SerbianLatin.Autonym(); got != "Srpski (latinica)" {
		t.Errorf("autonym = %q", got)
	}
}

func TestAutonymsMatchCatalogues(t *testing.T) {
	for _, l := range All {
		if got, want := l.Autonym(), New(l).T("lang.name."+string(l)); got != want {
			t.Errorf("%s autonym %q differs from its catalogue %q", l, got, want)
		}
	}
}

func TestPlurals(t *testing.T) {
	cases := []struct {
		lang Lang
		n    int
		want string
	}{
		{Russian, 1, "1 день"}, {Russian, 2, "2 дня"}, {Russian, 5, "5 дней"}, {Russian, 11, "11 дней"},
		{Russian, 21, "21 день"}, {Russian, 22, "22 дня"}, {Russian, 111, "111 дней"},
		{SerbianCyrl, 1, "1 дан"}, {SerbianCyrl, 3, "3 дана"}, {SerbianCyrl, 5, "5 дана"}, {SerbianCyrl, 21, "21 дан"},
		{SerbianLatin, 21, "21 dan"}, {SerbianLatin, 15, "15 dana"},
		{English, 1, "1 day"}, {English, 15, "15 days"},
	}
	for _, c := range cases {
		if got := New(c.lang).N("days", c.n); got != c.want {
			t.Errorf("%s %d: %q, want %q", c.lang, c.n, got, c.want)
		}
	}
}
