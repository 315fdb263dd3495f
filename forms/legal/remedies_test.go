package legal

import (
	"strings"
	"testing"

	"appealdesk/locales"
)

// The table of remedies, row by row, each row as read in the statute it names.
func TestRemedyTable(t *testing.T) {
	cases := []struct {
		name       string
		typ        DecisionType
		kind       RemedyKind
		period     Period
		from       From
		basis      string // the period's article
		lodged     Body
		decided    Body
		suspensive Suspensive
		suspBasis  string
		later      string // the article allowing the later lawsuit, "" if none
		noAppeal   string // the article excluding an appeal, "" if one lies
	}{
		{"ZoS 38(1) entry refusal: 8 days from receipt, lodged with the border police, MUP decides 38(2), does not suspend 38(3), lawsuit 38(4)",
			EntryRefusal, Appeal, Period{8, Days}, FromReceipt, "ZoS Art. 38(1)", BorderPolice, MUP, DoesNotSuspend, "ZoS Art. 38(3)", "ZoS Art. 38(4)", ""},
		{"ZoS 45(2) temporary residence refusal: 15 days from receipt through the competent body, MUP 45(4), suspends 45(5), lawsuit 45(6)",
			TemporaryResidenceRefusal, Appeal, Period{15, Days}, FromReceipt, "ZoS Art. 45(2)", FirstInstance, MUP, Suspends, "ZoS Art. 45(5)", "ZoS Art. 45(6)", ""},
		{"ZoS 66(5) temporary residence termination: 15 days, MUP 66(7), suspends unless 66(2) per 66(8), lawsuit 66(9)",
			TemporaryResidenceTermination, Appeal, Period{15, Days}, FromReceipt, "ZoS Art. 66(5)", FirstInstance, MUP, SuspendsUnlessDeparture, "ZoS Art. 66(8)", "ZoS Art. 66(9)", ""},
		{"ZoS 46ђ(2) unique permit refusal: 15 days, MUP 46ђ(4), suspends 46ђ(5), lawsuit 46ђ(6)",
			UniquePermitRefusal, Appeal, Period{15, Days}, FromReceipt, "ZoS Art. 46ђ(2)", FirstInstance, MUP, Suspends, "ZoS Art. 46ђ(5)", "ZoS Art. 46ђ(6)", ""},
		{"ZoS 46ж(6) unique permit termination: 15 days, MUP 46ж(8), suspends unless 46ж(2) per 46ж(9), lawsuit 46ж(10)",
			UniquePermitTermination, Appeal, Period{15, Days}, FromReceipt, "ZoS Art. 46ж(6)", FirstInstance, MUP, SuspendsUnlessDeparture, "ZoS Art. 46ж(9)", "ZoS Art. 46ж(10)", ""},
		{"ZoS 71(4) permanent residence refusal: 15 days to MUP, the Government decides 71(6), suspends 71(7), lawsuit 71(8)",
			PermanentResidenceRefusal, Appeal, Period{15, Days}, FromReceipt, "ZoS Art. 71(4)", MUP, Government, Suspends, "ZoS Art. 71(7)", "ZoS Art. 71(8)", ""},
		{"ZoS 72(7) permanent residence termination: 15 days to MUP, suspends 72(9), the Government decides 72(10), lawsuit 72(11)",
			PermanentResidenceTermination, Appeal, Period{15, Days}, FromReceipt, "ZoS Art. 72(7)", MUP, Government, Suspends, "ZoS Art. 72(9)", "ZoS Art. 72(11)", ""},
		{"ZoS 80(1) return decision: 15 days from DELIVERY, MUP 80(2), does not suspend 80(3), lawsuit 80(4)",
			ReturnDecision, Appeal, Period{15, Days}, FromDelivery, "ZoS Art. 80(1)", FirstInstance, MUP, DoesNotSuspend, "ZoS Art. 80(3)", "ZoS Art. 80(4)", ""},
		{"ZoS 90(1)–(3) detention: no appeal, lawsuit 8 days from HANDING OVER, does not suspend",
			Detention, Lawsuit, Period{8, Days}, FromHanding, "ZoS Art. 90(2)", AdministrativeCourt, AdministrativeCourt, DoesNotSuspend, "ZoS Art. 90(3)", "", "ZoS Art. 90(1)"},
		{"ZoS 81(2), ZUS 18(1) residence cancelled after a court expulsion: no appeal, lawsuit 30 days",
			CourtExpulsionCancellation, Lawsuit, Period{30, Days}, FromDelivery, "ZUS Art. 18(1)", AdministrativeCourt, AdministrativeCourt, DoesNotSuspend, "ZUS Art. 23(1)", "", "ZoS Art. 81(2)"},
		{"ZoS 39(5) short stay cancelled: 15 days from receipt to the competent body, MUP 39(6), does not suspend 39(7)",
			ShortStayCancellation, Appeal, Period{15, Days}, FromReceipt, "ZoS Art. 39(5)", FirstInstance, MUP, DoesNotSuspend, "ZoS Art. 39(7)", "ZUS Art. 14", ""},
		{"ZoS 93(7) obligatory residence: 8 days from receipt through the competent body, MUP 93(8), does not suspend 93(9), lawsuit 93(10)",
			ObligatoryResidence, Appeal, Period{8, Days}, FromReceipt, "ZoS Art. 93(7)", FirstInstance, MUP, DoesNotSuspend, "ZoS Art. 93(9)", "ZoS Art. 93(10)", ""},
		{"ZoS 85(4) removal postponement granted or revoked: 8 days from delivery, suspends 85(6), MUP 85(7), lawsuit 85(8)",
			RemovalPostponement, Appeal, Period{8, Days}, FromDelivery, "ZoS Art. 85(4)", FirstInstance, MUP, Suspends, "ZoS Art. 85(6)", "ZoS Art. 85(8)", ""},
		{"ZoS 38(1) visa refused, annulled, revoked: 8 days to the body that decided, MUP (or the foreign ministry) 38(2), does not suspend 38(3)",
			VisaRefusal, Appeal, Period{8, Days}, FromReceipt, "ZoS Art. 38(1)", Issuer, MUP, DoesNotSuspend, "ZoS Art. 38(3)", "ZoS Art. 38(4)", ""},
		{"ZoS 99(3) travel document refused: 8 days to the body that decided, 99(5), does not suspend 99(6), lawsuit 99(7)",
			TravelDocumentRefusal, Appeal, Period{8, Days}, FromReceipt, "ZoS Art. 99(3)", Issuer, MUP, DoesNotSuspend, "ZoS Art. 99(6)", "ZoS Art. 99(7)", ""},
		{"ZoS 79(2) entry ban lifting refused: no appeal, lawsuit 30 days (ZUS 18(1))",
			EntryBanLiftingRefusal, Lawsuit, Period{30, Days}, FromDelivery, "ZUS Art. 18(1)", AdministrativeCourt, AdministrativeCourt, DoesNotSuspend, "ZUS Art. 23(1)", "", "ZoS Art. 79(2)"},
		{"ZoS 108(3), 109(2) permit declared invalid: no appeal, lawsuit 30 days",
			PermitDeclaredInvalid, Lawsuit, Period{30, Days}, FromDelivery, "ZUS Art. 18(1)", AdministrativeCourt, AdministrativeCourt, DoesNotSuspend, "ZUS Art. 23(1)", "", "ZoS Art. 108(3)"},
		{"ZAPZ 41(7) asylum (ZoS 2(1)(1) does not apply): shortest period 5 days from handing over to the Asylum Commission (ZAPZ 21(1)), suspends 95(2)",
			Asylum, Appeal, Period{5, Days}, FromHanding, "ZAPZ Art. 41(7)", AsylumOffice, AsylumCommission, Suspends, "ZAPZ Art. 95(2)", "ZAPZ Art. 22", ""},
		{"ZUP 141(5) another decision: the period and body of the instruction, 8 days at the shortest; suspension unknown (ZUP 154)",
			Other, AnyRemedy, Period{8, Days}, FromReceipt, "ZUP Art. 141(5)", InstructionBody, InstructionBody, SuspensiveUnknown, "ZUP Art. 154", "", ""},
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
			if r.Decision != c.typ || r.Kind != c.kind || r.Period != c.period || r.From != c.from || r.PeriodBasis.String() != c.basis ||
				r.LodgedWith != c.lodged || r.DecidedBy != c.decided || r.Suspensive != c.suspensive || r.SuspensiveBasis.String() != c.suspBasis {
				t.Errorf("got %+v", r)
			}
			if (c.later != "") != r.LaterLawsuit || (r.LaterLawsuit && r.LaterLawsuitBasis.String() != c.later) {
				t.Errorf("later lawsuit %v %s, want %q", r.LaterLawsuit, r.LaterLawsuitBasis, c.later)
			}
			if got := ""; r.NoAppeal != nil {
				got = r.NoAppeal.String()
				if got != c.noAppeal {
					t.Errorf("no appeal %s, want %q", got, c.noAppeal)
				}
			} else if c.noAppeal != "" {
				t.Errorf("no NoAppeal, want %s", c.noAppeal)
			}
			if (r.Kind == Lawsuit) != (r.NoAppeal != nil) {
				t.Error("a lawsuit lies at once exactly where the law excludes an appeal")
			}
			if len(r.Articles) == 0 || r.Confidence == "" || len(r.Counting) == 0 || r.LodgedWithBasis.Article == "" || r.DecidedByBasis.Article == "" {
				t.Errorf("remedy lacks articles, counting, confidence or the bodies' basis: %+v", r)
			}
			if r.MayBeNonSuspensive(true) && !r.PostponeAtCourt && r.Kind == Appeal && r.Decision != TravelDocumentRefusal {
				t.Errorf("non-suspensive appeal without the ZUS 23(3)(2) postponement")
			}
			if r.Kind == Lawsuit && (r.Counting[1].Law != ZPP) || r.Kind != Lawsuit && r.Counting[0].Law != ZUP {
				t.Errorf("counting %v for %s", r.Counting, r.Kind)
			}
		})
	}
	if _, ok := RemedyFor("visa"); ok {
		t.Error("unknown type has a remedy")
	}
}

// TestDepartureStarts: ZoS words the start of each departure period differently; the
// table keeps them apart (77(4) issuance; 66(2), 46ж(2) delivery; 39(3), 72(4), 81(2) none).
func TestDepartureStarts(t *testing.T) {
	for typ, want := range map[DecisionType]From{
		ReturnDecision: FromIssuance, TemporaryResidenceTermination: FromDelivery, UniquePermitTermination: FromDelivery,
		ShortStayCancellation: FromUnstated, PermanentResidenceTermination: FromUnstated, CourtExpulsionCancellation: FromUnstated,
	} {
		r, _ := RemedyFor(typ)
		if r.Departure == nil || r.Departure.From != want || r.Departure.MaxDays != 30 {
			t.Errorf("%s: departure %+v, want from %s", typ, r.Departure, want)
		}
		if (want == FromUnstated) != (r.Departure.Confidence == Inferred) {
			t.Errorf("%s: an unstated start must be, and only it, flagged inferred", typ)
		}
	}
	r, _ := RemedyFor(ReturnDecision)
	if r.Departure.Shortened == nil || r.Departure.Shortened.String() != "ZoS Art. 77(7)" || r.Departure.Extension.String() != "ZoS Art. 77(5)" || r.Departure.MinDays != 7 {
		t.Errorf("return decision departure %+v", r.Departure)
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
