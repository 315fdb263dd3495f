package templates

import (
	"strings"
	"testing"

	"appealdesk/forms"
	"appealdesk/locales"
)

// TestRemovalTypesInTheAppeal: the appeal against a short-stay cancellation (ZoS Art.
// 39), obligatory residence (93) and a decision on the postponement of removal (84, 85)
// names the act the decision is, pleads that type's own clauses and none of the other
// types', in the Serbian filing and in both reader's copies.
func TestRemovalTypesInTheAppeal(t *testing.T) {
	type texts struct{ sr, ru, en []string }
	cases := []struct {
		name     string
		typ      string
		edit     func(*forms.Case)
		has, not texts
	}{
		{"ZoS Art. 39(3), (4), (5), (7); 78(3), (5) through 39(4); 83(3) with Art. 13: short stay cancelled",
			forms.TypeShortStayCancellation, nil,
			texts{
				sr: []string{"против решења о отказу краткотрајног боравка и забрани уласка", "отказан краткотрајни боравак", "„уколико током краткотрајног боравка странца наступи неки од разлога прописаних овим законом за изрицање забране“ (чл. 39. ст. 3.", "(чл. 39. ст. 4.)", "(чл. 39. ст. 7. Закона о странцима)", "чл. 78. ст. 3.", "чл. 83. ст. 3.", "у вези са чланом 3.", "чл. 19. ст. 1. тач. 1.", "Предлог за одлагање извршења"},
				ru: []string{"отменено краткосрочное пребывание", "(ч. 3 ст. 39 Закона об иностранцах)", "(ч. 4 ст. 39)"},
				en: []string{"short stay in the Republic of Serbia was cancelled", "(Art. 39(3) of the Law on Foreigners)", "(Art. 39(4))"}},
			texts{sr: []string{"чл. 66. ст. 4.", "чл. 65. ст. 1.", "чл. 93.", "чл. 84.", "чл. 85.", "не предвиђа"}}},
		{"ZoS Art. 39(3): a period to leave must be set, at most 30 days; at once is not provided for",
			forms.TypeShortStayCancellation, func(c *forms.Case) { c.Decision.DepartureDays, c.Decision.DepartureImmediate = 0, true },
			texts{sr: []string{"налог да се Република Србија напусти одмах та одредба не предвиђа"}, en: []string{"does not provide for an order to leave at once"}, ru: []string{"эта норма не предусматривает"}}, texts{}},
		{"ZoS Art. 39(3) with ZUP Art. 141(4): a shorter period than 30 days must be reasoned",
			forms.TypeShortStayCancellation, func(c *forms.Case) { c.Decision.DepartureDays = 7 },
			texts{sr: []string{"уз рок од седам дана за напуштање", "краћи рок од највишег орган мора да образложи (чл. 141. ст. 4."}}, texts{}},
		{"ZoS Art. 39(8): a stay on a long-stay (D) visa cancelled, 39(3)–(7) by analogy",
			forms.TypeShortStayCancellation, func(c *forms.Case) { c.Decision.LongStayVisa = forms.Yes },
			texts{
				sr: []string{"против решења о отказу боравка по основу визе за дужи боравак и забрани уласка", "жалиоцу је отказан боравак у Републици Србији по основу визе за дужи боравак", "(чл. 39. ст. 8.)", "(чл. 39. ст. 4. и 8.)"},
				ru: []string{"отменено пребывание в Республике Сербия по визе для длительного пребывания", "(ч. 8 ст. 39)"},
				en: []string{"stay in the Republic of Serbia on a long-stay visa was cancelled", "(Art. 39(8))"}},
			texts{sr: []string{"отказан краткотрајни боравак", "против решења о отказу краткотрајног"}, en: []string{"short stay in the Republic"}, ru: []string{"отменено краткосрочное"}}},
		{"ZoS Art. 93(1), 87(3), 93(2), (3), (9); ZUP Art. 6(2): obligatory residence ordered",
			forms.TypeObligatoryResidence, func(c *forms.Case) {
				c.Decision.Obligatory = forms.ObligatoryOrdered
				c.Arguments = map[string]bool{forms.ArgProportionality: true}
			},
			texts{
				sr: []string{"против решења о обавезном боравку у одређеном месту", "жалиоцу је одређен обавезни боравак у одређеном месту", "(чл. 93. ст. 1. Закона о странцима)", "(чл. 87. ст. 3.)", "„у временском трајању до једне године“", "(чл. 93. ст. 3.)", "(чл. 6. ст. 2. Закона о општем управном поступку)", "(чл. 93. ст. 9. Закона о странцима)", "обавезни боравак одређен ради спровођења таквог удаљења нема законит циљ", "чл. 19. ст. 1. тач. 1."},
				ru: []string{"назначено обязательное проживание", "(ч. 1 ст. 93 Закона об иностранцах)", "(ч. 2 ст. 6 Закона об общем административном производстве)"},
				en: []string{"was ordered to reside at a designated place", "(Art. 93(1) of the Law on Foreigners)", "(Art. 6(2) of the Law on General Administrative Procedure)"}},
			texts{
				sr: []string{"у вези са чланом 3.", "чл. 39.", "чл. 85. ст. 2.", "чл. 87. ст. 6.", "отпусти", "Протокола бр. 7 уз Европску конвенцију о људским правима:"},
				en: []string{"taken with Art. 3"}, ru: []string{"во взаимосвязи со статьёй 3 только"}}},
		{"ZoS Art. 93(4): a permit to leave the place refused, asked by the person",
			forms.TypeObligatoryResidence, func(c *forms.Case) {
				c.Decision.Obligatory = forms.ObligatoryLeaveRefused
				c.Person.Gender = "female"
			},
			texts{
				sr: []string{"против решења о одбијању захтева за привремено напуштање места обавезног боравка", "одбијен је захтев жалиље за одобрење привременог напуштања места обавезног боравка", "„кад за то постоје оправдани разлози“ (чл. 93. ст. 4.", "које је жалиља навела", "тако што ће жалиљи одобрити привремено напуштање места обавезног боравка (чл. 93. ст. 4."},
				ru: []string{"отклонено заявление заявительницы о разрешении временно покинуть место обязательного проживания", "назвала"},
				en: []string{"application for permission to leave the place of obligatory residence temporarily was refused", "by allowing the appellant to leave"}},
			texts{sr: []string{"чл. 87. ст. 3.", "нема законит циљ", "чл. 19. ст. 1. тач. 1.", "Предлог за одлагање извршења", "стога предлаже одлагање"}}},
		{"ZoS Art. 85(2), (4), (6); 84(1) with 83(3); 84(2): postponement revoked",
			forms.TypeRemovalPostponement, func(c *forms.Case) { c.Decision.Postponement = forms.PostponementRevoked },
			texts{
				sr: []string{"против решења којим се укида одлагање принудног удаљења", "укинуто је одлагање принудног удаљења жалиоца", "„се укида уколико основ за одлагање престане да постоји или уколико се странац не придржава обавеза које проистичу из обавезног боравка“ (чл. 85. ст. 2.", "Жалба одлаже извршење решења (чл. 85. ст. 6. Закона о странцима)", "надлежни орган „донеће“ (чл. 84. ст. 1.)", "док тај ризик траје", "(чл. 84. ст. 2. Закона о странцима)", "чл. 19. ст. 1. тач. 1."},
				ru: []string{"отменена отсрочка принудительного выдворения", "(ч. 2 ст. 85 Закона об иностранцах)", "(ч. 2 ст. 84 Закона об иностранцах)"},
				en: []string{"the postponement of the appellant's forced removal was revoked", "(Art. 85(2) of the Law on Foreigners)", "(Art. 84(2) of the Law on Foreigners)"}},
			texts{sr: []string{"Предлог за одлагање извршења", "чл. 23. ст. 3.", "у вези са чланом 3.", "не одлаже извршење"}}},
		{"ZoS Art. 84(1), (3), 85(1): postponement granted, appealed for its terms",
			forms.TypeRemovalPostponement, func(c *forms.Case) {
				c.Decision.Postponement = forms.PostponementGranted
				c.Arguments = map[string]bool{forms.ArgProportionality: true}
			},
			texts{
				sr: []string{"против решења о одлагању принудног удаљења", "жалиоцу је одложено принудно удаљење", "„се одобрава на период до годину дана и може се продужити“ (чл. 85. ст. 1.", "„може да одреди“ (чл. 84. ст. 3.)"},
				en: []string{"forced removal from the Republic of Serbia was postponed", "(Art. 84(3))"}},
			texts{sr: []string{"чл. 85. ст. 2.", "чл. 19. ст. 1. тач. 1.", "док тај ризик траје"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := editedCase(tc.typ, tc.edit)
			r, err := newRenderer(c, Options{Today: signing, NoDraftMark: true})
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range []struct {
				kind     Kind
				lang     locales.Lang
				has, not []string
			}{
				{KindAppeal, locales.SerbianCyrl, tc.has.sr, tc.not.sr},
				{KindReaderCopy, locales.Russian, tc.has.ru, tc.not.ru},
				{KindReaderCopy, locales.English, tc.has.en, tc.not.en},
			} {
				text, err := r.newBuilderOf(l.kind, KindAppeal, l.lang).execute(tmplAppeal)
				if err != nil {
					t.Fatal(err)
				}
				text = flatText(text)
				for _, w := range l.has {
					if !strings.Contains(text, w) {
						t.Errorf("%s: missing %q", l.lang, w)
					}
				}
				for _, w := range l.not {
					if strings.Contains(text, w) {
						t.Errorf("%s: prints %q", l.lang, w)
					}
				}
			}
		})
	}
}
