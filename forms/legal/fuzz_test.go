package legal

import (
	"testing"

	"appealdesk/locales"
)

// FuzzDeadlineInput feeds what a person types into `deadline --from … --period …`
// through the same parsers and the counter: no panic, and the counting properties hold.
func FuzzDeadlineInput(f *testing.F) {
	for _, s := range [][2]string{{"2025-03-03", "15d"}, {"01.02.2025", "15 days"}, {"16/10/2024", "4m"},
		{"31.01.2024.", "1m"}, {"2099-12-31", "3660d"}, {"1900-01-01", "1y"}, {"", ""}, {"2025-02-30", "15x"},
		{"13. 2. 2024", "8D"}, {"9999-12-31", "10y"}, {"0001-01-01", "1d"}} {
		f.Add(s[0], s[1], false, false)
	}
	f.Fuzz(func(t *testing.T, from, period string, noShift, saturday bool) {
		p, perr := ParsePeriod(period)
		if perr == nil {
			if p.N <= 0 {
				t.Fatalf("ParsePeriod(%q) = %v", period, p)
			}
			if back, err := ParsePeriod(p.String()); err != nil || back != p {
				t.Fatalf("round trip %q → %v → %v, %v", period, p, back, err)
			}
		}
		d, derr := locales.ParseDate(from)
		if derr != nil || perr != nil {
			return
		}
		o := Office{SaturdayWorking: saturday}
		c, err := CountPeriod(d, p, o, !noShift)
		if err != nil {
			return // outside 1900–2099: a clear error, not a panic
		}
		if c.LastDay.Before(c.Nominal) || !c.Nominal.After(c.From) || c.Safe.After(c.LastDay) {
			t.Fatalf("%s %s: %+v", from, period, c)
		}
		if !noShift && !o.Works(c.LastDay) {
			t.Fatalf("%s %s: last day %v not working", from, period, c.LastDay)
		}
		for _, s := range CountSteps(c, false) {
			_ = RenderStep(locales.New(locales.Russian), s)
		}
	})
}

// FuzzCompute feeds arbitrary case answers (as read from an .appeal file) to the engine:
// it must never panic; the remedy's safe date is never after its last day; the last
// day is never before the earliest day of service; every step renders.
func FuzzCompute(f *testing.F) {
	f.Add("temporary-residence-termination", "personal", "2026-11-12", "2026-11-10", "", 30, 0, false, true, "")
	f.Add("return-decision", "notice", "2025-03-03", "2025-02-28", "2025-03-05", 7, 0, false, false, "")
	f.Add("detention", "mail", "2099-12-30", "", "2099-12-31", 0, 0, true, false, "")
	f.Add("other", "household", "2025-03-03", "", "2025-03-02", 0, 3, false, false, "border")
	f.Add("asylum", "refused-to-accept", "2025-04-30", "", "", 0, 0, false, false, "inside")
	f.Add("x", "", "1900-01-01", "1899-12-31", "", -5, -1, true, true, "x")
	f.Fuzz(func(t *testing.T, typ, svc, received, issued, inHand string, depDays, instr int, abroad, ban bool, asylum string) {
		fc := Facts{Type: DecisionType(typ), Service: Service(svc), FromAbroad: abroad, DepartureDays: depDays, EntryBan: ban,
			NoRemedyInstruction: abroad, SignedByOther: ban, NoSecondAttempt: abroad, InstructionDays: instr,
			Asylum: AsylumWhere(asylum), SaysNotSuspensive: ban, HasRepresentative: abroad}
		if d, err := locales.ParseDate(received); err == nil {
			fc.Received = d
		}
		if d, err := locales.ParseDate(issued); err == nil {
			fc.Issued = d
		}
		if d, err := locales.ParseDate(inHand); err == nil {
			fc.InHand = d
		}
		r := Compute(fc)
		tr := locales.New(locales.SerbianLatin)
		if p, ok := r.Primary(); ok && p.Known {
			if p.Safe.After(p.LastDay) || r.Served == nil || p.LastDay.Before(r.Served.Earliest) {
				t.Fatalf("%+v: safe %v last %v served %+v", fc, p.Safe, p.LastDay, r.Served)
			}
		}
		for _, d := range r.Deadlines {
			RenderSteps(tr, d.Steps)
			RenderSteps(tr, d.SafeSteps)
		}
		RenderSteps(tr, r.Missing)
	})
}
