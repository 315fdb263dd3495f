package app

import (
	"fmt"
	"runtime"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"appealdesk/forms"
)

// The interview screen is built once per language (screen) and then updated in place
// (update, afterEdit). A step's body is a list of slots, one per field of the step
// plus the fixed parts (introduction; the step's title is above the page); a slot holds the widgets of its field
// while the field applies. When an answer makes a question apply or stop applying,
// only that slot is built or taken out; when a repeated group gains or loses an item,
// only the group is built again. Everything else keeps its widgets, its keyboard
// focus and the page its scroll position.

// fieldSlot is one part of a step's body.
type fieldSlot struct {
	// field is the question, nil for a fixed part (introduction, a step's own screen).
	field *forms.Field
	obj   fyne.CanvasObject // nil while the field does not apply
	// sig is what the slot was built for (a group: its items and their questions);
	// vsig the answers it showed when the step was left (valueSig), so a step shown
	// again builds only the fields whose answers changed elsewhere meanwhile.
	sig    string
	vsig   string
	focus  []focusItem
	issues map[string]*fyne.Container
}

// stepView is the body of the step on screen.
type stepView struct {
	id string
	// rebuilt: the body is built anew on every update (the review, the deadlines, and
	// the screens of other areas, which rebuild themselves through u.refresh).
	rebuilt bool
	// narrowing: built for the "I am not sure" questions.
	narrowing bool
	// computed: the review or the deadlines, which show the whole case; caseSig is
	// the case they were built for, so showing them again costs nothing if it is the same.
	computed bool
	caseSig  string
	// sig is, for a step with a screen of its own, which of its fields apply.
	sig     string
	box     *fyne.Container
	content fyne.CanvasObject // what the page scrolls: the box, padded
	slots   []*fieldSlot
}

// show puts the interview on the window in the current language: the frame of that
// language (built the first time it is needed) brought up to date with the case, at
// the scroll position and on the field the person was on.
func (s *session) show() {
	lang := s.u.lang
	s.leaveView()
	f := s.frames[lang]
	if f == nil {
		f = &frame{lang: lang, views: map[string]*stepView{}}
		s.frames[lang] = f
		s.frame = f
		s.buildFrame()
	} else {
		s.frame = f
		s.view = nil // entered again: its fields are checked against the answers
	}
	// Every language's screen stays in one stack on the window and only the current
	// one is shown: switching back neither lays the window out from scratch nor
	// draws every text anew, as replacing the window's content would.
	if s.stack == nil {
		s.stack = container.NewStack()
	}
	if !containsObject(s.stack.Objects, f.root) {
		s.stack.Objects = append(s.stack.Objects, f.root)
	}
	for _, o := range s.stack.Objects {
		if o == f.root {
			o.Show()
		} else {
			o.Hide()
		}
	}
	if s.u.win.Content() != s.stack {
		s.u.win.SetContent(s.stack)
	} else {
		// Lay the shown screen out (a new one has no size yet) and draw it; a
		// Refresh of the stack would refresh every widget of every language.
		f.root.Resize(s.stack.Size())
		canvas.Refresh(f.root)
	}
	focus := s.focusPath
	if focus == "" {
		focus = s.keepFocus
	}
	s.focusPath, s.keepFocus = "", ""
	s.showing = true
	s.update()
	s.showing = false
	s.restoreOffset()
	s.focusPath = focus
	s.applyFocus(focus == "") // the remembered field, once the page is where it was
}

// buildFrame builds the screen around the step, in the frame's language.
func (s *session) buildFrame() {
	u := s.u
	t := u.tr

	backToCases := newKeyButton(t.T("screen.back_to_cases"), theme.NavigateBackIcon(), s.backToCases)
	s.title = widget.NewLabelWithStyle(s.caseTitle(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.title.Truncation = fyne.TextTruncateEllipsis
	quick := newKeyButton(t.T("screen.quick_exit"), theme.LogoutIcon(), s.quickExit)
	quick.Importance = widget.DangerImportance
	s.saveLabel = widget.NewLabel("")
	s.saveLabel.Wrapping = fyne.TextWrapWord
	s.setSaveError(s.saveErr)
	header := container.NewBorder(nil, nil, backToCases, container.NewHBox(widenSelect(u.languageSwitcher(), 210), quick), s.title)

	s.outline = container.New(&wrapColumn{})
	s.outlineByStep = nil
	outlineTitle := widget.NewLabelWithStyle(t.T("screen.outline"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.outlineScroll = container.NewVScroll(nil)
	s.outlineScroll.Content = newWheelSpeed(s.outline, s.outlineScroll) // the platform's wheel step here too
	left := container.NewBorder(outlineTitle, s.saveLabel, nil, nil, s.outlineScroll)

	// Both directions: a step screen wider than the column (another area's renderer)
	// scrolls sideways instead of widening the window past 1024 pixels.
	s.body = container.NewScroll(container.NewVBox()) // the step comes with update
	s.view = nil

	s.backBtn = newKeyButton(t.T("screen.back"), theme.NavigateBackIcon(), s.back)
	s.nextBtn = newKeyButton(t.T("screen.next"), theme.NavigateNextIcon(), s.next)
	s.nextBtn.IconPlacement = widget.ButtonIconTrailingText
	s.nextBtn.Importance = widget.HighImportance
	s.gapsLabel = widget.NewLabel("")
	s.gapsLabel.Wrapping = fyne.TextWrapWord // the names of the missing answers are the point: never cut off (at most gapsShown of them)
	s.gapsBtn = newKeyButton(t.T("screen.gaps.show"), nil, s.focusFirstGap)
	s.gapsBtn.onEscape = func() { s.escape() }
	keysHint := widget.NewLabel(t.T("screen.keys_hint"))
	keysHint.Truncation = fyne.TextTruncateEllipsis
	gaps := container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), container.NewCenter(s.gapsBtn), s.gapsLabel)
	nav := container.NewBorder(nil, nil, s.backBtn, s.nextBtn, keysHint)
	s.stepTitle = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.stepTitle.SizeName = theme.SizeNameSubHeadingText
	s.stepTitle.Wrapping = fyne.TextWrapWord
	center := container.NewBorder(s.stepTitle, container.NewVBox(widget.NewSeparator(), gaps, nav), nil, nil, s.body)
	gaps.Hide() // shown by updateGaps
	s.gapsRow = gaps

	s.panel = container.NewVBox()
	s.panelScroll = container.NewVScroll(nil)
	s.panelScroll.Content = newWheelSpeed(s.panel, s.panelScroll)
	s.rightCol = sized(s.panelScroll, 280)

	// Built so the objects are in visual order (Tab follows it): the outline on the
	// left, the step in the middle, the deadlines on the right; the header above.
	leftCol := sized(left, 240)
	s.split = container.New(layout.NewBorderLayout(nil, nil, leftCol, s.rightCol), leftCol, center, s.rightCol)
	top := container.NewVBox(header, widget.NewSeparator())
	s.root = container.New(layout.NewBorderLayout(top, nil, nil, nil), top, s.split)
	if u.awaitingFirstFrame() {
		root := s.root.(*fyne.Container)
		root.Objects = append(root.Objects, u.frameProbe())
		f := s.frame
		u.afterFirstFrame(func() {
			if s.frame == f && s.shows() {
				s.reconcile() // the questions below the page (buildView)
				s.refreshPanel()
			}
		})
	}
}

// restoreOffset puts the page back where it was before a language switch, once the
// new screen has its size.
func (s *session) restoreOffset() {
	if s.keepOffset == nil || s.body == nil {
		return
	}
	off := *s.keepOffset
	s.keepOffset = nil
	if max := s.body.Content.MinSize().Height - s.body.Size().Height; off.Y > max {
		off.Y = max
	}
	if off.Y < 0 {
		off.Y = 0
	}
	s.body.Offset = off
	s.body.Refresh()
}

// rememberView keeps the scroll position and the focused field across a rebuild.
func (s *session) rememberView() {
	if s.body == nil {
		return
	}
	off := s.body.Offset
	s.keepOffset = &off
	s.keepFocus = s.focusedKey()
}

// focusedKey is the focus key of the widget with the keyboard, "" if none of the step's.
func (s *session) focusedKey() string {
	f := s.u.win.Canvas().Focused()
	if f == nil {
		return ""
	}
	for _, it := range s.focusables {
		if it.obj == f {
			return it.path
		}
	}
	return ""
}

// shows reports whether the window shows this session's screen in the current language.
func (s *session) shows() bool {
	return s.frame != nil && s.root != nil && s.u.interviewOn && sessionOf(s.u) == s &&
		s.stack != nil && s.u.win.Content() == s.stack && s.root.Visible() && s.lang == s.u.lang
}

// update brings the screen up to date with the case after something changed: a step
// change builds the new step's body, the same step only what changed.
func (s *session) update() {
	s.issues = nil // the answers may have changed: validate again (once)
	step := s.current()
	v := s.view
	newStep := false
	switch {
	case v == nil || v.id != stepID(step) || v.narrowing != (s.narrowing != nil):
		newStep = true
		s.leaveView()
		cached := s.views[stepID(step)]
		switch {
		case cached != nil && s.narrowing == nil && (!cached.computed || cached.caseSig == s.caseSig()):
			s.enterView(cached)
		default:
			s.buildView(step)
		}
		s.body.Offset = fyne.Position{}
		s.body.Refresh()
	case v.rebuilt && !(v.computed && v.caseSig == s.caseSig()):
		off := s.body.Offset
		s.buildView(step)
		s.body.Refresh()
		if max := s.body.Content.MinSize().Height - s.body.Size().Height; off.Y > max {
			off.Y = max
		}
		if off.Y < 0 {
			off.Y = 0
		}
		s.body.Offset = off
		s.body.Refresh()
	case v.rebuilt:
		// The review or the deadlines of the same case: nothing to do.
	default:
		s.reconcile()
		s.updateIssues()
	}
	s.refreshPanel()
	s.updateFrame()
	if !s.showing {
		s.applyFocus(newStep)
	}
}

// afterEdit follows an answer: questions that start or stop applying, the messages
// under the fields, the outline, the gaps and (if the answer counts) the deadlines.
func (s *session) afterEdit(deadlines bool) {
	s.issues = nil // an answer changed: validate again, once for everything below
	if !s.shows() {
		return
	}
	if s.view != nil && rendererFor(s.view.id) != nil {
		if sig := s.fieldsSig(s.current()); sig != s.view.sig {
			s.focusPath = s.focusedKey()
			s.update() // another area's screen: built again when its questions change
			return
		}
	} else {
		s.reconcile()
	}
	s.updateIssues()
	s.updateFrame()
	if deadlines {
		s.refreshPanel()
	}
	s.applyFocus(false)
}

// buildView builds the body of step and puts it in the page.
func (s *session) buildView(step *forms.Step) {
	t := s.u.tr
	v := &stepView{id: "", box: container.NewVBox()}
	s.typing = map[string]string{}
	if step == nil {
		s.view = v
		v.content = newWheelSpeed(container.NewPadded(v.box), s.body)
		s.body.Content = v.content
		s.gather()
		return
	}
	v.id = step.ID
	v.narrowing = s.narrowing != nil
	s.building = s.issuesByPath()
	defer func() { s.building = nil }()
	fixed := func(o fyne.CanvasObject) { v.slots = append(v.slots, &fieldSlot{obj: o}) }
	if step.Intro != "" {
		fixed(wrapLabel(t.T(step.Intro)))
	}
	if !step.Applies(s.c) {
		fixed(container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), nil, wrapLabel(t.T("screen.step.not_applicable"))))
	}
	s.view = v
	own := func(build func() fyne.CanvasObject) {
		sl := &fieldSlot{issues: map[string]*fyne.Container{}}
		s.slot = sl
		sl.obj = build()
		s.slot = nil
		v.slots = append(v.slots, sl)
	}
	if r := rendererFor(step.ID); r != nil {
		v.rebuilt = true
		v.sig = s.fieldsSig(step)
		own(func() fyne.CanvasObject { return r(s, step) })
	} else {
		switch {
		case step.ID == forms.StepDeadlines:
			v.rebuilt, v.computed, v.caseSig = true, true, s.caseSig()
			own(s.deadlinesFull)
		case step.ID == forms.StepReview:
			v.rebuilt, v.computed, v.caseSig = true, true, s.caseSig()
			own(s.reviewBody)
		case step.ID == forms.StepIdentify && s.narrowing != nil:
			v.rebuilt = true // each answer asks another question: built again
			own(s.narrowingBody)
		default:
			// Before the first frame only the questions that fill the page are
			// built; the rest follow after it (reconcile builds them).
			room := float32(-1) // no limit
			if h := s.u.win.Canvas().Size().Height; s.u.awaitingFirstFrame() && h > 0 {
				room = h
			}
			for _, f := range step.Fields {
				sl := &fieldSlot{field: f}
				v.slots = append(v.slots, sl)
				if f.Applies(s.c) && room != 0 {
					s.buildSlot(sl)
					if room > 0 {
						room = max(room-roughHeight(f), 0)
					}
				}
			}
			if step.ID == forms.StepIdentify {
				own(s.notSureButton)
			}
		}
	}
	s.fillBox()
	v.content = newWheelSpeed(container.NewPadded(v.box), s.body)
	s.body.Content = v.content
	s.gather()
	if (!v.rebuilt || v.computed) && !v.narrowing {
		s.views[v.id] = v // shown again, it is updated (or, computed, reused), not built
	}
}

// roughHeight is about how tall a question is on the page, at least (its label,
// help and input; a long list of choices may be a drop-down): it decides which
// questions the first frame needs (buildView), so it errs on the short side, and a
// question it leaves out is built a frame later.
func roughHeight(f *forms.Field) float32 {
	h := float32(60) // label, input and the space between questions
	if f.Help != "" {
		h += 30
	}
	switch f.Kind {
	case forms.KindChoice, forms.KindMulti:
		h += 25 * float32(min(len(f.Choices), 3))
	case forms.KindGroup:
		h += 100
	}
	return h
}

// validate is the case's issues today, found once after each change (the field
// messages, the outline and the gaps all need them).
func (s *session) validate() []forms.Issue {
	if s.issues == nil {
		s.issues = forms.Validate(s.c, s.today())
		if s.issues == nil {
			s.issues = []forms.Issue{} // none: still valid until the next change
		}
	}
	return s.issues
}

// caseSig is the whole case as saved, and today: what the review and the deadlines
// are computed from.
func (s *session) caseSig() string {
	data, err := forms.Marshal(s.c)
	if err != nil {
		return ""
	}
	return s.today().Format(time.DateOnly) + string(data)
}

// refreshPanel builds the deadlines beside the step again when what they are
// computed from (the decision, the office, the later steps, today) changed.
func (s *session) refreshPanel() {
	if s.u.awaitingFirstFrame() {
		return // built after the first frame (frameProbe)
	}
	sig := fmt.Sprintf("%v|%v|%v|%s|%v", s.c.Decision, s.c.Later, s.c.Office, s.today().Format(time.DateOnly), s.deadlinesKnown())
	if s.panelSig == sig && s.panel != nil && len(s.panel.Objects) > 0 {
		return
	}
	s.panelSig = sig
	s.updatePanel()
	if s.panelScroll != nil {
		s.panelScroll.Refresh() // its content's height changed
	}
}

func containsObject(objs []fyne.CanvasObject, o fyne.CanvasObject) bool {
	for _, x := range objs {
		if x == o {
			return true
		}
	}
	return false
}

func stepID(st *forms.Step) string {
	if st == nil {
		return ""
	}
	return st.ID
}

// leaveView notes the answers each field of the step on screen shows, before another
// step (or language) takes the page.
func (s *session) leaveView() {
	if s.frame == nil || s.view == nil {
		return
	}
	for _, sl := range s.view.slots {
		if sl.field != nil && sl.obj != nil {
			sl.vsig = s.valueSig(sl.field)
		}
	}
}

// enterView shows a step built before: fields whose answers changed meanwhile (on
// another step, by a suggestion, in another language's screen) are built again, and
// questions that started or stopped applying are put in or taken out.
func (s *session) enterView(v *stepView) {
	s.view = v
	s.typing = map[string]string{}
	for _, sl := range v.slots {
		if sl.field != nil && sl.obj != nil && sl.vsig != s.valueSig(sl.field) {
			s.buildSlot(sl)
		}
	}
	s.fillBox()
	s.body.Content = v.content
	s.gather()
	s.reconcile()
	s.updateIssues()
}

// valueSig is the answers a field shows (a group: all its items' answers).
func (s *session) valueSig(f *forms.Field) string {
	var b []byte
	var add func(f *forms.Field, path string)
	add = func(f *forms.Field, path string) {
		switch f.Kind {
		case forms.KindGroup:
			n, _ := forms.Len(s.c, path)
			b = append(b, fmt.Sprint(n)...)
			for i := 0; i < n; i++ {
				for _, sub := range f.Fields {
					add(sub, forms.ItemPath(sub.Path, i))
				}
			}
		case forms.KindArgument:
			id := strings.TrimPrefix(path, "arguments.")
			b = append(b, fmt.Sprint(forms.ArgumentSuggested(s.c, id), forms.ArgumentKept(s.c, id))...)
		case forms.KindMulti:
			l, _ := forms.GetList(s.c, path)
			b = append(b, strings.Join(l, ",")...)
		case forms.KindFile:
			if fl, _ := forms.GetFile(s.c, path); fl != nil {
				b = append(b, fl.Name+fl.SHA256...)
			}
		default:
			b = append(b, s.get(path)...)
			if s.dontKnow[path] {
				b = append(b, '?')
			}
		}
		b = append(b, 0)
	}
	add(f, f.Path)
	return string(b)
}

// buildSlot builds the widgets of a field slot.
func (s *session) buildSlot(sl *fieldSlot) {
	if s.building == nil {
		s.building = s.issuesByPath()
		defer func() { s.building = nil }()
	}
	sl.focus, sl.issues = nil, map[string]*fyne.Container{}
	s.slot = sl
	sl.obj = s.fieldObject(sl.field, sl.field.Path)
	s.slot = nil
	sl.sig = s.slotSig(sl.field)
}

// slotSig is what a field's widgets depend on besides its own answer: for a group,
// how many items it has and which of their questions apply; for the related
// decisions, how many there are.
func (s *session) slotSig(f *forms.Field) string {
	if f.Kind == forms.KindRelated {
		return fmt.Sprint(len(s.c.Related)) // a decision added: the list is built again
	}
	if f.Kind != forms.KindGroup {
		return ""
	}
	n, _ := forms.Len(s.c, f.Path)
	b := []byte(fmt.Sprint(n, ":"))
	for _, sub := range f.Fields {
		if sub.Applies(s.c) {
			b = append(b, 'y')
		} else {
			b = append(b, 'n')
		}
	}
	return string(b)
}

// fieldsSig is which fields of step apply (for steps with a screen of their own).
func (s *session) fieldsSig(step *forms.Step) string {
	if step == nil {
		return ""
	}
	b := make([]byte, 0, len(step.Fields)+8)
	for _, f := range step.Fields {
		if f.Applies(s.c) {
			b = append(b, 'y')
			b = append(b, s.slotSig(f)...)
		} else {
			b = append(b, 'n')
		}
	}
	return string(b)
}

// reconcile puts in the questions that now apply and takes out those that no longer
// do, and builds a group again when its items changed; nothing else is touched.
func (s *session) reconcile() {
	v := s.view
	if v == nil || v.rebuilt {
		return
	}
	changed := false
	for _, sl := range v.slots {
		if sl.field == nil {
			continue
		}
		applies := sl.field.Applies(s.c)
		switch {
		case applies && sl.obj == nil:
			s.buildSlot(sl)
			changed = true
		case !applies && sl.obj != nil:
			sl.obj, sl.focus, sl.issues = nil, nil, nil
			changed = true
		case applies && sl.sig != s.slotSig(sl.field):
			s.buildSlot(sl)
			changed = true
		}
	}
	if !changed {
		return
	}
	s.fillBox()
	s.gather()
	s.body.Refresh() // the content's height changed
}

// rebuildField builds the field at path (or its group) again, e.g. after a suggested
// answer was taken, so the widget shows the new answer.
func (s *session) rebuildField(path string) {
	v := s.view
	if v == nil || v.rebuilt {
		s.u.refresh()
		return
	}
	for _, sl := range v.slots {
		if sl.field == nil || sl.obj == nil {
			continue
		}
		if _, ok := sl.issues[path]; ok || sl.field.Path == path {
			s.buildSlot(sl)
			s.fillBox()
			s.gather()
			s.body.Refresh()
			return
		}
	}
}

// fillBox lays the shown slots out in the step's box, in the step's order.
func (s *session) fillBox() {
	v := s.view
	objs := make([]fyne.CanvasObject, 0, len(v.slots))
	for _, sl := range v.slots {
		if sl.obj != nil {
			objs = append(objs, sl.obj)
		}
	}
	v.box.Objects = objs
	s.readOnlyBody(v.box) // a case open in another window: nothing to type here
	// A box not laid out yet is laid out by the page at its width; laying it out at
	// width 0 would wrap every label word by word first.
	if sz := v.box.Size(); v.box.Layout != nil && sz.Width > 0 {
		v.box.Layout.Layout(objs, sz)
	}
	canvas.Refresh(v.box)
}

// gather collects the slots' focusable widgets and message boxes in visual order.
func (s *session) gather() {
	s.focusables = s.focusables[:0]
	s.issueBoxes = map[string]*fyne.Container{}
	if s.view == nil {
		return
	}
	for _, sl := range s.view.slots {
		if sl.obj == nil {
			continue
		}
		s.focusables = append(s.focusables, sl.focus...)
		for p, b := range sl.issues {
			s.issueBoxes[p] = b
		}
	}
}

// applyFocus puts the keyboard on the remembered field (focusPath), on the first
// field of a step just shown, or, if the widget that had it is gone, on the first
// field; otherwise it stays where it is.
func (s *session) applyFocus(newStep bool) {
	cv := s.u.win.Canvas()
	key := s.focusPath
	s.focusPath = ""
	if key != "" {
		for _, f := range s.focusables {
			if f.path == key {
				cv.Focus(f.obj)
				return
			}
		}
	}
	if !newStep {
		cur := cv.Focused()
		if cur == nil {
			return
		}
		if o, ok := cur.(fyne.CanvasObject); ok && s.root != nil {
			if _, in := positionIn(s.root, o); in {
				return
			}
		}
		if s.picker != nil {
			return // the calendar pop-up has it
		}
	}
	if len(s.focusables) > 0 {
		cv.Focus(s.focusables[0].obj)
	} else if s.nextBtn != nil && !s.nextBtn.Disabled() {
		cv.Focus(s.nextBtn)
	}
}

// updateFrame brings what surrounds the step up to date: the title, the outline,
// Back and Next, the gaps of the step, and the deadlines beside it (not on the
// deadlines step, which shows them all).
func (s *session) updateFrame() {
	if s.title != nil && s.title.Text != s.caseTitle() {
		s.title.SetText(s.caseTitle())
	}
	if s.stepTitle != nil {
		heading := ""
		if st := s.current(); st != nil {
			heading = s.u.tr.T(st.Title)
		}
		if s.stepTitle.Text != heading {
			s.stepTitle.SetText(heading)
		}
	}
	s.updateOutline()
	s.updateNavButtons()
	s.updateGaps()
	if s.rightCol != nil {
		onDeadlines := s.c.Step == forms.StepDeadlines
		if onDeadlines == s.rightCol.Visible() {
			if onDeadlines {
				s.rightCol.Hide()
			} else {
				s.rightCol.Show()
			}
			s.split.Refresh()
		}
	}
}

// wheelSpeed is the page's content: it takes the mouse wheel over the page (also over
// a long answer, which passes it on) and scrolls the page by three lines a notch, the
// default of Windows and of GNOME and KDE; Fyne's own step is about one line. macOS
// sends its own accelerated amounts, which are kept.
type wheelSpeed struct {
	widget.BaseWidget
	content fyne.CanvasObject
	page    *container.Scroll
}

func newWheelSpeed(content fyne.CanvasObject, page *container.Scroll) *wheelSpeed {
	w := &wheelSpeed{content: content, page: page}
	w.ExtendBaseWidget(w)
	return w
}

// wheelFactor turns Fyne's step (25 units a notch on Linux and Windows) into three
// lines of body text.
func wheelFactor() float32 {
	if runtime.GOOS == "darwin" {
		return 1
	}
	line := theme.TextSize() + theme.LineSpacing()
	return 3 * line / 25
}

func (w *wheelSpeed) Scrolled(ev *fyne.ScrollEvent) {
	if w.page == nil {
		return
	}
	f := wheelFactor()
	scaled := *ev
	scaled.Scrolled = fyne.NewDelta(ev.Scrolled.DX*f, ev.Scrolled.DY*f)
	w.page.Scrolled(&scaled)
}

func (w *wheelSpeed) CreateRenderer() fyne.WidgetRenderer {
	return &wheelRenderer{w: w}
}

type wheelRenderer struct{ w *wheelSpeed }

func (r *wheelRenderer) Layout(size fyne.Size) {
	r.w.content.Move(fyne.Position{})
	r.w.content.Resize(size)
}
func (r *wheelRenderer) MinSize() fyne.Size           { return r.w.content.MinSize() }
func (r *wheelRenderer) Refresh()                     { r.Layout(r.w.Size()); canvas.Refresh(r.w) }
func (r *wheelRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.w.content} }
func (r *wheelRenderer) Destroy()                     {}
