package forms

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestArgumentsMatchTypes: which arguments fit which decision, one case per rule, with
// the article in the case name. An argument that does not fit is not kept even when
// the file says so, and the person is told why.
func TestArgumentsMatchTypes(t *testing.T) {
	type want struct {
		fit, not []string
	}
	cases := []struct {
		name string
		typ  string
		edit func(*Case)
		want want
	}{
		{"ZoS Art. 87–90: a detention lawsuit pleads liberty, not residence (no ZoS 65, 9(9), Üner)", TypeDetention, nil, want{
			fit: []string{ArgDetentionReasons, ArgDetentionGrounds, ArgAlternatives, ArgRemovalProspect, ArgRiskOnReturn},
			not: []string{ArgNoReasons, ArgNotHeard, ArgFamily, ArgLengthOfStay, ArgSpeech, ArgProportionality, ArgInspectFile, ArgPostponeExecution, ArgCourtMeasure}}},
		{"ZoS Art. 81(2): the cancellation follows the court's measure", TypeCourtExpulsion, nil, want{
			fit: []string{ArgCourtMeasure, ArgRiskOnReturn, ArgFamily, ArgPostponeExecution, ArgNoReasons},
			not: []string{ArgNotHeard, ArgSpeech, ArgInspectFile, ArgDetentionGrounds}}},
		{"ZoS Art. 71(3): refusing permanent residence removes no one, so no ZoS 83(3)", TypePermanentResidenceRefusal, func(c *Case) { c.Decision.SecurityGrounds = Yes }, want{
			fit: []string{ArgNoReasons, ArgNotHeard, ArgFamily, ArgLengthOfStay, ArgSpeech, ArgInspectFile},
			not: []string{ArgRiskOnReturn, ArgPostponeExecution}}},
		{"ZoS Art. 45(5): a refusal of temporary residence suspends, no postponement", TypeTemporaryResidenceRefusal, nil, want{
			fit: []string{ArgNoReasons, ArgNotHeard, ArgFamily, ArgInspectFile},
			not: []string{ArgPostponeExecution, ArgRiskOnReturn, ArgAlternatives}}},
		{"ZoS Art. 9(8): a security refusal brings in ZoS 83(3)", TypeTemporaryResidenceRefusal, func(c *Case) { c.Decision.SecurityGrounds = Yes }, want{
			fit: []string{ArgRiskOnReturn}}},
		{"ZoS Art. 80(3), 83(3): a return decision", TypeReturnDecision, nil, want{
			fit: []string{ArgRiskOnReturn, ArgPostponeExecution, ArgProportionality, ArgFamily}}},
		{"ZoS Art. 38(3), 83(3): an entry refusal", TypeEntryRefusal, nil, want{
			fit: []string{ArgRiskOnReturn, ArgPostponeExecution, ArgNotHeard}}},
		{"ZoS Art. 66(8): a termination without departure suspends", TypeTemporaryResidenceTermination, nil, want{
			not: []string{ArgPostponeExecution}}},
		{"ZoS Art. 66(8) with 66(2): a termination with 30 days to leave does not", TypeTemporaryResidenceTermination, func(c *Case) { c.Decision.DepartureDays = 30 }, want{
			fit: []string{ArgPostponeExecution}}},
		{"ZAPZ Art. 38(1), 24, 25: asylum is granted when its conditions are met, not weighed; 95(2): the appeal suspends", TypeAsylum, nil, want{
			fit: []string{ArgNoReasons, ArgNotHeard, ArgFamily, ArgSpeech, ArgRiskOnReturn, ArgInspectFile},
			not: []string{ArgProportionality, ArgPostponeExecution, ArgDetentionGrounds}}},
		{"ZUP Art. 154(2): another decision may be enforceable under its own law, so postponement is offered", TypeOther, nil, want{
			fit: []string{ArgNoReasons, ArgNotHeard, ArgProportionality, ArgPostponeExecution, ArgInspectFile}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := blankCase(tc.typ)
			if tc.edit != nil {
				tc.edit(c)
			}
			for _, id := range tc.want.fit {
				if ok, reason := ArgumentApplies(c, id); !ok {
					t.Errorf("%s does not fit (%s)", id, reason)
				}
			}
			for _, id := range tc.want.not {
				ok, reason := ArgumentApplies(c, id)
				if ok {
					t.Errorf("%s fits", id)
					continue
				}
				if !strings.HasPrefix(reason, "interview.argument.na.") {
					t.Errorf("%s: no reason for the person: %q", id, reason)
				}
				c.Arguments = map[string]bool{id: true}
				if ArgumentKept(c, id) {
					t.Errorf("%s is kept although it does not fit", id)
				}
				if a := ArgumentInfoFor(c, id); a.Applies || a.Explain != reason {
					t.Errorf("%s: the interview does not explain its absence: %+v", id, a)
				}
			}
		})
	}
}

// TestProtocol7: Art. 1 of Protocol No. 7 protects an alien lawfully resident: a
// termination, a refused extension, a return decision after a permit, an entry refusal
// of a resident (Nolan and K. v. Russia) — never a first entry or a detention.
func TestProtocol7(t *testing.T) {
	cases := []struct {
		name string
		typ  string
		held YesNo
		want bool
	}{
		{"P7-1: termination of temporary residence (ZoS Art. 66)", TypeTemporaryResidenceTermination, "", true},
		{"P7-1: termination of permanent residence (ZoS Art. 72)", TypePermanentResidenceTermination, "", true},
		{"P7-1: unique permit ended (ZoS Art. 46ж)", TypeUniquePermitTermination, "", true},
		{"P7-1: refused extension (ZoS Art. 45)", TypeTemporaryResidenceRefusal, Yes, true},
		{"P7-1 not: first application (ZoS Art. 45)", TypeTemporaryResidenceRefusal, No, false},
		{"P7-1: re-entry refused to a resident (ZoS Art. 15)", TypeEntryRefusal, Yes, true},
		{"P7-1 not: first entry (ZoS Art. 15)", TypeEntryRefusal, No, false},
		{"P7-1 not: entry, residence not said", TypeEntryRefusal, "", false},
		{"P7-1: return after a permit (ZoS Art. 77)", TypeReturnDecision, Yes, true},
		{"P7-1 not: detention (ZoS Art. 87)", TypeDetention, Yes, false},
		{"P7-1 not: permanent residence refused, temporary stays (ZoS Art. 71(3))", TypePermanentResidenceRefusal, Yes, false},
		{"P7-1 not: the court ordered the expulsion (ZoS Art. 81(2))", TypeCourtExpulsion, Yes, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := blankCase(tc.typ)
			c.Decision.HeldResidence = tc.held
			p := PleadingFor(c)
			if p.Protocol7 != tc.want {
				t.Errorf("Protocol7 = %v", p.Protocol7)
			}
			if !p.Protocol7 && p.Protocol7Reason == "" {
				t.Error("no reason given for leaving Protocol No. 7 out")
			}
		})
	}
}

// TestOwnClauses: each type pleads its own clause of the Law on Foreigners.
func TestOwnClauses(t *testing.T) {
	cases := []struct {
		name, typ, weigh, security, ban string
		dep                             int
	}{
		{"ZoS Art. 65(1), (2) for temporary residence applications", TypeTemporaryResidenceRefusal, "zos-65-1", "zos-65-2", "", 0},
		{"ZoS Art. 66(4); 65(2) only by analogy; ban through 66(3)", TypeTemporaryResidenceTermination, "zos-66-4", "zos-65-2-analogy", "zos-66-3", 0},
		{"ZoS Art. 46ж(5) with a departure period", TypeUniquePermitTermination, "zos-46zh-5", "zos-65-2-analogy", "zos-46zh-3", 30},
		{"ZoS Art. 46ж(5) not without one", TypeUniquePermitTermination, "", "zos-65-2-analogy", "zos-46zh-3", 0},
		{"ZoS Art. 71(2)", TypePermanentResidenceRefusal, "zos-71-2", "zos-71-2", "", 0},
		{"ZoS Art. 72(3); ban through 72(5)", TypePermanentResidenceTermination, "zos-72-3", "zos-72-3", "zos-72-5", 0},
		{"ZoS Art. 75, 78(5)", TypeReturnDecision, "zos-75", "", "zos-78", 0},
		{"ZoS Art. 15(3)", TypeEntryRefusal, "zos-15-3", "", "", 0},
		{"detention: none of them", TypeDetention, "", "", "", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := blankCase(tc.typ)
			c.Decision.DepartureDays = tc.dep
			p := PleadingFor(c)
			if p.Weigh != tc.weigh || p.SecurityWeigh != tc.security || p.Ban != tc.ban {
				t.Errorf("got weigh %q security %q ban %q", p.Weigh, p.SecurityWeigh, p.Ban)
			}
		})
	}
}

// TestFilingIssues: what stops a final copy, each with the field to fix.
func TestFilingIssues(t *testing.T) {
	today := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	paths := func(c *Case) string {
		var out []string
		for _, is := range FilingIssues(c, today) {
			if is.Severity != SeverityError {
				t.Errorf("%s is not an error", is.Path)
			}
			out = append(out, is.Path+"="+strings.TrimPrefix(is.Message, "interview.issue.filing."))
		}
		return strings.Join(out, " ")
	}
	cases := []struct {
		name string
		edit func(*Case)
		want string
	}{
		{"the example can be filed", func(c *Case) {}, ""},
		{"no delivery date: nothing can claim timeliness", func(c *Case) { c.Decision.Received = "" }, "decision.received=no_delivery"},
		{"ZoS Art. 66(5): lodged on the 15th day (27.11.2026) is in time", func(c *Case) { c.Documents.Lodging = "2026-11-27" }, ""},
		{"ZoS Art. 66(5): lodged on the 16th day is late", func(c *Case) { c.Documents.Lodging = "2026-11-28" }, "documents.lodging=late"},
		{"ZUP Art. 81(2): the lodging day, not the signing day, counts", func(c *Case) {
			c.Documents.Signed, c.Documents.Lodging = "2026-11-20", "2026-12-01"
		}, "documents.lodging=late"},
		{"signed late, no lodging day: the signing day counts", func(c *Case) { c.Documents.Signed = "2026-11-30" }, "documents.lodging=late"},
		{"Russian account in the appeal must be translated", func(c *Case) { c.Story.WhatHappened = "Мне вручили решение." }, "story.what_happened=translate"},
		{"Russian account kept out of the appeal is fine", func(c *Case) {
			c.Story.WhatHappened, c.Story.UseInAppeal = "Мне вручили решение.", No
		}, ""},
		{"English work description must be translated", func(c *Case) { c.Person.Work = "Software engineer" }, "person.work=translate"},
		{"a Russian name must be transcribed and confirmed", func(c *Case) { c.Family.SpouseName = "Мария Петрова" }, "family.spouse_name=transcribe"},
		{"evidence title in Russian", func(c *Case) { c.Evidence[0].Title = "Обжалуемое решение" }, "evidence[0].title=translate"},
		{"citizenship typed as text", func(c *Case) { c.Person.Citizenship = "Россия" }, "person.citizenship=country"},
		{"ZPP Art. 85(3): a friend may not sign the lawsuit", func(c *Case) {
			c.Decision.Type = TypeDetention
			c.Representative = Representative{Name: "Ана Анић", Role: RoleOther}
		}, "representative.role=representative"},
		{"ZUP Art. 49(3): a friend may sign the appeal", func(c *Case) {
			c.Representative = Representative{Name: "Ана Анић", Role: RoleOther}
		}, ""},
		{"ZUSud Art. 85: at the constitutional appeal the articles are needed", func(c *Case) {
			c.Later.JudgmentReceived = "2026-11-15"
			c.Documents.Constitution = ConstitutionArticles{Foreigners: "17.", Treaties: "18.", LegalRemedy: "36. ст. 2.", Expulsion: "39. ст. 3.", FairTrial: "32.", Expression: "46."}
		}, "documents.constitution.equality=constitution documents.constitution.association=constitution"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := Example()
			tc.edit(c)
			if got := paths(c); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTranscriptionSuggested: a name typed in Russian letters gets its Serbian
// Cyrillic form as a one-key suggestion in the interview (a warning, not a stop).
func TestTranscriptionSuggested(t *testing.T) {
	c := Example()
	c.Person.FullNameSerbian = "Фёдор Журавлёв"
	c.Family.Children[0].Name = "Юлия Петрова"
	found := map[string]string{}
	for _, is := range Validate(c, time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)) {
		if is.Message == "interview.issue.transcribe" {
			found[is.Path] = is.Suggestion
		}
	}
	if found["person.full_name_serbian"] != "Фјодор Журављов" || found["family.children[0].name"] != "Јулија Петрова" {
		t.Errorf("suggestions %v", found)
	}
}

// TestBasesForTypesWithoutAClause: where the Law on Foreigners names nothing to weigh
// (or does not apply at all, asylum), the arguments step does not point to a clause.
func TestBasesForTypesWithoutAClause(t *testing.T) {
	tests := []struct{ typ, arg, want string }{
		{TypeAsylum, ArgFamily, "interview.argument.weigh.azil-9-10"},
		{TypeAsylum, ArgRiskOnReturn, "interview.argument.risk-on-return.basis_asylum"},
		{TypeAsylum, ArgLengthOfStay, "interview.argument.length-of-stay.basis_no_clause"},
		{TypeVisaRefusal, ArgFamily, "interview.argument.family.basis_no_clause"},
		{TypeCourtExpulsion, ArgFamily, "interview.argument.family.basis_no_clause"},
		{TypeReturnDecision, ArgFamily, "interview.argument.weigh.zos-75"},
		{TypeReturnDecision, ArgRiskOnReturn, "interview.argument.risk-on-return.basis"},
	}
	for _, tt := range tests {
		c := New("")
		c.Decision.Type = tt.typ
		if got := ArgumentInfoFor(c, tt.arg).Basis; got != tt.want {
			t.Errorf("%s %s: basis %q, want %q", tt.typ, tt.arg, got, tt.want)
		}
	}
}

// TestConstitutionFieldsAskedWherePleaded: the Documents step asks the lawyer only for
// the Constitution's articles the case's documents plead — liberty for a detention
// lawsuit, the expulsion guarantee not for a refused permanent residence.
func TestConstitutionFieldsAskedWherePleaded(t *testing.T) {
	for _, tc := range []struct {
		typ      string
		asked    []string
		notAsked []string
	}{
		{TypeDetention, []string{"liberty", "foreigners", "legal_remedy"}, []string{"expulsion"}},
		{TypePermanentResidenceRefusal, []string{"foreigners", "treaties"}, []string{"expulsion", "liberty"}},
		{TypeTemporaryResidenceTermination, []string{"expulsion"}, []string{"liberty"}},
	} {
		c := Example()
		c.Decision.Type = tc.typ
		for _, right := range append(tc.asked, tc.notAsked...) {
			_, f := FieldByPath("documents.constitution." + right)
			if f == nil {
				t.Fatalf("no field for %s", right)
			}
			if want := slices.Contains(tc.asked, right); f.Applies(c) != want {
				t.Errorf("%s: %s asked = %v, want %v", tc.typ, right, f.Applies(c), want)
			}
		}
	}
}

// TestForeignersLawPleaded: the Law on Foreigners does not apply to a person who has
// applied for asylum (ZoS Art. 2(1)(1)), and for a decision the app does not know its
// clauses are not pleaded; every type of the Law on Foreigners pleads them.
func TestForeignersLawPleaded(t *testing.T) {
	cases := []struct {
		name, typ string
		want      bool
	}{
		{"ZoS Art. 2(1)(1): asylum", TypeAsylum, false},
		{"ZUP Art. 141(5): another decision, its law unknown", TypeOther, false},
		{"ZoS Art. 66: termination of temporary residence", TypeTemporaryResidenceTermination, true},
		{"ZoS Art. 38: visa refusal", TypeVisaRefusal, true},
		{"ZoS Art. 90: detention", TypeDetention, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := PleadingFor(blankCase(tc.typ)).ForeignersLaw; got != tc.want {
				t.Errorf("ForeignersLaw = %v", got)
			}
		})
	}
}
