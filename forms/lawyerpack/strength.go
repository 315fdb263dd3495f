package lawyerpack

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"appealdesk/forms"
)

// Strength is how hard a passphrase is to guess, for a hint beside the field.
type Strength int

const (
	VeryWeak Strength = iota // empty, too short, common or repetitive: the command line refuses it
	Weak
	Fair
	Good
	Strong
)

// MinLength is the shortest passphrase (in characters) that is not VeryWeak.
const MinLength = 8

// CheckPassphrase rates p and returns the level and the message id of a hint
// ("evidence.pass.*") to show the person. It works offline with no word list
// beyond a short list of the most common passwords: it rates the length, the kinds
// of character used (lower, upper, digits, symbols, letters beyond ASCII such as
// Cyrillic) and catches repetition ("aaaaaaaa", "abcabcabc") and keyboard or
// number runs ("12345678", "qwertyui", "йцукенгш").
func CheckPassphrase(p string) (Strength, string) {
	n := utf8.RuneCountInString(p)
	switch {
	case n == 0:
		return VeryWeak, "evidence.pass.empty"
	case isCommon(p):
		return VeryWeak, "evidence.pass.common"
	case isRepetitive(p):
		return VeryWeak, "evidence.pass.repetitive"
	case n < MinLength:
		return VeryWeak, "evidence.pass.too_short"
	}
	bits := entropyBits(p)
	switch {
	case bits < 50:
		return Weak, "evidence.pass.weak"
	case bits < 75:
		return Fair, "evidence.pass.fair"
	case bits < 100:
		return Good, "evidence.pass.good"
	}
	return Strong, "evidence.pass.strong"
}

// entropyBits is a rough guess: length × log2(size of the alphabet the classes
// used span), counting only distinct characters beyond the first occurrence of a
// run, so "Aaaaaaaaaaaa1!" is not rated like a random string.
func entropyBits(p string) float64 {
	var lower, upper, digit, symbol, other bool
	for _, r := range p {
		switch {
		case r < 128 && unicode.IsLower(r):
			lower = true
		case r < 128 && unicode.IsUpper(r):
			upper = true
		case unicode.IsDigit(r):
			digit = true
		case r >= 128 && unicode.IsLetter(r):
			other = true
		default:
			symbol = true
		}
	}
	pool := 0
	for _, c := range []struct {
		used bool
		size int
	}{{lower, 26}, {upper, 26}, {digit, 10}, {symbol, 33}, {other, 66}} { // 66: Russian or Serbian upper + lower
		if c.used {
			pool += c.size
		}
	}
	// Effective length: a character equal to the one before adds little.
	eff := 0.0
	var prev rune = -1
	for _, r := range p {
		if r == prev {
			eff += 0.25
		} else {
			eff++
		}
		prev = r
	}
	return eff * math.Log2(float64(pool))
}

// isRepetitive: one character, a short unit repeated, or a run of a sequence.
func isRepetitive(p string) bool {
	rs := []rune(strings.ToLower(p))
	if len(rs) < 2 {
		return false
	}
	for unit := 1; unit <= len(rs)/2; unit++ {
		if len(rs)%unit != 0 {
			continue
		}
		same := true
		for i := unit; i < len(rs); i++ {
			if rs[i] != rs[i-unit] {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	for _, seq := range sequences {
		if len(rs) >= 4 && strings.Contains(seq, string(rs)) {
			return true
		}
	}
	// Ascending or descending by code point (abcdefgh, 98765432).
	up, down := true, true
	for i := 1; i < len(rs); i++ {
		up = up && rs[i] == rs[i-1]+1
		down = down && rs[i] == rs[i-1]-1
	}
	return up || down
}

var sequences = []string{
	"01234567890", "09876543210",
	"qwertyuiopasdfghjklzxcvbnm", "qwertzuiopasdfghjklyxcvbnm", "azertyuiopqsdfghjklmwxcvbn",
	"1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
	"йцукенгшщзхъфывапролджэячсмитьбю", // Russian keyboard rows
	"љњертзуиопшђасдфгхјклчћжѕџцвбнм",  // Serbian Cyrillic keyboard rows
	"абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
	"абвгдђежзијклљмнњопрстћуфхцчџш",
}

// common holds frequent passwords of public breach lists and obvious choices for
// this app; a passphrase equal to one (case-insensitive, ignoring trailing digits
// and punctuation) is rated VeryWeak.
var common = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
password passw0rd p@ssw0rd p@ssword qwerty qwertyuiop asdfgh asdfghjkl zxcvbn
letmein welcome monkey dragon master shadow sunshine princess football baseball
iloveyou trustno1 superman batman starwars whatever freedom secret default admin
administrator login abc qazwsx hello access flower michael jordan killer hunter
ranger buster soccer harley charlie pepper ginger computer internet google
samsung apple matrix mustang cheese summer winter spring autumn love lovely
passport appeal appealdesk lawyer advokat serbia srbija belgrade beograd russia
rossiya moscow moskva putin navalny nowar netvoine privet parol parola lozinka
sifra šifra пароль пароли привет любовь москва россия сербия белград лозинка
шифра йцукен фыва qwerty123 password1 changeme test testing guest
`) {
		common[w] = true
	}
}

func isCommon(p string) bool {
	s := strings.ToLower(strings.TrimSpace(p))
	s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsDigit(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) })
	s = strings.TrimLeftFunc(s, func(r rune) bool { return unicode.IsDigit(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) })
	if s == "" {
		// only digits and punctuation: rated by the other rules unless short
		return false
	}
	return common[s]
}

// CheckPassphraseFor rates p like CheckPassphrase, knowing what an attacker who
// knows the person knows: words (CaseWords) such as their name, surname, birth year,
// birthplace and the case's title. Those parts count for nothing, also written in
// Latin letters or typed on the wrong keyboard layout ("Bdfy" for "Иван"): what is
// left is rated, and "Иван Петров 1985" is VeryWeak with the hint
// "evidence.pass.personal".
func CheckPassphraseFor(p string, words []string) (Strength, string) {
	level, hint := CheckPassphrase(p)
	if level == VeryWeak || len(words) == 0 {
		return level, hint
	}
	rest, found := withoutWords(strings.ToLower(p), words)
	if !found {
		return level, hint
	}
	rest = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, rest)
	restLevel := VeryWeak
	if utf8.RuneCountInString(rest) >= 4 && !isCommon(rest) && !isRepetitive(rest) {
		restLevel = rate(entropyBits(rest))
	}
	if restLevel >= level {
		return level, hint
	}
	return restLevel, "evidence.pass.personal"
}

func rate(bits float64) Strength {
	switch {
	case bits < 35:
		return VeryWeak
	case bits < 50:
		return Weak
	case bits < 75:
		return Fair
	case bits < 100:
		return Good
	}
	return Strong
}

// withoutWords removes every personal word, in every spelling, from lower-case s.
func withoutWords(s string, words []string) (string, bool) {
	var all []string
	for _, w := range words {
		all = append(all, spellings(strings.ToLower(w))...)
	}
	// Longest first, so "petrovich" goes before "petrov".
	for i := range all {
		for j := i + 1; j < len(all); j++ {
			if utf8.RuneCountInString(all[j]) > utf8.RuneCountInString(all[i]) {
				all[i], all[j] = all[j], all[i]
			}
		}
	}
	found := false
	for _, w := range all {
		if utf8.RuneCountInString(w) >= 3 && strings.Contains(s, w) {
			s = strings.ReplaceAll(s, w, " ")
			found = true
		}
	}
	return s, found
}

// spellings are the ways a word is written in a passphrase: as it is, in Latin
// letters (Russian passport style and Serbian Latin), and typed on a Latin keyboard
// while meaning Cyrillic, or the other way round.
func spellings(w string) []string {
	out := []string{w}
	add := func(s string) {
		for _, o := range out {
			if o == s {
				return
			}
		}
		out = append(out, s)
	}
	var latin, serbian, keys, back strings.Builder
	for _, r := range w {
		if l, ok := russianLatin[r]; ok {
			latin.WriteString(l)
		} else {
			latin.WriteRune(r)
		}
		if l, ok := serbianLatin[r]; ok {
			serbian.WriteString(l)
		} else if l, ok := russianLatin[r]; ok {
			serbian.WriteString(l)
		} else {
			serbian.WriteRune(r)
		}
		if k, ok := cyrillicKeys[r]; ok {
			keys.WriteRune(k)
		} else {
			keys.WriteRune(r)
		}
		if c, ok := latinKeys[r]; ok {
			back.WriteRune(c)
		} else {
			back.WriteRune(r)
		}
	}
	add(latin.String())
	add(serbian.String())
	add(keys.String())
	add(back.String())
	return out
}

var russianLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z", 'и': "i",
	'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t",
	'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y",
	'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
}

var serbianLatin = map[rune]string{
	'ж': "ž", 'ц': "c", 'ч': "č", 'ш': "š", 'х': "h", 'ђ': "đ", 'ј': "j", 'љ': "lj", 'њ': "nj", 'ћ': "ć", 'џ': "dž",
}

// cyrillicKeys: the Latin key under each letter of the Russian ЙЦУКЕН layout.
var cyrillicKeys, latinKeys = func() (map[rune]rune, map[rune]rune) {
	const ru = "йцукенгшщзхъфывапролджэячсмитьбю"
	const en = "qwertyuiop[]asdfghjkl;'zxcvbnm,."
	c, l := map[rune]rune{}, map[rune]rune{}
	er := []rune(en)
	for i, r := range []rune(ru) {
		c[r], l[er[i]] = er[i], r
	}
	return c, l
}()

// CaseWords are the words of a case that someone who knows the person could try in
// a passphrase: the names (the person, spouse, children), birth year and date,
// birthplace and city, the case's title, and the numbers of the passport, phone and
// decision.
func CaseWords(c *forms.Case) []string {
	if c == nil {
		return nil
	}
	var out []string
	words := func(s string) {
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if utf8.RuneCountInString(w) >= 3 {
				out = append(out, w)
			}
		}
	}
	p := c.Person
	for _, s := range []string{c.Title, p.FullName, p.FullNameSerbian, p.Birthplace, p.City, c.Family.SpouseName,
		p.Passport, p.Phone, p.ForeignerNumber, c.Decision.Number} {
		words(s)
	}
	for _, ch := range c.Family.Children {
		words(ch.Name)
	}
	if born := string(p.Born); len(born) == 10 && born[4] == '-' && born[7] == '-' {
		y, m, d := born[:4], born[5:7], born[8:10]
		out = append(out, y, d+m+y, y+m+d, d+m+y[2:], d+m, m+d)
	}
	return out
}
