package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"appealdesk/forms"
	"appealdesk/forms/caseload"
	"appealdesk/forms/legal"
	"appealdesk/locales"
)

// prefSort is the preference key of the caseload's order.
const prefSort = "caseload.sort"

// homeState is what the home screen keeps between its builds (a language switch,
// coming back from a case): the reader with what it read, the filter, the order's
// companions and the selected case.
type homeState struct {
	reader *caseload.Reader
	store  *forms.Store // the store reader reads

	filter     string
	urgentOnly bool
	selected   string // file name of the selected case

	// fresh are the cases this window made with "New case", by path, with the title
	// they were given: left without an answer, they are removed (leftCase).
	fresh map[string]string

	// now is the clock; the interface is the only place it is read (tests fix it).
	now func() time.Time

	// Built with the screen.
	all      []caseload.Summary
	list     *caseList
	shown    *widget.Label
	selLabel *widget.Label
	actions  []*keyButton // open, rename, duplicate, delete
	empty    *widget.Label
}

func (u *UI) homeState() *homeState {
	if u.home == nil {
		u.home = &homeState{fresh: map[string]string{}, now: time.Now}
	}
	return u.home
}

func (u *UI) showHome() { u.show(u.homeScreen) }

// today is the person's calendar day, as legal counts days.
func (h *homeState) today() time.Time { return legal.Day(h.now()) }

// homeScreen: what the app is for, the privacy promise, the actions, and the
// caseload — every case with its decision type, stage, next date and the days to
// its safe date, urgent cases first, with a filter and a choice of order (issue 12).
func (u *UI) homeScreen() fyne.CanvasObject {
	t := u.tr
	h := u.homeState()
	title := widget.NewLabelWithStyle(t.T("app.name"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText

	about := newKeyButton(t.T("about.button"), theme.InfoIcon(), u.showAbout)
	header := container.NewBorder(nil, nil, title, container.NewHBox(u.languageSwitcher(), about))

	privacy := widget.NewLabelWithStyle(t.T("app.privacy"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	privacy.Wrapping = fyne.TextWrapWord
	privacyRow := container.NewBorder(nil, nil, widget.NewIcon(theme.VisibilityOffIcon()), nil, privacy)

	newCase := newKeyButton(t.T("home.new_case"), theme.ContentAddIcon(), u.newCase)
	newCase.Importance = widget.HighImportance
	openFile := newKeyButton(t.T("home.open_file"), theme.FolderOpenIcon(), u.openCaseFile)
	openPack := newKeyButton(t.T("home.open_package"), theme.MailAttachmentIcon(), u.openPackage)
	calendar := newKeyButton(t.T("caseload.ics.button"), theme.HistoryIcon(), u.saveCalendar)
	casesTitle := widget.NewLabelWithStyle(t.T("home.cases"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	actions := container.NewBorder(nil, nil, casesTitle, container.NewHBox(newCase, openFile, openPack, calendar))

	disclaimer := widget.NewLabel(t.T("app.not_legal_advice"))
	disclaimer.Wrapping = fyne.TextWrapWord

	top := container.NewVBox(header, widget.NewSeparator())
	all, err := u.readCases()
	if err == nil && len(all) == 0 {
		// First start: say what the app is for; with cases the room goes to the list.
		tagline := widget.NewLabel(t.T("app.tagline"))
		tagline.Wrapping = fyne.TextWrapWord
		top.Add(tagline)
	}
	top.Add(privacyRow)
	if org := u.organisationBox(); org != nil {
		top.Add(org)
	}
	top.Add(widget.NewSeparator())
	top.Add(actions)
	if u.undoFile != "" {
		top.Add(u.undoRow())
	}

	var body fyne.CanvasObject
	var focus fyne.Focusable = newCase
	switch {
	case err != nil:
		body = container.NewVBox(issueLabel(t.T("home.store_error", "Error", err.Error())))
	case len(all) == 0:
		empty := widget.NewLabel(t.T("home.no_cases"))
		empty.Wrapping = fyne.TextWrapWord
		body = container.NewVBox(empty)
	default:
		var bar fyne.CanvasObject
		body, bar = u.caseload(all)
		top.Add(bar)
		if len(h.list.rows) > 0 {
			focus = h.list
		}
	}
	content := container.NewBorder(top, disclaimer, nil, nil, body)
	return container.New(&focusOnLayout{u: u, target: focus}, container.NewPadded(content))
}

// readCases reads the summaries of every case (only the files that changed since
// the last build are read again).
func (u *UI) readCases() ([]caseload.Summary, error) {
	h := u.homeState()
	s, err := u.caseStore()
	if err != nil {
		return nil, err
	}
	if h.reader == nil || h.store != s {
		h.reader, h.store = caseload.NewReader(s), s
	}
	all, err := h.reader.Read(h.today())
	h.all = all
	return all, err
}

// caseload builds the filter and order bar and the list with its actions.
func (u *UI) caseload(all []caseload.Summary) (list, bar fyne.CanvasObject) {
	t := u.tr
	h := u.homeState()

	filter := widget.NewEntry()
	filter.SetPlaceHolder(t.T("caseload.filter.placeholder"))
	filter.SetText(h.filter)
	filter.OnChanged = func(s string) {
		h.filter = s
		u.applyCaseload()
	}
	filter.OnSubmitted = func(string) { // Enter: on to the first match
		if len(h.list.rows) > 0 {
			u.win.Canvas().Focus(h.list)
		}
	}
	filterLabel := widget.NewLabel(t.T("caseload.filter"))

	keys := caseload.SortKeys
	names := make([]string, len(keys))
	for i, k := range keys {
		names[i] = t.T("caseload.sort." + string(k))
	}
	order := widget.NewSelect(names, nil)
	order.SetSelectedIndex(indexOf(keys, u.sortKey()))
	order.OnChanged = func(string) {
		if i := order.SelectedIndex(); i >= 0 {
			u.fa.Preferences().SetString(prefSort, string(keys[i]))
			u.applyCaseload()
		}
	}
	orderLabel := widget.NewLabel(t.T("caseload.sort"))
	// As wide as its longest choice, so "Urgent first" is never cut to "Urgent f…".
	orderWidth := float32(0)
	for _, n := range names {
		orderWidth = max(orderWidth, fyne.MeasureText(n, theme.TextSize(), fyne.TextStyle{}).Width)
	}
	orderBox := container.NewGridWrap(fyne.NewSize(orderWidth+theme.IconInlineSize()+4*theme.InnerPadding(), order.MinSize().Height), order)

	urgent := widget.NewCheck(t.T("caseload.urgent_only"), func(on bool) {
		h.urgentOnly = on
		u.applyCaseload()
	})
	urgent.SetChecked(h.urgentOnly)

	h.shown = widget.NewLabel("")
	controls := container.NewBorder(nil, nil, filterLabel,
		container.NewHBox(orderLabel, orderBox, urgent, h.shown), filter)

	head := func(id string) *widget.Label {
		l := widget.NewLabelWithStyle(t.T(id), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}
	header := container.New(&columns{}, widget.NewLabel(""), head("caseload.col.case"), head("caseload.col.stage"),
		head("caseload.col.next"), head("caseload.col.days"))

	h.list = newCaseList(t.T("caseload.list"), u.renderRow)
	h.list.onSelect = func(i int) { u.selectCase(i) }
	h.list.onOpen = func(i int) { u.openRow(i) }
	h.list.onDelete = func(i int) { u.deleteRow(i) }

	h.selLabel = widget.NewLabel("")
	h.selLabel.Wrapping = fyne.TextWrapWord
	open := newKeyButton(t.T("home.open"), theme.DocumentIcon(), func() { u.openRow(h.list.cur) })
	open.Importance = widget.HighImportance
	rename := newKeyButton(t.T("home.rename"), theme.DocumentCreateIcon(), func() { u.renameRow(h.list.cur) })
	duplicate := newKeyButton(t.T("home.duplicate"), theme.ContentCopyIcon(), func() { u.duplicateRow(h.list.cur) })
	del := newKeyButton(t.T("home.delete"), theme.DeleteIcon(), func() { u.deleteRow(h.list.cur) })
	h.actions = []*keyButton{open, rename, duplicate, del}
	actionBar := container.NewBorder(nil, nil, nil, container.NewCenter(container.NewHBox(open, rename, duplicate, del)), h.selLabel)

	h.empty = widget.NewLabel(t.T("caseload.no_match"))
	h.empty.Hide()

	u.applyCaseload()
	listArea := container.NewBorder(header, actionBar, nil, nil, container.NewStack(h.list, container.NewVBox(h.empty)))
	return listArea, controls
}

// sortKey is the order the person chose last, urgent first by default.
func (u *UI) sortKey() caseload.SortKey {
	k := caseload.SortKey(u.fa.Preferences().StringWithFallback(prefSort, string(caseload.ByUrgency)))
	if !k.Valid() {
		return caseload.ByUrgency
	}
	return k
}

func indexOf(keys []caseload.SortKey, k caseload.SortKey) int {
	for i, x := range keys {
		if x == k {
			return i
		}
	}
	return 0
}

// applyCaseload filters and orders the summaries already read (no file is read)
// and shows them, keeping the selected case selected when it is still shown.
func (u *UI) applyCaseload() {
	h := u.homeState()
	if h.list == nil {
		return
	}
	t := u.tr
	rows := caseload.Filter(h.all, h.filter, h.urgentOnly, func(s caseload.Summary) []string {
		return []string{u.typeName(s), t.T(s.Stage.TitleID)}
	})
	caseload.Sort(rows, u.sortKey())
	sel := -1
	for i, r := range rows {
		if r.File == h.selected {
			sel = i
		}
	}
	if sel < 0 && len(rows) > 0 {
		sel = 0
	}
	h.list.setRows(rows, sel)
	h.shown.SetText(t.T("caseload.shown", "Shown", len(rows), "Total", len(h.all)))
	if len(rows) == 0 {
		h.empty.Show()
		u.selectCase(-1)
	} else {
		h.empty.Hide()
	}
}

// typeName is the decision type of s in the person's words.
func (u *UI) typeName(s caseload.Summary) string {
	if dt, ok := forms.LookupDecisionType(s.DecisionType); ok {
		return u.tr.T(dt.Title)
	}
	return u.tr.T("home.no_type_yet")
}

// rowTitle is the title the list shows for s.
func (u *UI) rowTitle(s caseload.Summary) string {
	switch {
	case s.Err != nil:
		return s.File
	case s.Title == "":
		return u.tr.T("home.untitled")
	}
	return s.Title
}

// renderRow fills a row of the list with summary s.
func (u *UI) renderRow(r *caseRow, s caseload.Summary) {
	t := u.tr
	today := u.homeState().today()
	setText(r.title, u.rowTitle(s))
	if s.Urgent {
		r.setUrgent(t.T("caseload.urgent"))
	} else {
		r.setUrgent("")
	}
	if s.Err != nil {
		setText(r.sub, t.T("caseload.problem", "Error", u.loadErrorText(s.Err)))
		setImportance(r.sub, widget.DangerImportance)
		for _, l := range []*widget.Label{r.stage, r.next, r.nextWhat, r.days, r.daysSub} {
			setText(l, "")
		}
		return
	}
	setImportance(r.sub, widget.MediumImportance)
	setText(r.sub, u.rowSub(s))
	setText(r.stage, t.T(s.Stage.TitleID))
	next, what, days, daysSub := u.rowDates(s, today)
	setText(r.next, next)
	setText(r.nextWhat, what)
	setText(r.days, days)
	setText(r.daysSub, daysSub)
	if s.Next != nil && s.Next.Passed() {
		setImportance(r.days, widget.DangerImportance)
	} else {
		setImportance(r.days, widget.MediumImportance)
	}
}

// rowSub is the second line under the title: the person (when the title is not
// their name) and the decision type, or that nothing is answered yet.
func (u *UI) rowSub(s caseload.Summary) string {
	if s.Empty {
		return u.tr.T("caseload.nothing_yet")
	}
	typ := u.typeName(s)
	if s.Person != "" && s.Person != s.Title {
		return u.tr.T("caseload.person_type", "Person", s.Person, "Type", typ)
	}
	return typ
}

// rowDates are the texts of the next-date and the safe-date columns.
func (u *UI) rowDates(s caseload.Summary, today time.Time) (next, what, days, daysSub string) {
	t := u.tr
	n := s.Next
	if n == nil {
		why := t.T("caseload.no_date.delivery")
		if s.Stage.ID == caseload.StageNone {
			why = t.T("caseload.no_date.type")
		}
		return t.T("caseload.no_date"), why, "", ""
	}
	next, what = t.Numeric(n.LastDay), t.T(n.TitleID)
	switch {
	case n.Passed():
		return next, what, t.N("caseload.passed", -n.DaysLeft), ""
	case n.SafeDaysLeft > 0:
		days = t.N("caseload.safe_left", n.SafeDaysLeft)
	case n.SafeDaysLeft == 0:
		days = t.T("caseload.safe_today")
	default:
		days = t.T("caseload.safe_passed")
	}
	daysSub = t.Numeric(n.Safe)
	if n.SafeDaysLeft < 0 { // only the last day is left
		if n.DaysLeft == 0 {
			daysSub = t.T("caseload.last_today")
		} else {
			daysSub = t.N("caseload.last_in", n.DaysLeft)
		}
	}
	return next, what, days, daysSub
}

// summaryText is the whole row in one sentence: what the label above the actions
// says of the selected case (and what a screen reader can read there).
func (u *UI) summaryText(s caseload.Summary) string {
	t := u.tr
	if s.Err != nil {
		return s.File + " — " + t.T("caseload.problem", "Error", u.loadErrorText(s.Err))
	}
	next, what, days, daysSub := u.rowDates(s, u.homeState().today())
	var out string
	if s.Next == nil {
		out = t.T("caseload.summary.undated", "Title", u.rowTitle(s), "Type", u.rowSub(s),
			"Stage", t.T(s.Stage.TitleID), "Why", what)
	} else {
		d := days
		if daysSub != "" && daysSub != t.Numeric(s.Next.Safe) {
			d += ", " + daysSub
		}
		// "Appeal — Appeal (žalba): …" says the stage twice: name it once when the
		// next date is the stage's own deadline.
		id := "caseload.summary.dated"
		if s.Next.DeadlineID == s.Stage.DeadlineID {
			id = "caseload.summary.dated_own"
		}
		out = t.T(id, "Title", u.rowTitle(s), "Type", u.rowSub(s), "Stage", t.T(s.Stage.TitleID),
			"Next", what, "Date", next, "Safe", t.Numeric(s.Next.Safe), "Days", d)
	}
	if s.Urgent {
		out = t.T("caseload.summary.urgent", "Summary", out)
	}
	return out
}

// selectCase makes row i (of the shown rows) the one the actions act on; -1: none.
func (u *UI) selectCase(i int) {
	h := u.homeState()
	if h.list == nil {
		return
	}
	if i < 0 || i >= len(h.list.rows) {
		h.selected = ""
		h.selLabel.SetText(u.tr.T("caseload.none_selected"))
		for _, b := range h.actions {
			b.Disable()
		}
		return
	}
	s := h.list.rows[i]
	h.selected = s.File
	h.selLabel.SetText(u.tr.T("caseload.selected", "Summary", u.summaryText(s)))
	for j, b := range h.actions {
		// A damaged file can only be deleted; open, rename and duplicate need it readable.
		if s.Err != nil && j < 3 {
			b.Disable()
		} else {
			b.Enable()
		}
	}
}

// row returns the shown row i.
func (u *UI) row(i int) (caseload.Summary, bool) {
	h := u.homeState()
	if h.list == nil || i < 0 || i >= len(h.list.rows) {
		return caseload.Summary{}, false
	}
	return h.list.rows[i], true
}

func (u *UI) openRow(i int) {
	if s, ok := u.row(i); ok && s.Err == nil {
		u.openCaseOrSay(s.Path)
	}
}

func (u *UI) renameRow(i int) {
	s, ok := u.row(i)
	if !ok || s.Err != nil {
		return
	}
	if st, err := u.caseStore(); err == nil {
		u.renameCase(st, s.File, u.rowTitle(s))
	}
}

func (u *UI) duplicateRow(i int) {
	s, ok := u.row(i)
	if !ok || s.Err != nil {
		return
	}
	st, err := u.caseStore()
	if err != nil {
		u.sayError(err)
		return
	}
	e, err := st.Duplicate(s.File, u.tr.T("home.copy_of", "Title", u.rowTitle(s)))
	if err != nil {
		u.sayError(err)
	} else {
		u.homeState().selected = e.File
	}
	u.refresh()
}

// deleteRow moves the case to the trash; the home screen offers Undo.
func (u *UI) deleteRow(i int) {
	s, ok := u.row(i)
	if !ok {
		return
	}
	st, err := u.caseStore()
	if err != nil {
		u.sayError(err)
		return
	}
	if err := st.Delete(s.File); err != nil {
		u.sayError(err)
		return
	}
	u.undoFile, u.undoTitle = s.File, u.rowTitle(s)
	// The next row keeps the keyboard's place in the list.
	h := u.homeState()
	h.selected = ""
	if next, ok := u.row(i + 1); ok {
		h.selected = next.File
	} else if prev, ok := u.row(i - 1); ok {
		h.selected = prev.File
	}
	u.refresh()
}

// undoRow offers to bring back the case deleted last.
func (u *UI) undoRow() fyne.CanvasObject {
	t := u.tr
	undo := newKeyButton(t.T("home.undo"), theme.ContentUndoIcon(), func() {
		if s, err := u.caseStore(); err == nil {
			if _, err := s.Restore(u.undoFile); err != nil {
				u.sayError(err)
			} else {
				u.homeState().selected = u.undoFile
			}
		}
		u.undoFile = ""
		u.refresh()
	})
	msg := widget.NewLabel(t.T("home.deleted", "Title", u.undoTitle))
	msg.Wrapping = fyne.TextWrapWord
	return container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), undo, msg)
}

// issueLabel is a problem in words with an icon: never colour alone.
func issueLabel(text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return container.NewBorder(nil, nil, widget.NewIcon(theme.ErrorIcon()), nil, l)
}

// languageSwitcher lists each language by its own name: English, Русский,
// Српски (ћирилица), Srpski (latinica).
func (u *UI) languageSwitcher() fyne.CanvasObject {
	names := make([]string, len(locales.All))
	for i, l := range locales.All {
		names[i] = l.Autonym()
	}
	sel := widget.NewSelect(names, nil)
	for i, l := range locales.All {
		if l == u.lang {
			sel.SetSelectedIndex(i)
		}
	}
	sel.OnChanged = func(string) {
		if i := sel.SelectedIndex(); i >= 0 {
			u.SetLang(locales.All[i])
		}
	}
	// Wide enough for the longest name, so "Srpski (latinica)" is never cut to "Srpski (lati…".
	longest := fyne.Size{}
	for _, n := range names {
		if s := fyne.MeasureText(n, theme.TextSize(), fyne.TextStyle{}); s.Width > longest.Width {
			longest = s
		}
	}
	width := longest.Width + theme.IconInlineSize() + 4*theme.InnerPadding()
	sized := container.NewGridWrap(fyne.NewSize(width, sel.MinSize().Height), sel)
	label := widget.NewLabel(u.tr.T("app.language"))
	return container.NewBorder(nil, nil, container.NewCenter(label), nil, sized)
}
