package forms

import (
	"strings"
	"testing"
)

// blankCase has a type and nothing that suggests any argument.
func blankCase(typ string) *Case {
	c := New("s")
	c.Decision.Type = typ
	c.Decision.GivesReasons, c.Decision.Heard, c.Decision.SecurityGrounds = Yes, Yes, No
	return c
}

func TestSuggestedArguments(t *testing.T) {
	cases := []struct {
		name string
		typ  string
		edit func(c *Case)
		want string // space-separated ids
	}{
		{"nothing suggests anything (refusal of temporary residence suspends, ZoS Art. 45)", TypeTemporaryResidenceRefusal, func(c *Case) {}, ""},
		{"no reasons given, ZUP Art. 141(4)", TypeTemporaryResidenceRefusal, func(c *Case) { c.Decision.GivesReasons = No }, "no-reasons"},
		{"not heard, ZUP Art. 11", TypeTemporaryResidenceRefusal, func(c *Case) { c.Decision.Heard = No }, "not-heard"},
		{"security grounds, ZoS Art. 9(9), ZUP Art. 64", TypeTemporaryResidenceRefusal, func(c *Case) { c.Decision.SecurityGrounds = Yes }, "not-heard inspect-file"},
		{"spouse, ZoS Art. 65(3)", TypeTemporaryResidenceRefusal, func(c *Case) { c.Family.Spouse = Yes }, "family"},
		{"children only, ZoS Art. 75", TypeTemporaryResidenceRefusal, func(c *Case) { c.Family.Children = []Child{{Name: "a"}} }, "family"},
		{"spouse answered no", TypeTemporaryResidenceRefusal, func(c *Case) { c.Family.Spouse = No }, ""},
		{"3 years by the decision date", TypeTemporaryResidenceRefusal, func(c *Case) {
			c.Person.InSerbiaSince, c.Decision.Issued = "2023-11-10", "2026-11-10"
		}, "length-of-stay"},
		{"one day short of 3 years", TypeTemporaryResidenceRefusal, func(c *Case) {
			c.Person.InSerbiaSince, c.Decision.Issued = "2023-11-11", "2026-11-10"
		}, ""},
		{"stay counted to delivery when issue date unknown", TypeTemporaryResidenceRefusal, func(c *Case) {
			c.Person.InSerbiaSince, c.Decision.Received = "2020-01-01", "2026-11-10"
		}, "length-of-stay"},
		{"anti-war activity, ECHR Art. 10", TypeTemporaryResidenceRefusal, func(c *Case) { c.Story.Activity = Yes }, "speech"},
		{"risk on return is not pleaded against a refusal without security grounds: ZoS Art. 83(3) concerns removal", TypeTemporaryResidenceRefusal, func(c *Case) { c.Story.RiskOnReturn = Yes }, ""},
		{"risk on return against a security refusal, ZoS Art. 9(8) with 83(3)", TypeTemporaryResidenceRefusal, func(c *Case) {
			c.Story.RiskOnReturn, c.Decision.SecurityGrounds = Yes, Yes
		}, "not-heard risk-on-return inspect-file"},
		{"risk on return against a return decision, ZoS Art. 83(3)", TypeReturnDecision, func(c *Case) { c.Story.RiskOnReturn = Yes }, "risk-on-return postpone-execution"},
		{"detention: liberty only, ZoS Art. 87(2), 93", TypeDetention, func(c *Case) {}, "detention-grounds alternatives"},
		{"detention with a risk on return: no prospect of removal, ZoS Art. 83(3), 88(1)", TypeDetention, func(c *Case) {
			c.Story.RiskOnReturn = Yes
		}, "risk-on-return detention-grounds alternatives removal-prospect"},
		{"detention without reasons: ZoS Art. 87(6), not the residence argument", TypeDetention, func(c *Case) { c.Decision.GivesReasons = No }, "detention-reasons detention-grounds alternatives"},
		{"cancellation after a court's expulsion, ZoS Art. 81(2): the lawsuit asks postponement (ZUS Art. 23(2))", TypeCourtExpulsion, func(c *Case) {}, "postpone-execution court-measure"},
		{"termination without departure or ban suspends, ZoS Art. 66(8)", TypeTemporaryResidenceTermination, func(c *Case) {}, ""},
		{"termination with 30 days to leave: ZoS Art. 66(2), 66(8) exception", TypeTemporaryResidenceTermination, func(c *Case) { c.Decision.DepartureDays = 30 }, "proportionality postpone-execution"},
		{"termination with an entry ban only, ZoS Art. 66(2)", TypeTemporaryResidenceTermination, func(c *Case) { c.Decision.EntryBan = true }, "proportionality postpone-execution"},
		{"return decision never suspends, ZoS Art. 80(3)", TypeReturnDecision, func(c *Case) {}, "postpone-execution"},
		{"entry refusal does not suspend, ZoS Art. 38(3)", TypeEntryRefusal, func(c *Case) {}, "postpone-execution"},
		{"permanent residence termination suspends, ZoS Art. 72(9)", TypePermanentResidenceTermination, func(c *Case) { c.Decision.DepartureDays = 30 }, "proportionality"},
		{"departure answers of another type are not used", TypeEntryRefusal, func(c *Case) { c.Decision.DepartureDays = 30 }, "postpone-execution"},
		{"no type yet", "", func(c *Case) {}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := blankCase(tc.typ)
			tc.edit(c)
			if got := strings.Join(SuggestedArguments(c), " "); got != tc.want {
				t.Errorf("suggested %q, want %q", got, tc.want)
			}
		})
	}
}

// TestArgumentKept: the person's choice wins over the suggestion both ways; without
// one, the suggestion stands; Set "" goes back to the suggestion.
func TestArgumentKept(t *testing.T) {
	c := blankCase(TypeTemporaryResidenceRefusal)
	c.Decision.GivesReasons = No
	if !ArgumentKept(c, ArgNoReasons) || ArgumentKept(c, ArgFamily) {
		t.Fatal("suggestion does not stand")
	}
	must(t, Set(c, "arguments."+ArgNoReasons, "no"))
	must(t, Set(c, "arguments."+ArgFamily, "yes"))
	if ArgumentKept(c, ArgNoReasons) || !ArgumentKept(c, ArgFamily) {
		t.Error("override ignored")
	}
	if got := strings.Join(KeptArguments(c), " "); got != "family" {
		t.Errorf("kept %q", got)
	}
	must(t, Set(c, "arguments."+ArgNoReasons, ""))
	if !ArgumentKept(c, ArgNoReasons) {
		t.Error("clearing the override did not restore the suggestion")
	}
	if v, _ := Get(c, "arguments."+ArgNoReasons); v != "" {
		t.Errorf("override still stored: %q", v)
	}
}

// TestExampleArguments: the example (security termination, 30 days, ban, family,
// 6 years, activity, risk, not heard, no reasons) suggests every argument that fits
// a termination of temporary residence.
func TestExampleArguments(t *testing.T) {
	c := Example()
	var fit []string
	for _, id := range AllArguments {
		if ok, _ := ArgumentApplies(c, id); ok {
			fit = append(fit, id)
		}
	}
	if got := SuggestedArguments(c); strings.Join(got, " ") != strings.Join(fit, " ") {
		t.Errorf("example suggests %v, fits %v", got, fit)
	}
}
