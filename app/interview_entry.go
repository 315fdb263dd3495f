package app

import (
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// keyEntry is the interview's text field: a widget.Entry that passes the window's
// shortcuts on (a focused Entry would swallow Alt+→, Ctrl+Shift+Q …), counts Escape for
// the quick exit, lets Tab and Shift+Tab leave a long answer, and — above all — keeps
// every typed, pasted or deleted character where the person put it.
//
// Why it edits the text itself: Fyne v2.8.1's Entry addresses its cursor by visual row
// and column. With TextWrapWord the whitespace at a line wrap belongs to no row, so the
// position just after a space that wraps at the end of a line (the end of the text or
// the character before a newline) has no row and column. The Entry then puts its cursor
// before that space (or into the next line), and the next letter is inserted there:
// "handed me" is stored as "handedme ". Backspace and Delete at a wrap compute the new
// row from the rows of the text before the edit and land elsewhere once the words
// re-wrap. TestFyneEntryStillLosesTheSpaceAtAWrap tells when Fyne no longer does this.
//
// So the caret is kept here as a rune offset (caret), independent of Fyne's rows; every
// edit is computed on the text from that offset and applied with SetText, and Fyne's
// row and column only draw it. Fyne's own undo history is therefore empty; Ctrl+Z and
// Ctrl+Y (Ctrl+Shift+Z) use the history below.
type keyEntry struct {
	widget.Entry
	s       *session
	onFocus func()

	// caret is where the next typed character goes, valid while caretKnown and the text
	// is caretText and Fyne's cursor still shows caretShown (a click or an arrow key
	// moves Fyne's cursor, and then Fyne's position is the person's).
	caret      int
	caretShown int
	caretText  string
	caretKnown bool

	undo, redo []entryState
	// typingRun: the last edit was one typed letter, which the next one joins in the
	// undo history (Ctrl+Z takes back a word, not a letter).
	typingRun bool

	// A long answer grows with its text (rows is what it shows) instead of scrolling
	// inside itself; its inner scroll is replaced on screen by pass, which hands the
	// mouse wheel to the page.
	rows int
	pass *passScroll
	// onGrow is called when a long answer's height changed (the page lays out again).
	onGrow func()
}

// entryState is one point of the undo history.
type entryState struct {
	text  string
	caret int
}

// undoLimit bounds the undo history of one field.
const undoLimit = 200

// minLongRows is the height of an empty long answer, in rows.
const minLongRows = 4

func (s *session) newEntry(multiLine bool) *keyEntry {
	e := &keyEntry{s: s}
	e.MultiLine = multiLine
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
		e.rows = minLongRows
		e.SetMinRowsVisible(minLongRows)
		e.onGrow = func() {
			if s.frame != nil && s.body != nil {
				s.body.Refresh()
			}
		}
	}
	e.ExtendBaseWidget(e)
	return e
}

// fitRows gives a long answer as many rows as its text has at its width, so all of
// it is in view and the page, not the field, scrolls.
func (e *keyEntry) fitRows() {
	if !e.MultiLine || e.Size().Width <= 0 {
		return
	}
	n := max(e.rowCount(), minLongRows)
	if n == e.rows {
		return
	}
	e.rows = n
	e.SetMinRowsVisible(n)
	if e.onGrow != nil {
		e.onGrow()
	}
}

// CreateRenderer is the Entry's, with its inner scroll replaced on screen by
// passScroll (the Entry still lays the inner scroll out): a long answer's, and a
// one-line field's too, whose horizontal scroll took every turn of the wheel and
// stopped the page under the pointer.
func (e *keyEntry) CreateRenderer() fyne.WidgetRenderer {
	return &longAnswerRenderer{WidgetRenderer: e.Entry.CreateRenderer(), e: e}
}

// longAnswerRenderer draws a long answer's text through passScroll.
type longAnswerRenderer struct {
	fyne.WidgetRenderer
	e      *keyEntry
	source []fyne.CanvasObject
	objs   []fyne.CanvasObject
}

func (r *longAnswerRenderer) Objects() []fyne.CanvasObject {
	src := r.WidgetRenderer.Objects()
	if sameObjects(src, r.source) {
		return r.objs
	}
	r.source = append(r.source[:0], src...)
	r.objs = make([]fyne.CanvasObject, len(src))
	for i, o := range src {
		if sc, ok := o.(*container.Scroll); ok {
			if r.e.pass == nil || r.e.pass.inner != sc {
				r.e.pass = newPassScroll(sc, r.e)
			}
			o = r.e.pass
		}
		r.objs[i] = o
	}
	r.sync()
	return r.objs
}

func (r *longAnswerRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.sync()
}

func (r *longAnswerRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.sync()
}

// sync puts passScroll where the Entry put its inner scroll.
func (r *longAnswerRenderer) sync() {
	if p := r.e.pass; p != nil {
		p.Move(p.inner.Position())
		p.Resize(p.inner.Size())
		p.Hidden = !p.inner.Visible()
	}
}

func sameObjects(a, b []fyne.CanvasObject) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// passScroll stands on screen for an entry's inner scroll: it shows the same text
// (clipped, as every Scrollable is), and gives the mouse wheel to the page unless a
// long answer's text is taller than the field (it grows, so it is not); a one-line
// field keeps only a sideways scroll.
type passScroll struct {
	widget.BaseWidget
	inner *container.Scroll
	e     *keyEntry
}

func newPassScroll(inner *container.Scroll, e *keyEntry) *passScroll {
	p := &passScroll{inner: inner, e: e}
	p.ExtendBaseWidget(p)
	return p
}

func (p *passScroll) Scrolled(ev *fyne.ScrollEvent) {
	overflow := p.inner.Content != nil && p.inner.Content.MinSize().Height > p.inner.Size().Height+theme.TextSize()/2
	if !p.e.MultiLine {
		overflow = ev.Scrolled.DY == 0 // a one-line field keeps a sideways swipe, the page takes the wheel
	}
	if !overflow && p.e.s != nil && p.e.s.frame != nil && p.e.s.body != nil {
		if w, ok := p.e.s.body.Content.(*wheelSpeed); ok {
			w.Scrolled(ev)
			return
		}
		p.e.s.body.Scrolled(ev)
		return
	}
	p.inner.Scrolled(ev)
}

func (p *passScroll) CreateRenderer() fyne.WidgetRenderer { return &passRenderer{p: p} }

type passRenderer struct{ p *passScroll }

func (r *passRenderer) Layout(fyne.Size) {} // the inner scroll places its content
func (r *passRenderer) MinSize() fyne.Size {
	return r.p.inner.MinSize()
}
func (r *passRenderer) Refresh() { canvas.Refresh(r.p) }
func (r *passRenderer) Objects() []fyne.CanvasObject {
	if r.p.inner.Content == nil {
		return nil
	}
	return []fyne.CanvasObject{r.p.inner.Content}
}
func (r *passRenderer) Destroy() {}

// AcceptsTab is false: Tab and Shift+Tab move between fields, also out of a long
// answer (the footer promises "Tab: next field"); a tab character is never typed.
func (e *keyEntry) AcceptsTab() bool { return false }

// SetText replaces the text (the program's own change, not the person's): the caret
// goes where Fyne puts it and the undo history starts again.
func (e *keyEntry) SetText(text string) {
	e.Entry.SetText(text)
	e.undo, e.redo, e.typingRun = nil, nil, false
	e.fitRows()
	e.forgetCaret()
}

// FocusGained puts the caret after the text (Fyne leaves it at the start, where the
// next letter would go before what is there; a click then moves it where it
// points) and scrolls the field into view (Fyne does not follow the keyboard).
func (e *keyEntry) FocusGained() {
	e.Entry.FocusGained()
	if e.SelectedText() == "" {
		e.setCaret(len([]rune(e.Text)))
	}
	if e.onFocus != nil {
		e.onFocus()
	}
}

func (e *keyEntry) setOnFocus(f func()) { e.onFocus = f }

// Resize keeps the caret where it was when the words re-wrap to a new width.
func (e *keyEntry) Resize(size fyne.Size) {
	known := e.caretKnown && e.caretText == e.Text
	e.Entry.Resize(size)
	e.fitRows()
	if known {
		e.placeCaret(e.caret)
	}
}

func (e *keyEntry) TypedRune(r rune) {
	if e.Disabled() {
		return
	}
	if r == '\t' {
		return // Tab moves to the next field; it is never typed
	}
	e.insert([]rune{r}, true)
}

func (e *keyEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.s != nil && e.s.escape() {
		return
	}
	if e.Disabled() {
		e.Entry.TypedKey(ev)
		return
	}
	switch ev.Name {
	case fyne.KeyTab:
		// Only reaches here from a driver that delivers Tab despite AcceptsTab.
		if c := e.canvas(); c != nil {
			if shiftHeld() {
				c.FocusPrevious()
			} else {
				c.FocusNext()
			}
		}
		return
	case fyne.KeyBackspace, fyne.KeyDelete:
		if e.SelectedText() != "" {
			e.delegateEdit(func() { e.Entry.TypedKey(ev) })
			return
		}
		e.deleteAtCaret(ev.Name == fyne.KeyDelete)
		return
	case fyne.KeyReturn, fyne.KeyEnter:
		if e.MultiLine && !(shiftHeld() && e.OnSubmitted != nil) {
			e.insert([]rune{'\n'}, false)
			return
		}
	case fyne.KeyLeft, fyne.KeyRight:
		// From a caret Fyne cannot show (after a space at a wrap), one step is one
		// character from where the caret really is, not from where it is drawn.
		if at := e.caretOffset(); at != e.CursorTextOffset() && e.SelectedText() == "" && !shiftHeld() {
			if ev.Name == fyne.KeyLeft && at > 0 {
				e.setCaret(at - 1)
			} else if ev.Name == fyne.KeyRight && at < len([]rune(e.Text)) {
				e.setCaret(at + 1)
			}
			e.typingRun = false
			return
		}
	}
	e.Entry.TypedKey(ev)
	switch ev.Name {
	case fyne.KeyLeft, fyne.KeyRight, fyne.KeyUp, fyne.KeyDown, fyne.KeyHome, fyne.KeyEnd, fyne.KeyPageUp, fyne.KeyPageDown:
		e.forgetCaret() // the cursor moved: Fyne's position is the person's
	}
	// Any other key (the desktop driver sends one before every typed letter) leaves
	// the caret where it is.
}

func (e *keyEntry) TypedShortcut(sc fyne.Shortcut) {
	if e.s != nil && e.s.appShortcut(sc) {
		return
	}
	if e.Disabled() {
		e.Entry.TypedShortcut(sc)
		return
	}
	switch sc := sc.(type) {
	case *fyne.ShortcutPaste:
		if sc.Clipboard == nil {
			return
		}
		text := sc.Clipboard.Content()
		if !e.MultiLine {
			text = replaceNewlines(text)
		}
		if e.SelectedText() != "" {
			e.delegateEdit(func() { e.Entry.TypedShortcut(sc) })
			return
		}
		if text != "" {
			e.insert([]rune(text), false)
		}
		return
	case *fyne.ShortcutCut:
		if e.SelectedText() != "" {
			e.delegateEdit(func() { e.Entry.TypedShortcut(sc) })
		}
		return
	case *fyne.ShortcutUndo:
		e.undoOrRedo(&e.undo, &e.redo)
		return
	case *fyne.ShortcutRedo:
		e.undoOrRedo(&e.redo, &e.undo)
		return
	case *desktop.CustomShortcut:
		if (sc.KeyName == fyne.KeyReturn || sc.KeyName == fyne.KeyEnter) && sc.Modifier == fyne.KeyModifierShortcutDefault && e.s != nil {
			e.s.focusAfter(e) // Ctrl+Enter leaves a long answer (Enter is a new line there)
			return
		}
		if sc.KeyName == fyne.KeyZ && sc.Modifier == fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift {
			e.undoOrRedo(&e.redo, &e.undo)
			return
		}
		if (sc.KeyName == fyne.KeyBackspace || sc.KeyName == fyne.KeyDelete) && sc.Modifier == fyne.KeyModifierShortcutDefault {
			if e.SelectedText() != "" {
				e.delegateEdit(func() { e.Entry.TypedKey(&fyne.KeyEvent{Name: sc.KeyName}) })
				return
			}
			e.deleteWord(sc.KeyName == fyne.KeyDelete)
			return
		}
	}
	e.Entry.TypedShortcut(sc)
	e.forgetCaret() // select all, a word left or right, copy
}

// The mouse moves Fyne's cursor: from then on its position is the person's.

func (e *keyEntry) MouseDown(m *desktop.MouseEvent) {
	e.Entry.MouseDown(m)
	e.forgetCaret()
}

func (e *keyEntry) Dragged(d *fyne.DragEvent) {
	e.Entry.Dragged(d)
	e.forgetCaret()
}

func (e *keyEntry) DoubleTapped(p *fyne.PointEvent) {
	e.Entry.DoubleTapped(p)
	e.forgetCaret()
}

// caretOffset is where the next character goes.
func (e *keyEntry) caretOffset() int {
	off := e.CursorTextOffset()
	if e.caretKnown && e.caretText == e.Text && off == e.caretShown {
		return e.caret
	}
	n := len([]rune(e.Text))
	if off < 0 {
		return 0
	}
	if off > n {
		return n
	}
	return off
}

func (e *keyEntry) forgetCaret() { e.caretKnown = false }

// insert puts runes at the caret and moves the caret after them.
func (e *keyEntry) insert(runes []rune, typed bool) {
	if e.SelectedText() != "" {
		e.delegateEdit(func() {
			if typed {
				e.Entry.TypedRune(runes[0])
			} else {
				e.Entry.TypedShortcut(&fyne.ShortcutPaste{Clipboard: staticClipboard(string(runes))})
			}
		})
		return
	}
	text := []rune(e.Text)
	at := e.caretOffset()
	out := make([]rune, 0, len(text)+len(runes))
	out = append(out, text[:at]...)
	out = append(out, runes...)
	out = append(out, text[at:]...)
	join := typed && len(runes) == 1 && !unicode.IsSpace(runes[0]) && e.typingRun
	e.apply(string(out), at+len(runes), join)
	e.typingRun = typed && len(runes) == 1 && !unicode.IsSpace(runes[0])
}

// deleteAtCaret is Backspace (the character before the caret) or Delete (after it).
func (e *keyEntry) deleteAtCaret(forward bool) {
	text := []rune(e.Text)
	at := e.caretOffset()
	from, to := at-1, at
	if forward {
		from, to = at, at+1
	}
	if from < 0 || to > len(text) {
		return
	}
	out := append(append(make([]rune, 0, len(text)-1), text[:from]...), text[to:]...)
	e.apply(string(out), from, false)
}

// deleteWord is Ctrl+Backspace (the word before the caret, with the spaces after it)
// or Ctrl+Delete (up to the end of the word after the caret).
func (e *keyEntry) deleteWord(forward bool) {
	text := []rune(e.Text)
	at := e.caretOffset()
	from, to := at, at
	if forward {
		for to < len(text) && unicode.IsSpace(text[to]) {
			to++
		}
		for to < len(text) && !unicode.IsSpace(text[to]) {
			to++
		}
	} else {
		for from > 0 && unicode.IsSpace(text[from-1]) {
			from--
		}
		for from > 0 && !unicode.IsSpace(text[from-1]) {
			from--
		}
	}
	if from == to {
		return
	}
	out := append(append(make([]rune, 0, len(text)), text[:from]...), text[to:]...)
	e.apply(string(out), from, false)
}

// apply makes text the field's text (OnChanged hears of it) with the caret at caret,
// remembering the state before for Ctrl+Z unless join continues the last typed word.
func (e *keyEntry) apply(text string, caret int, join bool) {
	before := entryState{text: e.Text, caret: e.caretOffset()}
	if text == e.Text {
		e.setCaret(caret)
		return
	}
	if !join {
		e.pushUndo(before)
	}
	e.redo = nil
	e.Entry.SetText(text)
	e.fitRows()
	e.setCaret(caret)
}

// delegateEdit lets Fyne replace or erase the selection (its ends are Fyne's own rows
// and columns), then takes the caret from what changed: the end of the new text.
func (e *keyEntry) delegateEdit(edit func()) {
	before := entryState{text: e.Text, caret: e.caretOffset()}
	edit()
	e.typingRun = false
	if e.Text == before.text {
		e.forgetCaret()
		return
	}
	e.pushUndo(before)
	e.redo = nil
	_, end := changedRange([]rune(before.text), []rune(e.Text))
	e.Entry.SetText(e.Text) // empties Fyne's own undo history, which no longer matches
	e.fitRows()
	e.setCaret(end)
}

func (e *keyEntry) pushUndo(st entryState) {
	e.undo = append(e.undo, st)
	if len(e.undo) > undoLimit {
		e.undo = e.undo[len(e.undo)-undoLimit:]
	}
}

// undoOrRedo restores the last state of from, keeping the current one in to.
func (e *keyEntry) undoOrRedo(from, to *[]entryState) {
	if len(*from) == 0 {
		return
	}
	st := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	*to = append(*to, entryState{text: e.Text, caret: e.caretOffset()})
	e.typingRun = false
	e.Entry.SetText(st.text)
	e.fitRows()
	e.setCaret(st.caret)
}

// setCaret remembers caret and shows Fyne's cursor as near it as Fyne's rows allow.
func (e *keyEntry) setCaret(caret int) {
	e.caret, e.caretText, e.caretKnown = caret, e.Text, true
	e.placeCaret(caret)
}

// placeCaret moves Fyne's cursor to the row and column of offset. A position without
// a row (just after a space that wraps at the end of a line) is shown at the end of the
// row before; caretOffset still answers offset until the person moves the cursor.
func (e *keyEntry) placeCaret(offset int) {
	row, col := e.rowColOf(offset)
	if row != e.CursorRow || col != e.CursorColumn {
		e.CursorRow, e.CursorColumn = row, col
		e.Refresh() // Fyne clamps a column past the row's end here
	}
	e.caretShown = e.CursorTextOffset()
}

// rowColOf finds the last visual row that begins at or before offset. Fyne exposes a
// row's first offset only through CursorTextOffset, so each row is probed with the
// cursor fields (no refresh happens; they are restored). A row past the last reads 0.
func (e *keyEntry) rowColOf(offset int) (int, int) {
	saveRow, saveCol := e.CursorRow, e.CursorColumn
	defer func() { e.CursorRow, e.CursorColumn = saveRow, saveCol }()
	row, begin := 0, 0
	for r := 1; ; r++ {
		e.CursorRow, e.CursorColumn = r, 0
		b := e.CursorTextOffset()
		if b <= begin || b > offset {
			break
		}
		row, begin = r, b
	}
	return row, offset - begin
}

// rowCount is how many visual rows the text has at the field's width.
func (e *keyEntry) rowCount() int {
	saveRow, saveCol := e.CursorRow, e.CursorColumn
	defer func() { e.CursorRow, e.CursorColumn = saveRow, saveCol }()
	rows, begin := 1, 0
	for r := 1; ; r++ {
		e.CursorRow, e.CursorColumn = r, 0
		b := e.CursorTextOffset()
		if b <= begin {
			return rows
		}
		rows, begin = r+1, b
	}
}

func (e *keyEntry) canvas() fyne.Canvas {
	if app := fyne.CurrentApp(); app != nil && app.Driver() != nil {
		return app.Driver().CanvasForObject(e)
	}
	return nil
}

// changedRange is where after differs from before: the longest common prefix and
// suffix are left out; end is the end of the new text in after.
func changedRange(before, after []rune) (start, end int) {
	for start < len(before) && start < len(after) && before[start] == after[start] {
		start++
	}
	suffix := 0
	for suffix < len(before)-start && suffix < len(after)-start &&
		before[len(before)-1-suffix] == after[len(after)-1-suffix] {
		suffix++
	}
	return start, len(after) - suffix
}

func replaceNewlines(s string) string {
	out := []rune(s)
	for i, r := range out {
		if r == '\n' {
			out[i] = ' '
		}
	}
	return string(out)
}

// shiftHeld reports whether Shift is down (desktop drivers only).
func shiftHeld() bool {
	if app := fyne.CurrentApp(); app != nil {
		if d, ok := app.Driver().(desktop.Driver); ok {
			return d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0
		}
	}
	return false
}

// staticClipboard hands text to Fyne's paste without touching the person's clipboard.
type staticClipboard string

func (c staticClipboard) Content() string   { return string(c) }
func (c staticClipboard) SetContent(string) {}
