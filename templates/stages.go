package templates

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"text/template"
	"time"

	"appealdesk/forms"
	"appealdesk/forms/legal"
	"appealdesk/locales"
)

// The documents of the later stages (forms/legal/stagedocs.go): which stage brings
// which document is decided there; here each is laid out from its template file, in
// Serbian with a reader's copy in Russian or English like the first appeal. Every
// template of a stage document is parsed together with the stage's shared file
// (faze-zajednicko.tmpl: who files, particulars, signature), so the words for the
// person's role and the signature block are written once per language.

// KindStage is the Kind of a later-stage document: "stage:<document id>"; its reader's
// copy is "stage:<document id>:copy".
const kindStagePrefix = "stage:"

func stageKind(id legal.DocumentID, reader bool) Kind {
	k := kindStagePrefix + string(id)
	if reader {
		k += ":copy"
	}
	return Kind(k)
}

// StageDocument reports whether kind is a later-stage document, which one, and
// whether it is the reader's copy.
func StageDocument(kind Kind) (id legal.DocumentID, reader, ok bool) {
	s, ok := strings.CutPrefix(string(kind), kindStagePrefix)
	if !ok {
		return "", false, false
	}
	s, reader = strings.CutSuffix(s, ":copy")
	return legal.DocumentID(s), reader, true
}

// stageFiles are the template and PDF base names of the later documents.
var stageFiles = map[legal.DocumentID]string{
	legal.DocLawsuit:             "tuzba-upravnom-sudu",
	legal.DocDismissalAppeal:     "zalba-na-odbacivanje",
	legal.DocReminder:            "naknadni-zahtev",
	legal.DocSilenceLawsuit:      "tuzba-cutanje-uprave",
	legal.DocReview:              "zahtev-preispitivanje",
	legal.DocConstitutional:      "ustavna-zalba",
	legal.DocRestoration:         "predlog-vracanje",
	legal.DocSupplement:          "zahtev-dopuna",
	legal.DocTranslation:         "zahtev-prevod",
	legal.DocDepartureExtension:  "zahtev-produzenje-roka",
	legal.DocDataAccess:          "zahtev-podaci",
	legal.DocRule39:              "rule39",
	legal.DocPowerAdmin:          "punomocje",
	legal.DocPowerCourt:          "punomocje",
	legal.DocPowerReview:         "punomocje",
	legal.DocPowerConstitutional: "punomocje",
}

// stagePDF is the PDF base name of a document; the powers of attorney and the
// data-access requests carry their forum or addressee.
func stagePDF(id legal.DocumentID, variant string) string {
	switch id {
	case legal.DocPowerAdmin:
		return "punomocje-uprava"
	case legal.DocPowerCourt:
		return "punomocje-upravni-sud"
	case legal.DocPowerReview:
		return "punomocje-vrhovni-sud"
	case legal.DocPowerConstitutional:
		return "punomocje-ustavni-sud"
	case legal.DocDataAccess:
		return "zahtev-podaci-" + variant
	case legal.DocRule39:
		return "rule39-information"
	}
	return stageFiles[id]
}

// StageTemplateNames lists the template files of the later documents, for tests and
// for an organisation that wants to know what it may override.
func StageTemplateNames() []string {
	seen := map[string]bool{}
	var out []string
	add := func(n string) {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	for _, lang := range []string{"sr", "ru", "en"} {
		add(lang + "/" + stageShared)
	}
	for _, id := range legal.DocumentIDs {
		base := stageFiles[id] + ".tmpl"
		if id != legal.DocRule39 {
			add("sr/" + base)
		}
		add("ru/" + base)
		add("en/" + base)
	}
	return out
}

const stageShared = "faze-zajednicko.tmpl"

// StageData is what a later document's template sees: everything the first appeal's
// templates see (Data), and what happened next.
type StageData struct {
	Data
	// Doc is the document (legal.DocumentID); Forum where it is filed (legal.Forum).
	Doc   string
	Forum string
	// Reader: a reader's copy, never filed: no signature line.
	Reader bool
	// Female: the person is a woman (the documents' gender forms); false when not said.
	Female bool
	// Stage is where the case stands (legal.StageID); StageTitle its name in the
	// document's language (the draft says which stage the document belongs to).
	Stage, StageTitle string
	// DecisionIns is the decision's name in the instrumental (Serbian: „решењем о …“,
	// after „одређен …“, „у вези са …“); DecisionInsCap the same capitalised.
	DecisionIns, DecisionInsCap string
	// DecisionAcc is the name in the accusative (Serbian: „одлуку о …“, „решење о …“).
	DecisionAcc string
	// Second is the body that decides on the appeal (legal.Body id: mup, government).
	Second string
	// Lodged is the appeal: when, how, the receipt's number.
	Lodged LodgedData
	// OnAppeal is the decision on the appeal.
	OnAppeal PaperData
	// Reminder: when it was sent and received.
	Reminder ReminderData
	// LawsuitLodged: the day the lawsuit was filed ("" if not).
	LawsuitLodged string
	// Judgment of the Administrative Court; Review the Supreme Court's decision.
	Judgment PaperData
	Review   PaperData
	// FullJurisdiction: the court decided the matter itself (ZUS Art. 43).
	FullJurisdiction bool
	// ReviewLies: the request for review lies (ZUS Art. 49(2)).
	ReviewLies bool
	// ConstitutionalLodged, ReviewLodged: the days they were lodged.
	ConstitutionalLodged, ReviewLodged string
	// Missed: the restoration proposal's facts.
	Missed MissedData
	// Extension: the request to extend the period for leaving.
	Extension ExtensionData
	// Removal: the planned day of removal ("" if not known).
	Removal string
	// Controller: the addressee of a data-access request: mup or bia.
	Controller string
	// Deadline is the document's own date, from forms/legal.
	Deadline StageDeadline
	// PowerForum: the forum of a power of attorney (administrative, court, supreme, constitutional).
	PowerForum string
	// NeedsPower: a representative signs this document, so the power of attorney is attached.
	NeedsPower bool
	// RepAllowed: the representative may act in this forum (a lawyer before the Supreme
	// Court, ZUS Art. 50(2); a lawyer or a close relative before a court, ZPP Art. 85;
	// anyone capable before the authorities, ZUP Art. 49(3)); RepLawyer: the role says
	// the representative is a lawyer.
	RepAllowed, RepLawyer bool
}

// LodgedData is the appeal as lodged.
type LodgedData struct {
	Date, Receipt, Arrived string
	Posted                 bool
}

// PaperData is a decision or judgment delivered later: the day the person gave
// (Received), the day a representative got it (Served), and the legal day of service
// when it differs from both (ServedOn: a notice left, ZUP Art. 75(6), ZPP Art. 141(3)).
type PaperData struct {
	Received, Served, ServedOn, Number, Issued, Outcome string
}

// ReminderData is the reminder to the second-instance body.
type ReminderData struct{ Sent, Received string }

// MissedData is what the restoration proposal needs.
type MissedData struct {
	Which       string // appeal | lawsuit | constitutional
	Reason      string // in the person's words
	ReasonEnded string
	LastDay     string // the missed last day
}

// ExtensionData is the request to extend the period for leaving.
type ExtensionData struct {
	Reason, LastDay string
	Return          bool // a return decision: ZoS Art. 77(5); otherwise ZUP Art. 79(3)
}

// StageDeadline is the document's own date.
type StageDeadline struct {
	Last, Safe string // "by" deadlines
	NotBefore  string // "not before" deadlines: the first allowed day
	Timely     bool   // the date of signing is known and on or before the last day
	Late       bool   // the date of signing is after the last day
	Early      bool   // the date of signing is before a "not before" date
}

// ErrStageNotFinal: a final copy of a later document cannot be made as it stands.
var ErrStageNotFinal = errors.New("templates: no final copy")

// StageNotFinalError names the document and why no final copy is made.
type StageNotFinalError struct {
	Doc    legal.DocumentID
	Reason string // catalogue id
	Date   time.Time
}

func (e *StageNotFinalError) Error() string {
	return fmt.Sprintf("templates: no final copy of %s: %s", e.Doc, e.Reason)
}

func (e *StageNotFinalError) Unwrap() error { return ErrStageNotFinal }

// Text is the reason in tr's language.
func (e *StageNotFinalError) Text(tr *locales.Translator) string {
	return tr.T(e.Reason, "Document", tr.T(e.Doc.TitleID()), "Date", tr.Date(e.Date))
}

// stagePlan is one later document to render.
type stagePlan struct {
	id      legal.DocumentID
	variant string // the data-access request's addressee
}

// stageDocuments renders the documents the case's stage brings, each with its reader's
// copy, after the first appeal's documents.
func (r *renderer) stageDocuments() ([]Document, error) {
	f := r.c.Facts()
	res := legal.Compute(f)
	st := legal.CurrentStage(f, res)
	docs := append([]legal.DocumentID(nil), st.Documents...)
	docs = append(docs, legal.PowersOfAttorney(docs, f.Stages.Missed, strings.TrimSpace(r.c.Representative.Name) != "")...)
	var plan []stagePlan
	for _, id := range docs {
		if id == legal.DocDataAccess {
			plan = append(plan, stagePlan{id, "mup"}, stagePlan{id, "bia"})
			continue
		}
		plan = append(plan, stagePlan{id: id})
	}
	sr := locales.SerbianCyrl
	if r.script == "latn" {
		sr = locales.SerbianLatin
	}
	var out []Document
	for _, p := range plan {
		base := stagePDF(p.id, p.variant)
		render := func(lang locales.Lang, reader bool, name string) error {
			fn := func(b *builder) error { return b.stageDoc(p, st, res, reader) }
			doc, err := r.render(stageKind(p.id, reader), lang, name, fn)
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			out = append(out, doc)
			return nil
		}
		if p.id == legal.DocRule39 {
			// The sheet is written in English for the Court; a Russian reader's copy.
			if err := render(locales.English, false, base+".pdf"); err != nil {
				return nil, err
			}
			if r.copy == "ru" {
				if err := render(locales.Russian, true, base+"-prevod-ru.pdf"); err != nil {
					return nil, err
				}
			}
			continue
		}
		name := base
		if r.script == "latn" {
			name += latinSuffix
		}
		if err := render(sr, false, name+".pdf"); err != nil {
			return nil, err
		}
		if r.copy != "none" {
			l := locales.Russian
			if r.copy == "en" {
				l = locales.English
			}
			if err := render(l, true, base+"-prevod-"+r.copy+".pdf"); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// stageTitle is the PDF title of a later document in the builder's language.
func stageTitle(tr *locales.Translator, kind Kind) (string, bool) {
	id, _, ok := StageDocument(kind)
	if !ok {
		return "", false
	}
	return tr.T("stages.pdf." + string(id)), true
}

// readerBanner is the banner of a reader's copy: the Rule 39 sheet is sent in English.
func readerBanner(tr *locales.Translator, kind Kind) string {
	if id, _, ok := StageDocument(kind); ok && id == legal.DocRule39 {
		return tr.T("stages.copy.banner.rule39")
	}
	return tr.T("docs.copy.banner")
}

// isReaderCopy reports whether kind is a reader's copy (the appeal's or a later document's).
func isReaderCopy(kind Kind) bool {
	if kind == KindReaderCopy {
		return true
	}
	_, reader, ok := StageDocument(kind)
	return ok && reader
}

// stageDoc lays out one later document.
func (b *builder) stageDoc(p stagePlan, st legal.Stage, res legal.Result, reader bool) error {
	data := b.stageData(p, st, res, reader)
	if !b.r.draft && !reader {
		if err := b.finalCheck(p.id, data); err != nil {
			return err
		}
	}
	file := stageFiles[p.id] + ".tmpl"
	text, err := b.executeStage(file, data)
	if err != nil {
		return err
	}
	b.m.Blocks = parseMarkup(text, nil)
	return nil
}

// finalCheck refuses a final copy that would harm the person: a "not before" document
// dated before its first allowed day (an early lawsuit for silence is dismissed, ZUS
// Art. 26(1)(1)), and a late document without a restoration proposal beside it.
func (b *builder) finalCheck(id legal.DocumentID, d StageData) error {
	r := b.r
	if id == legal.DocConstitutional {
		// ZUSud Art. 85(1): the Constitution's articles are mandatory, and the program
		// does not hold the Constitution: the lawyer writes them into the draft.
		return &StageNotFinalError{Doc: id, Reason: "stages.final.constitution"}
	}
	info, _ := legal.Document(id)
	dl, ok := r.c.Deadlines().Deadline(info.DeadlineID)
	if !ok || !dl.Known {
		return nil
	}
	switch {
	case d.Deadline.Early:
		return &StageNotFinalError{Doc: id, Reason: "stages.final.early", Date: dl.Safe}
	case d.Deadline.Late && id != legal.DocRestoration && !(r.c.Later.MissedDeadline != "" && strings.TrimSpace(r.c.Later.MissedReason) != ""):
		return &StageNotFinalError{Doc: id, Reason: "stages.final.late", Date: dl.LastDay}
	}
	return nil
}

// stageData builds what a later document's template sees.
func (b *builder) stageData(p stagePlan, st legal.Stage, res legal.Result, reader bool) StageData {
	r, c := b.r, b.r.c
	l := c.Later
	base := b.data()
	latin := b.lang == locales.SerbianLatin
	if b.lang == locales.English {
		// An English text writes Serbian names of offices, streets and places in Latin
		// letters (the Rule 39 sheet goes to a court that reads no Cyrillic).
		latinEnglish(&base)
	}
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
			return txt(string(d))
		}
		return b.date(t)
	}
	d := StageData{Data: base, Doc: string(p.id), Reader: reader, Stage: string(st.ID),
		Second: string(r.remedy.DecidedBy), Controller: p.variant}
	// The person's gender (issue 14's person.gender) is not recorded yet: the documents
	// use the forms the law itself uses for everyone until it is.
	d.StageTitle = b.tr.T(st.TitleID)
	d.Female = false
	d.DecisionIns = d.Decision.Name
	if b.lang == locales.SerbianCyrl || b.lang == locales.SerbianLatin {
		d.DecisionIns = instrumental(d.Decision.Name)
	}
	d.DecisionInsCap = capitalise(d.DecisionIns)
	d.DecisionAcc = d.Decision.Name
	if b.lang == locales.SerbianCyrl || b.lang == locales.SerbianLatin {
		d.DecisionAcc = accusative(d.Decision.Name)
	}
	d.Forum = string(legal.ForumOf(p.id, legal.Missed(l.MissedDeadline)))
	if b.lang == locales.English {
		txt = func(s string) string {
			s = field(s)
			if serbianCyrillicOnly(s) {
				s = locales.ToLatin(s)
			}
			return s
		}
	}
	d.Lodged = LodgedData{Date: date(l.AppealLodged), Receipt: txt(l.AppealReceiptNumber), Arrived: date(l.AppealArrived),
		Posted: l.AppealLodgedHow == forms.LodgedRegisteredMail}
	d.OnAppeal = PaperData{Received: date(l.SecondInstanceReceived), Served: date(l.RepresentativeServed),
		Number: txt(l.SecondInstanceNumber), Issued: date(l.SecondInstanceIssued), Outcome: l.SecondInstanceOutcome}
	servedOn := func(t time.Time, given ...forms.Date) string {
		if t.IsZero() {
			return ""
		}
		for _, g := range given {
			if gt, ok := parseDate(g); ok && gt.Equal(t) {
				return ""
			}
		}
		return b.date(t)
	}
	facts := c.Facts()
	d.OnAppeal.ServedOn = servedOn(legal.SecondInstanceServed(facts), l.SecondInstanceReceived, l.RepresentativeServed)
	d.Reminder = ReminderData{Sent: date(l.ReminderSent), Received: date(l.ReminderReceivedByBody)}
	d.LawsuitLodged = date(l.LawsuitLodged)
	d.Judgment = PaperData{Received: date(l.JudgmentReceived), Served: date(l.JudgmentRepresentativeServed),
		Number: txt(l.JudgmentNumber), Issued: date(l.JudgmentIssued), Outcome: l.JudgmentOutcome}
	d.Judgment.ServedOn = servedOn(legal.JudgmentServed(facts), l.JudgmentReceived, l.JudgmentRepresentativeServed)
	d.Review = PaperData{Received: date(l.ReviewDecisionReceived), Number: txt(l.ReviewDecisionNumber)}
	d.ReviewLodged, d.ConstitutionalLodged = date(l.ReviewRequestLodged), date(l.ConstitutionalLodged)
	d.FullJurisdiction = l.FullJurisdiction == forms.Yes
	f := c.Facts()
	d.ReviewLies = legal.ReviewLies(r.remedy, f.Stages)
	d.Missed = MissedData{Which: l.MissedDeadline, Reason: txt(l.MissedReason), ReasonEnded: date(l.MissedReasonEnded)}
	d.Extension = ExtensionData{Reason: txt(l.DepartureExtensionReason), Return: r.remedy.Decision == legal.ReturnDecision}
	if dep, ok := res.Deadline(legal.IDDeparture); ok && dep.Known && !dep.LastDay.IsZero() {
		d.Extension.LastDay = b.date(dep.LastDay)
	}
	d.Removal = date(l.RemovalPlanned)
	switch p.id {
	case legal.DocPowerAdmin:
		d.PowerForum = string(legal.ForumAdministrative)
	case legal.DocPowerCourt:
		d.PowerForum = string(legal.ForumCourt)
	case legal.DocPowerReview:
		d.PowerForum = string(legal.ForumSupreme)
	case legal.DocPowerConstitutional:
		d.PowerForum = string(legal.ForumConstitutional)
	}
	// The document's own deadline.
	info, _ := legal.Document(p.id)
	deadlineID := info.DeadlineID
	if p.id == legal.DocRestoration {
		_, deadlineID, _ = legal.RestorationForum(legal.Missed(l.MissedDeadline))
		var missedID string
		switch legal.Missed(l.MissedDeadline) {
		case legal.MissedLawsuit:
			missedID = legal.IDLawsuit
			if r.remedy.Kind == legal.Lawsuit && l.SecondInstanceReceived == "" {
				missedID = string(r.remedy.Kind)
			}
		case legal.MissedConstitutional:
			missedID = legal.IDConstitutional
		default:
			missedID = string(r.remedy.Kind)
		}
		if m, ok := res.Deadline(missedID); ok && m.Known && !m.LastDay.IsZero() {
			d.Missed.LastDay = b.date(m.LastDay)
		}
	}
	if dl, ok := res.Deadline(deadlineID); ok && dl.Known {
		if legal.IsNotBefore(dl) {
			d.Deadline.NotBefore = b.date(dl.Safe)
			d.Deadline.Early = !r.signed.IsZero() && r.signed.Before(dl.Safe)
		} else if !dl.LastDay.IsZero() {
			d.Deadline.Last = b.date(dl.LastDay)
			if !dl.Safe.IsZero() && !dl.Safe.Equal(dl.LastDay) {
				d.Deadline.Safe = b.date(dl.Safe)
			}
			d.Deadline.Late = !r.signed.IsZero() && r.signed.After(dl.LastDay)
			d.Deadline.Timely = !r.signed.IsZero() && !d.Deadline.Late
		}
	}
	// The representative: only where the forum admits them.
	role := strings.ToLower(c.Representative.Role)
	d.RepLawyer = strings.Contains(role, "адвокат") || strings.Contains(role, "advokat") || strings.Contains(role, "lawyer")
	d.RepAllowed = d.Rep.Name != ""
	if d.Forum == string(legal.ForumSupreme) {
		d.RepAllowed = d.Rep.Name != "" && d.RepLawyer
	}
	d.NeedsPower = d.RepAllowed && !strings.HasPrefix(string(p.id), "power-")
	return d
}

// executeStage runs a later document's template with the shared definitions of its
// language. Serbian Latin is the Cyrillic text transliterated.
func (b *builder) executeStage(file string, data StageData) (string, error) {
	dir := "sr"
	switch b.lang {
	case locales.Russian:
		dir = "ru"
	case locales.English:
		dir = "en"
	}
	shared, err := b.r.source(dir + "/" + stageShared)
	if err != nil {
		return "", err
	}
	name := dir + "/" + file
	src, err := b.r.source(name)
	if err != nil {
		return "", err
	}
	if b.lang == locales.SerbianLatin {
		src, shared = locales.ToLatin(src), locales.ToLatin(shared)
	}
	funcs := template.FuncMap{
		// cite formats an article for the document's language: cite "zus" "19" "1".
		"cite": func(law, article, para string) string {
			return b.cite(legal.Citation{Law: legal.Law(law), Article: article, Paragraph: para})
		},
		"kept": b.r.keptFunc,
		// stop ends a typed answer as a sentence: a full stop unless it already ends in one.
		"stop": func(s string) string { return sentenceEnd(s) },
		// q quotes the person's own words in the language's quotation marks, ending the
		// sentence inside them when they end with a full stop.
		"q": func(s string) string { return b.quote(s) },
		// days writes a number of days as the language does: „15 дней“, "15 days".
		"days": func(n int) string { return legal.PeriodText(b.tr, legal.Period{N: n, Unit: legal.Days}) },
	}
	// The shared definitions come first, so the document's text may use them; the pair is
	// parsed once and cached like the first appeal's templates.
	t, err := parseCached(name, src, stageShared, shared, funcs)
	if err != nil {
		return "", fmt.Errorf("template %s (with %s): %w", name, stageShared, err)
	}
	var out bytes.Buffer
	if err := t.ExecuteTemplate(&out, name, data); err != nil {
		return "", fmt.Errorf("template %s: %w", name, err)
	}
	return out.String(), nil
}

// instrumental puts the first word of a Serbian decision name in the instrumental:
// решење → решењем, одлука → одлуком (either script).
func instrumental(name string) string {
	for nom, ins := range map[string]string{"решење": "решењем", "одлука": "одлуком", "rešenje": "rešenjem", "odluka": "odlukom"} {
		if strings.HasPrefix(name, nom) {
			return ins + name[len(nom):]
		}
	}
	return name
}

// latinEnglish transliterates the Serbian Cyrillic answers of an English document;
// text in another Cyrillic alphabet (Russian) is left as typed for the lawyer to translate.
func latinEnglish(d *Data) {
	for _, p := range []*string{&d.Place, &d.Person.Name, &d.Person.PassportName, &d.Person.Birthplace,
		&d.Person.Citizenship, &d.Person.Address, &d.Person.City, &d.Decision.Issuer, &d.Decision.Number,
		&d.Rep.Name, &d.Rep.Role, &d.Rep.Address, &d.Family.SpouseName, &d.Family.SpouseStatus} {
		if serbianCyrillicOnly(*p) {
			*p = locales.ToLatin(*p)
		}
	}
	for i := range d.Family.Children {
		if serbianCyrillicOnly(d.Family.Children[i].Name) {
			d.Family.Children[i].Name = locales.ToLatin(d.Family.Children[i].Name)
		}
	}
}

// accusative: одлука → одлуку; решење stays (either script).
func accusative(name string) string {
	for nom, acc := range map[string]string{"одлука": "одлуку", "odluka": "odluku"} {
		if strings.HasPrefix(name, nom) {
			return acc + name[len(nom):]
		}
	}
	return name
}

// sentenceEnd returns s ending in a full stop, unless it already ends with . ! ? or …
func sentenceEnd(s string) string {
	t := strings.TrimRight(s, " ")
	if t == "" {
		return t
	}
	switch t[len(t)-1] {
	case '.', '!', '?':
		return t
	}
	if strings.HasSuffix(t, "…") {
		return t
	}
	return t + "."
}

// quote puts the person's words in quotation marks („…” in Serbian, «…» in Russian,
// “…” in English) and ends the sentence: inside the marks when the words end with a
// full stop, after them otherwise.
func (b *builder) quote(s string) string {
	open, close := "„", "”"
	switch b.lang {
	case locales.Russian:
		open, close = "«", "»"
	case locales.English:
		open, close = "“", "”"
	}
	t := strings.TrimSpace(s)
	if t == "" {
		return ""
	}
	if e := sentenceEnd(t); e == t {
		return open + t + close
	}
	return open + t + close + "."
}
