package app

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// luminance is the relative luminance of WCAG 2.
func luminance(c color.Color) float64 {
	r, g, b, _ := color.NRGBAModel.Convert(c).(color.NRGBA).RGBA()
	lin := func(v uint32) float64 {
		x := float64(v>>8) / 255
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// over blends src over dst (what Fyne's button does with the focus colour).
func over(dst, src color.Color) color.Color {
	d := color.NRGBAModel.Convert(dst).(color.NRGBA)
	s := color.NRGBAModel.Convert(src).(color.NRGBA)
	a := float64(s.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*a + float64(y)*(1-a))) }
	return color.NRGBA{R: mix(s.R, d.R), G: mix(s.G, d.G), B: mix(s.B, d.B), A: 0xff}
}

// Fyne shows a focused button by blending the focus colour over its background. With
// the app's theme that changes every kind of button visibly — blue (high
// importance) included, where Fyne's own blue focus colour changed nothing — and the
// text stays readable; in the light and the dark variant. (Our buttons draw a ring
// as well: TestFocusRing.)
func TestFocusColourShowsOnEveryButton(t *testing.T) {
	test.NewTempApp(t)
	kinds := []struct {
		name   string
		bg, fg fyne.ThemeColorName
	}{
		{"medium", theme.ColorNameButton, theme.ColorNameForeground},
		{"low", theme.ColorNameButton, theme.ColorNameForeground}, // low shows the button colour when focused
		{"high", theme.ColorNamePrimary, theme.ColorNameForegroundOnPrimary},
		{"danger", theme.ColorNameError, theme.ColorNameForegroundOnError},
		// No button of the app is of success or warning importance.
	}
	ours, fynes := newAppTheme(), theme.DefaultTheme()
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		for _, k := range kinds {
			bg, fg := ours.Color(k.bg, v), ours.Color(k.fg, v)
			focused := over(bg, ours.Color(theme.ColorNameFocus, v))
			before := over(bg, fynes.Color(theme.ColorNameFocus, v))
			change, was := contrast(bg, focused), contrast(bg, before)
			text := contrast(fg, focused)
			t.Logf("%d %-8s focus changes the background %.2f:1 (Fyne's %.2f:1); text on it %.2f:1 (unfocused %.2f:1)",
				v, k.name, change, was, text, contrast(fg, bg))
			if change < 1.25 {
				t.Errorf("variant %d, %s button: focused and unfocused differ only %.2f:1", v, k.name, change)
			}
			if text < 3 {
				t.Errorf("variant %d, %s button: text on the focused button only %.2f:1", v, k.name, text)
			}
		}
	}
}

// Our buttons draw a ring in the text colour while they hold the keyboard, and only then.
func TestFocusRing(t *testing.T) {
	test.NewTempApp(t)
	a := newKeyButton("A", nil, nil)
	a.Importance = widget.HighImportance
	b := newKeyButton("B", nil, nil)
	w := test.NewTempWindow(t, widget.NewLabel("")) // content set below
	w.SetContent(container.NewHBox(a, b))
	ring := func(x *keyButton) bool {
		r := test.WidgetRenderer(x).(*ringRenderer)
		return r.ring.Visible()
	}
	if ring(a) || ring(b) {
		t.Fatal("a ring before any focus")
	}
	w.Canvas().Focus(a)
	if !ring(a) || ring(b) {
		t.Fatalf("focus on A: rings %v %v", ring(a), ring(b))
	}
	w.Canvas().FocusNext()
	if ring(a) || !ring(b) {
		t.Fatalf("focus on B: rings %v %v", ring(a), ring(b))
	}
	w.Canvas().Unfocus()
	if ring(a) || ring(b) {
		t.Fatal("a ring without focus")
	}
	// Against the window's background the ring is clearly visible in both variants.
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		th := newAppTheme()
		if c := contrast(th.Color(theme.ColorNameForeground, v), th.Color(theme.ColorNameBackground, v)); c < 3 {
			t.Errorf("variant %d: ring %.2f:1 against the background", v, c)
		}
	}
}

// An unchecked check box is drawn only by its border (ColorNameInputBorder) over the
// input background; Fyne's light border (#e3e3e3) left "I am outside Serbia now" without
// a visible box at all in the Serbian trial. The border must stand out 3:1 (WCAG 2.1,
// 1.4.11 non-text contrast) against the window's and the field's background.
func TestUncheckedBoxAndFieldBorderAreVisible(t *testing.T) {
	th := newAppTheme()
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		border := th.Color(theme.ColorNameInputBorder, v)
		for _, bg := range []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameInputBackground} {
			if c := contrast(border, over(th.Color(theme.ColorNameBackground, v), th.Color(bg, v))); c < 3 {
				t.Errorf("variant %d: the input border against %s: contrast %.2f, want ≥ 3", v, bg, c)
			}
		}
	}
}
