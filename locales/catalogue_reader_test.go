package locales

import (
	"io/fs"
	"reflect"
	"sort"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// tomlMessages reads a catalogue with the general TOML reader, as go-i18n does.
func tomlMessages(t testing.TB, data []byte, name string) []*i18n.Message {
	t.Helper()
	b := i18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	mf, err := b.ParseMessageFileBytes(data, name)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return mf.Messages
}

func sortedByID(msgs []*i18n.Message) []i18n.Message {
	out := make([]i18n.Message, len(msgs))
	for i, m := range msgs {
		out[i] = *m
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// The fast reader reads every catalogue file, and to exactly the messages of the
// general TOML reader: it can never change a word.
func TestCatalogueReaderAgreesWithTOML(t *testing.T) {
	files, err := fs.Glob(catalogFS, "*.toml")
	if err != nil || len(files) == 0 {
		t.Fatal(files, err)
	}
	for _, name := range files {
		data, _ := fs.ReadFile(catalogFS, name)
		fast, ok := readCatalogue(data)
		if !ok {
			t.Errorf("%s: not read by the fast reader (write it like the other catalogues, or extend readCatalogue)", name)
			continue
		}
		if got, want := sortedByID(fast), sortedByID(tomlMessages(t, data, name)); !reflect.DeepEqual(got, want) {
			for i := range min(len(got), len(want)) {
				if !reflect.DeepEqual(got[i], want[i]) {
					t.Errorf("%s: first difference:\n fast %+v\n toml %+v", name, got[i], want[i])
					break
				}
			}
			t.Errorf("%s: %d messages by the fast reader, %d by TOML", name, len(got), len(want))
		}
	}
}

// Anything outside the subset is left to the general reader, never misread.
func TestCatalogueReaderGivesUpOutsideItsSubset(t *testing.T) {
	for _, tc := range []struct{ name, file string }{
		{"multi-line string", "\"a\" = \"\"\"x\ny\"\"\""},
		{"literal string", "\"a\" = 'x'"},
		{"dotted key", "a.b = \"x\""},
		{"array of tables", "[[a]]\nother = \"x\""},
		{"number", "\"a\" = 1"},
		{"unclosed string", "\"a\" = \"x"},
		{"unknown escape", "\"a\" = \"\\q\""},
		{"duplicate key", "\"a\" = \"x\"\n\"a\" = \"y\""},
		{"reserved word at the top", "other = \"x\""},
		{"unknown key in a table", "[\"a\"]\nfoo = \"x\""},
		{"id in a table", "[\"a\"]\nid = \"b\""},
		{"text after the value", "\"a\" = \"x\" y"},
		{"byte order mark", "\uFEFF\"a\" = \"x\""},
		{"invalid UTF-8", "\"a\" = \"\xff\""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if msgs, ok := readCatalogue([]byte(tc.file)); ok {
				t.Errorf("read as %+v", msgs)
			}
		})
	}
}

func TestCatalogueReaderEscapesAndComments(t *testing.T) {
	file := "# a comment\n\"a.b\" = \"say \\\"hi\\\"\\n\\u0416\\U0001F600\\t\" # trailing\r\n\n[\"c.d\"] # table\ndescription = \"d\"\none = \"{{.Count}} x\"\nother = \"{{.Count}} xs\"\n"
	fast, ok := readCatalogue([]byte(file))
	if !ok {
		t.Fatal("not read")
	}
	if got, want := sortedByID(fast), sortedByID(tomlMessages(t, []byte(file), "t.en.toml")); !reflect.DeepEqual(got, want) {
		t.Errorf("fast %+v\ntoml %+v", got, want)
	}
}

func FuzzCatalogueReader(f *testing.F) {
	f.Add([]byte("\"a\" = \"x\"\n[\"b\"]\none = \"y\"\nother = \"z\""))
	f.Add([]byte("\"a\" = \"\\u00e9\\\\\" # c"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fast, ok := readCatalogue(data)
		if !ok {
			return
		}
		b := i18n.NewBundle(language.English)
		b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
		mf, err := b.ParseMessageFileBytes(data, "f.en.toml")
		if err != nil {
			t.Fatalf("the fast reader read what TOML refuses (%v): %q", err, data)
		}
		if got, want := sortedByID(fast), sortedByID(mf.Messages); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q:\nfast %+v\ntoml %+v", data, got, want)
		}
	})
}
