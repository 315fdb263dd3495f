package forms

import (
	"sort"

	"appealdesk/forms/legal"
	"strings"
	"testing"
)

// TestIdentify: every path of the questions ends in known types, without loops;
// every type can be reached as the single answer (the seven added with the statute's
// words, asylum and "another decision" too); the short lists offered to an unsure
// person are short.
func TestIdentify(t *testing.T) {
	single := map[string]bool{}
	var walk func(id string, depth int, trail string)
	walk = func(id string, depth int, trail string) {
		q := IdentifyQuestion(id)
		if q == nil {
			t.Fatalf("%s: no question %q", trail, id)
		}
		if depth > len(IdentifyQuestions()) {
			t.Fatalf("%s: loop", trail)
		}
		if len(q.Answers) < 2 {
			t.Errorf("%s: question %s has fewer than two answers", trail, id)
		}
		for _, a := range q.Answers {
			path := trail + " → " + a.Label
			switch {
			case a.Next != "" && len(a.Types) > 0:
				t.Errorf("%s: both a next question and a result", path)
			case a.Next != "":
				walk(a.Next, depth+1, path)
			case len(a.Types) == 0:
				t.Errorf("%s: a dead end", path)
			default:
				if len(a.Types) > 6 {
					t.Errorf("%s: %d types is not a short list", path, len(a.Types))
				}
				for _, typ := range a.Types {
					if _, ok := LookupDecisionType(typ); !ok {
						t.Errorf("%s: unknown type %s", path, typ)
					}
				}
				if len(a.Types) == 1 {
					single[a.Types[0]] = true
				}
			}
		}
	}
	walk(IdentifyStart, 0, "start")
	var missing []string
	for _, dt := range DecisionTypes {
		if !single[dt.ID] {
			missing = append(missing, dt.ID)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("types no answer leads to alone: %s", strings.Join(missing, ", "))
	}
}

// TestIdentifyPaths: the answers a person would give lead where the law puts them
// (legal-reference.md §1.2).
func TestIdentifyPaths(t *testing.T) {
	cases := []struct {
		name    string
		answers []int // index of the answer at each question
		want    string
	}{
		{"at the border, not let in: ZoS Art. 15 refusal of entry", []int{0, 0}, TypeEntryRefusal},
		{"at the border, visa refused or revoked: ZoS Art. 37(6), 38(1)", []int{0, 1}, TypeVisaRefusal},
		{"asylum asked at the border: ZoS Art. 2(1)(1)", []int{0, 2}, TypeAsylum},
		{"held in the shelter: ZoS Art. 87", []int{1}, TypeDetention},
		{"court expulsion: ZoS Art. 81(2)", []int{2, 0}, TypeCourtExpulsion},
		{"only told to leave: ZoS Art. 77 return decision", []int{2, 1, 1}, TypeReturnDecision},
		{"temporary residence ended: ZoS Art. 66", []int{2, 1, 0, 1, 0}, TypeTemporaryResidenceTermination},
		{"permanent residence refused: ZoS Art. 71", []int{2, 1, 0, 0, 2}, TypePermanentResidenceRefusal},
		{"unique permit ended: ZoS Art. 46ж", []int{2, 1, 0, 1, 1}, TypeUniquePermitTermination},
		{"unsure where, then refused temporary: ZoS Art. 45", []int{3, 2, 0, 0, 0}, TypeTemporaryResidenceRefusal},
		{"visa-free stay cancelled with a ban: ZoS Art. 39(3)", []int{2, 1, 2}, TypeShortStayCancellation},
		{"must live at a set address: ZoS Art. 93(1)", []int{2, 1, 3, 0}, TypeObligatoryResidence},
		{"removal postponed or the postponement revoked: ZoS Art. 85(4)", []int{2, 1, 3, 1}, TypeRemovalPostponement},
		{"postponement refused, not named in ZoS Art. 85(4): another decision", []int{2, 1, 3, 2}, TypeOther},
		{"visa, from inside Serbia: ZoS Art. 38(1)", []int{2, 1, 4, 0}, TypeVisaRefusal},
		{"travel document refused: ZoS Art. 99(3)", []int{2, 1, 4, 1}, TypeTravelDocumentRefusal},
		{"ID card or permit declared invalid: ZoS Art. 108(3), 109(2)", []int{2, 1, 4, 2}, TypePermitDeclaredInvalid},
		{"ban lifting refused: ZoS Art. 79(2)", []int{2, 1, 5}, TypeEntryBanLiftingRefusal},
		{"asylum application, inside Serbia: ZoS Art. 2(1)(1)", []int{2, 1, 6}, TypeAsylum},
		{"something else: ZUP Art. 141(5) instruction", []int{2, 1, 7}, TypeOther},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			q := IdentifyQuestion(IdentifyStart)
			var got []string
			for i, k := range tc.answers {
				a := q.Answers[k]
				if len(a.Types) > 0 {
					if i != len(tc.answers)-1 {
						t.Fatalf("ended early at answer %d", i)
					}
					got = a.Types
					break
				}
				q = IdentifyQuestion(a.Next)
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("got %v, want %s", got, tc.want)
			}
		})
	}
}

// TestDecisionTypes: every type of forms/legal, in the interview's order: the ten with
// a sample paper show its heading in Cyrillic; the seven others of the Law on
// Foreigners show the statute's own words with the article, never a heading; asylum
// and "another decision" show neither.
func TestDecisionTypes(t *testing.T) {
	withHeading := []string{"entry-refusal", "temporary-residence-refusal", "temporary-residence-termination",
		"unique-permit-refusal", "unique-permit-termination", "permanent-residence-refusal",
		"permanent-residence-termination", "return-decision", "detention", "residence-cancellation-court-expulsion"}
	withTerm := []string{"short-stay-cancellation", "obligatory-residence", "removal-postponement", "visa-refusal",
		"travel-document-refusal", "entry-ban-lifting-refusal", "permit-declared-invalid"}
	if len(DecisionTypes) != len(legal.DecisionTypes) || len(withHeading)+len(withTerm)+2 != len(DecisionTypes) {
		t.Fatalf("%d types here, %d in forms/legal", len(DecisionTypes), len(legal.DecisionTypes))
	}
	cyrillic := func(id, s string) {
		for _, r := range s {
			if r < 0x80 && r != ' ' && r != '/' && r != ',' {
				t.Errorf("%s: %q has a Latin character %q", id, s, r)
			}
		}
	}
	for _, dt := range DecisionTypes {
		if !legal.DecisionType(dt.ID).Valid() {
			t.Errorf("%s: forms/legal does not know it", dt.ID)
		}
		switch {
		case contains(withHeading, dt.ID):
			if !strings.HasPrefix(dt.Heading, "РЕШЕЊЕ ") && !strings.HasPrefix(dt.Heading, "ОДЛУКА ") || dt.LawTerm != "" {
				t.Errorf("%s: heading %q, term %q", dt.ID, dt.Heading, dt.LawTerm)
			}
			cyrillic(dt.ID, dt.Heading)
		case contains(withTerm, dt.ID):
			if dt.Heading != "" || dt.LawTerm == "" || len(dt.LawTermCites) == 0 {
				t.Errorf("%s: no sample paper: no heading, the law's words with the article (%q, %q)", dt.ID, dt.Heading, dt.LawTerm)
			}
			cyrillic(dt.ID, dt.LawTerm)
		default:
			if dt.Heading != "" || dt.LawTerm != "" {
				t.Errorf("%s: neither a heading nor a law term is known", dt.ID)
			}
		}
		if r, ok := legal.RemedyFor(legal.DecisionType(dt.ID)); !ok || (r.Departure != nil) != dt.SetsDeparture ||
			(r.Departure != nil && r.Departure.MaxDays != dt.DepartureCap) {
			t.Errorf("%s: departure rules differ from forms/legal", dt.ID)
		}
		if dt.SetsDeparture != (dt.DepartureCap == 30) {
			t.Errorf("%s: departure cap %d", dt.ID, dt.DepartureCap)
		}
	}
}
