package legal

import "time"

// Service is how a paper was delivered: the values of decision.service.
type Service string

const (
	Personal       Service = "personal"          // handed to the person (ZUP Art. 75(3))
	Representative Service = "representative"    // served on the person's lawyer or representative for receipt (ZUP Art. 66(6), 67(2), 69(3))
	Refused        Service = "refused"           // handed over, but the person refused to SIGN the delivery slip (ZUP Art. 77(2))
	RefusedAccept  Service = "refused-to-accept" // the person refused to TAKE the paper; a notice was left (ZUP Art. 75(4), 75(6))
	Notice         Service = "notice"            // not found; a notice was left (ZUP Art. 75(5)–(6))
	Household      Service = "household"         // handed to an adult household member (ZUP Art. 76)
	RegisteredMail Service = "registered-mail"   // the date on the return receipt (ZUP Art. 71(3))
	OrdinaryMail   Service = "mail"              // 7th day after posting, 15th to an address abroad (ZUP Art. 71(2))
	Public         Service = "public"            // website and notice board (ZUP Art. 78)
)

// Services lists the delivery methods in the order the interview offers them. A saved
// case with "refused" keeps its meaning: refused to sign (ZUP Art. 77(2)), served that day.
var Services = []Service{Personal, Representative, Refused, RefusedAccept, Notice, Household, RegisteredMail, OrdinaryMail, Public}

// Valid reports whether s is one of Services.
func (s Service) Valid() bool {
	for _, x := range Services {
		if x == s {
			return true
		}
	}
	return false
}

// NameID is the catalogue id of the delivery method's name.
func (s Service) NameID() string { return "legal.service." + string(s) }

// Authority is who serves the paper: the rules of service follow it, not the paper.
type Authority string

const (
	// Administration: MUP, the police administrations, the border police, the
	// Government, the Asylum Office and Commission serve under ZUP Art. 66–78.
	Administration Authority = "administration"
	// Court: the Administrative Court serves its papers (the judgment that starts the
	// constitutional appeal and the request for review) under ZPP Art. 128–148,
	// through ZUS Art. 74.
	Court Authority = "court"
)

// Authorities lists both, in the order the rulebook prints them.
var Authorities = []Authority{Administration, Court}

// NameID is the catalogue id of the authority's description.
func (a Authority) NameID() string { return "legal.authority." + string(a) }

// ServiceRule turns the delivery event into the day of service for one authority and
// one way of delivery. The rulebook prints every rule; Serve applies them.
type ServiceRule struct {
	Authority Authority `json:"authority"`
	Service   Service   `json:"service"`
	// DeemedDays: the paper counts as served this many days after the event (ZUP Art.
	// 75(6), 71(2), 78(3); ZPP Art. 141(3), 144); 0: served on the event day. The event
	// day is not counted: a notice left on 3 March with 15 days counts as served on
	// 18 March. The deemed day does not move to a working day: nobody must act on it,
	// and not moving gives the earlier, safer date (inferred).
	DeemedDays int `json:"deemed_days"`
	// Irregular: this way of delivery does not satisfy obligatory personal delivery
	// (ZUP Art. 75(1) with 79(3): every appeal and lawsuit period here; ZPP Art. 141(1):
	// a judgment). The legal day of service is the day the paper actually reached the
	// person (ZUP Art. 66(7)); DeemedDays is then never the legal reading, at most an
	// argument a lawyer may try after a deadline was missed.
	Irregular bool `json:"irregular,omitempty"`
	// CollectedIsPersonal: collecting the paper before the deemed day is itself personal
	// delivery (ZUP Art. 75(3), the better reading): service is that day.
	CollectedIsPersonal bool `json:"collected_is_personal,omitempty"`
	// SafeFromEvent: a reading counts from the event day itself (a refusal to accept is
	// service that day under ZPP Art. 142): the safe date counts from the event.
	SafeFromEvent bool `json:"safe_from_event,omitempty"`
	// Basis are the articles of the rule.
	Basis []Citation `json:"basis"`
	// StepID is the catalogue id of the explanation ("Delivered in person on …"); RuleID
	// the rulebook's sentence.
	StepID string `json:"step_id"`
	RuleID string `json:"rule_id"`
	// Confidence: Inferred where the rule is a reading, not the words of the law.
	Confidence Confidence `json:"confidence"`
}

func rule(a Authority, s Service, deemed int, basis ...Citation) ServiceRule {
	return ServiceRule{Authority: a, Service: s, DeemedDays: deemed, Basis: basis, Confidence: Seen,
		StepID: "legal.step.served." + string(a) + "." + string(s),
		RuleID: "legal.rule.service." + string(a) + "." + string(s)}
}

func (r ServiceRule) irregular() ServiceRule     { r.Irregular = true; return r }
func (r ServiceRule) collected() ServiceRule     { r.CollectedIsPersonal = true; return r }
func (r ServiceRule) safeFromEvent() ServiceRule { r.SafeFromEvent = true; return r }
func (r ServiceRule) inferred() ServiceRule      { r.Confidence = Inferred; return r }

// serviceRules is the table of service rules, keyed by who serves.
var serviceRules = []ServiceRule{
	// ZUP Art. 66–78: MUP, the border police, the Government.
	rule(Administration, Personal, 0, Cite(ZUP, "75", "3")),
	rule(Administration, Representative, 0, Cite(ZUP, "66", "6"), Cite(ZUP, "67", "2"), Cite(ZUP, "69", "3")),
	rule(Administration, Refused, 0, Cite(ZUP, "77", "2")),
	rule(Administration, RefusedAccept, 15, Cite(ZUP, "75", "4"), Cite(ZUP, "75", "6")).collected().safeFromEvent(),
	rule(Administration, Notice, 15, Cite(ZUP, "75", "5"), Cite(ZUP, "75", "6")).collected(),
	rule(Administration, Household, 15, Cite(ZUP, "75", "1"), Cite(ZUP, "76", "1"), Cite(ZUP, "79", "3"), Cite(ZUP, "66", "7")).irregular(),
	rule(Administration, RegisteredMail, 0, Cite(ZUP, "71", "3")),
	rule(Administration, OrdinaryMail, 7, Cite(ZUP, "71", "2"), Cite(ZUP, "75", "1"), Cite(ZUP, "66", "7")).irregular(),
	rule(Administration, Public, 15, Cite(ZUP, "78", "3")).collected(),
	// ZPP Art. 128–148 through ZUS Art. 74: the Administrative Court.
	rule(Court, Personal, 0, Cite(ZPP, "141", "1")),
	rule(Court, Representative, 0, Cite(ZPP, "135", ""), Cite(ZPP, "136", "1"), Cite(ZPP, "141", "1")),
	rule(Court, Refused, 0, Cite(ZPP, "148", "3")),
	rule(Court, RefusedAccept, 0, Cite(ZPP, "142", "")),
	// Collecting a court paper before the 30 days run out is read as personal delivery that day.
	rule(Court, Notice, 30, Cite(ZPP, "141", "2"), Cite(ZPP, "141", "3")).collected(),
	// A judgment must be delivered personally (141(1)); ZPP has no rule like ZUP Art. 66(7):
	// that service is the day it reached the person is our reading.
	rule(Court, Household, 0, Cite(ZPP, "141", "1"), Cite(ZPP, "140", "1")).irregular().inferred(),
	rule(Court, RegisteredMail, 0, Cite(ZPP, "128", ""), Cite(ZPP, "148", "1")),
	rule(Court, OrdinaryMail, 0, Cite(ZPP, "128", ""), Cite(ZPP, "141", "1")).irregular().inferred(),
	rule(Court, Public, 8, Cite(ZPP, "144", "2"), Cite(ZPP, "144", "3")).collected(),
}

// ServiceRules returns every service rule, in table order (a copy).
func ServiceRules() []ServiceRule {
	out := make([]ServiceRule, len(serviceRules))
	for i, r := range serviceRules {
		r.Basis = append([]Citation(nil), r.Basis...)
		out[i] = r
	}
	return out
}

// RuleFor returns the service rule of authority a for s; toAbroad applies to ordinary
// mail served by the administration (ZUP Art. 71(2): the 15th day for an address abroad).
func RuleFor(a Authority, s Service, toAbroad bool) (ServiceRule, bool) {
	for _, r := range serviceRules {
		if r.Authority == a && r.Service == s {
			r.Basis = append([]Citation(nil), r.Basis...)
			if a == Administration && s == OrdinaryMail && toAbroad {
				r.DeemedDays = 15
				r.StepID += "_abroad"
			}
			return r, true
		}
	}
	return ServiceRule{}, false
}

// Delivery is what is known of how a paper reached the person.
type Delivery struct {
	Authority Authority
	Service   Service
	// Event is the day of the delivery event: handed over, refused, notice left, handed
	// to the household member, the date on the return receipt, posted, published, or
	// received by the representative (decision.received).
	Event time.Time
	// InHand is the day the paper was actually in the person's hands, where that can
	// differ from the event (collected after a notice, passed on by a household member);
	// zero if not known (decision.in_hand).
	InHand time.Time
	// ToAbroad: ordinary mail sent to an address outside Serbia (ZUP Art. 71(2)).
	ToAbroad bool
	// SignedByOther: the registered-mail receipt was signed by someone else: that is
	// substitute delivery (ZUP Art. 76), irregular here.
	SignedByOther bool
	// NoSecondAttempt: the notice was left without the second attempt within 24 hours
	// that ZUP Art. 75(5) requires: the delivery is irregular.
	NoSecondAttempt bool
	// From is how the statute words the period's start. FromHanding („од дана уручења",
	// ZoS Art. 90(2)) counts from the actual handing over: no deemed day applies.
	From From
}

// Served is the day of service of a paper, and how it was found.
type Served struct {
	Event  time.Time `json:"event"`             // the delivery event
	InHand time.Time `json:"in_hand,omitempty"` // when it was actually in the person's hands, if known
	// Date is the legal day of service on the better reading: the legal last day of a
	// period counts from it.
	Date time.Time `json:"served"`
	// Earliest is the earliest day any reading of the law allows: the safe date counts
	// from it. Never after Date.
	Earliest  time.Time   `json:"earliest"`
	Service   Service     `json:"service"`
	Authority Authority   `json:"authority"`
	Rule      ServiceRule `json:"rule"`
	// Irregular: the delivery did not follow the rules (household or ordinary mail where
	// personal delivery is obligatory, a notice without a second attempt, a receipt
	// signed by someone else): the day the paper reached the person counts.
	Irregular bool `json:"irregular,omitempty"`
	// Steps explain the day of service and, where they differ, why the safe date counts
	// from an earlier day.
	Steps []Step `json:"steps"`
}

// Serve works out the day of service. ok is false if the method is unknown or the
// event day is zero (nothing to count from).
func Serve(d Delivery) (Served, bool) {
	if d.Authority == "" {
		d.Authority = Administration
	}
	r, ok := RuleFor(d.Authority, d.Service, d.ToAbroad)
	if !ok || d.Event.IsZero() {
		return Served{}, false
	}
	event := Day(d.Event)
	var inHand time.Time
	if !d.InHand.IsZero() && !Day(d.InHand).Before(event) {
		inHand = Day(d.InHand) // a day in hand before the event is not a reading of anything
	}
	s := Served{Event: event, InHand: inHand, Service: d.Service, Authority: d.Authority, Rule: r}
	p := map[string]string{"EventDate": iso(event)}
	if !inHand.IsZero() {
		p["InHandDate"] = iso(inHand)
	}
	deemed := event.AddDate(0, 0, r.DeemedDays)
	step := func(id string, inferred bool, cites ...Citation) {
		q := map[string]string{}
		for k, v := range p {
			q[k] = v
		}
		s.Steps = append(s.Steps, Step{ID: id, Params: q, Cites: cites, Inferred: inferred})
	}
	minDay := func(a, b time.Time) time.Time {
		if b.IsZero() || a.Before(b) {
			return a
		}
		return b
	}

	// ZoS Art. 90(2) „од дана уручења": the actual handing over; a detained person is
	// served when the paper is handed to them (ZUP Art. 68(3)–(4), and that this covers
	// the Shelter for Foreigners is inferred). No deemed day applies.
	if d.From == FromHanding {
		s.Date = event
		if !inHand.IsZero() {
			s.Date = inHand
		}
		s.Earliest = minDay(event, inHand)
		p["ServedDate"] = iso(s.Date)
		step("legal.step.served.handing", true, Cite(ZoS, "90", "2"), Cite(ZUP, "68", "3"), Cite(ZUP, "68", "4"))
		switch {
		case d.Service == Personal || d.Service == Refused || d.Service == Representative ||
			d.Service == RegisteredMail && !d.SignedByOther:
		default:
			s.Irregular = true
			step("legal.step.served.handing_warning", false, Cite(ZoS, "90", "2"))
		}
		return s, true
	}

	irregular := r.Irregular || (d.Service == RegisteredMail && d.SignedByOther) ||
		(d.Authority == Administration && d.Service == Notice && d.NoSecondAttempt)
	s.Irregular = irregular
	switch {
	case irregular:
		// ZUP Art. 66(7): service is the day it was actually made, i.e. the day the paper
		// reached the person. Without that day, the event (household, receipt) or the
		// deemed day (mail, notice) stands. The safe date counts from the earliest of the
		// event-based readings.
		switch d.Service {
		case OrdinaryMail, Notice:
			s.Date = deemed
		default:
			s.Date = event
		}
		if !inHand.IsZero() {
			s.Date = inHand
		}
		switch d.Service {
		case OrdinaryMail, Notice:
			s.Earliest = minDay(deemed, inHand)
		default:
			s.Earliest = event
		}
		p["ServedDate"], p["DeemedDate"] = iso(s.Date), iso(deemed)
		id := r.StepID
		if d.Service == RegisteredMail {
			id += "_other"
		}
		if d.Service == Notice {
			id += "_no_second_attempt"
		}
		step(id, r.Confidence == Inferred, r.Basis...)
		if d.Service == RegisteredMail {
			s.Steps[len(s.Steps)-1].Cites = append(s.Steps[len(s.Steps)-1].Cites, Cite(ZUP, "76", "1"), Cite(ZUP, "66", "7"))
		}
		if inHand.IsZero() {
			step("legal.step.served.ask_in_hand", false)
		}
	default:
		s.Date = deemed
		if r.CollectedIsPersonal && !inHand.IsZero() && inHand.Before(deemed) {
			s.Date = inHand // collected before the deemed day: personal delivery that day (ZUP Art. 75(3))
		}
		s.Earliest = s.Date
		if r.SafeFromEvent {
			s.Earliest = event
		}
		if d.Service == OrdinaryMail || d.Service == Public {
			s.Earliest = minDay(s.Date, inHand)
		}
		p["ServedDate"], p["DeemedDate"] = iso(s.Date), iso(deemed)
		step(r.StepID, r.DeemedDays > 0, r.Basis...)
		if r.CollectedIsPersonal {
			switch {
			case !inHand.IsZero() && inHand.Before(deemed):
				step("legal.step.served.collected", true, Cite(ZUP, "75", "3"))
			case inHand.IsZero():
				step("legal.step.served.if_collected", true, Cite(ZUP, "75", "3"))
			}
		}
	}
	if s.Earliest.Before(s.Date) {
		p["EarliestDate"] = iso(s.Earliest)
		step("legal.step.served.earliest", false)
	}
	return s, true
}
