package locales

import (
	"strings"
	"unicode"
)

// cyrToLat is the official Serbian Cyrillic→Latin correspondence (Гај's alphabet).
// Љ, Њ, Џ become two Latin letters; their capitalisation depends on the neighbours.
var cyrToLat = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'ђ': "đ", 'е': "e", 'ж': "ž",
	'з': "z", 'и': "i", 'ј': "j", 'к': "k", 'л': "l", 'љ': "lj", 'м': "m", 'н': "n",
	'њ': "nj", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'ћ': "ć", 'у': "u",
	'ф': "f", 'х': "h", 'ц': "c", 'ч': "č", 'џ': "dž", 'ш': "š",
}

// ToLatin transliterates Serbian Cyrillic text to Serbian Latin. Everything that is not
// Serbian Cyrillic (digits, Latin, punctuation, template actions such as {{.Date}}) passes
// through unchanged. A digraph capital (Љ Њ Џ) is written all capitals (LJ NJ DŽ) when a
// neighbouring letter is a capital, and title case (Lj Nj Dž) otherwise.
func ToLatin(s string) string {
	runes := []rune(s)
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for i, r := range runes {
		lower := unicode.ToLower(r)
		lat, ok := cyrToLat[lower]
		if !ok {
			b.WriteRune(r)
			continue
		}
		if r == lower {
			b.WriteString(lat)
			continue
		}
		if len(lat) == 1 || len([]rune(lat)) == 1 {
			b.WriteString(strings.ToUpper(lat))
			continue
		}
		if neighbourIsUpper(runes, i) {
			b.WriteString(strings.ToUpper(lat))
		} else {
			first := []rune(lat)
			b.WriteString(strings.ToUpper(string(first[0])) + string(first[1:]))
		}
	}
	return b.String()
}

// neighbourIsUpper reports whether the next letter, or failing that the previous one,
// is a capital: "ЉУБА" → "LJUBA", "Љуба" → "Ljuba", "ЏЕП" → "DŽEP", "ЏЏ" stays all caps.
func neighbourIsUpper(runes []rune, i int) bool {
	if i+1 < len(runes) && unicode.IsLetter(runes[i+1]) {
		return unicode.IsUpper(runes[i+1])
	}
	if i > 0 && unicode.IsLetter(runes[i-1]) {
		return unicode.IsUpper(runes[i-1])
	}
	return false
}
