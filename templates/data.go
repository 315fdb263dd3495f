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
// field (control characters visible, line breaks as paragraph breaks) and is made fit
// for the document's language: in a Serbian document a name typed in Russian letters
// is transcribed into Serbian Cyrillic, and other text that is not Serbian is marked
// for translation (a draft only: a final copy with such text is refused); in the
// English reader's copy Cyrillic is written in Latin letters. Dates are formatted in
// the document's language ("13.02.2024. године" in Serbian). An empty string means
// "not given": templates test it with {{if}} and print a blank line for the lawyer to
// fill. Story.PrivateNotes is not here, so no template can print it. What the law
// says — which remedy, whether it suspends, whether the remedy is in time, which
// clauses fit — comes from forms and forms/legal, computed once; templates only say it.
type Data struct {
	Lang   string // sr, sr-Latn, ru, en
	Latin  bool   // Serbian Latin script
	Draft  bool   // the draft marking is on: notes for the lawyer are printed
	Reader bool   // a reader's copy, not for filing: no signature lines
	// Doc is the document: appeal (the appeal, or the lawsuit), index, postpone, inspect.
	Doc string
	// Party is who lodges the document, for the shared definitions who, whose, whom …:
	// appellant, claimant, applicant, constitutional-applicant, proposer, principal.
	Party string
	// Forum is where the document is lodged (forms.Forum: administrative, court, review,
	// constitutional): who may sign it for the person, and which power of attorney.
	Forum   string
	Type    string // decision.type
	Lawsuit bool   // no appeal lies: the document is a lawsuit to the Administrative Court

	// Bodies (legal.Body ids): who issued the decision, where the remedy is lodged,
	// who decides it: first-instance, border-police, mup, government, administrative-court.
	FirstInstance, LodgedWith, DecidedBy string

	Decision DecisionData
	Remedy   RemedyData
	Time     TimeData
	Susp     SuspensionData
	Law      LawData
	Person   PersonData
	Rep      RepData
	Family   FamilyData
	Life     LifeData
	Story    StoryData
	Evidence []EvidenceData
	// DecisionAttached: an evidence item is the contested decision itself (category
	// decision), so the attachments need not add its copy (ZUS Art. 22(2) for lawsuits).
	DecisionAttached bool
	// Const holds the Constitution's articles the lawyer confirmed, by right
	// (forms.ConstitutionRights): "36. ст. 2." or "" (the template prints a blank).
	Const map[string]string

	Place string // place of signing
	Date  string // date of signing, "" when unknown
}

// DecisionData is the contested decision.
type DecisionData struct {
	Name         string // „решење о престанку права на привремени боравак“ in the document's language
	NameGen      string // the same after „против“ (Serbian genitive: „решења о …“); = Name in ru/en
	EntryBanText string // the ban's length after „у трајању од“: „две године“, „12 година“
	Heading      string // the Serbian heading printed on the paper (Serbian documents only)
	FromLaw      bool   // the heading is the law's own term (else inferred wording)
	Issuer       string
	IssuerGen    string // the issuer in the genitive („Полицијске управе за град Београд“), "" if unknown
	IssuerDat    string // the issuer in the dative („Полицијској управи за град Београд“), "" if unknown
	// Odluka: the law calls the act an одлука (ZoS Art. 15, 38, 79(2)), not a решење:
	// the Serbian text declines it in the feminine („побијана одлука“).
	Odluka        bool
	Number        string
	Issued        string
	Received      string
	Served        string // the legal date of service (ZUP Art. 71, 75–78), when it differs from Received
	Service       string // personal, refused, notice, household, registered-mail, mail, public, ""
	Security      bool   // it cites national security (ZoS Art. 9)
	NoReasons     bool   // the person says it gives no concrete reasons
	NotHeard      bool   // the person was not heard before it
	NoInstruction bool   // it has no legal-remedy instruction
	// InstructionBody is the body the legal-remedy instruction names (type other:
	// the addressee, ZUP Art. 141(5)), as typed; InstructionBodyDat and -Gen the same in the
	// Serbian dative and genitive where it can be declined, else "".
	InstructionBody, InstructionBodyDat, InstructionBodyGen string
	InstructionDays                                         int // the period the instruction names, 0 if none
	DepartureDays                                           int
	Immediate                                               bool
	EntryBan                                                bool
	EntryBanYears                                           int
	Related                                                 string
	// Held: the person held Serbian residence when the decision was made (yes, no, "").
	Held string
	// Act: what the decision did, where one type covers several acts (decisionAct):
	// granted or revoked (removal-postponement, ZoS Art. 85(4)), ordered or leave-refused
	// (obligatory-residence, 93(7)), d-visa (a stay on a long-stay visa cancelled, 39(8)),
	// a visa act (refused, border, extension, annulled, revoked; 34–38) or the document
	// declared invalid (id-card, temporary-id-card, residence-permit, unique-permit;
	// 108–109); "" if not answered or not such a type.
	Act string
}

// RemedyData is the remedy against the decision, from forms/legal.
type RemedyData struct {
	PeriodDays      int
	LastDay         string // the last day as the deadline engine computes it ("" if unknown)
	SafeDay         string // the "safe" day that relies on no extension ("" if the same or unknown)
	LastDayInferred bool   // a step of that computation is an interpretation
	Late            bool   // lodged after the last day (Time.Late)
	PeriodBasis     string // formatted citation, e.g. „чл. 66. ст. 5. Закона о странцима“
	Suspensive      string // legal.Suspensive: yes, no, yes-unless-departure
	SuspensiveBasis string
	NonSuspensive   bool // execution may go ahead while the remedy is pending (this case)
	PostponeAtCourt bool // ZUS Art. 23(3)(2) applies
	// NoAppealBasis is the article of the Law on Foreigners that excludes an appeal and
	// opens a lawsuit (ZoS Art. 90, 81(2)), for a lawsuit; "" otherwise.
	NoAppealBasis  string
	Postpone       bool // the postponement request is made (argument kept)
	Inspect        bool // the request to inspect the file is made (argument kept)
	DepartureBasis string
}

// TimeData says whether the remedy is lodged in time (forms.TimelinessOf). Only
// Timely lets a document say so; Late and Unknown make every document silent on it.
type TimeData struct {
	Timely, Late, Unknown bool
	LastDay               string // the last day, "" if unknown
	Lodging               string // the lodging day (documents.lodging, else the date of signing)
}

// SuspensionData is the one statement on suspensive effect every document makes,
// from forms/legal (Remedy.Suspensive, its basis and exception).
type SuspensionData struct {
	// Rule: yes (the remedy stops execution), no, yes-unless-departure.
	Rule  string
	Basis string // formatted citation of the rule
	// Exception: art83 (ZoS Art. 38(3): unless a reason of Art. 83), art83-humanitarian
	// (ZoS Art. 80(3): a real risk under Art. 83 or serious humanitarian reasons),
	// departure (the exception applies: a period to leave or a ban is set), "".
	Exception string
	// Here is the effect in this case: suspends, does-not, claimed (the rule's
	// exception is claimed because a risk under ZoS Art. 83 is pleaded: the remedy
	// suspends by law, and postponement is asked in the alternative; never for an act
	// that only refuses what was asked, legal.Remedy.RefusalOnly: nothing is executed).
	Here string
}

// LawData is the law the documents plead for this decision (forms.PleadingFor): the
// type's own clauses, Protocol No. 7, non-refoulement, the fee.
type LawData struct {
	Weigh, SecurityWeigh, Ban string
	Security                  bool
	Protocol7                 bool
	NonRefoulement            bool
	ExOfficio                 bool
	// ZoS: the Law on Foreigners governs the decision (forms.Pleading.ForeignersLaw);
	// false for asylum (ZoS Art. 2(1)(1)) and other: no clause of it is pleaded.
	ZoS bool
}

// PersonData is the appellant.
type PersonData struct {
	Name             string // in Serbian documents Serbian Cyrillic (transcribed if typed in Russian), else as in the passport
	PassportName     string // as in the passport when it differs from Name
	Female           bool   // person.gender = female: feminine forms (жалиља, тужиља)
	Male             bool   // person.gender = male (the spouse is then „супруга“)
	Born             string
	Birthplace       string
	Citizenship      string // the country's name in the document's language
	CitizenshipOther string
	Ground           string // the ground of residence after „по основу“ („запошљавања“), "" if none
	GroundItem       string // its item of ZoS Art. 40(1), "" for Art. 40(4) or none
	Passport         string
	ForeignerNumber  string
	Address          string
	City             string
	Phone            string
	Email            string
}

// RepData is the representative, if any, and whether the law lets them sign the
// document (ZUP Art. 49; ZPP Art. 85 through ZUS Art. 74): a representative the
// forum does not admit is not named and the person signs.
type RepData struct {
	Name, Role, Address string
	Allowed             bool // may sign this document for the person
	Lawyer              bool
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
	N        int
	Title    string
	Date     string
	Category string // forms.EvidenceCategories: decision, identity, family …
}

// text kinds for prepare: a name or place is transcribed, free text is marked.
const (
	asName = iota
	asFree
)

// prepare makes a typed answer fit for the document's language (see Data).
func (b *builder) prepare(s string, kind int) string {
	s = field(s)
	if s == "" {
		return ""
	}
	switch b.lang {
	case locales.SerbianCyrl, locales.SerbianLatin:
		if kind == asName && locales.HasRussianLetters(s) {
			s = locales.RussianToSerbian(s)
			if b.r.draft {
				s += " " + b.tr.T("docs.mark.transcribed")
			}
		} else if kind == asFree {
			if l := locales.ClassifyText(s); l == locales.TextRussian || l == locales.TextOther {
				return b.tr.T("docs.mark.translate") + " " + s
			}
		}
		if b.lang == locales.SerbianLatin && serbianCyrillicOnly(s) {
			s = locales.ToLatin(s)
		}
	case locales.English:
		// Serbian text in Serbian Latin, Russian (or text with Russian in it) in the
		// Latin letters an English reader reads.
		if serbianCyrillicOnly(s) && locales.ClassifyText(s) == locales.TextSerbian {
			s = locales.ToLatin(s)
		} else {
			s = locales.RussianToLatin(s)
		}
	}
	return s
}

// data builds the template data for one language.
func (b *builder) data() Data {
	r, c := b.r, b.r.c
	serbian := b.lang == locales.SerbianCyrl || b.lang == locales.SerbianLatin
	latin := b.lang == locales.SerbianLatin
	name := func(s string) string { return b.prepare(s, asName) }
	txt := func(s string) string { return b.prepare(s, asFree) }
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
		Lang: string(b.lang), Latin: latin, Draft: r.draft, Reader: b.kind == KindReaderCopy, Type: c.Decision.Type,
		Doc: docNames[b.doc], Party: b.party(), Forum: string(b.forum()),
		Lawsuit:       r.remedy.Kind == legal.Lawsuit,
		FirstInstance: string(r.remedy.FirstInstance),
		LodgedWith:    string(r.remedy.LodgedWith),
		DecidedBy:     string(r.remedy.DecidedBy),
		Place:         name(c.Documents.Place),
		Const:         map[string]string{},
	}
	if !r.signed.IsZero() {
		d.Date = b.date(r.signed)
	}
	for _, right := range forms.ConstitutionRights {
		if v, _ := forms.Get(c, "documents.constitution."+right); strings.TrimSpace(v) != "" {
			d.Const[right] = b.prepare(v, asFree)
		}
	}
	dec := c.Decision
	d.Decision = DecisionData{
		Name: r.decisionName(b.tr, b.lang), Issuer: txt(dec.Issuer), Number: txt(dec.Number),
		Issued: date(dec.Issued), Received: date(dec.Received), Service: dec.Service,
		Security: dec.SecurityGrounds == forms.Yes, NoReasons: dec.GivesReasons == forms.No,
		NotHeard: dec.Heard == forms.No, NoInstruction: dec.RemedyInstruction == forms.No,
		Related: txt(dec.Related), Held: string(dec.HeldResidence), Act: decisionAct(dec),
		Odluka: dec.Type == forms.TypeEntryRefusal || dec.Type == forms.TypeVisaRefusal || dec.Type == forms.TypeEntryBanLiftingRefusal ||
			dec.Type == forms.TypeAsylum, // the asylum law's „одлука“ (ZAPZ Art. 38, 40(5), 41(7), 42(4))
	}
	if dec.RemedyInstruction != forms.No && strings.TrimSpace(dec.InstructionBody) != "" {
		d.Decision.InstructionBody = txt(dec.InstructionBody)
	}
	if dec.RemedyInstruction != forms.No {
		d.Decision.InstructionDays = dec.InstructionDays
		if serbian {
			d.Decision.InstructionBodyDat = issuerDative(field(dec.InstructionBody))
			d.Decision.InstructionBodyGen = issuerGenitive(field(dec.InstructionBody))
			if latin {
				d.Decision.InstructionBodyDat = locales.ToLatin(d.Decision.InstructionBodyDat)
				d.Decision.InstructionBodyGen = locales.ToLatin(d.Decision.InstructionBodyGen)
			}
		}
	}
	if serbian && d.Decision.Issuer != "" {
		d.Decision.IssuerGen = issuerGenitive(field(dec.Issuer))
		d.Decision.IssuerDat = issuerDative(field(dec.Issuer))
		if latin {
			d.Decision.IssuerGen, d.Decision.IssuerDat = locales.ToLatin(d.Decision.IssuerGen), locales.ToLatin(d.Decision.IssuerDat)
		}
	}
	if r.dtype.SetsDeparture {
		d.Decision.DepartureDays, d.Decision.Immediate = dec.DepartureDays, dec.DepartureImmediate
		d.Decision.EntryBan, d.Decision.EntryBanYears = dec.EntryBan, dec.EntryBanYears
	}
	d.Decision.NameGen = d.Decision.Name
	if serbian || b.lang == locales.Russian {
		d.Decision.NameGen = genitive(d.Decision.Name)
	}
	if d.Decision.EntryBan && dec.EntryBanYears > 0 {
		d.Decision.EntryBanText = b.banYears(dec.EntryBanYears)
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
	if rem.Kind == legal.Lawsuit {
		if rem.NoAppeal != nil && rem.PeriodBasis.Law != legal.ZoS {
			d.Remedy.NoAppealBasis = b.cite(*rem.NoAppeal) // ZoS Art. 79(2), 81(2), 108(3), 109(2)
		} else if rem.PeriodBasis.Law == legal.ZoS {
			d.Remedy.NoAppealBasis = b.cite(rem.PeriodBasis) // ZoS Art. 90: no appeal, a lawsuit in 8 days
		} else {
			for _, a := range rem.Articles {
				if a.Law == legal.ZoS {
					d.Remedy.NoAppealBasis = b.cite(a) // ZoS Art. 81(2)
					break
				}
			}
		}
	}
	if !r.lastDay.IsZero() {
		d.Remedy.LastDay = b.date(r.lastDay)
		if !r.safeDay.IsZero() && !r.safeDay.Equal(r.lastDay) {
			d.Remedy.SafeDay = b.date(r.safeDay)
		}
		d.Remedy.LastDayInferred = r.lastDayInferred
	}
	switch r.timeliness {
	case forms.Timely:
		d.Time.Timely = true
	case forms.Late:
		d.Time.Late, d.Remedy.Late = true, true
	default:
		d.Time.Unknown = true
	}
	if !r.lastDay.IsZero() {
		d.Time.LastDay = b.date(r.lastDay)
	}
	if !r.lodging.IsZero() {
		d.Time.Lodging = b.date(r.lodging)
	}
	d.Susp = b.suspension()
	p := r.pleading
	d.Law = LawData{Weigh: p.Weigh, SecurityWeigh: p.SecurityWeigh, Ban: p.Ban, Security: p.Security,
		Protocol7: p.Protocol7, NonRefoulement: p.NonRefoulement, ExOfficio: p.ExOfficio, ZoS: p.ForeignersLaw}
	if !r.served.IsZero() {
		if rec, ok := parseDate(dec.Received); !ok || !rec.Equal(r.served) {
			d.Decision.Served = b.date(r.served)
		}
	}
	if rem.Departure != nil {
		d.Remedy.DepartureBasis = b.cite(rem.Departure.Basis)
	}
	pe := c.Person
	d.Person = PersonData{
		Name: name(pe.FullNameSerbian), Female: pe.Gender == "female", Male: pe.Gender == "male", Born: date(pe.Born),
		Birthplace: name(pe.Birthplace), Citizenship: b.country(pe.Citizenship),
		CitizenshipOther: b.country(pe.CitizenshipOther), Passport: txt(pe.Passport),
		ForeignerNumber: txt(pe.ForeignerNumber), Address: txt(pe.Address), City: name(pe.City),
		Phone: field(pe.Phone), Email: field(pe.Email),
	}
	if g := pe.ResidenceGround; forms.IsResidenceGround(g) && residenceGroundPrinted(c) {
		d.Person.Ground = b.tr.T("docs.ground." + g)
		d.Person.GroundItem = forms.ResidenceGroundItem(g)
	}
	// The name: in Serbian documents the Serbian form (transcribed from Russian if need
	// be) with the passport's Latin spelling beside it; in a reader's copy the passport's.
	passport := field(pe.FullName)
	if serbian {
		if d.Person.Name == "" && passport != "" {
			d.Person.Name = name(passport)
			if locales.HasRussianLetters(passport) || unicode.Is(unicode.Cyrillic, firstLetter(passport)) {
				passport = "" // typed in Cyrillic: there is no Latin spelling to keep
			}
		}
		if passport != "" && !strings.EqualFold(passport, d.Person.Name) && !unicode.Is(unicode.Cyrillic, firstLetter(passport)) {
			d.Person.PassportName = passport
		}
	} else if passport != "" {
		d.Person.Name = b.prepare(passport, asName)
	} else {
		d.Person.Name = b.prepare(pe.FullNameSerbian, asName)
	}
	role := forms.RepresentativeRole(c)
	d.Rep = RepData{Name: name(c.Representative.Name), Address: txt(c.Representative.Address),
		Allowed: forms.MayRepresent(b.forum(), role), Lawyer: role == forms.RoleLawyer}
	switch {
	case role == forms.RoleOther:
		if t := strings.TrimSpace(c.Representative.Role); t != "" && t != forms.RoleOther {
			d.Rep.Role = txt(t)
		}
	case role != "":
		d.Rep.Role = b.tr.T("docs.role." + role)
	}
	f := c.Family
	d.Family = FamilyData{Spouse: f.Spouse == forms.Yes, SpouseName: name(f.SpouseName),
		SpouseCitizenship: b.country(f.SpouseCitizenship), Other: txt(f.Other)}
	if forms.IsSpouseStatus(f.SpouseStatus) {
		d.Family.SpouseStatus = b.tr.T("docs.spouse_status." + f.SpouseStatus)
	} else {
		d.Family.SpouseStatus = txt(f.SpouseStatus)
	}
	for _, ch := range f.Children {
		cit := b.country(ch.Citizenship)
		if o := b.country(ch.CitizenshipOther); o != "" {
			cit = b.tr.T("docs.and", "A", cit, "B", o)
		}
		d.Family.Children = append(d.Family.Children, ChildData{Name: name(ch.Name), Born: date(ch.Born),
			Citizenship: cit, School: txt(ch.School), LivesWith: ch.LivesWith == forms.Yes})
	}
	d.Life = LifeData{Since: date(pe.InSerbiaSince), Work: txt(pe.Work), Property: txt(pe.Property),
		Health: txt(pe.Health), Community: txt(pe.Community)}
	if since, ok := parseDate(pe.InSerbiaSince); ok && !r.signed.IsZero() {
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
		d.Evidence = append(d.Evidence, EvidenceData{N: i + 1, Title: txt(e.Title), Date: date(e.Date), Category: e.Category})
		d.DecisionAttached = d.DecisionAttached || e.Category == "decision"
	}
	return d
}

// docNames are the Data.Doc of each template file.
var docNames = map[string]string{tmplAppeal: "appeal", tmplIndex: "index", tmplPostpone: "postpone", tmplInspect: "inspect"}

// Who lodges a document (Data.Party), by which the shared definitions (who, whose,
// whom, whoacc, withwho in zajednicko.tmpl) name the person.
const (
	PartyAppellant      = "appellant"                // жалилац / жалиља
	PartyClaimant       = "claimant"                 // тужилац / тужиља
	PartyApplicant      = "applicant"                // подносилац / подноситељка захтева
	PartyConstitutional = "constitutional-applicant" // подносилац / подноситељка уставне жалбе
	PartyProposer       = "proposer"                 // предлагач / предлагачица
	PartyPrincipal      = "principal"                // властодавац / властодавка (a power of attorney)
)

// Parties lists every Data.Party, for tests of the shared definitions.
var Parties = []string{PartyAppellant, PartyClaimant, PartyApplicant, PartyConstitutional, PartyProposer, PartyPrincipal}

// documentParty and documentForum say, for a template file that is not the first
// remedy, who lodges it and where; a file that is in neither follows the remedy (the
// appeal before the administrative bodies, the lawsuit before the court). A new
// document adds its file to these maps, and its template can then use the
// shared definitions as they are.
var (
	documentParty = map[string]string{tmplPostpone: PartyApplicant, tmplInspect: PartyApplicant}
	documentForum = map[string]forms.Forum{tmplPostpone: forms.ForumCourt}
)

// party is who lodges this document.
func (b *builder) party() string {
	if p, ok := documentParty[b.doc]; ok {
		return p
	}
	if b.r.remedy.Kind == legal.Lawsuit {
		return PartyClaimant
	}
	return PartyAppellant
}

// residenceGroundPrinted: the ground of residence is asked for these decisions.
func residenceGroundPrinted(c *forms.Case) bool {
	s, f := forms.FieldByPath("person.residence_ground")
	return s != nil && f.Applies(c)
}

func firstLetter(s string) rune {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return r
		}
	}
	return 0
}

// country is a citizenship's name in the document's language: a code of
// forms.Countries by the catalogue, text from an older file as typed.
func (b *builder) country(v string) string {
	if id := forms.CountryNameID(v); id != "" {
		return b.tr.T(id)
	}
	return b.prepare(v, asFree)
}

// forum is where this document is lodged: the appeal and the inspection request
// before the administrative bodies, the lawsuit and the request to postpone
// execution (ZUS Art. 23) before the Administrative Court.
func (b *builder) forum() forms.Forum {
	if f, ok := documentForum[b.doc]; ok {
		return f
	}
	if b.r.remedy.Kind == legal.Lawsuit {
		return forms.ForumCourt
	}
	return forms.ForumAdministrative
}

// suspension states the remedy's suspensive effect once, from forms/legal.
func (b *builder) suspension() SuspensionData {
	r := b.r
	rem := r.remedy
	s := SuspensionData{Rule: string(rem.Suspensive), Basis: b.cite(rem.SuspensiveBasis)}
	switch rem.SuspensiveExceptionID {
	case "legal.suspensive.except_art83":
		s.Exception = "art83"
	case "legal.suspensive.except_art83_humanitarian":
		s.Exception = "art83-humanitarian"
	case "legal.suspensive.except_departure":
		if r.departureOrBan() {
			s.Exception = "departure"
		}
	}
	switch {
	case !r.nonSuspensive() && rem.Kind == legal.Appeal:
		s.Here = "suspends"
	case (s.Exception == "art83" || s.Exception == "art83-humanitarian") && r.kept[forms.ArgRiskOnReturn] && !rem.RefusalOnly:
		// (a refusal executes nothing: the law's words are stated, no suspension claimed)
		s.Here = "claimed"
	default:
		s.Here = "does-not"
	}
	return s
}

// date formats t in the document's language; Serbian administrative style is
// „13.02.2024. године“.
func (b *builder) date(t time.Time) string {
	return b.tr.T("docs.date", "D", fmt.Sprintf("%02d", t.Day()), "M", fmt.Sprintf("%02d", int(t.Month())),
		"Y", t.Year(), "MonthName", b.tr.T(fmt.Sprintf("month.%d", int(t.Month()))), "Day", t.Day())
}

// days is a number of days as the law writes it: words up to ten („осам дана“),
// digits above („15 дана“), with the right plural in every language.
func (b *builder) days(n int) string {
	s := b.tr.N("docs.days", n)
	if n >= 1 && n <= 10 {
		s = strings.Replace(s, fmt.Sprint(n), b.tr.T(fmt.Sprintf("docs.word.%d", n)), 1)
	}
	return s
}

// banYears is the length of an entry ban after „у трајању од“: words up to ten
// („једне године“, „пет година“), digits above.
func (b *builder) banYears(n int) string {
	if n >= 1 && n <= 10 {
		return b.tr.T(fmt.Sprintf("docs.ban_words.%d", n))
	}
	return b.tr.N("docs.ban_years", n)
}

// cite formats a citation in the document's language: „чл. 66. ст. 5. Закона о
// странцима“, „ч. 5 ст. 66 Закона об иностранцах“, "Art. 66(5) of the Law on Foreigners".
func (b *builder) cite(c legal.Citation) string {
	if c.Article == "" {
		return ""
	}
	if c.Law == legal.ECHRCase {
		return c.Article
	}
	law := b.tr.T("docs.law." + string(c.Law))
	article := legal.ArticleIn(b.lang, c.Article) // 46ж → 46ž in Serbian Latin and English
	suffix := ""
	if r := []rune(c.Article); len(r) > 0 && unicode.IsLetter(r[len(r)-1]) {
		suffix = "_letter" // „чл. 46ж ст. 9.“: no ordinal dot after a letter
	}
	if c.Paragraph == "" {
		return b.tr.T("docs.cite.article"+suffix, "Article", article, "Law", law)
	}
	return b.tr.T("docs.cite.paragraph"+suffix, "Article", article, "Paragraph", c.Paragraph, "Law", law)
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

// kept is the template function: is argument id part of this document?
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

// decisionAct is what the decision did where its type covers two acts (DecisionData.Act).
func decisionAct(d forms.Decision) string {
	switch d.Type {
	case forms.TypeRemovalPostponement:
		return d.Postponement
	case forms.TypeObligatoryResidence:
		return d.Obligatory
	case forms.TypeShortStayCancellation:
		if d.LongStayVisa == forms.Yes {
			return "d-visa" // ZoS Art. 39(8)
		}
	case forms.TypeVisaRefusal:
		return d.VisaAct
	case forms.TypePermitDeclaredInvalid:
		return d.InvalidDocument
	}
	return ""
}

// genitive puts the first word of a decision's name in the genitive, for „жалба
// против решења о …“: решење → решења, одлука → одлуке (either script); Russian
// решение → решения.
func genitive(name string) string {
	for nom, gen := range map[string]string{"решење": "решења", "одлука": "одлуке", "rešenje": "rešenja", "odluka": "odluke", "решение": "решения"} {
		if strings.HasPrefix(name, nom) {
			return gen + name[len(nom):]
		}
	}
	return name
}

// issuerGenitive declines the name of a Serbian authority as typed in the nominative
// („Полицијска управа за град Београд, Управа за странце“) into the genitive for
// „преко …“ and running text („Полицијске управе за град Београд, Управе за
// странце“); "" when it cannot (see issuerCase).
func issuerGenitive(s string) string { return issuerCase(s, genitiveCase) }

// issuerDative declines it into the dative, for the addressee of a request
// („Полицијској управи за град Београд, Управи за странце“).
func issuerDative(s string) string { return issuerCase(s, dativeCase) }

const (
	genitiveCase = iota
	dativeCase
)

// issuerCase declines each comma-separated part's leading words, up to the first word
// that takes no ending (a preposition or a word already in the genitive), by a table
// of the words these names use; "" when a leading word is not in the table, so the
// document falls back to the nominative after a colon rather than guess.
func issuerCase(s string, grammaticalCase int) string {
	parts := strings.Split(s, ",")
	for i, part := range parts {
		words := strings.Fields(part)
		if len(words) == 0 {
			return ""
		}
		declined := false
		for j, w := range words {
			lower := strings.ToLower(w)
			if issuerStop[lower] || j > 0 && !unicode.IsUpper(firstLetter(w)) && !issuerWords.has(lower) {
				break
			}
			forms, ok := issuerWords[lower]
			if !ok {
				if j == 0 {
					return ""
				}
				break // a proper name after the head word: Београд, Нови Сад
			}
			g := forms[grammaticalCase]
			if unicode.IsUpper(firstLetter(w)) {
				g = capitalise(g)
			}
			words[j] = g
			declined = true
		}
		if !declined {
			return ""
		}
		lead := ""
		if strings.HasPrefix(part, " ") {
			lead = " "
		}
		parts[i] = lead + strings.Join(words, " ")
	}
	return strings.Join(parts, ",")
}

// issuerStop are words after which a name takes no more endings.
var issuerStop = map[string]bool{"за": true, "у": true, "на": true, "при": true, "–": true, "-": true, "—": true}

// wordTable maps a word's nominative to its genitive and dative.
type wordTable map[string][2]string

func (t wordTable) has(w string) bool { _, ok := t[w]; return ok }

// issuerWords: the nominative → genitive and dative of the words in the names of the
// bodies that issue these decisions (MUP, police administrations and stations, the
// border police, the Directorate for Foreigners, the Shelter), and words already in
// the genitive, which do not decline.
var issuerWords = wordTable{
	"министарство": {"министарства", "министарству"}, "управа": {"управе", "управи"},
	"полицијска": {"полицијске", "полицијској"}, "станица": {"станице", "станици"},
	"гранична": {"граничне", "граничној"}, "полиција": {"полиције", "полицији"},
	"одељење": {"одељења", "одељењу"}, "одсек": {"одсека", "одсеку"}, "сектор": {"сектора", "сектору"},
	"центар": {"центра", "центру"}, "регионални": {"регионалног", "регионалном"},
	"прихватилиште": {"прихватилишта", "прихватилишту"}, "република": {"републике", "републици"},
	"влада": {"владе", "влади"}, "дирекција": {"дирекције", "дирекцији"},
	"подручна": {"подручне", "подручној"}, "јединица": {"јединице", "јединици"},
	"група": {"групе", "групи"}, "служба": {"службе", "служби"},
	"безбедносно-информативна": {"безбедносно-информативне", "безбедносно-информативној"},
	"агенција": {"агенције", "агенцији"}, "пу": {"ПУ", "ПУ"},
	// the asylum bodies (ZAPZ Art. 20, 21)
	"канцеларија": {"канцеларије", "канцеларији"}, "комисија": {"комисије", "комисији"},
	// already in the genitive after a head word: unchanged in both cases
	"граничне": {"граничне", "граничне"}, "полиције": {"полиције", "полиције"},
	"републике": {"републике", "републике"}, "србије": {"србије", "србије"},
	"унутрашњих": {"унутрашњих", "унутрашњих"}, "послова": {"послова", "послова"},
	"странце": {"странце", "странце"},
	// missions of Serbia abroad, which decide on visas (ZoS Art. 23, 37(4)) and may issue travel documents (Art. 98(1))
	"амбасада": {"амбасаде", "амбасади"}, "генерални": {"генералног", "генералном"}, "конзулат": {"конзулата", "конзулату"},
	"дипломатско-конзуларно": {"дипломатско-конзуларног", "дипломатско-конзуларном"}, "представништво": {"представништва", "представништву"},
	"спољних": {"спољних", "спољних"},
}

func capitalise(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}
