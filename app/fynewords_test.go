package app

import (
	"runtime"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"appealdesk/locales"
)

// Fyne's own words follow the interface language, whatever the system's locale is:
// one Fyne has (German), one it lacks (Serbian Latin, which it cannot even parse) and
// none (C). Before, they followed the system: English or German in a Russian window.
func TestFyneWordsFollowTheInterfaceLanguage(t *testing.T) {
	for _, system := range []string{"de_DE.UTF-8", "sr_RS.UTF-8@latin", "C.UTF-8", "ru_RU.UTF-8"} {
		for _, k := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES"} {
			t.Setenv(k, "")
		}
		t.Setenv("LANG", system)
		for _, l := range locales.All {
			tr := locales.New(l)
			useFyneWords(tr)
			for key, want := range map[string]string{
				"Cancel": tr.T("fyne.cancel"), "Yes": tr.T("fyne.yes"), "Paste": tr.T("fyne.paste"),
				"Show Hidden Files": tr.T("fyne.show_hidden"), "tuesday": capitalised(tr.T("weekday.2")),
			} {
				if got := lang.L(key); got != want {
					t.Errorf("LANG=%s, %s: Fyne says %q for %q, want %q", system, l, got, key, want)
				}
			}
			if got, want := lang.X("file.parent", "Parent"), tr.T("fyne.parent"); got != want {
				t.Errorf("LANG=%s, %s: file.parent is %q, want %q", system, l, got, want)
			}
		}
	}
	useFyneWords(locales.New(locales.Russian))
	if got := lang.L("thursday"); got != "Четверг" {
		t.Errorf("Russian Thursday is %q (Fyne's own file swaps it with Tuesday)", got)
	}
}

// The places of the file dialog (Home, Computer, Documents…) are in the interface
// language; Fyne shows them in English in every language.
func TestFileDialogPlacesInTheInterfaceLanguage(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	for _, l := range locales.All {
		u, _, _ := openTestCase(t, l, paperCase("A"))
		u.openCaseFile()
		screen := onScreen(u.Window().Canvas().Overlays().Top())
		want := []string{u.tr.T("fyne.place.home")}
		if runtime.GOOS == "linux" {
			want = append(want, u.tr.T("fyne.place.computer"))
		}
		for _, w := range want {
			if !strings.Contains(screen, w+"\n") {
				t.Errorf("%s: the file dialog lacks the place %q:\n%s", l, w, screen)
			}
		}
		if l != locales.English && (strings.Contains(screen, "Home\n") || strings.Contains(screen, "Computer\n")) {
			t.Errorf("%s: the file dialog still says Home or Computer:\n%s", l, screen)
		}
	}
	_ = test.NewTempApp // the test driver is the one openTestCase starts
}
