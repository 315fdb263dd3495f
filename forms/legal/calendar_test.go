package legal

import (
	"errors"
	"testing"
	"time"
)

func TestOrthodoxEasterReferenceList(t *testing.T) {
	// Orthodox Easter Sundays 2020–2031, an independent list (python-dateutil's
	// EASTER_ORTHODOX gives the same dates).
	want := map[int]string{
		2020: "2020-04-19", 2021: "2021-05-02", 2022: "2022-04-24", 2023: "2023-04-16",
		2024: "2024-05-05", 2025: "2025-04-20", 2026: "2026-04-12", 2027: "2027-05-02",
		2028: "2028-04-16", 2029: "2029-04-08", 2030: "2030-04-28", 2031: "2031-04-13",
	}
	for y, w := range want {
		got, err := OrthodoxEaster(y)
		if err != nil || got.Format("2006-01-02") != w {
			t.Errorf("Art. 2 Orthodox Easter %d = %v, %v; want %s", y, got, err, w)
		}
		if got.Weekday() != time.Sunday {
			t.Errorf("Easter %d is a %v", y, got.Weekday())
		}
	}
}

func TestYearRange(t *testing.T) {
	for _, y := range []int{1899, 2100, 0, -5} {
		if _, err := Holidays(y); !errors.As(err, new(*YearError)) {
			t.Errorf("Holidays(%d) err = %v, want YearError", y, err)
		}
		if _, err := OrthodoxEaster(y); err == nil {
			t.Errorf("OrthodoxEaster(%d) accepted", y)
		}
	}
	for _, y := range []int{1900, 2099} {
		if _, err := Holidays(y); err != nil {
			t.Errorf("Holidays(%d): %v", y, err)
		}
	}
}

func TestCalendarDays(t *testing.T) {
	type day struct {
		name string
		date time.Time
		off  bool
		kind DayKind
		id   string
	}
	cases := []day{
		{"Art. 1 Statehood Day 15 Feb 2024", Date(2024, 2, 15), true, State, "statehood-1"},
		{"Art. 1 Statehood Day second day 16 Feb 2024", Date(2024, 2, 16), true, State, "statehood-2"},
		{"Art. 1а New Year 1 Jan 2025", Date(2025, 1, 1), true, State, "new-year-1"},
		{"Art. 1а New Year 2 Jan 2025", Date(2025, 1, 2), true, State, "new-year-2"},
		{"Art. 1а Labour Day 1 May 2025", Date(2025, 5, 1), true, State, "labour-1"},
		{"Art. 1а Armistice Day 11 Nov 2025", Date(2025, 11, 11), true, State, "armistice"},
		{"Art. 3 Victory Day 9 May 2025 is a working day", Date(2025, 5, 9), false, "", ""},
		{"Art. 2 Christmas 7 Jan 2025", Date(2025, 1, 7), true, Religious, "christmas"},
		{"Art. 2 Good Friday 18 Apr 2025", Date(2025, 4, 18), true, Religious, "good-friday"},
		{"Art. 2 Holy Saturday 19 Apr 2025", Date(2025, 4, 19), true, Religious, "holy-saturday"},
		{"Art. 2 Easter 20 Apr 2025", Date(2025, 4, 20), true, Religious, "easter"},
		{"Art. 2 Easter Monday 21 Apr 2025", Date(2025, 4, 21), true, Religious, "easter-monday"},
		{"Art. 2 Easter Tuesday 22 Apr 2025 is a working day", Date(2025, 4, 22), false, "", ""},
		{"Art. 4 Catholic Christmas 25 Dec 2025 is a working day for authorities", Date(2025, 12, 25), false, "", ""},
		{"Art. 5 Saint Sava 27 Jan 2025 is a working day", Date(2025, 1, 27), false, "", ""},
		{"Art. 5 Vidovdan 28 Jun 2024 (Friday) is a working day", Date(2024, 6, 28), false, "", ""},
		{"Art. 3а 2022: 1 May Sunday, 2 May holiday, so Tue 3 May is non-working", Date(2022, 5, 3), true, Substitute, "substitute"},
		{"Art. 3а 2022: Wed 4 May is a working day", Date(2022, 5, 4), false, "", ""},
		{"Art. 3а 2025: 16 Feb Sunday → Mon 17 Feb non-working", Date(2025, 2, 17), true, Substitute, "substitute"},
		{"Art. 3а 2026: 15 Feb Sunday, 16 Feb holiday → Tue 17 Feb non-working", Date(2026, 2, 17), true, Substitute, "substitute"},
		{"Art. 3а 2023: 1 Jan Sunday → Tue 3 Jan non-working", Date(2023, 1, 3), true, Substitute, "substitute"},
		{"Art. 3а 2022: 2 Jan Sunday → Mon 3 Jan non-working", Date(2022, 1, 3), true, Substitute, "substitute"},
		{"Art. 3а 2018: 11 Nov Sunday → Mon 12 Nov non-working", Date(2018, 11, 12), true, Substitute, "substitute"},
		{"Art. 3а 2023: 11 Nov Saturday is not shifted, Mon 13 Nov works", Date(2023, 11, 13), false, "", ""},
		{"Art. 3а 2021: 2 May Sunday (also Easter), 3 May Easter Monday → Tue 4 May non-working", Date(2021, 5, 4), true, Substitute, "substitute"},
		{"Art. 3а does not shift 7 Jan: 2024 Christmas on Sunday, Mon 8 Jan works", Date(2024, 1, 8), false, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := IsHoliday(c.date); got != c.off {
				t.Fatalf("IsHoliday = %v, want %v", got, c.off)
			}
			if !c.off {
				return
			}
			found := false
			for _, h := range HolidaysOn(c.date) {
				if h.Kind == c.kind && h.ID == c.id {
					found = true
				}
			}
			if !found {
				t.Errorf("holidays on %s = %+v, want %s %s", c.date.Format("2006-01-02"), HolidaysOn(c.date), c.kind, c.id)
			}
		})
	}
}

func TestOfficeWorks(t *testing.T) {
	sat := Date(2025, 3, 15)
	if (Office{}).Works(sat) || !(Office{SaturdayWorking: true}).Works(sat) {
		t.Error("ZUP 80(5): Saturday should follow Office.SaturdayWorking")
	}
	if (Office{SaturdayWorking: true}).Works(Date(2025, 3, 16)) {
		t.Error("no office works on Sunday")
	}
	// 1 May 2021 was a Saturday holiday: closed even for a Saturday-working office.
	if (Office{SaturdayWorking: true}).Works(Date(2021, 5, 1)) {
		t.Error("a holiday on Saturday is non-working")
	}
}

// Every year: each listed holiday is in its year, sorted, and substitute days are
// Monday–Friday and follow a Sunday holiday.
func TestCalendarInvariants(t *testing.T) {
	for y := MinYear; y <= MaxYear; y++ {
		hs, _ := Holidays(y)
		if len(hs) < 12 {
			t.Fatalf("%d: only %d holidays", y, len(hs))
		}
		for i, h := range hs {
			if h.Date.Year() != y || (i > 0 && h.Date.Before(hs[i-1].Date)) {
				t.Fatalf("%d: bad order or year at %v", y, h.Date)
			}
			if h.Kind == Substitute {
				if wd := h.Date.Weekday(); wd == time.Saturday || wd == time.Sunday {
					t.Errorf("%v: substitute day on %v", h.Date, wd)
				}
				if h.ForDate.Weekday() != time.Sunday || !h.Date.After(h.ForDate) || h.Date.Sub(h.ForDate) > 5*24*time.Hour {
					t.Errorf("%v: substitute for %v", h.Date, h.ForDate)
				}
			}
		}
	}
}
