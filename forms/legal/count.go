package legal

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"appealdesk/locales"
)

// PeriodError says why a typed period was not accepted.
type PeriodError struct{ Input string }

func (e *PeriodError) Error() string {
	return fmt.Sprintf("period %q: write a number and d (days), m (months) or y (years), e.g. 15d, 4m", e.Input)
}

// Message explains the error to a person (a locales.MessageError).
func (e *PeriodError) Message() locales.Message {
	return locales.Message{ID: "legal.error.period", Params: []any{"Input", e.Input}}
}

// MaxPeriodDays and friends bound what ParsePeriod accepts: no Serbian or ECHR period
// is longer than a year; the bounds only keep arithmetic inside the calendar.
const (
	MaxPeriodDays   = 3660
	MaxPeriodMonths = 120
	MaxPeriodYears  = 10
)

// ParsePeriod reads "15d", "8 d", "4m", "1y", "15 days", "4 months" (case-insensitive).
func ParsePeriod(s string) (Period, error) {
	in := strings.ToLower(strings.TrimSpace(s))
	i := 0
	for i < len(in) && in[i] >= '0' && in[i] <= '9' {
		i++
	}
	if i == 0 || i > 5 {
		return Period{}, &PeriodError{s}
	}
	n, err := strconv.Atoi(in[:i])
	if err != nil || n <= 0 {
		return Period{}, &PeriodError{s}
	}
	var p Period
	switch strings.TrimSpace(in[i:]) {
	case "d", "day", "days":
		p = Period{n, Days}
	case "m", "month", "months":
		p = Period{n, Months}
	case "y", "year", "years":
		p = Period{n, Years}
	default:
		return Period{}, &PeriodError{s}
	}
	if (p.Unit == Days && n > MaxPeriodDays) || (p.Unit == Months && n > MaxPeriodMonths) || (p.Unit == Years && n > MaxPeriodYears) {
		return Period{}, &PeriodError{s}
	}
	return p, nil
}

// AddPeriod returns the nominal last day of a period of p starting with the event on
// day from (ZUP Art. 80(2)): for days, the event day is not counted, so day N is
// from+N; for months and years, the day with the same number in the last month, or
// that month's last day if it has no such day.
func AddPeriod(from time.Time, p Period) time.Time {
	from = Day(from)
	switch p.Unit {
	case Days:
		return from.AddDate(0, 0, p.N)
	case Months, Years:
		months := p.N
		if p.Unit == Years {
			months = 12 * p.N
		}
		first := Date(from.Year(), from.Month(), 1).AddDate(0, months, 0)
		last := first.AddDate(0, 1, -1).Day()
		d := from.Day()
		if d > last {
			d = last
		}
		return Date(first.Year(), first.Month(), d)
	}
	return from
}

// Count is the result of counting one period.
type Count struct {
	From   time.Time `json:"from"`
	Period Period    `json:"period"`
	// Nominal is the day the period reaches before any move (day N, or the same-numbered day).
	Nominal time.Time `json:"nominal_day"`
	// LastDay is the legal last day: Nominal, or the first following working day of the
	// office if Nominal is a day it does not work and the period may move (ZUP Art. 80(5)).
	LastDay time.Time `json:"last_day"`
	Moved   bool      `json:"moved"`
	// NoMove: the period must not move (ECHR, Sabri Güneş).
	NoMove bool `json:"no_move,omitempty"`
	// Skipped lists the non-working days from Nominal up to the day before LastDay.
	Skipped []time.Time `json:"skipped,omitempty"`
	// Safe is the latest day on or before Nominal that is Monday–Friday and not a
	// holiday: acting on it relies on no move and on no reading of the Saturday question.
	Safe time.Time `json:"safe_date"`
	// Office used for the move.
	Office Office `json:"-"`
}

// ErrOutsideCalendar is returned when a count needs a day outside 1900–2099.
var ErrOutsideCalendar = errors.New("the period ends outside the calendar (1900–2099)")

// CountPeriod counts p from the event on day from for an office o. With move false the
// last day never moves (ECHR four months). Days outside 1900–2099 give ErrOutsideCalendar.
func CountPeriod(from time.Time, p Period, o Office, move bool) (Count, error) {
	from = Day(from)
	if p.N <= 0 || (p.Unit != Days && p.Unit != Months && p.Unit != Years) {
		return Count{}, &PeriodError{p.String()}
	}
	if from.Year() < MinYear || from.Year() > MaxYear {
		return Count{}, ErrOutsideCalendar
	}
	c := Count{From: from, Period: p, Office: o, NoMove: !move}
	c.Nominal = AddPeriod(from, p)
	if c.Nominal.Year() > MaxYear {
		return Count{}, ErrOutsideCalendar
	}
	c.LastDay = c.Nominal
	if move {
		for !o.Works(c.LastDay) {
			c.Skipped = append(c.Skipped, c.LastDay)
			c.LastDay = c.LastDay.AddDate(0, 0, 1)
			if c.LastDay.Year() > MaxYear {
				return Count{}, ErrOutsideCalendar
			}
		}
		c.Moved = !c.LastDay.Equal(c.Nominal)
	}
	c.Safe = c.Nominal
	for !StrictWorkday(c.Safe) {
		c.Safe = c.Safe.AddDate(0, 0, -1)
	}
	if c.Safe.Before(from) {
		// A one-day period from the eve of a holiday block: no working day is left
		// before the nominal day; the last day is then the only safe date.
		c.Safe = c.LastDay
	}
	return c, nil
}

// DaysLeft returns the whole days from today to last (0 = the last day is today,
// negative = passed). Both are taken as calendar days; no clock time is involved.
func DaysLeft(today, last time.Time) int {
	return int(Day(last).Sub(Day(today)).Hours() / 24)
}
