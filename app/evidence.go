package app

import (
	"context"
	"errors"
	"fmt"
	"image/color"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"appealdesk/desk"
	"appealdesk/forms"
	"appealdesk/forms/evidence"
)

// The evidence step (design.md step 8): documents added from files (file dialog, a
// typed path, or dropped onto the window) or listed as paper; each with its title,
// kind, date, pages, language, certified translation (ZUP Art. 123(2)), the kept
// arguments it supports and notes. Files are fingerprinted (SHA-256) in the
// background with a progress bar and Cancel; the case changes only when a hash
// completes, so a cancelled or failed hash leaves everything as it was.

func init() {
	registerStepRenderer(forms.StepEvidence, func(s *session, _ *forms.Step) fyne.CanvasObject {
		return evidenceOf(s).body()
	})
}

// Alt+↑ / Alt+↓ move the evidence item that has the keyboard (or was selected last).
var (
	shortcutItemUp   = &desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: fyne.KeyModifierAlt}
	shortcutItemDown = &desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierAlt}
)

// languageOther is the language select's last entry: a language typed by the person.
const languageOther = "\x00other"

// evState is the evidence step's state that outlives a rebuild of the screen
// (language switch, reorder): running hashes, the last check of the files.
type evState struct {
	s *session

	// keys follows c.Evidence item by item, so a hash started for one item finds it
	// again after the list was reordered.
	keys    []int
	nextKey int
	// selected is the item Alt+↑/↓ moves when the keyboard is on no field of an item.
	selected int

	jobs []*hashJob
	// lastErr is the last file that could not be added, shown until the next action.
	lastErr string

	checking *checkJob
	checked  []evidence.Result // the last "Check files"; nil = not checked since the list changed
	checkErr string

	suggestOpen bool
	// expanded: the items (by key) whose editor is open.
	expanded map[int]bool
}

// hashJob is one file being fingerprinted.
type hashJob struct {
	key    int // the item it is for; -1 = a new item
	focus  string
	path   string
	name   string
	cancel context.CancelFunc
	done   int64
	total  int64
	bar    *widget.ProgressBar
}

// checkJob is a running "Check files".
type checkJob struct {
	cancel context.CancelFunc
	bar    *widget.ProgressBar
	label  *widget.Label
	index  int
	files  int
}

// evidenceOf is the evidence state of session s, made on first use.
func evidenceOf(s *session) *evState {
	if s.ev == nil {
		s.ev = &evState{s: s, selected: -1, expanded: map[int]bool{}}
	}
	s.ev.syncKeys()
	return s.ev
}

// syncKeys gives every item a key when the list was changed elsewhere (a case opened,
// an item added by another screen).
func (e *evState) syncKeys() {
	if len(e.keys) == len(e.s.c.Evidence) {
		return
	}
	e.keys = make([]int, len(e.s.c.Evidence))
	for i := range e.keys {
		e.keys[i] = e.nextKey
		e.nextKey++
	}
}

func (e *evState) indexOfKey(k int) int {
	for i, x := range e.keys {
		if x == k {
			return i
		}
	}
	return -1
}

// onEvidence reports whether the evidence step is what the window shows.
func (e *evState) onEvidence() bool {
	return sessionOf(e.s.u) == e.s && !e.s.closed && e.s.c.Step == forms.StepEvidence
}

// refresh rebuilds the screen if the evidence step is on it.
func (e *evState) refresh() {
	if e.onEvidence() {
		e.s.u.refresh()
	}
}

// body builds the step's screen.
func (e *evState) body() fyne.CanvasObject {
	s := e.s
	t := s.u.tr
	e.installDrop()

	addFile := newKeyButton(t.T("ev.add_file"), theme.FileIcon(), e.chooseFile)
	addFile.Importance = widget.HighImportance
	paper := newKeyButton(t.T("ev.add_paper"), theme.DocumentCreateIcon(), e.addPaper)
	check := newKeyButton(t.T("ev.check"), theme.SearchIcon(), e.startCheck)
	if e.checking != nil || !e.hasFiles() {
		check.Disable()
	}

	pathEntry := s.newEntry(false)
	pathEntry.SetPlaceHolder(t.T("ev.path.placeholder"))
	addPath := newKeyButton(t.T("ev.path.add"), theme.ContentAddIcon(), nil)
	addPath.OnTapped = func() {
		p := strings.TrimSpace(pathEntry.Text)
		if p == "" {
			return
		}
		p = strings.Trim(p, "'\"")
		if strings.HasPrefix(p, "file://") {
			if u, err := storage.ParseURI(p); err == nil {
				p = u.Path()
			}
		}
		e.startHashFocus(p, -1, "evidence#path")
		pathEntry.SetText("")
	}
	pathEntry.OnSubmitted = func(string) { addPath.OnTapped() }
	s.addFocusable("evidence#path", pathEntry, true)
	s.addFocusable("evidence#addfile", addFile, false)
	s.addFocusable("evidence#paper", paper, false)
	s.addFocusable("evidence#check", check, false)

	parts := []fyne.CanvasObject{
		container.NewGridWithColumns(2, addFile, paper),
		container.NewBorder(nil, nil, nil, addPath, pathEntry),
		wrapLabel(t.T("ev.drop_hint")),
		container.NewHBox(check),
	}
	if e.lastErr != "" {
		parts = append(parts, issueRow(theme.ErrorIcon(), e.lastErr))
	}
	for _, j := range e.jobs {
		parts = append(parts, e.jobRow(j))
	}
	parts = append(parts, e.checkBox()...)
	if sug := e.suggestions(); sug != nil {
		parts = append(parts, sug)
	}
	n := len(s.c.Evidence)
	if n == 0 {
		parts = append(parts, wrapLabel(t.T("ev.empty")))
	} else {
		keys := wrapLabel(t.T("ev.move_keys"))
		keys.TextStyle = fyne.TextStyle{Italic: true}
		parts = append(parts, heading(t.N("ev.count", n)), keys)
	}
	// A link from the review (or a rebuild) to a field of a closed item opens it.
	if i, ok := itemIndex(s.focusPath); ok && i < len(e.keys) {
		e.expanded[e.keys[i]] = true
	}
	issues := s.issuesByPath()
	for i := range s.c.Evidence {
		parts = append(parts, e.itemCard(i, issues))
	}
	e.installShortcuts()
	return container.NewVBox(parts...)
}

func (e *evState) hasFiles() bool {
	for _, it := range e.s.c.Evidence {
		if it.File != nil {
			return true
		}
	}
	return false
}

// jobRow is a running hash: the file's name, a progress bar and Cancel.
func (e *evState) jobRow(j *hashJob) fyne.CanvasObject {
	t := e.s.u.tr
	j.bar = widget.NewProgressBar()
	if j.total > 0 {
		j.bar.SetValue(float64(j.done) / float64(j.total))
	}
	cancel := newKeyButton(t.T("ev.cancel"), theme.CancelIcon(), func() { j.cancel() })
	label := wrapLabel(t.T("ev.hashing", "Name", j.name))
	return container.NewBorder(label, nil, nil, cancel, j.bar)
}

// suggestions: what usually proves each argument the person kept (forms/evidence).
func (e *evState) suggestions() fyne.CanvasObject {
	t := e.s.u.tr
	box := container.NewVBox()
	n := 0
	for _, id := range forms.KeptArguments(e.s.c) {
		sg, ok := evidence.SuggestionFor(id)
		if !ok {
			continue
		}
		n++
		title := widget.NewLabelWithStyle(t.T(forms.ArgumentInfo(id).Title), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		box.Add(title)
		box.Add(wrapLabel(t.T(sg.MessageID)))
	}
	if n == 0 {
		return nil
	}
	icon := theme.MenuExpandIcon()
	if e.suggestOpen {
		icon = theme.MenuDropUpIcon()
	}
	toggle := newKeyButton(t.N("ev.suggest.title", n), icon, func() {
		e.suggestOpen = !e.suggestOpen
		e.s.focusPath = "evidence#suggest"
		e.refresh()
	})
	toggle.Alignment = widget.ButtonAlignLeading
	toggle.IconPlacement = widget.ButtonIconTrailingText
	e.s.addFocusable("evidence#suggest", toggle, false)
	if !e.suggestOpen {
		return toggle
	}
	return container.NewVBox(toggle, box)
}

// checkBox is the running check or the result of the last one: every file that
// changed, is missing or cannot be read is named.
func (e *evState) checkBox() []fyne.CanvasObject {
	t := e.s.u.tr
	if e.checking != nil {
		c := e.checking
		c.bar = widget.NewProgressBar()
		c.label = wrapLabel(t.T("ev.check.running", "N", c.index+1, "Total", c.files))
		cancel := newKeyButton(t.T("ev.cancel"), theme.CancelIcon(), func() { c.cancel() })
		return []fyne.CanvasObject{container.NewBorder(c.label, nil, nil, cancel, c.bar)}
	}
	if e.checkErr != "" {
		return []fyne.CanvasObject{issueRow(theme.ErrorIcon(), e.checkErr)}
	}
	if e.checked == nil {
		return nil
	}
	var out []fyne.CanvasObject
	files, bad := 0, 0
	for _, r := range e.checked {
		if r.Status == evidence.StatusPaper {
			continue
		}
		files++
		if !r.Bad() {
			continue
		}
		bad++
		line := t.T("ev.check.line", "Status", t.T(r.Status.MessageID()),
			"Title", evidence.DisplayName(r.Title), "Path", evidence.DisplayName(r.Path))
		out = append(out, issueRow(theme.ErrorIcon(), line))
	}
	if bad == 0 {
		return []fyne.CanvasObject{noteRow(theme.ConfirmIcon(), t.N("ev.check.all_ok", files), widget.SuccessImportance)}
	}
	head := noteRow(theme.WarningIcon(), t.N("ev.check.problems", bad), widget.WarningImportance)
	return append([]fyne.CanvasObject{head}, append(out, wrapLabel(t.T("ev.check.what_now")))...)
}

// itemCard is one evidence item with every field, the file line and the buttons.
func (e *evState) itemCard(i int, issues map[string][]forms.Issue) fyne.CanvasObject {
	s := e.s
	t := s.u.tr
	it := &s.c.Evidence[i]
	n := len(s.c.Evidence)
	key := fmt.Sprintf("evidence[%d]", i)
	open := e.expanded[e.keys[i]]

	title := it.Title
	if strings.TrimSpace(title) == "" {
		title = t.T("ev.untitled")
	}
	// The item's number opens and closes its editor; only open items build every
	// field, so a long list stays quick to rebuild (docs/BENCHMARKS.md).
	icon := theme.MenuExpandIcon()
	if open {
		icon = theme.MenuDropUpIcon()
	}
	head := newKeyButton(t.T("ev.item", "N", i+1), icon, func() {
		e.selected = i
		e.expanded[e.keys[i]] = !e.expanded[e.keys[i]]
		s.focusPath = fmt.Sprintf("evidence[%d]#head", i)
		e.refresh()
	})
	if e.selected == i {
		head.Importance = widget.HighImportance
	} else {
		head.Importance = widget.LowImportance
	}
	headTitle := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	headTitle.Truncation = fyne.TextTruncateEllipsis
	// Text only: every icon is an SVG decoded anew for each button built.
	up := newKeyButton(t.T("ev.up"), nil, func() { e.move(i, i-1) })
	down := newKeyButton(t.T("ev.down"), nil, func() { e.move(i, i+1) })
	remove := newKeyButton(t.T("ev.remove"), nil, func() { e.confirmRemove(i) })
	if i == 0 {
		up.Disable()
	}
	if i == n-1 {
		down.Disable()
	}
	s.addFocusable(key+"#head", head, false)
	s.addFocusable(key+"#up", up, false)
	s.addFocusable(key+"#down", down, false)
	s.addFocusable(key+"#remove", remove, false)
	headRow := container.NewBorder(nil, nil, head, container.NewHBox(up, down, remove), headTitle)
	if !open {
		box := container.NewVBox(headRow, wrapLabel(e.summary(i)))
		for p, list := range issues {
			if strings.HasPrefix(p, key+".") && len(list) > 0 {
				box.Add(issueRow(theme.WarningIcon(), t.T("ev.item.issues")))
				break
			}
		}
		return itemBox(box)
	}

	fields := evidenceFields()
	parts := []fyne.CanvasObject{headRow}
	if f := fields["title"]; f != nil {
		parts = append(parts, s.fieldObject(f, forms.ItemPath(f.Path, i)))
	}
	parts = append(parts, e.fileLine(i))
	// One column: two side by side would need twice the widest select, more than the
	// middle column has at 1024 pixels.
	for _, name := range []string{"category", "date", "pages"} {
		if f := fields[name]; f != nil {
			parts = append(parts, s.fieldObject(f, forms.ItemPath(f.Path, i)))
		}
	}
	parts = append(parts, e.languageField(i))
	parts = append(parts, e.translationField(i), e.supportsField(i))
	if f := fields["notes"]; f != nil {
		parts = append(parts, s.fieldObject(f, forms.ItemPath(f.Path, i)))
	}
	return itemBox(container.NewVBox(parts...))
}

// itemBox frames one item with a thin outline. (widget.Card would do, but each card
// recolours an SVG on every build: 40 cards took a third of a second.)
func itemBox(content fyne.CanvasObject) fyne.CanvasObject {
	frame := canvas.NewRectangle(color.Transparent)
	frame.StrokeColor = theme.Color(theme.ColorNameSeparator)
	frame.StrokeWidth = 1
	frame.CornerRadius = theme.Size(theme.SizeNameInputRadius)
	return container.NewStack(frame, container.NewPadded(content))
}

// summary is a closed item in one or two lines: the file or "paper", the language and
// the translation.
func (e *evState) summary(i int) string {
	t := e.s.u.tr
	it := e.s.c.Evidence[i]
	parts := []string{}
	if it.File == nil {
		parts = append(parts, t.T("ev.paper"))
	} else {
		parts = append(parts, t.T("ev.file", "Name", evidence.DisplayName(it.File.Name), "Size", humanSize(t.T, it.File.Size), "Hash", shortHash(it.File.SHA256)))
	}
	if it.Language != "" {
		lang := it.Language
		if slices.Contains(forms.EvidenceLanguages, lang) {
			lang = t.T("interview.choice.evidence.language." + lang)
		}
		parts = append(parts, lang)
	}
	if slices.Contains(forms.TranslationStates, it.Translation) {
		parts = append(parts, t.T("ev.summary.translation", "State", t.T("interview.choice.evidence.translation."+it.Translation)))
	}
	return strings.Join(parts, " · ")
}

// evidenceFields are the interview's evidence item fields by their last path element.
func evidenceFields() map[string]*forms.Field {
	out := map[string]*forms.Field{}
	st := forms.StepByID(forms.StepEvidence)
	if st == nil {
		return out
	}
	for _, g := range st.Fields {
		for _, f := range g.Fields {
			out[f.Path[strings.LastIndex(f.Path, ".")+1:]] = f
		}
	}
	return out
}

// fileLine: the file's name, size and fingerprint, or "paper document", and a button
// to attach (or replace) the file.
func (e *evState) fileLine(i int) fyne.CanvasObject {
	s := e.s
	t := s.u.tr
	it := s.c.Evidence[i]
	var text string
	label := t.T("ev.attach")
	if it.File == nil {
		text = t.T("ev.paper")
	} else {
		text = t.T("ev.file", "Name", evidence.DisplayName(it.File.Name), "Size", humanSize(t.T, it.File.Size), "Hash", shortHash(it.File.SHA256))
		label = t.T("ev.replace")
	}
	busy := false
	for _, j := range e.jobs {
		if j.key == e.keys[i] {
			busy = true
		}
	}
	key := e.keys[i]
	attach := newKeyButton(label, theme.FolderOpenIcon(), func() { e.chooseFileFor(key) })
	if busy {
		attach.Disable()
	}
	s.addFocusable(fmt.Sprintf("evidence[%d]#attach", i), attach, false)
	icon := theme.FileIcon()
	if it.File == nil {
		icon = theme.DocumentIcon()
	}
	return container.NewBorder(nil, nil, widget.NewIcon(icon), attach, wrapLabel(text))
}

// noteRow is a line with an icon in the given importance (issueRow is always danger).
func noteRow(icon fyne.Resource, text string, imp widget.Importance) fyne.CanvasObject {
	l := wrapLabel(text)
	l.Importance = imp
	return container.NewBorder(nil, nil, widget.NewIcon(icon), nil, l)
}

// humanSize is a size for people: bytes, KB, MB or GB with one decimal.
func humanSize(T func(string, ...any) string, n int64) string {
	one := func(f float64) string {
		return strings.Replace(strconv.FormatFloat(f, 'f', 1, 64), ".", T("ev.size.decimal"), 1)
	}
	switch {
	case n < 1024:
		return T("ev.size.bytes", "N", n)
	case n < 1<<20:
		return T("ev.size.kb", "N", one(float64(n)/1024))
	case n < 1<<30:
		return T("ev.size.mb", "N", one(float64(n)/(1<<20)))
	}
	return T("ev.size.gb", "N", one(float64(n)/(1<<30)))
}

// languageField: Serbian, Russian, English … or another language typed by the person.
// Choosing one proposes the certified translation (ZUP Art. 123(2)).
func (e *evState) languageField(i int) fyne.CanvasObject {
	s := e.s
	t := s.u.tr
	path := fmt.Sprintf("evidence[%d].language", i)
	cur := s.c.Evidence[i].Language
	var values, labels []string
	for _, v := range forms.EvidenceLanguages {
		values = append(values, v)
		labels = append(labels, t.T("interview.choice.evidence.language."+v))
	}
	values = append(values, languageOther)
	labels = append(labels, t.T("ev.lang.other"))
	other := cur != "" && !slices.Contains(forms.EvidenceLanguages, cur)
	sel := widget.NewSelect(labels, nil)
	sel.PlaceHolder = t.T("ev.lang.choose")
	for k, v := range values {
		if v == cur || (other && v == languageOther) {
			sel.Selected = labels[k]
		}
	}
	otherEntry := s.newEntry(false)
	otherEntry.SetPlaceHolder(t.T("ev.lang.other_placeholder"))
	if other {
		otherEntry.SetText(cur)
	} else {
		otherEntry.Hide()
	}
	sel.OnChanged = func(v string) {
		k := slices.Index(labels, v)
		if k < 0 || i >= len(s.c.Evidence) {
			return
		}
		if values[k] == languageOther {
			s.focusPath = path + "#other"
			e.setLanguage(i, strings.TrimSpace(otherEntry.Text), true)
			return
		}
		s.focusPath = path
		e.setLanguage(i, values[k], true)
	}
	otherEntry.OnChanged = func(v string) {
		if i < len(s.c.Evidence) {
			e.setLanguage(i, strings.TrimSpace(v), false)
		}
	}
	s.addFocusable(path, sel, false)
	s.addFocusable(path+"#other", otherEntry, true)
	label := widget.NewLabelWithStyle(t.T("interview.field.evidence.language.label"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewVBox(label, sel, otherEntry)
}

// setLanguage stores the language and the proposed translation; rebuild when the
// translation shown must change (or the "other" entry must appear).
func (e *evState) setLanguage(i int, lang string, rebuild bool) {
	it := &e.s.c.Evidence[i]
	it.Language = lang
	before := it.Translation
	it.Translation = evidence.ProposeTranslation(lang, it.Translation)
	e.selected = i
	e.s.changed()
	if rebuild || before != it.Translation {
		if !rebuild {
			e.s.focusPath = fmt.Sprintf("evidence[%d].language#other", i)
		}
		e.s.u.refresh()
	}
}

// translationField: attached / needed / not needed, with the article it rests on.
func (e *evState) translationField(i int) fyne.CanvasObject {
	s := e.s
	t := s.u.tr
	path := fmt.Sprintf("evidence[%d].translation", i)
	values := forms.TranslationStates
	labels := make([]string, len(values))
	cur := s.c.Evidence[i].Translation
	sel := widget.NewSelect(nil, nil)
	for k, v := range values {
		labels[k] = t.T("interview.choice.evidence.translation." + v)
		if v == cur {
			sel.Selected = labels[k]
		}
	}
	sel.Options = labels
	sel.PlaceHolder = t.T("ev.translation.unknown")
	sel.OnChanged = func(v string) {
		k := slices.Index(labels, v)
		if k < 0 || i >= len(s.c.Evidence) {
			return
		}
		s.c.Evidence[i].Translation = values[k]
		e.selected = i
		s.changed()
	}
	s.addFocusable(path, sel, false)
	label := widget.NewLabelWithStyle(t.T("interview.field.evidence.translation.label"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	parts := []fyne.CanvasObject{label, sel}
	it := s.c.Evidence[i]
	if it.Language == "" {
		parts = append(parts, wrapLabel(t.T("ev.translation.choose_language")))
	} else if it.Translation == evidence.TranslationNeeded {
		parts = append(parts, noteRow(theme.WarningIcon(), t.T("ev.translation.needed"), widget.WarningImportance))
	}
	if evidence.ProposeTranslation(it.Language, "") != evidence.TranslationNotNeeded {
		// ZUP Art. 123(2) in full, where a translation is or may be in question.
		basis := wrapLabel(t.T(evidence.TranslationBasisID))
		basis.TextStyle = fyne.TextStyle{Italic: true}
		parts = append(parts, basis)
	}
	return container.NewVBox(parts...)
}

// supportsField: a check for each argument the person kept (and for any argument the
// item already names, so nothing is dropped silently).
func (e *evState) supportsField(i int) fyne.CanvasObject {
	s := e.s
	t := s.u.tr
	it := s.c.Evidence[i]
	kept := map[string]bool{}
	for _, id := range forms.KeptArguments(s.c) {
		kept[id] = true
	}
	box := container.NewVBox()
	shown := 0
	for _, id := range forms.AllArguments {
		has := slices.Contains(it.Supports, id)
		if !kept[id] && !has {
			continue
		}
		shown++
		id := id
		text := t.T(forms.ArgumentInfo(id).Title)
		if !kept[id] {
			text = t.T("ev.supports.dropped", "Argument", text)
		}
		chk := widget.NewCheck(text, func(on bool) {
			if i >= len(s.c.Evidence) {
				return
			}
			cur := s.c.Evidence[i].Supports
			out := make([]string, 0, len(cur)+1)
			for _, v := range cur {
				if v != id {
					out = append(out, v)
				}
			}
			if on {
				out = append(out, id)
			}
			s.c.Evidence[i].Supports = out
			e.selected = i
			s.changed()
		})
		chk.Checked = has
		s.addFocusable(fmt.Sprintf("evidence[%d].supports=%s", i, id), chk, false)
		box.Add(chk)
	}
	label := widget.NewLabelWithStyle(t.T("interview.field.evidence.supports.label"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	if shown == 0 {
		return container.NewVBox(label, wrapLabel(t.T("ev.supports.none")))
	}
	return container.NewVBox(label, box)
}

// move moves item from → to (mouse buttons and Alt+↑/↓) and keeps the keyboard on it.
func (e *evState) move(from, to int) {
	s := e.s
	n := len(s.c.Evidence)
	if from < 0 || from >= n || to < 0 || to >= n || from == to {
		return
	}
	ev := s.c.Evidence
	ev[from], ev[to] = ev[to], ev[from]
	e.keys[from], e.keys[to] = e.keys[to], e.keys[from]
	e.selected = to
	e.checked = nil
	s.changed()
	dir := "#up"
	if to > from {
		dir = "#down"
	}
	if to == 0 || to == n-1 {
		dir = "#head"
	}
	s.focusPath = fmt.Sprintf("evidence[%d]%s", to, dir)
	s.u.refresh()
}

// focusedItem is the item the keyboard is on, else the one selected last.
func (e *evState) focusedItem() int {
	f := e.s.u.win.Canvas().Focused()
	if f != nil {
		for _, x := range e.s.focusables {
			if x.obj == f {
				if i, ok := itemIndex(x.path); ok {
					return i
				}
			}
		}
	}
	return e.selected
}

// itemIndex reads N from "evidence[N]…".
func itemIndex(path string) (int, bool) {
	rest, ok := strings.CutPrefix(path, "evidence[")
	if !ok {
		return 0, false
	}
	end := strings.IndexByte(rest, ']')
	if end < 0 {
		return 0, false
	}
	digits := rest[:end]
	if digits == "" || len(digits) > 6 || strings.Trim(digits, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.Atoi(digits)
	return n, err == nil
}

// installShortcuts binds Alt+↑ / Alt+↓ on the window while the evidence step is shown.
func (e *evState) installShortcuts() {
	cv := e.s.u.win.Canvas()
	u := e.s.u
	step := func(d int) func(fyne.Shortcut) {
		return func(fyne.Shortcut) {
			s := sessionOf(u)
			if s == nil || s.c.Step != forms.StepEvidence {
				return
			}
			ev := evidenceOf(s)
			if i := ev.focusedItem(); i >= 0 {
				ev.move(i, i+d)
			}
		}
	}
	cv.AddShortcut(shortcutItemUp, step(-1))
	cv.AddShortcut(shortcutItemDown, step(+1))
}

// confirmRemove asks before an item is taken off the list (the file itself stays).
func (e *evState) confirmRemove(i int) {
	s := e.s
	t := s.u.tr
	if i >= len(s.c.Evidence) {
		return
	}
	title := s.c.Evidence[i].Title
	key := e.keys[i]
	d := dialog.NewConfirm(t.T("ev.remove.title"), t.T("ev.remove.question", "Title", title), func(ok bool) {
		if ok {
			e.removeKey(key)
		}
	}, s.u.win)
	d.SetConfirmText(t.T("ev.remove"))
	d.SetDismissText(t.T("ev.cancel"))
	d.Show()
}

func (e *evState) removeKey(key int) {
	s := e.s
	i := e.indexOfKey(key)
	if i < 0 {
		return
	}
	s.c.Evidence = slices.Delete(s.c.Evidence, i, i+1)
	e.keys = slices.Delete(e.keys, i, i+1)
	e.selected = -1
	e.checked = nil
	s.changed()
	s.focusPath = "evidence#addfile"
	s.u.refresh()
}

// addPaper lists a paper document with no file and puts the keyboard on its title.
func (e *evState) addPaper() {
	s := e.s
	s.c.Evidence = append(s.c.Evidence, forms.EvidenceItem{})
	e.keys = append(e.keys, e.nextKey)
	e.expanded[e.nextKey] = true
	e.nextKey++
	i := len(s.c.Evidence) - 1
	e.selected = i
	e.checked = nil
	e.lastErr = ""
	s.changed()
	s.focusPath = fmt.Sprintf("evidence[%d].title", i)
	s.u.refresh()
}

// lastDir is the folder the file dialog opened last, so adding several files from one
// folder is quick.
var lastDir string

// chooseFile adds a new item from a file picked in the file dialog.
func (e *evState) chooseFile() { e.chooseFileFor(-1) }

func (e *evState) chooseFileFor(key int) {
	s := e.s
	t := s.u.tr
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		p := r.URI().Path()
		_ = r.Close()
		lastDir = filepath.Dir(p)
		e.startHash(p, key)
	}, s.u.win)
	d.SetTitleText(t.T("ev.dialog.title"))
	d.SetConfirmText(t.T("ev.dialog.confirm"))
	d.SetDismissText(t.T("ev.cancel"))
	if lastDir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(lastDir)); err == nil {
			d.SetLocation(l)
		}
	}
	showFileDialog(d, s.u.win, t)
	d.Resize(fyne.NewSize(900, 560)) // after Show: a FileDialog has no size before
}

// installDrop sends files dropped onto the window to the evidence step while it is open.
func (e *evState) installDrop() {
	e.s.u.win.SetOnDropped(e.s.u.droppedOnWindow)
}

// droppedOnWindow adds every dropped file when the evidence step is on screen and
// ignores drops elsewhere.
func (u *UI) droppedOnWindow(_ fyne.Position, uris []fyne.URI) {
	s := sessionOf(u)
	if s == nil || s.c.Step != forms.StepEvidence {
		return
	}
	ev := evidenceOf(s)
	for _, uri := range uris {
		if uri.Scheme() == "file" {
			ev.startHash(uri.Path(), -1)
		}
	}
}

// startHash fingerprints path in the background: for the item with key, or for a new
// item (key -1). Nothing in the case changes until the hash completes.
func (e *evState) startHash(path string, key int) { e.startHashFocus(path, key, "") }

// startHashFocus is startHash that puts the keyboard on focus (a focus key) when the
// hash ends ("" = the item's title).
func (e *evState) startHashFocus(path string, key int, focus string) {
	s := e.s
	t := s.u.tr
	st, err := os.Stat(path)
	switch {
	case err != nil:
		e.lastErr = t.T("ev.error.open", "Name", evidence.DisplayName(path))
		e.refresh()
		return
	case st.IsDir():
		e.lastErr = t.T("ev.error.folder", "Name", evidence.DisplayName(path))
		e.refresh()
		return
	}
	e.lastErr = ""
	ctx, cancel := context.WithCancel(context.Background())
	j := &hashJob{key: key, focus: focus, path: path, name: evidence.DisplayName(filepath.Base(path)), cancel: cancel, total: st.Size()}
	e.jobs = append(e.jobs, j)
	s.focusPath = focus
	e.refresh()
	toUI := s.u.do
	go func() {
		defer cancel()
		f, err := evidence.Fingerprint(ctx, path, func(done, total int64) {
			toUI(func() {
				j.done, j.total = done, total
				if j.bar != nil && total > 0 {
					j.bar.SetValue(float64(done) / float64(total))
				}
			})
		})
		pages := 0
		if err == nil {
			pages, _ = evidence.Pages(path) // 0 = could not tell; the person types it
		}
		toUI(func() { e.finishHash(j, f, pages, err) })
	}()
}

// finishHash runs on the UI goroutine when a hash ends: only a completed one changes
// the case.
func (e *evState) finishHash(j *hashJob, f forms.File, pages int, err error) {
	s := e.s
	t := s.u.tr
	e.jobs = slices.DeleteFunc(e.jobs, func(x *hashJob) bool { return x == j })
	if s.closed {
		e.cancelAll()
		return
	}
	switch {
	case errors.Is(err, evidence.ErrCancelled):
		e.refresh()
		return
	case err != nil:
		log.Printf("appealdesk: fingerprint %s: %v", j.name, err)
		e.lastErr = t.T("ev.error.read", "Name", j.name)
		e.refresh()
		return
	}
	e.syncKeys()
	i := -1
	if j.key >= 0 {
		i = e.indexOfKey(j.key)
	}
	if i < 0 {
		s.c.Evidence = append(s.c.Evidence, forms.EvidenceItem{})
		e.keys = append(e.keys, e.nextKey)
		e.expanded[e.nextKey] = true
		e.nextKey++
		i = len(s.c.Evidence) - 1
	}
	it := &s.c.Evidence[i]
	ff := f
	it.File = &ff
	if strings.TrimSpace(it.Title) == "" {
		it.Title = strings.TrimSuffix(f.Name, filepath.Ext(f.Name))
	}
	if pages > 0 && it.Pages == 0 {
		it.Pages = pages
	}
	it.Translation = evidence.ProposeTranslation(it.Language, it.Translation)
	e.selected = i
	e.checked = nil
	s.changed()
	s.focusPath = j.focus
	if s.focusPath == "" {
		s.focusPath = fmt.Sprintf("evidence[%d].title", i)
	}
	e.refresh()
}

// startCheck re-hashes every file (desk.Verify) in the background; the result
// names each file that changed, is missing or cannot be read.
func (e *evState) startCheck() {
	s := e.s
	if e.checking != nil {
		return
	}
	snapshot := s.c.Clone()
	ctx, cancel := context.WithCancel(context.Background())
	c := &checkJob{cancel: cancel}
	for _, it := range snapshot.Evidence {
		if it.File != nil {
			c.files++
		}
	}
	e.checking = c
	e.checkErr = ""
	e.checked = nil
	e.refresh()
	casePath, toUI := s.path, s.u.do
	go func() {
		defer cancel()
		seen := map[int]bool{}
		res, err := desk.Verify(ctx, snapshot, casePath, func(index int, done, total int64) {
			toUI(func() {
				if !seen[index] {
					seen[index] = true
					c.index = len(seen) - 1
					if c.label != nil {
						c.label.SetText(s.u.tr.T("ev.check.running", "N", c.index+1, "Total", c.files))
					}
				}
				if c.bar != nil && total > 0 {
					c.bar.SetValue(float64(done) / float64(total))
				}
			})
		})
		toUI(func() { e.finishCheck(c, res, err) })
	}()
}

func (e *evState) finishCheck(c *checkJob, res []evidence.Result, err error) {
	if e.checking != c {
		return
	}
	e.checking = nil
	if errors.Is(err, evidence.ErrCancelled) {
		e.checked = nil
	} else if err != nil {
		e.checkErr = e.s.u.tr.T("ev.check.failed")
	} else {
		e.checked = res
	}
	e.refresh()
}

// cancelAll stops every hash and check that runs.
func (e *evState) cancelAll() {
	for _, j := range e.jobs {
		j.cancel()
	}
	if e.checking != nil {
		e.checking.cancel()
	}
}
