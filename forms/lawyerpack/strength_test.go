package lawyerpack

import (
	"testing"

	"appealdesk/forms"
	"appealdesk/locales"
)

func TestCheckPassphrase(t *testing.T) {
	cases := []struct {
		in    string
		level Strength
		msg   string
	}{
		{"", VeryWeak, "evidence.pass.empty"},
		{"password", VeryWeak, "evidence.pass.common"},
		{"Password123!", VeryWeak, "evidence.pass.common"},
		{"пароль2024", VeryWeak, "evidence.pass.common"},
		{"aaaaaaaaaaaa", VeryWeak, "evidence.pass.repetitive"},
		{"abcabcabcabc", VeryWeak, "evidence.pass.repetitive"},
		{"12345678", VeryWeak, "evidence.pass.repetitive"},
		{"87654321", VeryWeak, "evidence.pass.repetitive"},
		{"qwertyuiop", VeryWeak, "evidence.pass.common"},
		{"asdfghjk", VeryWeak, "evidence.pass.repetitive"},
		{"йцукенгшщ", VeryWeak, "evidence.pass.repetitive"},
		{"x7#Qa", VeryWeak, "evidence.pass.too_short"},
		{"kotleta9", Weak, "evidence.pass.weak"},
		{"Kotleta9!x", Fair, "evidence.pass.fair"},
		{"Kotleta9!xZebra", Good, "evidence.pass.good"},
		{"correct horse battery staple", Strong, "evidence.pass.strong"},
		{"Мой кот любит зиму в Нишу", Strong, "evidence.pass.strong"},
	}
	for _, tc := range cases {
		l, msg := CheckPassphrase(tc.in)
		if l != tc.level || msg != tc.msg {
			t.Errorf("CheckPassphrase(%q) = %d %s, want %d %s (%.0f bits)", tc.in, l, msg, tc.level, tc.msg, entropyBits(tc.in))
		}
	}
}

func TestMessagesExist(t *testing.T) {
	known := map[string]bool{}
	for _, id := range locales.MessageIDs() {
		known[id] = true
	}
	for kind, id := range messageIDs {
		if !known[id] {
			t.Errorf("%v: message %q is in no catalogue", kind, id)
		}
	}
	if _, id := CheckPassphraseFor("Иван Петров", []string{"Иван", "Петров"}); !known[id] {
		t.Errorf("hint %q is in no catalogue", id)
	}
	for _, p := range []string{"", "password", "aaaaaaaa", "short", "kotleta9", "Kotleta9!x", "Kotleta9!xZebra", "correct horse battery staple"} {
		if _, id := CheckPassphrase(p); !known[id] {
			t.Errorf("hint %q is in no catalogue", id)
		}
	}
}

// TestPassphraseKnowsTheCase: the person's own name, surname, birth year and the
// case's title give an attacker who knows them nothing to guess ("Иван Петров" was
// rated Fair).
func TestPassphraseKnowsTheCase(t *testing.T) {
	c := forms.New("Жалба Ниш")
	c.Person.FullName = "Иван Петров"
	c.Person.Born = "1985-03-12"
	c.Person.Birthplace = "Самара"
	c.Family.Children = []forms.Child{{Name: "Маша Петрова"}}
	words := CaseWords(c)
	for _, p := range []string{
		"Иван Петров", "иван петров 1985", "Ivan Petrov 1985", "IvanPetrov12031985", "Bdfy Gtnhjd!",
		"Petrov Samara 1985", "ПЕТРОВ_ИВАН_1985", "жалба ниш 2026", "Маша Петрова 12.03.1985", "ivanpetrovmasha",
	} {
		if l, hint := CheckPassphraseFor(p, words); l != VeryWeak || hint != "evidence.pass.personal" {
			before, _ := CheckPassphrase(p)
			t.Errorf("%q = %d %s (without the case: %d), want VeryWeak personal", p, l, hint, before)
		}
	}
	// Personal words beside enough of something else: rated by the rest.
	if l, hint := CheckPassphraseFor("Иван и синий трактор едут в Ниш", words); l < Fair {
		t.Errorf("a long passphrase with the first name in it = %d %s", l, hint)
	}
	for _, p := range []string{"correct horse battery staple", "синий трактор едет 42 раза"} {
		want, wantHint := CheckPassphrase(p)
		if l, hint := CheckPassphraseFor(p, words); l != want || hint != wantHint {
			t.Errorf("%q = %d %s, want %d %s as without the case", p, l, hint, want, wantHint)
		}
	}
	if l, _ := CheckPassphraseFor("Иван Петров", nil); l == VeryWeak {
		t.Error("without the case, a name is rated like any other words")
	}
}
