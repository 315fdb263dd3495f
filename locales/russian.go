package locales

import (
	"strings"
	"unicode"
)

// RussianToSerbian transcribes names and places written in Russian Cyrillic into
// Serbian Cyrillic by the rules of the Serbian orthography for Russian: Правопис
// српскога језика (Матица српска, Нови Сад, 2010), transcription from Russian, as
// summarised with examples on the page „Википедија:Транскрипција са руског језика“
// (sr.wikipedia.org). The rules, letter by letter:
//
//   - е at the start of a word, after a vowel and after ь, ъ → је (Екатерина →
//     Јекатерина, Нуреев → Нурејев, Прокофьев → Прокофјев); after a consonant → е;
//   - я, ю, ё at the start of a word, after a vowel or й → ја, ју, јо (Ялта → Јалта,
//     Юрий → Јуриј, Майя → Маја); after л, н → ља, љу, љо, ња, њу, њо (Коля → Коља,
//     Алёша → Аљоша, Таня → Тања); after ж, ч, ш, щ → а, у, о (Горбачёв → Горбачов);
//     after any other consonant → ја, ју, јо (Вятка → Вјатка, Пётр → Пјотр);
//   - ль, нь → љ, њ (Гоголь → Гогољ, Казань → Казањ, Ильич → Иљич, Арсеньев → Арсењев);
//     ь, ъ before a vowel after any other consonant → ј (Захарьин → Захарјин, Подъячев →
//     Подјачев, Воробьёв → Воробјов); elsewhere ь and ъ are dropped (Матьково →
//     Матково); the formants -тька, -дька → -ћка (Митька → Мићка, Федька → Фећка);
//   - й → ј (Андрей → Андреј); щ → шч (Щедрин → Шчедрин); ы → и (Крылов → Крилов);
//     э → е (Эрмитаж → Ермитаж); дж → џ (Биробиджан → Биробиџан);
//   - surname endings -ский, -цкий, -ький → -ски, -цки, -ки (Чайковский → Чајковски,
//     Горький → Горки), -ский/-цкий in the feminine -ская, -цкая → -ска, -цка
//     (Плисецкая → Плисецка), -ый → -и (Белый → Бели); a first name's -ий → -иј;
//   - doubled consonants are written once (Анна → Ана, Кирилл → Кирил, Одесса → Одеса);
//   - л and н before е and и are not softened (Нина, Лиза), as the norm prescribes,
//     although a few names keep a traditional form (Лењин, Тургењев, Тупољев); the
//     voicing assimilation the norm allows (Образцов → Обрасцов) is not applied. Both
//     are why the person confirms the result before it is used.
//
// Places with a Serbian name of their own (exonyms such as Россия → Русија, Украина →
// Украјина) are taken from a short table first. Text that has no Russian letters comes
// back unchanged; letters, digits and punctuation that are not Russian pass through.
func RussianToSerbian(s string) string {
	var b strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); {
		if !isCyrillicLetter(runes[i]) {
			b.WriteRune(runes[i])
			i++
			continue
		}
		j := i
		for j < len(runes) && (isCyrillicLetter(runes[j]) || runes[j] == '\u0301') {
			j++
		}
		b.WriteString(transcribeWord(runes[i:j]))
		i = j
	}
	return b.String()
}

// exonyms are places whose Serbian names are not transcriptions (lower case).
var exonyms = map[string]string{
	"россия": "русија", "украина": "украјина", "беларусь": "белорусија", "белоруссия": "белорусија",
	"армения": "јерменија", "германия": "немачка", "киев": "кијев",
	"молдова": "молдавија", "молдавия": "молдавија", "грузия": "грузија", "литва": "литванија",
	"латвия": "летонија", "эстония": "естонија", "польша": "пољска", "чехия": "чешка",
	"венгрия": "мађарска", "израиль": "израел", "турция": "турска", "сербия": "србија",
	"черногория": "црна гора", "босния": "босна", "хорватия": "хрватска", "греция": "грчка",
	"финляндия": "финска", "китай": "кина", "япония": "јапан", "америка": "америка",
	"нижний": "нижњи",
}

const ruVowels = "аеёиоуыэюя"

func isRuVowel(r rune) bool { return strings.ContainsRune(ruVowels, r) }

func isCyrillicLetter(r rune) bool { return unicode.Is(unicode.Cyrillic, r) && unicode.IsLetter(r) }

// bare is the vowel a soft vowel letter leaves once its softness is written by the
// consonant (љ, њ) or by ј.
var bare = map[rune]string{'я': "а", 'ю': "у", 'ё': "о", 'е': "е", 'и': "и", 'о': "о", 'а': "а", 'у': "у", 'э': "е", 'ы': "и"}

func transcribeWord(word []rune) string {
	lower := make([]rune, 0, len(word))
	for _, r := range word {
		if r == '\u0301' { // a stress mark typed by the person carries no letter
			continue
		}
		lower = append(lower, unicode.ToLower(r))
	}
	out := transcribeLower(lower)
	return restoreCase(word, out)
}

func transcribeLower(w []rune) string {
	if ex, ok := exonyms[string(w)]; ok {
		return ex
	}
	s := string(w)
	// Adjectival surname endings first (they drop the й of -ий/-ый).
	for _, e := range []struct{ from, to string }{
		{"ский", "ски"}, {"цкий", "цки"}, {"ький", "ки"}, {"ская", "ска"}, {"цкая", "цка"}, {"ый", "и"},
	} {
		if strings.HasSuffix(s, e.from) && len([]rune(s)) > len([]rune(e.from)) {
			return transcribeLower([]rune(strings.TrimSuffix(s, e.from))) + e.to
		}
	}
	var b strings.Builder
	prev := rune(0) // the previous source letter, 0 at the start of the word
	for i := 0; i < len(w); i++ {
		r := w[i]
		next := rune(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		afterNext := rune(0)
		if i+2 < len(w) {
			afterNext = w[i+2]
		}
		switch {
		case r == 'л' || r == 'н':
			soft := 'љ'
			if r == 'н' {
				soft = 'њ'
			}
			switch {
			case next == 'ь' || next == 'ъ':
				b.WriteRune(soft)
				i++ // the sign is written by љ, њ
				if v, ok := bare[afterNext]; ok && isRuVowel(afterNext) {
					b.WriteString(v)
					i++
				}
			case next == 'я' || next == 'ю' || next == 'ё':
				b.WriteRune(soft)
				b.WriteString(bare[next])
				i++
			case next == r: // doubled consonant written once
			default:
				b.WriteRune(r)
			}
		case r == 'ь' || r == 'ъ':
			if (prev == 'т' || prev == 'д') && next == 'к' && r == 'ь' && afterNext == 'а' && i+3 == len(w) {
				// -тька, -дька → -ћка: the т or д already written becomes ћ.
				str := []rune(b.String())
				str[len(str)-1] = 'ћ'
				b.Reset()
				b.WriteString(string(str))
			} else if isRuVowel(next) && prev != 0 {
				b.WriteRune('ј')
				b.WriteString(bare[next])
				i++
			}
		case r == 'е':
			if prev == 0 || isRuVowel(prev) {
				b.WriteString("је")
			} else {
				b.WriteRune('е')
			}
		case r == 'я' || r == 'ю' || r == 'ё':
			switch {
			case prev == 0 || isRuVowel(prev) || prev == 'й':
				if prev == 'й' {
					b.WriteString(bare[r]) // й already gave ј: Майя → Маја
				} else {
					b.WriteRune('ј')
					b.WriteString(bare[r])
				}
			case strings.ContainsRune("жчшщц", prev):
				b.WriteString(bare[r])
			default:
				b.WriteRune('ј')
				b.WriteString(bare[r])
			}
		case r == 'й':
			b.WriteRune('ј')
		case r == 'щ':
			b.WriteString("шч")
		case r == 'ы':
			b.WriteRune('и')
		case r == 'э':
			b.WriteRune('е')
		case r == 'д' && next == 'ж':
			b.WriteRune('џ')
			i++
		case !isRuVowel(r) && next == r:
			// doubled consonant written once (the second one is written)
		default:
			b.WriteRune(r) // Serbian letters as they are; other alphabets' letters pass through
		}
		prev = r
	}
	return b.String()
}

// restoreCase gives the transcription the capitals of the source word: all capitals
// stay all capitals (ИВАНОВ → ИВАНОВ), a capital first letter stays capital.
func restoreCase(src []rune, out string) string {
	letters, upper := 0, 0
	for _, r := range src {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters > 1 && upper == letters {
		return strings.ToUpper(out)
	}
	if len(src) > 0 && unicode.IsUpper(src[0]) {
		o := []rune(out)
		if len(o) > 0 {
			o[0] = unicode.ToUpper(o[0])
		}
		// A multi-word exonym (Санкт Петербург, Црна Гора) capitalises each word.
		for k := 1; k < len(o); k++ {
			if o[k-1] == ' ' {
				o[k] = unicode.ToUpper(o[k])
			}
		}
		return string(o)
	}
	return out
}

// russianLetters are the letters of the Russian alphabet that Serbian Cyrillic lacks.
const russianLetters = "ёйщъыьэюяЁЙЩЪЫЬЭЮЯ"

// HasRussianLetters reports whether s has a letter of the Russian alphabet that the
// Serbian one lacks (ё й щ ъ ы ь э ю я): such text cannot stand in a Serbian filing.
func HasRussianLetters(s string) bool { return strings.ContainsAny(s, russianLetters) }

// TextLanguage is what a typed answer looks like it is written in.
type TextLanguage int

const (
	// TextNone: no letters (numbers, dates, punctuation only).
	TextNone TextLanguage = iota
	// TextSerbian: Serbian Cyrillic or Serbian Latin, or letters common to Serbian and
	// another language with nothing that marks the other language (Москва, Paspor).
	TextSerbian
	// TextRussian: Russian (letters or letter groups Serbian does not use).
	TextRussian
	// TextOther: another language or script (English, Ukrainian, Arabic …).
	TextOther
)

// ClassifyText tells whether s reads as Serbian. It looks for what can only be another
// language: Russian letters (ё й щ ъ ы ь э ю я); Russian letter groups Serbian spelling
// never writes (и, е or о directly before е, since Serbian inserts ј: решение, военкомат;
// doubled consonants: программист); letters of other Cyrillic alphabets (є і ї ґ ў);
// Latin text with q, w, x, y or English words and no Serbian Latin letter; any other
// script. Text with none of these is taken to be Serbian: short Russian phrases that
// happen to be spelt as in Serbian (Паспорт, Москва) cannot be told apart, and they
// need no translation.
func ClassifyText(s string) TextLanguage {
	letters := false
	cyrWords, latinWords, foreignLatin, serbianLatin := 0, 0, 0, false
	for _, w := range wordRE().FindAllString(s, -1) {
		rs := []rune(strings.ToLower(w))
		cyr, lat, serbianOnly := false, false, false
		for _, r := range rs {
			switch {
			case unicode.Is(unicode.Cyrillic, r):
				cyr = true
				if strings.ContainsRune("ђјљњћџ", r) {
					serbianOnly = true
				}
			case unicode.Is(unicode.Latin, r):
				lat = true
				if strings.ContainsRune("čćšžđ", r) {
					serbianLatin = true
				}
			case unicode.IsLetter(r):
				return TextOther // Arabic, Chinese, Greek …
			}
		}
		letters = letters || cyr || lat
		switch {
		case cyr:
			cyrWords++
			for k, r := range rs {
				if strings.ContainsRune(russianLetters, r) {
					return TextRussian
				}
				if strings.ContainsRune("єіїґў", r) {
					return TextOther
				}
				if serbianOnly || k == 0 {
					continue
				}
				if r == 'е' && strings.ContainsRune("иео", rs[k-1]) {
					return TextRussian // решение, военкомат, длинношеее
				}
				if r == rs[k-1] && strings.ContainsRune("мнслтпкфр", r) {
					return TextRussian // программист, Россия written without я
				}
			}
		case lat:
			latinWords++
			if foreignLatinWord(string(rs)) {
				foreignLatin++
			}
		}
	}
	switch {
	case !letters:
		return TextNone
	case cyrWords > 0:
		return TextSerbian // Latin words inside Serbian text are names („Acme LLC“)
	case latinWords > 0 && !serbianLatin && foreignLatin > 0:
		return TextOther
	}
	return TextSerbian
}

// foreignLatinWord: a Latin word Serbian Latin spelling would never write: an English
// word, a letter Serbian lacks (q w x y), a doubled letter, or th, ph, ck.
func foreignLatinWord(w string) bool {
	if englishWord[w] || strings.ContainsAny(w, "qwxy") {
		return true
	}
	for _, g := range []string{"th", "ph", "ck", "ee", "oo", "ll", "ss", "tt", "pp", "ff", "rr", "mm", "nn", "cc", "dd", "gg", "bb"} {
		if strings.Contains(w, g) {
			return true
		}
	}
	return false
}

// englishWord are common English words that are not Serbian words.
var englishWord = map[string]bool{
	"the": true, "of": true, "and": true, "for": true, "with": true, "from": true, "my": true,
	"is": true, "was": true, "are": true, "were": true, "have": true, "has": true, "this": true,
	"that": true, "not": true, "by": true, "at": true, "an": true, "in": true,
	"contract": true, "certificate": true, "letter": true, "decision": true, "work": true,
}

// RussianToLatin writes Russian Cyrillic in Latin letters an English reader can read
// (the BGN/PCGN correspondences: ж zh, х kh, ц ts, ч ch, ш sh, щ shch, ы y, ю yu, я ya,
// е ye at the start of a word and after a vowel, ь and ъ dropped, -ий and -ый → -iy,
// -y). Serbian Cyrillic letters are written as in Serbian Latin (ђ đ, ј j, љ lj …), so
// text that mixes both comes out whole. Reader's copies in English use it.
func RussianToLatin(s string) string {
	var b strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); {
		if !isCyrillicLetter(runes[i]) {
			b.WriteRune(runes[i])
			i++
			continue
		}
		j := i
		for j < len(runes) && isCyrillicLetter(runes[j]) {
			j++
		}
		word := string(runes[i:j])
		if strings.ContainsAny(strings.ToLower(word), "ђјљњћџ") {
			b.WriteString(ToLatin(word)) // a Serbian word: Serbian Latin
		} else {
			b.WriteString(russianWordToLatin(runes[i:j]))
		}
		i = j
	}
	return b.String()
}

func russianWordToLatin(runes []rune) string {
	var b strings.Builder
	for i, r := range runes {
		lower := unicode.ToLower(r)
		prev := rune(0)
		if i > 0 {
			prev = unicode.ToLower(runes[i-1])
		}
		var lat string
		switch lower {
		case 'е':
			lat = "e"
			if prev == 0 || isRuVowel(prev) || prev == 'ь' || prev == 'ъ' {
				lat = "ye"
			}
		case 'ё':
			lat = "yo"
		case 'ж':
			lat = "zh"
		case 'х':
			lat = "kh"
		case 'ц':
			lat = "ts"
		case 'ч':
			lat = "ch"
		case 'ш':
			lat = "sh"
		case 'щ':
			lat = "shch"
		case 'ы':
			lat = "y"
		case 'ь', 'ъ':
			lat = ""
		case 'э':
			lat = "e"
		case 'ю':
			lat = "yu"
		case 'я':
			lat = "ya"
		case 'й':
			lat = "y"
			if prev == 'ы' {
				lat = "" // -ый → -y
			}
		default:
			if l, ok := cyrToLat[lower]; ok {
				lat = l
			} else {
				b.WriteRune(r)
				continue
			}
		}
		if lower != r && lat != "" { // a capital
			if neighbourIsUpper(runes, i) {
				lat = strings.ToUpper(lat)
			} else {
				lr := []rune(lat)
				lat = strings.ToUpper(string(lr[0])) + string(lr[1:])
			}
		}
		b.WriteString(lat)
	}
	return b.String()
}
