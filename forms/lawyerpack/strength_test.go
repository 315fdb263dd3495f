package lawyerpack

import (
	"testing"

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
	for _, p := range []string{"", "password", "aaaaaaaa", "short", "kotleta9", "Kotleta9!x", "Kotleta9!xZebra", "correct horse battery staple"} {
		if _, id := CheckPassphrase(p); !known[id] {
			t.Errorf("hint %q is in no catalogue", id)
		}
	}
}
