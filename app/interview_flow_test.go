package app

import (
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"appealdesk/forms"
	"appealdesk/locales"
)

func press(obj fyne.Focusable, key fyne.KeyName) {
	obj.TypedKey(&fyne.KeyEvent{Name: key})
}

// screenY is where obj is drawn in the page's view (content position less the scroll).
func screenY(t *testing.T, s *session, obj fyne.CanvasObject) float32 {
	t.Helper()
	p, ok := positionIn(s.body.Content, obj)
	if !ok {
		t.Fatalf("%T is not on the page", obj)
	}
	return p.Y - s.body.Offset.Y
}

// After Space (or a click, or Enter) on Yes / No / I don't know, on a radio choice or
// on the delivery method, the keyboard is on the next question: never lost, never on
// "Back to cases" (where Tab+Space left the case).
func TestChoosingMovesToTheNextQuestion(t *testing.T) {
	for _, l := range locales.All {
		t.Run(string(l), func(t *testing.T) {
			c := newCaseAt(forms.StepDecision)
			c.Decision.Type = forms.TypeTemporaryResidenceTermination
			u, s, _ := openTestCase(t, l, c)
			cv := u.Window().Canvas()
			steps := []struct{ choose, next string }{
				{"decision.service=personal", "decision.received"},                   // the delivery method, a radio list
				{"decision.security_grounds=yes", "decision.gives_reasons=yes"},      // Yes
				{"decision.gives_reasons=no", "decision.heard=yes"},                  // No
				{"decision.remedy_instruction=", "decision.says_not_suspensive=yes"}, // I don't know
			}
			for _, st := range steps {
				b := focusable(t, s, st.choose)
				cv.Focus(b)
				press(b, fyne.KeySpace)
				if got := cv.Focused(); got != focusable(t, s, st.next) {
					t.Fatalf("after Space on %s the keyboard is on %T (%q), want %s", st.choose, got, s.focusedKey(), st.next)
				}
			}
			// Enter on an option chooses it and goes on as well.
			b := focusable(t, s, "decision.heard=no")
			cv.Focus(b)
			press(b, fyne.KeyReturn)
			if s.c.Decision.Heard != forms.No || cv.Focused() != focusable(t, s, "decision.related") {
				t.Fatalf("Enter on an option: heard %q, keyboard on %q", s.c.Decision.Heard, s.focusedKey())
			}
			// A choice that brings a question (ordinary mail → from abroad): the next
			// question is still the date, and the new one comes after it.
			b = focusable(t, s, "decision.service=mail")
			cv.Focus(b)
			press(b, fyne.KeySpace)
			if cv.Focused() != focusable(t, s, "decision.received") {
				t.Fatalf("after choosing ordinary mail the keyboard is on %q, want the delivery date", s.focusedKey())
			}
			focusable(t, s, "decision.from_abroad")
		})
	}
}

// Enter goes on from a switch and a long list as well (Space ticks, Enter moves).
func TestEnterGoesOnFromEveryKindOfField(t *testing.T) {
	c := newCaseAt(forms.StepDecision)
	c.Decision.Type = forms.TypeTemporaryResidenceTermination
	u, s, _ := openTestCase(t, locales.English, c)
	cv := u.Window().Canvas()
	sw := focusable(t, s, "decision.departure_immediate")
	cv.Focus(sw)
	press(sw, fyne.KeyReturn)
	if c := s.c.Decision.DepartureImmediate; c || cv.Focused() == sw {
		t.Fatalf("Enter on a switch: ticked %v, keyboard still there %v", c, cv.Focused() == sw)
	}
	// A long answer keeps Enter for a new line; Ctrl+Enter goes on.
	_, s2, _ := openTestCase(t, locales.English, newCaseAt(forms.StepStory))
	e := entryAt(t, s2, "story.what_happened")
	s2.u.win.Canvas().Focus(e)
	typeLikeAPerson(e, "one\ntwo")
	if e.Text != "one\ntwo" {
		t.Fatalf("Enter in a long answer: %q", e.Text)
	}
	e.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	if s2.u.win.Canvas().Focused() == e {
		t.Error("Ctrl+Enter did not leave the long answer")
	}
}

// TestEnterGoesOnFromAChoiceYouCanType: the citizenship is chosen from a list or typed
// (a select entry); Enter goes on to the next question as from any other field (it
// did nothing there, and the keyboard walk typed the next answers into it).
func TestEnterGoesOnFromAChoiceYouCanType(t *testing.T) {
	u, s, _ := openTestCase(t, locales.Russian, newCaseAt(forms.StepPerson))
	cv := u.Window().Canvas()
	f := focusable(t, s, "person.citizenship")
	if _, ok := f.(*widget.SelectEntry); !ok {
		t.Fatalf("the citizenship is a %T, not a select entry: the test no longer covers it", f)
	}
	cv.Focus(f)
	f.TypedRune('R')
	press(f, fyne.KeyReturn)
	if cv.Focused() == f || cv.Focused() == nil {
		t.Fatalf("Enter in the citizenship left the keyboard on %T", cv.Focused())
	}
}

// A question that appears after an answer (the entry ban's length, the spouse's name,
// a child) comes in below the answered one: the answered question stays where it was
// on the screen, keeps its widgets and the page does not jump to the top.
func TestFollowUpKeepsThePage(t *testing.T) {
	c := newCaseAt(forms.StepDecision)
	c.Decision.Type = forms.TypeTemporaryResidenceTermination
	u, s, _ := openTestCase(t, locales.Russian, c)
	cv := u.Window().Canvas()
	ban := focusable(t, s, "decision.entry_ban")
	cv.Focus(ban) // scrolls it into view, well down the step
	before := screenY(t, s, ban.(fyne.CanvasObject))
	offset := s.body.Offset.Y
	if offset <= 0 {
		t.Fatal("the entry ban switch is not below the fold at 1024×600; the test needs a scrolled page")
	}
	issuer := focusable(t, s, "decision.issuer")
	ban.TypedRune(' ') // on: "for how many years" appears
	if !s.c.Decision.EntryBan {
		t.Fatal("Space did not tick the entry ban")
	}
	years := focusable(t, s, "decision.entry_ban_years")
	if got := screenY(t, s, ban.(fyne.CanvasObject)); got != before || s.body.Offset.Y != offset {
		t.Errorf("the answered question moved from %v to %v on screen (scroll %v → %v)", before, got, offset, s.body.Offset.Y)
	}
	if focusable(t, s, "decision.issuer") != issuer || focusable(t, s, "decision.entry_ban") != ban {
		t.Error("the step's other fields were built again")
	}
	if cv.Focused() != ban {
		t.Errorf("the keyboard left the switch for %q", s.focusedKey())
	}
	if y := screenY(t, s, years.(fyne.CanvasObject)); y <= before {
		t.Errorf("the new question is at %v, not below the answered one at %v", y, before)
	}

	// Family: Yes to a spouse brings the spouse's name, which gets the keyboard.
	_, s, _ = openTestCase(t, locales.SerbianLatin, newCaseAt(forms.StepFamily))
	cv = s.u.win.Canvas()
	yes := focusable(t, s, "family.spouse=yes")
	cv.Focus(yes)
	before = screenY(t, s, yes.(fyne.CanvasObject))
	press(yes, fyne.KeySpace)
	if got := screenY(t, s, yes.(fyne.CanvasObject)); got != before {
		t.Errorf("family: the spouse question moved from %v to %v", before, got)
	}
	name := entryAt(t, s, "family.spouse_name")
	if cv.Focused() != name {
		t.Errorf("family: the keyboard is on %q, want the spouse's name", s.focusedKey())
	}
	typeLikeAPerson(name, "Ana Petrović")
	// Add a child: the page stays, the child's first question gets the keyboard.
	add := focusable(t, s, "family.children#add")
	cv.Focus(add)
	offset = s.body.Offset.Y
	press(add, fyne.KeySpace)
	child := entryAt(t, s, "family.children[0].name")
	if cv.Focused() != child {
		t.Fatalf("after Add child the keyboard is on %q", s.focusedKey())
	}
	if s.body.Offset.Y < offset {
		t.Errorf("Add child scrolled the page up from %v to %v", offset, s.body.Offset.Y)
	}
	if entryAt(t, s, "family.spouse_name").Text != "Ana Petrović" {
		t.Error("the spouse's name was lost")
	}
}

// The mouse wheel over a long answer scrolls the page (it stalled there), by three
// lines a notch; the long answer grows with its text instead of scrolling inside.
func TestWheelOverALongAnswerScrollsThePage(t *testing.T) {
	c := forms.Example()
	c.Step = forms.StepStory
	_, s, _ := openTestCase(t, locales.English, c)
	e := entryAt(t, s, "story.what_happened")
	var pass *passScroll
	for _, o := range test.WidgetRenderer(e).Objects() {
		if p, ok := o.(*passScroll); ok {
			pass = p
		}
	}
	if pass == nil {
		t.Fatal("the long answer still scrolls inside itself")
	}
	before := s.body.Offset.Y
	pass.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -25)}) // one notch down, as Fyne sends it
	moved := s.body.Offset.Y - before
	want := 3 * (theme.TextSize() + theme.LineSpacing())
	if moved < want-1 || moved > want+1 {
		t.Errorf("one notch over the long answer moved the page %v px, want three lines (%v)", moved, want)
	}
	// The outline and the deadlines beside the step scroll at the same speed.
	for _, sc := range []*container.Scroll{s.outlineScroll, s.panelScroll} {
		w, ok := sc.Content.(*wheelSpeed)
		if !ok {
			t.Fatalf("%T scrolls at Fyne's own speed", sc.Content)
		}
		sc.Offset.Y = 0
		w.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -25)})
		if sc.Content.MinSize().Height > sc.Size().Height+want && (sc.Offset.Y < want-1 || sc.Offset.Y > want+1) {
			t.Errorf("one notch moved a side column %v px, want %v (content %v, view %v)", sc.Offset.Y, want, sc.Content.MinSize(), sc.Size())
		}
	}
	// Typing many lines makes the field taller; its text never overflows it.
	h := e.Size().Height
	s.u.win.Canvas().Focus(e)
	typeLikeAPerson(e, strings.Repeat("Another line of what happened.\n", 12))
	if e.Size().Height <= h {
		t.Errorf("the long answer did not grow (%v → %v)", h, e.Size().Height)
	}
	if pass.inner.Content.MinSize().Height > pass.inner.Size().Height+1 {
		t.Errorf("the text (%v) is taller than the field (%v)", pass.inner.Content.MinSize().Height, pass.inner.Size().Height)
	}
}

// The mouse wheel over a one-line field scrolls the page like the wheel over a label
// (the field's own sideways scroll took every notch, and the page stopped under it).
func TestWheelOverALineFieldScrollsThePage(t *testing.T) {
	c := forms.Example()
	c.Step = forms.StepDecision
	_, s, _ := openTestCase(t, locales.English, c)
	e := entryAt(t, s, "decision.issuer")
	d := fyne.CurrentApp().Driver()
	s.body.ScrollToOffset(fyne.NewPos(0, d.AbsolutePositionForObject(e).Y-250))
	pos := d.AbsolutePositionForObject(e)
	want := 3 * (theme.TextSize() + theme.LineSpacing())
	for _, at := range []struct {
		name string
		pos  fyne.Position
	}{{"over the field", pos.AddXY(10, 10)}, {"over its label", pos.AddXY(10, -30)}} {
		before := s.body.Offset.Y
		test.Scroll(s.u.win.Canvas(), at.pos, 0, -25) // one notch down, as Fyne sends it
		if moved := s.body.Offset.Y - before; moved < want-1 || moved > want+1 {
			t.Errorf("one notch %s moved the page %v px, want three lines (%v)", at.name, moved, want)
		}
	}
}

// A step with unanswered required questions says how many and which, above Next, and
// its button puts the keyboard on the first; the line goes when all are answered.
func TestIncompleteStepSaysWhatIsMissing(t *testing.T) {
	c := newCaseAt(forms.StepFamily)
	u, s, _ := openTestCase(t, locales.Russian, c)
	tr := locales.New(locales.Russian)
	if !s.gapsLabel.Visible() {
		t.Fatal("no line about the unanswered question")
	}
	want := tr.N("screen.gaps.missing", 1, "Fields", tr.T("interview.field.family.spouse.label"))
	if s.gapsLabel.Text != want {
		t.Errorf("gaps line %q, want %q", s.gapsLabel.Text, want)
	}
	u.Window().Canvas().Focus(s.nextBtn)
	test.Tap(s.gapsBtn)
	if u.Window().Canvas().Focused() != focusable(t, s, "family.spouse=yes") {
		t.Errorf("the button put the keyboard on %q", s.focusedKey())
	}
	tapKey(t, s, "family.spouse=no")
	if s.gapsLabel.Visible() {
		t.Errorf("the line stays when nothing is missing: %q", s.gapsLabel.Text)
	}
	// Many gaps: the count and the first names.
	s.goTo(forms.StepPerson, "")
	if !s.gapsLabel.Visible() || !strings.Contains(s.gapsLabel.Text, tr.T("interview.field.person.full_name.label")) || !strings.Contains(s.gapsLabel.Text, "…") {
		t.Errorf("person step gaps line %q", s.gapsLabel.Text)
	}
	// At 1024×600 the Russian line is wider than its place: it wraps onto more lines,
	// so the names are read, not cut off behind an ellipsis.
	one := fyne.MeasureText(s.gapsLabel.Text, theme.TextSize(), fyne.TextStyle{})
	if one.Width > s.gapsLabel.Size().Width && s.gapsLabel.Size().Height < 2*one.Height {
		t.Errorf("the gaps line (%v wide) is cut to one line in %v", one.Width, s.gapsLabel.Size())
	}
}

// The review's first button goes to the first gap of the whole interview, with the
// keyboard on its question.
func TestReviewGoesToTheFirstGap(t *testing.T) {
	c := forms.Example()
	c.Person.Passport = ""
	c.Step = forms.StepReview
	u, s, _ := openTestCase(t, locales.SerbianLatin, c)
	first := focusable(t, s, "review#first-gap")
	if u.Window().Canvas().Focused() != first {
		t.Fatalf("the review opens with the keyboard on %q, want its first-gap button", s.focusedKey())
	}
	press(first, fyne.KeyReturn)
	if s.c.Step != forms.StepPerson || u.Window().Canvas().Focused() != focusable(t, s, "person.passport") {
		t.Fatalf("went to %s, keyboard on %q", s.c.Step, s.focusedKey())
	}
}

// A new case: nothing the person has not seen is "done", and the deadlines wait for
// the decision type.
func TestNewCaseProgressIsHonest(t *testing.T) {
	u, s, _ := openTestCase(t, locales.English, forms.New("new"))
	tr := locales.New(locales.English)
	txt := allText(u)
	for _, id := range []string{forms.StepArguments, forms.StepDeadlines, forms.StepReview} {
		it := s.outlineItems()[id]
		if it.state != forms.StateNotStarted {
			t.Errorf("new case: %s is %s", id, it.state)
		}
	}
	if strings.Contains(txt, tr.T("screen.state.done")) || strings.Contains(txt, tr.T("screen.state.not_applicable")) {
		t.Errorf("a new case shows a step done or not applicable:\n%s", txt)
	}
	s.goTo(forms.StepArguments, "")
	s.goTo(forms.StepIdentify, "")
	if it := s.outlineItems()[forms.StepArguments]; it.state != forms.StateDone {
		t.Errorf("arguments seen: %s", it.state)
	}
}

// Typing and moving between steps update the screen in place: the header, the
// outline's items and the buttons stay the same widgets.
func TestScreenIsUpdatedNotRebuilt(t *testing.T) {
	u, s, _ := openTestCase(t, locales.English, newCaseAt(forms.StepPerson))
	root, title, next := u.Window().Content(), s.title, s.nextBtn
	item := s.outlineItems()[forms.StepStory]
	e := entryAt(t, s, "person.full_name")
	typeLikeAPerson(e, "Ivan Petrov")
	s.next()
	s.back()
	if u.Window().Content() != root || s.title != title || s.nextBtn != next || s.outlineItems()[forms.StepStory] != item {
		t.Error("the screen was built again")
	}
	if s.outlineItems()[forms.StepPerson].text == "" || !strings.Contains(s.outlineItems()[forms.StepPerson].text, "(you are here)") {
		t.Errorf("outline not updated: %q", s.outlineItems()[forms.StepPerson].text)
	}
	// A language switch builds it anew and keeps the field and the scroll.
	cv := u.Window().Canvas()
	cv.Focus(focusable(t, s, "person.in_serbia_since"))
	if s.body.Offset.Y <= 0 {
		t.Fatal("the field is not below the fold; the test needs a scrolled page")
	}
	u.SetLang(locales.Russian)
	if s.focusedKey() != "person.in_serbia_since" {
		t.Errorf("after the switch the keyboard is on %q", s.focusedKey())
	}
	f := focusable(t, s, "person.in_serbia_since").(fyne.CanvasObject)
	if y := screenY(t, s, f); s.body.Offset.Y <= 0 || y < 0 || y+f.Size().Height > s.body.Size().Height {
		t.Errorf("after the switch the field is at %v of a %v view (scroll %v)", y, s.body.Size().Height, s.body.Offset.Y)
	}
}

// No screen shows a date in ISO form (2027-01-05): messages about dates say them the
// way the person writes dates (issue 12, point 8).
func TestNoISODateOnAnyScreen(t *testing.T) {
	iso := regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}\b`)
	for _, l := range locales.All {
		c := forms.Example()
		c.Person.Born = "2030-01-05"       // in the future
		c.Decision.Received = "2026-11-01" // before the date on the decision
		c.Family.Children[0].Born = "1950-01-01"
		u, s, _ := openTestCase(t, l, c)
		for _, st := range forms.Steps() {
			s.goTo(st.ID, "")
			if m := iso.FindString(allText(u)); m != "" {
				t.Errorf("%s, step %s shows %s", l, st.ID, m)
			}
		}
	}
}

// A language used before is shown again by updating its screen, with every answer
// given meanwhile in another language; a step seen before is shown again the same way.
func TestScreensAreReusedAndKeptUpToDate(t *testing.T) {
	u, s, _ := openTestCase(t, locales.English, newCaseAt(forms.StepPerson))
	en := s.root
	typeLikeAPerson(entryAt(t, s, "person.full_name"), "Ivan")
	u.SetLang(locales.Russian)
	typeLikeAPerson(entryAt(t, s, "person.full_name"), " Petrov")
	u.SetLang(locales.English)
	if s.root != en || !en.Visible() {
		t.Error("the English screen was built again (or is not the one shown)")
	}
	if got := entryAt(t, s, "person.full_name").Text; got != "Ivan Petrov" {
		t.Errorf("back in English the name shows %q", got)
	}
	if s.c.Person.FullName != "Ivan Petrov" {
		t.Errorf("stored %q", s.c.Person.FullName)
	}
	// A step seen before keeps its widgets; an answer given elsewhere that changes
	// what it shows (the argument suggested by the story) builds that field again.
	s.goTo(forms.StepArguments, "")
	view := s.view
	s.goTo(forms.StepStory, "")
	tapKey(t, s, "story.activity=yes")
	s.goTo(forms.StepArguments, "")
	if s.view != view {
		t.Error("the arguments step was built again")
	}
	for _, f := range forms.StepByID(forms.StepArguments).Fields {
		id := strings.TrimPrefix(f.Path, "arguments.")
		chk := focusable(t, s, f.Path).(*keyCheck)
		if chk.Checked != forms.ArgumentKept(s.c, id) {
			t.Errorf("argument %s shows %v, the case says %v", id, chk.Checked, forms.ArgumentKept(s.c, id))
		}
	}
}
