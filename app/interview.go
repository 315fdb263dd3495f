package app

import (
	"log"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"appealdesk/desk"
	"appealdesk/forms"
	"appealdesk/locales"
)

// The interview screens (README "Using the app"): an outline of every step on the left,
// the current step in the middle, the deadlines on the right once they can be
// computed, and a header with "Back to cases", the language and the quick exit.
//
// Everything the screen shows follows from the session below and the case record,
// never only from widgets: SetLang rebuilds the screen and loses nothing. Between
// language switches the screen is built once and then updated where something
// changed (interview_view.go): an answer updates its own messages, the outline and the
// deadlines; a question that starts or stops applying is put in or taken out beside
// the others; Next replaces the step's body only. So the keyboard stays where it is,
// the page does not jump, and a key press costs little drawing.

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

// session is one open case: the record, where the person is, and the widgets of the
// screen that are updated in place.
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

	// focusPath is the field to focus when the screen is next updated ("" = keep the
	// keyboard where it is, or the first field of a new step).
	focusPath string
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
	// (the text is not stored); cleared when the step is built anew.
	typing map[string]string
	// narrowing is the "I am not sure" helper's state while it is open.
	narrowing *narrowState

	lastEscape time.Time
	closed     bool

	// frame is the screen in the current language (interview_view.go); frames keeps
	// the screen of each language used, so switching back is an update, not a build.
	*frame
	frames map[locales.Lang]*frame
	// stack is the window's content while the case is open: the frames, one shown.
	stack *fyne.Container
	// slot is the part of the step being built: addFocusable and fieldObject record
	// into it; building is the case's issues by path while a step or slot is built
	// (validated once, not once a field).
	slot     *fieldSlot
	building map[string][]forms.Issue
	// issues are the case's issues since the last change (validate), nil = not known.
	issues []forms.Issue
	// keepOffset is the scroll position to restore when the screen changes language;
	// keepFocus the focus key to restore.
	keepOffset *fyne.Position
	keepFocus  string
	// showing: show() is putting the screen on the window and places the keyboard itself.
	showing bool
	picker  *calendar
}

// frame is the interview screen in one language: the widgets around the step, the
// step on screen and the steps built before (reused when the person comes back).
type frame struct {
	lang  locales.Lang
	root  fyne.CanvasObject
	view  *stepView
	views map[string]*stepView

	// focusables are the current step's focusable widgets in visual order and
	// issueBoxes their message boxes by path, gathered from the step's slots.
	focusables []focusItem
	issueBoxes map[string]*fyne.Container
	outline    *fyne.Container
	// outlineByStep are the outline's items, for tests and focus; outlineSig the
	// step and states they show.
	outlineByStep map[string]*outlineItem
	outlineSig    string
	panel         *fyne.Container
	panelSig      string // what the panel was built for (refreshPanel)
	body          *container.Scroll
	// outlineScroll and panelScroll scroll the outline and the deadlines.
	outlineScroll *container.Scroll
	panelScroll   *container.Scroll
	rightCol      fyne.CanvasObject
	split         *fyne.Container
	title         *widget.Label
	// stepTitle is the step's heading, above the page and outside its scroll area:
	// always in sight, and read by screen readers (Fyne's bridge does not look into
	// scroll areas; a11y.go).
	stepTitle *widget.Label
	saveLabel *widget.Label
	gapsRow   fyne.CanvasObject
	gapsLabel *widget.Label
	gapsBtn   *keyButton
	nextBtn   *keyButton
	backBtn   *keyButton
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
		frame: &frame{}, frames: map[locales.Lang]*frame{},
	}
	s.save = u.newSaver(ed, func(err error) {
		u.do(func() { s.setSaveError(err) })
	}, func(to string) { u.do(func() { s.caseMoved(to) }) })
	if forms.StepByID(c.Step) == nil {
		c.Step = s.firstStep()
	}
	c.MarkSeen(c.Step) // kept with the next change; opening alone writes nothing
	setSession(u, s)
	s.installShortcuts()
	u.win.SetCloseIntercept(func() {
		if cur := sessionOf(u); cur != nil {
			cur.stop()
		}
		u.win.Close()
	})
	u.showInterview(s)
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
	s.c.MarkSeen(s.c.Step) // the step left has been seen
	s.c.Step = id
	s.focusPath = path
	s.narrowing = nil
	s.c.MarkSeen(id)
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

// changed records an edit: it autosaves (off the UI thread).
func (s *session) changed() {
	s.issues = nil // validated again when next needed
	if s.closed {
		return
	}
	s.save.Changed(s.c)
}

// edited is called by every field after it stored a new answer at path: what depends
// on the answers is updated where it changed, the field being typed in is left alone.
func (s *session) edited(path string) {
	s.changed()
	s.afterEdit(affectsDeadlines(path))
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

// focusOnLayout lays its one child over the whole area and, the first time it is
// laid out (the screen is then on the canvas), puts the keyboard on target and runs
// then (e.g. restores the scroll position).
type focusOnLayout struct {
	u      *UI
	target fyne.Focusable
	then   func()
	done   bool
}

func (l *focusOnLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	if !l.done {
		l.done = true
		if l.then != nil {
			l.then()
		}
		if l.target != nil {
			l.u.win.Canvas().Focus(l.target)
		}
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
	it := focusItem{path: path, obj: obj, singleLine: singleLine}
	if s.slot != nil {
		s.slot.focus = append(s.slot.focus, it)
	} else {
		s.focusables = append(s.focusables, it)
	}
	s.revealIn(obj, func() *container.Scroll { return s.body }, nil)
	switch w := obj.(type) {
	case *keyButton:
		if w.onEscape == nil {
			w.onEscape = func() { s.escape() } // Escape twice: quick exit
		}
	case *keyCheck:
		if w.onEnter == nil {
			w.onEnter = func() { s.focusAfter(w) } // Enter always goes on
		}
	case *keySelect:
		if w.onEnter == nil {
			w.onEnter = func() { s.focusAfter(w) }
		}
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
	if sc == nil || sc.Content == nil {
		return
	}
	pos, ok := positionIn(sc.Content, obj)
	if !ok {
		// Inside a widget of another area: the driver knows where it was drawn.
		d := fyne.CurrentApp().Driver()
		if d.CanvasForObject(obj) == nil || d.CanvasForObject(sc) == nil {
			return
		}
		pos = d.AbsolutePositionForObject(obj).Subtract(d.AbsolutePositionForObject(sc)).Add(sc.Offset)
	}
	pad := theme.Padding() * 2
	y := pos.Y
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

// positionIn is where obj lies inside root, found by walking the containers (and the
// widgets of ours that hold others) from root; false if obj is not among them. It does
// not need the object to have been drawn yet, unlike the driver's positions.
func positionIn(root, obj fyne.CanvasObject) (fyne.Position, bool) {
	if root == obj {
		return fyne.Position{}, true
	}
	var children []fyne.CanvasObject
	switch w := root.(type) {
	case *fyne.Container:
		children = w.Objects
	case *wheelSpeed:
		children = []fyne.CanvasObject{w.content}
	case *container.Scroll:
		if w.Content != nil {
			children = []fyne.CanvasObject{w.Content} // the content is moved to -Offset
		}
	default:
		return fyne.Position{}, false
	}
	for _, c := range children {
		if p, ok := positionIn(c, obj); ok {
			return p.Add(c.Position()), true
		}
	}
	return fyne.Position{}, false
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
