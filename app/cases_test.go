package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"appealdesk/forms"
	"appealdesk/forms/caseload"
	"appealdesk/locales"
)

// fixedDay is the day the home tests are run on.
var fixedDay = time.Date(2026, 12, 1, 10, 0, 0, 0, time.Local)

// homeUI is a window on the home screen whose clock says fixedDay, with cases
// saved in its store before the first build.
func homeUI(t *testing.T, cases ...*forms.Case) (*UI, *forms.Store) {
	t.Helper()
	u, _ := newTestUI(t, "en")
	u.homeState().now = func() time.Time { return fixedDay }
	s, err := u.caseStore()
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		path := filepath.Join(s.Dir(), caseFile(i))
		if err := forms.Save(path, c); err != nil {
			t.Fatal(err)
		}
		// Older cases first: "last changed" is then the reverse of the order given.
		at := fixedDay.Add(time.Duration(i-len(cases)) * time.Hour)
		os.Chtimes(path, at, at)
	}
	u.showHome()
	return u, s
}

func caseFile(i int) string {
	return "case-" + strings.Repeat("0", 9) + string(rune('a'+i)) + ".appeal"
}

// rows are the titles the list shows, in order.
func rows(u *UI) []string {
	var out []string
	for _, r := range u.homeState().list.rows {
		out = append(out, r.Title)
	}
	return out
}

func refusalCase(title, received string) *forms.Case {
	c := forms.New(title)
	c.Decision.Type = forms.TypeTemporaryResidenceRefusal
	c.Decision.Service = forms.ServicePersonal
	c.Decision.Received = forms.Date(received)
	return c
}

func pressButton(t *testing.T, u *UI, text string) {
	t.Helper()
	for _, b := range buttons(u.Window().Content()) {
		if b.Text == text {
			if b.Disabled() {
				t.Fatalf("%q is disabled", text)
			}
			b.OnTapped()
			return
		}
	}
	t.Fatalf("no button %q; texts %q", text, texts(u.Window().Content()))
}

func TestHomeListsCasesAndDeleteCanBeUndone(t *testing.T) {
	ex := forms.Example()
	ex.Title = "Ana — residence"
	u, s := homeUI(t, ex)
	if err := os.WriteFile(filepath.Join(s.Dir(), "case-0000000002.appeal"), []byte("{broken"), 0o600); err != nil {
		t.Fatal(err)
	}
	u.refresh()
	tr := locales.New(locales.English)
	list := u.homeState().list
	if len(list.rows) != 2 {
		t.Fatalf("rows %q", rows(u))
	}
	// The damaged file is listed with its problem in words, and can only be deleted.
	var broken caseload.Summary
	for _, r := range list.rows {
		if r.Err != nil {
			broken = r
		}
	}
	row := newCaseRow(list)
	u.renderRow(row, broken)
	if !strings.HasPrefix(row.sub.Text, "Problem: ") || row.title.Text != "case-0000000002.appeal" {
		t.Errorf("damaged row: %q / %q", row.title.Text, row.sub.Text)
	}
	// The example's row: its type, stage and that its appeal has passed.
	u.renderRow(row, list.rows[0])
	dt, _ := forms.LookupDecisionType(ex.Decision.Type)
	if list.rows[0].Title != "Ana — residence" || !strings.Contains(row.sub.Text, tr.T(dt.Title)) ||
		row.stage.Text != tr.T("caseload.stage.appeal") || row.days.Text != "Passed 4 days ago" || row.urgent.Text != "URGENT" {
		t.Errorf("row: %q %q %q %q %q", row.title.Text, row.sub.Text, row.stage.Text, row.days.Text, row.urgent.Text)
	}

	pressButton(t, u, tr.T("home.duplicate"))
	if got := rows(u); len(got) != 3 || !contains(got, "Copy of Ana — residence") {
		t.Fatalf("after duplicate: %q", got)
	}
	// Delete the original (select it first), then Undo.
	for i, r := range u.homeState().list.rows {
		if r.Title == "Ana — residence" {
			u.homeState().list.moveTo(i)
		}
	}
	pressButton(t, u, tr.T("home.delete"))
	got := strings.Join(texts(u.Window().Content()), "|")
	if !strings.Contains(got, tr.T("home.deleted", "Title", "Ana — residence")) || contains(rows(u), "Ana — residence") {
		t.Fatalf("no undo offered: %s / %q", got, rows(u))
	}
	pressButton(t, u, tr.T("home.undo"))
	if _, err := os.Stat(filepath.Join(s.Dir(), caseFile(0))); err != nil {
		t.Fatalf("undo did not restore the case: %v", err)
	}
	if r := rows(u); len(r) != 3 || !contains(r, "Ana — residence") {
		t.Errorf("after undo the list is %q", r)
	}
	if u.homeState().selected != caseFile(0) {
		t.Errorf("the restored case is not selected: %q", u.homeState().selected)
	}

	// Switching language keeps the list and relabels it.
	u.SetLang(locales.Russian)
	got = strings.Join(texts(u.Window().Content()), "|")
	if !contains(rows(u), "Ana — residence") || !strings.Contains(got, "Открыть") || !strings.Contains(got, "Срочные сначала") {
		t.Errorf("Russian list: %s", got)
	}
}

func TestOpenCaseFileDialogOpens(t *testing.T) {
	u, _ := newTestUI(t, "en")
	u.openCaseFile() // used to panic: Resize before Show on a file dialog
	if len(u.Window().Canvas().Overlays().List()) == 0 {
		t.Fatal("no file dialog shown")
	}
}

// Issue 12, point 10: the keyboard starts on "New case" when there is no case, on
// the list (its first row selected) when there are cases.
func TestHomeInitialFocus(t *testing.T) {
	u, _ := homeUI(t)
	f, ok := u.Window().Canvas().Focused().(*keyButton)
	if !ok || f.Text != "New case" {
		t.Fatalf("focused: %#v", u.Window().Canvas().Focused())
	}
	u, _ = homeUI(t, refusalCase("B", "2026-11-20"), refusalCase("A", "2026-11-25"))
	if u.Window().Canvas().Focused() != u.homeState().list {
		t.Fatalf("focused: %#v", u.Window().Canvas().Focused())
	}
	if u.homeState().selected != caseFile(0) { // B: the sooner safe date
		t.Errorf("selected %q", u.homeState().selected)
	}
	// Coming back from a case puts the keyboard on the list again, on that case.
	u.homeState().list.moveTo(1)
	u.openRow(1)
	sessionOf(u).backToCases()
	if u.Window().Canvas().Focused() != u.homeState().list || u.homeState().selected != caseFile(1) {
		t.Errorf("after a case: focused %#v, selected %q", u.Window().Canvas().Focused(), u.homeState().selected)
	}
	// A case far down a long list is scrolled into view again.
	many := make([]*forms.Case, 20)
	for i := range many {
		many[i] = refusalCase(fmt.Sprintf("Case %02d", i), "2026-11-20")
	}
	u, _ = homeUI(t, many...)
	u.homeState().list.jump(19)
	u.openRow(19)
	sessionOf(u).backToCases()
	l := u.homeState().list
	if l.cur != 19 || u.homeState().selected != caseFile(19) {
		t.Fatalf("after a case: cur %d selected %q", l.cur, u.homeState().selected)
	}
	if off := l.GetScrollOffset(); off <= 0 {
		t.Errorf("the list was not scrolled to the case (offset %v)", off)
	}
}

// Enter presses the focused button — every button of the home screen is one that
// Enter activates (and that draws a focus ring).
func TestHomeEnterPressesFocusedButton(t *testing.T) {
	u, s := homeUI(t, refusalCase("A", "2026-11-20"))
	var plain []string
	walkObjects(u.Window().Content(), func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok {
			plain = append(plain, b.Text)
		}
	})
	if len(plain) > 0 {
		t.Errorf("buttons Enter does not press: %q", plain)
	}
	// Enter on "New case" makes a case and opens it.
	var nb *keyButton
	walkObjects(u.Window().Content(), func(o fyne.CanvasObject) {
		if b, ok := o.(*keyButton); ok && b.Text == "New case" {
			nb = b
		}
	})
	u.Window().Canvas().Focus(nb)
	u.Window().Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if sessionOf(u) == nil {
		t.Fatal("Enter on New case opened nothing")
	}
	files, _ := s.Files()
	if len(files) != 2 {
		t.Errorf("%d cases", len(files))
	}
	sessionOf(u).backToCases()
	// Enter on the list opens the selected case.
	u.Window().Canvas().Focus(u.homeState().list)
	u.homeState().list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if s := sessionOf(u); s == nil || s.c.Title != "A" {
		t.Fatalf("Enter on the list opened %v", sessionOf(u))
	}
}

// walkObjects calls f for every object of the tree, into scroll containers and
// the children of plain containers (not into widgets' renderers).
func walkObjects(o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	f(o)
	switch w := o.(type) {
	case *fyne.Container:
		for _, c := range w.Objects {
			walkObjects(c, f)
		}
	}
	if sc, ok := o.(interface{ Content() fyne.CanvasObject }); ok {
		walkObjects(sc.Content(), f)
	}
}

// Up, Down, Home, End move the selection; Delete deletes the selected case and
// leaves the keyboard on the next one; Undo brings it back.
func TestCaseListKeys(t *testing.T) {
	u, s := homeUI(t, refusalCase("A", "2026-11-20"), refusalCase("B", "2026-11-21"), refusalCase("C", "2026-11-22"))
	h := u.homeState()
	l := h.list
	key := func(k fyne.KeyName) { l.TypedKey(&fyne.KeyEvent{Name: k}) }
	if got := rows(u); strings.Join(got, "") != "ABC" {
		t.Fatalf("rows %q", got)
	}
	key(fyne.KeyDown)
	if h.selected != caseFile(1) || l.cur != 1 {
		t.Errorf("Down: selected %q cur %d", h.selected, l.cur)
	}
	key(fyne.KeyEnd)
	if h.selected != caseFile(2) {
		t.Errorf("End: %q", h.selected)
	}
	key(fyne.KeyHome)
	if h.selected != caseFile(0) {
		t.Errorf("Home: %q", h.selected)
	}
	key(fyne.KeyDown)
	key(fyne.KeyDelete)
	if _, err := os.Stat(filepath.Join(s.Dir(), caseFile(1))); err == nil {
		t.Fatal("Delete did not delete")
	}
	if got := strings.Join(rows(u), ""); got != "AC" || u.homeState().selected != caseFile(2) {
		t.Errorf("after Delete: rows %q, selected %q", got, u.homeState().selected)
	}
	if u.Window().Canvas().Focused() != u.homeState().list {
		t.Error("the keyboard left the list")
	}
	// A mouse passing over a row selects nothing.
	u.homeState().list.OnHighlighted(0)
	if u.homeState().selected != caseFile(2) {
		t.Errorf("hovering selected %q", u.homeState().selected)
	}
	// Clicking selects; a double click opens.
	row := newCaseRow(u.homeState().list)
	row.id = 0
	test.Tap(row)
	if u.homeState().selected != caseFile(0) {
		t.Errorf("click selected %q", u.homeState().selected)
	}
	test.DoubleTap(row)
	if s := sessionOf(u); s == nil || s.c.Title != "A" {
		t.Errorf("double click opened %v", s)
	}
}

// Issue 12, point 10: a case made with "New case" and left without an answer is
// removed; one with any answer, or renamed, stays; titles never repeat.
func TestEmptyNewCaseIsRemovedWhenLeft(t *testing.T) {
	u, s := homeUI(t)
	tr := locales.New(locales.English)
	count := func() int { f, _ := s.Files(); return len(f) }

	pressButton(t, u, "New case")
	first := sessionOf(u).path
	if sessionOf(u).c.Title != tr.T("home.new_case_title", "Date", "01/12/2026") {
		t.Errorf("title %q", sessionOf(u).c.Title)
	}
	sessionOf(u).c.Step = "person" // walking through steps is no answer
	sessionOf(u).save.Changed(sessionOf(u).c)
	sessionOf(u).backToCases()
	if _, err := os.Stat(first); err == nil || count() != 0 {
		t.Fatalf("the empty case was kept (%d cases)", count())
	}

	// The same, left by opening another case or closing the window.
	pressButton(t, u, "New case")
	empty := sessionOf(u).path
	sessionOf(u).stop()
	if _, err := os.Stat(empty); err == nil {
		t.Fatal("empty case kept after closing")
	}
	u.showHome()

	// One answer: kept.
	pressButton(t, u, "New case")
	kept := sessionOf(u).path
	sessionOf(u).c.Person.FullName = "Ана"
	sessionOf(u).save.Changed(sessionOf(u).c)
	sessionOf(u).backToCases()
	if _, err := os.Stat(kept); err != nil {
		t.Fatalf("a case with an answer was removed: %v", err)
	}

	// Renamed only: the person named it, so it stays.
	pressButton(t, u, "New case")
	named := sessionOf(u).path
	sessionOf(u).c.Title = "Мој предмет"
	sessionOf(u).save.Changed(sessionOf(u).c)
	sessionOf(u).backToCases()
	if _, err := os.Stat(named); err != nil {
		t.Fatalf("a renamed case was removed: %v", err)
	}

	// A case that exists on disk with answers is never removed, even if the
	// window's copy were empty (the file decides).
	pressButton(t, u, "New case")
	disk := sessionOf(u)
	c := forms.New(disk.c.Title)
	c.Story.WhatHappened = "written by another program"
	if err := forms.Save(disk.path, c); err != nil {
		t.Fatal(err)
	}
	// Leave without a change from this window (its autosave has nothing pending).
	disk.stop()
	if _, err := os.Stat(disk.path); err != nil {
		t.Fatal("a case whose file holds an answer was removed")
	}

	// Titles differ: the kept case has today's title, the next gets "(2)".
	u.showHome()
	pressButton(t, u, "New case")
	base := tr.T("home.new_case_title", "Date", "01/12/2026")
	if got := sessionOf(u).c.Title; got != base+" (3)" {
		t.Errorf("third title of the day: %q", got)
	}
}

// Sorting and filtering work on the summaries read once: urgent first (then the
// soonest safe date), by next date, by name, by last change; the filter matches
// names in either script, decision numbers and decision types.
func TestCaseloadSortAndFilter(t *testing.T) {
	late := refusalCase("Zoran", "2026-11-28") // safe date 11.12
	soon := refusalCase("Ђорђе", "2026-11-19") // last day 04.12 (3 days left): urgent
	mid := refusalCase("Ana", "2026-11-24")    // safe date 09.12
	mid.Decision.Number = "26-777/26"
	none := forms.New("Case of 30.11.2026") // nothing yet
	ret := forms.New("Boris")
	ret.Decision.Type = forms.TypeReturnDecision // type, no delivery
	u, _ := homeUI(t, late, soon, mid, none, ret)
	h := u.homeState()
	want := map[caseload.SortKey]string{
		// A return decision's appeal does not stop removal: asking the court to postpone
		// execution is urgent (legal's flag) before any date is known.
		caseload.ByUrgency: "Ђорђе|Boris|Ana|Zoran|Case of 30.11.2026",
		caseload.ByDate:    "Ђорђе|Ana|Zoran|Boris|Case of 30.11.2026",
		caseload.ByTitle:   "Ana|Boris|Case of 30.11.2026|Zoran|Ђорђе",
		caseload.ByChanged: "Boris|Case of 30.11.2026|Ana|Ђорђе|Zoran",
	}
	var order *widget.Select
	var filter *widget.Entry
	var urgent *widget.Check
	walkObjects(u.Window().Content(), func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Select:
			if contains(w.Options, "Urgent first") {
				order = w
			}
		case *widget.Entry:
			filter = w
		case *widget.Check:
			urgent = w
		}
	})
	if order == nil || filter == nil || urgent == nil {
		t.Fatal("no order, filter or urgent-only control")
	}
	for i, k := range caseload.SortKeys {
		order.SetSelectedIndex(i)
		if got := strings.Join(rows(u), "|"); got != want[k] {
			t.Errorf("%s: %s, want %s", k, got, want[k])
		}
	}
	// The order is remembered, also across a language switch.
	u.SetLang(locales.SerbianLatin)
	if got := strings.Join(rows(u), "|"); got != want[caseload.ByChanged] {
		t.Errorf("after a language switch: %s", got)
	}
	u.SetLang(locales.English)
	order = nil
	walkObjects(u.Window().Content(), func(o fyne.CanvasObject) {
		if w, ok := o.(*widget.Select); ok && contains(w.Options, "Urgent first") {
			order = w
		}
		if w, ok := o.(*widget.Entry); ok {
			filter = w
		}
		if w, ok := o.(*widget.Check); ok {
			urgent = w
		}
	})
	order.SetSelectedIndex(0)
	for q, w := range map[string]string{
		"djordje":  "",
		"đorđe":    "Ђорђе",
		"ana":      "Ana",
		"777":      "Ana",
		"return":   "Boris",
		"":         want[caseload.ByUrgency],
		"nobody":   "",
		"case 30.": "Case of 30.11.2026",
	} {
		filter.SetText(q)
		if got := strings.Join(rows(u), "|"); got != w {
			t.Errorf("filter %q: %s, want %s", q, got, w)
		}
		if q == "nobody" && !h.empty.Visible() {
			t.Error("no words for an empty result")
		}
	}
	filter.SetText("")
	urgent.SetChecked(true)
	if got := strings.Join(rows(u), "|"); got != "Ђорђе|Boris" {
		t.Errorf("urgent only: %s", got)
	}
	if !strings.Contains(h.shown.Text, "2 of 5") {
		t.Errorf("count: %q", h.shown.Text)
	}
	// Enter in the filter goes to the list.
	filter.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if u.Window().Canvas().Focused() != h.list {
		t.Error("Enter in the filter did not go to the list")
	}
}

// One calendar file of every case's deadlines, written atomically with mode 0600
// over an earlier calendar.
func TestCalendarOfAllCasesIsWritten(t *testing.T) {
	u, _ := homeUI(t, refusalCase("A", "2026-11-20"), forms.Example(), forms.New("empty"))
	data, events, cases, err := u.homeState().reader.Calendar(u.tr)
	if err != nil || events == 0 || cases != 2 {
		t.Fatalf("calendar: %d events of %d cases, %v", events, cases, err)
	}
	out := filepath.Join(t.TempDir(), calendarFileName)
	if err := os.WriteFile(out, []byte("BEGIN:VCALENDAR\r\n"), 0o644); err != nil { // an earlier calendar
		t.Fatal(err)
	}
	if err := writeCalendar(out, data); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(out)
	if err != nil || st.Mode().Perm() != 0o600 || st.Size() != int64(len(data)) {
		t.Fatalf("written: %v %v", st, err)
	}
	if ents, _ := os.ReadDir(filepath.Dir(out)); len(ents) != 1 {
		t.Errorf("left behind: %v", ents)
	}
	got, _ := os.ReadFile(out)
	if !strings.Contains(string(got), "SUMMARY:A: Appeal (žalba)") || strings.Count(string(got), "BEGIN:VEVENT") != events {
		t.Errorf("calendar:\n%s", got)
	}
	// The button opens a save dialog with the proposed name.
	u.saveCalendar()
	if len(u.Window().Canvas().Overlays().List()) == 0 {
		t.Fatal("no save dialog")
	}
}

// With no dated deadline at all the button says so instead of writing an empty file.
func TestCalendarWithNoDates(t *testing.T) {
	u, _ := homeUI(t, forms.New("x"))
	u.saveCalendar()
	if want, got := locales.New(locales.English).T("caseload.ics.none"), messageOnTop(u); !strings.Contains(got, want) {
		t.Errorf("said %q, want %q", got, want)
	}
}
