package templates

import (
	"strings"
	"testing"

	"appealdesk/forms"
	"appealdesk/forms/legal"
)

// TestActsDocuments: the visa, travel-document, entry-ban and invalid-permit documents
// print their own articles and addressee and none that does not fit (one case per
// rule, article in the name).
func TestActsDocuments(t *testing.T) {
	embassy := func(act string) func(*forms.Case) {
		return func(c *forms.Case) {
			c.Decision.VisaAct, c.Decision.Issuer = act, "Амбасада Републике Србије у Москви"
		}
	}
	cases := []struct {
		name     string
		typ      string
		edit     func(*forms.Case)
		has, not []string
	}{
		{"ZoS Art. 38(2): a visa refused by an embassy goes to the foreign ministry through it; 36(2), 36(3)",
			forms.TypeVisaRefusal, embassy(legal.VisaRefused),
			[]string{"МИНИСТАРСТВУ СПОЉНИХ ПОСЛОВА", "преко Амбасаде Републике Србије у Москви", "да Министарство спољних послова, као другостепени орган",
				"одбијен је захтев жалиоца за издавање визе", "чл. 36. ст. 2.", "(чл. 36. ст. 3.", "чл. 38. ст. 3."},
			// A refusal executes nothing: the law's words on suspension, never a suspension claimed.
			[]string{"МИНИСТАРСТВУ УНУТРАШЊИХ", "Министарство унутрашњих послова, као другостепени", "чл. 35. ст. 2.", "Предлог за одлагање", "законито боравио",
				"Такав разлог овде постоји", "одлаже извршење по самом закону"}},
		{"ZoS Art. 37(1), (5), 38(2): a visa annulled by the police, MUP decides, no fee (fees law Art. 19(1)(1))",
			forms.TypeVisaRefusal, func(c *forms.Case) { c.Decision.VisaAct, c.Decision.ByMission = legal.VisaAnnulled, forms.No },
			[]string{"МИНИСТАРСТВУ УНУТРАШЊИХ ПОСЛОВА", "поништена је виза издата жалиоцу", "(чл. 37. ст. 5.", "чл. 19. ст. 1. тач. 1.", "чл. 83. ст. 3."},
			[]string{"СПОЉНИХ", "чл. 36. ст. 2.", "чл. 35. ст. 2."}},
		{"ZoS Art. 99(1), (5): a travel document refused on security grounds, no Art. 9",
			forms.TypeTravelDocumentRefusal, func(c *forms.Case) { c.Decision.SecurityGrounds = forms.Yes },
			[]string{"чл. 99. ст. 1.", "чл. 99. ст. 6.", "одбијен је захтев жалиоца за издавање путне исправе за странца"},
			[]string{"чл. 9. ст. 3.", "чл. 9. ст. 9.", "чл. 83. ст. 3.", "Предлог за одлагање"}},
		{"ZoS Art. 79(1), (2): the ban not lifted, a lawsuit against an одлука",
			forms.TypeEntryBanLiftingRefusal, nil,
			[]string{"УПРАВНОМ СУДУ", "ТУЖБА", "против одлуке о одбијању захтева за укидање, односно скраћивање забране уласка",
				"(чл. 79. ст. 2. Закона о странцима)", "из личних или хуманитарних разлога", "оспорену одлуку поништи"},
			[]string{"оспорено решење поништи", "чл. 83. ст. 3.", "чл. 158.", "у овој жалби", "другостепени орган има увид"}},
		{"ZoS Art. 108(2), (3): an ID card declared invalid",
			forms.TypePermitDeclaredInvalid, func(c *forms.Case) { c.Decision.InvalidDocument = legal.InvalidIDCard },
			[]string{"против решења о проглашавању неважећом личне карте за странца", "лична карта за странца тужиоца проглашена је неважећом",
				"(чл. 108. ст. 3. Закона о странцима)", "чл. 108. ст. 2.", "чл. 72. ст. 7.", "чл. 23. ст. 2."},
			[]string{"чл. 109.", "чл. 83. ст. 3."}},
		{"ZoS Art. 109(1), (2): a residence permit declared invalid",
			forms.TypePermitDeclaredInvalid, func(c *forms.Case) { c.Decision.InvalidDocument = legal.InvalidResidencePermit },
			[]string{"(чл. 109. ст. 2. Закона о странцима)", "чл. 109. ст. 1.", "чл. 66. ст. 5."},
			[]string{"чл. 108."}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := editedCase(tc.typ, tc.edit)
			r, _ := forms.RemedyOf(c)
			docs := render(t, c, Options{Today: signing})
			text := flatText(pdfText(t, docs[FileName(KindAppeal, r.Kind == legal.Lawsuit, "cyrl", "")].PDF))
			checkHasNot(t, text, tc.has, tc.not)
		})
	}
}

// TestActsLaterStage: after an appeal to the foreign ministry (ZoS Art. 38(2)) goes
// unanswered, the silence lawsuit names the foreign ministry as the defendant.
func TestActsLaterStage(t *testing.T) {
	c := finalCase()
	c.Decision.Type, c.Decision.VisaAct = forms.TypeVisaRefusal, legal.VisaRefused
	c.Decision.Issuer = "Амбасада Републике Србије у Москви"
	c.Later.AppealLodged, c.Later.AppealReceivedByBody, c.Later.ReminderSent = "2026-11-19", "2026-11-20", "2027-01-25"
	c.Documents.Signed = "2027-01-28"
	docs := render(t, c, Options{Today: signing})
	d, ok := docs["tuzba-cutanje-uprave.pdf"]
	if !ok {
		t.Fatal("no silence lawsuit")
	}
	text := flatText(pdfText(t, d.PDF))
	for _, w := range []string{"Тужени: Министарство спољних послова Републике Србије", "О жалби одлучује Министарство спољних послова"} {
		if !strings.Contains(text, w) {
			t.Errorf("missing %q", w)
		}
	}
	if strings.Contains(text, "унутрашњих послова") {
		t.Error("names the Ministry of Internal Affairs")
	}
}
