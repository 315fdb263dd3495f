package locales

import (
	"os"
	"os/exec"
	"testing"
	"testing/fstest"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// Importing locales changes nothing in the process's environment: a Serbian Latin
// locale keeps its "@latin" for every other package and for the programs the app
// starts (the test runs itself again with such a locale and looks from inside).
func TestImportLeavesTheEnvironmentAlone(t *testing.T) {
	if os.Getenv("APPEALDESK_ENV_PROBE") == "1" {
		if got := os.Getenv("LANG"); got != "sr_RS@latin" {
			t.Fatalf("LANG = %q inside the process, want sr_RS@latin", got)
		}
		if got := os.Getenv("LANGUAGE"); got != "sr@latin:sr" {
			t.Fatalf("LANGUAGE = %q inside the process, want sr@latin:sr", got)
		}
		if SystemLang("") != SerbianLatin {
			t.Fatalf("SystemLang = %s", SystemLang(""))
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestImportLeavesTheEnvironmentAlone$")
	cmd.Env = append(os.Environ(), "APPEALDESK_ENV_PROBE=1", "LANG=sr_RS@latin", "LANGUAGE=sr@latin:sr", "LC_ALL=", "LC_MESSAGES=")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
}

// A message a language lacks is shown in English (the catalogue tests allow no such
// message; this is the safety net), one that no catalogue has as its id.
func TestMissingMessageFallsBackToEnglish(t *testing.T) {
	ru, err := buildBundle(fstest.MapFS{"x.ru.toml": {Data: []byte(`"a" = "а"`)}, "x.en.toml": {Data: []byte(`"z" = "from the wrong file"`)}}, Russian)
	if err != nil {
		t.Fatal(err)
	}
	en, err := buildBundle(fstest.MapFS{"x.en.toml": {Data: []byte("\"a\" = \"a\"\n\"b\" = \"b\"")}}, English)
	if err != nil {
		t.Fatal(err)
	}
	tr := &Translator{lang: Russian, fallback: &Translator{lang: English}}
	tr.once.Do(func() { tr.loc = i18n.NewLocalizer(ru, string(Russian)) })
	tr.fallback.once.Do(func() { tr.fallback.loc = i18n.NewLocalizer(en, string(English)) })
	for id, want := range map[string]string{"a": "а", "b": "b", "c": "c", "z": "z"} {
		if got := tr.T(id); got != want {
			t.Errorf("T(%q) = %q, want %q", id, got, want)
		}
	}
}
