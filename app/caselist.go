package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"appealdesk/forms/caseload"
)

// caseList is the home screen's list of cases: one row per case (only the rows in
// view exist, so 200 cases cost what 8 do), a single Tab stop. Up and Down move
// through it and select the case, Home/End/Page Up/Page Down jump, Enter (or a
// double click) opens the selected case, Delete deletes it (with Undo). The row
// with the keyboard has a ring (the list's own mark is the faint hover colour).
type caseList struct {
	widget.List
	rows []caseload.Summary
	// cur is the row the keyboard is on (Fyne's own highlight is private).
	cur int
	// focused: the list holds the keyboard (kept here: while the window is first
	// laid out, the canvas cannot yet be asked).
	focused bool
	// keying is set while a key moves the highlight, so that a mouse merely
	// passing over a row (which Fyne also reports as a highlight) selects nothing.
	keying bool

	render   func(row *caseRow, s caseload.Summary)
	onSelect func(i int)
	onOpen   func(i int)
	onDelete func(i int)
	name     string // what a screen reader would call the list
}

func newCaseList(name string, render func(*caseRow, caseload.Summary)) *caseList {
	l := &caseList{render: render, name: name}
	l.Length = func() int { return len(l.rows) }
	l.CreateItem = func() fyne.CanvasObject { return newCaseRow(l) }
	l.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) {
		r := o.(*caseRow)
		r.id = id
		if id < len(l.rows) {
			l.render(r, l.rows[id])
		}
		r.setState(id == l.cur, l.hasKeyboard() && id == l.cur)
	}
	// The list's own selection is not used: each use of it redraws every row in
	// view; the row the keyboard is on is the selected one and draws itself so.
	l.OnHighlighted = func(id widget.ListItemID) {
		if !l.keying || id < 0 || id >= len(l.rows) {
			return
		}
		l.moveTo(id)
	}
	l.ExtendBaseWidget(l)
	return l
}

// setRows replaces the rows; sel is the row to select (-1: none).
func (l *caseList) setRows(rows []caseload.Summary, sel int) {
	l.rows = rows
	l.cur = max(sel, 0)
	if sel >= 0 && sel < len(rows) {
		l.jump(sel) // Fyne's keyboard position too, so Down goes on from here; redraws
		return
	}
	l.Refresh()
}

// moveTo puts the keyboard and the selection on row id.
func (l *caseList) moveTo(id int) {
	if id < 0 || id >= len(l.rows) {
		return
	}
	old := l.cur
	l.cur = id
	if old != id {
		l.RefreshItem(old)
	}
	l.RefreshItem(id)
	if l.onSelect != nil {
		l.onSelect(id)
	}
}

func (l *caseList) hasKeyboard() bool { return l.focused }

// Resize scrolls the selected row into view the first time the list has a size:
// coming back from a case far down the list, that case is on the screen again.
func (l *caseList) Resize(s fyne.Size) {
	first := l.Size().Height == 0 && s.Height > 0
	l.List.Resize(s)
	if first && l.cur > 0 && l.cur < len(l.rows) {
		l.ScrollTo(l.cur)
	}
}

func (l *caseList) TypedKey(ev *fyne.KeyEvent) {
	page := l.pageRows()
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if l.onOpen != nil && l.cur < len(l.rows) {
			l.onOpen(l.cur)
		}
		return
	case fyne.KeySpace: // Fyne's list would select; the row under the keyboard is selected already
		l.moveTo(l.cur)
		return
	case fyne.KeyDelete:
		if l.onDelete != nil && l.cur < len(l.rows) {
			l.onDelete(l.cur)
		}
		return
	case fyne.KeyHome:
		l.jump(0)
		return
	case fyne.KeyEnd:
		l.jump(len(l.rows) - 1)
		return
	case fyne.KeyPageDown:
		l.jump(min(l.cur+page, len(l.rows)-1))
		return
	case fyne.KeyPageUp:
		l.jump(max(l.cur-page, 0))
		return
	}
	l.keying = true
	l.List.TypedKey(ev)
	l.keying = false
}

// jump moves the keyboard (Fyne's highlight too) and the selection to row id.
func (l *caseList) jump(id int) {
	if id < 0 || id >= len(l.rows) {
		return
	}
	l.keying = true
	l.Highlight(id)
	l.keying = false
}

// pageRows is how many rows are in view.
func (l *caseList) pageRows() int {
	h := newCaseRow(l).MinSize().Height + theme.Padding()
	if h <= 0 {
		return 1
	}
	return max(int(l.Size().Height/h), 1)
}

func (l *caseList) FocusGained() {
	l.focused = true
	l.keying = true
	l.List.FocusGained()
	l.keying = false
	l.RefreshItem(l.cur)
}

func (l *caseList) FocusLost() {
	l.focused = false
	l.List.FocusLost()
	l.RefreshItem(l.cur)
}

// AccessibilityLabel: the list itself is a widget Fyne's screen-reader bridge does
// not enter (it reads only into plain containers); the selected case is read from
// the label above the actions instead.
func (l *caseList) AccessibilityLabel() string { return l.name }

// AccessibilityRole: a group of items.
func (l *caseList) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleContainer }

// caseRow is one row: an URGENT mark in words and icon (never colour alone), the
// title with the person and the decision type, the stage, the next date with what
// it is for, and the days left to its safe date.
type caseRow struct {
	widget.BaseWidget
	list *caseList
	id   int

	ring, background *canvas.Rectangle
	urgentIcon       *widget.Icon
	urgent           *widget.Label
	title, sub       *widget.Label
	stage            *widget.Label
	next, nextWhat   *widget.Label
	days, daysSub    *widget.Label
}

func newCaseRow(l *caseList) *caseRow {
	r := &caseRow{list: l}
	label := func(bold bool) *widget.Label {
		x := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: bold})
		x.Truncation = fyne.TextTruncateEllipsis
		return x
	}
	r.ring = canvas.NewRectangle(color.Transparent)
	r.ring.StrokeWidth = ringWidth
	r.ring.Hide()
	r.background = canvas.NewRectangle(color.Transparent)
	r.urgentIcon = widget.NewIcon(theme.ErrorIcon())
	r.urgent = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.urgent.Importance = widget.DangerImportance
	r.title, r.sub = label(true), label(false)
	r.stage = label(false)
	r.next, r.nextWhat = label(true), label(false)
	r.days, r.daysSub = label(true), label(false)
	r.ExtendBaseWidget(r)
	return r
}

func (r *caseRow) CreateRenderer() fyne.WidgetRenderer {
	two := func(a, b fyne.CanvasObject) fyne.CanvasObject {
		return container.New(&tightVBox{}, a, b)
	}
	badge := container.NewHBox(container.NewCenter(r.urgentIcon), r.urgent)
	cols := container.New(&columns{}, container.NewVBox(layout.NewSpacer(), badge, layout.NewSpacer()),
		two(r.title, r.sub), two(r.stage, widget.NewLabel("")), two(r.next, r.nextWhat), two(r.days, r.daysSub))
	return widget.NewSimpleRenderer(container.NewStack(r.background, cols, r.ring))
}

// setUrgent shows or hides the URGENT mark.
func (r *caseRow) setUrgent(text string) {
	setText(r.urgent, text)
	if text == "" {
		r.urgentIcon.Hide()
	} else {
		r.urgentIcon.Show()
	}
}

// setState draws the row as selected (the selection colour) and with the
// keyboard (a ring in the text colour).
func (r *caseRow) setState(selected, ring bool) {
	v := fyne.CurrentApp().Settings().ThemeVariant()
	th := fyne.CurrentApp().Settings().Theme()
	r.ring.StrokeColor = th.Color(theme.ColorNameForeground, v)
	r.ring.CornerRadius = theme.SelectionRadiusSize()
	r.background.CornerRadius = theme.SelectionRadiusSize()
	r.background.FillColor = color.Transparent
	if selected {
		r.background.FillColor = th.Color(theme.ColorNameSelection, v)
	}
	r.ring.Hidden = !ring
	r.background.Refresh()
	r.ring.Refresh()
}

// setText changes a label only when its text changes: every change shapes the
// text again, the largest cost of redrawing a row.
func setText(l *widget.Label, text string) {
	if l.Text != text {
		l.SetText(text)
	}
}

// setImportance changes a label's importance, redrawing it only on a change.
func setImportance(l *widget.Label, i widget.Importance) {
	if l.Importance != i {
		l.Importance = i
		l.Refresh()
	}
}

// Tapped selects the row (the keyboard moves to the list, as for Fyne's own rows).
func (r *caseRow) Tapped(*fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(r.list); c != nil {
		c.Focus(r.list)
	}
	r.list.keying = true
	r.list.Highlight(r.id)
	r.list.keying = false
}

// DoubleTapped opens the case.
func (r *caseRow) DoubleTapped(*fyne.PointEvent) {
	r.Tapped(nil)
	if r.list.onOpen != nil {
		r.list.onOpen(r.id)
	}
}

// columns lays out a row and the header above the list alike: the URGENT mark,
// the case (whatever width is left), the stage, the next date, the days left.
type columns struct{}

// columnWidths: fixed widths of every column but the second, at the theme's text size.
func columnWidths() [5]float32 {
	s := theme.TextSize() / 14
	return [5]float32{112 * s, 0, 150 * s, 210 * s, 200 * s}
}

func (columns) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := columnWidths()
	fixed := w[0] + w[2] + w[3] + w[4]
	w[1] = max(size.Width-fixed-4*theme.Padding(), 80)
	x := float32(0)
	for i, o := range objs {
		if i >= len(w) {
			break
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w[i], size.Height))
		x += w[i] + theme.Padding()
	}
}

func (columns) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := columnWidths()
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(w[0]+80+w[2]+w[3]+w[4]+4*theme.Padding(), h)
}

// tightVBox stacks one-line labels as lines of text: a label's padding above and
// below its text overlaps its neighbour's (padding is transparent), so two lines
// take the height of two lines, and more rows are in view. A theme override with a
// smaller padding would do the same, but Fyne keeps a font cache and a theme scope
// for every override it makes: one per row would parse the fonts again on every
// rebuild and never be freed.
type tightVBox struct{}

// lineGap is the space between two lines of a row, and above and below them.
const lineGap = 3

func (tightVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	p := theme.InnerPadding()
	y := lineGap - p
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h - 2*p + lineGap
	}
}

func (tightVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	p := theme.InnerPadding()
	var s fyne.Size
	for _, o := range objs {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height - 2*p + lineGap
	}
	s.Height += lineGap
	return s
}
