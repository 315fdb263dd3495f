package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"appealdesk/forms"
)

// The outline: every step of the interview, always in view, with its state in an
// icon and in words (done, incomplete, not applicable), never by colour alone.
// Click, Space or Enter on a step goes there.

// outlineItems are the outline's items by step id, for tests.
func (s *session) outlineItems() map[string]*outlineItem {
	out := map[string]*outlineItem{}
	if s.outline == nil {
		return out
	}
	for _, o := range s.outline.Objects {
		if it, ok := o.(*outlineItem); ok {
			out[it.step] = it
		}
	}
	return out
}

// outlineItem is one step's line in the outline: the state icon, and the step's
// number, title and state in words, wrapped to the outline's width.
type outlineItem struct {
	widget.BaseWidget
	step     string
	state    forms.State
	text     string
	current  bool
	disabled bool
	onTap    func()

	focused bool
	bg      *canvas.Rectangle
}

func newOutlineItem(step string, state forms.State, text string, current bool, onTap func()) *outlineItem {
	it := &outlineItem{step: step, state: state, text: text, current: current, onTap: onTap,
		disabled: state == forms.StateNotApplicable}
	it.ExtendBaseWidget(it)
	return it
}

func (it *outlineItem) CreateRenderer() fyne.WidgetRenderer {
	it.bg = canvas.NewRectangle(color.Transparent)
	it.bg.CornerRadius = theme.InputRadiusSize()
	label := widget.NewLabelWithStyle(it.text, fyne.TextAlignLeading, fyne.TextStyle{Bold: it.current})
	label.Wrapping = fyne.TextWrapWord
	if it.disabled {
		label.Importance = widget.LowImportance
	}
	icon := widget.NewIcon(stateIcon(it.state))
	it.paint()
	return widget.NewSimpleRenderer(container.NewStack(it.bg, container.NewBorder(nil, nil, container.NewCenter(icon), nil, label)))
}

// paint colours the background from the theme: the current step and the focused
// item stand out (the current one is also bold and says so in words).
func (it *outlineItem) paint() {
	if it.bg == nil {
		return
	}
	th := it.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	switch {
	case it.focused:
		it.bg.FillColor = th.Color(theme.ColorNameFocus, v)
	case it.current:
		it.bg.FillColor = th.Color(theme.ColorNameSelection, v)
	default:
		it.bg.FillColor = color.Transparent
	}
	it.bg.Refresh()
}

func (it *outlineItem) Refresh() {
	it.paint()
	it.BaseWidget.Refresh()
}

func (it *outlineItem) Tapped(*fyne.PointEvent) {
	if it.disabled || it.onTap == nil {
		return
	}
	it.onTap()
}

// Focusable, so Tab reaches it; a step that does not apply is skipped.
func (it *outlineItem) FocusGained() { it.focused = true; it.Refresh() }
func (it *outlineItem) FocusLost()   { it.focused = false; it.Refresh() }
func (it *outlineItem) TypedRune(r rune) {
	if r == ' ' {
		it.Tapped(nil)
	}
}
func (it *outlineItem) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		it.Tapped(nil)
	}
}

// Disabled makes the focus manager skip a step that does not apply.
func (it *outlineItem) Disabled() bool { return it.disabled }
func (it *outlineItem) Enable()        { it.disabled = false }
func (it *outlineItem) Disable()       { it.disabled = true }

func stateIcon(st forms.State) fyne.Resource {
	switch st {
	case forms.StateDone:
		return theme.ConfirmIcon()
	case forms.StateIncomplete:
		return theme.WarningIcon()
	}
	return theme.ContentRemoveIcon()
}

func stateMessage(st forms.State) string {
	switch st {
	case forms.StateDone:
		return "screen.state.done"
	case forms.StateIncomplete:
		return "screen.state.incomplete"
	}
	return "screen.state.not_applicable"
}

// updateOutline rebuilds the outline's items from the answers.
func (s *session) updateOutline() {
	if s.outline == nil {
		return
	}
	t := s.u.tr
	s.outline.Objects = nil
	for i, o := range forms.Outline(s.c, s.today()) {
		id := o.Step.ID
		text := t.T("screen.outline.item", "N", i+1, "Title", t.T(o.Step.Title), "State", t.T(stateMessage(o.State)))
		cur := id == s.c.Step
		if cur {
			text = t.T("screen.outline.current", "Item", text)
		}
		s.outline.Add(newOutlineItem(id, o.State, text, cur, func() { s.goTo(id, "") }))
	}
	s.outline.Refresh()
	s.updateNavButtons()
}
