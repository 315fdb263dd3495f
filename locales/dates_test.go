package locales

import (
	"errors"
	"testing"
	"time"
)

func TestDateFormats(t *testing.T) {
	d := time.Date(2024, 2, 13, 0, 0, 0, 0, time.UTC)
	want := map[Lang][3]string{
		English:      {"Tuesday 13 February 2024", "13 February", "13/02/2024"},
		Russian:      {"вторник, 13 февраля 2024 г.", "13 февраля", "13.02.2024"},
		SerbianCyrl:  {"уторак, 13. фебруар 2024.", "13. фебруар", "13.02.2024."},
		SerbianLatin: {"utorak, 13. februar 2024.", "13. februar", "13.02.2024."},
	}
	for l, w := range want {
		tr := New(l)
		got := [3]string{tr.Date(d), tr.DayMonth(d), tr.Numeric(d)}
		if got != w {
			t.Errorf("%s: %q, want %q", l, got, w)
		}
	}
}

func TestParseDate(t *testing.T) {
	ok := map[string]string{
		"13.02.2024":           "2024-02-13",
		"13.02.2024.":          "2024-02-13",
		" 13. 2. 2024. ":       "2024-02-13",
		"13/02/2024":           "2024-02-13",
		"13-02-2024":           "2024-02-13",
		"2024-02-13":           "2024-02-13",
		"29.02.2024":           "2024-02-29",
		"13.02.2024. године":   "2024-02-13",
		"1.1.2025":             "2025-01-01",
		"13\u00a002\u00a02024": "2024-02-13",
	}
	for in, want := range ok {
		got, err := ParseDate(in)
		if err != nil || got.Format("2006-01-02") != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	bad := map[string]error{
		"":           ErrDateEmpty,
		"   ":        ErrDateEmpty,
		"13.02.24":   ErrDateFormat,
		"13 февраля": ErrDateFormat,
		"2024":       ErrDateFormat,
		"31.02.2024": ErrDateImpossible,
		"29.02.2023": ErrDateImpossible,
		"00.01.2024": ErrDateImpossible,
		"13.13.2024": ErrDateImpossible,
		"1.2.3.4":    ErrDateFormat,
	}
	for in, want := range bad {
		_, err := ParseDate(in)
		if !errors.Is(err, want) {
			t.Errorf("ParseDate(%q) error %v, want %v", in, err, want)
		}
	}
}

// Two-digit years are read where only one century fits the kind of date: a decision
// of 09.02.24 is of 2024; a birth on 05.03.25 may be 1925 or 2025 and must be typed
// in full; a birth on 05.03.90 is of 1990.
func TestParseDateInReadsTwoDigitYears(t *testing.T) {
	today := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	event, life := EventSpan(today), LifeSpan(today)
	cases := []struct {
		in   string
		span Span
		want string // ISO, or the error's message id
	}{
		{"09.02.24", event, "2024-02-09"},
		{"9.2.24.", event, "2024-02-09"},
		{"12/11/26", event, "2026-11-12"},
		{"1.1.99", event, "1999-01-01"},
		{"05.03.76", event, ErrDateCentury.ID}, // 1976 is more than 50 years back, 2076 too far ahead
		{"31.02.24", event, ErrDateImpossible.ID},
		{"05.03.90", life, "1990-03-05"},
		{"05.03.25", life, ErrDateCentury.ID}, // 1925 or 2025
		{"05.03.27", life, "1927-03-05"},      // 2027 has not come yet
		{"13.02.2024", life, "2024-02-13"},    // four digits: as ParseDate
		{"13.02.1824", event, "1824-02-13"},   // validation, not parsing, judges plausibility
		{"2024-02-13", event, "2024-02-13"},
		{"13.02.4", event, ErrDateFormat.ID},
		{"13.02.024", event, ErrDateFormat.ID},
	}
	for _, c := range cases {
		d, err := ParseDateIn(c.in, c.span)
		got := d.Format("2006-01-02")
		if err != nil {
			var de *DateError
			if !errors.As(err, &de) {
				t.Fatalf("%q: %v", c.in, err)
			}
			got = de.ID
		}
		if got != c.want {
			t.Errorf("ParseDateIn(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"13.02.2024.", "2024-02-13", "31/02/2024", "\x00", "９.９.２０２４", "-1.-1.-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if !IsDateError(err) {
				t.Fatalf("unexpected error type %T", err)
			}
			return
		}
		// A parsed date prints back in ISO and parses to itself.
		again, err := ParseDate(d.Format("2006-01-02"))
		if err != nil || !again.Equal(d) {
			t.Fatalf("round trip of %q failed: %v %v", s, again, err)
		}
	})
}

func TestFromLocale(t *testing.T) {
	cases := map[string]Lang{
		"sr_RS@latin": SerbianLatin, "sr_RS.UTF-8@latin": SerbianLatin, "sr@latin": SerbianLatin,
		"sr-Latn": SerbianLatin, "sr-Latn-RS": SerbianLatin, "sr_Latn_RS": SerbianLatin,
		"sr": SerbianCyrl, "sr_RS": SerbianCyrl, "sr_RS.UTF-8": SerbianCyrl, "sr-Cyrl": SerbianCyrl,
		"ru": Russian, "ru_RU.UTF-8": Russian, "ru-RU": Russian,
		"C": English, "C.UTF-8": English, "POSIX": English, "": English, "de_DE.UTF-8": English, "uk_UA": English,
		"en_US.UTF-8": English,
	}
	for in, want := range cases {
		if got := FromLocale(in); got != want {
			t.Errorf("FromLocale(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestSystemLangOrder(t *testing.T) {
	t.Setenv("LANGUAGE", "")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "C")
	if got := SystemLang("ru-RU"); got != English {
		t.Errorf("LANG=C gave %s", got)
	}
	t.Setenv("LANG", "")
	if got := SystemLang("ru-RU"); got != Russian {
		t.Errorf("platform fallback gave %s", got)
	}
	t.Setenv("LANGUAGE", "sr@latin:sr")
	if got := SystemLang(""); got != SerbianLatin {
		t.Errorf("LANGUAGE first entry gave %s", got)
	}
}
