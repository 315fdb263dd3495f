package forms

import (
	"sort"

	"appealdesk/forms/legal"
	"strings"
	"testing"
)

// TestIdentify: every path of the questions ends in known types, without loops;
// every one of the ten types can be reached as the single answer; the short lists
// offered to an unsure person are short.
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
		{"at the border: ZoS Art. 15 refusal of entry", []int{0}, TypeEntryRefusal},
		{"held in the shelter: ZoS Art. 87", []int{1}, TypeDetention},
		{"court expulsion: ZoS Art. 81(2)", []int{2, 0}, TypeCourtExpulsion},
		{"only told to leave: ZoS Art. 77 return decision", []int{2, 1, 1}, TypeReturnDecision},
		{"temporary residence ended: ZoS Art. 66", []int{2, 1, 0, 1, 0}, TypeTemporaryResidenceTermination},
		{"permanent residence refused: ZoS Art. 71", []int{2, 1, 0, 0, 2}, TypePermanentResidenceRefusal},
		{"unique permit ended: ZoS Art. 46ж", []int{2, 1, 0, 1, 1}, TypeUniquePermitTermination},
		{"unsure where, then refused temporary: ZoS Art. 45", []int{3, 2, 0, 0, 0}, TypeTemporaryResidenceRefusal},
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

// TestDecisionTypes: the ten types of design.md, each with a heading in Cyrillic.
func TestDecisionTypes(t *testing.T) {
	want := []string{"entry-refusal", "temporary-residence-refusal", "temporary-residence-termination",
		"unique-permit-refusal", "unique-permit-termination", "permanent-residence-refusal",
		"permanent-residence-termination", "return-decision", "detention", "residence-cancellation-court-expulsion"}
	if len(DecisionTypes) != len(want) {
		t.Fatalf("%d types", len(DecisionTypes))
	}
	for _, id := range want {
		dt, ok := LookupDecisionType(id)
		if !ok {
			t.Errorf("missing %s", id)
			continue
		}
		if !strings.HasPrefix(dt.Heading, "РЕШЕЊЕ ") && !strings.HasPrefix(dt.Heading, "ОДЛУКА ") {
			t.Errorf("%s: heading %q", id, dt.Heading)
		}
		for _, r := range dt.Heading {
			if r < 0x80 && r != ' ' {
				t.Errorf("%s: heading has a Latin character %q", id, r)
			}
		}
		if !legal.DecisionType(id).Valid() {
			t.Errorf("%s: forms/legal does not know it", id)
		}
		if r, ok := legal.RemedyFor(legal.DecisionType(id)); !ok || (r.Departure != nil) != dt.SetsDeparture ||
			(r.Departure != nil && r.Departure.MaxDays != dt.DepartureCap) {
			t.Errorf("%s: departure rules differ from forms/legal", id)
		}
		if dt.SetsDeparture != (dt.DepartureCap == 30) {
			t.Errorf("%s: departure cap %d", id, dt.DepartureCap)
		}
	}
	for _, dt := range DecisionTypes {
		if !contains(want, dt.ID) {
			t.Errorf("extra type %s", dt.ID)
		}
	}
}
