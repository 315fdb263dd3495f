package forms

import (
	"testing"

	"appealdesk/forms/legal"
)

// TestActsPleading: the visa, travel-document, entry-ban and invalid-permit decisions
// plead what their own articles give, one case per rule with its article.
func TestActsPleading(t *testing.T) {
	cases := []struct {
		name     string
		typ      string
		edit     func(*Case)
		weigh    string
		nonRef   bool
		exOff    bool
		security bool
		p7reason string
		fit, not []string
	}{
		{"ZoS Art. 36(2), 23(2): a visa refused by a mission, humanitarian exception; nothing to postpone", TypeVisaRefusal,
			func(c *Case) { c.Decision.VisaAct = legal.VisaRefused }, "zos-36-2", false, false, false, "first-entry",
			[]string{ArgNoReasons, ArgFamily, ArgInspectFile}, []string{ArgPostponeExecution, ArgRiskOnReturn}},
		{"ZoS Art. 9(8): a visa refused on security grounds brings in 83(3)", TypeVisaRefusal,
			func(c *Case) { c.Decision.VisaAct, c.Decision.SecurityGrounds = legal.VisaRefused, Yes }, "zos-36-2", true, false, true, "first-entry",
			[]string{ArgRiskOnReturn}, []string{ArgPostponeExecution}},
		{"ZoS Art. 34, 38(3): a visa refused at the border, the person is turned back", TypeVisaRefusal,
			func(c *Case) { c.Decision.VisaAct = legal.VisaBorder }, "", true, false, false, "first-entry",
			[]string{ArgRiskOnReturn}, []string{ArgPostponeExecution}},
		{"ZoS Art. 35(2), 38(3): an extension refused, humanitarian or professional reasons", TypeVisaRefusal,
			func(c *Case) { c.Decision.VisaAct = legal.VisaExtension }, "zos-35-2", true, false, false, "visa",
			[]string{ArgRiskOnReturn, ArgPostponeExecution, ArgFamily}, nil},
		{"ZoS Art. 37(1), 38(3): a visa annulled of the authority's own motion", TypeVisaRefusal,
			func(c *Case) { c.Decision.VisaAct = legal.VisaAnnulled }, "", true, true, false, "visa",
			[]string{ArgRiskOnReturn, ArgPostponeExecution}, nil},
		{"ZoS Art. 9(1), 99(1)(4): a travel document refused names security itself, no Art. 9", TypeTravelDocumentRefusal,
			func(c *Case) { c.Decision.SecurityGrounds = Yes }, "", false, false, false, "not-expulsion",
			[]string{ArgNoReasons, ArgInspectFile}, []string{ArgRiskOnReturn, ArgPostponeExecution}},
		{"ZoS Art. 79(1)–(2): the ban runs on, no removal, a lawsuit", TypeEntryBanLiftingRefusal,
			func(c *Case) { c.Decision.SecurityGrounds = Yes }, "zos-79-1", false, false, true, "not-expulsion",
			[]string{ArgNoReasons, ArgFamily}, []string{ArgRiskOnReturn, ArgPostponeExecution, ArgInspectFile}},
		{"ZoS Art. 108(3), 109(2): a permit declared invalid, a lawsuit that may ask postponement", TypePermitDeclaredInvalid,
			func(c *Case) { c.Decision.SecurityGrounds = Yes }, "", false, false, true, "not-expulsion",
			[]string{ArgNoReasons, ArgPostponeExecution}, []string{ArgRiskOnReturn, ArgInspectFile}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := blankCase(tc.typ)
			tc.edit(c)
			p := PleadingFor(c)
			if p.Weigh != tc.weigh || p.NonRefoulement != tc.nonRef || p.ExOfficio != tc.exOff || p.Security != tc.security {
				t.Errorf("got weigh %q non-refoulement %v ex officio %v security %v", p.Weigh, p.NonRefoulement, p.ExOfficio, p.Security)
			}
			if p.Protocol7 || p.Protocol7Reason != "interview.argument.not-heard.basis_no_p7."+tc.p7reason {
				t.Errorf("Protocol 7: %v %q", p.Protocol7, p.Protocol7Reason)
			}
			checkArgumentsFit(t, c, tc.fit, tc.not)
		})
	}
}

// TestRemedyOfAct: who decides the appeal and which article excludes it follow the act.
func TestRemedyOfAct(t *testing.T) {
	cases := []struct {
		name            string
		typ             string
		edit            func(*Case)
		lodged, decided legal.Body
		decidedBasis    string
		noAppeal        string
		missionAsked    bool
	}{
		{"ZoS Art. 23(2), 38(2): a refused visa is the mission's, the foreign ministry decides", TypeVisaRefusal,
			func(c *Case) { c.Decision.VisaAct = legal.VisaRefused }, legal.Issuer, legal.ForeignMinistry, "ZoS Art. 38(2)", "", false},
		{"ZoS Art. 34, 38(2): at the border the border police's, MUP decides", TypeVisaRefusal,
			func(c *Case) { c.Decision.VisaAct, c.Decision.ByMission = legal.VisaBorder, Yes }, legal.BorderPolice, legal.MUP, "ZoS Art. 38(2)", "", false},
		{"ZoS Art. 37(4), 38(2): annulled by a consulate", TypeVisaRefusal,
			func(c *Case) { c.Decision.VisaAct, c.Decision.ByMission = legal.VisaAnnulled, Yes }, legal.Issuer, legal.ForeignMinistry, "ZoS Art. 38(2)", "", true},
		{"ZoS Art. 37(4), 38(2): revoked by the police", TypeVisaRefusal,
			func(c *Case) { c.Decision.VisaAct, c.Decision.ByMission = legal.VisaRevoked, No }, legal.Issuer, legal.MUP, "ZoS Art. 38(2)", "", true},
		{"ZoS Art. 98(1), 99(5): a travel document refused by a mission", TypeTravelDocumentRefusal,
			func(c *Case) { c.Decision.ByMission = Yes }, legal.Issuer, legal.ForeignMinistry, "ZoS Art. 99(5)", "", true},
		{"ZoS Art. 99(5): by the police, MUP decides", TypeTravelDocumentRefusal,
			func(c *Case) {}, legal.Issuer, legal.MUP, "ZoS Art. 99(5)", "", true},
		{"ZoS Art. 108(3): an ID card declared invalid", TypePermitDeclaredInvalid,
			func(c *Case) { c.Decision.InvalidDocument = legal.InvalidIDCard }, legal.AdministrativeCourt, legal.AdministrativeCourt, "ZoS Art. 108(3)", "ZoS Art. 108(3)", false},
		{"ZoS Art. 109(2): a single permit declared invalid", TypePermitDeclaredInvalid,
			func(c *Case) { c.Decision.InvalidDocument = legal.InvalidUniquePermit }, legal.AdministrativeCourt, legal.AdministrativeCourt, "ZoS Art. 109(2)", "ZoS Art. 109(2)", false},
		{"ZoS Art. 79(2): the ban not lifted, no appeal", TypeEntryBanLiftingRefusal,
			func(c *Case) { c.Decision.ByMission = Yes }, legal.AdministrativeCourt, legal.AdministrativeCourt, "ZoS Art. 79(2)", "ZoS Art. 79(2)", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := blankCase(tc.typ)
			tc.edit(c)
			r, ok := RemedyOf(c)
			if !ok {
				t.Fatal("no remedy")
			}
			if r.LodgedWith != tc.lodged || r.DecidedBy != tc.decided || r.DecidedByBasis.String() != tc.decidedBasis {
				t.Errorf("lodged with %s, decided by %s (%s)", r.LodgedWith, r.DecidedBy, r.DecidedByBasis)
			}
			got := ""
			if r.NoAppeal != nil {
				got = r.NoAppeal.String()
			}
			if got != tc.noAppeal {
				t.Errorf("no appeal: %q", got)
			}
			if missionAsked(c) != tc.missionAsked {
				t.Errorf("decision.by_mission asked: %v", missionAsked(c))
			}
		})
	}
}
