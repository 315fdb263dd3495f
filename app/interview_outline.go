package app

import (
	"fyne.io/fyne/v2"
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
	return s.outlineByStep
}

// outlineItem is one step's line in the outline: a button (Tab reaches it; click,
// Space or Enter goes there) under the state icon and the step's number, title and
// state in words, wrapped to the outline's width. A step that does not apply is
// disabled, so Tab skips it.
type outlineItem struct {
	*keyButton
	step  string
	state forms.State
	text  string
}

func newOutlineItem(step string, state forms.State, text string, current bool, onTap func()) (*outlineItem, fyne.CanvasObject) {
	b := newKeyButton("", nil, onTap)
	b.name = text
	b.Importance = widget.LowImportance
	if current {
		b.Importance = widget.MediumImportance
	}
	label := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: current})
	label.Wrapping = fyne.TextWrapWord
	if state == forms.StateNotApplicable {
		b.Disable()
		label.Importance = widget.LowImportance
	}
	it := &outlineItem{keyButton: b, step: step, state: state, text: text}
	return it, container.NewStack(b, container.NewBorder(nil, nil, container.NewCenter(widget.NewIcon(stateIcon(state))), nil, label))
}

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
	outline := forms.Outline(s.c, s.today())
	sig := s.c.Step
	for _, o := range outline {
		sig += "|" + string(o.State)
	}
	if sig == s.outlineSig && len(s.outline.Objects) > 0 {
		return // nothing the outline shows has changed
	}
	s.outlineSig = sig
	s.outline.Objects = nil
	s.outlineByStep = map[string]*outlineItem{}
	for i, o := range outline {
		id := o.Step.ID
		text := t.T("screen.outline.item", "N", i+1, "Title", t.T(o.Step.Title), "State", t.T(stateMessage(o.State)))
		cur := id == s.c.Step
		if cur {
			text = t.T("screen.outline.current", "Item", text)
		}
		it, obj := newOutlineItem(id, o.State, text, cur, func() { s.goTo(id, "") })
		s.outlineByStep[id] = it
		s.revealIn(it.keyButton, func() *container.Scroll { return s.outlineScroll }, nil)
		s.outline.Add(obj)
	}
	s.outline.Refresh()
	s.updateNavButtons()
}
