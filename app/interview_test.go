package app

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"appealdesk/forms"
	"appealdesk/forms/legal"
	"appealdesk/locales"
)

// fixedToday is the clock of every test (never the wall clock).
var fixedToday = time.Date(2026, time.November, 20, 10, 0, 0, 0, time.UTC)

// openTestCase saves c in a temporary directory and opens it in a headless UI at
// 1024×600 in language l, with the clock fixed.
func openTestCase(t *testing.T, l locales.Lang, c *forms.Case) (*UI, *session, string) {
	t.Helper()
	for _, k := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
		t.Setenv(k, "")
	}
	fa := test.NewTempApp(t)
	u := newUIForTest(t, fa, Options{PlatformLocale: string(l), CasesDir: t.TempDir(), DocumentsDir: t.TempDir()})
	u.SetLang(l)
	u.Window().Resize(fyne.NewSize(1024, 600))
	path := filepath.Join(t.TempDir(), "case"+forms.FileExtension)
	if err := forms.Save(path, c); err != nil {
		t.Fatal(err)
	}
	if err := u.openCase(path); err != nil {
		t.Fatalf("openCase: %v", err)
	}
	s := sessionOf(u)
	if s == nil {
		t.Fatal("no session after openCase")
	}
	s.now = func() time.Time { return fixedToday }
	u.refresh()
	t.Cleanup(func() { s.stop() })
	return u, s, path
}

// newCaseAt is an empty case whose interview stands at step.
func newCaseAt(step string) *forms.Case {
	c := forms.New("Test")
	c.Step = step
	return c
}

// focusable finds the widget registered for key on the current step.
func focusable(t *testing.T, s *session, key string) fyne.Focusable {
	t.Helper()
	for _, f := range s.focusables {
		if f.path == key {
			return f.obj
		}
	}
	var keys []string
	for _, f := range s.focusables {
		keys = append(keys, f.path)
	}
	t.Fatalf("no focusable %q on step %q; have %v", key, s.c.Step, keys)
	return nil
}

func entryAt(t *testing.T, s *session, key string) *keyEntry {
	t.Helper()
	e, ok := focusable(t, s, key).(*keyEntry)
	if !ok {
		t.Fatalf("%q is not an entry", key)
	}
	return e
}

func tapKey(t *testing.T, s *session, key string) {
	t.Helper()
	switch w := focusable(t, s, key).(type) {
	case *keyButton:
		test.Tap(w)
	case *keyCheck:
		test.Tap(w)
	case *widget.Button:
		test.Tap(w)
	default:
		t.Fatalf("%q (%T) cannot be tapped", key, w)
	}
}

// shortcut delivers sc the way the desktop driver does: to the focused widget if it
// takes shortcuts, else to the canvas.
func shortcut(u *UI, sc fyne.Shortcut) {
	cv := u.Window().Canvas()
	if f, ok := cv.Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(sc)
		return
	}
	if sh, ok := cv.(fyne.Shortcutable); ok {
		sh.TypedShortcut(sc)
		return
	}
	// The test canvas wraps the software canvas, which holds the canvas shortcuts.
	inner := reflect.ValueOf(cv).Elem().FieldByName("WindowlessCanvas").Interface()
	inner.(fyne.Shortcutable).TypedShortcut(sc)
}

// allText collects what a person reads on the window: labels, buttons, entries,
// outline items, and the open calendar.
func allText(u *UI) string {
	txt := textOf(u.Window().Canvas().Content())
	if s := sessionOf(u); s != nil && s.picker != nil {
		txt += textOf(s.picker.object())
	}
	return txt
}

func textOf(root fyne.CanvasObject) string {
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			b.WriteString(w.Text + "\n")
		case *widget.Button:
			b.WriteString(w.Text + "\n")
		case *keyButton:
			b.WriteString(w.Text + "\n")
		case *keyCheck:
			b.WriteString(w.Text + "\n")
		case *keyEntry:
			b.WriteString(w.Text + "\n")
		case *keySelect:
			b.WriteString(w.Selected + "\n")
		case *widget.Card:
			walk(w.Content)
		case *container.Scroll:
			walk(w.Content)
		case *wheelSpeed:
			walk(w.content)
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		}
	}
	walk(root)
	return b.String()
}

func TestOpenCaseResumesWhereThePersonStopped(t *testing.T) {
	c := forms.Example()
	c.Step = forms.StepFamily
	u, s, _ := openTestCase(t, locales.English, c)
	if s.c.Step != forms.StepFamily {
		t.Fatalf("step = %q, want family", s.c.Step)
	}
	tr := locales.New(locales.English)
	if txt := allText(u); !strings.Contains(txt, tr.T("interview.step.family.title")) {
		t.Errorf("family step title not shown:\n%s", txt)
	}
	// The first field of the step has the keyboard.
	if got, want := u.Window().Canvas().Focused(), s.focusables[0].obj; got != want {
		t.Errorf("focused %T, want the first field %q", got, s.focusables[0].path)
	}
}

// A file that does not load is reported in the person's language and left as it was.
func TestOpenCaseLoadErrorLeavesFileUntouched(t *testing.T) {
	for _, l := range locales.All {
		t.Run(string(l), func(t *testing.T) {
			fa := test.NewTempApp(t)
			u := New(fa, Options{PlatformLocale: string(l)})
			u.SetLang(l)
			path := filepath.Join(t.TempDir(), "broken.appeal")
			data := []byte(`{"format":"appealdesk-case","version":1,"decision":{"type":`)
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
			err := u.openCase(path)
			if err == nil {
				t.Fatal("a truncated file opened")
			}
			u.showLoadError(path, err)
			got, _ := os.ReadFile(path)
			if !bytes.Equal(got, data) {
				t.Error("the damaged file was changed")
			}
			if sessionOf(u) != nil {
				t.Error("a session (and its autosave) exists for a file that did not load")
			}
			want := u.loadErrorText(err)
			if want == "" || strings.HasPrefix(want, "interview.") {
				t.Fatalf("load error not translated: %q", want)
			}
			if txt := allText(u); !strings.Contains(txt, want) {
				t.Errorf("load error %q not shown:\n%s", want, txt)
			}
			if b, ok := u.Window().Canvas().Focused().(*keyButton); !ok || b.Text != u.tr.T("screen.back_to_cases") {
				t.Error("the keyboard is not on Back to cases")
			}
		})
	}
}

// Dates typed as people type them, in every interface language (ZUP Art. 71, 75:
// the delivery date starts the appeal period, so it must be read exactly).
func TestTypedDateInEveryLanguage(t *testing.T) {
	inputs := []string{"13.02.2024", "13.02.2024.", "13/02/2024", "2024-02-13", " 13. 2. 2024 "}
	for _, l := range locales.All {
		for _, in := range inputs {
			t.Run(string(l)+"/"+in, func(t *testing.T) {
				_, s, _ := openTestCase(t, l, newCaseAt(forms.StepDecision))
				e := entryAt(t, s, "decision.received")
				test.Type(e, in)
				if s.c.Decision.Received != "2024-02-13" {
					t.Fatalf("stored %q, want 2024-02-13", s.c.Decision.Received)
				}
				if id := s.typingProblem("decision.received"); id != "" {
					t.Errorf("a valid date reported %q", id)
				}
			})
		}
	}
}

func TestBadDateSaysWhyInThePersonsLanguage(t *testing.T) {
	cases := []struct {
		name, step, path, in, msg string
	}{
		{"impossible day (ZUP Art. 80 counts from a real day)", forms.StepDecision, "decision.issued", "31.02.2024", "date.error.impossible"},
		{"not a date", forms.StepDecision, "decision.issued", "yesterday", "date.error.format"},
		{"two-digit birth year fits two centuries", forms.StepPerson, "person.born", "05.03.25", "date.error.century"},
	}
	for _, l := range locales.All {
		tr := locales.New(l)
		for _, tc := range cases {
			t.Run(string(l)+"/"+tc.name, func(t *testing.T) {
				u, s, _ := openTestCase(t, l, newCaseAt(tc.step))
				test.Type(entryAt(t, s, tc.path), tc.in)
				if s.get(tc.path) != tc.in {
					t.Errorf("stored %q: what was typed must be kept", s.get(tc.path))
				}
				want := tr.T("screen.issue.error", "Text", tr.T(tc.msg))
				if txt := allText(u); !strings.Contains(txt, want) {
					t.Errorf("message %q not shown next to the field", want)
				}
				// After a language switch the message is still there, in the new language.
				other := locales.Russian
				if l == locales.Russian {
					other = locales.English
				}
				u.SetLang(other)
				tr2 := locales.New(other)
				want2 := tr2.T("screen.issue.error", "Text", tr2.T(tc.msg))
				if txt := allText(u); !strings.Contains(txt, want2) {
					t.Errorf("after switching to %s: message %q not shown", other, want2)
				}
			})
		}
	}
}

// A two-digit year is read where it can mean one year only: the decision of 09.02.24
// is of 2024, a birth on 05.03.90 of 1990 (issue 12, point 8).
func TestTwoDigitYearsWhereUnambiguous(t *testing.T) {
	_, s, _ := openTestCase(t, locales.Russian, newCaseAt(forms.StepDecision))
	test.Type(entryAt(t, s, "decision.issued"), "09.02.24")
	if s.c.Decision.Issued != "2024-02-09" {
		t.Errorf("09.02.24 stored as %q", s.c.Decision.Issued)
	}
	if id := s.typingProblem("decision.issued"); id != "" {
		t.Errorf("09.02.24 reported %q", id)
	}
	s.goTo(forms.StepPerson, "")
	test.Type(entryAt(t, s, "person.born"), "05.03.90")
	if s.c.Person.Born != "1990-03-05" {
		t.Errorf("a birth on 05.03.90 stored as %q", s.c.Person.Born)
	}
}

func TestDateShownInThePersonsStyle(t *testing.T) {
	want := map[locales.Lang]string{
		locales.English: "13/02/2024", locales.Russian: "13.02.2024",
		locales.SerbianCyrl: "13.02.2024.", locales.SerbianLatin: "13.02.2024.",
	}
	for l, w := range want {
		c := newCaseAt(forms.StepDecision)
		c.Decision.Received = "2024-02-13"
		_, s, _ := openTestCase(t, l, c)
		if got := entryAt(t, s, "decision.received").Text; got != w {
			t.Errorf("%s: shows %q, want %q", l, got, w)
		}
	}
}

func TestCalendarPickerIsLocalizedAndPicks(t *testing.T) {
	cases := []struct {
		lang  locales.Lang
		month string
		day1  string
	}{
		{locales.English, "February 2024", "Mo"},
		{locales.Russian, "Февраль 2024", "Пн"},
		{locales.SerbianCyrl, "фебруар 2024.", "пон"},
		{locales.SerbianLatin, "februar 2024.", "pon"},
	}
	for _, tc := range cases {
		t.Run(string(tc.lang), func(t *testing.T) {
			c := newCaseAt(forms.StepDecision)
			c.Decision.Issued = "2024-02-10"
			u, s, _ := openTestCase(t, tc.lang, c)
			tapKey(t, s, "decision.issued#calendar")
			if s.picker == nil {
				t.Fatal("no calendar opened")
			}
			txt := allText(u)
			if !strings.Contains(txt, tc.month) || !strings.Contains(txt, tc.day1) {
				t.Fatalf("calendar does not show %q and %q:\n%s", tc.month, tc.day1, txt)
			}
			// The keyboard is on the chosen day.
			if u.Window().Canvas().Focused() != s.picker.days[10] {
				t.Error("the chosen day is not focused")
			}
			// Escape closes the calendar and changes nothing.
			s.picker.days[10].TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
			if s.c.Decision.Issued != "2024-02-10" || u.Window().Canvas().Focused() != focusable(t, s, "decision.issued") {
				t.Fatal("Escape in the calendar changed the date or lost the field")
			}
			tapKey(t, s, "decision.issued#calendar")
			test.Tap(s.picker.days[13])
			if s.c.Decision.Issued != "2024-02-13" {
				t.Errorf("picked %q, want 2024-02-13", s.c.Decision.Issued)
			}
			// February 2024 starts on a Thursday: three blanks before the 1st, Monday first.
			s.picker.shift(-1)
			if got := s.picker.title.Text; strings.Contains(got, "2024") && !strings.Contains(strings.ToLower(got), strings.ToLower(locales.New(tc.lang).T("screen.month.1"))) {
				t.Errorf("previous month title %q", got)
			}
		})
	}
}

func TestCalendarGridStartsOnMonday(t *testing.T) {
	tr := locales.New(locales.English)
	c := newCalendar(tr, time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC), false, fixedToday, func(time.Time) {}, func() {})
	// 7 weekday names, then 3 blanks (Mon–Wed), then Thursday 1 February 2024.
	objs := c.grid.Objects
	if b, ok := objs[7+3].(*keyButton); !ok || b.Text != "1" {
		t.Fatalf("cell 10 = %#v, want day 1 (1 Feb 2024 is a Thursday)", objs[10])
	}
	if len(c.days) != 29 {
		t.Errorf("February 2024 has %d days, want 29 (leap year)", len(c.days))
	}
}

func TestChoiceYesNoAndSwitch(t *testing.T) {
	u, s, _ := openTestCase(t, locales.English, newCaseAt(forms.StepDecision))
	tapKey(t, s, "decision.service=registered-mail")
	if s.c.Decision.Service != forms.ServiceRegMail {
		t.Fatalf("service = %q", s.c.Decision.Service)
	}
	// Space on a focused option chooses it, as Enter does.
	opt := focusable(t, s, "decision.service=mail").(*keyButton)
	u.Window().Canvas().Focus(opt)
	opt.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if s.c.Decision.Service != forms.ServiceMail {
		t.Fatalf("Space did not choose: %q", s.c.Decision.Service)
	}
	// Ordinary mail brings the from-abroad question (ZUP Art. 71: 15th day from abroad).
	tapKey(t, s, "decision.from_abroad")
	if !s.c.Decision.FromAbroad {
		t.Error("from_abroad switch not stored")
	}
	tapKey(t, s, "decision.heard=no")
	if s.c.Decision.Heard != forms.No {
		t.Errorf("heard = %q", s.c.Decision.Heard)
	}
	tapKey(t, s, "decision.heard=")
	if s.c.Decision.Heard != forms.Unknown {
		t.Errorf("don't know stored as %q, want empty", s.c.Decision.Heard)
	}
	u.refresh()
	b := focusable(t, s, "decision.heard=").(*keyButton)
	if b.Importance != widget.MediumImportance {
		t.Error("'I don't know' is not shown as chosen after a rebuild")
	}
	// Leaving ordinary mail keeps the from-abroad answer (a branch left behind).
	tapKey(t, s, "decision.service=personal")
	if !s.c.Decision.FromAbroad {
		t.Error("an answer of a branch left behind was cleared")
	}
}

func TestNumberField(t *testing.T) {
	c := newCaseAt(forms.StepDecision)
	c.Decision.Type = forms.TypeTemporaryResidenceTermination
	u, s, _ := openTestCase(t, locales.Russian, c)
	e := entryAt(t, s, "decision.departure_days")
	test.Type(e, "30")
	if s.c.Decision.DepartureDays != 30 {
		t.Fatalf("departure days = %d", s.c.Decision.DepartureDays)
	}
	e.SetText("тридцать")
	if s.c.Decision.DepartureDays != 30 {
		t.Error("an unreadable number replaced the stored one")
	}
	tr := locales.New(locales.Russian)
	if !strings.Contains(allText(u), tr.T("screen.number.invalid")) {
		t.Error("no message for an unreadable number")
	}
	e.SetText("")
	if s.c.Decision.DepartureDays != 0 {
		t.Error("an emptied number is not 0 (not set)")
	}
}

func TestRepeatedGroupAddMoveRemove(t *testing.T) {
	_, s, _ := openTestCase(t, locales.English, newCaseAt(forms.StepFamily))
	tapKey(t, s, "family.children#add")
	test.Type(entryAt(t, s, "family.children[0].name"), "Anna")
	tapKey(t, s, "family.children#add")
	test.Type(entryAt(t, s, "family.children[1].name"), "Boris")
	if len(s.c.Family.Children) != 2 {
		t.Fatalf("%d children", len(s.c.Family.Children))
	}
	tapKey(t, s, "family.children[1]#up")
	if s.c.Family.Children[0].Name != "Boris" || s.c.Family.Children[1].Name != "Anna" {
		t.Fatalf("after moving up: %+v", s.c.Family.Children)
	}
	tapKey(t, s, "family.children[0]#remove")
	if len(s.c.Family.Children) != 1 || s.c.Family.Children[0].Name != "Anna" {
		t.Fatalf("after removing: %+v", s.c.Family.Children)
	}
}

func TestNavigationKeepsAnswersAndSkipsStepsThatDoNotApply(t *testing.T) {
	u, s, _ := openTestCase(t, locales.English, newCaseAt(forms.StepDecision))
	test.Type(entryAt(t, s, "decision.number"), "26-1234/26")
	// No decision type yet: the deadlines step does not apply and Next skips it.
	s.next()
	if s.c.Step != forms.StepPerson {
		t.Fatalf("Next went to %q, want person (deadlines do not apply without a type)", s.c.Step)
	}
	// Not "not applicable": the deadlines wait for the decision type.
	if it := s.outlineItems()[forms.StepDeadlines]; it == nil || it.state != forms.StateNotStarted {
		t.Error("deadlines step without a decision type not shown as not started in the outline")
	}
	s.back()
	if s.c.Step != forms.StepDecision {
		t.Fatalf("Back went to %q", s.c.Step)
	}
	if got := entryAt(t, s, "decision.number").Text; got != "26-1234/26" {
		t.Errorf("answer after Back = %q", got)
	}
	// The outline jumps to a step (Enter on the item).
	it := s.outlineItems()[forms.StepStory]
	u.Window().Canvas().Focus(it.keyButton)
	it.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if s.c.Step != forms.StepStory {
		t.Fatalf("outline jump went to %q", s.c.Step)
	}
	if s.c.Decision.Number != "26-1234/26" {
		t.Error("answer lost")
	}
}

func TestKeyboardShortcutsWorkFromAnEntry(t *testing.T) {
	u, s, _ := openTestCase(t, locales.English, newCaseAt(forms.StepPerson))
	first := entryAt(t, s, "person.full_name")
	if u.Window().Canvas().Focused() != first {
		t.Fatal("the first field of the step is not focused")
	}
	// Enter in a single-line field goes to the next field.
	first.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if u.Window().Canvas().Focused() != focusable(t, s, "person.full_name_serbian") {
		t.Errorf("Enter moved focus to %T", u.Window().Canvas().Focused())
	}
	shortcut(u, shortcutNext)
	if s.c.Step != forms.StepFamily {
		t.Fatalf("Alt+Right from an entry: step %q", s.c.Step)
	}
	shortcut(u, shortcutBack)
	if s.c.Step != forms.StepPerson {
		t.Fatalf("Alt+Left: step %q", s.c.Step)
	}
	// The lead's Ctrl+Shift+L still cycles the language while an entry has focus.
	shortcut(u, shortcutLanguage)
	if u.Lang() == locales.English {
		t.Error("Ctrl+Shift+L swallowed by the entry")
	}
	// Tab order follows the visual order: the step's fields come in the order shown.
	var order []string
	for _, f := range s.focusables {
		order = append(order, f.path)
	}
	if len(order) < 3 || order[0] != "person.full_name" || order[1] != "person.full_name_serbian" || order[2] != "person.gender=female" {
		t.Errorf("field order %v", order)
	}
}

func TestLanguageSwitchKeepsAnswersAndStep(t *testing.T) {
	u, s, _ := openTestCase(t, locales.English, newCaseAt(forms.StepPerson))
	test.Type(entryAt(t, s, "person.full_name"), "Ivan Petrov")
	test.Type(entryAt(t, s, "person.born"), "01.03.1990")
	for _, l := range []locales.Lang{locales.Russian, locales.SerbianCyrl, locales.SerbianLatin, locales.English} {
		u.SetLang(l)
		if s.c.Step != forms.StepPerson {
			t.Fatalf("%s: step %q", l, s.c.Step)
		}
		if got := entryAt(t, s, "person.full_name").Text; got != "Ivan Petrov" {
			t.Errorf("%s: name shows %q", l, got)
		}
		if s.c.Person.Born != "1990-03-01" {
			t.Errorf("%s: born %q", l, s.c.Person.Born)
		}
		title := locales.New(l).T("interview.step.person.title")
		if !strings.Contains(allText(u), title) {
			t.Errorf("%s: step title %q not shown", l, title)
		}
	}
}

func TestQuickExitFlushesTheSave(t *testing.T) {
	u, s, path := openTestCase(t, locales.English, newCaseAt(forms.StepPerson))
	test.Type(entryAt(t, s, "person.full_name"), "Ivan Petrov")
	shortcut(u, shortcutQuickExit)
	c, err := forms.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if c.Person.FullName != "Ivan Petrov" || c.Step != forms.StepPerson {
		t.Errorf("saved name %q step %q right after the quick exit", c.Person.FullName, c.Step)
	}
	if sessionOf(u) != nil {
		t.Error("session still open")
	}
}

func TestEscapeTwiceIsAQuickExit(t *testing.T) {
	u, s, path := openTestCase(t, locales.English, newCaseAt(forms.StepPerson))
	e := entryAt(t, s, "person.full_name")
	test.Type(e, "Ivan")
	clock := fixedToday
	s.now = func() time.Time { return clock }
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	clock = clock.Add(2 * time.Second) // too slow: not an exit
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if sessionOf(u) == nil {
		t.Fatal("two slow Escapes closed the case")
	}
	clock = clock.Add(300 * time.Millisecond)
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if sessionOf(u) != nil {
		t.Fatal("two quick Escapes did not exit")
	}
	if c, _ := forms.Load(path); c == nil || c.Person.FullName != "Ivan" {
		t.Error("not saved on Escape-Escape")
	}
}

// The example case: temporary residence terminated, delivered in person on
// 12 November 2026; appeal 8 days (ZoS Art. 66(5)) counted under ZUP Art. 80.
func TestDeadlinesPanelShowsDaysLeft(t *testing.T) {
	c := forms.Example()
	c.Step = forms.StepPerson
	for _, l := range locales.All {
		t.Run(string(l), func(t *testing.T) {
			u, s, _ := openTestCase(t, l, c.Clone())
			res := s.c.Deadlines()
			d, ok := res.Deadline(legal.IDAppeal)
			if !ok || !d.Known {
				t.Fatalf("engine gives no appeal deadline for the example: %+v", res.Missing)
			}
			tr := locales.New(l)
			txt := allText(u)
			// The big number counts to the safe date (here the same as the last day).
			for _, want := range []string{
				legal.DaysLeftText(tr, fixedToday, d.Safe),
				tr.T("legal.panel.file_by", "Date", tr.Date(d.Safe)),
				tr.T(d.TitleID),
			} {
				if !strings.Contains(txt, want) {
					t.Errorf("panel lacks %q", want)
				}
			}
			if d.UrgentOn(fixedToday) && !strings.Contains(txt, tr.T("screen.deadlines.urgent")) {
				t.Error("≤ 3 days left but not marked urgent")
			}
		})
	}
}

func TestDeadlinesPanelSaysWhatToFindOut(t *testing.T) {
	c := newCaseAt(forms.StepDecision)
	c.Decision.Type = forms.TypeReturnDecision
	c.Decision.Service = forms.ServiceNotice
	u, _, _ := openTestCase(t, locales.English, c)
	tr := locales.New(locales.English)
	txt := allText(u)
	if !strings.Contains(txt, tr.T("screen.deadlines.cannot_compute")) ||
		!strings.Contains(txt, tr.T("legal.missing.received.notice")) {
		t.Errorf("panel does not say what to find out:\n%s", txt)
	}
}

func TestDeadlinesPanelUrgentWhenPassed(t *testing.T) {
	c := forms.Example()
	c.Step = forms.StepPerson
	u, s, _ := openTestCase(t, locales.English, c)
	s.now = func() time.Time { return time.Date(2027, 1, 10, 9, 0, 0, 0, time.UTC) }
	u.refresh()
	if !strings.Contains(allText(u), locales.New(locales.English).T("screen.deadlines.urgent")) {
		t.Error("a passed deadline is not marked urgent")
	}
}

// A review row of a question reads "Did you …? — No", in every language, never "…?: No".
func TestReviewRowOfAQuestionHasNoColonAfterTheQuestionMark(t *testing.T) {
	for _, l := range locales.All {
		c := forms.Example()
		c.Step = forms.StepReview
		u, _, _ := openTestCase(t, l, c)
		txt := allText(u)
		if strings.Contains(txt, "?:") {
			i := strings.Index(txt, "?:")
			t.Errorf("%s: review row %q", l, txt[max(0, i-60):min(len(txt), i+20)])
		}
		if !strings.Contains(txt, locales.New(l).T("interview.field.decision.heard.label")+" — ") {
			t.Errorf("%s: “were you heard” is not followed by its answer after a dash:\n%s", l, txt)
		}
	}
}

func TestReviewLinksToTheField(t *testing.T) {
	c := forms.Example()
	c.Person.Passport = ""
	c.Step = forms.StepReview
	u, s, _ := openTestCase(t, locales.English, c)
	tr := locales.New(locales.English)
	txt := allText(u)
	if !strings.Contains(txt, tr.T("screen.review.answer", "Label", tr.T("interview.field.person.full_name.label"), "Value", c.Person.FullName)) {
		t.Errorf("review does not list the name:\n%s", txt)
	}
	b := focusable(t, s, "review:issue:person.passport").(*keyButton)
	u.Window().Canvas().Focus(b)
	b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnter})
	if s.c.Step != forms.StepPerson {
		t.Fatalf("review link went to %q", s.c.Step)
	}
	if u.Window().Canvas().Focused() != focusable(t, s, "person.passport") {
		t.Error("the field of the gap is not focused")
	}
}

func TestIdentifyShowsHeadingsAndNarrows(t *testing.T) {
	u, s, _ := openTestCase(t, locales.Russian, newCaseAt(forms.StepIdentify))
	txt := allText(u)
	tr := locales.New(locales.Russian)
	for _, dt := range forms.DecisionTypes {
		switch {
		case dt.Heading != "":
			if !strings.Contains(txt, "„"+dt.Heading+"“") {
				t.Errorf("heading of %s not shown in Cyrillic", dt.ID)
			}
		case dt.LawTerm != "": // no sample paper: the law's words, with the article, not as a heading
			if want := tr.T("interview.law_term", "Term", quoteSerbian(locales.Russian, dt.LawTerm), "Cites", legal.CitesText(tr, dt.LawTermCites)); !strings.Contains(txt, want) {
				t.Errorf("%s: %q not shown", dt.ID, want)
			}
		}
		if !strings.Contains(txt, tr.T(dt.Title)) {
			t.Errorf("%s not offered", dt.ID)
		}
	}
	tapKey(t, s, "identify#not-sure")
	// "Where were you?" → "at the border" → "not let in" → entry refusal.
	tapKey(t, s, "identify#answer0")
	q := forms.IdentifyQuestion("border")
	for i, a := range q.Answers {
		if len(a.Types) == 1 && a.Types[0] == forms.TypeEntryRefusal {
			tapKey(t, s, "identify#answer"+string(rune('0'+i)))
		}
	}
	if s.c.Decision.Type != forms.TypeEntryRefusal {
		t.Fatalf("narrowing chose %q", s.c.Decision.Type)
	}
	if s.narrowing != nil {
		t.Error("narrowing still open after a type was found")
	}
}

func TestStepRendererHook(t *testing.T) {
	registerStepRenderer("evidence-test-hook", func(s *session, st *forms.Step) fyne.CanvasObject { return widget.NewLabel("x") })
	if rendererFor("evidence-test-hook") == nil {
		t.Fatal("renderer not registered")
	}
	renderersMu.Lock()
	delete(stepRenderers, "evidence-test-hook")
	renderersMu.Unlock()
}

// Enter chooses an option and goes on to the next question; after a date it skips
// the calendar button (the keyboard-only path through the interview).
func TestEnterMovesThroughTheDecisionStep(t *testing.T) {
	u, s, _ := openTestCase(t, locales.English, newCaseAt(forms.StepDecision))
	cv := u.Window().Canvas()
	rep := focusable(t, s, "decision.has_representative=no")
	cv.Focus(rep)
	rep.(*keyButton).TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	first := focusable(t, s, "decision.service=personal")
	if cv.Focused() != first {
		t.Fatalf("after the lawyer question Enter focused %T, want the first delivery option", cv.Focused())
	}
	first.(*keyButton).TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if s.c.Decision.Service != forms.ServicePersonal {
		t.Fatalf("Enter on an option stored %q", s.c.Decision.Service)
	}
	received := entryAt(t, s, "decision.received")
	if cv.Focused() != received {
		t.Fatalf("Enter on an option focused %T, want the delivery date", cv.Focused())
	}
	test.Type(received, "12.11.2026")
	received.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if cv.Focused() != focusable(t, s, "decision.abroad") {
		t.Errorf("after the date Enter focused %T, want the next question, not the calendar button", cv.Focused())
	}
}

func TestEnterOnADecisionTypeChoosesItAndFocusesNext(t *testing.T) {
	u, s, _ := openTestCase(t, locales.English, newCaseAt(forms.StepIdentify))
	b := focusable(t, s, "decision.type="+forms.TypeReturnDecision).(*keyButton)
	u.Window().Canvas().Focus(b)
	b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if s.c.Decision.Type != forms.TypeReturnDecision {
		t.Fatalf("type %q", s.c.Decision.Type)
	}
	if u.Window().Canvas().Focused() != s.nextBtn {
		t.Errorf("focused %T, want Next", u.Window().Canvas().Focused())
	}
}

// A field that gets the keyboard below the visible part of the step scrolls into view.
func TestFocusScrollsTheFieldIntoView(t *testing.T) {
	u, s, _ := openTestCase(t, locales.English, newCaseAt(forms.StepDecision))
	last := focusable(t, s, "decision.related")
	u.Window().Canvas().Focus(last)
	if s.body.Offset.Y <= 0 {
		t.Fatal("the step did not scroll to the focused field")
	}
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(last.(fyne.CanvasObject)).Y - d.AbsolutePositionForObject(s.body).Y
	if y < 0 || y+last.(fyne.CanvasObject).Size().Height > s.body.Size().Height {
		t.Errorf("field at %v is outside the visible %v", y, s.body.Size().Height)
	}
	u.Window().Canvas().Focus(focusable(t, s, "decision.has_representative=yes"))
	if s.body.Offset.Y != 0 {
		t.Errorf("back at the first field the step is scrolled by %v", s.body.Offset.Y)
	}
}

// At 1024×600, in every language, no step of ours is wider than its column: a wider
// one would scroll sideways and cut wrapped text at the right edge.
func TestStepsFitTheColumnAt1024(t *testing.T) {
	for _, l := range locales.All {
		for _, mk := range []func() *forms.Case{forms.Example, func() *forms.Case { return forms.New("x") }} {
			u, s, _ := openTestCase(t, l, mk())
			for _, st := range forms.Steps() {
				if rendererFor(st.ID) != nil {
					continue // another area's screen
				}
				s.c.Step = st.ID
				u.refresh()
				if w, view := s.body.Content.MinSize().Width, s.body.Size().Width; w > view+1 {
					t.Errorf("%s, step %s: content needs %.0f px, the column has %.0f", l, st.ID, w, view)
				}
			}
		}
	}
}

func TestBackToCasesSavesAndShowsHome(t *testing.T) {
	u, s, path := openTestCase(t, locales.Russian, newCaseAt(forms.StepPerson))
	test.Type(entryAt(t, s, "person.full_name"), "Иван Петров")
	s.backToCases()
	c, err := forms.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if c.Person.FullName != "Иван Петров" {
		t.Errorf("saved name %q", c.Person.FullName)
	}
	if sessionOf(u) != nil {
		t.Error("the session is still open on the home screen")
	}
	if txt := allText(u); !strings.Contains(txt, locales.New(locales.Russian).T("home.new_case")) {
		t.Error("the home screen is not shown")
	}
}
