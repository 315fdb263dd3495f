package locales

import (
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// glossaryFile is the repository's glossary; its tables "Forbidden variants" and
// "Known exceptions" are the rules this test enforces, so the document and the
// check cannot disagree.
const glossaryFile = "../docs/GLOSSARY.md"

type forbidden struct {
	lang Lang
	re   *regexp.Regexp
	use  string
}

type exception struct{ id, lang, pattern string }

// tableRows returns the cells of the rows of the first table under heading.
func tableRows(t *testing.T, doc, heading string) [][]string {
	t.Helper()
	at := strings.Index(doc, "\n"+heading+"\n")
	if at < 0 {
		t.Fatalf("%s has no section %q", glossaryFile, heading)
	}
	var rows [][]string
	inTable := false
	for _, line := range strings.Split(doc[at+len(heading)+2:], "\n") {
		if strings.HasPrefix(line, "## ") {
			break
		}
		if !strings.HasPrefix(line, "|") {
			if inTable {
				break
			}
			continue
		}
		inTable = true
		cells := splitRow(line)
		if len(cells) > 0 && strings.Trim(cells[0], "- ") == "" {
			continue // the |---| line
		}
		rows = append(rows, cells)
	}
	if len(rows) == 0 {
		t.Fatalf("%s: section %q has no table", glossaryFile, heading)
	}
	return rows[1:] // without the header
}

// splitRow splits a Markdown table row on the bars that are not escaped as \|.
func splitRow(line string) []string {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(strings.TrimSuffix(line, "|"), "|")
	var cells []string
	var cell strings.Builder
	for i := 0; i < len(line); i++ {
		switch {
		case line[i] == '\\' && i+1 < len(line) && line[i+1] == '|':
			cell.WriteByte('|')
			i++
		case line[i] == '|':
			cells = append(cells, strings.TrimSpace(cell.String()))
			cell.Reset()
		default:
			cell.WriteByte(line[i])
		}
	}
	return append(cells, strings.TrimSpace(cell.String()))
}

func loadGlossary(t *testing.T) ([]forbidden, []exception) {
	t.Helper()
	data, err := os.ReadFile(glossaryFile)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	var rules []forbidden
	for _, r := range tableRows(t, doc, "## Forbidden variants") {
		if len(r) != 3 {
			t.Fatalf("forbidden variants: row %q needs lang, pattern, use", r)
		}
		l, err := Parse(r[0])
		if err != nil {
			t.Fatalf("forbidden variants: %v", err)
		}
		re, err := regexp.Compile(strings.Trim(r[1], "`"))
		if err != nil {
			t.Fatalf("forbidden variants: %v", err)
		}
		rules = append(rules, forbidden{lang: l, re: re, use: r[2]})
	}
	var excs []exception
	if at := strings.Index(doc, "\n## Known exceptions\n"); at >= 0 && strings.Count(doc[at:], "\n|") > 2 {
		for _, r := range tableRows(t, doc, "## Known exceptions") {
			if len(r) != 3 {
				t.Fatalf("known exceptions: row %q needs id, lang, forbidden", r)
			}
			excs = append(excs, exception{id: r[0], lang: r[1], pattern: strings.Trim(r[2], "`")})
		}
	}
	return rules, excs
}

// TestGlossaryForbiddenVariants fails on any catalogue text that uses a rendering the
// glossary forbids, and on a known exception that no longer needs to be one.
func TestGlossaryForbiddenVariants(t *testing.T) {
	rules, excs := loadGlossary(t)
	if len(rules) < 30 {
		t.Fatalf("only %d forbidden variants read from %s", len(rules), glossaryFile)
	}
	excused := map[exception]bool{}
	for _, e := range excs {
		excused[e] = false
	}
	cats := loadCatalogues(t)
	ids := make([]string, 0, len(cats[English]))
	for id := range cats[English] {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, rule := range rules {
		cat := cats[rule.lang]
		for _, id := range ids {
			m, ok := cat[id]
			if !ok {
				continue
			}
			for form, text := range forms(m) {
				if text == "" || !rule.re.MatchString(text) {
					continue
				}
				if plural := form != "other" || isPlural(m); plural && strings.Contains(rule.re.String(), "Count") {
					continue // a plural table chooses the noun's form itself
				}
				e := exception{id: id, lang: string(rule.lang), pattern: rule.re.String()}
				if _, ok := excused[e]; ok {
					excused[e] = true
					continue
				}
				t.Errorf("%s %q (%s) uses %q, which docs/GLOSSARY.md forbids: use %s\n\t%s",
					rule.lang, id, form, rule.re.FindString(text), rule.use, text)
			}
		}
	}
	for e, used := range excused {
		if !used {
			t.Errorf("docs/GLOSSARY.md lists %s %q as a known exception for %q, but it no longer matches: remove the row", e.lang, e.id, e.pattern)
		}
	}
}

// The glossary's rules catch what they were written for (the wordings found in review).
func TestGlossaryRulesCatchTheReviewedVariants(t *testing.T) {
	rules, _ := loadGlossary(t)
	for _, c := range []struct {
		lang Lang
		text string
	}{
		{Russian, "Мне отказали в единой дозволе (работа и проживание)"},
		{Russian, "Включите, если вас содержат в прихватилиште за странце: это срочно."},
		{Russian, "ст. 66(2) ZoS"},
		{Russian, "Жалоба (žalba)"},
		{Russian, "обычно с сроком на выезд"},
		{Russian, "{{.Days}} дней на выезд"},
		{Russian, "Я не уверен(а)"},
		{Russian, "Безопасная дата"},
		{SerbianCyrl, "Смештен сам у прихватилиште за странце"},
		{SerbianCyrl, "Нисам сигуран/сигурна које решење имам"},
		{SerbianCyrl, "Сигуран датум (без продужења рока)"},
		{English, "Refusal of a unique permit"},
		{English, "Request to postpone execution"},
		{English, "(Law on Foreigners Art. 46ж)"},
	} {
		caught := false
		for _, r := range rules {
			caught = caught || r.lang == c.lang && r.re.MatchString(c.text)
		}
		if !caught {
			t.Errorf("%s: no glossary rule catches %q", c.lang, c.text)
		}
	}
	for _, ok := range []struct {
		lang Lang
		text string
	}{
		{Russian, "Приют для иностранцев («Прихватилиште за странце»)"},
		{Russian, "единое разрешение на проживание и работу («јединствена дозвола»)"},
		{Russian, "ч. 2 ст. 66 Закона об иностранцах, далее — ЗоС"},
		{Russian, "со сроком на выезд"},
		{SerbianCyrl, "Налазим се у Прихватилишту за странце"},
		{SerbianCyrl, "Решење нема поуку о правном леку (упутство о правном средству)."},
		{English, "the Shelter for Foreigners (Прихватилиште за странце)"},
	} {
		for _, r := range rules {
			if r.lang == ok.lang && r.re.MatchString(ok.text) {
				t.Errorf("%s: rule %q wrongly rejects %q", ok.lang, r.re, ok.text)
			}
		}
	}
}
