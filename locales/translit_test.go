package locales

import (
	"testing"
	"unicode"
)

func TestToLatin(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"every lower-case letter", "абвгдђежзијклљмнњопрстћуфхцчџш", "abvgdđežzijklljmnnjoprstćufhcčdžš"},
		{"every single capital", "АБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ", "ABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ"},
		{"Љ title case", "Љубљана", "Ljubljana"},
		{"Љ all caps", "ЉУБЉАНА", "LJUBLJANA"},
		{"Њ title case", "Његош", "Njegoš"},
		{"Њ all caps", "ЊЕГОШ", "NJEGOŠ"},
		{"Џ title case", "Џеп", "Džep"},
		{"Џ all caps", "ЏЕП", "DŽEP"},
		{"Џ alone before lower", "Џ је", "Dž je"},
		{"capital digraph as one-letter word between capitals", "ЏЏ", "DŽDŽ"},
		{"capital digraph at end after capital", "ГАЏ", "GADŽ"},
		{"names with ђ ћ", "Ђорђе Ћосић", "Đorđe Ćosić"},
		{"template action untouched", "Рок истиче {{.Date}}.", "Rok ističe {{.Date}}."},
		{"Latin, digits, URLs untouched", "Windows XIV 26-1234/24 https://mup.gov.rs", "Windows XIV 26-1234/24 https://mup.gov.rs"},
		{"Russian letters not Serbian stay", "ёъыэ", "ёъыэ"},
		{"quotes and dashes", "„Службени гласник РС“ — бр. 24/2018", "„Službeni glasnik RS“ — br. 24/2018"},
		{"legal heading", "РЕШЕЊЕ о престанку права на привремени боравак", "REŠENJE o prestanku prava na privremeni boravak"},
		{"empty", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := ToLatin(c.in); got != c.want {
				t.Errorf("ToLatin(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func FuzzToLatin(f *testing.F) {
	for _, s := range []string{"Љубљана", "ЏЕП", "\xff\xfe", "a\x00б", "😀Ђ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := ToLatin(s)
		for _, r := range out {
			if _, isCyr := cyrToLat[unicode.ToLower(r)]; isCyr {
				t.Fatalf("Serbian Cyrillic %q left in %q", r, out)
			}
		}
	})
}
