package templates

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"appealdesk/forms"
	"appealdesk/forms/legal"
	"appealdesk/locales"
)

// Data is what a template sees. Every string a person typed has been through
// field (control characters visible, line breaks as paragraph breaks); dates are
// formatted in the document's language ("13.02.2024. године" in Serbian). An empty
// string means "not given": templates test it with {{if}} and print a blank line
// for the lawyer to fill. Story.PrivateNotes is not here, so no template can print it.
type Data struct {
	Lang    string // sr, sr-Latn, ru, en
	Latin   bool   // Serbian Latin script
	Draft   bool   // the draft marking is on: notes for the lawyer are printed
	Type    string // decision.type
	Lawsuit bool   // no appeal lies: the document is a lawsuit to the Administrative Court

	// Bodies (legal.Body ids): who issued the decision, where the remedy is lodged,
	// who decides it: first-instance, border-police, mup, government, administrative-court.
	FirstInstance, LodgedWith, DecidedBy string

	Decision DecisionData
	Remedy   RemedyData
	Person   PersonData
	Rep      RepData
	Family   FamilyData
	Life     LifeData
	Story    StoryData
	Evidence []EvidenceData

	Place string // place of signing
	Date  string // date of signing, "" when unknown
}

// DecisionData is the contested decision.
type DecisionData struct {
	Name          string // „решење о престанку права на привремени боравак“ in the document's language
	NameGen       string // the same after „против“ (Serbian genitive: „решења о …“); = Name in ru/en
	EntryBanText  string // the ban's length after „у трајању од“: „1 године“, „5 година“
	Heading       string // the Serbian heading printed on the paper (Serbian documents only)
	FromLaw       bool   // the heading is the law's own term (else inferred wording)
	Issuer        string
	Number        string
	Issued        string
	Received      string
	Served        string // the legal date of service (ZUP Art. 71, 75–78), when it differs from Received
	Service       string // personal, refused, notice, household, registered-mail, mail, public, ""
	Security      bool   // it cites national security (ZoS Art. 9)
	NoReasons     bool   // the person says it gives no concrete reasons
	NotHeard      bool   // the person was not heard before it
	NoInstruction bool   // it has no legal-remedy instruction
	DepartureDays int
	Immediate     bool
	EntryBan      bool
	EntryBanYears int
	Related       string
}

// RemedyData is the remedy against the decision, from forms/legal.
type RemedyData struct {
	PeriodDays      int
	LastDay         string // the last day as the deadline engine computes it ("" if unknown)
	SafeDay         string // the "safe" day that relies on no extension ("" if the same or unknown)
	LastDayInferred bool   // a step of that computation is an interpretation
	Late            bool   // the date of signing is after the last day
	PeriodBasis     string // formatted citation, e.g. „чл. 66. ст. 5. Закона о странцима“
	Suspensive      string // legal.Suspensive: yes, no, yes-unless-departure
	SuspensiveBasis string
	NonSuspensive   bool // execution may go ahead while the remedy is pending (this case)
	PostponeAtCourt bool // ZUS Art. 23(3)(2) applies
	Postpone        bool // the postponement request is made (argument kept)
	Inspect         bool // the request to inspect the file is made (argument kept)
	DepartureBasis  string
}

// PersonData is the appellant.
type PersonData struct {
	Name            string // as written in Serbian documents, else as in the passport
	PassportName    string // as in the passport when it differs from Name
	Born            string
	Birthplace      string
	Citizenship     string
	Passport        string
	ForeignerNumber string
	Address         string
	City            string
	Phone           string
	Email           string
}

// RepData is the representative, if any.
type RepData struct {
	Name, Role, Address string
}

// ChildData is one child.
type ChildData struct {
	Name, Born, Citizenship, School string
	LivesWith                       bool
}

// FamilyData is family life (ZoS Art. 65, 75; ECHR Art. 8).
type FamilyData struct {
	Spouse            bool
	SpouseName        string
	SpouseCitizenship string
	SpouseStatus      string
	Children          []ChildData
	Other             string
}

// LifeData is length of stay and ties.
type LifeData struct {
	Since     string // date the person came to Serbia
	Years     int    // full years in Serbia at the date of signing (0 if unknown)
	YearsText string // "6 година" in the document's language
	Work      string
	Property  string
	Health    string
	Community string
}

// StoryData is what the person allowed into the appeal.
type StoryData struct {
	Text            string // what happened, only when UseInAppeal is yes
	Activity        bool
	ActivityDetails string
	Risk            bool
	RiskDetails     string
	Detained        bool
}

// EvidenceData is one attachment as listed at the end of the appeal.
type EvidenceData struct {
	N     int
	Title string
	Date  string
}

// data builds the template data for one language.
func (b *builder) data() Data {
	r, c := b.r, b.r.c
	serbian := b.lang == locales.SerbianCyrl || b.lang == locales.SerbianLatin
	latin := b.lang == locales.SerbianLatin
	// txt prepares a typed answer; in a Latin document, answers written in Serbian
	// Cyrillic are transliterated too (names of offices, streets, schools), but text
	// with letters outside the Serbian alphabet (Russian ы, я, ё …) is left as typed.
	txt := func(s string) string {
		s = field(s)
		if latin && serbianCyrillicOnly(s) {
			s = locales.ToLatin(s)
		}
		return s
	}
	date := func(d forms.Date) string {
		if d == "" {
			return ""
		}
		t, ok := parseDate(d)
		if !ok {
			return txt(string(d)) // kept as typed; validation reports it
		}
		return b.date(t)
	}
	d := Data{
		Lang: string(b.lang), Latin: latin, Draft: r.draft, Type: c.Decision.Type,
		Lawsuit:       r.remedy.Kind == legal.Lawsuit,
		FirstInstance: string(r.remedy.FirstInstance),
		LodgedWith:    string(r.remedy.LodgedWith),
		DecidedBy:     string(r.remedy.DecidedBy),
		Place:         txt(c.Documents.Place),
	}
	if !r.signed.IsZero() {
		d.Date = b.date(r.signed)
	}
	dec := c.Decision
	d.Decision = DecisionData{
		Name: r.decisionName(b.tr, b.lang), Issuer: txt(dec.Issuer), Number: txt(dec.Number),
		Issued: date(dec.Issued), Received: date(dec.Received), Service: dec.Service,
		Security: dec.SecurityGrounds == forms.Yes, NoReasons: dec.GivesReasons == forms.No,
		NotHeard: dec.Heard == forms.No, NoInstruction: dec.RemedyInstruction == forms.No,
		Related: txt(dec.Related),
	}
	if r.dtype.SetsDeparture {
		d.Decision.DepartureDays, d.Decision.Immediate = dec.DepartureDays, dec.DepartureImmediate
		d.Decision.EntryBan, d.Decision.EntryBanYears = dec.EntryBan, dec.EntryBanYears
	}
	d.Decision.NameGen = d.Decision.Name
	if serbian {
		d.Decision.NameGen = genitive(d.Decision.Name)
	}
	if d.Decision.EntryBan && dec.EntryBanYears > 0 {
		d.Decision.EntryBanText = b.tr.N("docs.ban_years", dec.EntryBanYears)
	}
	if serbian {
		d.Decision.Heading = r.dtype.Heading
		if latin {
			d.Decision.Heading = locales.ToLatin(d.Decision.Heading)
		}
		d.Decision.FromLaw = r.dtype.HeadingFromLaw
	}
	rem := r.remedy
	d.Remedy = RemedyData{
		PeriodDays: rem.Period.N, PeriodBasis: b.cite(rem.PeriodBasis),
		Suspensive: string(rem.Suspensive), SuspensiveBasis: b.cite(rem.SuspensiveBasis),
		NonSuspensive: r.nonSuspensive(), PostponeAtCourt: rem.PostponeAtCourt,
		Postpone: r.kept[forms.ArgPostponeExecution] && (r.nonSuspensive() || rem.Kind == legal.Lawsuit),
		Inspect:  r.inspectApplies(),
	}
	if !r.lastDay.IsZero() {
		d.Remedy.LastDay = b.date(r.lastDay)
		if !r.safeDay.IsZero() && !r.safeDay.Equal(r.lastDay) {
			d.Remedy.SafeDay = b.date(r.safeDay)
		}
		d.Remedy.LastDayInferred = r.lastDayInferred
		d.Remedy.Late = !r.signed.IsZero() && r.signed.After(r.lastDay)
	}
	if !r.served.IsZero() {
		if rec, ok := parseDate(dec.Received); !ok || !rec.Equal(r.served) {
			d.Decision.Served = b.date(r.served)
		}
	}
	if rem.Departure != nil {
		d.Remedy.DepartureBasis = b.cite(rem.Departure.Basis)
	}
	p := c.Person
	d.Person = PersonData{
		Name: txt(p.FullNameSerbian), Born: date(p.Born), Birthplace: txt(p.Birthplace),
		Citizenship: txt(p.Citizenship), Passport: txt(p.Passport), ForeignerNumber: txt(p.ForeignerNumber),
		Address: txt(p.Address), City: txt(p.City), Phone: txt(p.Phone), Email: txt(p.Email),
	}
	if !serbian || d.Person.Name == "" {
		d.Person.Name = txt(p.FullName)
		if d.Person.Name == "" {
			d.Person.Name = txt(p.FullNameSerbian)
		}
	} else if fn := txt(p.FullName); fn != "" && fn != d.Person.Name {
		d.Person.PassportName = fn
	}
	d.Rep = RepData{Name: txt(c.Representative.Name), Role: txt(c.Representative.Role), Address: txt(c.Representative.Address)}
	f := c.Family
	d.Family = FamilyData{Spouse: f.Spouse == forms.Yes, SpouseName: txt(f.SpouseName),
		SpouseCitizenship: txt(f.SpouseCitizenship), SpouseStatus: txt(f.SpouseStatus), Other: txt(f.Other)}
	for _, ch := range f.Children {
		d.Family.Children = append(d.Family.Children, ChildData{Name: txt(ch.Name), Born: date(ch.Born),
			Citizenship: txt(ch.Citizenship), School: txt(ch.School), LivesWith: ch.LivesWith == forms.Yes})
	}
	d.Life = LifeData{Since: date(p.InSerbiaSince), Work: txt(p.Work), Property: txt(p.Property),
		Health: txt(p.Health), Community: txt(p.Community)}
	if since, ok := parseDate(p.InSerbiaSince); ok && !r.signed.IsZero() {
		d.Life.Years = fullYears(since, r.signed)
		if d.Life.Years > 0 {
			d.Life.YearsText = b.tr.N("docs.years", d.Life.Years)
		}
	}
	s := c.Story
	d.Story = StoryData{Activity: s.Activity == forms.Yes, Risk: s.RiskOnReturn == forms.Yes, Detained: s.Detained}
	// Story.UseInAppeal governs the person's own account and their details of activity
	// and risk: only "yes" lets them into a document. PrivateNotes never enters Data.
	if s.UseInAppeal == forms.Yes {
		d.Story.Text = txt(s.WhatHappened)
		d.Story.ActivityDetails = txt(s.ActivityDetails)
		d.Story.RiskDetails = txt(s.RiskDetails)
	}
	for i, e := range c.Evidence {
		d.Evidence = append(d.Evidence, EvidenceData{N: i + 1, Title: txt(e.Title), Date: date(e.Date)})
	}
	return d
}

// date formats t in the document's language; Serbian administrative style is
// „13.02.2024. године“.
func (b *builder) date(t time.Time) string {
	return b.tr.T("docs.date", "D", fmt.Sprintf("%02d", t.Day()), "M", fmt.Sprintf("%02d", int(t.Month())),
		"Y", t.Year(), "MonthName", b.tr.T(fmt.Sprintf("month.%d", int(t.Month()))), "Day", t.Day())
}

// cite formats a citation in the document's language: „чл. 66. ст. 5. Закона о
// странцима“, „ст. 66 ч. 5 Закона об иностранцах“, "Art. 66(5) of the Law on Foreigners".
func (b *builder) cite(c legal.Citation) string {
	if c.Article == "" {
		return ""
	}
	if c.Law == legal.ECHRCase {
		return c.Article
	}
	law := b.tr.T("docs.law." + string(c.Law))
	art := legal.ArticleIn(b.lang, c.Article) // 46ж → 46ž in Serbian Latin and English
	if c.Paragraph == "" {
		return b.tr.T("docs.cite.article", "Article", art, "Law", law)
	}
	return b.tr.T("docs.cite.paragraph", "Article", art, "Paragraph", c.Paragraph, "Law", law)
}

func fullYears(from, to time.Time) int {
	y := to.Year() - from.Year()
	if to.Month() < from.Month() || to.Month() == from.Month() && to.Day() < from.Day() {
		y--
	}
	if y < 0 {
		return 0
	}
	return y
}

// serbianCyrillicOnly reports whether s has Cyrillic letters and every one of them
// belongs to the Serbian alphabet, so transliteration is exact.
func serbianCyrillicOnly(s string) bool {
	has := false
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			if _, ok := cyrSerbian[unicode.ToLower(r)]; !ok {
				return false
			}
			has = true
		}
	}
	return has
}

var cyrSerbian = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range "абвгдђежзијклљмнњопрстћуфхцчџш" {
		m[r] = true
	}
	return m
}()

// kept is the template function: is argument id part of this appeal?
func (r *renderer) keptFunc(id string) (bool, error) {
	v, ok := r.kept[id]
	if !ok {
		for _, a := range forms.AllArguments {
			if a == id {
				return v, nil
			}
		}
		return false, fmt.Errorf("unknown argument id %q (see forms/arguments.go)", id)
	}
	return v, nil
}

// genitive puts the first word of a Serbian decision name in the genitive, for
// „жалба против решења о …“: решење → решења, одлука → одлуке (either script).
func genitive(name string) string {
	for nom, gen := range map[string]string{"решење": "решења", "одлука": "одлуке", "rešenje": "rešenja", "odluka": "odluke"} {
		if strings.HasPrefix(name, nom) {
			return gen + name[len(nom):]
		}
	}
	return name
}
