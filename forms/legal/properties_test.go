package legal

import (
	"testing"
	"time"
)

// propertyDates are the event days of the property tests: around Orthodox Easter and
// 1–2 May, Statehood Day, 11 November, the year ends and 29 February, plus ordinary
// weeks, over several years.
func propertyDates() []time.Time {
	var out []time.Time
	for _, y := range []int{2021, 2024, 2027} {
		easter, _ := OrthodoxEaster(y)
		for _, base := range []time.Time{easter, Date(y, 5, 1), Date(y, 2, 15), Date(y, 11, 11), Date(y, 12, 31), Date(y, 3, 1), Date(y, 7, 15)} {
			for off := -16; off <= 2; off += 3 {
				if y != 2024 && off%2 != 0 {
					continue
				}
				out = append(out, base.AddDate(0, 0, off))
			}
		}
	}
	return append(out, Date(2024, 2, 29), Date(2028, 2, 29))
}

// readings lists, independently of Serve, every day a reading of the law could take as
// the day a period runs from: the statute's deemed days, the event itself where some
// reading counts from it, and the day the paper was in the person's hands.
func readings(typ DecisionType, asylum bool, svc Service, event, inHand time.Time, signedOther, noSecondAttempt, toAbroad bool) []time.Time {
	add := func(days int) time.Time { return event.AddDate(0, 0, days) }
	var rs []time.Time
	if !inHand.IsZero() && inHand.Before(event) {
		inHand = time.Time{} // not a reading of anything
	}
	withHand := func(r ...time.Time) []time.Time {
		if !inHand.IsZero() {
			r = append(r, inHand)
		}
		return r
	}
	earlierHand := func(deemed time.Time) []time.Time {
		if !inHand.IsZero() && inHand.Before(deemed) {
			return []time.Time{deemed, inHand}
		}
		return []time.Time{deemed}
	}
	if typ == Detention || asylum { // „од дана уручења": the event or the day in hand
		return withHand(event)
	}
	switch svc {
	case Personal, Refused, Representative:
		rs = []time.Time{event}
	case RegisteredMail:
		rs = []time.Time{event}
		if signedOther {
			rs = withHand(event)
		}
	case RefusedAccept:
		rs = append(earlierHand(add(15)), event)
	case Notice:
		rs = earlierHand(add(15))
		if noSecondAttempt {
			rs = withHand(rs...)
		}
	case Household:
		rs = withHand(event, add(15))
	case OrdinaryMail:
		if toAbroad {
			rs = withHand(add(15))
		} else {
			rs = withHand(add(7))
		}
	case Public:
		rs = earlierHand(add(15))
	}
	return rs
}

// hasWorkday: some Monday–Friday that is not a holiday lies in (from, to].
func hasWorkday(from, to time.Time) bool {
	for d := from.AddDate(0, 0, 1); !d.After(to); d = d.AddDate(0, 0, 1) {
		if StrictWorkday(d) {
			return true
		}
	}
	return false
}

func earliestOf(ts []time.Time) time.Time {
	m := ts[0]
	for _, t := range ts[1:] {
		if t.Before(m) {
			m = t
		}
	}
	return m
}

// TestSafeNeverLaterThanTheLawAllows: for every decision type × way of delivery × date
// × day in hand × legal-remedy instruction, the safe date of the appeal or lawsuit
// never lies after the earliest day any reading of the law allows, is a working day,
// and is never after the legal last day; the legal last day is a day the office works.
func TestSafeNeverLaterThanTheLawAllows(t *testing.T) {
	n := 0
	type variant struct {
		flags bool // signed by someone else, no second attempt, mail abroad, Saturday-working office
		instr int  // the instruction's period, 0 = none
	}
	for _, typ := range DecisionTypes {
		asylums := []AsylumWhere{""}
		if typ == ReturnDecision || typ == Asylum || typ == Other {
			asylums = append(asylums, AsylumBorder, AsylumInside)
		}
		for _, asylumWhere := range asylums {
			for _, svc := range Services {
				for _, event := range propertyDates() {
					for _, handOff := range []int{-1, 2, 20} {
						inHand := time.Time{}
						if handOff >= 0 {
							inHand = event.AddDate(0, 0, handOff)
						}
						for _, v := range []variant{{false, 0}, {true, 5}, {true, 0}} {
							flags, instr := v.flags, v.instr
							{
								f := Facts{Type: typ, Service: svc, Received: event, InHand: inHand, SignedByOther: flags,
									NoSecondAttempt: flags, FromAbroad: flags, InstructionDays: instr, Asylum: asylumWhere,
									Office: Office{SaturdayWorking: flags}}
								r := Compute(f)
								main, ok := r.Primary()
								if !ok || !main.Known {
									t.Fatalf("%+v: no primary deadline", f)
								}
								n++
								asylum := typ == Asylum || asylumWhere.Applied()
								period := r.Remedy.Period
								earliest := earliestOf(readings(typ, asylum, svc, event, inHand, flags, flags, flags))
								days := period.N
								if instr > 0 && instr < period.N && !asylum {
									days = instr
								}
								limit := earliest.AddDate(0, 0, days)
								// Only where no working day lies between the event and the
								// nominal day may the safe date rely on the move (ZUP Art. 80(5)).
								if !hasWorkday(earliest, limit) {
									c, _ := CountPeriod(earliest, Period{days, Days}, Office{}, true)
									limit = c.LastDay
								}
								if main.Safe.After(limit) {
									t.Fatalf("%s %s event %s in hand %s flags %v instr %d: safe %s after the earliest reading's day %s",
										typ, svc, iso(event), iso(inHand), flags, instr, iso(main.Safe), iso(limit))
								}
								if main.Safe.After(main.LastDay) {
									t.Fatalf("%+v: safe %s after last %s", f, iso(main.Safe), iso(main.LastDay))
								}
								if !StrictWorkday(main.Safe) && hasWorkday(earliest, limit) {
									t.Fatalf("%+v: safe %s is not a working day", f, iso(main.Safe))
								}
								if !f.Office.Works(main.LastDay) {
									t.Fatalf("%+v: last day %s is not a working day", f, iso(main.LastDay))
								}
								if r.Served.Earliest.After(r.Served.Date) {
									t.Fatalf("%+v: earliest service after service", f)
								}
							}
						}
					}
				}
			}
		}
	}
	if n < 50000 {
		t.Errorf("only %d cases", n)
	}
}

// TestNotBeforeNeverEarlierThanTheLawAllows: the reminder and the lawsuit for silence
// never get a "not before" date on or before the last day of the body's period on any
// reading: counted from the day the appeal was lodged, forwarded (ZUP Art. 166(1)) or
// received, moved or not, with or without Saturdays (ZUS Art. 19(1), 26(1)(1)).
func TestNotBeforeNeverEarlierThanTheLawAllows(t *testing.T) {
	offices := []Office{{}, {SaturdayWorking: true}}
	latest := func(from time.Time, days int) time.Time {
		m := from.AddDate(0, 0, days)
		for _, o := range offices {
			if c, err := CountPeriod(from, Period{days, Days}, o, true); err == nil && c.LastDay.After(m) {
				m = c.LastDay
			}
		}
		return m
	}
	for _, lodged := range propertyDates() {
		for _, recvOff := range []int{-1, 0, 3, 20, 40} {
			f := Facts{Type: TemporaryResidenceTermination, Service: Personal, Received: lodged.AddDate(0, 0, -10), AppealLodged: lodged,
				ReminderReceived: lodged.AddDate(0, 0, 70)}
			froms := []time.Time{lodged, lodged.AddDate(0, 0, 15)}
			if recvOff >= 0 {
				f.AppealReceived = lodged.AddDate(0, 0, recvOff)
				froms = []time.Time{lodged, f.AppealReceived}
			}
			r := Compute(f)
			rem, _ := r.Deadline(IDReminder)
			sil, _ := r.Deadline(IDSilenceLawsuit)
			if rem.Direction != NotBefore || sil.Direction != NotBefore || !rem.LastDay.IsZero() || !sil.LastDay.IsZero() {
				t.Fatalf("not-before deadlines must have no last day: %+v %+v", rem, sil)
			}
			for _, from := range froms {
				if end := latest(from, 60); !rem.Safe.After(end) {
					t.Fatalf("lodged %s received %s: reminder not before %s, but the 60 days run to %s", iso(lodged), iso(f.AppealReceived), iso(rem.Safe), iso(end))
				}
			}
			if end := latest(f.ReminderReceived, 7); !sil.Safe.After(end) {
				t.Fatalf("reminder received %s: lawsuit not before %s, but the 7 days run to %s", iso(f.ReminderReceived), iso(sil.Safe), iso(end))
			}
		}
	}
}

// TestDepartureSafe: a departure date's safe day is never after its last day, and for a
// return decision it counts from the date of the decision (ZoS Art. 77(4)).
func TestDepartureSafe(t *testing.T) {
	for _, typ := range DecisionTypes {
		for _, svc := range Services {
			for _, event := range propertyDates()[:40] {
				f := Facts{Type: typ, Service: svc, Received: event, Issued: event.AddDate(0, 0, -3), DepartureDays: 20}
				dep, ok := Compute(f).Deadline(IDDeparture)
				if !ok || !dep.Known {
					continue
				}
				if dep.Safe.After(dep.LastDay) {
					t.Fatalf("%s %s %s: departure safe %s after last %s", typ, svc, iso(event), iso(dep.Safe), iso(dep.LastDay))
				}
				if typ == ReturnDecision && !dep.LastDay.Equal(f.Issued.AddDate(0, 0, 20)) {
					t.Fatalf("return decision: departure %s, want 20 days from issuance", iso(dep.LastDay))
				}
			}
		}
	}
}
