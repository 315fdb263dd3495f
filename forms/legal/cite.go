package legal

import (
	"strings"

	"appealdesk/locales"
)

// Citations are worded by the catalogues, per language: the order of article and
// paragraph ("Art. 80(2)", «ч. 2 ст. 80», «члан 80. став 2.») in legal.cite and
// legal.cite.first, each law's abbreviation in legal.abbr.<law> (Latin in English,
// Cyrillic in Russian and Serbian) and its name as it follows "Art. N of" in
// legal.law_of.<law>. The code only decides which form a citation takes.

// abbreviated are the laws cited by an abbreviation a reader has to be told once;
// the holidays law is cited by a short name of its own.
var abbreviated = map[Law]bool{ZoS: true, ZUP: true, ZUS: true, ZUSud: true, ZPP: true, ECHRConv: true}

// citer renders the citations of one text: the first citation of each abbreviated
// law names it in full with its abbreviation ("Art. 80(2) of the Law on General
// Administrative Procedure, hereafter ZUP"), later ones use the abbreviation.
type citer struct {
	tr    *locales.Translator
	named map[Law]bool
}

func newCiter(tr *locales.Translator) *citer {
	return &citer{tr: tr, named: map[Law]bool{}}
}

func (r *citer) cite(c Citation) string {
	if c.Law == ECHRCase {
		return c.Article
	}
	id := "legal.cite"
	if abbreviated[c.Law] && !r.named[c.Law] {
		r.named[c.Law] = true
		id = "legal.cite.first"
	}
	return r.tr.T(id, "Abbrev", r.tr.T("legal.abbr."+string(c.Law)), "Law", r.tr.T("legal.law_of."+string(c.Law)),
		"Article", articleText(r.tr, c.Article), "Paragraph", c.Paragraph)
}

// cites renders a list of citations, joined as the language joins them.
func (r *citer) cites(cs []Citation) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = r.cite(c)
	}
	return strings.Join(parts, r.tr.T("legal.cite.join"))
}

// articleText writes an article's letter in the script of the text: Serbian law
// numbers articles 46ж and 1а; English and Serbian Latin text say 46ž and 1a.
func articleText(tr *locales.Translator, article string) string {
	switch tr.Lang() {
	case locales.English, locales.SerbianLatin:
		return locales.ToLatin(article)
	}
	return article
}

// CiteText renders one citation in tr's language by its abbreviation: "ZUP Art. 80(2)",
// «ч. 2 ст. 80 ЗУП», "члан 80. став 2. ЗУП". Where it stands alone, prefer CitesText,
// which names each law in full once.
func CiteText(tr *locales.Translator, c Citation) string {
	r := newCiter(tr)
	for l := range abbreviated {
		r.named[l] = true
	}
	return r.cite(c)
}

// CitesText renders citations as one text would: each law named in full the first
// time, by its abbreviation after that.
func CitesText(tr *locales.Translator, cs []Citation) string {
	return newCiter(tr).cites(cs)
}
