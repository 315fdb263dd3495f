package app

import (
	"log"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"appealdesk/desk"
	"appealdesk/forms"
	"appealdesk/locales"
)

// The interview screens (design.md steps 2–10): an outline of every step on the left,
// the current step in the middle, the deadlines on the right once they can be
// computed, and a header with "Back to cases", the language and the quick exit.
//
// Everything the screen shows is rebuilt from the session below and the case record,
// never kept only in widgets: SetLang rebuilds the screen and loses nothing.

// Keyboard shortcuts of the interview. Alt+→ / Alt+← were chosen for Next and Back
// because Ctrl+Backspace already deletes a word in an entry; the buttons show them.
var (
	shortcutNext      = &desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierAlt}
	shortcutBack      = &desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierAlt}
	shortcutQuickExit = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	shortcutLanguage  = &desktop.CustomShortcut{KeyName: fyne.KeyL, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
)

// escapeTwice is how quickly Escape must be pressed a second time for a quick exit.
const escapeTwice = 600 * time.Millisecond

// stepRenderer builds the body of a step that has a screen of its own. The evidence
// and documents engineers register theirs with registerStepRenderer (in an init of
// their own file); a step without one is rendered generically from its fields.
type stepRenderer func(s *session, step *forms.Step) fyne.CanvasObject

var (
	renderersMu   sync.RWMutex
	stepRenderers = map[string]stepRenderer{}
)

// registerStepRenderer makes r the body of the step with id (e.g. "evidence", "documents").
func registerStepRenderer(id string, r stepRenderer) {
	renderersMu.Lock()
	defer renderersMu.Unlock()
	stepRenderers[id] = r
}

func rendererFor(id string) stepRenderer {
	renderersMu.RLock()
	defer renderersMu.RUnlock()
	return stepRenderers[id]
}

// sessionOf is the case open in u's window, nil on the home screen.
func sessionOf(u *UI) *session { return u.session }

func setSession(u *UI, s *session) { u.session = s }

// session is one open case: the record, where the person is, and what the screen
// needs to be rebuilt exactly as it was.
type session struct {
	// ev and docs are the evidence and documents steps' own state, made on first use.
	ev   *evState
	docs *docState

	u    *UI
	path string
	c    *forms.Case
	save saver

	// now is the clock; the UI is the only place it is read (tests fix it).
	now func() time.Time

	// focusPath is the field to focus when the step is next built ("" = the first).
	focusPath string
	// typedText is the text and cursor of the field being typed in when an answer
	// rebuilt the screen (a whole date opening the next questions): the rebuilt field
	// gets them back, so the next key lands where the person is typing.
	typedText *typedText
	// dontKnow remembers a "Don't know" answer to a yes/no question, which the case
	// stores as "" (not answered) like an unanswered question.
	dontKnow map[string]bool
	// reasoningOpen: the deadline reasoning is expanded.
	reasoningOpen map[string]bool
	// saveErr is the last autosave failure, shown in the header until a save works.
	saveErr error
	// readOnly is why the case is only read (open in another window), nil if editable.
	readOnly error
	// typing holds the catalogue id of why a number field's text cannot be read
	// (the text is not stored); cleared when the screen is rebuilt.
	typing map[string]string
	// editing is the focus key of the option being chosen, so a rebuild keeps focus on it.
	editing string
	// narrowing is the "I am not sure" helper's state while it is open.
	narrowing *narrowState

	lastEscape time.Time
	closed     bool

	// Built with the screen; rebuilt on every refresh.
	focusables []focusItem
	issueBoxes map[string]*fyne.Container
	outline    *fyne.Container
	// outlineSig is the step and the states the outline was last built for.
	outlineSig string
	// outlineByStep are the outline's items, for tests and focus.
	outlineByStep map[string]*outlineItem
	panel         *fyne.Container
	body          *container.Scroll
	// outlineScroll and panelScroll scroll the outline and the deadlines.
	outlineScroll *container.Scroll
	panelScroll   *container.Scroll
	saveLabel     *widget.Label
	picker        *calendar
	nextBtn       *keyButton
	backBtn       *keyButton
}

// focusItem is one focusable widget of the current step, in visual order.
type focusItem struct {
	path string
	obj  fyne.Focusable
	// singleLine: Enter moves on to the next field (or Next on the last).
	singleLine bool
}

// openCase loads the case at path and shows the interview where the person stopped.
// A file that does not load is not touched: nothing is autosaved over it.
func (u *UI) openCase(path string) error {
	ed, err := desk.OpenForEdit(path)
	if err != nil {
		return err
	}
	c := ed.Case
	if old := sessionOf(u); old != nil {
		old.stop()
	}
	s := &session{
		u: u, path: path, c: c, now: time.Now, readOnly: ed.ReadOnly, saveErr: ed.ReadOnly,
		dontKnow: map[string]bool{}, reasoningOpen: map[string]bool{},
	}
	s.save = u.newSaver(ed, func(err error) {
		u.do(func() { s.setSaveError(err) })
	}, func(to string) { u.do(func() { s.caseMoved(to) }) })
	if forms.StepByID(c.Step) == nil {
		c.Step = s.firstStep()
	}
	setSession(u, s)
	s.installShortcuts()
	u.win.SetCloseIntercept(func() {
		if cur := sessionOf(u); cur != nil {
			cur.stop()
		}
		u.win.Close()
	})
	u.show(s.screen)
	s.sayReadOnly()
	if ed.Previous != nil {
		u.sayUnsaved(*ed.Previous)
	}
	return nil
}

// loadErrorText is a load failure in the person's language.
func (u *UI) loadErrorText(err error) string {
	if m, ok := locales.MessageOf(err); ok {
		return u.tr.Msg(m)
	}
	return u.tr.T("screen.open.failed")
}

// openCaseOrSay opens a case and, if it does not load, says why in a dialog-free
// way on the current screen: the home screen calls it for a case from the list.
func (u *UI) openCaseOrSay(path string) {
	if err := u.openCase(path); err != nil {
		log.Printf("appealdesk: open %s: %v", path, err)
		u.showLoadError(path, err)
	}
}

// showLoadError replaces the screen with the reason and a way back; the file is untouched.
func (u *UI) showLoadError(path string, err error) {
	u.show(func() fyne.CanvasObject {
		title := widget.NewLabelWithStyle(u.tr.T("screen.open.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		msg := widget.NewLabel(u.loadErrorText(err))
		msg.Wrapping = fyne.TextWrapWord
		kept := widget.NewLabel(u.tr.T("screen.open.untouched"))
		kept.Wrapping = fyne.TextWrapWord
		back := newKeyButton(u.tr.T("screen.back_to_cases"), theme.NavigateBackIcon(), func() { u.showHome() })
		file := widget.NewLabel(u.tr.T("screen.open.file", "Path", path))
		file.Wrapping = fyne.TextWrapBreak
		box := container.NewVBox(title, container.NewBorder(nil, nil, widget.NewIcon(theme.ErrorIcon()), nil, msg), file, kept, container.NewHBox(back))
		return container.New(&focusOnLayout{u: u, target: back}, container.NewPadded(box))
	})
}

// stop flushes the autosave and forgets the session; the screen is left to the caller.
func (s *session) stop() {
	if s.closed {
		return
	}
	s.closed = true
	if s.ev != nil {
		s.ev.cancelAll() // hashes and checks still running for this case
	}
	// A new case left without an answer is removed, by the autosave while it still
	// holds the case's lock.
	removed, err := s.save.CloseRemovingIf(s.u.removableWhenLeft(s.path))
	if err != nil {
		log.Printf("appealdesk: saving %s: %v", s.path, err)
	}
	s.u.leftCase(s.path, removed)
	if sessionOf(s.u) == s {
		setSession(s.u, nil)
	}
}

// backToCases saves and returns to the home screen.
func (s *session) backToCases() {
	s.stop()
	s.u.showHome()
}

// quickExit hides the window at once, flushes the autosave and closes the window.
func (s *session) quickExit() {
	s.u.win.Hide()
	s.stop()
	s.u.win.Close()
}

func (s *session) installShortcuts() {
	cv := s.u.win.Canvas()
	// Registered on the canvas for when no entry has focus; keyEntry forwards them
	// when one has (a focused entry otherwise swallows every shortcut).
	cv.AddShortcut(shortcutNext, func(fyne.Shortcut) {
		if cur := sessionOf(s.u); cur != nil {
			cur.next()
		}
	})
	cv.AddShortcut(shortcutBack, func(fyne.Shortcut) {
		if cur := sessionOf(s.u); cur != nil {
			cur.back()
		}
	})
	cv.AddShortcut(shortcutQuickExit, func(fyne.Shortcut) {
		if cur := sessionOf(s.u); cur != nil {
			cur.quickExit()
		}
	})
	cv.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyEscape {
			if cur := sessionOf(s.u); cur != nil {
				cur.escape()
			}
		}
	})
}

// escape counts Escape presses: twice within escapeTwice is a quick exit.
func (s *session) escape() bool {
	t := s.now()
	if !s.lastEscape.IsZero() && t.Sub(s.lastEscape) <= escapeTwice && t.Sub(s.lastEscape) >= 0 {
		s.quickExit()
		return true
	}
	s.lastEscape = t
	return false
}

// appShortcut runs sc if it is one of the window's own shortcuts and reports whether
// it was: a focused entry asks first instead of swallowing them.
func (s *session) appShortcut(sc fyne.Shortcut) bool {
	cs, ok := sc.(*desktop.CustomShortcut)
	if !ok {
		return false
	}
	switch cs.ShortcutName() {
	case shortcutNext.ShortcutName():
		s.next()
	case shortcutBack.ShortcutName():
		s.back()
	case shortcutQuickExit.ShortcutName():
		s.quickExit()
	case shortcutLanguage.ShortcutName():
		s.u.nextLang()
	default:
		return false
	}
	return true
}

// today is the date of the person's clock, as a UTC calendar date.
func (s *session) today() time.Time {
	n := s.now()
	return time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, time.UTC)
}

func (s *session) firstStep() string {
	if steps := forms.Steps(); len(steps) > 0 {
		return steps[0].ID
	}
	return ""
}

// current is the step on screen.
func (s *session) current() *forms.Step {
	if st := forms.StepByID(s.c.Step); st != nil {
		return st
	}
	return forms.StepByID(s.firstStep())
}

// goTo shows step id, focusing the field at path ("" = the first field).
func (s *session) goTo(id, path string) {
	if forms.StepByID(id) == nil {
		return
	}
	s.c.Step = id
	s.focusPath = path
	s.narrowing = nil
	s.changed()
	s.u.refresh()
}

// next goes to the next step that applies; back to the previous. Neither clears
// an answer: answers of a branch left behind stay in the case, unused.
func (s *session) next() { s.move(+1) }
func (s *session) back() { s.move(-1) }

func (s *session) move(dir int) {
	all := forms.Steps()
	cur := 0
	for i, st := range all {
		if st.ID == s.c.Step {
			cur = i
		}
	}
	for i := cur + dir; i >= 0 && i < len(all); i += dir {
		if all[i].Applies(s.c) {
			s.goTo(all[i].ID, "")
			return
		}
	}
}

// changed records an edit: it autosaves (off the UI thread) and updates what depends
// on the answers without rebuilding the field being typed in.
func (s *session) changed() {
	if s.closed {
		return
	}
	s.save.Changed(s.c)
}

// edited is called by every field after it stored a new answer; before is the
// shape (which questions apply) taken before the answer was stored.
func (s *session) edited(path, before string) {
	s.changed()
	if s.shape() != before {
		// A question appeared or went away (e.g. spouse = yes): rebuild, keep focus.
		s.focusPath = path
		if s.editing != "" {
			s.focusPath = s.editing
		}
		s.typedText = nil
		if e, ok := s.u.win.Canvas().Focused().(*keyEntry); ok {
			s.typedText = &typedText{path: s.focusPath, text: e.Text, row: e.CursorRow, column: e.CursorColumn}
			if s.body != nil {
				s.typedText.offset = s.body.Offset
			}
		}
		s.u.refresh()
		return
	}
	s.updateIssues()
	s.updateOutline()
	if affectsDeadlines(path) {
		s.updatePanel()
	}
}

// affectsDeadlines: the deadlines follow from the decision, the office's working days
// and the later events only (forms.Case.Facts); other answers leave the panel as it is.
func affectsDeadlines(path string) bool {
	for _, p := range []string{"decision.", "office.", "later."} {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}

// shape is which steps and fields apply: when it changes the screen is rebuilt.
func (s *session) shape() string {
	b := make([]byte, 0, 64)
	for _, st := range forms.Steps() {
		if st.Applies(s.c) {
			b = append(b, '1')
		} else {
			b = append(b, '0')
		}
		if st.ID != s.c.Step {
			continue
		}
		for _, f := range st.Fields {
			if f.Applies(s.c) {
				b = append(b, 'y')
			} else {
				b = append(b, 'n')
			}
			if f.Kind == forms.KindGroup {
				n, _ := forms.Len(s.c, f.Path)
				b = append(b, byte('0'+n%64))
			}
		}
	}
	return string(b)
}

func (s *session) setSaveError(err error) {
	s.saveErr = err
	if s.saveLabel == nil {
		return
	}
	if err == nil && s.readOnly != nil {
		err = s.readOnly
	}
	if err != nil {
		s.saveLabel.SetText(s.u.saveErrorText(err))
		s.saveLabel.Importance = widget.DangerImportance
	} else {
		s.saveLabel.SetText(s.u.tr.T("screen.save.ok"))
		s.saveLabel.Importance = widget.MediumImportance
	}
	s.saveLabel.Refresh()
}

// screen builds the whole interview screen from the session.
func (s *session) screen() fyne.CanvasObject {
	u := s.u
	t := u.tr
	s.focusables = nil
	s.issueBoxes = map[string]*fyne.Container{}
	s.typing = map[string]string{}

	backToCases := newKeyButton(t.T("screen.back_to_cases"), theme.NavigateBackIcon(), s.backToCases)
	title := widget.NewLabelWithStyle(s.caseTitle(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	quick := newKeyButton(t.T("screen.quick_exit"), theme.LogoutIcon(), s.quickExit)
	quick.Importance = widget.DangerImportance
	s.saveLabel = widget.NewLabel("")
	s.saveLabel.Wrapping = fyne.TextWrapWord
	s.setSaveError(s.saveErr)
	header := container.NewBorder(nil, nil, backToCases, container.NewHBox(widenSelect(u.languageSwitcher(), 210), quick), title)

	s.outline = container.New(&wrapColumn{})
	s.outlineSig = ""
	s.updateOutline()
	outlineTitle := widget.NewLabelWithStyle(t.T("screen.outline"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.outlineScroll = container.NewVScroll(s.outline)
	left := container.NewBorder(outlineTitle, s.saveLabel, nil, nil, s.outlineScroll)

	step := s.current()
	body := s.stepBody(step)
	s.readOnlyBody(body)
	// Both directions: a step screen wider than the column (another area's renderer)
	// scrolls sideways instead of widening the window past 1024 pixels.
	s.body = container.NewScroll(container.NewPadded(body))
	if s.typedText != nil {
		s.body.Offset = s.typedText.offset // the rebuilt step stands where it stood
	}

	s.backBtn = newKeyButton(t.T("screen.back"), theme.NavigateBackIcon(), s.back)
	s.nextBtn = newKeyButton(t.T("screen.next"), theme.NavigateNextIcon(), s.next)
	s.nextBtn.IconPlacement = widget.ButtonIconTrailingText
	s.nextBtn.Importance = widget.HighImportance
	s.updateNavButtons()
	keysHint := widget.NewLabel(t.T("screen.keys_hint"))

	keysHint.Truncation = fyne.TextTruncateEllipsis
	nav := container.NewBorder(nil, nil, s.backBtn, s.nextBtn, keysHint)
	center := container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), nav), nil, nil, s.body)

	s.panel = container.NewVBox()
	s.updatePanel()
	s.panelScroll = container.NewVScroll(s.panel)
	right := s.panelScroll

	var rightCol fyne.CanvasObject = sized(right, 280)
	if step != nil && step.ID == forms.StepDeadlines {
		rightCol = nil // the step itself shows every deadline in full
	}
	// Built so the objects are in visual order (Tab follows it): the outline on the
	// left, the step in the middle, the deadlines on the right; the header above.
	leftCol := sized(left, 240)
	split := container.New(layout.NewBorderLayout(nil, nil, leftCol, rightCol), leftCol, center)
	if rightCol != nil {
		split.Add(rightCol)
	}
	top := container.NewVBox(header, widget.NewSeparator())
	root := container.New(layout.NewBorderLayout(top, nil, nil, nil), top, split)
	return container.New(&focusOnLayout{u: s.u, target: s.initialFocus()}, root)
}

func (s *session) caseTitle() string {
	if s.c.Title != "" {
		return s.c.Title
	}
	return s.u.tr.T("screen.untitled")
}

func (s *session) updateNavButtons() {
	if s.backBtn == nil {
		return
	}
	all := forms.Steps()
	first, last := true, true
	seen := false
	for _, st := range all {
		if st.ID == s.c.Step {
			seen = true
			continue
		}
		if !st.Applies(s.c) {
			continue
		}
		if seen {
			last = false
		} else {
			first = false
		}
	}
	if first {
		s.backBtn.Disable()
	} else {
		s.backBtn.Enable()
	}
	if last {
		s.nextBtn.Disable()
	} else {
		s.nextBtn.Enable()
	}
}

// initialFocus is the remembered field, else the first field of the step.
func (s *session) initialFocus() fyne.Focusable {
	var target fyne.Focusable
	for _, f := range s.focusables {
		if s.focusPath != "" && f.path == s.focusPath {
			target = f.obj
			break
		}
	}
	if target == nil && len(s.focusables) > 0 {
		target = s.focusables[0].obj
	}
	if e, ok := target.(*keyEntry); ok && s.typedText != nil && s.typedText.path == s.focusPath {
		s.typedText.restore(e)
	}
	s.focusPath = ""
	s.typedText = nil
	return target
}

// typedText is what a field held, and where its cursor stood, before a rebuild.
type typedText struct {
	path        string
	text        string
	row, column int
	// offset is where the step's scroll stood.
	offset fyne.Position
}

// restore puts the text back as typed (not reformatted: no change under the
// person's fingers, and no OnChanged: the answer is stored already) and the cursor
// where it was.
func (t *typedText) restore(e *keyEntry) {
	changed := e.OnChanged
	e.OnChanged = nil
	e.SetText(t.text)
	e.OnChanged = changed
	e.CursorRow, e.CursorColumn = t.row, t.column
	e.Refresh()
}

// focusOnLayout lays its one child over the whole area and, the first time it is
// laid out (the screen is then on the canvas), puts the keyboard on target.
type focusOnLayout struct {
	u      *UI
	target fyne.Focusable
	done   bool
}

func (l *focusOnLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	if !l.done && l.target != nil {
		l.done = true
		l.u.win.Canvas().Focus(l.target)
	}
}

func (l *focusOnLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var m fyne.Size
	for _, o := range objs {
		m = m.Max(o.MinSize())
	}
	return m
}

// focusAfter moves the keyboard on from a single-line field: to the next field of
// the step, or to Next after the last one.
func (s *session) focusAfter(obj fyne.Focusable) {
	for i, f := range s.focusables {
		if f.obj == obj {
			s.focusFrom(i + 1)
			return
		}
	}
	s.focusFrom(len(s.focusables))
}

// focusAfterGroup moves the keyboard past the options of the field at path (Enter
// on an option chooses it and goes on to the next question).
func (s *session) focusAfterGroup(path string) {
	last := -1
	for i, f := range s.focusables {
		if strings.HasPrefix(f.path, path+"=") {
			last = i
		}
	}
	if last >= 0 {
		s.focusFrom(last + 1)
	}
}

// focusFrom focuses the first field from index i on, skipping the calendar buttons
// (Tab reaches them; Enter goes on to the next question), else Next.
func (s *session) focusFrom(i int) {
	for ; i < len(s.focusables); i++ {
		f := s.focusables[i]
		if strings.HasSuffix(f.path, "#calendar") {
			continue
		}
		if d, ok := f.obj.(fyne.Disableable); ok && d.Disabled() {
			continue
		}
		s.u.win.Canvas().Focus(f.obj)
		return
	}
	if s.nextBtn != nil && !s.nextBtn.Disabled() {
		s.u.win.Canvas().Focus(s.nextBtn)
	}
}

// addFocusable records a focusable widget of the current step in visual order.
func (s *session) addFocusable(path string, obj fyne.Focusable, singleLine bool) {
	s.focusables = append(s.focusables, focusItem{path: path, obj: obj, singleLine: singleLine})
	s.revealIn(obj, func() *container.Scroll { return s.body }, nil)
	if b, ok := obj.(*keyButton); ok && b.onEscape == nil {
		b.onEscape = func() { s.escape() } // Escape twice: quick exit
	}
}

// revealIn makes obj scroll into view inside the scroll that scroll returns (built
// later than the field) when it gets the keyboard; target, if not nil, is the block
// to show whole (the field with its label and help).
func (s *session) revealIn(obj fyne.Focusable, scroll func() *container.Scroll, target fyne.CanvasObject) {
	if r, ok := obj.(revealer); ok {
		own := obj.(fyne.CanvasObject)
		r.setOnFocus(func() {
			sc := scroll()
			t := target
			if t == nil || sc == nil || t.Size().Height > sc.Size().Height*0.8 {
				t = own // a block taller than the view: show the widget itself
			}
			reveal(t, sc)
		})
	}
}

// reveal scrolls sc so that obj, somewhere inside it, is in view. Near the top of the
// content it scrolls right to the top, so the step's title and introduction show.
func reveal(obj fyne.CanvasObject, sc *container.Scroll) {
	app := fyne.CurrentApp()
	if sc == nil || app == nil || app.Driver() == nil {
		return
	}
	d := app.Driver()
	if d.CanvasForObject(obj) == nil || d.CanvasForObject(sc) == nil {
		return
	}
	pad := theme.Padding() * 2
	y := d.AbsolutePositionForObject(obj).Y - d.AbsolutePositionForObject(sc).Y + sc.Offset.Y
	h := obj.Size().Height
	view := sc.Size().Height
	off := sc.Offset.Y
	switch {
	case y < off:
		off = y - pad
		if y < view/2 {
			off = 0
		}
	case y+h > off+view:
		off = y + h - view + pad
		if h > view {
			off = y - pad // taller than the view: show its top
		}
	default:
		return
	}
	if max := sc.Content.Size().Height - view; off > max {
		off = max
	}
	if off < 0 {
		off = 0
	}
	sc.Offset.Y = off
	sc.Refresh()
}

// stepBody is the title, the introduction and the fields of a step, or a registered
// renderer's screen for that step id.
func (s *session) stepBody(step *forms.Step) fyne.CanvasObject {
	t := s.u.tr
	if step == nil {
		return widget.NewLabel("")
	}
	title := widget.NewLabelWithStyle(t.T(step.Title), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameSubHeadingText
	title.Wrapping = fyne.TextWrapWord
	parts := []fyne.CanvasObject{title}
	if step.Intro != "" {
		intro := widget.NewLabel(t.T(step.Intro))
		intro.Wrapping = fyne.TextWrapWord
		parts = append(parts, intro)
	}
	if !step.Applies(s.c) {
		na := widget.NewLabel(t.T("screen.step.not_applicable"))
		na.Wrapping = fyne.TextWrapWord
		parts = append(parts, container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), nil, na))
	}
	if r := rendererFor(step.ID); r != nil {
		parts = append(parts, r(s, step))
		return container.NewVBox(parts...)
	}
	switch step.ID {
	case forms.StepDeadlines:
		parts = append(parts, s.deadlinesFull())
	case forms.StepReview:
		parts = append(parts, s.reviewBody())
	default:
		if step.ID == forms.StepIdentify && s.narrowing != nil {
			parts = append(parts, s.narrowingBody())
			break
		}
		for _, f := range step.FieldsFor(s.c) {
			if !f.Applies(s.c) {
				continue
			}
			parts = append(parts, s.fieldObject(f, f.Path))
		}
		if step.ID == forms.StepIdentify {
			parts = append(parts, s.notSureButton())
		}
	}
	return container.NewVBox(parts...)
}

// widenSelect gives the language select inside the switcher a width that shows the
// longest language name, "Српски (ћирилица)", uncut.
func widenSelect(sw fyne.CanvasObject, width float32) fyne.CanvasObject {
	if box, ok := sw.(*fyne.Container); ok {
		for i, o := range box.Objects {
			if sel, ok := o.(*widget.Select); ok {
				box.Objects[i] = sized(sel, width)
			}
		}
	}
	return sw
}

// sized gives obj a fixed minimum width inside a Border layout.
func sized(obj fyne.CanvasObject, width float32) fyne.CanvasObject {
	return container.New(&fixedWidth{w: width}, obj)
}

type fixedWidth struct{ w float32 }

func (l *fixedWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l *fixedWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		if m := o.MinSize(); m.Height > h {
			h = m.Height
		}
	}
	return fyne.NewSize(l.w, h)
}

// wrapColumn stacks its objects like a VBox, but sets each one's width before asking
// its height, so that wrapped labels get the height of their wrapped text (a VBox
// asks first and lets wrapped lines overlap the next object).
type wrapColumn struct{ width float32 }

func (l *wrapColumn) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	pad := theme.Padding()
	y := float32(0)
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		o.Resize(fyne.NewSize(size.Width, o.Size().Height))
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + pad
	}
}

func (l *wrapColumn) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	var w, h float32
	n := 0
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		if l.width > 0 && o.Size().Width != l.width {
			o.Resize(fyne.NewSize(l.width, o.Size().Height))
		}
		m := o.MinSize()
		if m.Width > w {
			w = m.Width
		}
		h += m.Height
		n++
	}
	if n > 1 {
		h += pad * float32(n-1)
	}
	return fyne.NewSize(w, h)
}
