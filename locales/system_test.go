package locales

import (
	"io/fs"
	"os"
	"os/exec"
	"path"
	"sync"
	"testing"
	"testing/fstest"
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
	ru, err := readCatalogues(fstest.MapFS{"x.ru.toml": {Data: []byte(`"a" = "а"`)}, "x.en.toml": {Data: []byte(`"z" = "from the wrong file"`)}}, Russian)
	if err != nil {
		t.Fatal(err)
	}
	en, err := readCatalogues(fstest.MapFS{"x.en.toml": {Data: []byte("\"a\" = \"a\"\n\"b\" = \"b\"")}}, English)
	if err != nil {
		t.Fatal(err)
	}
	tr := &Translator{lang: Russian, fallback: &Translator{lang: English}}
	tr.once.Do(func() { tr.cat = ru })
	tr.fallback.once.Do(func() { tr.fallback.cat = en })
	for id, want := range map[string]string{"a": "а", "b": "b", "c": "c", "z": "z"} {
		if got := tr.T(id); got != want {
			t.Errorf("T(%q) = %q, want %q", id, got, want)
		}
	}
}

// Messages join their language's bundle when first shown, from any goroutine: the
// window's translator, the documents' and a language switch's new one read and add
// at once. Under go test -race this fails if the bundle were not guarded; each
// message comes out as a translator that has shown every message before gives it.
func TestTranslatorsShareTheirCatalogueSafely(t *testing.T) {
	ids := MessageIDs()
	for _, l := range All {
		want := map[string]string{}
		ref := New(l)
		for _, id := range ids {
			want[id] = ref.T(id, "Date", "1. 2. 2026.", "Name", "x")
		}
		cataloguesMu.Lock()
		delete(catalogues, l) // a fresh catalogue, every message still to be added
		cataloguesMu.Unlock()
		var wg sync.WaitGroup
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func(g int) {
				defer wg.Done()
				tr := New(l)
				for i := range ids {
					id := ids[(i+g*len(ids)/4)%len(ids)] // each goroutine starts elsewhere
					if got := tr.T(id, "Date", "1. 2. 2026.", "Name", "x"); got != want[id] {
						t.Errorf("%s %s: %q, want %q", l, id, got, want[id])
					}
				}
			}(g)
		}
		wg.Wait()
	}
}

// catalogueFiles lists the authored catalogue files.
func catalogueFiles() ([]string, error) {
	files, err := fs.Glob(catalogFS, "*.toml")
	for i := range files {
		files[i] = path.Base(files[i])
	}
	return files, err
}
