package templates

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"text/template"

	"appealdesk/forms"
	"appealdesk/forms/legal"
	"appealdesk/locales"
)

// One test per rule of the documents a lawyer signs.

// renderAll renders c in every script with the reader's copy in lang, as a draft or a
// final copy, and returns the text of every document by file name.
func renderAll(t *testing.T, c *forms.Case, final bool, copyLang string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, script := range []string{"cyrl", "latn"} {
		docs, err := Render(c, Options{Today: signing, Script: script, Copy: copyLang, NoDraftMark: final})
		if err != nil {
			t.Fatalf("%s: %v", script, err)
		}
		for _, d := range docs {
			out[d.Name] = flatText(pdfText(t, d.PDF))
		}
	}
	return out
}

// TestFinalCopiesCarryNoNote: with --no-draft no document — the appeal or lawsuit, the
// evidence index, the requests and every reader's copy — carries a note to anyone,
// for every decision type; the built-in templates print no note line in a final copy
// at all (the renderer's filter is only a safety net for an NGO's own templates).
func TestFinalCopiesCarryNoNote(t *testing.T) {
	notes := []string{"НАЦРТ", "NACRT", "DRAFT", "ЧЕРНОВИК", "ПАЖЊА", "Appeal Desk", "апликациј", "aplikacij", "программ",
		"Проверити", "Proveriti", "— проверити", "— proveriti", "Проверить", "проверить до", "Check ", "check it", "ПРЕВЕСТИ", "PREVESTI",
		"ТРАНСКРИП", "TRANSKRIP", "тумачење", "tumačenje", "толкование", "interpretation", "Размотрити", "Рассмотреть", "Consider "}
	for _, typ := range legal.DecisionTypes {
		for _, copyLang := range []string{"ru", "en"} {
			c := finalCase()
			setType(c, typ)
			for name, text := range renderAll(t, c, true, copyLang) {
				for _, n := range notes {
					if strings.Contains(text, n) {
						t.Errorf("%s/%s: the final copy says %q", typ, name, n)
					}
				}
			}
			r, err := newRenderer(c, Options{Today: signing, NoDraftMark: true})
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range []locales.Lang{locales.SerbianCyrl, locales.SerbianLatin, locales.Russian, locales.English} {
				for _, f := range []string{tmplAppeal, tmplIndex, tmplPostpone, tmplInspect} {
					text, err := r.newBuilder(KindAppeal, l).execute(f)
					if err != nil {
						t.Fatal(err)
					}
					for _, line := range strings.Split(text, "\n") {
						if kind, _ := classify(line); kind == "?" {
							t.Errorf("%s %s %s prints a note in a final copy: %q", typ, l, f, line)
						}
					}
				}
			}
		}
	}
}

// TestNoTimelinessClaimedWhenLateOrUnknown: for every decision type, a remedy lodged
// after the last day (ZUP Art. 81(2): the day of posting counts) or without a delivery
// date makes no document say it is in time, and no final copy is made; lodged in
// time, the appeal says so once.
func TestNoTimelinessClaimedWhenLateOrUnknown(t *testing.T) {
	claims := []string{"благовремен", "blagovremen", "у законском року", "у року прописаном", "u roku propisanom", "своевременно", "в срок", "in time", "within the period"}
	for _, typ := range legal.DecisionTypes {
		for _, tc := range []struct {
			name   string
			edit   func(*forms.Case)
			timely bool
		}{
			{"lodged on the signing day, in time", func(c *forms.Case) {}, true},
			{"posted by registered mail after the last day", func(c *forms.Case) { c.Documents.Lodging = "2027-01-20" }, false},
			{"no delivery date", func(c *forms.Case) { c.Decision.Received = "" }, false},
		} {
			t.Run(fmt.Sprintf("%s/%s", typ, tc.name), func(t *testing.T) {
				c := finalCase()
				setType(c, typ)
				c.Documents.Signed = "2026-11-13"
				tc.edit(c)
				for name, text := range renderAll(t, c, false, "ru") {
					said := false
					for _, w := range claims {
						said = said || strings.Contains(text, w)
					}
					if said && !tc.timely {
						t.Errorf("%s claims timeliness", name)
					}
					if !said && tc.timely && (name == FileAppeal || name == FileLawsuit) {
						t.Errorf("%s does not say it is in time", name)
					}
				}
				_, err := Render(c, Options{Today: signing, NoDraftMark: true})
				var nf *NotFinalError
				if errors.As(err, &nf) == tc.timely {
					t.Errorf("final copy: %v", err)
				}
				// The filing bundle is the final appeal too: refused alike.
				_, err = WriteBundle(context.Background(), io.Discard, c, Options{Today: signing, NoDraftMark: true}, BundleOptions{})
				if errors.As(err, &nf) == tc.timely {
					t.Errorf("final bundle: %v", err)
				}
			})
		}
	}
}

// TestArgumentsMatchTypesInDocuments: the law printed fits the decision.
func TestArgumentsMatchTypesInDocuments(t *testing.T) {
	cases := []struct {
		name     string
		typ      string
		edit     func(*forms.Case)
		has, not []string
	}{
		{"detention: liberty (ZoS 87, 88(1), 89, 90(4); ECHR 5(1)(f), 5(4)), not the residence arguments",
			forms.TypeDetention, nil,
			[]string{"чл. 87. ст. 2.", "чл. 87. ст. 3.", "чл. 87. ст. 6.", "чл. 88. ст. 1.", "чл. 89. тач. 2.", "чл. 90. ст. 4.", "чл. 93.", "чл. 5. ст. 1. тач. f)", "чл. 5. ст. 2. и 4.", "отпусти"},
			[]string{"чл. 65.", "чл. 9. ст. 9.", "Üner", "Протокола бр. 7 уз Европску", "чл. 66. ст. 4.", "чл. 158."}},
		{"81(2): the court's measure, ZUS 23(2)",
			forms.TypeCourtExpulsion, nil,
			[]string{"чл. 81. ст. 1. тач. 3.", "у временском трајању изречене мере", "чл. 23. ст. 2.", "чл. 24. ст. 1."},
			[]string{"чл. 9. ст. 9.", "Muhammad", "законито боравио", "чл. 158."}},
		{"TR termination: ZoS 66(4), 65(2) by analogy, 78(5) through 66(3), P7, 9(3), 9(9)",
			forms.TypeTemporaryResidenceTermination, nil,
			[]string{"чл. 66. ст. 4.", "то важи сходно", "чл. 66. ст. 3.", "чл. 78. ст. 5.", "законито боравио", "Muhammad", "чл. 9. ст. 3.", "чл. 9. ст. 9.", "Al-Nashif", "C.G.", "De Souza Ribeiro"},
			[]string{"чл. 71. ст. 2.", "Nolan"}},
		{"entry refusal of a first entry: ZoS 15(3), 83(3), no P7",
			forms.TypeEntryRefusal, func(c *forms.Case) { c.Decision.HeldResidence = forms.No },
			[]string{"чл. 15. ст. 3.", "чл. 83. ст. 3.", "чл. 38. ст. 3."},
			[]string{"законито боравио", "Nolan", "чл. 66. ст. 4.", "чл. 65."}},
		{"entry refusal of a resident: P7 with Nolan and K.",
			forms.TypeEntryRefusal, func(c *forms.Case) { c.Decision.HeldResidence = forms.Yes },
			[]string{"Nolan", "законито боравио"}, nil},
		{"permanent residence refused: ZoS 71(2), no 83(3), no P7",
			forms.TypePermanentResidenceRefusal, nil,
			[]string{"чл. 71. ст. 2."},
			[]string{"чл. 83. ст. 3.", "законито боравио", "чл. 66. ст. 4."}},
		{"permanent residence ended: ZoS 72(3), ban through 72(5)",
			forms.TypePermanentResidenceTermination, nil,
			[]string{"чл. 72. ст. 3.", "чл. 72. ст. 5."}, nil},
		{"return: ZoS 75, 78(5), 80(3), 83(3); the non-suspensive point (Art. 13 with 3)",
			forms.TypeReturnDecision, nil,
			[]string{"чл. 75. ст. 1. и 3.", "чл. 78. ст. 5.", "чл. 80. ст. 3.", "чл. 83. ст. 3.", "у вези са чланом 3."}, nil},
		{"unique permit ended with a departure period: ZoS 46ж(5)",
			forms.TypeUniquePermitTermination, nil,
			[]string{"чл. 46ж ст. 5.", "чл. 46ж ст. 3."}, nil},
		{"temporary residence refused: ZoS 65(1), 65(2) as written",
			forms.TypeTemporaryResidenceRefusal, nil,
			[]string{"чл. 65. ст. 1.", "„са дужном пажњом ценити“ (чл. 65. ст. 2."},
			[]string{"то важи сходно", "чл. 66. ст. 4."}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := editedCase(tc.typ, tc.edit)
			docs := render(t, c, Options{Today: signing})
			text := flatText(pdfText(t, docs[FileName(KindAppeal, tc.typ == forms.TypeDetention || tc.typ == forms.TypeCourtExpulsion, "cyrl", "")].PDF))
			checkHasNot(t, text, tc.has, tc.not)
		})
	}
}

// TestSuspensionStatedOnce: what the law says of suspensive effect is stated once, in
// the first section, and the other sections refer to it: the rule's article appears
// once in the appeal, and an appeal never says both that it suspends and that it
// does not without the exception that reconciles them.
func TestSuspensionStatedOnce(t *testing.T) {
	for _, typ := range legal.DecisionTypes {
		c := finalCase()
		setType(c, typ)
		r, err := newRenderer(c, Options{Today: signing})
		if err != nil {
			t.Fatal(err)
		}
		b := r.newBuilder(KindAppeal, locales.SerbianCyrl)
		text, err := b.execute(tmplAppeal)
		if err != nil {
			t.Fatal(err)
		}
		basis := "(" + b.cite(r.remedy.SuspensiveBasis) + ")"
		n := 0
		for i := 0; ; {
			j := strings.Index(text[i:], basis)
			if j < 0 {
				break
			}
			from := max(0, i+j-400)
			if strings.Contains(text[from:i+j], "одлаже извршење") {
				n++
			}
			i += j + len(basis)
		}
		if n != 1 {
			t.Errorf("%s: the suspensive rule %s is stated %d times", typ, basis, n)
		}
		if strings.Contains(text, "Због ових разлога жалба одлаже извршење") {
			t.Errorf("%s: a second statement on suspension", typ)
		}
	}
}

// TestFeminineForms: person.gender = female gives жалиља, тужиља, подноситељка захтева,
// and the participles agree (није позвана, смештена, изјавила).
func TestFeminineForms(t *testing.T) {
	for _, tc := range []struct {
		typ      string
		has, not []string
	}{
		{forms.TypeTemporaryResidenceTermination,
			[]string{"Жалиља:", "жалиље", "жалиљи", "није позвана", "законито боравила", "супруг:", "Подноситељка захтева", "изјавила жалбу", "напустила Републику Србију"},
			[]string{"Жалилац", "жалиоца", "није позван ", "супруга:"}},
		{forms.TypeDetention,
			[]string{"Тужиља:", "тужиљи је одређен", "смештена", "спремна", "да се тужиља одмах отпусти"},
			[]string{"Тужилац", "тужиоцу", "смештен у"}},
	} {
		t.Run(tc.typ, func(t *testing.T) {
			c := finalCase()
			c.Decision.Type = tc.typ
			c.Person.Gender = "female"
			c.Arguments = map[string]bool{forms.ArgNotHeard: true, forms.ArgPostponeExecution: true}
			var all strings.Builder
			for name, d := range render(t, c, Options{Today: signing}) {
				if d.Lang == locales.SerbianCyrl {
					all.WriteString(name + ": " + flatText(pdfText(t, d.PDF)) + "\n")
				}
			}
			text := all.String()
			checkHasNot(t, text, tc.has, tc.not)
		})
	}
}

// TestNoRussianInAFinalSerbianFiling: a final Serbian filing never prints Russian: a
// case with Russian answers gets no final copy, and the refusal names each field; a
// translated case prints no letter of the Russian alphabet in any Serbian document.
func TestNoRussianInAFinalSerbianFiling(t *testing.T) {
	c := testCase() // Russian risk details and a Russian evidence title
	c.Family.SpouseName = "Мария Петрова"
	_, err := Render(c, Options{Today: signing, NoDraftMark: true})
	var nf *NotFinalError
	if !errors.As(err, &nf) {
		t.Fatalf("a final copy with Russian answers: %v", err)
	}
	named := map[string]string{}
	for _, is := range nf.Issues {
		named[is.Path] = is.Message
	}
	for path, msg := range map[string]string{
		"story.risk_details": "interview.issue.filing.translate", "evidence[7].title": "interview.issue.filing.translate",
		"family.spouse_name": "interview.issue.filing.transcribe",
	} {
		if named[path] != msg {
			t.Errorf("%s: %q, want %q (issues %v)", path, named[path], msg, named)
		}
	}
	if text := nf.Text(locales.New(locales.Russian)); !strings.Contains(text, "Мария Петрова") && !strings.Contains(text, "Марија Петрова") {
		t.Errorf("the refusal does not show the transcription to confirm: %s", text)
	}
	for name, text := range renderAll(t, finalCase(), true, "en") {
		if strings.Contains(name, "prevod") {
			continue
		}
		if locales.HasRussianLetters(text) {
			t.Errorf("%s prints a Russian letter", name)
		}
	}
	// In the draft the Russian text is there, marked for translation.
	d := flatText(pdfText(t, render(t, testCase(), opts())[FileAppeal].PDF))
	if !strings.Contains(d, "[ПРЕВЕСТИ НА СРПСКИ] В России") {
		t.Error("Russian text in the draft is not marked for translation")
	}
}

// TestEnglishCopyInLatin: the English reader's copy writes every Cyrillic answer in
// Latin letters (Serbian Latin for Serbian text, a Russian transliteration for Russian).
func TestEnglishCopyInLatin(t *testing.T) {
	c := testCase()
	for name, text := range renderAll(t, c, false, "en") {
		if !strings.Contains(name, "prevod-en") {
			continue
		}
		for _, r := range text {
			if r >= 0x0400 && r <= 0x04FF {
				t.Errorf("%s prints Cyrillic (%q)", name, r)
				break
			}
		}
	}
	text := renderAll(t, c, false, "en")["zalba-prevod-en.pdf"]
	for _, w := range []string{"Policijska uprava za grad Beograd", "V Rossii menya zhdyot mobilizatsiya", "Đurđa Žuravljova"} {
		if !strings.Contains(text, w) {
			t.Errorf("missing %q", w)
		}
	}
}

// TestReaderCopiesOfEveryDocument: each Serbian document has a reader's copy, marked on
// every page as not for filing, without a signature line.
func TestReaderCopiesOfEveryDocument(t *testing.T) {
	docs, err := Render(finalCase(), Options{Today: signing, Copy: "ru", NoDraftMark: true})
	if err != nil {
		t.Fatal(err)
	}
	copies := map[Kind]bool{}
	for _, d := range docs {
		if d.Kind != KindReaderCopy {
			continue
		}
		copies[d.Of] = true
		text := pdfText(t, d.PDF)
		for i, p := range strings.Split(strings.TrimRight(text, "\f"), "\f") {
			if !strings.Contains(flatText(p), "НЕ ДЛЯ ПОДАЧИ") {
				t.Errorf("%s page %d is not marked as not for filing", d.Name, i+1)
			}
		}
		if strings.Contains(text, "________________________") {
			t.Errorf("%s has a signature line", d.Name)
		}
	}
	for _, k := range []Kind{KindAppeal, KindEvidenceIndex, KindPostpone, KindInspect} {
		if !copies[k] {
			t.Errorf("no reader's copy of the %s", k)
		}
	}
	text := flatText(pdfText(t, render(t, finalCase(), Options{Today: signing, Copy: "ru"})["zalba-prevod-ru.pdf"].PDF))
	for _, w := range []string{"просит", "15 дней", "30 дней"} {
		if !strings.Contains(text, w) {
			t.Errorf("Russian copy lacks %q", w)
		}
	}
	for _, w := range []string{"предлагает", "дн."} {
		if strings.Contains(text, w) {
			t.Errorf("Russian copy says %q", w)
		}
	}
}

// TestRepresentativeByForum: who may sign for the person depends on where the document
// goes (ZUP Art. 49(3); ZPP Art. 85(3) through ZUS Art. 74): a friend signs the appeal
// but not the lawsuit or the request to the court, which the person then signs.
func TestRepresentativeByForum(t *testing.T) {
	c := finalCase()
	c.Representative = forms.Representative{Name: "Ана Анић", Role: forms.RoleOther}
	c.Decision.Type = forms.TypeReturnDecision
	docs := render(t, c, Options{Today: signing})
	appeal := flatText(pdfText(t, docs[FileAppeal].PDF))
	if !strings.Contains(appeal, "Пуномоћник: Ана Анић") || !strings.Contains(appeal, "За жалиоца, пуномоћник") || !strings.Contains(appeal, "Пуномоћје") {
		t.Errorf("the appeal is not signed by the representative: %s", appeal)
	}
	request := flatText(pdfText(t, docs[FilePostpone].PDF))
	if strings.Contains(request, "Пуномоћник: Ана Анић") || !strings.Contains(request, "Подносилац захтева ______________________________ Фјодор Журављов") {
		t.Errorf("a friend signs the request to the court: %s", request)
	}
	c.Decision.Type = forms.TypeDetention
	lawsuit := flatText(pdfText(t, render(t, c, Options{Today: signing})[FileLawsuit].PDF))
	if strings.Contains(lawsuit, "Пуномоћник: Ана Анић") || !strings.Contains(lawsuit, "чл. 85. ст. 3. Закона о парничном поступку") {
		t.Errorf("a friend signs the lawsuit, or the draft does not say why not: %s", lawsuit)
	}
	c.Representative.Role = forms.RoleSibling
	lawsuit = flatText(pdfText(t, render(t, c, Options{Today: signing})[FileLawsuit].PDF))
	if !strings.Contains(lawsuit, "Пуномоћник: Ана Анић, брат или сестра") || !strings.Contains(lawsuit, "Оригинал пуномоћја") {
		t.Errorf("a sister may sign the lawsuit with the original power (ZUS Art. 22(4)): %s", lawsuit)
	}
}

// TestIssuerGenitive: the issuer after „преко“ and in running text.
func TestIssuerGenitive(t *testing.T) {
	for in, want := range map[string]string{
		"Полицијска управа за град Београд":                                  "Полицијске управе за град Београд",
		"Министарство унутрашњих послова, Полицијска управа за град Београд": "Министарства унутрашњих послова, Полицијске управе за град Београд",
		"Полицијска управа за град Београд, Управа за странце":               "Полицијске управе за град Београд, Управе за странце",
		"Станица граничне полиције Београд – аеродром":                       "Станице граничне полиције Београд – аеродром",
		"Регионални центар граничне полиције према Републици Хрватској":      "Регионалног центра граничне полиције према Републици Хрватској",
		"Полицијска управа у Новом Саду":                                     "Полицијске управе у Новом Саду",
		"Министарство унутрашњих послова, Канцеларија за азил":               "Министарства унутрашњих послова, Канцеларије за азил",
		"PU za grad Beograd":    "",
		"Нека непозната служба": "",
	} {
		if got := issuerGenitive(in); got != want {
			t.Errorf("issuerGenitive(%q) = %q, want %q", in, got, want)
		}
	}
	// The addressee of the request to inspect the file, in the dative.
	for in, want := range map[string]string{
		"Полицијска управа за град Београд, Управа за странце":          "Полицијској управи за град Београд, Управи за странце",
		"Министарство унутрашњих послова":                               "Министарству унутрашњих послова",
		"Станица граничне полиције Београд – аеродром":                  "Станици граничне полиције Београд – аеродром",
		"Гранична полиција":                                             "Граничној полицији",
		"Регионални центар граничне полиције према Републици Хрватској": "Регионалном центру граничне полиције према Републици Хрватској",
		"Нека непозната служба":                                         "",
	} {
		if got := issuerDative(in); got != want {
			t.Errorf("issuerDative(%q) = %q, want %q", in, got, want)
		}
	}
	if got := issuerGenitive("Гранична полиција"); got != "Граничне полиције" {
		t.Errorf("issuerGenitive(Гранична полиција) = %q", got)
	}
}

// TestNumbersInWords: periods up to ten in words, as the statutes write them.
func TestNumbersInWords(t *testing.T) {
	r, err := newRenderer(finalCase(), opts())
	if err != nil {
		t.Fatal(err)
	}
	sr := r.newBuilder(KindAppeal, locales.SerbianCyrl)
	ru := r.newBuilder(KindReaderCopy, locales.Russian)
	for _, tc := range []struct {
		got, want string
	}{
		{sr.days(8), "осам дана"}, {sr.days(15), "15 дана"}, {sr.days(1), "један дан"},
		{sr.banYears(1), "једне године"}, {sr.banYears(2), "две године"}, {sr.banYears(5), "пет година"}, {sr.banYears(12), "12 година"},
		{ru.days(30), "30 дней"}, {ru.days(8), "восемь дней"}, {ru.days(2), "два дня"}, {ru.banYears(1), "один год"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

// TestReaderCopiesFollowTheGlossary: the Russian and English reader's copies use the
// one name docs/GLOSSARY.md gives each institution and remedy (its table of forbidden
// variants, read here as the catalogue test reads it). Serbian texts quote the
// statutes word for word, so the Serbian rows are left to the catalogues.
func TestReaderCopiesFollowTheGlossary(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "docs", "GLOSSARY.md"))
	if err != nil {
		t.Skipf("no glossary: %v", err)
	}
	rules := map[string][]*regexp.Regexp{}
	in := false
	for _, line := range strings.Split(string(src), "\n") {
		switch {
		case strings.HasPrefix(line, "## "):
			in = strings.HasPrefix(line, "## Forbidden variants")
			continue
		case !in || !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "| lang") || strings.HasPrefix(line, "| ---"):
			continue
		}
		cells := strings.Split(line, " | ")
		if len(cells) < 2 {
			continue
		}
		lang := strings.TrimPrefix(cells[0], "| ")
		expr := strings.Trim(cells[1], "`")
		expr = strings.ReplaceAll(expr, `\|`, "|")
		re, err := regexp.Compile(expr)
		if err != nil {
			t.Fatalf("glossary rule %q: %v", expr, err)
		}
		rules[lang] = append(rules[lang], re)
	}
	if len(rules["ru"]) == 0 || len(rules["en"]) == 0 {
		t.Fatal("no rules read from the glossary")
	}
	unquote := strings.NewReplacer("„", "", "“", "")
	for _, typ := range legal.DecisionTypes {
		c := finalCase()
		setType(c, typ)
		// The person's own quotation marks are theirs; the rules are about the texts.
		c.Person.Work, c.Person.Community = unquote.Replace(c.Person.Work), unquote.Replace(c.Person.Community)
		for i := range c.Family.Children {
			c.Family.Children[i].School = unquote.Replace(c.Family.Children[i].School)
		}
		r, err := newRenderer(c, opts())
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range []locales.Lang{locales.Russian, locales.English} {
			for _, f := range []string{tmplAppeal, tmplIndex, tmplPostpone, tmplInspect} {
				text, err := r.newBuilder(KindReaderCopy, l).execute(f)
				if err != nil {
					t.Fatal(err)
				}
				for _, re := range rules[string(l)] {
					if m := re.FindString(text); m != "" {
						t.Errorf("%s %s %s: %q is a variant docs/GLOSSARY.md forbids (%s)", typ, l, f, m, re)
					}
				}
			}
		}
	}
}

// TestSerbianCases: the cases a Serbian lawyer writes — the party signed for in the
// accusative („За жалиљу, пуномоћник“), the contested act in the accusative
// („побија наведену одлуку“), the addressee of a request in the dative
// („Полицијској управи …“), and „према члану“ with the Constitution's blank; the
// Russian reader's copy alike („За заявительницу“), and the issuer quoted in «».
func TestSerbianCases(t *testing.T) {
	for _, tc := range []struct {
		name     string
		typ      string
		female   bool
		has, not map[string][]string // document → phrases
	}{
		{"ZUP Art. 158: an entry refusal is an одлука, contested in the accusative", forms.TypeEntryRefusal, false,
			map[string][]string{"zalba.pdf": {"Жалилац побија наведену одлуку"}},
			map[string][]string{"zalba.pdf": {"наведена одлуку"}}},
		{"ZUP Art. 158: a termination is a решење", forms.TypeTemporaryResidenceTermination, false,
			map[string][]string{"zalba.pdf": {"Жалилац побија наведено решење", "према члану ___ Устава", "члановима ___ и ___ Устава"},
				"zahtev-uvid.pdf":     {"Полицијској управи за град Београд, Управи за странце"},
				"zalba-prevod-ru.pdf": {"через орган первой инстанции «Полицијска управа за град Београд, Управа за странце»"}},
			map[string][]string{"zalba.pdf": {"према члан ___"}, "zahtev-uvid.pdf": {"Полицијска управа за град Београд, Управа за странце Подносилац"}}},
		{"ZUP Art. 49: a woman's appeal signed by her representative", forms.TypeTemporaryResidenceTermination, true,
			map[string][]string{"zalba.pdf": {"За жалиљу, пуномоћник"}, "zahtev-uvid.pdf": {"За подноситељку захтева, пуномоћник"},
				"zalba-prevod-ru.pdf": {"За заявительницу — представитель"}},
			map[string][]string{"zalba.pdf": {"За жалиље"}, "zalba-prevod-ru.pdf": {"За заявительницы"}}},
		{"ZPP Art. 85 through ZUS Art. 74: a woman's lawsuit signed by her lawyer", forms.TypeDetention, true,
			map[string][]string{"tuzba.pdf": {"За тужиљу, пуномоћник"}, "tuzba-prevod-ru.pdf": {"За истицу — представитель"}},
			map[string][]string{"tuzba.pdf": {"За тужиље"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := finalCase()
			if tc.female {
				c = femaleCase()
			}
			c.Decision.Type = tc.typ
			texts := map[string]string{}
			for name, d := range render(t, c, Options{Today: signing, Copy: "ru"}) {
				texts[name] = flatText(pdfText(t, d.PDF))
			}
			for doc, phrases := range tc.has {
				for _, p := range phrases {
					if !strings.Contains(texts[doc], p) {
						t.Errorf("%s: missing %q", doc, p)
					}
				}
			}
			for doc, phrases := range tc.not {
				for _, p := range phrases {
					if strings.Contains(texts[doc], p) {
						t.Errorf("%s: prints %q", doc, p)
					}
				}
			}
		})
	}
}

// TestSharedDefinitionsEveryParty: the shared definitions name every party a
// document can have (Parties) in every case, by gender, in every language, so a new
// document (a later stage's lawsuit, a restoration proposal, a power of attorney)
// needs only its Party to use them; a woman's forms differ from a man's in Serbian.
func TestSharedDefinitionsEveryParty(t *testing.T) {
	stub := template.FuncMap{}
	for _, name := range []string{"kept", "next", "add", "arg", "has", "sec", "days", "years", "const"} {
		stub[name] = func(...any) string { return "" }
	}
	defs := []string{"who", "Who", "whose", "Whose", "whom", "Whom", "whoacc", "withwho"}
	for _, lang := range []string{"sr", "ru", "en"} {
		src, err := fs.ReadFile(BuiltinTemplates(), lang+"/"+tmplCommon)
		if err != nil {
			t.Fatal(err)
		}
		tm, err := template.New("common").Funcs(stub).Parse(string(src))
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		for _, party := range Parties {
			forms := map[bool]map[string]string{}
			for _, female := range []bool{false, true} {
				forms[female] = map[string]string{}
				for _, def := range defs {
					var out strings.Builder
					d := Data{Party: party, Person: PersonData{Female: female, Male: !female}}
					if err := tm.ExecuteTemplate(&out, def, d); err != nil {
						t.Fatalf("%s %s %s: %v", lang, party, def, err)
					}
					if strings.TrimSpace(out.String()) == "" {
						t.Errorf("%s: %q gives nothing for %s (female %v)", lang, def, party, female)
					}
					forms[female][def] = out.String()
				}
			}
			if lang == "sr" {
				for _, def := range defs {
					if forms[true][def] == forms[false][def] {
						t.Errorf("sr %s %s: a woman's form %q is a man's", party, def, forms[true][def])
					}
				}
			}
		}
	}
}

// TestEnglishTheyAgrees: where the person's gender is not given the English copies say
// "they", and the verb agrees ("they have lived", never "they has lived").
func TestEnglishTheyAgrees(t *testing.T) {
	wrong := regexp.MustCompile(`\b[Tt]hey (is|has|was|holds|faces|knows)\b`)
	for _, typ := range legal.DecisionTypes {
		c := finalCase()
		setType(c, typ)
		c.Arguments = map[string]bool{forms.ArgNotHeard: true, forms.ArgPostponeExecution: true}
		for name, d := range render(t, c, Options{Today: signing, Copy: "en"}) {
			if d.Lang != locales.English {
				continue
			}
			if m := wrong.FindString(flatText(pdfText(t, d.PDF))); m != "" {
				t.Errorf("%s %s: %q", typ, name, m)
			}
		}
	}
}

// TestAsylumAndOtherDocuments: the appeal against an asylum decision pleads the asylum
// law, not the Law on Foreigners (ZoS Art. 2(1)(1)), and the appeal against a decision
// the app does not know pleads only ZUP and the ECHR, addressed to the body its
// legal-remedy instruction names (ZUP Art. 141(5)).
func TestAsylumAndOtherDocuments(t *testing.T) {
	type want struct {
		has, hasNot []string
	}
	// zosOnlyArt2 removes the one sentence that may name the Law on Foreigners.
	zosOnlyArt2 := "Закон о странцима не примењује (чл. 2. ст. 1. тач. 1. тог закона)"
	cases := []struct {
		name  string
		typ   legal.DecisionType
		edit  func(c *forms.Case)
		final bool
		want  want
	}{
		{"ZAPZ Art. 21: the Asylum Commission decides, through the Asylum Office (Art. 20)", legal.Asylum, nil, false, want{
			has:    []string{"| КОМИСИЈИ ЗА АЗИЛ", "преко Канцеларије за азил Министарства унутрашњих послова", "предлаже да Комисија за азил"},
			hasNot: []string{"МИНИСТАРСТВУ УНУТРАШЊИХ ПОСЛОВА РЕПУБЛИКЕ СРБИЈЕ"}}},
		{"ZAPZ Art. 95(2): the appeal suspends; no postponement asked", legal.Asylum, nil, true, want{
			has:    []string{"Жалба одлаже извршење одлуке (чл. 95. ст. 2. Закона о азилу и привременој заштити)."},
			hasNot: []string{"одлагање извршења", "не одлаже"}}},
		{"ZAPZ Art. 40(5): applied inside the country, eight days, in time", legal.Asylum, nil, true, want{
			has: []string{"у року прописаном у чл. 40. ст. 5. Закона о азилу и привременој заштити (осам дана), те је благовремена"}}},
		{"ZAPZ Art. 41(7): at the border five days, the fixture's appeal is late and claims nothing", legal.Asylum,
			func(c *forms.Case) { c.Decision.Asylum = string(legal.AsylumBorder) }, false, want{
				has: []string{"(чл. 41. ст. 7. Закона о азилу и привременој заштити, пет дана)"}, hasNot: []string{"благовремена"}}},
		{"ZAPZ Art. 6(1), 6(3), 25: non-refoulement from the asylum law, ECHR Art. 13 with 3", legal.Asylum, nil, true, want{
			has:    []string{"(чл. 6. ст. 1. Закона о азилу и привременој заштити)", "(чл. 6. ст. 3.)", "(чл. 25. ст. 1.)", "De Souza Ribeiro"},
			hasNot: []string{"чл. 83. ст. 3.", "Размотрити и захтев за азил"}}},
		{"ZAPZ Art. 9(1), 10: family unity and the best interests of the minor", legal.Asylum, nil, true, want{
			has: []string{"(чл. 9. ст. 1. Закона о азилу и привременој заштити)", "(чл. 10.)"}}},
		{"ZAPZ Art. 18, 37(1), 13(1): the right to be heard and to an interpreter", legal.Asylum, nil, true, want{
			has: []string{"(чл. 18. Закона о азилу и привременој заштити)", "(чл. 37. ст. 1.)", "(чл. 13. ст. 1.)"}}},
		{"ZAPZ Art. 24, 26(1)(4), 27(1)(2): persecution for political opinion", legal.Asylum, nil, true, want{
			has: []string{"Прогон због политичког уверења", "(чл. 26. ст. 1. тач. 4.)", "(чл. 27. ст. 1. тач. 2.)"}}},
		{"ZAPZ Art. 38(1): asylum is not discretionary, no ZUP 158(1)(6)–(7)", legal.Asylum, nil, true, want{
			hasNot: []string{"(тач. 6.)", "(тач. 7.)"}}},
		{"ZUP Art. 141(5): other is addressed to the body of the instruction", legal.Other,
			func(c *forms.Case) { c.Decision.InstructionBody = "Министарство финансија" }, true, want{
				has: []string{"као другостепеном органу", "предлаже да другостепени орган (Министарство финансија)"}}},
		{"ZUP Art. 141(5): other without the body leaves a visible blank", legal.Other, nil, true, want{
			has: []string{"| ________________________________________\n| као другостепеном органу"}}},
		{"ZUP Art. 154(2): other suspends unless its law provides otherwise", legal.Other, nil, true, want{
			has: []string{"Жалба одлаже извршење решења, ако законом није друкчије прописано (чл. 154. Закона о општем управном поступку)."}}},
		{"ZUP Art. 141(5): other's draft asks the lawyer to check the law behind it", legal.Other, nil, false, want{
			has: []string{"Апликација не познаје закон на коме се решење заснива"}}},
		{"ZUP Art. 154(2), ZUS Art. 23(3): other asks postponement in case its law excludes suspension", legal.Other,
			func(c *forms.Case) { c.Arguments = map[string]bool{forms.ArgPostponeExecution: true} }, true, want{
				has: []string{"За случај да закон на коме се побијано решење заснива искључује одложно дејство жалбе"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := finalCase()
			setType(c, tc.typ)
			if tc.edit != nil {
				tc.edit(c)
			}
			r, err := newRenderer(c, Options{Today: signing, NoDraftMark: tc.final})
			if err != nil {
				t.Fatal(err)
			}
			got, err := r.newBuilderOf(KindAppeal, KindAppeal, locales.SerbianCyrl).execute(tmplAppeal)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tc.want.has {
				if !strings.Contains(got, s) {
					t.Errorf("missing %q in:\n%s", s, got)
				}
			}
			for _, s := range tc.want.hasNot {
				if strings.Contains(got, s) {
					t.Errorf("says %q", s)
				}
			}
			// No clause of the Law on Foreigners (ZoS Art. 2(1)(1)), in any document.
			if rest := strings.Replace(got, zosOnlyArt2, "", 1); strings.Contains(rest, "странцима") {
				i := strings.Index(rest, "странцима")
				t.Errorf("pleads the Law on Foreigners: …%s…", rest[max(0, i-200):i+20])
			}
			for _, doc := range []struct {
				kind Kind
				tmpl string
			}{{KindEvidenceIndex, tmplIndex}, {KindInspect, tmplInspect}, {KindPostpone, tmplPostpone}} {
				text, err := r.newBuilderOf(doc.kind, doc.kind, locales.SerbianCyrl).execute(doc.tmpl)
				if err != nil {
					t.Fatal(err)
				}
				if strings.Contains(text, "странцима") {
					t.Errorf("%s pleads the Law on Foreigners", doc.tmpl)
				}
				if doc.kind == KindPostpone && tc.typ == legal.Other && r.postponeApplies() &&
					!strings.Contains(text, "Жалба одлаже извршење решења само ако законом није друкчије прописано") {
					t.Errorf("the postponement request does not state ZUP Art. 154(2): %s", text)
				}
			}
		})
	}
}
