package legal

import (
	"fmt"
	"sort"
	"sync"
	"time"

	"appealdesk/locales"
)

// The calendar covers 1900–2099: the Julian→Gregorian offset of the Orthodox Easter
// computation is 13 days only in that range (legal-reference.md §6).
//
// The rules are those of the Law on State and Other Holidays as amended (43/2001,
// 101/2007, 92/2011). For earlier years the current rules are applied as an
// approximation: the app does not know the holidays of earlier laws.
const (
	MinYear = 1900
	MaxYear = 2099
)

// YearError is returned for a year outside MinYear–MaxYear.
type YearError struct{ Year int }

func (e *YearError) Error() string {
	return fmt.Sprintf("year %d is outside the calendar (%d–%d)", e.Year, MinYear, MaxYear)
}

// Message explains the error to a person (a locales.MessageError).
func (e *YearError) Message() locales.Message {
	return locales.Message{ID: "legal.error.year", Params: []any{"Year", e.Year}}
}

// DayKind classifies a non-working day.
type DayKind string

const (
	// State holidays: Закон о државним и другим празницима, Art. 1 and 1а.
	State DayKind = "state"
	// Religious holidays observed by everyone: Art. 2 (Christmas, Orthodox Easter).
	Religious DayKind = "religious"
	// Substitute: Art. 3а, the first working day after a state-holiday date on a Sunday.
	Substitute DayKind = "substitute"
)

// Holiday is one non-working day of the calendar (besides weekends).
type Holiday struct {
	Date time.Time `json:"date"`
	Kind DayKind   `json:"kind"`
	// ID names the holiday: new-year-1, new-year-2, christmas, statehood-1, statehood-2,
	// labour-1, labour-2, armistice, good-friday, holy-saturday, easter, easter-monday,
	// substitute. Its name is the catalogue message "legal.holiday.<ID>".
	ID string `json:"id"`
	// For is the holiday a substitute day stands for (ID of the Sunday holiday), else "".
	For string `json:"for,omitempty"`
	// ForDate is the Sunday the substituted holiday fell on.
	ForDate time.Time `json:"for_date,omitzero"`
	// Basis is the article of the Law on holidays.
	Basis Citation `json:"basis"`
}

// NameID is the catalogue id of the holiday's name.
// A substitute day is named after the holiday it stands for: legal.holiday.substitute.<For>.
func (h Holiday) NameID() string {
	if h.Kind == Substitute {
		return "legal.holiday.substitute." + h.For
	}
	return "legal.holiday." + h.ID
}

// KindNameID is the catalogue id of the day's kind ("state holiday" …).
func (h Holiday) KindNameID() string { return "legal.kind." + string(h.Kind) }

// Date returns the calendar day y-m-d at 00:00 UTC, the form every date in this package takes.
func Date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// Day normalises t to its calendar day at 00:00 UTC (the wall-clock date of t is kept).
func Day(t time.Time) time.Time { return Date(t.Year(), t.Month(), t.Day()) }

// OrthodoxEaster returns the Orthodox Easter Sunday of year as a Gregorian date:
// the Julian computus (Meeus) plus 13 days, valid for 1900–2099 (legal-reference.md §6).
func OrthodoxEaster(year int) (time.Time, error) {
	if year < MinYear || year > MaxYear {
		return time.Time{}, &YearError{year}
	}
	a := year % 4
	b := year % 7
	c := year % 19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	return Date(year, time.Month(month), day).AddDate(0, 0, 13), nil
}

var (
	yearOnce [MaxYear - MinYear + 1]sync.Once
	yearDays [MaxYear - MinYear + 1][]Holiday
	// yearOff[i][yday] is true for a holiday: IsHoliday is an array lookup.
	yearOff [MaxYear - MinYear + 1][367]bool
)

// Holidays returns the non-working holidays of year, in date order; a date that is
// two holidays at once (1 May on Orthodox Easter) appears once per holiday. Weekends
// are not listed. The result is a fresh slice.
func Holidays(year int) ([]Holiday, error) {
	if year < MinYear || year > MaxYear {
		return nil, &YearError{year}
	}
	return append([]Holiday(nil), holidays(year)...), nil
}

func holidays(year int) []Holiday {
	i := year - MinYear
	yearOnce[i].Do(func() {
		yearDays[i] = computeYear(year)
		for _, h := range yearDays[i] {
			yearOff[i][h.Date.YearDay()] = true
		}
	})
	return yearDays[i]
}

func computeYear(year int) []Holiday {
	art1 := Cite(HolidaysLaw, "1", "")
	art1a := Cite(HolidaysLaw, "1а", "")
	art2 := Cite(HolidaysLaw, "2", "")
	state := []Holiday{
		{Date: Date(year, time.January, 1), Kind: State, ID: "new-year-1", Basis: art1a},
		{Date: Date(year, time.January, 2), Kind: State, ID: "new-year-2", Basis: art1a},
		{Date: Date(year, time.February, 15), Kind: State, ID: "statehood-1", Basis: art1},
		{Date: Date(year, time.February, 16), Kind: State, ID: "statehood-2", Basis: art1},
		{Date: Date(year, time.May, 1), Kind: State, ID: "labour-1", Basis: art1a},
		{Date: Date(year, time.May, 2), Kind: State, ID: "labour-2", Basis: art1a},
		// Victory Day, 9 May, is celebrated as a working day (Art. 3): not listed.
		{Date: Date(year, time.November, 11), Kind: State, ID: "armistice", Basis: art1a},
	}
	easter, _ := OrthodoxEaster(year)
	religious := []Holiday{
		{Date: Date(year, time.January, 7), Kind: Religious, ID: "christmas", Basis: art2},
		{Date: easter.AddDate(0, 0, -2), Kind: Religious, ID: "good-friday", Basis: art2},
		{Date: easter.AddDate(0, 0, -1), Kind: Religious, ID: "holy-saturday", Basis: art2},
		{Date: easter, Kind: Religious, ID: "easter", Basis: art2},
		{Date: easter.AddDate(0, 0, 1), Kind: Religious, ID: "easter-monday", Basis: art2},
	}
	all := append(append([]Holiday(nil), state...), religious...)
	off := map[time.Time]bool{}
	for _, h := range all {
		off[h.Date] = true
	}
	// Art. 3а: a state-holiday date on a Sunday makes the first following working day
	// (Monday–Friday, not a holiday nor an earlier substitute day) non-working. It names
	// state holidays only, so 7 January and Easter are not shifted (inferred from the wording).
	for _, h := range state {
		if h.Date.Weekday() != time.Sunday {
			continue
		}
		d := h.Date.AddDate(0, 0, 1)
		for d.Weekday() == time.Saturday || d.Weekday() == time.Sunday || off[d] {
			d = d.AddDate(0, 0, 1)
		}
		off[d] = true
		all = append(all, Holiday{Date: d, Kind: Substitute, ID: "substitute", For: h.ID,
			ForDate: h.Date, Basis: Cite(HolidaysLaw, "3а", "")})
	}
	// The latest state holiday is 11 November, so a substitute day never leaves the year.
	sort.SliceStable(all, func(i, j int) bool { return all[i].Date.Before(all[j].Date) })
	return all
}

// HolidaysOn returns the holidays that fall on day d (none for an ordinary day or a
// year outside the calendar).
func HolidaysOn(d time.Time) []Holiday {
	d = Day(d)
	if d.Year() < MinYear || d.Year() > MaxYear {
		return nil
	}
	var out []Holiday
	for _, h := range holidays(d.Year()) {
		if h.Date.Equal(d) {
			out = append(out, h)
		}
	}
	return out
}

// IsHoliday reports whether d is a non-working holiday or substitute day.
func IsHoliday(d time.Time) bool {
	y := d.Year()
	if y < MinYear || y > MaxYear {
		return false
	}
	holidays(y)
	return yearOff[y-MinYear][d.YearDay()]
}

// Office says on which days the authority (or court) works, for ZUP Art. 80(5) and
// ZPP Art. 103(4). The zero value is the default: Monday to Friday, except holidays.
type Office struct {
	// SaturdayWorking: the office works on Saturdays (legal-reference.md §6: Saturday is
	// not settled by statute; the default treats it as non-working).
	SaturdayWorking bool
}

// Works reports whether the office works on day d.
func (o Office) Works(d time.Time) bool {
	switch d.Weekday() {
	case time.Sunday:
		return false
	case time.Saturday:
		if !o.SaturdayWorking {
			return false
		}
	}
	return !IsHoliday(d)
}

// StrictWorkday reports whether d is Monday–Friday and not a holiday: a working day
// under any reading of the Saturday question.
func StrictWorkday(d time.Time) bool { return Office{}.Works(d) }
