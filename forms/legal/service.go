package legal

import "time"

// Service is how a decision was delivered: the values of decision.service (design.md).
type Service string

const (
	Personal       Service = "personal"        // handed over in person (ZUP Art. 75)
	Refused        Service = "refused"         // the person refused to sign the delivery slip (ZUP Art. 77(2))
	Notice         Service = "notice"          // not found; a notice was left (ZUP Art. 75(5)–(6))
	Household      Service = "household"       // handed to an adult household member (ZUP Art. 76)
	RegisteredMail Service = "registered-mail" // date on the return receipt (ZUP Art. 71)
	OrdinaryMail   Service = "mail"            // 7th day after posting, 15th from abroad (ZUP Art. 71)
	Public         Service = "public"          // website and notice board (ZUP Art. 78)
)

// Services lists the delivery methods in the order the interview offers them.
var Services = []Service{Personal, Refused, Notice, Household, RegisteredMail, OrdinaryMail, Public}

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

// ServiceRule is the rule that turns the event date into the date of service.
type ServiceRule struct {
	// DeemedDays: the service counts as made this many days after the event (0 = the
	// event day itself). The event day is not counted (ZUP Art. 80(2)): a notice left
	// on 3 March with 15 days counts as served on 18 March, and the appeal's day 1 is
	// 19 March. The deemed day does not move to a working day: it is not a day on
	// which anyone must act, and not moving gives the earlier, safer date (inferred).
	DeemedDays int      `json:"deemed_days"`
	Basis      Citation `json:"basis"`
	// StepID is the catalogue id of the explanation ("Delivered in person on …").
	StepID string `json:"step_id"`
}

// RuleFor returns the service rule for s; fromAbroad applies to ordinary mail only.
func RuleFor(s Service, fromAbroad bool) (ServiceRule, bool) {
	switch s {
	case Personal:
		return ServiceRule{0, Cite(ZUP, "75", ""), "legal.step.served.personal"}, true
	case Refused:
		return ServiceRule{0, Cite(ZUP, "77", "2"), "legal.step.served.refused"}, true
	case Notice:
		return ServiceRule{15, Cite(ZUP, "75", "6"), "legal.step.served.notice"}, true
	case Household:
		return ServiceRule{15, Cite(ZUP, "76", ""), "legal.step.served.household"}, true
	case RegisteredMail:
		return ServiceRule{0, Cite(ZUP, "71", ""), "legal.step.served.registered"}, true
	case OrdinaryMail:
		if fromAbroad {
			return ServiceRule{15, Cite(ZUP, "71", ""), "legal.step.served.mail_abroad"}, true
		}
		return ServiceRule{7, Cite(ZUP, "71", ""), "legal.step.served.mail"}, true
	case Public:
		return ServiceRule{15, Cite(ZUP, "78", ""), "legal.step.served.public"}, true
	}
	return ServiceRule{}, false
}

// Served is the legal date of service and how it was found.
type Served struct {
	Event   time.Time   `json:"event"`  // the day of the event (handed over, notice left, posted …)
	Date    time.Time   `json:"served"` // the legal date of service
	Service Service     `json:"service"`
	Rule    ServiceRule `json:"rule"`
}

// ServiceDate derives the date of service from the method and the event day.
// ok is false if the method is unknown or the event day is zero.
func ServiceDate(s Service, event time.Time, fromAbroad bool) (Served, bool) {
	r, ok := RuleFor(s, fromAbroad)
	if !ok || event.IsZero() {
		return Served{}, false
	}
	event = Day(event)
	return Served{Event: event, Date: event.AddDate(0, 0, r.DeemedDays), Service: s, Rule: r}, true
}
