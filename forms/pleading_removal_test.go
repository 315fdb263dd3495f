package forms

import "testing"

// TestRemovalTypesPleading: what the short-stay cancellation (ZoS Art. 39(3)–(8)),
// obligatory residence (93) and the postponement of removal (84, 85) plead, with the
// article each rule comes from in the case name. SecurityGrounds is No throughout, so
// 83(3) comes from the type itself and not from 9(8).
func TestRemovalTypesPleading(t *testing.T) {
	cases := []struct {
		name      string
		typ       string
		edit      func(*Case)
		fit, not  []string
		weigh     string
		ban       string
		exOfficio bool
		p7        bool
	}{
		{"ZoS Art. 39(3), (4), (7): short stay cancelled with a period to leave and a ban: 78 through 39(4), 83(3), non-suspensive so a stay is asked; ex officio",
			TypeShortStayCancellation, func(c *Case) { c.Decision.DepartureDays, c.Decision.EntryBan = 30, true },
			[]string{ArgRiskOnReturn, ArgPostponeExecution, ArgProportionality, ArgNotHeard, ArgInspectFile, ArgFamily},
			[]string{ArgAlternatives, ArgDetentionGrounds, ArgCourtMeasure},
			"", "zos-39-4", true, false},
		{"ZoS Art. 39(8): a stay on a D visa is lawful residence for Protocol No. 7",
			TypeShortStayCancellation, func(c *Case) { c.Decision.HeldResidence = Yes },
			nil, nil, "", "zos-39-4", true, true},
		{"ZoS Art. 93(1), (9): obligatory residence ordered secures removal: 83(3); the appeal does not suspend; ex officio",
			TypeObligatoryResidence, func(c *Case) { c.Decision.Obligatory = ObligatoryOrdered },
			[]string{ArgRiskOnReturn, ArgPostponeExecution, ArgProportionality, ArgNoReasons, ArgInspectFile},
			[]string{ArgAlternatives, ArgDetentionGrounds, ArgRemovalProspect, ArgCourtMeasure},
			"", "", true, false},
		{"ZoS Art. 93(4): a permit to leave the place is asked by the person: not ex officio",
			TypeObligatoryResidence, func(c *Case) { c.Decision.Obligatory = ObligatoryLeaveRefused },
			[]string{ArgRiskOnReturn}, []string{ArgPostponeExecution}, "", "", false, false},
		{"ZoS Art. 85(2), (6): a revoked postponement: the appeal suspends, so no stay is asked; 84(1) with 83(3); 84(2) family unity; ex officio",
			TypeRemovalPostponement, func(c *Case) { c.Decision.Postponement = PostponementRevoked },
			[]string{ArgRiskOnReturn, ArgFamily, ArgNoReasons, ArgInspectFile},
			[]string{ArgPostponeExecution, ArgAlternatives, ArgCourtMeasure},
			"zos-84-2", "", true, false},
		{"ZoS Art. 84(1), 85(1): a granted postponement may have been asked for: not ex officio",
			TypeRemovalPostponement, func(c *Case) { c.Decision.Postponement = PostponementGranted },
			nil, []string{ArgPostponeExecution}, "zos-84-2", "", false, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := blankCase(tc.typ)
			if tc.edit != nil {
				tc.edit(c)
			}
			checkArgumentsFit(t, c, tc.fit, tc.not)
			p := PleadingFor(c)
			if p.Weigh != tc.weigh || p.Ban != tc.ban || p.ExOfficio != tc.exOfficio || p.Protocol7 != tc.p7 {
				t.Errorf("weigh %q ban %q ex officio %v P7 %v", p.Weigh, p.Ban, p.ExOfficio, p.Protocol7)
			}
			if !p.NonRefoulement {
				t.Error("ZoS Art. 83(3) is not pleaded")
			}
			if !p.Protocol7 && p.Protocol7Reason == "" {
				t.Error("no reason given for leaving Protocol No. 7 out")
			}
		})
	}
}

// TestRemovalPostponementFamilyBasis: the interview shows 84(2) as the basis of the
// family argument against a postponement decision, and the person is told why the
// court postponement is not offered (the appeal suspends, 85(6)).
func TestRemovalPostponementFamilyBasis(t *testing.T) {
	c := blankCase(TypeRemovalPostponement)
	if got := ArgumentInfoFor(c, ArgFamily).Basis; got != "interview.argument.weigh.zos-84-2" {
		t.Errorf("family basis %q", got)
	}
	if a := ArgumentInfoFor(c, ArgPostponeExecution); a.Applies || a.Explain != "interview.argument.na.suspends" {
		t.Errorf("postpone-execution: %+v", a)
	}
}

// TestActAskedForItsType: what the decision did is asked only for the types that cover
// two acts (ZoS Art. 85(4), 93(7), 39(8)), and only the act's own choices are offered.
func TestActAskedForItsType(t *testing.T) {
	_, visa := FieldByPath("decision.long_stay_visa")
	if visa == nil {
		t.Fatal("decision.long_stay_visa: no such field")
	}
	for _, typ := range []string{TypeShortStayCancellation, TypeReturnDecision, TypeVisaRefusal} {
		if got := visa.Applies(blankCase(typ)); got != (typ == TypeShortStayCancellation) {
			t.Errorf("decision.long_stay_visa for %s: asked %v", typ, got)
		}
	}
	for _, tc := range []struct {
		field, typ string
		choices    []string
	}{
		{"decision.postponement", TypeRemovalPostponement, []string{PostponementGranted, PostponementRevoked}},
		{"decision.obligatory", TypeObligatoryResidence, []string{ObligatoryOrdered, ObligatoryLeaveRefused}},
	} {
		_, f := FieldByPath(tc.field)
		if f == nil {
			t.Fatalf("%s: no such field", tc.field)
		}
		for _, typ := range []string{TypeRemovalPostponement, TypeObligatoryResidence, TypeReturnDecision} {
			c := blankCase(typ)
			if got, want := f.Applies(c), typ == tc.typ; got != want {
				t.Errorf("%s for %s: asked %v", tc.field, typ, got)
			}
		}
		if len(f.Choices) != len(tc.choices) {
			t.Fatalf("%s: choices %v", tc.field, f.Choices)
		}
		for i, ch := range f.Choices {
			if ch.Value != tc.choices[i] {
				t.Errorf("%s: choice %d is %q", tc.field, i, ch.Value)
			}
		}
	}
}

// checkArgumentsFit fails for every argument of fit that does not apply to c and
// every argument of not that does.
func checkArgumentsFit(t *testing.T, c *Case, fit, not []string) {
	t.Helper()
	for _, id := range fit {
		if ok, reason := ArgumentApplies(c, id); !ok {
			t.Errorf("%s does not fit (%s)", id, reason)
		}
	}
	for _, id := range not {
		if ok, _ := ArgumentApplies(c, id); ok {
			t.Errorf("%s fits", id)
		}
	}
}
