// Package locales holds the message catalogues of the interface and of the documents'
// fixed words, the choice of language, and Serbian Cyrillic→Latin transliteration.
//
// Catalogues are TOML files named <area>.<lang>.toml (en, ru, sr). Serbian is authored
// once, in Cyrillic; each sr-Latn message is generated from it by ToLatin when it is
// first shown, so the two scripts can never drift apart.
package locales

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// Lang is one of the four interface languages.
type Lang string

const (
	English       Lang = "en"
	Russian       Lang = "ru"
	SerbianCyrl   Lang = "sr"
	SerbianLatin  Lang = "sr-Latn"
	DefaultLang        = English
	authoredLangs      = 3 // en, ru, sr are files; sr-Latn is generated
)

// All lists the interface languages in the order the switcher shows them.
var All = []Lang{English, Russian, SerbianCyrl, SerbianLatin}

// Valid reports whether l is one of All.
func (l Lang) Valid() bool {
	for _, x := range All {
		if x == l {
			return true
		}
	}
	return false
}

// Parse accepts a language code as a person or a script would type it
// ("sr-Latn", "sr_latn", "SR-LATN", "sr-Cyrl", "ru-RU", "en") and returns the Lang.
func Parse(s string) (Lang, error) {
	norm := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), "_", "-"))
	switch norm {
	case "en", "en-us", "en-gb":
		return English, nil
	case "ru", "ru-ru":
		return Russian, nil
	case "sr", "sr-cyrl", "sr-rs", "sr-cyrl-rs", "cyrl":
		return SerbianCyrl, nil
	case "sr-latn", "sr-latn-rs", "latn":
		return SerbianLatin, nil
	}
	return "", fmt.Errorf("unknown language %q (use en, ru, sr or sr-Latn)", s)
}

//go:embed *.toml
var catalogFS embed.FS

// Each language has a catalogue of its own, read on first use from that language's
// files only: a command-line call in Serbian reads the Serbian files, not four
// languages. English, the fallback for a message a catalogue lacks (the catalogue
// tests allow none), is read only if such a message is ever asked for.
var (
	cataloguesMu sync.Mutex
	catalogues   = map[Lang]*langCatalogue{}
	// messageIDs is every message id of the English catalogue, the reference set.
	idsOnce    sync.Once
	messageIDs []string
)

// source is the catalogue a language is authored in: Serbian Latin comes from Cyrillic.
func (l Lang) source() Lang {
	if l == SerbianLatin {
		return SerbianCyrl
	}
	return l
}

// langCatalogue is one language's messages. go-i18n makes a template of every message
// added to its bundle; a command-line call shows a few dozen of ~1,500 messages, so
// each message is added (and, for Serbian Latin, transliterated) when it is first
// asked for. The lock guards the bundle, which go-i18n does not guard against a read
// beside an addition.
type langCatalogue struct {
	lang  Lang
	tag   language.Tag
	mu    sync.Mutex
	ready map[string]*i18n.Message // read from the files, not yet in the bundle
	loc   *i18n.Localizer
	b     *i18n.Bundle
}

// catalogueOf returns l's catalogue, reading it once.
func catalogueOf(l Lang) (*langCatalogue, error) {
	cataloguesMu.Lock()
	defer cataloguesMu.Unlock()
	if c, ok := catalogues[l]; ok {
		return c, nil
	}
	c, err := readCatalogues(catalogFS, l)
	if err != nil {
		return nil, err
	}
	catalogues[l] = c
	return c, nil
}

// Warm reads the catalogues of the given languages ahead of use, e.g. in a goroutine
// while the window system starts.
func Warm(langs ...Lang) {
	for _, l := range langs {
		_, _ = catalogueOf(l)
	}
}

// readCatalogues reads the catalogue files of l (<area>.<l>.toml) in fsys; a message
// in two files is the later file's (in name order).
func readCatalogues(fsys fs.FS, l Lang) (*langCatalogue, error) {
	files, err := fs.Glob(fsys, "*.toml")
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	c := &langCatalogue{lang: l, tag: language.MustParse(string(l)), ready: map[string]*i18n.Message{}}
	for _, name := range files {
		if path.Ext(strings.TrimSuffix(name, ".toml")) != "."+string(l.source()) {
			continue
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		msgs, err := parseCatalogue(data, name)
		if err != nil {
			return nil, err
		}
		for _, m := range msgs {
			c.ready[m.ID] = m
		}
	}
	c.b = i18n.NewBundle(language.English)
	if err := c.b.AddMessages(c.tag); err != nil { // the language, its plural rule, no message yet
		return nil, err
	}
	c.loc = i18n.NewLocalizer(c.b, string(l))
	return c, nil
}

// localize renders cfg's message, adding it to the bundle if it is asked for the
// first time.
func (c *langCatalogue) localize(cfg *i18n.LocalizeConfig) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if m, ok := c.ready[cfg.MessageID]; ok {
		delete(c.ready, cfg.MessageID)
		if c.lang == SerbianLatin {
			m = transliterated(m)
		}
		if err := c.b.AddMessages(c.tag, m); err != nil {
			return "", err
		}
	}
	return c.loc.Localize(cfg)
}

// parseCatalogue reads the messages of the catalogue file name: by readCatalogue, or
// by the general TOML reader for what that does not read.
func parseCatalogue(data []byte, name string) ([]*i18n.Message, error) {
	if msgs, ok := readCatalogue(data); ok {
		return msgs, nil
	}
	mf, err := i18n.ParseMessageFileBytes(data, name, map[string]i18n.UnmarshalFunc{"toml": toml.Unmarshal})
	if err != nil {
		return nil, fmt.Errorf("catalogue %s: %w", name, err)
	}
	return mf.Messages, nil
}

// transliterated is m in Serbian Latin.
func transliterated(m *i18n.Message) *i18n.Message {
	c := *m
	c.Zero, c.One, c.Two = ToLatin(m.Zero), ToLatin(m.One), ToLatin(m.Two)
	c.Few, c.Many, c.Other = ToLatin(m.Few), ToLatin(m.Many), ToLatin(m.Other)
	c.Description = ""
	return &c
}

// MessageIDs returns every message id of the reference (English) catalogue.
func MessageIDs() []string {
	idsOnce.Do(func() {
		files, _ := fs.Glob(catalogFS, "*.en.toml")
		for _, name := range files {
			data, _ := fs.ReadFile(catalogFS, name)
			if msgs, err := parseCatalogue(data, name); err == nil {
				for _, m := range msgs {
					messageIDs = append(messageIDs, m.ID)
				}
			}
		}
		sort.Strings(messageIDs)
	})
	return append([]string(nil), messageIDs...)
}

// Translator renders messages in one language. The interface and the documents each
// have their own, so a person can read Russian while the appeal is written in Serbian.
// It reads its catalogues when it first renders a message (a command such as
// `appealdesk version` never does); it is safe for concurrent use.
type Translator struct {
	lang Lang

	once sync.Once
	cat  *langCatalogue
	// fallback is English, for a message this language lacks (nil for English).
	fallback *Translator
}

// New returns a Translator for l; an unknown l falls back to English.
func New(l Lang) *Translator {
	if !l.Valid() {
		l = DefaultLang
	}
	t := &Translator{lang: l}
	if l != English {
		t.fallback = &Translator{lang: English}
	}
	return t
}

// catalogue is the translator's catalogue, read on first use.
func (t *Translator) catalogue() *langCatalogue {
	t.once.Do(func() {
		c, err := catalogueOf(t.lang)
		if err != nil {
			// The catalogues are embedded and tested; a broken one is a build defect.
			panic(fmt.Sprintf("message catalogues: %v", err))
		}
		t.cat = c
	})
	return t.cat
}

// Lang is the language of this translator.
func (t *Translator) Lang() Lang { return t.lang }

// T returns the message id, filled with data given as key/value pairs:
// T("deadline.days_left", "Date", d). A missing message shows its id, never panics.
func (t *Translator) T(id string, kv ...any) string {
	return t.localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: pairs(kv)})
}

// N is T for a message with plural forms; count chooses the form and is also
// available to the template as {{.Count}}.
func (t *Translator) N(id string, count int, kv ...any) string {
	data := pairs(kv)
	data["Count"] = count
	return t.localize(&i18n.LocalizeConfig{MessageID: id, PluralCount: count, TemplateData: data})
}

func (t *Translator) localize(cfg *i18n.LocalizeConfig) string {
	s, err := t.catalogue().localize(cfg)
	if err == nil {
		return s
	}
	var nf *i18n.MessageNotFoundErr
	if errors.As(err, &nf) && t.fallback != nil {
		if s, err := t.fallback.catalogue().localize(cfg); err == nil {
			log.Printf("appealdesk: message %q has no %s translation", cfg.MessageID, t.lang)
			return s
		}
	}
	log.Printf("appealdesk: message %q: %v", cfg.MessageID, err)
	if s == "" {
		return cfg.MessageID
	}
	return s
}

func pairs(kv []any) map[string]any {
	m := make(map[string]any, len(kv)/2+1)
	for i := 0; i+1 < len(kv); i += 2 {
		if k, ok := kv[i].(string); ok {
			m[k] = kv[i+1]
		}
	}
	return m
}

// autonyms are the languages' names in themselves, as the switcher shows them whatever
// the interface language. They equal each catalogue's "lang.name.<tag>" in its own
// language (TestAutonymsMatchCatalogues); kept here so the switcher needs no catalogue of
// a language the person has not chosen.
var autonyms = map[Lang]string{
	English: "English", Russian: "Русский", SerbianCyrl: "Српски (ћирилица)", SerbianLatin: "Srpski (latinica)",
}

// Autonym is the language's name in itself: English, Русский, Српски (ћирилица), Srpski (latinica).
func (l Lang) Autonym() string { return autonyms[l] }
