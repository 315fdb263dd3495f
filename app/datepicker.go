package app

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"appealdesk/forms"
	"appealdesk/locales"
)

// A date is typed in the person's own way (13.02.2024, 13.02.2024., 13/02/2024,
// 2024-02-13: locales.ParseDate) and stored in the case as ISO. widget.DateEntry is not
// used: its format follows the OS region and its calendar shows English month names
// (Fyne v2.8.1). The calendar picker below takes every word from the catalogues.

// dateText is what a date field shows for a stored value: a valid ISO date in the
// person's numeric style (13.02.2024.), anything else exactly as it was typed.
func dateText(tr *locales.Translator, d forms.Date) string {
	if d == "" {
		return ""
	}
	if t, err := time.Parse(time.DateOnly, string(d)); err == nil {
		if t.Year() < 1000 {
			// Numeric writes the year unpadded ("01/01/1"), which no one can type back
			// (ParseDate wants four digits); the ISO form reads back. Found by FuzzTypedDate.
			return string(d)
		}
		return tr.Numeric(t)
	}
	return string(d)
}

// parseTypedDate turns what the person typed into the value to store and the
// catalogue id of the problem, if any. A date that cannot be read is stored as typed
// (forms.Date keeps it; nothing typed is thrown away) and its message explains why.
// span reads a two-digit year (09.02.24) when only one century fits the kind of date.
func parseTypedDate(s string, span locales.Span) (forms.Date, string) {
	t, err := locales.ParseDateIn(s, span)
	if err == nil {
		return forms.Date(t.Format(time.DateOnly)), ""
	}
	if locales.IsDateError(err) {
		var de *locales.DateError
		if e, ok := err.(*locales.DateError); ok {
			de = e
		}
		if de != nil && de.ID == locales.ErrDateEmpty.ID {
			return "", "" // an empty field is a gap, not an error
		}
		if de != nil {
			return forms.Date(s), de.ID
		}
	}
	return forms.Date(s), locales.ErrDateFormat.ID
}

// dateSpan is the span a date field's two-digit years are read in.
func (s *session) dateSpan(f *forms.Field) locales.Span {
	if f != nil && f.LifeDate {
		return locales.LifeSpan(s.today())
	}
	return locales.EventSpan(s.today())
}

// dateInput is a typed-date entry with a calendar button beside it.
type dateInput struct {
	s      *session
	span   locales.Span
	entry  *keyEntry
	button *keyButton
	// onChange receives the value to store and the catalogue id of a typing problem ("" if none).
	onChange func(forms.Date, string)
}

func (s *session) newDateInput(value forms.Date, span locales.Span, onChange func(forms.Date, string)) *dateInput {
	d := &dateInput{s: s, span: span, onChange: onChange}
	d.entry = s.newEntry(false)
	d.entry.SetText(dateText(s.u.tr, value))
	d.entry.SetPlaceHolder(s.u.tr.T("date.hint"))
	d.entry.OnChanged = func(text string) {
		v, msg := parseTypedDate(text, d.span)
		if d.onChange != nil {
			d.onChange(v, msg)
		}
	}
	d.button = newKeyButton("", theme.CalendarIcon(), func() { d.openPicker() })
	d.button.name = s.u.tr.T("a11y.open_calendar")
	return d
}

// object lays the entry and the calendar button out on one line.
func (d *dateInput) object() fyne.CanvasObject {
	return container.NewBorder(nil, nil, nil, d.button, d.entry)
}

// current is the date the picker opens on: the typed one, else today.
func (d *dateInput) current() (time.Time, bool) {
	if t, err := locales.ParseDateIn(d.entry.Text, d.span); err == nil {
		return t, true
	}
	return d.s.today(), false
}

func (d *dateInput) openPicker() {
	start, has := d.current()
	var pop *widget.PopUp
	p := newCalendar(d.s.u.tr, start, has, d.s.today(), func(t time.Time) {
		d.entry.SetText(d.s.u.tr.Numeric(t)) // OnChanged stores it
		if pop != nil {
			pop.Hide()
		}
		d.s.u.win.Canvas().Focus(d.entry)
	}, func() {
		if pop != nil {
			pop.Hide()
		}
		d.s.u.win.Canvas().Focus(d.entry)
	})
	pop = widget.NewModalPopUp(p.object(), d.s.u.win.Canvas())
	d.s.picker = p
	pop.Show()
	p.focusSelected(d.s.u.win.Canvas())
}

// calendar is a month grid with localized month and weekday names, Monday first
// (as in Serbia and Russia). Every day is a focusable button: Tab moves, Space picks.
type calendar struct {
	tr       *locales.Translator
	month    time.Time // first day of the shown month
	selected time.Time // zero if none
	today    time.Time
	onPick   func(time.Time)
	onCancel func()

	title *widget.Label
	grid  *fyne.Container
	box   *fyne.Container
	days  map[int]*keyButton // day of month → button, for tests and focus
}

func newCalendar(tr *locales.Translator, start time.Time, has bool, today time.Time, onPick func(time.Time), onCancel func()) *calendar {
	c := &calendar{tr: tr, today: today, onPick: onPick, onCancel: onCancel}
	if has {
		c.selected = start
	}
	c.month = time.Date(start.Year(), start.Month(), 1, 0, 0, 0, 0, time.UTC)
	c.title = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	c.grid = container.NewGridWithColumns(7)
	nav := func(icon fyne.Resource, months int, name string) *keyButton {
		b := newKeyButton("", icon, func() { c.shift(months) })
		b.name = tr.T(name)
		b.Importance = widget.LowImportance
		b.onEscape = func() { c.onCancel() }
		return b
	}
	prevYear := nav(theme.MediaFastRewindIcon(), -12, "a11y.previous_year")
	prev := nav(theme.NavigateBackIcon(), -1, "a11y.previous_month")
	next := nav(theme.NavigateNextIcon(), 1, "a11y.next_month")
	nextYear := nav(theme.MediaFastForwardIcon(), 12, "a11y.next_year")
	header := container.NewBorder(nil, nil, container.NewHBox(prevYear, prev), container.NewHBox(next, nextYear), c.title)
	todayBtn := newKeyButton(tr.T("screen.date.today"), nil, func() { c.onPick(c.today) })
	cancel := newKeyButton(tr.T("screen.cancel"), nil, func() { c.onCancel() })
	todayBtn.onEscape, cancel.onEscape = func() { c.onCancel() }, func() { c.onCancel() }
	c.box = container.NewVBox(header, c.grid, container.NewHBox(todayBtn, cancel))
	c.fill()
	return c
}

func (c *calendar) object() fyne.CanvasObject { return c.box }

// shift moves the shown month by n months.
func (c *calendar) shift(n int) {
	c.month = c.month.AddDate(0, n, 0)
	c.fill()
}

// monthTitle is the nominative month name and the year: "Февраль 2024", "фебруар 2024.".
func (c *calendar) monthTitle() string {
	return c.tr.T("screen.date.month_year", "Month", c.tr.T(fmt.Sprintf("screen.month.%d", int(c.month.Month()))), "Year", c.month.Year())
}

func (c *calendar) fill() {
	c.title.SetText(c.monthTitle())
	objs := make([]fyne.CanvasObject, 0, 49)
	for i := 1; i <= 7; i++ { // Monday … Sunday
		l := widget.NewLabelWithStyle(c.tr.T(fmt.Sprintf("screen.weekday_short.%d", i%7)), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
		objs = append(objs, l)
	}
	lead := (int(c.month.Weekday()) + 6) % 7 // days before the 1st in a Monday-first week
	for i := 0; i < lead; i++ {
		objs = append(objs, widget.NewLabel(""))
	}
	c.days = map[int]*keyButton{}
	last := c.month.AddDate(0, 1, -1).Day()
	for day := 1; day <= last; day++ {
		t := c.month.AddDate(0, 0, day-1)
		label := fmt.Sprint(day)
		if sameDay(t, c.today) {
			label = "•" + label // today, marked without relying on colour
		}
		b := newKeyButton(label, nil, func() { c.onPick(t) })
		b.name = c.tr.T("a11y.day", "Date", c.tr.Date(t))
		if !c.selected.IsZero() && sameDay(t, c.selected) {
			b.name = c.tr.T("a11y.day_selected", "Date", c.tr.Date(t))
		}
		b.onEscape = c.onCancel
		switch {
		case !c.selected.IsZero() && sameDay(t, c.selected):
			b.Importance = widget.HighImportance
		case sameDay(t, c.today):
			b.Importance = widget.MediumImportance
		default:
			b.Importance = widget.LowImportance
		}
		c.days[day] = b
		objs = append(objs, b)
	}
	c.grid.Objects = objs
	c.grid.Refresh()
}

// focusSelected puts the keyboard on the selected day (or today, or the 1st).
func (c *calendar) focusSelected(cv fyne.Canvas) {
	day := 1
	switch {
	case !c.selected.IsZero() && sameMonth(c.selected, c.month):
		day = c.selected.Day()
	case sameMonth(c.today, c.month):
		day = c.today.Day()
	}
	if b := c.days[day]; b != nil {
		cv.Focus(b)
	}
}

func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.Month() == b.Month() && a.Day() == b.Day()
}

func sameMonth(a, b time.Time) bool { return a.Year() == b.Year() && a.Month() == b.Month() }
