package locales

import (
	"strings"
	"testing"
)

// TestRussianToSerbian: one case per rule of the Serbian orthography for Russian
// (Правопис српскога језика, Матица српска 2010), with the norm's own examples.
func TestRussianToSerbian(t *testing.T) {
	cases := []struct{ rule, in, want string }{
		{"е at the start of a word → је", "Екатеринбург", "Јекатеринбург"},
		{"е after a vowel → је", "Нуреев", "Нурејев"},
		{"е after ь → је", "Прокофьев", "Прокофјев"},
		{"е after a consonant stays", "Петров", "Петров"},
		{"я at the start → ја", "Ялта", "Јалта"},
		{"я after a vowel → ја", "Мария", "Марија"},
		{"я after й: one ј", "Майя", "Маја"},
		{"я after a consonant → ја", "Вятка", "Вјатка"},
		{"я after л → ља", "Коля", "Коља"},
		{"я after н → ња", "Таня", "Тања"},
		{"ю at the start → ју", "Юрий", "Јуриј"},
		{"ю after т → тју", "Тюмень", "Тјумењ"},
		{"ё after a consonant → јо", "Пётр", "Пјотр"},
		{"ё after л → љо", "Журавлёв", "Журављов"},
		{"ё after ч → о", "Горбачёв", "Горбачов"},
		{"ё at the start → јо", "Ёлкин", "Јолкин"},
		{"щ → шч, ё after щ → о", "Хрущёв", "Хрушчов"},
		{"щ → шч", "Щедрин", "Шчедрин"},
		{"й → ј", "Андрей", "Андреј"},
		{"ы → и", "Крылов", "Крилов"},
		{"э → е", "Эрмитаж", "Ермитаж"},
		{"ль at the end → љ", "Гоголь", "Гогољ"},
		{"нь at the end → њ", "Казань", "Казањ"},
		{"ль before a consonant → љ", "Кольцов", "Кољцов"},
		{"ль before a vowel → љ", "Ильич", "Иљич"},
		{"нь before е → ње", "Арсеньев", "Арсењев"},
		{"ь before a vowel → ј", "Захарьин", "Захарјин"},
		{"ъ before a vowel → ј", "Подъячев", "Подјачев"},
		{"ь before ё → јо", "Воробьёв", "Воробјов"},
		{"ь before я after д → дја", "Дьяконов", "Дјаконов"},
		{"ь elsewhere dropped", "Матьково", "Матково"},
		{"-тька → -ћка", "Митька", "Мићка"},
		{"-дька → -ћка", "Федька", "Фећка"},
		{"дж → џ", "Биробиджан", "Биробиџан"},
		{"-ский → -ски", "Чайковский", "Чајковски"},
		{"-ский after е → -јевски", "Достоевский", "Достојевски"},
		{"-цкая → -цка", "Плисецкая", "Плисецка"},
		{"-ький → -ки", "Горький", "Горки"},
		{"-ый → -и", "Белый", "Бели"},
		{"a first name's -ий → -иј", "Евгений", "Јевгениј"},
		{"doubled consonant written once", "Анна", "Ана"},
		{"doubled л written once", "Кирилл", "Кирил"},
		{"doubled с written once", "Одесса", "Одеса"},
		{"л before и not softened", "Лиза", "Лиза"},
		{"н before и not softened", "Нина", "Нина"},
		{"exonym Россия → Русија", "Москва, Россия", "Москва, Русија"},
		{"exonym Украина", "Харьков, Украина", "Харков, Украјина"},
		{"two-word exonym keeps capitals", "Нижний Новгород", "Нижњи Новгород"},
		{"full name", "Фёдор Журавлёв", "Фјодор Журављов"},
		{"all capitals stay capitals", "ЖУРАВЛЁВ", "ЖУРАВЉОВ"},
		{"stress mark dropped", "Ната́лья", "Натаља"},
		{"patronymic", "Васильевич", "Васиљевич"},
		{"Serbian Cyrillic unchanged", "Ђорђе Јовановић", "Ђорђе Јовановић"},
		{"Latin and digits unchanged", "Ivan 1988, ул. 5", "Ivan 1988, ул. 5"},
		{"empty", "", ""},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			if got := RussianToSerbian(c.in); got != c.want {
				t.Errorf("RussianToSerbian(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestRussianToSerbianLeavesNoRussianLetters: whatever Russian text goes in, the
// result can be printed in a Serbian filing.
func TestRussianToSerbianLeavesNoRussianLetters(t *testing.T) {
	all := "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
	for _, a := range all {
		for _, b := range all {
			for _, w := range []string{string(a) + string(b), "к" + string(a) + string(b) + "а", string(b) + string(a)} {
				for _, in := range []string{w, strings.ToUpper(w)} {
					if out := RussianToSerbian(in); HasRussianLetters(out) {
						t.Fatalf("RussianToSerbian(%q) = %q keeps a Russian letter", in, out)
					}
				}
			}
		}
	}
}

func FuzzRussianToSerbian(f *testing.F) {
	for _, s := range []string{"Фёдор", "ЪЬ", "ьъя", "\xff", "Майя-Ёлка", "а\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if out := RussianToSerbian(s); HasRussianLetters(out) {
			t.Fatalf("RussianToSerbian(%q) = %q keeps a Russian letter", s, out)
		}
	})
}

func TestRussianToLatin(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"name", "Фёдор Журавлёв", "Fyodor Zhuravlyov"},
		{"е at the start", "Екатеринбург", "Yekaterinburg"},
		{"-ый", "Белый", "Bely"},
		{"-ий", "Юрий", "Yuriy"},
		{"щ, ь", "Хрущёв, Казань", "Khrushchyov, Kazan"},
		{"Serbian letters too", "Ђурђа Љубичић", "Đurđa Ljubičić"},
		{"all capitals", "ЖУК", "ZHUK"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := RussianToLatin(c.in); got != c.want {
				t.Errorf("RussianToLatin(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestClassifyText: what a Serbian filing may print as typed and what must be translated.
func TestClassifyText(t *testing.T) {
	cases := []struct {
		in   string
		want TextLanguage
	}{
		{"26-1234/26", TextNone},
		{"Решење ми је уручено у Управи за странце.", TextSerbian},
		{"Уговор о раду", TextSerbian},
		{"Потврда школе", TextSerbian},
		{"поезија", TextSerbian},
		{"Ugovor o radu", TextSerbian},
		{"Inženjer u preduzeću", TextSerbian},
		{"запослен у предузећу „Acme LLC“", TextSerbian},
		{"Москва", TextSerbian},
		{"В России меня ждёт мобилизация.", TextRussian},
		{"Обжалуемое решение", TextRussian},
		{"Повестка из военкомата", TextRussian},
		{"Программист", TextRussian},
		{"Временное проживание", TextRussian},
		{"Employment contract", TextOther},
		{"Software engineer", TextOther},
		{"Київ", TextOther},
		{"عمل", TextOther},
	}
	for _, c := range cases {
		if got := ClassifyText(c.in); got != c.want {
			t.Errorf("ClassifyText(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
