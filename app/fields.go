package app

import (
	"fmt"
	"image/color"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"appealdesk/forms"
	"appealdesk/locales"
)

// Every kind of field of forms.Field is rendered here from the data alone: the label,
// help and choices are message ids, the answer is read and written by path. No field
// is ever cleared by the interface.

// keyButton is a Button that Enter activates as well as Space (outline and review
// items, Back and Next). onEnter, if set, is what Enter does instead.
type keyButton struct {
	widget.Button
	// name is what a screen reader reads when the button's text alone does not say
	// it (an icon, a number, a text in a label beside it); see a11y.go.
	name string
	// focused: the button holds the keyboard (its ring shows; focusring.go).
	focused  bool
	onEnter  func()
	onFocus  func()
	onEscape func()
}

func (b *keyButton) FocusGained() {
	b.focused = true
	b.Button.FocusGained()
	if b.onFocus != nil {
		b.onFocus()
	}
}

func (b *keyButton) setOnFocus(f func()) { b.onFocus = f }

// labelButton is a keyButton whose text wraps: the button (focus, click, Space,
// Enter) lies under a mark and a wrapping label, so a long choice in Russian never
// widens the step past its column. The mark is an icon, or a radio circle drawn
// with canvas circles (radioMark: no SVG to decode and recolour on every build).
type labelButton struct {
	btn   *keyButton
	icon  *widget.Icon
	radio *radioMark
	label *widget.Label
	obj   fyne.CanvasObject
}

func newLabelButton(icon fyne.Resource, text string, bold bool, tapped func()) *labelButton {
	l := &labelButton{btn: newKeyButton("", nil, tapped), icon: widget.NewIcon(icon)}
	l.btn.name = text
	l.label = widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: bold})
	l.label.Wrapping = fyne.TextWrapWord
	l.obj = container.NewStack(l.btn, container.NewBorder(nil, nil, container.NewCenter(l.icon), nil, l.label))
	return l
}

// newRadioButton is a labelButton with a radio circle; wrap is false for the short
// words laid out side by side (Yes, No, I don't know).
func newRadioButton(text string, bold, wrap bool, tapped func()) *labelButton {
	l := &labelButton{btn: newKeyButton("", nil, tapped), radio: newRadioMark()}
	l.btn.name = text
	l.label = widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: bold})
	if wrap {
		l.label.Wrapping = fyne.TextWrapWord
	}
	l.btn.Importance = widget.LowImportance
	l.obj = container.NewStack(l.btn, container.NewBorder(nil, nil, container.NewCenter(l.radio), nil, l.label))
	return l
}

// set shows the chosen state: a filled radio mark, a shaded background and, in
// text, the word for it, so it is readable without colour.
func (l *labelButton) set(chosen bool, text string) {
	imp := widget.LowImportance
	if chosen {
		imp = widget.MediumImportance
	}
	switch {
	case l.radio != nil:
		l.radio.setChosen(chosen)
	case chosen:
		l.icon.SetResource(theme.RadioButtonCheckedIcon())
	default:
		l.icon.SetResource(theme.RadioButtonIcon())
	}
	if l.btn.Importance != imp {
		l.btn.Importance = imp
		l.btn.Refresh()
	}
	l.btn.name = text // what a screen reader reads, with the word for the chosen state
	if l.label.TextStyle.Bold != chosen || l.label.Text != text {
		l.label.TextStyle.Bold = chosen
		l.label.SetText(text)
	}
}

// radioMark is the circle of a radio choice, filled when chosen.
type radioMark struct {
	widget.BaseWidget
	chosen bool
}

func newRadioMark() *radioMark {
	m := &radioMark{}
	m.ExtendBaseWidget(m)
	return m
}

func (m *radioMark) setChosen(c bool) {
	if m.chosen != c {
		m.chosen = c
		m.Refresh()
	}
}

func (m *radioMark) CreateRenderer() fyne.WidgetRenderer {
	r := &radioRenderer{m: m, ring: canvas.NewCircle(color.Transparent), dot: canvas.NewCircle(color.Transparent)}
	r.Refresh()
	return r
}

type radioRenderer struct {
	m         *radioMark
	ring, dot *canvas.Circle
}

func (r *radioRenderer) Layout(size fyne.Size) {
	d := fyne.Min(size.Width, size.Height) - 4
	pos := fyne.NewPos((size.Width-d)/2, (size.Height-d)/2)
	r.ring.Move(pos)
	r.ring.Resize(fyne.NewSquareSize(d))
	inner := d / 2
	r.dot.Move(fyne.NewPos((size.Width-inner)/2, (size.Height-inner)/2))
	r.dot.Resize(fyne.NewSquareSize(inner))
}

func (r *radioRenderer) MinSize() fyne.Size { return fyne.NewSquareSize(theme.IconInlineSize()) }

func (r *radioRenderer) Refresh() {
	th := r.m.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.ring.StrokeWidth = 2
	r.ring.StrokeColor = th.Color(theme.ColorNameForeground, v)
	r.dot.FillColor = th.Color(theme.ColorNamePrimary, v)
	if r.m.chosen {
		r.ring.StrokeColor = r.dot.FillColor
		r.dot.Show()
	} else {
		r.dot.Hide()
	}
	r.ring.Refresh()
	r.dot.Refresh()
}

func (r *radioRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.ring, r.dot} }
func (r *radioRenderer) Destroy()                     {}

// keyCheck is a Check that scrolls itself into view when it gets the keyboard;
// Space ticks it, Enter goes on to the next question.
type keyCheck struct {
	widget.Check
	onFocus func()
	onEnter func()
}

func (c *keyCheck) TypedKey(ev *fyne.KeyEvent) {
	if (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter) && c.onEnter != nil {
		c.onEnter()
		return
	}
	c.Check.TypedKey(ev)
}

func newKeyCheck(label string, changed func(bool)) *keyCheck {
	c := &keyCheck{}
	c.Text, c.OnChanged = label, changed
	c.ExtendBaseWidget(c)
	return c
}

func (c *keyCheck) FocusGained() {
	c.Check.FocusGained()
	if c.onFocus != nil {
		c.onFocus()
	}
}

func (c *keyCheck) setOnFocus(f func()) { c.onFocus = f }

// keySelect is a Select that scrolls itself into view when it gets the keyboard;
// Space or an arrow opens it, Enter goes on to the next question.
type keySelect struct {
	widget.Select
	onFocus func()
	onEnter func()
}

func (s *keySelect) TypedKey(ev *fyne.KeyEvent) {
	if (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter) && s.onEnter != nil {
		s.onEnter()
		return
	}
	s.Select.TypedKey(ev)
}

func newKeySelect(options []string) *keySelect {
	s := &keySelect{}
	s.Options = options
	s.ExtendBaseWidget(s)
	return s
}

func (s *keySelect) FocusGained() {
	s.Select.FocusGained()
	if s.onFocus != nil {
		s.onFocus()
	}
}

func (s *keySelect) setOnFocus(f func()) { s.onFocus = f }

// checkRow puts a Check without text beside its label, which wraps (a Check's own
// text does not, and a long one would widen the step past its column).
func checkRow(c *keyCheck, text string, bold bool) fyne.CanvasObject {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: bold})
	l.Wrapping = fyne.TextWrapWord
	return container.NewBorder(nil, nil, container.NewCenter(c), nil, l)
}

// revealer is a widget that calls back when it gets the keyboard.
type revealer interface{ setOnFocus(func()) }

func newKeyButton(label string, icon fyne.Resource, tapped func()) *keyButton {
	b := &keyButton{}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

func (b *keyButton) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && b.onEscape != nil {
		b.onEscape()
		return
	}
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		if b.Disabled() {
			return
		}
		if b.onEnter != nil {
			b.onEnter()
			return
		}
		b.Tapped(nil)
		return
	}
	if ev.Name == fyne.KeySpace {
		// The Space key also types a space after this event. Pressing the button may
		// move the keyboard to a text field (the question an answer brings, a new
		// child's name), which would get that space: run it after the key is done.
		fyne.Do(func() {
			if !b.Disabled() {
				b.Tapped(nil)
			}
		})
		return
	}
	b.Button.TypedKey(ev)
}

// get reads an answer; a path the case does not have reads as empty.
func (s *session) get(path string) string {
	v, _ := forms.Get(s.c, path)
	return v
}

// set stores an answer and tells the session.
func (s *session) set(path, value string) {
	if err := forms.Set(s.c, path, value); err != nil {
		return
	}
	s.edited(path)
}

// fieldLabel is the label of a field: its text, and "(optional)" or nothing.
func (s *session) fieldLabel(f *forms.Field) *widget.Label {
	text := s.u.tr.T(f.Label)
	if f.RequiredFor(s.c) {
		text = s.u.tr.T("screen.field.required", "Label", text)
	}
	if f.Printed { // the answer is printed in the Serbian documents (forms.PrintedTexts)
		text = s.u.tr.T("interview.printed", "Label", text)
	}
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Wrapping = fyne.TextWrapWord
	return l
}

// helpLabel is the help text under a label (low importance, wrapping).
func (s *session) helpLabel(id string) fyne.CanvasObject {
	if id == "" {
		return nil
	}
	l := widget.NewLabelWithStyle(s.u.tr.T(id), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	l.Wrapping = fyne.TextWrapWord
	return l
}

// fieldObject renders one field (path is the concrete path, with the item index
// filled in for the fields of a group).
func (s *session) fieldObject(f *forms.Field, path string) fyne.CanvasObject {
	parts := []fyne.CanvasObject{}
	first := len(s.focusables)
	input := s.input(f, path)
	if f.Kind != forms.KindSwitch && f.Kind != forms.KindArgument {
		parts = append(parts, s.fieldLabel(f))
	}
	if h := s.helpLabel(f.Help); h != nil && f.Kind != forms.KindArgument {
		parts = append(parts, h)
	}
	parts = append(parts, input)
	issues := container.NewVBox()
	if s.slot != nil {
		s.slot.issues[path] = issues
	} else {
		s.issueBoxes[path] = issues
	}
	s.fillIssues(path, issues)
	parts = append(parts, issues)
	block := container.NewVBox(append(parts, widget.NewSeparator())...)
	if f.Kind != forms.KindGroup {
		// The keyboard on this field shows the whole field: label, help, input, problems.
		for _, fi := range s.focusables[first:] {
			s.revealIn(fi.obj, func() *container.Scroll { return s.body }, block)
		}
	}
	return block
}

// input is the widget that edits the answer at path.
func (s *session) input(f *forms.Field, path string) fyne.CanvasObject {
	t := s.u.tr
	switch f.Kind {
	case forms.KindText, forms.KindLongText:
		e := s.newEntry(f.Kind == forms.KindLongText)
		e.SetText(s.get(path))
		if f.Placeholder != "" {
			e.SetPlaceHolder(t.T(f.Placeholder))
		}
		e.OnChanged = func(v string) { s.set(path, v) }
		if f.Kind == forms.KindText {
			e.OnSubmitted = func(string) { s.focusAfter(e) }
		}
		s.addFocusable(path, e, f.Kind == forms.KindText)
		return e

	case forms.KindDate:
		d := s.newDateInput(forms.Date(s.get(path)), s.dateSpan(f), func(v forms.Date, _ string) {
			s.set(path, string(v))
		})
		d.entry.OnSubmitted = func(string) { s.focusAfter(d.entry) }
		s.addFocusable(path, d.entry, true)
		s.addFocusable(path+"#calendar", d.button, false)
		return d.object()

	case forms.KindNumber:
		e := s.newEntry(false)
		if n, err := forms.GetInt(s.c, path); err == nil && n != 0 {
			e.SetText(strconv.Itoa(n))
		}
		e.OnChanged = func(v string) {
			v = strings.TrimSpace(v)
			if v == "" {
				s.set(path, "")
				return
			}
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 {
				s.typing[path] = "screen.number.invalid"
				s.updateIssues()
				return
			}
			delete(s.typing, path)
			s.set(path, strconv.Itoa(n))
		}
		e.OnSubmitted = func(string) { s.focusAfter(e) }
		s.addFocusable(path, e, true)
		return e

	case forms.KindYesNo:
		return s.yesNo(path)

	case forms.KindSwitch:
		c := newKeyCheck("", func(on bool) {
			v := "no"
			if on {
				v = "yes"
			}
			s.set(path, v)
		})
		c.Checked = s.get(path) == "yes"
		s.addFocusable(path, c, false)
		return checkRow(c, t.T(f.Label), true)

	case forms.KindChoice:
		return s.choice(f, path)

	case forms.KindMulti:
		return s.multi(f, path)

	case forms.KindGroup:
		return s.group(f, path)

	case forms.KindArgument:
		return s.argument(f, path)

	case forms.KindFile:
		return s.fileSummary(path)

	case forms.KindRelated:
		return s.relatedList(f, path)
	}
	return widget.NewLabel(s.get(path))
}

// yesNo is Yes / No / Don't know. "Don't know" is stored as "" (not answered), as
// forms.YesNo defines; the session remembers it was chosen so it shows as chosen.
func (s *session) yesNo(path string) fyne.CanvasObject {
	t := s.u.tr
	labels := []string{t.T("screen.yes"), t.T("screen.no"), t.T("screen.dont_know")}
	values := []string{"yes", "no", ""}
	cur := -1
	switch v := s.get(path); {
	case v == "yes":
		cur = 0
	case v == "no":
		cur = 1
	case s.dontKnow[path]:
		cur = 2
	}
	return s.options(path, labels, values, cur, true, func(i int) {
		s.dontKnow[path] = i == 2
		s.set(path, values[i])
	})
}

// options is a set of radio-like buttons: the chosen one shows a filled radio mark,
// so the state is readable without colour. Tab visits each option; Space or Enter
// chooses it.
func (s *session) options(path string, labels, values []string, cur int, horizontal bool, pick func(i int)) fyne.CanvasObject {
	t := s.u.tr
	opts := make([]*labelButton, len(labels))
	show := func(sel int) {
		for i, o := range opts {
			text := labels[i]
			if i == sel && !horizontal {
				text = t.T("screen.choice.chosen", "Label", labels[i])
			}
			o.set(i == sel, text)
		}
	}
	objs := make([]fyne.CanvasObject, len(labels))
	for i, l := range labels {
		i := i
		key := path + "=" + values[i]
		// Short words (Yes, No, I don't know) side by side; longer choices wrap, one a line.
		lb := newRadioButton(l, false, !horizontal, nil)
		opts[i] = lb
		objs[i] = lb.obj
		// Choosing (click, Space or Enter) moves on to the next question, which may be
		// one this answer has just brought.
		lb.btn.OnTapped = func() {
			show(i)
			pick(i)
			s.focusAfterGroup(path)
		}
		s.addFocusable(key, lb.btn, false)
	}
	show(cur)
	if horizontal {
		return container.NewHBox(objs...)
	}
	return container.NewVBox(objs...)
}

// choice renders a choice field: a card per option for the decision type (with the
// Serbian heading as printed), radio buttons for a short list, a select for a long one.
func (s *session) choice(f *forms.Field, path string) fyne.CanvasObject {
	t := s.u.tr
	if hasHeadings(f) {
		return s.choiceCards(f, path)
	}
	cur := s.get(path)
	if cur == "" && f.Default != "" {
		cur = f.Default
	}
	labels := make([]string, len(f.Choices))
	selected := ""
	for i, c := range f.Choices {
		labels[i] = t.T(c.Label)
		if c.Value == cur {
			selected = labels[i]
		}
	}
	pick := func(sel string) {
		for i, l := range labels {
			if l == sel {
				s.set(path, f.Choices[i].Value)
				return
			}
		}
	}
	helpBox := container.NewVBox()
	showHelp := func() {
		helpBox.Objects = nil
		for _, c := range f.Choices {
			if c.Value == s.get(path) && c.Help != "" {
				helpBox.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), nil, wrapLabel(t.T(c.Help))))
			}
		}
		helpBox.Refresh()
	}
	showHelp()
	if len(f.Choices) > maxRadioChoices || f.OpenChoice {
		if f.OpenChoice {
			e := widget.NewSelectEntry(labels)
			e.SetText(displayChoice(t, f, cur))
			e.OnChanged = func(v string) {
				for i, l := range labels {
					if l == v {
						s.set(path, f.Choices[i].Value)
						return
					}
				}
				s.set(path, v)
			}
			e.OnSubmitted = func(string) { s.focusAfter(e) } // Enter goes on, as everywhere
			s.addFocusable(path, e, true)
			return e
		}
		sel := newKeySelect(labels)
		sel.PlaceHolder = t.T("screen.choose")
		sel.Selected = selected
		sel.OnChanged = func(v string) { pick(v); showHelp(); s.focusAfter(sel) }
		s.addFocusable(path, sel, false)
		return container.NewVBox(sel, helpBox)
	}
	sel := -1
	values := make([]string, len(f.Choices))
	for i, c := range f.Choices {
		values[i] = c.Value
		if c.Value == cur {
			sel = i
		}
	}
	opts := s.options(path, labels, values, sel, false, func(i int) {
		s.set(path, values[i])
		showHelp()
	})
	return container.NewVBox(opts, helpBox)
}

// maxRadioChoices: up to this many choices are radio buttons, each with its help in
// view (the nine ways of delivery are compared side by side); more make a select.
const maxRadioChoices = 9

func displayChoice(t *locales.Translator, f *forms.Field, v string) string {
	for _, c := range f.Choices {
		if c.Value == v {
			return t.T(c.Label)
		}
	}
	return v
}

func hasHeadings(f *forms.Field) bool {
	for _, c := range f.Choices {
		if c.HasCard() {
			return true
		}
	}
	return false
}

// choiceCards shows each option with its plain-language description and the heading
// printed on that kind of paper, in Cyrillic whatever the interface language, bold,
// in Serbian quotation marks: „РЕШЕЊЕ о …“.
func (s *session) choiceCards(f *forms.Field, path string) fyne.CanvasObject {
	t := s.u.tr
	var objs []fyne.CanvasObject
	cards := make([]*labelButton, len(f.Choices))
	show := func() {
		cur := s.get(path)
		for i, c := range f.Choices {
			label := t.T(c.Label)
			if c.Value == cur {
				label = t.T("screen.choice.chosen", "Label", label)
			}
			cards[i].set(c.Value == cur, label)
			cards[i].label.TextStyle.Bold = true
			cards[i].label.Refresh()
		}
	}
	for i, c := range f.Choices {
		c := c
		key := path + "=" + c.Value
		lb := newRadioButton(t.T(c.Label), true, true, nil)
		cards[i] = lb
		// Choosing the type (click, Space or Enter) is the whole step: the keyboard
		// moves on to Next.
		lb.btn.OnTapped = func() {
			s.set(path, c.Value)
			show()
			if s.nextBtn != nil && !s.nextBtn.Disabled() {
				s.u.win.Canvas().Focus(s.nextBtn)
			}
		}
		s.addFocusable(key, lb.btn, false)
		parts := []fyne.CanvasObject{lb.obj}
		if c.Heading != "" {
			heading := widget.NewLabelWithStyle("„"+c.Heading+"“", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			heading.Wrapping = fyne.TextWrapWord
			parts = append(parts, heading)
		}
		if c.Help != "" {
			parts = append(parts, wrapLabel(t.T(c.Help)))
		}
		if c.Term != "" { // no sample paper: the law's words, never a heading (forms.DecisionType.LawTerm)
			parts = append(parts, lawTermLabel(t, c.Term, c.TermCites))
		}
		objs = append(objs, container.NewPadded(container.NewVBox(parts...)))
	}
	show()
	return container.NewVBox(objs...)
}

func wrapLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// multi is a set of checkboxes (which arguments an evidence item supports).
func (s *session) multi(f *forms.Field, path string) fyne.CanvasObject {
	t := s.u.tr
	list, _ := forms.GetList(s.c, path)
	have := map[string]bool{}
	for _, v := range list {
		have[v] = true
	}
	var rows []fyne.CanvasObject
	for _, c := range f.Choices {
		c := c
		chk := newKeyCheck("", func(on bool) {
			cur, _ := forms.GetList(s.c, path)
			var out []string
			for _, v := range cur {
				if v != c.Value {
					out = append(out, v)
				}
			}
			if on {
				out = append(out, c.Value)
			}
			if err := forms.SetList(s.c, path, out); err == nil {
				s.edited(path)
			}
		})
		chk.Checked = have[c.Value]
		s.addFocusable(path+"="+c.Value, chk, false)
		rows = append(rows, checkRow(chk, t.T(c.Label), false))
	}
	return container.NewVBox(rows...)
}

// argument is one appeal argument: on or off, whether the answers suggest it, what
// it means in plain words and its legal basis.
func (s *session) argument(f *forms.Field, path string) fyne.CanvasObject {
	t := s.u.tr
	id := strings.TrimPrefix(path, "arguments.")
	info := forms.ArgumentInfoFor(s.c, id)
	chk := newKeyCheck("", func(on bool) {
		suggested := forms.ArgumentSuggested(s.c, id)
		v := "no"
		if on {
			v = "yes"
		}
		if on == suggested {
			v = "" // back to the suggestion
		}
		s.set(path, v)
	})
	chk.Checked = forms.ArgumentKept(s.c, id)
	s.addFocusable(path, chk, false)
	if !info.Applies {
		// Not for this decision: not offered, and the reason is said.
		chk.Disable()
		return container.NewVBox(checkRow(chk, t.T(info.Title), true), wrapLabel(t.T(info.Explain)))
	}
	state := "screen.argument.not_suggested"
	if forms.ArgumentSuggested(s.c, id) {
		state = "screen.argument.suggested"
	}
	st := wrapLabel(t.T(state))

	explain := wrapLabel(t.T(info.Explain))
	basis := wrapLabel(t.T(info.Basis))
	basis.TextStyle = fyne.TextStyle{Italic: true}
	return container.NewVBox(checkRow(chk, t.T(info.Title), true), st, explain, basis)
}

// fileSummary shows an evidence file as recorded (the evidence step adds and hashes files).
func (s *session) fileSummary(path string) fyne.CanvasObject {
	fl, _ := forms.GetFile(s.c, path)
	if fl == nil {
		l := widget.NewLabel(s.u.tr.T("screen.file.none"))

		return l
	}
	return wrapLabel(s.u.tr.T("screen.file.summary", "Name", fl.Name, "Size", fl.Size, "Hash", shortHash(fl.SHA256)))
}

func shortHash(h string) string {
	if len(h) > 16 {
		return h[:16] + "…"
	}
	return h
}

// group is a repeated group: each item with its fields and buttons to move it up,
// down or remove it, then a button to add one.
func (s *session) group(f *forms.Field, path string) fyne.CanvasObject {
	t := s.u.tr
	n, _ := forms.Len(s.c, path)
	var items []fyne.CanvasObject
	for i := 0; i < n; i++ {
		i := i
		title := widget.NewLabelWithStyle(t.T(f.ItemLabel, "N", i+1), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		up := newKeyButton(t.T("screen.group.up"), theme.MoveUpIcon(), func() { s.moveItem(path, i, i-1) })
		down := newKeyButton(t.T("screen.group.down"), theme.MoveDownIcon(), func() { s.moveItem(path, i, i+1) })
		remove := newKeyButton(t.T("screen.group.remove"), theme.DeleteIcon(), func() { s.removeItem(path, i) })
		if i == 0 {
			up.Disable()
		}
		if i == n-1 {
			down.Disable()
		}
		item := []fyne.CanvasObject{container.NewBorder(nil, nil, title, nil)}
		for _, sub := range f.Fields {
			if sub.Applies(s.c) {
				item = append(item, s.fieldObject(sub, forms.ItemPath(sub.Path, i)))
			}
		}
		s.addFocusable(fmt.Sprintf("%s[%d]#up", path, i), up, false)
		s.addFocusable(fmt.Sprintf("%s[%d]#down", path, i), down, false)
		s.addFocusable(fmt.Sprintf("%s[%d]#remove", path, i), remove, false)
		item = append(item, container.NewHBox(up, down, remove))
		items = append(items, itemBox(container.NewVBox(item...)))
	}
	add := newKeyButton(t.T(f.AddLabel), theme.ContentAddIcon(), func() { s.addItem(f, path) })
	s.addFocusable(path+"#add", add, false)
	items = append(items, container.NewHBox(add))
	return container.NewVBox(items...)
}

func (s *session) addItem(f *forms.Field, path string) {
	i, err := forms.AddItem(s.c, path)
	if err != nil {
		return
	}
	s.changed()
	if len(f.Fields) > 0 {
		s.focusPath = forms.ItemPath(f.Fields[0].Path, i)
	}
	s.u.refresh()
}

func (s *session) removeItem(path string, i int) {
	if forms.RemoveItem(s.c, path, i) != nil {
		return
	}
	s.changed()
	s.focusPath = path + "#add"
	s.u.refresh()
}

func (s *session) moveItem(path string, from, to int) {
	if forms.MoveItem(s.c, path, from, to) != nil {
		return
	}
	s.changed()
	dir := "#up"
	if to > from {
		dir = "#down"
	}
	s.focusPath = fmt.Sprintf("%s[%d]%s", path, to, dir)
	s.u.refresh()
}

// issuesByPath is the data layer's validation of the case, by concrete path.
func (s *session) issuesByPath() map[string][]forms.Issue {
	out := map[string][]forms.Issue{}
	for _, is := range s.validate() {
		out[is.Path] = append(out[is.Path], is)
	}
	return out
}

// updateIssues refreshes every field's inline messages after an edit.
func (s *session) updateIssues() {
	all := s.issuesByPath()
	for path, box := range s.issueBoxes {
		s.fillIssuesFrom(path, box, all[path])
	}
}

func (s *session) fillIssues(path string, box *fyne.Container) {
	all := s.building
	if all == nil {
		all = s.issuesByPath()
	}
	s.fillIssuesFrom(path, box, all[path])
}

// fillIssuesFrom shows a field's problems next to it with an icon and words, so
// they are readable without colour. A date or number that cannot be read is said
// first; gaps (missing answers) are left to the outline and the review.
func (s *session) fillIssuesFrom(path string, box *fyne.Container, issues []forms.Issue) {
	t := s.u.tr
	box.Objects = nil
	if id := s.typingProblem(path); id != "" {
		box.Add(issueRow(theme.ErrorIcon(), t.T("screen.issue.error", "Text", t.T(id))))
	} else {
		for _, is := range issues {
			switch is.Severity {
			case forms.SeverityError:
				box.Add(issueRow(theme.ErrorIcon(), t.T("screen.issue.error", "Text", is.Text(t))))
			case forms.SeverityWarning:
				row := issueRow(theme.WarningIcon(), t.T("screen.issue.warning", "Text", is.Text(t)))
				if is.Suggestion != "" {
					sugg, p := is.Suggestion, path
					shown := sugg
					if _, f := forms.FieldByPath(p); f != nil { // a choice's value reads as its label
						shown = displayChoice(t, f, sugg)
					}
					fix := newKeyButton(t.T("screen.issue.use_suggestion", "Value", shown), theme.ConfirmIcon(), func() {
						s.set(p, sugg)
						s.rebuildField(p) // the field shows the answer taken
						s.focusPath = p
						s.applyFocus(false)
					})
					row = container.NewVBox(row, container.NewHBox(fix))
				}
				box.Add(row)
			}
		}
	}
	box.Refresh()
}

func issueRow(icon fyne.Resource, text string) fyne.CanvasObject {
	l := wrapLabel(text)
	l.Importance = widget.DangerImportance
	return container.NewBorder(nil, nil, widget.NewIcon(icon), nil, l)
}

// typingProblem is the catalogue id of why what is in a date or number field cannot
// be read, derived from the stored answer (so it survives a language switch).
func (s *session) typingProblem(path string) string {
	if id, ok := s.typing[path]; ok {
		return id
	}
	_, f := forms.FieldByPath(path)
	if f == nil || f.Kind != forms.KindDate {
		return ""
	}
	v := s.get(path)
	if v == "" {
		return ""
	}
	if _, err := time.Parse(time.DateOnly, v); err == nil {
		return ""
	}
	_, msg := parseTypedDate(v, s.dateSpan(f))
	return msg
}
