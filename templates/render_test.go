package templates

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode"

	"appealdesk/forms"
	"appealdesk/forms/legal"
	"appealdesk/locales"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

var signing = time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)

// testCase is a complete fictional case: a temporary-residence-termination on security
// grounds (ZoS Art. 66) with a spouse, two children, six years in Serbia and eight
// pieces of evidence. Its names carry every special letter the round trips check:
// ђ ј љ њ ћ џ (and so č ć š ž đ in Latin) and the Russian ё.
func testCase() *forms.Case {
	c := forms.New("Тест")
	c.Decision = forms.Decision{
		Type: "temporary-residence-termination", Issuer: "Полицијска управа за град Београд, Управа за странце",
		Number: "26-1234/26", Issued: "2026-11-10", Service: "personal", Received: "2026-11-12",
		SecurityGrounds: forms.Yes, GivesReasons: forms.No, RemedyInstruction: forms.Yes, Heard: forms.No,
		DepartureDays: 30, EntryBan: true, EntryBanYears: 2,
		// The act, for the types that cover several (used only by them).
		VisaAct: "extension", InvalidDocument: "residence-permit",
	}
	c.Person = forms.Person{
		FullName: "Fyodor Zhuravlyov", FullNameSerbian: "Фјодор Журављов", Born: "1987-05-14",
		Birthplace: "Јекатеринбург", Citizenship: "RU", Passport: "750000001",
		ForeignerNumber: "9900000000001", Address: "Ђушина 7, стан 3", City: "Београд",
		Email: "fz@example.org", InSerbiaSince: "2020-10-01",
		Work: "Инжењер у предузећу „Ћуприја Џет“ д.о.о.", Property: "Стан у закупу на Чукарици",
		Community: "Волонтира у удружењу „Љубичица и Њива“",
	}
	c.Family = forms.Family{
		Spouse: forms.Yes, SpouseName: "Ђурђа Журављова", SpouseStatus: "држављанка Републике Србије",
		Children: []forms.Child{
			{Name: "Љубица Журављова", Born: "2016-02-10", School: "ОШ „Ћирило и Методије“, 4. разред", LivesWith: forms.Yes},
			{Name: "Јаков Журављов", Born: "2019-09-30", School: "вртић „Џиџи“", LivesWith: forms.Yes},
		},
	}
	c.Story = forms.Story{
		WhatHappened:    "Решење ми је уручено у Управи за странце.\nРазлози нису наведени.",
		Activity:        forms.Yes,
		ActivityDetails: "Потписао сам отворено писмо против рата.",
		RiskOnReturn:    forms.Yes,
		RiskDetails:     "В России меня ждёт мобилизация и уголовное преследование.",
		UseInAppeal:     forms.Yes,
		PrivateNotes:    "PRIVATE-NOTE-7f3a never print this",
	}
	c.Evidence = []forms.EvidenceItem{
		{Title: "Решење бр. 26-1234/26", Date: "2026-11-10", Pages: 2, Language: "sr", Supports: []string{forms.ArgNoReasons},
			File: &forms.File{Name: "resenje.pdf", SHA256: strings.Repeat("ab", 32)}},
		{Title: "Извод из матичне књиге венчаних", Date: "2015-06-20", Pages: 1, Language: "sr", Translation: "not-needed", Supports: []string{forms.ArgFamily}},
		{Title: "Изводи из матичне књиге рођених деце", Date: "2019-10-05", Pages: 2, Language: "sr", Supports: []string{forms.ArgFamily}},
		{Title: "Потврда школе", Date: "2026-09-01", Pages: 1, Language: "sr", Supports: []string{forms.ArgFamily, forms.ArgProportionality}},
		{Title: "Уговор о раду", Date: "2021-03-01", Pages: 5, Language: "sr", Supports: []string{forms.ArgLengthOfStay},
			File: &forms.File{Name: "ugovor.pdf", SHA256: strings.Repeat("0f", 32)}},
		{Title: "Уговор о закупу стана", Date: "2024-01-15", Pages: 3, Language: "sr", Supports: []string{forms.ArgLengthOfStay}},
		{Title: "Отворено писмо против рата", Date: "2022-03-02", Pages: 1, Language: "ru", Translation: "needed", Supports: []string{forms.ArgSpeech}},
		{Title: "Повестка из военкомата", Date: "2026-10-01", Pages: 1, Language: "ru", Translation: "attached", Supports: []string{forms.ArgRiskOnReturn}},
	}
	c.Documents = forms.DocumentOptions{Place: "Београд"}
	return c
}

// finalCase is testCase with every answer a Serbian filing prints in Serbian, so a
// final copy (no draft marking) can be made.
func finalCase() *forms.Case {
	c := testCase()
	c.Story.RiskDetails = "У Русији ми прети мобилизација и кривично гоњење."
	c.Evidence[7].Title = "Позив војног одсека (Русија)"
	return c
}

func opts() Options { return Options{Today: signing} }

// setType makes the test case one of type typ. An asylum case is one applied for
// inside the country, so its period is the 8 days of the asylum law (Art. 40(5),
// 42(4)) and the fixture's appeal is in time; at the border (5 days, Art. 41(7))
// it would be late and rightly get no final copy.
func setType(c *forms.Case, typ legal.DecisionType) {
	c.Decision.Type = string(typ)
	if typ == legal.Asylum {
		c.Decision.Asylum = string(legal.AsylumInside)
	}
}

func render(t testing.TB, c *forms.Case, o Options) map[string]Document {
	t.Helper()
	docs, err := Render(c, o)
	if err != nil {
		t.Fatalf("Render: %v", err)
	}
	out := map[string]Document{}
	for _, d := range docs {
		if !strings.HasSuffix(d.Name, ".pdf") || !isASCII(d.Name) {
			t.Errorf("file name %q is not an ASCII .pdf name", d.Name)
		}
		if _, dup := out[d.Name]; dup {
			t.Errorf("two documents named %s", d.Name)
		}
		out[d.Name] = d
	}
	return out
}

func isASCII(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII {
			return false
		}
	}
	return true
}

func needTool(t *testing.T, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Skipf("%s is not installed (make deps installs poppler-utils and qpdf)", name)
	}
}

// pdfText extracts the text of a PDF with pdftotext (poppler-utils).
func pdfText(t *testing.T, pdf []byte, args ...string) string {
	t.Helper()
	needTool(t, "pdftotext")
	f := filepath.Join(t.TempDir(), "d.pdf")
	if err := os.WriteFile(f, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", append(append([]string{"-enc", "UTF-8"}, args...), f, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// flatText joins words across line breaks so phrases can be searched.
func flatText(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestRenderSet: which documents a case gets, by remedy (ZoS Art. 66(8), 81(2), 90;
// ZUS Art. 23(3)(2); ZUP Art. 64–65).
func TestRenderSet(t *testing.T) {
	tests := []struct {
		name   string
		change func(*forms.Case)
		o      Options
		want   []string
	}{
		{"ZoS Art. 66(8): departure set, appeal does not suspend → postponement request", nil, Options{Copy: "ru"},
			[]string{"zalba.pdf", "zalba-prevod-ru.pdf", "spisak-dokaza.pdf", "spisak-dokaza-prevod-ru.pdf", "zahtev-odlaganje.pdf", "zahtev-odlaganje-prevod-ru.pdf", "zahtev-uvid.pdf", "zahtev-uvid-prevod-ru.pdf"}},
		{"ZoS Art. 66(8): no departure, no ban → appeal suspends, no postponement", func(c *forms.Case) {
			c.Decision.DepartureDays, c.Decision.EntryBan = 0, false
		}, Options{}, []string{"zalba.pdf", "spisak-dokaza.pdf", "zahtev-uvid.pdf"}},
		{"Latin script, English copy", nil, Options{Script: "latn", Copy: "en"},
			[]string{"zalba-latinica.pdf", "zalba-prevod-en.pdf", "spisak-dokaza-latinica.pdf", "spisak-dokaza-prevod-en.pdf", "zahtev-odlaganje-latinica.pdf", "zahtev-odlaganje-prevod-en.pdf", "zahtev-uvid-latinica.pdf", "zahtev-uvid-prevod-en.pdf"}},
		{"ZoS Art. 90: detention → lawsuit, no appeal requests", func(c *forms.Case) { c.Decision.Type = "detention" },
			Options{Copy: "en"}, []string{"tuzba.pdf", "tuzba-prevod-en.pdf", "spisak-dokaza.pdf", "spisak-dokaza-prevod-en.pdf"}},
		{"ZoS Art. 81(2): court expulsion → lawsuit", func(c *forms.Case) { c.Decision.Type = "residence-cancellation-court-expulsion" },
			Options{}, []string{"tuzba.pdf", "spisak-dokaza.pdf"}},
		{"ZoS Art. 71(7): PR refusal suspends", func(c *forms.Case) { c.Decision.Type = "permanent-residence-refusal" },
			Options{}, []string{"zalba.pdf", "spisak-dokaza.pdf", "zahtev-uvid.pdf"}},
		{"ZoS Art. 80(3): return decision does not suspend", func(c *forms.Case) { c.Decision.Type = "return-decision" },
			Options{}, []string{"zalba.pdf", "spisak-dokaza.pdf", "zahtev-odlaganje.pdf", "zahtev-uvid.pdf"}},
		{"person dropped postponement and inspection", func(c *forms.Case) {
			c.Arguments = map[string]bool{forms.ArgPostponeExecution: false, forms.ArgInspectFile: false}
		}, Options{}, []string{"zalba.pdf", "spisak-dokaza.pdf"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := testCase()
			if tc.change != nil {
				tc.change(c)
			}
			tc.o.Today = signing
			docs, err := Render(c, tc.o)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range docs {
				got = append(got, d.Name)
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestOptionErrors(t *testing.T) {
	c := testCase()
	for _, o := range []Options{{Script: "cyrillic-ish"}, {Copy: "de"}} {
		if _, err := Render(c, o); !IsOptionError(err) {
			t.Errorf("%+v: want an option error, got %v", o, err)
		}
	}
	c.Decision.Type = "visa"
	if _, err := Render(c, Options{}); !errors.Is(err, ErrDecisionType) {
		t.Errorf("unknown decision type: %v", err)
	}
	// Every type forms/legal knows has its documents.
	for _, typ := range legal.DecisionTypes {
		setType(c, typ)
		if _, err := Render(c, Options{}); err != nil {
			t.Errorf("%s: %v", typ, err)
		}
	}
	if _, err := Render(nil, Options{}); err == nil {
		t.Error("nil case rendered")
	}
}

// TestRoundTrip: what goes in comes out of pdftotext, in every script and language.
func TestRoundTrip(t *testing.T) {
	c := testCase()
	cyr := render(t, c, Options{Today: signing, Copy: "ru"})
	lat := render(t, c, Options{Today: signing, Copy: "en", Script: "latn"})
	tests := []struct {
		name string
		pdf  []byte
		want []string
	}{
		{"Cyrillic appeal: ђ ј љ њ ћ џ and Russian ё", cyr["zalba.pdf"].PDF, []string{
			"ЖАЛБА", "Ђурђа Журављова", "Љубица", "Јаков", "„Ћуприја Џет“", "„Љубичица и Њива“",
			"мобилизация", "ждёт", "чл. 66. ст. 5. Закона о странцима", "20.11.2026. године",
			"26-1234/26", "Muhammad и Muhammad", "Üner", "НАЦРТ — DRAFT", "Страна 1 од"}},
		{"Latin appeal: č ć š ž đ lj nj dž", lat["zalba-latinica.pdf"].PDF, []string{
			"ŽALBA", "Đurđa Žuravljova", "Ljubica", "Jakov", "„Ćuprija Džet“", "„Ljubičica i Njiva“",
			"Čukarici", "ждёт", "čl. 66. st. 5. Zakona o strancima", "20.11.2026. godine",
			"NACRT — DRAFT", "Strana 1 od", "Đušina"}},
		{"Russian reader's copy", cyr["zalba-prevod-ru.pdf"].PDF, []string{
			"ЖАЛОБА", "ПЕРЕВОД ДЛЯ ПОНИМАНИЯ — НЕ ДЛЯ ПОДАЧИ", "ч. 5 ст. 66 Закона об иностранцах",
			"20.11.2026", "Ђурђа Журављова", "ждёт", "Страница 1 из"}},
		{"English reader's copy", lat["zalba-prevod-en.pdf"].PDF, []string{
			"APPEAL", "TRANSLATION FOR YOUR UNDERSTANDING — NOT FOR FILING", "Art. 66(5) of the Law on Foreigners",
			"20 November 2026", "Page 1 of"}},
		{"Latin evidence index", lat["spisak-dokaza-latinica.pdf"].PDF, []string{
			"SPISAK DOKAZA", "Prilog 8", "potreban overeni prevod", "overeni prevod priložen", strings.Repeat("abab ", 4) + "abab"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := flatText(pdfText(t, tc.pdf))
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("missing %q in\n%s", w, text)
				}
			}
		})
	}
}

// TestLatinLetters: every letter of the Serbian Latin alphabet that differs from
// English is produced from the Cyrillic template and data (locales.ToLatin).
func TestLatinLetters(t *testing.T) {
	text := pdfText(t, render(t, testCase(), Options{Today: signing, Script: "latn"})["zalba-latinica.pdf"].PDF)
	for _, l := range []string{"č", "ć", "š", "ž", "đ", "Č", "Ć", "Š", "Ž", "Đ", "lj", "nj", "dž", "Lj"} {
		if !strings.Contains(text, l) {
			t.Errorf("Latin appeal lacks %q", l)
		}
	}
	// Only the person's Russian sentence stays Cyrillic (it has letters outside the
	// Serbian alphabet); no letter found only in Serbian Cyrillic may remain.
	if strings.ContainsAny(text, "ђјљњћџЂЈЉЊЋЏ") {
		t.Errorf("Latin appeal still has Serbian Cyrillic letters")
	}
}

// TestPrivateNotesNeverPrinted: Story.PrivateNotes reaches no document; without
// UseInAppeal the person's account and details stay out too.
func TestPrivateNotesNeverPrinted(t *testing.T) {
	for _, use := range []forms.YesNo{forms.Yes, forms.No, forms.Unknown} {
		c := testCase()
		c.Story.UseInAppeal = use
		for name, d := range render(t, c, Options{Today: signing, Copy: "en"}) {
			text := pdfText(t, d.PDF)
			if strings.Contains(text, "PRIVATE-NOTE") {
				t.Errorf("use_in_appeal=%q: %s prints the private notes", use, name)
			}
			if use != forms.Yes && (strings.Contains(text, "Разлози нису наведени") || strings.Contains(text, "мобилизация")) {
				t.Errorf("use_in_appeal=%q: %s prints the person's account", use, name)
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	for _, o := range []Options{{Copy: "ru"}, {Script: "latn", Copy: "en", OrgFooter: "Удружење „Пример“ · +381 11 000"}} {
		o.Today = signing
		a := render(t, testCase(), o)
		b := render(t, testCase(), o)
		for name := range a {
			if !bytes.Equal(a[name].PDF, b[name].PDF) {
				t.Errorf("%s differs between two renderings", name)
			}
		}
	}
}

// TestDateFromCaseNotClock: the signing date of the case wins over Options.Today, and
// the PDF dates come from the case, so the day of rendering does not change the bytes.
func TestDateFromCaseNotClock(t *testing.T) {
	c := testCase()
	c.Documents.Signed = "2026-11-19"
	a := render(t, c, Options{Today: signing})["zalba.pdf"].PDF
	b := render(t, c, Options{Today: signing.AddDate(0, 1, 0)})["zalba.pdf"].PDF
	if !bytes.Equal(a, b) {
		t.Error("the day of rendering changed a case with a signing date")
	}
	if !strings.Contains(pdfText(t, a), "19.11.2026. године") {
		t.Error("signing date of the case not printed")
	}
	if !bytes.Contains(a, []byte("D:20261119")) {
		t.Error("PDF creation date is not derived from the case")
	}
}

// TestPageFooters: "Страна N од M" is right on every page (rendered twice, no {nb}).
func TestPageFooters(t *testing.T) {
	for name, d := range render(t, testCase(), Options{Today: signing, Copy: "ru"}) {
		pages := strings.Split(strings.TrimRight(pdfText(t, d.PDF), "\f"), "\f")
		word, of := "Страна", "од"
		if d.Lang == locales.Russian {
			word, of = "Страница", "из"
		}
		for i, p := range pages {
			want := fmt.Sprintf("%s %d %s %d", word, i+1, of, len(pages))
			if !strings.Contains(flatText(p), want) {
				t.Errorf("%s page %d lacks %q", name, i+1, want)
			}
		}
	}
}

// TestDraftMark: on by default on every page, off on request; the reader's copy is
// marked as not for filing on every page whether or not it is a draft.
func TestDraftMark(t *testing.T) {
	on := render(t, finalCase(), Options{Today: signing, Copy: "en"})
	off := render(t, finalCase(), Options{Today: signing, Copy: "en", NoDraftMark: true})
	for name := range on {
		pagesOn := strings.Split(strings.TrimRight(pdfText(t, on[name].PDF), "\f"), "\f")
		for i, p := range pagesOn {
			if !strings.Contains(p, "DRAFT") {
				t.Errorf("%s page %d has no draft marking", name, i+1)
			}
		}
		textOff := pdfText(t, off[name].PDF)
		if strings.Contains(textOff, "DRAFT") || strings.Contains(textOff, "НАЦРТ") {
			t.Errorf("%s: draft marking switched off but printed", name)
		}
		if on[name].Kind == KindReaderCopy {
			for i, p := range strings.Split(strings.TrimRight(textOff, "\f"), "\f") {
				if !strings.Contains(flatText(p), "NOT FOR FILING") {
					t.Errorf("%s page %d is not marked as not for filing", name, i+1)
				}
			}
		}
	}
}

// TestEvidenceIndexAcrossPages: 65 items, header on every page, every row whole on
// one page, in the person's order (ZUP Art. 123(2) column included).
func TestEvidenceIndexAcrossPages(t *testing.T) {
	c := testCase()
	c.Evidence = nil
	for i := 1; i <= 65; i++ {
		title := fmt.Sprintf("Доказ број %d", i)
		if i%7 == 0 {
			title += " — " + strings.Repeat("дуг опис исправе ", 12)
		}
		c.Evidence = append(c.Evidence, forms.EvidenceItem{Title: title, Date: "2025-01-02", Pages: i,
			Language: "ru", Translation: "needed", Supports: []string{forms.ArgFamily},
			File: &forms.File{Name: fmt.Sprintf("f%d.pdf", i), SHA256: fmt.Sprintf("%064x", i)}})
	}
	d := render(t, c, Options{Today: signing})["spisak-dokaza.pdf"]
	pages := strings.Split(strings.TrimRight(pdfText(t, d.PDF, "-layout"), "\f"), "\f")
	if len(pages) < 3 {
		t.Fatalf("65 items on %d pages", len(pages))
	}
	last := 0
	for i, p := range pages {
		flat := flatText(p)
		for _, h := range []string{"Прилог", "Исправа", "Шта доказује", "SHA-256 датотеке"} {
			if !strings.Contains(flat, h) {
				t.Errorf("page %d lacks the header %q", i+1, h)
			}
		}
		for _, m := range regexp.MustCompile(`Прилог (\d+)`).FindAllStringSubmatch(flat, -1) {
			var n int
			fmt.Sscan(m[1], &n)
			if n != last+1 {
				t.Errorf("page %d: Прилог %d after %d", i+1, n, last)
			}
			last = n
			// The row is whole: its file name is on the same page.
			if !strings.Contains(flat, fmt.Sprintf("f%d.pdf", n)) {
				t.Errorf("page %d: row %d is split from its file name", i+1, n)
			}
		}
	}
	if last != 65 {
		t.Errorf("last item %d, want 65", last)
	}
}

// TestUnprintableShownVisibly: nothing a person types is dropped or panics.
func TestUnprintableShownVisibly(t *testing.T) {
	c := testCase()
	c.Person.Work = "Работа 😀 عمل 工作 a\x07b\u200Bc 𝐀"
	text := flatText(pdfText(t, render(t, c, Options{Today: signing})["zalba.pdf"].PDF))
	for _, w := range []string{"[U+1F600]", "[U+0639]", "[U+5DE5]", "[U+0007]", "[U+1D400]", "Работа"} {
		if !strings.Contains(text, w) {
			t.Errorf("missing %q in %q", w, text)
		}
	}
}

func TestMetadataAndFonts(t *testing.T) {
	needTool(t, "pdfinfo")
	needTool(t, "pdffonts")
	needTool(t, "qpdf")
	docs := render(t, testCase(), Options{Today: signing, Copy: "ru", OrgFooter: "NGO line"})
	dir := t.TempDir()
	for name, d := range docs {
		f := filepath.Join(dir, name)
		os.WriteFile(f, d.PDF, 0o600)
		info, err := exec.Command("pdfinfo", f).Output()
		if err != nil {
			t.Fatalf("pdfinfo %s: %v", name, err)
		}
		s := string(info)
		if !strings.Contains(s, "Title:") || !strings.Contains(s, d.Title) {
			t.Errorf("%s: title %q not in metadata:\n%s", name, d.Title, s)
		}
		if !strings.Contains(s, "Creator:         Appeal Desk") || !strings.Contains(s, "Producer:        Appeal Desk") {
			t.Errorf("%s: creator/producer not Appeal Desk:\n%s", name, s)
		}
		if strings.Contains(s, "Author:") {
			t.Errorf("%s: has an author (nothing personal beyond the case)", name)
		}
		fonts, _ := exec.Command("pdffonts", f).Output()
		lines := strings.Split(strings.TrimSpace(string(fonts)), "\n")[2:]
		if len(lines) == 0 {
			t.Errorf("%s: no fonts", name)
		}
		for _, l := range lines {
			// name, "CID TrueType", encoding, emb, sub, uni, object id
			f := strings.Fields(l)
			if len(f) < 7 || f[1] != "CID" || f[2] != "TrueType" || f[4] != "yes" || f[6] != "yes" {
				t.Errorf("%s: font not embedded as CID TrueType with a Unicode map: %s", name, l)
			}
		}
		if out, err := exec.Command("qpdf", "--check", f).CombinedOutput(); err != nil {
			t.Errorf("%s: qpdf --check: %v\n%s", name, err, out)
		}
	}
}

func TestBookmarks(t *testing.T) {
	needTool(t, "qpdf")
	f := filepath.Join(t.TempDir(), "z.pdf")
	os.WriteFile(f, render(t, testCase(), opts())["zalba.pdf"].PDF, 0o600)
	out, err := exec.Command("qpdf", "--json", "--json-key=outlines", f).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"ЖАЛБА", "ОБРАЗЛОЖЕЊЕ", "Породични живот и најбољи интерес деце", "Предлог"} {
		if !strings.Contains(string(out), w) {
			t.Errorf("bookmark %q missing: %s", w, out)
		}
	}
}

// TestEveryTemplateEveryType: every template renders for every decision type, in every
// language, draft or not, for a full and an almost empty case.
func TestEveryTemplateEveryType(t *testing.T) {
	for _, typ := range legal.DecisionTypes {
		for _, full := range []bool{true, false} {
			c := finalCase()
			if !full {
				c = forms.New("")
			}
			setType(c, typ)
			for _, o := range []Options{{Copy: "ru"}, {Copy: "en", Script: "latn", NoDraftMark: true, Today: signing}} {
				name := fmt.Sprintf("%s/full=%v/%s-%s", typ, full, o.Script, o.Copy)
				_, err := Render(c, o)
				var nf *NotFinalError
				switch {
				case !full && o.NoDraftMark:
					// An empty case has no delivery date: no final copy (and the reason says so).
					if !errors.As(err, &nf) {
						t.Errorf("%s: a final copy of an empty case: %v", name, err)
					}
				case err != nil:
					t.Errorf("%s: %v", name, err)
				}
				r, err := newRenderer(c, o)
				if err != nil {
					t.Fatal(err)
				}
				for _, l := range locales.All {
					for _, file := range []string{tmplAppeal, tmplIndex, tmplPostpone, tmplInspect} {
						text, err := r.newBuilder(KindAppeal, l).execute(file)
						if err != nil || strings.Contains(text, "<no value>") {
							t.Errorf("%s %s %s: %v %q", name, l, file, err, text)
						}
					}
				}
			}
		}
	}
}

// TestTemplatesCyrillicOnly: the Serbian templates are written in Cyrillic, with no
// Latin look-alike inside a Cyrillic word (it would survive transliteration).
func TestTemplatesCyrillicOnly(t *testing.T) {
	if got := locales.MixedScriptWords("жaлба"); len(got) != 1 {
		t.Fatal("the lint misses a Latin а inside a Cyrillic word")
	}
	for _, name := range TemplateNames() {
		data, err := builtin.ReadFile("text/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if bad := locales.MixedScriptWords(string(data)); len(bad) > 0 {
			t.Errorf("%s: words mixing Latin and Cyrillic: %q", name, bad)
		}
	}
}

// TestOverrideTemplates: an NGO's folder replaces a file; missing files fall back.
func TestOverrideTemplates(t *testing.T) {
	o := opts()
	o.Templates = fstest.MapFS{"sr/zahtev-uvid.tmpl": {Data: []byte("# ЗАХТЕВ УДРУЖЕЊА\n\n{{.Person.Name}} тражи увид.\n")}}
	docs := render(t, testCase(), o)
	if text := pdfText(t, docs["zahtev-uvid.pdf"].PDF); !strings.Contains(text, "ЗАХТЕВ УДРУЖЕЊА") || !strings.Contains(text, "Фјодор Журављов тражи увид") {
		t.Errorf("override not used: %s", text)
	}
	if text := pdfText(t, docs["zalba.pdf"].PDF); !strings.Contains(text, "ЖАЛБА") {
		t.Error("built-in appeal not used when the override lacks it")
	}
	// A file saved in Latin-1 instead of UTF-8 prints visibly, it does not panic.
	o.Templates = fstest.MapFS{"sr/zahtev-uvid.tmpl": {Data: []byte("# Zahtev \xe8\xe6\n")}}
	if text := pdfText(t, render(t, testCase(), o)["zahtev-uvid.pdf"].PDF); !strings.Contains(text, "Zahtev [?]") {
		t.Errorf("non-UTF-8 template text not shown visibly: %q", text)
	}
	o.Templates = fstest.MapFS{"sr/zalba.tmpl": {Data: []byte("{{.NoSuchField}}")}}
	if _, err := Render(testCase(), o); err == nil {
		t.Error("a template naming an unknown field rendered")
	}
}

// TestGolden compares the laid-out text of every document and decision type with
// testdata/golden (regenerate with go test ./templates -update, then read the diff).
func TestGolden(t *testing.T) {
	for _, typ := range legal.DecisionTypes {
		c := testCase()
		setType(c, typ)
		r, err := newRenderer(c, Options{Today: signing, Copy: "en"})
		if err != nil {
			t.Fatal(err)
		}
		type golden struct {
			kind Kind
			of   Kind
			lang locales.Lang
			tmpl string
		}
		files := map[string]golden{}
		docs := map[string]struct {
			kind Kind
			tmpl string
		}{"zalba": {KindAppeal, tmplAppeal}, "spisak": {KindEvidenceIndex, tmplIndex}}
		if r.postponeApplies() {
			docs["odlaganje"] = struct {
				kind Kind
				tmpl string
			}{KindPostpone, tmplPostpone}
		}
		if r.inspectApplies() {
			docs["uvid"] = struct {
				kind Kind
				tmpl string
			}{KindInspect, tmplInspect}
		}
		for base, d := range docs {
			files[base+".sr.txt"] = golden{d.kind, d.kind, locales.SerbianCyrl, d.tmpl}
			files[base+".ru.txt"] = golden{KindReaderCopy, d.kind, locales.Russian, d.tmpl}
			files[base+".en.txt"] = golden{KindReaderCopy, d.kind, locales.English, d.tmpl}
		}
		for file, f := range files {
			got, err := r.newBuilderOf(f.kind, f.of, f.lang).execute(f.tmpl)
			if err != nil {
				t.Fatalf("%s %s: %v", typ, file, err)
			}
			if strings.Contains(got, "<no value>") {
				t.Errorf("%s %s renders <no value>", typ, file)
			}
			checkGolden(t, filepath.Join("testdata", "golden", string(typ), file), got)
		}
	}
}

// checkGolden compares got with the golden file at path, or writes it there with -update.
func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./templates -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file; run go test ./templates -update and review the diff", path)
	}
}

// TestWrap: the one wrapper breaks at spaces only (a no-break space holds), never
// makes a line wider than asked, and cuts a word longer than a line between runes.
func TestWrap(t *testing.T) {
	if err := fonts(); err != nil {
		t.Fatal(err)
	}
	m := &measurer{}
	tests := []struct {
		name  string
		text  string
		width float64
		check func([]string) string
	}{
		{"NBSP keeps „чл.\u00a066“ together", strings.Repeat("реч ", 30) + "чл.\u00a066", 40, func(ls []string) string {
			for _, l := range ls {
				if strings.HasSuffix(l, "чл.") {
					return "broke at a no-break space"
				}
			}
			return ""
		}},
		{"long word cut between runes", strings.Repeat("Ђ", 300), 30, func(ls []string) string {
			if strings.Join(ls, "") != strings.Repeat("Ђ", 300) {
				return "letters lost"
			}
			return ""
		}},
		{"empty text gives one empty line", "", 30, func(ls []string) string {
			if len(ls) != 1 || ls[0] != "" {
				return fmt.Sprint(ls)
			}
			return ""
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ls []string
			for _, l := range m.wrap(faceText, bodySize, tc.text, tc.width, 0) {
				ls = append(ls, l.String())
			}
			for _, l := range ls {
				if w := m.width(faceText, bodySize, l); w > tc.width+0.001 {
					t.Errorf("line %q is %.2f mm wide, limit %.2f", l, w, tc.width)
				}
			}
			if msg := tc.check(ls); msg != "" {
				t.Error(msg)
			}
		})
	}
}

// TestCmapCoverage: the font check knows the letters the documents need and refuses
// what Liberation Serif lacks.
func TestCmapCoverage(t *testing.T) {
	for _, r := range "абвгдђежзијклљмнњопрстћуфхцчџшёыэюяъčćšžđ„“–—№§ÜABCxyz0123456789[]+" {
		if !covered(r) {
			t.Errorf("%q (U+%04X) reported missing", r, r)
		}
	}
	for _, r := range []rune{0x1F600, 0x0639, 0x5DE5, 0x0007, 0xE001} {
		if covered(r) {
			t.Errorf("U+%04X reported present", r)
		}
	}
}

// TestTimeliness: the documents claim to be in time only when the remedy is lodged
// by the last day the deadline engine computes (ZoS Art. 66(5): 15 days; ZUP Art.
// 80); late or with no delivery date, no document says so, and no final copy is made.
func TestTimeliness(t *testing.T) {
	claims := []string{"благовремена", "благовремен", "у законском року", "у року прописаном", "в срок", "своевременно", "in time", "within the period"}
	tests := []struct {
		name     string
		edit     func(*forms.Case)
		timely   bool
		refusedF bool // the final copy is refused
	}{
		{"ZoS Art. 66(5): lodged on the 15th day (27.11.2026) is in time", func(c *forms.Case) { c.Documents.Lodging = "2026-11-27" }, true, false},
		{"ZoS Art. 66(5): lodged on the 16th day is late", func(c *forms.Case) { c.Documents.Lodging = "2026-11-28" }, false, true},
		{"ZUP Art. 81(2): posted late although signed in time", func(c *forms.Case) {
			c.Documents.Signed, c.Documents.Lodging = "2026-11-20", "2026-12-02"
		}, false, true},
		{"signed on the 16th day, no lodging day", func(c *forms.Case) { c.Documents.Signed = "2026-11-28" }, false, true},
		{"incomplete: no delivery date", func(c *forms.Case) { c.Decision.Received = "" }, false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := finalCase()
			tc.edit(c)
			docs, err := Render(c, Options{Today: signing, Copy: "ru"})
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range docs {
				text := flatText(pdfText(t, d.PDF))
				said := false
				for _, w := range claims {
					said = said || strings.Contains(text, w)
				}
				if said != tc.timely && (d.Of == KindAppeal || d.Of == KindPostpone) {
					t.Errorf("%s claims timeliness: %v", d.Name, said)
				}
				if said && !tc.timely {
					t.Errorf("%s claims timeliness", d.Name)
				}
			}
			_, err = Render(c, Options{Today: signing, NoDraftMark: true})
			var nf *NotFinalError
			if got := errors.As(err, &nf); got != tc.refusedF {
				t.Errorf("final copy refused: %v (%v)", got, err)
			}
		})
	}
}

// TestOrgFooter: an NGO's line is at the foot of every page of every document, in
// the document's script; an over-long line is cut with an ellipsis, not wrapped.
func TestOrgFooter(t *testing.T) {
	org := "Удружење „Пример“ · Београд · pomoc@example.org"
	for _, script := range []string{"cyrl", "latn"} {
		docs := render(t, testCase(), Options{Today: signing, Script: script, Copy: "en", OrgFooter: org})
		want := org
		if script == "latn" {
			want = "Udruženje „Primer“ · Beograd · pomoc@example.org"
		}
		for name, d := range docs {
			if d.Lang != locales.SerbianCyrl && d.Lang != locales.SerbianLatin {
				want := org // a reader's copy keeps the line as the NGO wrote it
				for i, p := range strings.Split(strings.TrimRight(pdfText(t, d.PDF), "\f"), "\f") {
					if !strings.Contains(p, want) {
						t.Errorf("%s page %d lacks the organisation line", name, i+1)
					}
				}
				continue
			}
			for i, p := range strings.Split(strings.TrimRight(pdfText(t, d.PDF), "\f"), "\f") {
				if !strings.Contains(p, want) {
					t.Errorf("%s page %d lacks %q", name, i+1, want)
				}
			}
		}
	}
	long := strings.Repeat("Удружење ", 200)
	text := pdfText(t, render(t, testCase(), Options{Today: signing, OrgFooter: long})["zahtev-uvid.pdf"].PDF)
	if !strings.Contains(text, "…") || strings.Count(text, "Удружење") > 60 {
		t.Error("an over-long organisation line is not cut to one line")
	}
}

// TestRepresentative: a lawyer's name goes into the particulars and the signature,
// and the power of attorney is listed among the attachments (ZUS Art. 22 for lawsuits).
func TestRepresentative(t *testing.T) {
	for _, typ := range []string{"temporary-residence-termination", "detention"} {
		c := testCase()
		c.Decision.Type = typ
		c.Representative = forms.Representative{Name: "Марија Тодоровић", Role: "адвокат", Address: "Теразије 1, Београд"}
		docs, err := Render(c, Options{Today: signing})
		if err != nil {
			t.Fatal(err)
		}
		text := flatText(pdfText(t, docs[0].PDF))
		power := "Пуномоћје"
		if typ == "detention" {
			power = "Оригинал пуномоћја" // ZUS Art. 22(4)
		}
		for _, w := range []string{"Пуномоћник: Марија Тодоровић, адвокат, Теразије 1, Београд", power, "пуномоћник ______________________________ Марија Тодоровић"} {
			if !strings.Contains(text, w) {
				t.Errorf("%s: missing %q", typ, w)
			}
		}
	}
}

var cyrillicArticle = regexp.MustCompile(`[0-9]+[жђа]`)

// TestLatinArticleLetters: a Serbian Latin document writes the article letters in
// Latin too (46ж → 46ž), also where the article comes from forms/legal.
func TestLatinArticleLetters(t *testing.T) {
	c := testCase()
	c.Decision.Type = "unique-permit-termination"
	o := opts()
	o.Script = "latn"
	for name, d := range render(t, c, o) {
		if d.Lang != locales.SerbianLatin {
			continue
		}
		text := pdfText(t, d.PDF)
		if m := cyrillicArticle.FindString(text); m != "" {
			t.Errorf("%s: Cyrillic article letter in a Latin document: %q", name, m)
		}
		if name == "zalba-latinica.pdf" && !strings.Contains(text, "46ž") {
			t.Errorf("%s: no 46ž", name)
		}
	}
}

// TestEveryActHasItsName: where one decision type covers several acts, every act the
// interview offers has its own name in every documents' catalogue, so the title never
// falls back to a probe of a missing message (which the catalogue logs as a defect).
func TestEveryActHasItsName(t *testing.T) {
	acts := []forms.Decision{
		{Type: forms.TypeRemovalPostponement, Postponement: forms.PostponementGranted},
		{Type: forms.TypeRemovalPostponement, Postponement: forms.PostponementRevoked},
		{Type: forms.TypeObligatoryResidence, Obligatory: forms.ObligatoryOrdered},
		{Type: forms.TypeObligatoryResidence, Obligatory: forms.ObligatoryLeaveRefused},
		{Type: forms.TypeShortStayCancellation, LongStayVisa: forms.Yes},
	}
	for _, a := range legal.VisaActs {
		acts = append(acts, forms.Decision{Type: forms.TypeVisaRefusal, VisaAct: a})
	}
	for _, d := range legal.InvalidDocuments {
		acts = append(acts, forms.Decision{Type: forms.TypePermitDeclaredInvalid, InvalidDocument: d})
	}
	for _, d := range acts {
		act := decisionAct(d)
		if act == "" {
			t.Errorf("%s: no act for %+v", d.Type, d)
			continue
		}
		for _, l := range []locales.Lang{locales.SerbianCyrl, locales.Russian, locales.English} {
			id := "docs.decision." + d.Type + "." + act
			if got := locales.New(l).T(id); got == id {
				t.Errorf("%s: no %s", l, id)
			}
		}
	}
}

// editedCase is the final example case with decision type typ and edit applied (if any).
func editedCase(typ string, edit func(*forms.Case)) *forms.Case {
	c := finalCase()
	c.Decision.Type = typ
	if edit != nil {
		edit(c)
	}
	return c
}

// checkHasNot fails for every phrase of has missing from text and of not found in it.
func checkHasNot(t *testing.T, text string, has, not []string) {
	t.Helper()
	for _, w := range has {
		if !strings.Contains(text, w) {
			t.Errorf("missing %q", w)
		}
	}
	for _, w := range not {
		if strings.Contains(text, w) {
			t.Errorf("prints %q", w)
		}
	}
}
