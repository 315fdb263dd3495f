package locales

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date formats a calendar date in the translator's language with its weekday,
// e.g. "Tuesday 13 February 2024", "вторник, 13 февраля 2024 г.", "уторак, 13. фебруар 2024.".
func (t *Translator) Date(d time.Time) string {
	return t.T("date.long",
		"Weekday", t.T(fmt.Sprintf("weekday.%d", int(d.Weekday()))),
		"Day", d.Day(), "Month", t.T(fmt.Sprintf("month.%d", int(d.Month()))), "Year", d.Year())
}

// DayMonth formats a day without weekday and year, e.g. "14 February", "14 февраля", "14. фебруар".
func (t *Translator) DayMonth(d time.Time) string {
	return t.T("date.day_month", "Day", d.Day(), "Month", t.T(fmt.Sprintf("month.%d", int(d.Month()))))
}

// Numeric formats a date the way the person types it: 13.02.2024 (en: 13/02/2024).
func (t *Translator) Numeric(d time.Time) string {
	return t.T("date.numeric", "D", fmt.Sprintf("%02d", d.Day()), "M", fmt.Sprintf("%02d", d.Month()), "Y", d.Year())
}

// DateError says why a typed date was not accepted. ID names the catalogue message
// the interface shows in the person's language (Message).
type DateError struct {
	Input string
	ID    string
}

func (e *DateError) Error() string { return fmt.Sprintf("%s: %q", e.ID, e.Input) }

// Message is what the person is told (a MessageError).
func (e *DateError) Message() Message { return Message{ID: e.ID} }

// Errors returned by ParseDate and ParseDateIn (compare with errors.Is).
var (
	ErrDateEmpty      = &DateError{ID: "date.error.empty"}
	ErrDateFormat     = &DateError{ID: "date.error.format"}
	ErrDateImpossible = &DateError{ID: "date.error.impossible"}
	// ErrDateCentury: a two-digit year that two centuries would fit (05.03.25 as a
	// birth date: 1925 or 2025?), or none.
	ErrDateCentury = &DateError{ID: "date.error.century"}
)

// Span is the stretch of time a kind of date can fall in. It lets ParseDateIn read a
// two-digit year: 09.02.24 is the 9th of February 2024 when only 2024 puts it inside.
type Span struct{ From, To time.Time }

// EventSpan is for the dates of the matter (the decision, its delivery, later steps,
// evidence, signing): from 50 years ago to 2 years ahead. No two centuries fit it.
func EventSpan(today time.Time) Span {
	return Span{From: today.AddDate(-50, 0, 0), To: today.AddDate(2, 0, 0)}
}

// LifeSpan is for the dates of a life (birth, arrival in Serbia): the last 120
// years up to today. A two-digit year up to this year's fits two centuries there.
func LifeSpan(today time.Time) Span {
	return Span{From: today.AddDate(-120, 0, 0), To: today}
}

func (sp Span) contains(d time.Time) bool { return !d.Before(sp.From) && !d.After(sp.To) }

// ParseDateIn is ParseDate that also accepts a two-digit year, when exactly one
// century puts the date within span; otherwise the year must be typed in full
// (ErrDateCentury). Four-digit years are read as ParseDate reads them, inside the
// span or not (validation says if a date is implausible).
func ParseDateIn(s string, span Span) (time.Time, error) {
	d, err := ParseDate(s)
	if err == nil || !errors.Is(err, ErrDateFormat) {
		return d, err
	}
	day, month, yy, ok := twoDigitYear(s)
	if !ok {
		return d, err
	}
	var fits []time.Time
	for _, century := range []int{1900, 2000} {
		y := century + yy
		c := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if month < 1 || month > 12 || day < 1 || c.Day() != day {
			return time.Time{}, &DateError{Input: strings.TrimSpace(s), ID: ErrDateImpossible.ID}
		}
		if span.contains(c) {
			fits = append(fits, c)
		}
	}
	if len(fits) != 1 {
		return time.Time{}, &DateError{Input: strings.TrimSpace(s), ID: ErrDateCentury.ID}
	}
	return fits[0], nil
}

// twoDigitYear reads day, month and a two-digit year from "09.02.24", "9/2/24" or
// "09.02.24.".
func twoDigitYear(s string) (day, month, yy int, ok bool) {
	in := strings.TrimSpace(s)
	in = strings.TrimSpace(strings.TrimSuffix(in, "."))
	fields := strings.FieldsFunc(in, func(r rune) bool {
		return r == '.' || r == '/' || r == '-' || r == ' ' || r == '\u00a0'
	})
	if len(fields) != 3 || len(fields[2]) != 2 || len(fields[0]) > 2 || len(fields[1]) > 2 {
		return 0, 0, 0, false
	}
	var n [3]int
	for i, f := range fields {
		v, err := strconv.Atoi(f)
		if err != nil || v < 0 || strings.ContainsAny(f, "+-") {
			return 0, 0, 0, false
		}
		n[i] = v
	}
	return n[0], n[1], n[2], true
}

func (e *DateError) Is(target error) bool {
	t, ok := target.(*DateError)
	return ok && t.ID == e.ID
}

// ParseDate accepts a date as people in Serbia, Russia and elsewhere type it:
// 13.02.2024, 13.02.2024. (Serbian style), 13. 2. 2024, 13/02/2024 (day first),
// 13-02-2024 and ISO 2024-02-13. Two-digit years are refused here: without knowing
// what kind of date it is, 05.03.25 may be 1925 or 2025 (ParseDateIn knows).
func ParseDate(s string) (time.Time, error) {
	in := strings.TrimSpace(s)
	if in == "" {
		return time.Time{}, ErrDateEmpty
	}
	trimmed := strings.TrimSuffix(strings.TrimSuffix(in, "године"), "godine")
	trimmed = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(trimmed), "."))
	fields := strings.FieldsFunc(trimmed, func(r rune) bool {
		return r == '.' || r == '/' || r == '-' || r == ' ' || r == '\u00a0'
	})
	if len(fields) != 3 {
		return time.Time{}, &DateError{Input: in, ID: ErrDateFormat.ID}
	}
	nums := make([]int, 3)
	for i, f := range fields {
		n, err := strconv.Atoi(f)
		if err != nil || n < 0 {
			return time.Time{}, &DateError{Input: in, ID: ErrDateFormat.ID}
		}
		nums[i] = n
	}
	day, month, year := nums[0], nums[1], nums[2]
	if len(fields[0]) == 4 { // ISO order
		year, month, day = nums[0], nums[1], nums[2]
	} else if len(fields[2]) != 4 {
		return time.Time{}, &DateError{Input: in, ID: ErrDateFormat.ID}
	}
	if month < 1 || month > 12 || day < 1 || year < 1 || year > 9999 {
		return time.Time{}, &DateError{Input: in, ID: ErrDateImpossible.ID}
	}
	d := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if d.Day() != day { // 31.02 rolls over into March
		return time.Time{}, &DateError{Input: in, ID: ErrDateImpossible.ID}
	}
	return d, nil
}

// IsDateError reports whether err came from ParseDate.
func IsDateError(err error) bool {
	var de *DateError
	return errors.As(err, &de)
}
