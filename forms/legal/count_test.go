package legal

import (
	"strings"
	"testing"
	"time"

	"appealdesk/locales"
)

func d(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestCountPeriod(t *testing.T) {
	cases := []struct {
		name     string
		from     string
		period   Period
		office   Office
		move     bool
		nominal  string
		last     string
		safe     string
		moved    bool
		skipDays int
	}{
		{"ZUP 80(2) reference example: served Mon 3 Mar 2025, 15 days → Tue 18 Mar 2025", "2025-03-03", Period{15, Days}, Office{}, true, "2025-03-18", "2025-03-18", "2025-03-18", false, 0},
		{"ZUP 80(2) served Tue 13 Feb 2024, 15 days → Wed 28 Feb 2024", "2024-02-13", Period{15, Days}, Office{}, true, "2024-02-28", "2024-02-28", "2024-02-28", false, 0},
		{"ZUP 80(5) last day Sunday 16 Feb 2025 → Tue 18 Feb (Statehood Day + Art. 3а substitute)", "2025-02-01", Period{15, Days}, Office{}, true, "2025-02-16", "2025-02-18", "2025-02-14", true, 2},
		{"ZUP 80(5) 2022: last day Sun 1 May → Wed 4 May (2 May holiday, 3 May Art. 3а)", "2022-04-16", Period{15, Days}, Office{}, true, "2022-05-01", "2022-05-04", "2022-04-29", true, 3},
		{"ZUP 80(5) last day Saturday 22 Mar 2025 → Mon 24 Mar (office works Mon–Fri)", "2025-03-07", Period{15, Days}, Office{}, true, "2025-03-22", "2025-03-24", "2025-03-21", true, 2},
		{"ZUP 80(5) last day Saturday 22 Mar 2025 stays for a Saturday-working office; safe date Friday", "2025-03-07", Period{15, Days}, Office{SaturdayWorking: true}, true, "2025-03-22", "2025-03-22", "2025-03-21", false, 0},
		{"ZoS 38(1) 8 days from Thu 17 Apr 2025 (eve of Good Friday) → Fri 25 Apr 2025, a working day", "2025-04-17", Period{8, Days}, Office{}, true, "2025-04-25", "2025-04-25", "2025-04-25", false, 0},
		{"ZUP 80(5) Orthodox Easter 2025: last day Good Friday 18 Apr → Tue 22 Apr", "2025-04-03", Period{15, Days}, Office{}, true, "2025-04-18", "2025-04-22", "2025-04-17", true, 4},
		{"ZUP 80(2) month period: 31 Jan 2025 + 1 month → 28 Feb 2025 (last day of the month)", "2025-01-31", Period{1, Months}, Office{}, true, "2025-02-28", "2025-02-28", "2025-02-28", false, 0},
		{"ZUP 80(2) month period: 31 Oct 2024 + 4 months → 28 Feb 2025", "2024-10-31", Period{4, Months}, Office{}, true, "2025-02-28", "2025-02-28", "2025-02-28", false, 0},
		{"ZUP 80(2) leap year: 31 Jan 2024 + 1 month → Thu 29 Feb 2024", "2024-01-31", Period{1, Months}, Office{}, true, "2024-02-29", "2024-02-29", "2024-02-29", false, 0},
		{"ZUP 80(2) year period: 29 Feb 2024 + 1 year → 28 Feb 2025", "2024-02-29", Period{1, Years}, Office{}, true, "2025-02-28", "2025-02-28", "2025-02-28", false, 0},
		{"ECHR four months, Sabri Güneş: ends Sun 16 Feb 2025 and does not move", "2024-10-16", Period{4, Months}, Office{}, false, "2025-02-16", "2025-02-16", "2025-02-14", false, 0},
		{"ZUS 18 + ZPP 103(4): lawsuit 30 days from Mon 2 Dec 2024 → 1 Jan 2025 holiday → Fri 3 Jan 2025", "2024-12-02", Period{30, Days}, Office{}, true, "2025-01-01", "2025-01-03", "2024-12-31", true, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := CountPeriod(d(c.from), c.period, c.office, c.move)
			if err != nil {
				t.Fatal(err)
			}
			if iso(got.Nominal) != c.nominal || iso(got.LastDay) != c.last || iso(got.Safe) != c.safe || got.Moved != c.moved || len(got.Skipped) != c.skipDays {
				t.Errorf("nominal %s last %s safe %s moved %v skipped %d; want %s %s %s %v %d",
					iso(got.Nominal), iso(got.LastDay), iso(got.Safe), got.Moved, len(got.Skipped), c.nominal, c.last, c.safe, c.moved, c.skipDays)
			}
		})
	}
}

// Properties over every start day of many years and the periods the law uses.
func TestCountProperties(t *testing.T) {
	periods := []Period{{8, Days}, {15, Days}, {30, Days}, {3, Months}, {4, Months}}
	offices := []Office{{}, {SaturdayWorking: true}}
	for from := Date(1995, 1, 1); from.Year() < 2099; from = from.AddDate(0, 0, 1) {
		for _, p := range periods {
			for _, o := range offices {
				for _, move := range []bool{true, false} {
					c, err := CountPeriod(from, p, o, move)
					if err != nil {
						t.Fatalf("%v %v: %v", from, p, err)
					}
					if c.LastDay.Before(c.Nominal) {
						t.Fatalf("%v %v: last day %v before nominal %v", from, p, c.LastDay, c.Nominal)
					}
					if move && !o.Works(c.LastDay) {
						t.Fatalf("%v %v: last day %v is non-working", from, p, c.LastDay)
					}
					if !move && !c.LastDay.Equal(c.Nominal) {
						t.Fatalf("%v %v: a no-move period moved", from, p)
					}
					if c.Safe.After(c.LastDay) || !StrictWorkday(c.Safe) || !c.Safe.After(from) {
						t.Fatalf("%v %v: safe date %v (last %v)", from, p, c.Safe, c.LastDay)
					}
					if move && c.LastDay.Sub(c.Nominal) > 6*24*time.Hour {
						t.Fatalf("%v %v: moved %v days", from, p, c.LastDay.Sub(c.Nominal).Hours()/24)
					}
				}
			}
		}
	}
}

func TestParsePeriod(t *testing.T) {
	good := map[string]Period{"15d": {15, Days}, "8d": {8, Days}, "30d": {30, Days}, "3m": {3, Months},
		"4m": {4, Months}, " 4 M ": {4, Months}, "15 days": {15, Days}, "1y": {1, Years}, "1 month": {1, Months}}
	for in, want := range good {
		got, err := ParsePeriod(in)
		if err != nil || got != want {
			t.Errorf("ParsePeriod(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "15", "15x", "d", "0d", "-3d", "4mm", "99999d", "3661d", "121m", "11y", "1.5m", "15d2"} {
		if p, err := ParsePeriod(in); err == nil {
			t.Errorf("ParsePeriod(%q) = %v, want an error", in, p)
		}
	}
}

func TestDaysLeft(t *testing.T) {
	last := Date(2025, 3, 18)
	for _, c := range []struct {
		today string
		want  int
	}{{"2025-03-03", 15}, {"2025-03-18", 0}, {"2025-03-20", -2}, {"2024-03-18", 365}} {
		if got := DaysLeft(d(c.today), last); got != c.want {
			t.Errorf("DaysLeft(%s) = %d, want %d", c.today, got, c.want)
		}
	}
	// Clock time and zone do not matter.
	late := time.Date(2025, 3, 17, 23, 59, 0, 0, time.FixedZone("x", 3600*5))
	if DaysLeft(late, last) != 1 {
		t.Error("DaysLeft depends on the clock")
	}
	tr := locales.New(locales.English)
	if s := DaysLeftText(tr, d("2025-03-17"), last); s != "1 day left" {
		t.Errorf("DaysLeftText = %q", s)
	}
}

func TestExplanationExample(t *testing.T) {
	served, _ := Serve(Delivery{Service: Personal, Event: d("2024-02-13")})
	c, _ := CountPeriod(served.Date, Period{15, Days}, Office{}, true)
	steps := append(served.Steps, CountSteps(c, false, Cite(ZoS, "66", "5"))...)
	got := strings.Join(RenderSteps(locales.New(locales.English), steps), " ")
	want := "Handed to you in person on Tuesday 13 February 2024: that is the day of service (Art. 75(3) of the Law on General Administrative Procedure, hereafter ZUP). " +
		"The day of the event, Tuesday 13 February 2024, is not counted. Day 1 is 14 February (ZUP Art. 80(2)). " +
		"Day 15 is Wednesday 28 February 2024, a working day. " +
		"Last day: Wednesday 28 February 2024 (ZUP Art. 80(2); Art. 66(5) of the Law on Foreigners, hereafter ZoS). " +
		"Posting by registered mail on that day is in time (ZUP Art. 81(2))."
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestExplanationNamesTheHoliday(t *testing.T) {
	c, _ := CountPeriod(d("2025-02-01"), Period{15, Days}, Office{}, true)
	for lang, want := range map[locales.Lang][]string{
		locales.English:      {"Sunday 16 February 2025", "Statehood Day (second day)", "Monday 17 February 2025", "day off because the second day of Statehood Day fell on a Sunday", "Tuesday 18 February 2025", "ZUP Art. 80(5)", "Safe date: Friday 14 February 2025"},
		locales.Russian:      {"воскресенье, 16 февраля 2025 г.", "День государственности (второй день)", "ч. 5 ст. 80 ЗУП"},
		locales.SerbianCyrl:  {"недеља, 16. фебруар 2025.", "Сретење", "члан 80. став 5. ЗУП"},
		locales.SerbianLatin: {"nedelja, 16. februar 2025.", "Sretenje", "član 80. stav 5. ZUP"},
	} {
		got := strings.Join(RenderSteps(locales.New(lang), CountSteps(c, false)), " ")
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q lacks %q", lang, got, w)
			}
		}
	}
}

func TestCiteText(t *testing.T) {
	cases := []struct {
		lang locales.Lang
		c    Citation
		want string
	}{
		{locales.English, Cite(ZoS, "66", "8"), "ZoS Art. 66(8)"},
		{locales.Russian, Cite(ZUP, "80", "2"), "ч. 2 ст. 80 ЗУП"},
		{locales.Russian, Cite(ZoS, "46ж", ""), "ст. 46ж ЗоС"},
		{locales.English, Cite(ZoS, "46ж", "2"), "ZoS Art. 46ž(2)"},
		{locales.English, Cite(HolidaysLaw, "1а", ""), "Holidays Law Art. 1a"},
		{locales.SerbianCyrl, Cite(ZoS, "46ж", "2"), "члан 46ж. став 2. ЗоС"},
		{locales.SerbianLatin, Cite(ZoS, "46ж", "2"), "član 46ž. stav 2. ZoS"},
		{locales.SerbianLatin, Cite(HolidaysLaw, "1а", ""), "član 1a. Zakona o praznicima"},
		{locales.English, Cite(ZUP, "82", ""), "ZUP Art. 82"},
	}
	for _, c := range cases {
		if got := CiteText(locales.New(c.lang), c.c); got != c.want {
			t.Errorf("%s %v = %q, want %q", c.lang, c.c, got, c.want)
		}
	}
}
