package templates

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"appealdesk/forms"
	"appealdesk/forms/legal"
	"appealdesk/locales"
)

// stageScenario is a case at one later stage, and the documents it must bring.
type stageScenario struct {
	name string
	// mod moves testCase() to the stage.
	mod func(c *forms.Case)
	// docs are the later documents expected (PDF base names, Cyrillic, without the
	// reader's copies), in order.
	docs []string
	// want are phrases the Serbian document must contain (numbers, dates, addressee).
	want map[string][]string
}

func lawyer(c *forms.Case) {
	c.Representative = forms.Representative{Name: "Милица Петровић", Role: "адвокат", Address: "Кнеза Милоша 10, Београд"}
}

// stageScenarios: every later document, each from the stage whose conditions bring it.
func stageScenarios() []stageScenario {
	appealed := func(c *forms.Case) {
		c.Later.AppealLodged = "2026-11-20"
		c.Later.AppealLodgedHow = forms.LodgedRegisteredMail
		c.Later.AppealReceiptNumber = "RE123456789RS"
		c.Later.AppealArrived = "2026-11-23"
	}
	rejected := func(c *forms.Case) {
		appealed(c)
		c.Later.SecondInstanceReceived = "2027-02-15"
		c.Later.SecondInstanceNumber = "26-5555/27"
		c.Later.SecondInstanceIssued = "2027-02-01"
		c.Later.SecondInstanceOutcome = string(legal.OutcomeRejected)
	}
	judged := func(c *forms.Case) {
		rejected(c)
		c.Later.LawsuitLodged = "2027-03-10"
		c.Later.JudgmentReceived = "2027-10-04"
		c.Later.JudgmentNumber = "4 У 1234/27"
		c.Later.JudgmentIssued = "2027-09-20"
		c.Later.JudgmentOutcome = string(legal.JudgmentRejected)
	}
	return []stageScenario{
		{name: "lawsuit-rejected", mod: func(c *forms.Case) {
			rejected(c)
			lawyer(c)
			c.Later.RepresentativeServed = "2027-02-12"
			c.Documents.Signed = "2027-03-01"
		}, docs: []string{"tuzba-upravnom-sudu", "punomocje-upravni-sud"},
			want: map[string][]string{"tuzba-upravnom-sudu": {"УПРАВНОМ СУДУ", "Тужени: Министарство унутрашњих послова Републике Србије",
				"број 26-5555/27 од 01.02.2027. године", "одбијена је жалба", "пуномоћнику 12.02.2027. године", "те је благовремена",
				"чл. 23. ст. 2. Закона о управним споровима", "Оригинал пуномоћја"}}},
		{name: "lawsuit-government", mod: func(c *forms.Case) {
			c.Decision.Type = string(legal.PermanentResidenceTermination)
			c.Decision.Issuer = "Министарство унутрашњих послова, Управа граничне полиције"
			rejected(c)
			c.Documents.Signed = "2027-03-01"
		}, docs: []string{"tuzba-upravnom-sudu"},
			want: map[string][]string{"tuzba-upravnom-sudu": {"Тужени: Влада Републике Србије", "против решења Владе Републике Србије број 26-5555/27"}}},
		// ZUP Art. 141(5): a decision the app does not know; the body its instruction names decided the appeal.
		{name: "lawsuit-other", mod: func(c *forms.Case) {
			c.Decision.Type = string(legal.Other)
			c.Decision.InstructionBody = "Министарство финансија"
			rejected(c)
			c.Documents.Signed = "2027-03-01"
		}, docs: []string{"tuzba-upravnom-sudu"},
			want: map[string][]string{"tuzba-upravnom-sudu": {"Тужени: Министарство финансија", "против решења Министарства финансија број 26-5555/27"}}},
		{name: "dismissal-appeal", mod: func(c *forms.Case) {
			c.Decision.Type = string(legal.ReturnDecision)
			c.Decision.DepartureDays = 15
			appealed(c)
			c.Later.SecondInstanceReceived = "2026-12-10"
			c.Later.SecondInstanceNumber = "26-1234/26-1"
			c.Later.SecondInstanceOutcome = string(legal.OutcomeDismissedFirst)
			c.Documents.Signed = "2026-12-14"
		}, docs: []string{"zalba-na-odbacivanje"},
			want: map[string][]string{"zalba-na-odbacivanje": {"МИНИСТАРСТВУ УНУТРАШЊИХ ПОСЛОВА РЕПУБЛИКЕ СРБИЈЕ", "чл. 162. ст. 3.",
				"против решења о одбацивању жалбе број 26-1234/26-1", "препорученом поштом, број потврде RE123456789RS", "те је благовремена"}}},
		{name: "reminder", mod: func(c *forms.Case) {
			appealed(c)
			c.Later.AppealReceivedByBody = "2026-12-01"
			c.Documents.Signed = "2027-02-05"
		}, docs: []string{"naknadni-zahtev"},
			want: map[string][]string{"naknadni-zahtev": {"МИНИСТАРСТВУ УНУТРАШЊИХ ПОСЛОВА", "НАКНАДНИ ЗАХТЕВ", "20.11.2026. године",
				"у даљем року од седам дана", "члана 19. став 1. Закона о управним споровима"}}},
		{name: "silence-lawsuit", mod: func(c *forms.Case) {
			appealed(c)
			c.Later.ReminderSent = "2027-02-05"
			c.Later.ReminderReceivedByBody = "2027-02-08"
			c.Documents.Signed = "2027-02-20"
		}, docs: []string{"tuzba-cutanje-uprave"},
			want: map[string][]string{"tuzba-cutanje-uprave": {"УПРАВНОМ СУДУ", "Тужени: Министарство унутрашњих послова Републике Србије",
				"ћутање управе", "05.02.2027. године", "примио 08.02.2027. године", "чл. 22. ст. 3. Закона о управним споровима"}}},
		{name: "review-detention", mod: func(c *forms.Case) {
			c.Decision.Type = string(legal.Detention)
			c.Decision.Issuer = "Полицијска управа за град Београд"
			c.Later.LawsuitLodged = "2026-11-18"
			c.Later.JudgmentReceived = "2026-12-01"
			c.Later.JudgmentNumber = "22 У 9876/26"
			c.Later.JudgmentOutcome = string(legal.JudgmentRejected)
			lawyer(c)
			c.Documents.Signed = "2026-12-10"
		}, docs: []string{"zahtev-preispitivanje", "ustavna-zalba", "punomocje-vrhovni-sud", "punomocje-ustavni-sud"},
			want: map[string][]string{"zahtev-preispitivanje": {"ВРХОВНОМ СУДУ", "пресуде Управног суда 22 У 9876/26", "жалба против побијаног решења била искључена",
				"преко пуномоћника из реда адвоката", "За подносиоца захтева, пуномоћник", "Милица Петровић"},
				"ustavna-zalba": {"УСТАВНОМ СУДУ", "евиденцијски број странца", "чл. 7. ст. 2. Закона о странцима", "чланом ___ Устава", "чл. 86. ст. 2"}}},
		{name: "constitutional", mod: func(c *forms.Case) {
			judged(c)
			c.Documents.Signed = "2027-10-20"
		}, docs: []string{"ustavna-zalba"},
			want: map[string][]string{"ustavna-zalba": {"против пресуде Управног суда 4 У 1234/27 од 20.09.2027. године", "решења Министарства унутрашњих послова Републике Србије број 26-5555/27",
				"9900000000001"}}},
		{name: "constitutional-court-notice", mod: func(c *forms.Case) {
			judged(c)
			c.Later.JudgmentService = "notice" // ZPP Art. 141(2)–(3): served 30 days after the notice
			c.Documents.Signed = "2027-11-20"
		}, docs: []string{"ustavna-zalba"},
			want: map[string][]string{"ustavna-zalba": {"чије се достављање сматра извршеним 03.11.2027. године", "истиче 03.12.2027."}}},
		{name: "restoration-appeal", mod: func(c *forms.Case) {
			c.Later.MissedDeadline = string(legal.MissedAppeal)
			c.Later.MissedReason = "Био сам у болници од 20. до 30. новембра."
			c.Later.MissedReasonEnded = "2026-11-30"
			c.Documents.Signed = "2026-12-03"
		}, docs: []string{"predlog-vracanje"},
			want: map[string][]string{"predlog-vracanje": {"Полицијска управа за град Београд, Управа за странце", "чл. 83. ст. 4.",
				"ПРЕДЛОГ", "враћање у пређашње стање", "27.11.2026. године", "Био сам у болници", "30.11.2026. године", "чл. 82. ст. 6."}}},
		{name: "restoration-lawsuit", mod: func(c *forms.Case) {
			rejected(c)
			c.Later.MissedDeadline = string(legal.MissedLawsuit)
			c.Later.MissedReason = "Решење је стигло на стару адресу."
			c.Later.MissedReasonEnded = "2027-03-20"
			c.Documents.Signed = "2027-03-24"
		}, docs: []string{"tuzba-upravnom-sudu", "predlog-vracanje"},
			want: map[string][]string{"predlog-vracanje": {"УПРАВНОМ СУДУ", "чл. 110. ст. 4. Закона о парничном поступку", "17.03.2027. године", "20.03.2027. године"}}},
		{name: "restoration-constitutional", mod: func(c *forms.Case) {
			judged(c)
			c.Later.MissedDeadline = string(legal.MissedConstitutional)
			c.Later.MissedReason = "Пресуда ми није уручена лично."
			c.Later.MissedReasonEnded = "2027-11-10"
			c.Documents.Signed = "2027-11-12"
		}, docs: []string{"ustavna-zalba", "predlog-vracanje"},
			want: map[string][]string{"predlog-vracanje": {"УСТАВНОМ СУДУ", "повраћај у пређашње стање", "чл. 84. ст. 2. Закона о Уставном суду", "03.11.2027. године"}}},
		{name: "supplement", mod: func(c *forms.Case) {
			c.Decision.RemedyInstruction = forms.No
			c.Documents.Signed = "2026-11-16"
		}, docs: []string{"zahtev-dopuna"},
			want: map[string][]string{"zahtev-dopuna": {"Полицијска управа за град Београд, Управа за странце", "ЗАХТЕВ ЗА ДОПУНУ РЕШЕЊА", "чл. 141. ст. 5.", "члана 141. став 6."}}},
		{name: "translation-return", mod: func(c *forms.Case) {
			c.Decision.Type = string(legal.ReturnDecision)
			c.Decision.DepartureDays = 15
			c.Later.RequestTranslation = true
		}, docs: []string{"zahtev-prevod"},
			want: map[string][]string{"zahtev-prevod": {"члана 75. став 6. Закона о странцима", "диспозитива решења о враћању", "изречене забране уласка", "поуке о правном леку"}}},
		{name: "departure-extension", mod: func(c *forms.Case) {
			c.Decision.Type = string(legal.ReturnDecision)
			c.Decision.DepartureDays = 15
			c.Later.RequestDepartureExtension = true
			c.Later.DepartureExtensionReason = "Дете завршава полугодиште 25. децембра."
		}, docs: []string{"zahtev-produzenje-roka"},
			want: map[string][]string{"zahtev-produzenje-roka": {"члана 77. став 5. Закона о странцима", "решењем о враћању број 26-1234/26", "од 15 дана", "25.11.2026. године", "Дете завршава полугодиште"}}},
		{name: "data-access", mod: func(c *forms.Case) {
			c.Later.RequestDataAccess = true
		}, docs: []string{"zahtev-podaci-mup", "zahtev-podaci-bia"},
			want: map[string][]string{"zahtev-podaci-bia": {"БЕЗБЕДНОСНО-ИНФОРМАТИВНОЈ АГЕНЦИЈИ", "87/2018", "члан ___", "тач. 6а"},
				"zahtev-podaci-mup": {"МИНИСТАРСТВУ УНУТРАШЊИХ ПОСЛОВА РЕПУБЛИКЕ СРБИЈЕ", "безбедносна процена"}}},
		{name: "rule39", mod: func(c *forms.Case) {
			c.Decision.Type = string(legal.ReturnDecision)
			c.Decision.DepartureDays = 7
			c.Later.RemovalPlanned = "2026-12-15"
			c.Later.RequestRule39 = true
			lawyer(c)
		}, docs: []string{"rule39-information"},
			want: map[string][]string{"rule39-information": {"Rule 39", "15 December 2026", "Zhuravlyov", "Article 3", "26-1234/26"}}},
	}
}

// renderStage renders the scenario's case with the given options.
func renderStage(t *testing.T, sc stageScenario, o Options) map[string]Document {
	t.Helper()
	c := testCase()
	sc.mod(c)
	return render(t, c, o)
}

// TestStageDocuments: for each stage, the case renders exactly its documents, each
// with the right numbers, dates and addressee, a reader's copy of each, and the
// Latin script (ZUS, ZUP, ZUSud, ZoS articles as in each document's comment).
func TestStageDocuments(t *testing.T) {
	first := map[string]bool{}
	for name := range render(t, testCase(), Options{Today: signing}) {
		first[name] = true
	}
	for _, sc := range stageScenarios() {
		t.Run(sc.name, func(t *testing.T) {
			docs := renderStage(t, sc, Options{Today: signing, Copy: "ru"})
			var later []string
			for name := range docs {
				if !first[name] && !strings.Contains(name, "-prevod-") && name != FileLawsuit {
					later = append(later, strings.TrimSuffix(name, ".pdf"))
				}
			}
			sort.Strings(later)
			want := append([]string(nil), sc.docs...)
			sort.Strings(want)
			if strings.Join(later, " ") != strings.Join(want, " ") {
				t.Fatalf("later documents = %v, want %v", later, want)
			}
			for _, base := range sc.docs {
				doc := docs[base+".pdf"]
				text := flatText(pdfText(t, doc.PDF))
				for _, phrase := range sc.want[base] {
					if !strings.Contains(text, phrase) {
						t.Errorf("%s lacks %q:\n%s", base, phrase, text)
					}
				}
				if strings.Contains(text, "<no value>") || strings.Contains(text, "stages.") {
					t.Errorf("%s prints a missing value", base)
				}
				copyName := base + "-prevod-ru.pdf"
				if _, ok := docs[copyName]; !ok {
					t.Errorf("no reader's copy %s", copyName)
				} else if ct := flatText(pdfText(t, docs[copyName].PDF)); strings.Contains(ct, "______________________________ ") && strings.Contains(ct, "Подпись") {
					t.Errorf("%s has a signature line", copyName)
				}
			}
			latin := renderStage(t, sc, Options{Today: signing, Script: "latn", Copy: "en"})
			for _, base := range sc.docs {
				name := base + latinSuffix + ".pdf"
				if base == "rule39-information" {
					name = base + ".pdf"
				}
				doc, ok := latin[name]
				if !ok {
					t.Errorf("no %s", name)
					continue
				}
				if base != "rule39-information" {
					// The person's own Russian words stay as typed (marked for translation).
					text := strings.ReplaceAll(flatText(pdfText(t, doc.PDF)), "В России меня ждёт мобилизация и уголовное преследование.", "")
					if cyrillicIn(text) {
						t.Errorf("%s has Cyrillic letters in Latin", name)
					}
				}
			}
		})
	}
}

func cyrillicIn(s string) bool {
	for _, r := range s {
		if r >= 0x0400 && r <= 0x04FF {
			return true
		}
	}
	return false
}

// TestStageFinalCopies: a final copy carries no note; a "not before" document dated
// too early and a late one without a restoration proposal get no final copy (ZUS Art.
// 26(1)(1): filed early, the lawsuit for silence is dismissed); the constitutional
// appeal none while the Constitution's articles are blank (ZUSud Art. 85(1)).
func TestStageFinalCopies(t *testing.T) {
	for _, sc := range stageScenarios() {
		if sc.name == "constitutional" || sc.name == "constitutional-court-notice" || sc.name == "review-detention" || sc.name == "restoration-constitutional" {
			continue
		}
		c := finalCase() // a final Serbian copy holds no untranslated Russian answer
		sc.mod(c)
		if _, err := Render(c, Options{Today: signing, NoDraftMark: true}); err != nil {
			t.Errorf("%s: %v", sc.name, err)
			continue
		}
		docs := render(t, c, Options{Today: signing, NoDraftMark: true})
		for _, base := range sc.docs {
			name := base + ".pdf"
			doc, ok := docs[name]
			if !ok {
				t.Errorf("%s: no final %s", sc.name, name)
				continue
			}
			text := pdfText(t, doc.PDF)
			for _, note := range []string{"НАЦРТ", "ПАЖЊА", "апликациј", "проверити", "DRAFT"} {
				if strings.Contains(text, note) {
					t.Errorf("%s final copy %s contains %q", sc.name, name, note)
				}
			}
		}
	}
	early := finalCase()
	early.Later.AppealLodged, early.Later.ReminderSent, early.Later.ReminderReceivedByBody = "2026-11-20", "2027-02-05", "2027-02-08"
	early.Documents.Signed = "2027-02-12" // the lawsuit for silence lies from Thu 18 Feb (day 7, 15 Feb, and 16 Feb are Statehood Day)
	_, err := Render(early, Options{NoDraftMark: true})
	var nf *StageNotFinalError
	if !errors.As(err, &nf) || nf.Doc != legal.DocSilenceLawsuit || nf.Reason != "stages.final.early" {
		t.Fatalf("an early lawsuit for silence made a final copy: %v", err)
	}
	for _, l := range locales.All {
		if txt := nf.Text(locales.New(l)); strings.Contains(txt, "stages.") || !strings.Contains(txt, "2027") {
			t.Errorf("%s: %q", l, txt)
		}
	}
	if _, err := Render(early, Options{}); err != nil {
		t.Errorf("the draft of an early lawsuit is refused: %v", err)
	}
	late := finalCase()
	late.Later.AppealLodged, late.Later.SecondInstanceReceived = "2026-11-20", "2027-01-10"
	late.Documents.Signed = "2027-03-01"
	if _, err := Render(late, Options{NoDraftMark: true}); !errors.As(err, &nf) || nf.Reason != "stages.final.late" {
		t.Fatalf("a late lawsuit without restoration made a final copy: %v", err)
	}
	late.Later.MissedDeadline, late.Later.MissedReason, late.Later.MissedReasonEnded = "lawsuit", "Болест.", "2027-02-25"
	if _, err := Render(late, Options{NoDraftMark: true}); err != nil {
		t.Fatalf("a late lawsuit with its restoration proposal: %v", err)
	}
	judged := finalCase()
	stageScenarios()[6].mod(judged)
	// Refused by the filing check, field by field (forms.FilingIssues), or by the
	// stage's own rule (stages.final.constitution), whichever asks first.
	_, err = Render(judged, Options{NoDraftMark: true})
	var fields *NotFinalError
	switch {
	case errors.As(err, &fields):
		if !strings.Contains(fields.Error(), "documents.constitution.") {
			t.Fatalf("the filing check names no article of the Constitution: %v", err)
		}
	case errors.As(err, &nf) && nf.Reason == "stages.final.constitution":
	default:
		t.Fatalf("a constitutional appeal with blank articles made a final copy: %v", err)
	}
}

// TestStageTemplatesCyrillicOnly: the Serbian stage templates mix no Latin look-alike
// into Cyrillic words, and every template exists.
func TestStageTemplatesCyrillicOnly(t *testing.T) {
	for _, name := range StageTemplateNames() {
		data, err := builtin.ReadFile("text/" + name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if bad := locales.MixedScriptWords(string(data)); len(bad) > 0 {
			t.Errorf("%s: words mixing Latin and Cyrillic: %q", name, bad)
		}
	}
}

// TestStagePDFs writes every scenario's documents to $APPEALDESK_STAGE_PDFS, to be
// read page by page (pdftoppm -png -r 80).
func TestStagePDFs(t *testing.T) {
	dir := os.Getenv("APPEALDESK_STAGE_PDFS")
	if dir == "" {
		t.Skip("set APPEALDESK_STAGE_PDFS to a folder")
	}
	for _, sc := range stageScenarios() {
		for _, o := range []Options{{Today: signing, Copy: "ru"}, {Today: signing, Copy: "en", Script: "latn"}} {
			for name, d := range renderStage(t, sc, o) {
				if _, _, ok := StageDocument(d.Kind); !ok {
					continue
				}
				p := filepath.Join(dir, sc.name, name)
				os.MkdirAll(filepath.Dir(p), 0o755)
				if err := os.WriteFile(p, d.PDF, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

// TestStageGolden compares the text of every later document (Serbian, and its Russian
// and English reader's copies) of every scenario with testdata/golden/stages
// (regenerate with go test ./templates -run TestStageGolden -update, then read the diff).
func TestStageGolden(t *testing.T) {
	for _, sc := range stageScenarios() {
		c := testCase()
		sc.mod(c)
		r, err := newRenderer(c, Options{Today: signing})
		if err != nil {
			t.Fatal(err)
		}
		f := c.Facts()
		res := legal.Compute(f)
		st := legal.CurrentStage(f, res)
		docs := append(append([]legal.DocumentID(nil), st.Documents...),
			legal.PowersOfAttorney(st.Documents, f.Stages.Missed, c.Representative.Name != "")...)
		for _, id := range docs {
			variants := []string{""}
			if id == legal.DocDataAccess {
				variants = []string{"mup", "bia"}
			}
			for _, v := range variants {
				langs := []locales.Lang{locales.SerbianCyrl, locales.Russian, locales.English}
				if id == legal.DocRule39 {
					langs = []locales.Lang{locales.English, locales.Russian}
				}
				for _, l := range langs {
					reader := l != locales.SerbianCyrl && !(id == legal.DocRule39 && l == locales.English)
					b := r.newBuilder(stageKind(id, reader), l)
					d := b.stageData(stagePlan{id: id, variant: v}, st, res, reader)
					got, err := b.executeStage(stageFiles[id]+".tmpl", d)
					if err != nil {
						t.Fatalf("%s %s %s: %v", sc.name, id, l, err)
					}
					name := stagePDF(id, v) + "." + string(l) + ".txt"
					checkGolden(t, filepath.Join("testdata", "golden", "stages", sc.name, name), got)
				}
			}
		}
	}
}

// TestStageFemaleForms: where the person is a woman, the signature's „За …, пуномоћник“
// and the power's „да … заступа“ take the accusative (тужиљу, властодавку), not the
// genitive (тужиље, властодавке); a man's forms are the same in both cases.
func TestStageFemaleForms(t *testing.T) {
	cases := []struct {
		scenario string
		id       legal.DocumentID
		want     string
	}{
		{"lawsuit-rejected", legal.DocLawsuit, "За тужиљу, пуномоћник"},
		{"lawsuit-rejected", legal.DocPowerCourt, "да властодавку заступа"},
		{"review-detention", legal.DocReview, "За подноситељку захтева, пуномоћник"},
		{"review-detention", legal.DocPowerReview, "да властодавку заступа"},
	}
	scenarios := map[string]stageScenario{}
	for _, sc := range stageScenarios() {
		scenarios[sc.name] = sc
	}
	for _, tc := range cases {
		t.Run(tc.scenario+"/"+string(tc.id), func(t *testing.T) {
			c := testCase()
			scenarios[tc.scenario].mod(c)
			r, err := newRenderer(c, Options{Today: signing})
			if err != nil {
				t.Fatal(err)
			}
			f := c.Facts()
			res := legal.Compute(f)
			st := legal.CurrentStage(f, res)
			b := r.newBuilder(stageKind(tc.id, false), locales.SerbianCyrl)
			d := b.stageData(stagePlan{id: tc.id}, st, res, false)
			d.Female = true
			got, err := b.executeStage(stageFiles[tc.id]+".tmpl", d)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(got, tc.want) {
				t.Errorf("lacks %q:\n%s", tc.want, got)
			}
			for _, gen := range []string{"За тужиље", "За подноситељке", "да властодавке", "За властодавке", "За предлагачице", "За жалиље"} {
				if strings.Contains(got, gen) {
					t.Errorf("genitive after „за“/as object: %q", gen)
				}
			}
		})
	}
}
