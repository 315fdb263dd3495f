package app

import (
	"fmt"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"appealdesk/forms"
	"appealdesk/locales"
)

// forcedVariant shows the default theme in light or dark whatever the system says.
type forcedVariant struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (f *forcedVariant) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return f.Theme.Color(n, f.variant)
}

// TestScreenshots writes a PNG of every step at 1024×600, in every language, light and
// dark, with the real theme, for a person to look at. It runs only when
// APPEALDESK_SHOTS names a directory:
//
//	APPEALDESK_SHOTS=/tmp/shots go test -tags ci -run TestScreenshots ./app/
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("APPEALDESK_SHOTS")
	if dir == "" {
		t.Skip("set APPEALDESK_SHOTS to a directory to write screenshots")
	}
	cases := map[string]func() *forms.Case{
		"example": forms.Example,
		"new":     func() *forms.Case { return forms.New("Новый случай") },
	}
	only := os.Getenv("APPEALDESK_SHOTS_ONLY") // e.g. "example-ru-1": name-language-variant prefix
	for name, mk := range cases {
		for _, l := range locales.All {
			for _, variant := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
				if !strings.HasPrefix(fmt.Sprintf("%s-%s-%d", name, l, variant), only) {
					continue
				}
				u, s, _ := openTestCase(t, l, mk())
				u.fa.Settings().SetTheme(&forcedVariant{Theme: theme.DefaultTheme(), variant: variant})
				u.Window().Resize(fyne.NewSize(1024, 600))
				for i, st := range forms.Steps() {
					s.c.Step = st.ID
					u.refresh()
					img := u.Window().Canvas().Capture()
					file := filepath.Join(dir, fmt.Sprintf("%s-%s-%d-%02d-%s.png", name, l, variant, i+1, st.ID))
					f, err := os.Create(file)
					if err != nil {
						t.Fatal(err)
					}
					if err := png.Encode(f, img); err != nil {
						t.Fatal(err)
					}
					f.Close()
				}
				s.stop()
			}
		}
	}
}
