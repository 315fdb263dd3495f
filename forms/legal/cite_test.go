package legal

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"appealdesk/locales"
)

// The abbreviation of each law in each script, and the words that introduce it at the
// law's first citation (legal.cite.first).
var (
	latinAbbrevs    = []string{"ZoS", "ZUP", "ZUS", "ZUSud", "ZPP", "ECHR"}
	cyrillicAbbrevs = map[locales.Lang][]string{
		locales.Russian:     {"ЗоС", "ЗУП", "ЗУС", "ЗУСуд", "ЗПП", "ЕКПЧ"},
		locales.SerbianCyrl: {"ЗоС", "ЗУП", "ЗУС", "ЗУСуд", "ЗПП", "ЕКЉП"},
	}
	introduces = map[locales.Lang]string{
		locales.English: ", hereafter ", locales.Russian: ", далее — ",
		locales.SerbianCyrl: ", у даљем тексту: ", locales.SerbianLatin: ", u daljem tekstu: ",
	}
	letters = regexp.MustCompile(`\p{L}+`)
)

// abbrevsOf are the abbreviations a reader of l may meet.
func abbrevsOf(l locales.Lang) []string {
	if a, ok := cyrillicAbbrevs[l]; ok {
		return a
	}
	return latinAbbrevs // English, and Serbian Latin (ЗУП → ZUP)
}

// firstWords maps each whole word of s to the byte offset of its first occurrence
// (one pass over s, however many words are then looked up).
func firstWords(s string) map[string]int {
	at := map[string]int{}
	for _, loc := range letters.FindAllStringIndex(s, -1) {
		if _, ok := at[s[loc[0]:loc[1]]]; !ok {
			at[s[loc[0]:loc[1]]] = loc[0]
		}
	}
	return at
}

func TestFirstCitationNamesTheLaw(t *testing.T) {
	steps := []Step{
		{ID: "legal.step.day1", Params: map[string]string{"FromDate": "2025-02-03", "FirstDayMonth": "2025-02-04"}, Cites: []Citation{Cite(ZUP, "80", "2")}},
		{ID: "legal.step.moved", Params: map[string]string{"LastDate": "2025-02-24"}, Cites: []Citation{Cite(ZUP, "80", "5")}},
		{ID: "legal.step.last_day", Params: map[string]string{"LastDate": "2025-02-24"}, Cites: []Citation{Cite(ZUP, "80", "2"), Cite(ZoS, "66", "5")}},
	}
	for _, c := range []struct {
		lang                 locales.Lang
		first, later, second string
	}{
		{locales.English, "(Art. 80(2) of the Law on General Administrative Procedure, hereafter ZUP)", "(ZUP Art. 80(5))",
			"(ZUP Art. 80(2); Art. 66(5) of the Law on Foreigners, hereafter ZoS)"},
		{locales.Russian, "(ч. 2 ст. 80 Закона об общем административном производстве, далее — ЗУП)", "(ч. 5 ст. 80 ЗУП)",
			"(ч. 2 ст. 80 ЗУП; ч. 5 ст. 66 Закона об иностранцах, далее — ЗоС)"},
		{locales.SerbianCyrl, "(члан 80. став 2. Закона о општем управном поступку, у даљем тексту: ЗУП)", "(члан 80. став 5. ЗУП)",
			"(члан 80. став 2. ЗУП; члан 66. став 5. Закона о странцима, у даљем тексту: ЗоС)"},
		{locales.SerbianLatin, "(član 80. stav 2. Zakona o opštem upravnom postupku, u daljem tekstu: ZUP)", "(član 80. stav 5. ZUP)",
			"(član 80. stav 2. ZUP; član 66. stav 5. Zakona o strancima, u daljem tekstu: ZoS)"},
	} {
		got := RenderSteps(locales.New(c.lang), steps)
		for i, want := range []string{c.first, c.later, c.second} {
			if !strings.Contains(got[i], want) {
				t.Errorf("%s step %d: %q lacks %q", c.lang, i+1, got[i], want)
			}
		}
		// A step shown on its own names its law again.
		if one := RenderStep(locales.New(c.lang), steps[1]); strings.Contains(one, c.later) {
			t.Errorf("%s: a lone step cites by the abbreviation only: %q", c.lang, one)
		}
	}
}

// Every law a Serbian rule cites has its abbreviation and its name in every language.
func TestEveryLawHasItsWords(t *testing.T) {
	for _, l := range locales.All {
		tr := locales.New(l)
		for _, law := range []Law{ZoS, ZUP, ZUS, ZUSud, ZPP, HolidaysLaw, ECHRConv} {
			for _, id := range []string{"legal.abbr." + string(law), "legal.law_of." + string(law), law.NameID()} {
				if got := tr.T(id); got == id || got == "" {
					t.Errorf("%s: %s has no text", l, id)
				}
			}
		}
	}
}

// Generated over every decision type, delivery and departure period: a reasoning
// in Russian or Serbian never shows a Latin law abbreviation, English never a Cyrillic
// one, and in every language an abbreviation appears first where its law is named.
func TestReasoningNamesEachLawBeforeItsAbbreviation(t *testing.T) {
	var blocks [][]Step
	for _, typ := range DecisionTypes {
		for _, svc := range append(Services, "") {
			for _, dep := range []int{0, 7, 30, 45} {
				r := Compute(Facts{Type: typ, Service: svc, Received: d("2025-02-01"), Issued: d("2025-01-30"),
					DepartureDays: dep, DepartureImmediate: dep == 7 && svc == Personal, EntryBan: dep > 0,
					NoRemedyInstruction: dep == 45, SecondInstanceReceived: d("2025-04-25"), JudgmentReceived: d("2021-12-20"),
					FinalDomesticDecision: d("2021-12-20"), MissedReasonEnded: d("2025-05-20"), InspectionRequested: d("2025-02-03"),
					AppealLodged: d("2025-02-10")})
				for _, m := range r.Missing {
					blocks = append(blocks, []Step{m})
				}
				if len(r.ServedSteps) > 0 {
					blocks = append(blocks, r.ServedSteps)
				}
				for _, dl := range r.Deadlines {
					blocks = append(blocks, dl.Steps)
				}
			}
		}
	}
	// Many types share a block word for word; check each distinct block once.
	seen := map[string]bool{}
	distinct := blocks[:0]
	for _, b := range blocks {
		k := fmt.Sprint(b)
		if !seen[k] {
			seen[k] = true
			distinct = append(distinct, b)
		}
	}
	blocks = distinct
	for _, l := range locales.All {
		tr := locales.New(l)
		for _, b := range blocks {
			text := strings.Join(RenderSteps(tr, b), " ")
			words := firstWords(text)
			if l == locales.Russian || l == locales.SerbianCyrl {
				for _, a := range append(latinAbbrevs, "Art") {
					if _, ok := words[a]; ok {
						t.Fatalf("%s: Latin %q in %q", l, a, text)
					}
				}
			}
			if l == locales.English {
				for _, a := range cyrillicAbbrevs[locales.Russian] {
					if _, ok := words[a]; ok {
						t.Fatalf("en: Cyrillic %q in %q", a, text)
					}
				}
			}
			for _, a := range abbrevsOf(l) {
				if at, ok := words[a]; ok && !strings.HasSuffix(text[:at], introduces[l]) {
					t.Fatalf("%s: %q is used before its law is named: %q", l, a, text)
				}
			}
		}
	}
}
