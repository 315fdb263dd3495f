package app

import "fyne.io/fyne/v2"

// What screen readers get (Fyne v2.8.1, built with -tags accessibility, Windows and
// macOS only): every button, hyperlink and label reachable from the window through
// plain containers is reported with a name and a role; Fyne does not look inside
// other widgets (scroll areas, lists, split panes, dialogs), and entries, checks,
// radios and selects are not reported at all. The README ("Accessibility") says what
// that leaves a person with a screen reader; TestEveryButtonHasAName checks the names.

// AccessibilityLabel is what a screen reader reads for the button: its name when it
// has one (an icon-only button, a day in the calendar, a choice whose text is a
// label beside it), else its text. Fyne's own would read an icon's file name
// ("foreground_arrow-back.svg") and fails on a button with neither text nor icon.
func (b *keyButton) AccessibilityLabel() string {
	if b.name != "" {
		return b.name
	}
	return b.Text
}

// AccessibilityRole: a button.
func (b *keyButton) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }
