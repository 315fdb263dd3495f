package legal

import (
	"testing"
)

// TestServe: the day of service and the earliest day any reading allows, for each
// authority and way of delivery, as the articles say.
func TestServe(t *testing.T) {
	cases := []struct {
		name     string
		d        Delivery
		served   string
		earliest string
		irreg    bool
	}{
		{"ZUP 75(3) personal delivery Mon 3 Mar 2025: served that day",
			Delivery{Service: Personal, Event: d("2025-03-03")}, "2025-03-03", "2025-03-03", false},
		{"ZUP 66(6), 69(3) served on the lawyer Mon 3 Mar 2025, the person heard of it on 10 Mar: the lawyer's day counts",
			Delivery{Service: Representative, Event: d("2025-03-03"), InHand: d("2025-03-10")}, "2025-03-03", "2025-03-03", false},
		{"ZUP 77(2) refused to sign the slip Mon 3 Mar 2025: served that day (an old file's `refused` keeps this meaning)",
			Delivery{Service: Refused, Event: d("2025-03-03")}, "2025-03-03", "2025-03-03", false},
		{"ZUP 75(4), 75(6) refused to accept Mon 3 Mar 2025: served 15 days after the notice, 18 Mar; safe from the refusal day",
			Delivery{Service: RefusedAccept, Event: d("2025-03-03")}, "2025-03-18", "2025-03-03", false},
		{"ZUP 75(3) refused to accept 3 Mar, then collected 10 Mar: personal delivery that day; safe still from the refusal",
			Delivery{Service: RefusedAccept, Event: d("2025-03-03"), InHand: d("2025-03-10")}, "2025-03-10", "2025-03-03", false},
		{"ZUP 75(6) notice left Mon 3 Mar 2025: served 18 Mar",
			Delivery{Service: Notice, Event: d("2025-03-03")}, "2025-03-18", "2025-03-18", false},
		{"ZUP 75(3) notice 3 Mar, collected Fri 7 Mar before the 15 days end: served 7 Mar (the better reading)",
			Delivery{Service: Notice, Event: d("2025-03-03"), InHand: d("2025-03-07")}, "2025-03-07", "2025-03-07", false},
		{"ZUP 75(6) notice 3 Mar, collected 25 Mar after the 15 days: served 18 Mar",
			Delivery{Service: Notice, Event: d("2025-03-03"), InHand: d("2025-03-25")}, "2025-03-18", "2025-03-18", false},
		{"ZUP 75(5), 66(7) notice without the second attempt, paper in hand 25 Mar: irregular, served 25 Mar; safe from the body's 18 Mar",
			Delivery{Service: Notice, Event: d("2025-03-03"), InHand: d("2025-03-25"), NoSecondAttempt: true}, "2025-03-25", "2025-03-18", true},
		{"ZUP 75(1), 76(1), 66(7) household member Mon 3 Mar, passed on 6 Mar: irregular, served 6 Mar; safe from 3 Mar; never 18 Mar",
			Delivery{Service: Household, Event: d("2025-03-03"), InHand: d("2025-03-06")}, "2025-03-06", "2025-03-03", true},
		{"ZUP 66(7) household member 3 Mar, day in hand unknown: served 3 Mar, not 18 Mar (76(5) is not the legal reading)",
			Delivery{Service: Household, Event: d("2025-03-03")}, "2025-03-03", "2025-03-03", true},
		{"ZUP 71(3) registered mail, receipt dated Fri 7 Mar 2025: served that day",
			Delivery{Service: RegisteredMail, Event: d("2025-03-07")}, "2025-03-07", "2025-03-07", false},
		{"ZUP 76, 66(7) registered mail signed by a neighbour 7 Mar, in hand 12 Mar: irregular, served 12 Mar, safe from 7 Mar",
			Delivery{Service: RegisteredMail, Event: d("2025-03-07"), InHand: d("2025-03-12"), SignedByOther: true}, "2025-03-12", "2025-03-07", true},
		{"ZUP 71(2) ordinary mail posted Mon 3 Mar 2025: deemed 10 Mar",
			Delivery{Service: OrdinaryMail, Event: d("2025-03-03")}, "2025-03-10", "2025-03-10", true},
		{"ZUP 71(2) ordinary mail posted 3 Mar, arrived 5 Mar: safe from the earlier 5 Mar; served 5 Mar",
			Delivery{Service: OrdinaryMail, Event: d("2025-03-03"), InHand: d("2025-03-05")}, "2025-03-05", "2025-03-05", true},
		{"ZUP 71(2) ordinary mail posted 3 Mar, arrived 14 Mar (proved later): served 14 Mar, safe from the 7th day, 10 Mar",
			Delivery{Service: OrdinaryMail, Event: d("2025-03-03"), InHand: d("2025-03-14")}, "2025-03-14", "2025-03-10", true},
		{"ZUP 71(2) ordinary mail to an address abroad posted 3 Mar: deemed on the 15th day, 18 Mar",
			Delivery{Service: OrdinaryMail, Event: d("2025-03-03"), ToAbroad: true}, "2025-03-18", "2025-03-18", true},
		{"ZUP 78(3) public notice 3 Mar: served 18 Mar",
			Delivery{Service: Public, Event: d("2025-03-03")}, "2025-03-18", "2025-03-18", false},
		{"ZoS 90(2), ZUP 68(3)–(4) detention, notice left 3 Mar: counted from the event, never +15",
			Delivery{Service: Notice, Event: d("2025-03-03"), From: FromHanding}, "2025-03-03", "2025-03-03", true},
		{"ZoS 90(2) detention, ordinary mail posted 3 Mar, in hand 5 Mar: from 5 Mar, safe from 3 Mar, never +7",
			Delivery{Service: OrdinaryMail, Event: d("2025-03-03"), InHand: d("2025-03-05"), From: FromHanding}, "2025-03-05", "2025-03-03", true},
		{"ZoS 90(2) detention handed over 3 Mar: served that day",
			Delivery{Service: Personal, Event: d("2025-03-03"), From: FromHanding}, "2025-03-03", "2025-03-03", false},
		{"ZPP 142 court paper refused 3 Mar: served that day (not +15 as under ZUP)",
			Delivery{Authority: Court, Service: RefusedAccept, Event: d("2025-03-03")}, "2025-03-03", "2025-03-03", false},
		{"ZPP 141(2)–(3) court notice 3 Mar: served after 30 days, 2 Apr",
			Delivery{Authority: Court, Service: Notice, Event: d("2025-03-03")}, "2025-04-02", "2025-04-02", false},
		{"ZPP 141(2)–(3) court notice 3 Mar, collected at the court 10 Mar: served 10 Mar",
			Delivery{Authority: Court, Service: Notice, Event: d("2025-03-03"), InHand: d("2025-03-10")}, "2025-03-10", "2025-03-10", false},
		{"ZPP 141(1) judgment to a household member 3 Mar, in hand 6 Mar: not allowed, served 6 Mar, safe from 3 Mar",
			Delivery{Authority: Court, Service: Household, Event: d("2025-03-03"), InHand: d("2025-03-06")}, "2025-03-06", "2025-03-03", true},
		{"ZPP 148(3) court paper, refused to sign 3 Mar: served that day",
			Delivery{Authority: Court, Service: Refused, Event: d("2025-03-03")}, "2025-03-03", "2025-03-03", false},
		{"ZPP 144 court notice board 3 Mar: served after 8 days, 11 Mar",
			Delivery{Authority: Court, Service: Public, Event: d("2025-03-03")}, "2025-03-11", "2025-03-11", false},
		{"a day in hand before the event is not a reading of anything: ignored",
			Delivery{Service: Household, Event: d("2025-03-03"), InHand: d("2025-03-01")}, "2025-03-03", "2025-03-03", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, ok := Serve(c.d)
			if !ok {
				t.Fatal("not served")
			}
			if iso(s.Date) != c.served || iso(s.Earliest) != c.earliest || s.Irregular != c.irreg {
				t.Errorf("served %s earliest %s irregular %v; want %s %s %v", iso(s.Date), iso(s.Earliest), s.Irregular, c.served, c.earliest, c.irreg)
			}
			if s.Earliest.After(s.Date) || len(s.Steps) == 0 {
				t.Errorf("earliest after served, or no explanation: %+v", s)
			}
		})
	}
	if _, ok := Serve(Delivery{Service: "fax", Event: d("2025-03-03")}); ok {
		t.Error("an unknown way of delivery is served")
	}
	if _, ok := Serve(Delivery{Service: Personal}); ok {
		t.Error("served without an event day")
	}
}

// TestServiceRulesCoverEveryWay: each authority has a rule for every way of delivery,
// each with its articles and its sentence for the rulebook.
func TestServiceRulesCoverEveryWay(t *testing.T) {
	for _, a := range Authorities {
		for _, s := range Services {
			r, ok := RuleFor(a, s, false)
			if !ok || len(r.Basis) == 0 || r.RuleID == "" || r.StepID == "" {
				t.Errorf("%s %s: %+v", a, s, r)
			}
		}
	}
	// ZUP 75(1) with 79(3): personal delivery is obligatory, so household delivery
	// and ordinary mail are irregular; ZPP 141(1) says the same for a judgment.
	for _, a := range Authorities {
		for _, s := range []Service{Household, OrdinaryMail} {
			if r, _ := RuleFor(a, s, false); !r.Irregular {
				t.Errorf("%s %s must be irregular", a, s)
			}
		}
	}
}
