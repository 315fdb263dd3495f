package locales

import (
	"regexp"
	"sync"
	"unicode"
)

// The expressions are compiled on first use: compiling the Unicode letter classes
// at start-up cost every command-line call ~0.15 ms, and only the checks use them.
var (
	wordRE           = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`[\p{L}\p{M}]+`) })
	templateActionRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`{{[^}]*}}`) })
)

// MixedScriptWords returns the words of s that mix Cyrillic and Latin letters. A Latin
// "а", "е", "о", "р", "с" or "х" typed inside a Cyrillic word looks right on screen but
// survives transliteration unchanged (and breaks search), so catalogues and document
// templates are checked with it. Template actions ({{.Date}}) are Latin by design and
// are skipped.
func MixedScriptWords(s string) []string {
	s = templateActionRE().ReplaceAllString(s, " ")
	var bad []string
	for _, w := range wordRE().FindAllString(s, -1) {
		var cyr, lat bool
		for _, r := range w {
			cyr = cyr || unicode.Is(unicode.Cyrillic, r)
			lat = lat || unicode.Is(unicode.Latin, r)
		}
		if cyr && lat {
			bad = append(bad, w)
		}
	}
	return bad
}
