package legal

import (
	"strings"
	"testing"

	"appealdesk/locales"
)

// The §8 table of legal-reference.md, row by row.
func TestRemedyTable(t *testing.T) {
	cases := []struct {
		name       string
		typ        DecisionType
		kind       RemedyKind
		period     Period
		lodged     Body
		decided    Body
		suspensive Suspensive
		basis      string
	}{
		{"ZoS 38(1) entry refusal: appeal 8 days to MUP, lodged with border police, not suspensive 38(3)", EntryRefusal, Appeal, Period{8, Days}, BorderPolice, MUP, DoesNotSuspend, "ZoS Art. 38(3)"},
		{"ZoS 45 temporary residence refusal: 15 days, MUP, suspensive", TemporaryResidenceRefusal, Appeal, Period{15, Days}, FirstInstance, MUP, Suspends, "ZoS Art. 45"},
		{"ZoS 66(5),(7),(8) temporary residence termination: 15 days, MUP, suspensive unless 66(2)", TemporaryResidenceTermination, Appeal, Period{15, Days}, FirstInstance, MUP, SuspendsUnlessDeparture, "ZoS Art. 66(8)"},
		{"ZoS 46ђ unique permit refusal: 15 days, MUP, suspensive", UniquePermitRefusal, Appeal, Period{15, Days}, FirstInstance, MUP, Suspends, "ZoS Art. 46ђ(2–5)"},
		{"ZoS 46ж unique permit termination: 15 days, MUP, suspensive unless 46ж(2)", UniquePermitTermination, Appeal, Period{15, Days}, FirstInstance, MUP, SuspendsUnlessDeparture, "ZoS Art. 46ж(6–9)"},
		{"ZoS 71(4),(6),(7) permanent residence refusal: 15 days, lodged with MUP, Government decides, suspensive", PermanentResidenceRefusal, Appeal, Period{15, Days}, MUP, Government, Suspends, "ZoS Art. 71(7)"},
		{"ZoS 72(7),(9),(10) permanent residence termination: 15 days, Government, suspensive", PermanentResidenceTermination, Appeal, Period{15, Days}, MUP, Government, Suspends, "ZoS Art. 72(9)"},
		{"ZoS 80(1)-(3) return decision: 15 days, MUP, not suspensive", ReturnDecision, Appeal, Period{15, Days}, FirstInstance, MUP, DoesNotSuspend, "ZoS Art. 80(3)"},
		{"ZoS 90 detention: no appeal, lawsuit 8 days to the Administrative Court", Detention, Lawsuit, Period{8, Days}, AdministrativeCourt, AdministrativeCourt, DoesNotSuspend, "ZoS Art. 90"},
		{"ZoS 81(2), ZUS 18 court expulsion: no appeal, lawsuit 30 days", CourtExpulsionCancellation, Lawsuit, Period{30, Days}, AdministrativeCourt, AdministrativeCourt, DoesNotSuspend, "ZUS Art. 23(1)"},
	}
	if len(cases) != len(DecisionTypes) {
		t.Fatalf("table covers %d types, want all %d", len(cases), len(DecisionTypes))
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, ok := RemedyFor(c.typ)
			if !ok {
				t.Fatal("no remedy")
			}
			if r.Decision != c.typ || r.Kind != c.kind || r.Period != c.period || r.LodgedWith != c.lodged ||
				r.DecidedBy != c.decided || r.Suspensive != c.suspensive || r.SuspensiveBasis.String() != c.basis {
				t.Errorf("got %+v", r)
			}
			if len(r.Articles) == 0 || r.Confidence == "" || len(r.Counting) == 0 {
				t.Errorf("remedy lacks articles, counting or confidence: %+v", r)
			}
			if r.MayBeNonSuspensive(true) && !r.PostponeAtCourt && r.Kind == Appeal {
				t.Errorf("non-suspensive appeal without the ZUS 23(3) postponement")
			}
		})
	}
	if _, ok := RemedyFor("visa-refusal"); ok {
		t.Error("unknown type has a remedy")
	}
}

func TestRemedyForReturnsCopy(t *testing.T) {
	r, _ := RemedyFor(ReturnDecision)
	r.Articles[0] = Cite(ZUP, "1", "")
	r.Departure.MaxDays = 99
	again, _ := RemedyFor(ReturnDecision)
	if again.Articles[0].Law != ZoS || again.Departure.MaxDays != 30 {
		t.Error("RemedyFor leaks the table")
	}
}

func TestEveryNameIsCatalogued(t *testing.T) {
	var ids []string
	for _, d := range DecisionTypes {
		ids = append(ids, d.NameID())
		r, _ := RemedyFor(d)
		ids = append(ids, r.FirstInstance.NameID(), r.LodgedWith.NameID(), r.DecidedBy.NameID(), r.KindNameID(), r.SuspensiveID())
		ids = append(ids, r.NoteIDs...)
		if r.SuspensiveExceptionID != "" {
			ids = append(ids, r.SuspensiveExceptionID)
		}
		for _, c := range append(r.Articles, r.Counting...) {
			ids = append(ids, c.Law.NameID())
		}
	}
	for _, b := range []Body{ConstitutionalCourt, ECHR} {
		ids = append(ids, b.NameID())
	}
	for _, l := range locales.All {
		tr := locales.New(l)
		for _, id := range ids {
			if s := tr.T(id, "Cites", "x"); s == id || strings.Contains(s, "<no value>") {
				t.Errorf("%s: %q not in catalogue", l, id)
			}
		}
	}
}
