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
// disabled, so Tab skips it. The items are built with the screen and updated in place.
type outlineItem struct {
	*keyButton
	step    string
	state   forms.State
	text    string
	current bool
	icon    *widget.Icon
	label   *widget.Label
}

func newOutlineItem(step string, onTap func()) (*outlineItem, fyne.CanvasObject) {
	b := newKeyButton("", nil, onTap)
	label := widget.NewLabel("")
	label.Wrapping = fyne.TextWrapWord
	it := &outlineItem{keyButton: b, step: step, icon: widget.NewIcon(nil), label: label}
	return it, container.NewStack(b, container.NewBorder(nil, nil, container.NewCenter(it.icon), nil, label))
}

// set shows state, text and whether the step is on screen; only what changed is redrawn.
func (it *outlineItem) set(state forms.State, text string, current bool) {
	if it.state == state && it.text == text && it.current == current && it.icon.Resource != nil {
		return
	}
	if it.state != state || it.icon.Resource == nil {
		it.icon.SetResource(stateIcon(state))
	}
	it.state, it.text, it.current = state, text, current
	it.keyButton.name = text // what a screen reader reads: the step and its state
	imp := widget.LowImportance
	if current {
		imp = widget.MediumImportance
	}
	if it.keyButton.Importance != imp {
		it.keyButton.Importance = imp
		it.keyButton.Refresh()
	}
	if state == forms.StateNotApplicable {
		it.keyButton.Disable()
		it.label.Importance = widget.LowImportance
	} else {
		it.keyButton.Enable()
		it.label.Importance = widget.MediumImportance
	}
	it.label.TextStyle.Bold = current
	it.label.SetText(text)
}

func stateIcon(st forms.State) fyne.Resource {
	switch st {
	case forms.StateDone:
		return theme.ConfirmIcon()
	case forms.StateIncomplete:
		return theme.WarningIcon()
	case forms.StateNotStarted:
		return theme.RadioButtonIcon() // an empty circle: nothing done yet
	}
	return theme.ContentRemoveIcon()
}

func stateMessage(st forms.State) string {
	switch st {
	case forms.StateDone:
		return "screen.state.done"
	case forms.StateIncomplete:
		return "screen.state.incomplete"
	case forms.StateNotStarted:
		return "screen.state.not_started"
	}
	return "screen.state.not_applicable"
}

// updateOutline brings the outline's items up to date with the answers.
func (s *session) updateOutline() {
	if s.outline == nil {
		return
	}
	t := s.u.tr
	outline := forms.OutlineOf(s.c, s.validate())
	if s.outlineByStep == nil {
		s.outlineSig = ""
		s.outlineByStep = map[string]*outlineItem{}
		s.outline.Objects = nil
		for _, o := range outline {
			id := o.Step.ID
			it, obj := newOutlineItem(id, func() { s.goTo(id, "") })
			s.outlineByStep[id] = it
			s.revealIn(it.keyButton, func() *container.Scroll { return s.outlineScroll }, nil)
			s.outline.Add(obj)
		}
		if s.outlineScroll != nil {
			s.outlineScroll.Refresh()
		}
	}
	sig := s.c.Step
	for _, o := range outline {
		sig += "|" + string(o.State)
	}
	if sig == s.outlineSig {
		return // nothing the outline shows has changed (most keystrokes)
	}
	s.outlineSig = sig
	for i, o := range outline {
		id := o.Step.ID
		text := t.T("screen.outline.item", "N", i+1, "Title", t.T(o.Step.Title), "State", t.T(stateMessage(o.State)))
		cur := id == s.c.Step
		if cur {
			text = t.T("screen.outline.current", "Item", text)
		}
		s.outlineByStep[id].set(o.State, text, cur)
	}
}
