package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"appealdesk/locales"
)

// texts collects every label and button text on the window, to assert on what a person reads.
func texts(o fyne.CanvasObject) []string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			out = append(out, w.Text)
		case *widget.Button:
			out = append(out, w.Text)
		case *keyButton:
			out = append(out, w.Text)
		case *widget.Check:
			out = append(out, w.Text)
		case *widget.Select:
			out = append(out, w.Selected)
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		case *wheelSpeed: // the step's page (interview_view.go)
			walk(w.content)
		}
		if sc, ok := o.(*container.Scroll); ok {
			walk(sc.Content)
		}
	}
	walk(o)
	return out
}

func contains(list []string, want string) bool {
	for _, s := range list {
		if s == want {
			return true
		}
	}
	return false
}

func newTestUI(t *testing.T, platform string) (*UI, fyne.App) {
	t.Helper()
	for _, k := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
		t.Setenv(k, "")
	}
	fa := test.NewTempApp(t)
	u := newUIForTest(t, fa, Options{PlatformLocale: platform, CasesDir: t.TempDir()})
	u.Window().Resize(fyne.NewSize(1024, 600))
	return u, fa
}

func TestHomeInEveryLanguage(t *testing.T) {
	for _, l := range locales.All {
		t.Run(string(l), func(t *testing.T) {
			u, _ := newTestUI(t, "")
			u.SetLang(l)
			tr := locales.New(l)
			got := texts(u.Window().Content())
			for _, id := range []string{"app.name", "app.tagline", "app.privacy", "home.cases", "home.new_case", "home.open_file"} {
				if !contains(got, tr.T(id)) {
					t.Errorf("%s: %q (%s) not on the home screen; texts: %q", l, tr.T(id), id, got)
				}
			}
			if !contains(got, l.Autonym()) {
				t.Errorf("language switcher does not show %q", l.Autonym())
			}
		})
	}
}

func TestFirstStartFollowsSystemLocale(t *testing.T) {
	cases := map[string]locales.Lang{
		"sr_RS@latin": locales.SerbianLatin, "sr-Latn": locales.SerbianLatin,
		"sr_RS": locales.SerbianCyrl, "sr": locales.SerbianCyrl,
		"ru_RU.UTF-8": locales.Russian, "C": locales.English, "de_DE.UTF-8": locales.English,
	}
	for env, want := range cases {
		t.Run(env, func(t *testing.T) {
			for _, k := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES"} {
				t.Setenv(k, "")
			}
			t.Setenv("LANG", env)
			fa := test.NewTempApp(t)
			u := New(fa, Options{CasesDir: t.TempDir()})
			if u.Lang() != want {
				t.Errorf("LANG=%s → %s, want %s", env, u.Lang(), want)
			}
		})
	}
}

func TestSwitchRelabelsAndIsRemembered(t *testing.T) {
	u, fa := newTestUI(t, "en")
	before := strings.Join(texts(u.Window().Content()), "|")
	u.SetLang(locales.Russian)
	after := strings.Join(texts(u.Window().Content()), "|")
	if before == after {
		t.Fatal("switching to Russian changed nothing on the screen")
	}
	if !strings.Contains(after, "Новое дело") || strings.Contains(after, "New case") {
		t.Errorf("not relabelled at once: %s", after)
	}
	if got := fa.Preferences().String(prefLanguage); got != "ru" {
		t.Errorf("choice not remembered: %q", got)
	}
	// A second window of the same app (a restart) opens in the remembered language.
	u2 := New(fa, Options{PlatformLocale: "en", CasesDir: t.TempDir()})
	if u2.Lang() != locales.Russian {
		t.Errorf("restart opened in %s", u2.Lang())
	}
}

func TestLanguageSwitcherByKeyboardShortcut(t *testing.T) {
	u, _ := newTestUI(t, "en")
	for _, want := range []locales.Lang{locales.Russian, locales.SerbianCyrl, locales.SerbianLatin, locales.English} {
		u.nextLang()
		if u.Lang() != want {
			t.Fatalf("cycled to %s, want %s", u.Lang(), want)
		}
	}
}

func TestLanguageSwitcherSelect(t *testing.T) {
	u, _ := newTestUI(t, "en")
	var sel *widget.Select
	var find func(fyne.CanvasObject)
	find = func(o fyne.CanvasObject) {
		if s, ok := o.(*widget.Select); ok {
			sel = s
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, x := range c.Objects {
				find(x)
			}
		}
	}
	find(u.Window().Content())
	if sel == nil {
		t.Fatal("no language select on the home screen")
	}
	sel.SetSelected("Srpski (latinica)")
	if u.Lang() != locales.SerbianLatin {
		t.Fatalf("select chose %s", u.Lang())
	}
	if !contains(texts(u.Window().Content()), "Novi predmet") {
		t.Errorf("Latin labels missing: %q", texts(u.Window().Content()))
	}
}

// buttons collects every button on the window (ours are keyButtons around one).
func buttons(o fyne.CanvasObject) []*widget.Button {
	var out []*widget.Button
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Button:
			out = append(out, w)
		case *keyButton:
			out = append(out, &w.Button)
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		case *container.Scroll:
			walk(w.Content)
		}
	}
	walk(o)
	return out
}
