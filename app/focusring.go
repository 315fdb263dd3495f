package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// A focus ring around our buttons. Fyne marks a focused button only by tinting its
// background (see appTheme); a ring in the text colour, drawn just outside the
// button, shows where the keyboard is on any background, blue included, in the
// light and the dark variant, without relying on colour alone.

// ringGap is how far outside the button the ring is drawn, ringWidth its thickness.
const (
	ringGap   = 2
	ringWidth = 2
)

// FocusLost hides the ring.
func (b *keyButton) FocusLost() {
	b.focused = false
	b.Button.FocusLost()
}

// CreateRenderer is the button's own renderer with a ring added.
func (b *keyButton) CreateRenderer() fyne.WidgetRenderer {
	b.ExtendBaseWidget(b)
	ring := canvas.NewRectangle(color.Transparent)
	ring.StrokeWidth = ringWidth
	ring.Hide()
	// The button's own flag, not the canvas: when the first screen is laid out the
	// keyboard is placed before the canvas knows the button.
	r := &ringRenderer{WidgetRenderer: b.Button.CreateRenderer(), ring: ring,
		focused: func() bool { return b.focused }}
	r.update()
	return r
}

// ringRenderer draws another widget's renderer and, while focused() says so, a ring.
type ringRenderer struct {
	fyne.WidgetRenderer
	ring    *canvas.Rectangle
	focused func() bool
	objects []fyne.CanvasObject
}

func (r *ringRenderer) Objects() []fyne.CanvasObject {
	// The inner renderer may change its objects (a button given an icon): copy them
	// each time into the same slice, which allocates only when it grows.
	r.objects = append(append(r.objects[:0], r.WidgetRenderer.Objects()...), r.ring)
	return r.objects
}

func (r *ringRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.ring.Move(fyne.NewPos(-ringGap-ringWidth/2, -ringGap-ringWidth/2))
	r.ring.Resize(size.AddWidthHeight(2*ringGap+ringWidth, 2*ringGap+ringWidth))
}

func (r *ringRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.update()
}

func (r *ringRenderer) update() {
	v := fyne.CurrentApp().Settings().ThemeVariant()
	th := fyne.CurrentApp().Settings().Theme()
	r.ring.StrokeColor = th.Color(theme.ColorNameForeground, v)
	r.ring.CornerRadius = th.Size(theme.SizeNameButtonRadius) + ringGap
	if r.focused() {
		r.ring.Show()
	} else {
		r.ring.Hide()
	}
	r.ring.Refresh()
}
