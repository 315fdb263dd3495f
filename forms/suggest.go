package forms

import (
	"time"

	"appealdesk/forms/legal"
)

// LongStayYears is the length of stay in Serbia, counted to the date of the decision,
// from which the length-of-stay argument is suggested. It is a judgement of this
// program, not a rule of law: ZoS Art. 65(2), 66(4), 71(2), 72(3) ask the authority to
// weigh the length of stay without setting a number. A person below it may still
// switch the argument on.
const LongStayYears = 3

// SuggestedArguments returns the argument ids the answers suggest, in AllArguments
// order, among those that fit the decision (ArgumentApplies):
//   - no-reasons: the decision gives no reasons (decision.gives_reasons = no);
//   - not-heard: not heard before the decision, or security grounds (the assessment is secret);
//   - family: a spouse or children;
//   - length-of-stay: in Serbia at least LongStayYears by the date of the decision;
//   - speech: anti-war activity;
//   - risk-on-return: a risk on return;
//   - proportionality: the decision sets a departure period or an entry ban;
//   - inspect-file: security grounds (ZUP Art. 64–65 to see what the assessment rests on);
//   - postpone-execution: the remedy may not stop execution (forms/legal: the remedy
//     does not suspend, or suspends unless a departure period or ban is set and one is);
//   - detention-grounds and alternatives: always, against detention (ZoS Art. 87(2), 93);
//   - detention-reasons: the detention decision gives no reasons (ZoS Art. 87(6));
//   - removal-prospect: a risk on return, which bars removal (ZoS Art. 83(3), 88(1));
//   - court-measure: always, against a cancellation after a court's expulsion (Art. 81(2)).
func SuggestedArguments(c *Case) []string {
	var out []string
	for _, id := range AllArguments {
		if ArgumentSuggested(c, id) {
			out = append(out, id)
		}
	}
	return out
}

// ArgumentSuggested reports whether the answers suggest argument id (see SuggestedArguments).
func ArgumentSuggested(c *Case, id string) bool {
	if ok, _ := ArgumentApplies(c, id); !ok {
		return false
	}
	d := &c.Decision
	departureOrBan := departureOrBan(c)
	switch id {
	case ArgNoReasons:
		return d.GivesReasons == No
	case ArgNotHeard:
		return d.Heard == No || d.SecurityGrounds == Yes
	case ArgFamily:
		return c.Family.Spouse == Yes || len(c.Family.Children) > 0
	case ArgLengthOfStay:
		return yearsInSerbia(c) >= LongStayYears
	case ArgSpeech:
		return c.Story.Activity == Yes
	case ArgRiskOnReturn:
		return c.Story.RiskOnReturn == Yes
	case ArgProportionality:
		return departureOrBan
	case ArgInspectFile:
		return d.SecurityGrounds == Yes
	case ArgPostponeExecution:
		r, ok := legal.RemedyFor(legal.DecisionType(d.Type))
		return ok && (r.Kind == legal.Lawsuit || r.MayBeNonSuspensive(departureOrBan))
	case ArgDetentionGrounds, ArgAlternatives, ArgCourtMeasure:
		return true
	case ArgDetentionReasons:
		return d.GivesReasons == No
	case ArgRemovalProspect:
		return c.Story.RiskOnReturn == Yes
	}
	return false
}

// ArgumentKept reports whether argument id goes into the appeal: never when it does
// not fit the decision (ArgumentApplies), else the person's or the lawyer's choice
// ("arguments" in the file) if they made one, else the suggestion.
func ArgumentKept(c *Case, id string) bool {
	if ok, _ := ArgumentApplies(c, id); !ok {
		return false
	}
	if v, ok := c.Arguments[id]; ok {
		return v
	}
	return ArgumentSuggested(c, id)
}

// KeptArguments returns the ids of every kept argument, in AllArguments order.
func KeptArguments(c *Case) []string {
	var out []string
	for _, id := range AllArguments {
		if ArgumentKept(c, id) {
			out = append(out, id)
		}
	}
	return out
}

// yearsInSerbia counts whole years from person.in_serbia_since to the date of the
// decision (issued, else received); -1 when either is unknown or invalid.
func yearsInSerbia(c *Case) int {
	since, ok := parseISO(c.Person.InSerbiaSince)
	if !ok {
		return -1
	}
	to, ok := parseISO(c.Decision.Issued)
	if !ok {
		if to, ok = parseISO(c.Decision.Received); !ok {
			return -1
		}
	}
	return wholeYears(since, to)
}

// wholeYears is the number of full years from a to b (age-style), negative if b < a.
func wholeYears(a, b time.Time) int {
	y := b.Year() - a.Year()
	if b.Month() < a.Month() || (b.Month() == a.Month() && b.Day() < a.Day()) {
		y--
	}
	return y
}

// parseISO reads a valid ISO date; "" and anything invalid give false.
func parseISO(d Date) (time.Time, bool) {
	if len(d) != 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", string(d))
	return t, err == nil
}
