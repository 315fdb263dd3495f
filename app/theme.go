package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// appTheme is Fyne's default theme (light or dark as the system says) with a focus
// colour that shows on every kind of button and borders that show an empty check box.
//
// Fyne marks a focused button only by blending the theme's focus colour over its
// background. The default focus colour is the primary blue at 16 % opacity: over a
// blue (high-importance) button it changes nothing, over a grey one very little.
// Here it is black at 20 % in the light variant and white at 22 % in the dark one,
// which darkens or lightens the background of every button the app has — blue,
// grey, red — and keeps its text readable (TestFocusColourShowsOnEveryButton measures both). Our own
// buttons draw a ring as well (focusring.go); this colour is what Fyne's own
// buttons (in dialogs) show, and the mark behind a focused check box or radio item.
type appTheme struct{ fyne.Theme }

// newAppTheme wraps Fyne's default theme.
func newAppTheme() fyne.Theme { return &appTheme{Theme: theme.DefaultTheme()} }

var (
	focusLight = color.NRGBA{A: 0x33}
	focusDark  = color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0x38}

	// The border of a text field and of an unchecked check box, which is drawn by
	// nothing else: Fyne's (#e3e3e3 light, #39393a dark) is 1.2–1.6:1 against the
	// background, these are ≥ 3:1 (TestUncheckedBoxAndFieldBorderAreVisible).
	inputBorderLight = color.NRGBA{R: 0x7a, G: 0x7a, B: 0x7a, A: 0xff}
	inputBorderDark  = color.NRGBA{R: 0x80, G: 0x80, B: 0x84, A: 0xff}
)

func (t *appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameFocus {
		if v == theme.VariantDark {
			return focusDark
		}
		return focusLight
	}
	if n == theme.ColorNameInputBorder {
		if v == theme.VariantDark {
			return inputBorderDark
		}
		return inputBorderLight
	}
	return t.Theme.Color(n, v)
}
