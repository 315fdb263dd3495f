package main

import (
	"strings"
	"testing"

	"appealdesk/locales"
)

// `help --lang L` (and `--lang L help`) prints the help in that language, placeholders
// included; it used to ignore its arguments and print the system language.
func TestHelpInEveryLanguage(t *testing.T) {
	for _, c := range []struct {
		lang      string
		want      []string
		notWanted []string
	}{
		{"en", []string{"open the desktop app", "appealdesk deadlines FILE [--json]"}, nil},
		{"ru", []string{"открыть приложение", "appealdesk deadlines ФАЙЛ [--json]", "appealdesk calendar ГОД"}, []string{"FILE", "DIR", "open the desktop app"}},
		{"sr", []string{"отвори апликацију", "appealdesk render ДАТОТЕКА --out ФАСЦИКЛА"}, []string{"FILE", "DIR"}},
		{"sr-Latn", []string{"otvori aplikaciju", "appealdesk render DATOTEKA --out FASCIKLA"}, []string{"FILE", "DIR", "отвори"}},
	} {
		for _, args := range [][]string{{"help", "--lang", c.lang}, {"--lang", c.lang, "help"}, {"--lang=" + c.lang, "help"}, {"--lang", c.lang}} {
			code, out, errs := runCaseVerb(t, args...)
			if code != 0 || errs != "" {
				t.Fatalf("%v: exit %d, %s", args, code, errs)
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("%v: help lacks %q:\n%s", args, w, out)
				}
			}
			for _, w := range c.notWanted {
				if strings.Contains(out, w) {
					t.Errorf("%v: help has %q:\n%s", args, w, out)
				}
			}
		}
	}
	if code, _, errs := runCaseVerb(t, "help", "--lang", "de"); code != 2 || !strings.Contains(errs, "unknown language") {
		t.Errorf("help --lang de: exit %d, %q", code, errs)
	}
}

// The English synopsis of each verb in the catalogue is the verb's usage, so the two
// cannot drift apart; every language has one for every verb.
func TestHelpSynopsisIsUsage(t *testing.T) {
	for _, v := range verbs {
		if got := locales.New(locales.English).T("cli.synopsis." + v.name); got != v.usage {
			t.Errorf("cli.synopsis.%s = %q, usage is %q", v.name, got, v.usage)
		}
	}
}
