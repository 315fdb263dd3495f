package app

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"appealdesk/forms"
	"appealdesk/locales"
)

// exposed is what Fyne v2.8.1's screen-reader bridge (internal/driver/glfw/
// accessibility_windows.go, _darwin.go; built with -tags accessibility) reports of
// a window: every visible fyne.Accessible object reached from the content and the
// overlays through *fyne.Container children only — the bridge does not look inside
// any other widget. Containers themselves are left out, as on Windows.
func exposed(c fyne.Canvas) (names []string, roles []fyne.AccessibleRole) {
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		if a, ok := o.(fyne.Accessible); ok && a.AccessibilityRole() != fyne.AccessibleRoleContainer {
			names = append(names, a.AccessibilityLabel())
			roles = append(roles, a.AccessibilityRole())
		}
		if cont, ok := o.(*fyne.Container); ok {
			for _, x := range cont.Objects {
				walk(x)
			}
		}
	}
	walk(c.Content())
	for _, o := range c.Overlays().List() {
		walk(o)
	}
	return names, roles
}

// everyAccessible calls f for every fyne.Accessible object of ours in the tree,
// also inside scroll areas and split panes (which the bridge does not enter today,
// but a later Fyne may), so every name is right before anyone can hear it.
func everyAccessible(o fyne.CanvasObject, f func(a fyne.Accessible, o fyne.CanvasObject)) {
	if o == nil {
		return
	}
	if a, ok := o.(fyne.Accessible); ok {
		f(a, o)
	}
	switch w := o.(type) {
	case *fyne.Container:
		for _, x := range w.Objects {
			everyAccessible(x, f)
		}
	case *container.Scroll:
		everyAccessible(w.Content, f)
	case *wheelSpeed: // the interview's page
		everyAccessible(w.content, f)
	case *container.Split:
		everyAccessible(w.Leading, f)
		everyAccessible(w.Trailing, f)
	}
}

// checkNames fails for a button or link without a name, or named by an icon's file
// ("foreground_arrow-back.svg"), or whose name cannot even be read (Fyne's Button
// panics for a button with neither text nor icon).
func checkNames(t *testing.T, where string, root fyne.CanvasObject) int {
	t.Helper()
	n := 0
	everyAccessible(root, func(a fyne.Accessible, o fyne.CanvasObject) {
		role := a.AccessibilityRole()
		if role != fyne.AccessibleRoleButton && role != fyne.AccessibleRoleLink {
			return
		}
		n++
		var name string
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: reading the name of %T panics: %v", where, o, r)
				}
			}()
			name = a.AccessibilityLabel()
		}()
		if strings.TrimSpace(name) == "" || strings.HasSuffix(name, ".svg") {
			t.Errorf("%s: a %s named %q (%T)", where, role, name, o)
		}
	})
	return n
}

// Every button a person can reach — home screen, every step of the interview, the
// date picker — has a name in the interface language.
func TestEveryButtonHasAName(t *testing.T) {
	for _, l := range locales.All {
		t.Run(string(l), func(t *testing.T) {
			u, _ := homeUI(t, refusalCase("A", "2026-11-20"), forms.Example())
			u.SetLang(l)
			if n := checkNames(t, "home", u.Window().Content()); n < 9 {
				t.Errorf("home: only %d buttons seen", n)
			}
			u2, s, _ := openTestCase(t, l, forms.Example())
			for _, st := range forms.Steps() {
				s.c.Step = st.ID
				u2.refresh()
				checkNames(t, st.ID, u2.Window().Content())
			}
			// The date picker (a pop-up: its content is checked directly).
			s.c.Step = forms.StepByID("decision").ID
			u2.refresh()
			found := false
			everyAccessible(u2.Window().Content(), func(a fyne.Accessible, o fyne.CanvasObject) {
				if a.AccessibilityLabel() == locales.New(l).T("a11y.open_calendar") {
					found = true
				}
			})
			if !found {
				t.Fatal("no calendar button on the decision step")
			}
			cal := newCalendar(u2.tr, fixedToday, true, fixedToday, func(time.Time) {}, func() {})
			if n := checkNames(t, "calendar", cal.box); n < 28 {
				t.Errorf("calendar: %d buttons", n)
			}
			if got := cal.days[fixedToday.Day()].AccessibilityLabel(); got != u2.tr.T("a11y.day_selected", "Date", u2.tr.Date(fixedToday)) {
				t.Errorf("today's button reads %q", got)
			}
		})
	}
}

// What a screen reader is given of the home screen today (the README's list): the
// actions, the column names, the selected case in one sentence, and the buttons
// acting on it; never the rows of the list, the filter or the order.
func TestHomeExposedToScreenReaders(t *testing.T) {
	u, _ := homeUI(t, refusalCase("Ana", "2026-11-20"), forms.Example())
	names, roles := exposed(u.Window().Canvas())
	tr := locales.New(locales.English)
	has := func(name string, role fyne.AccessibleRole) bool {
		for i := range names {
			if names[i] == name && roles[i] == role {
				return true
			}
		}
		return false
	}
	for _, id := range []string{"home.new_case", "home.open_file", "home.open_package", "caseload.ics.button", "about.button",
		"home.open", "home.rename", "home.duplicate", "home.delete"} {
		if !has(tr.T(id), fyne.AccessibleRoleButton) {
			t.Errorf("button %q not exposed; exposed: %q", tr.T(id), names)
		}
	}
	for _, id := range []string{"app.privacy", "home.cases", "caseload.col.case", "caseload.col.next", "caseload.col.days"} {
		if !has(tr.T(id), fyne.AccessibleRoleText) {
			t.Errorf("text %q not exposed", tr.T(id))
		}
	}
	selected := ""
	for _, n := range names {
		if strings.HasPrefix(n, "Selected: ") {
			selected = n
		}
	}
	// The example's appeal is past: urgent first, and its sentence says so in words.
	if !strings.HasPrefix(selected, "Selected: URGENT: ") || !strings.Contains(selected, "Passed 4 days ago") {
		t.Errorf("selected case read as %q", selected)
	}
	for _, n := range names {
		if n == "Ana" {
			t.Error("a row of the list is exposed: the README says rows are not")
		}
	}
	// Moving in the list changes the sentence.
	u.homeState().list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	names2, _ := exposed(u.Window().Canvas())
	if fmt.Sprint(names2) == fmt.Sprint(names) {
		t.Error("the exposed sentence did not follow the selection")
	}
}

// In a case, the bridge is given the header, the step's heading and the buttons below
// the step, not the step's questions (they are in a scrolling area): what the README says. If this changes,
// the README's "Accessibility" must change with it.
func TestInterviewExposedToScreenReaders(t *testing.T) {
	u, s, _ := openTestCase(t, locales.English, forms.Example())
	tr := locales.New(locales.English)
	for _, st := range forms.Steps() {
		s.c.Step = st.ID
		u.refresh()
		names, roles := exposed(u.Window().Canvas())
		joined := strings.Join(names, "|")
		for _, want := range []string{tr.T("screen.back_to_cases"), s.c.Title} {
			if !strings.Contains(joined, want) {
				t.Errorf("%s: %q not exposed: %q", st.ID, want, names)
			}
		}
		// The step's heading is above the page, outside its scroll area: a screen
		// reader says which step the person is on.
		heading := false
		for i, n := range names {
			if n == tr.T(st.Title) && roles[i] == fyne.AccessibleRoleText {
				heading = true
			}
		}
		if !heading {
			t.Errorf("%s: the step's heading %q is not exposed: %q", st.ID, tr.T(st.Title), names)
		}
		if strings.Contains(joined, "Ivan Petrov") { // an answer of the example
			t.Errorf("%s: an answer is exposed — update the README: %q", st.ID, names)
		}
	}
}
