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

// Errors returned by ParseDate (compare with errors.Is).
var (
	ErrDateEmpty      = &DateError{ID: "date.error.empty"}
	ErrDateFormat     = &DateError{ID: "date.error.format"}
	ErrDateImpossible = &DateError{ID: "date.error.impossible"}
)

func (e *DateError) Is(target error) bool {
	t, ok := target.(*DateError)
	return ok && t.ID == e.ID
}

// ParseDate accepts a date as people in Serbia, Russia and elsewhere type it:
// 13.02.2024, 13.02.2024. (Serbian style), 13. 2. 2024, 13/02/2024 (day first),
// 13-02-2024 and ISO 2024-02-13. Two-digit years are refused, as they are ambiguous.
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
