// Package templates renders the documents of a case as PDF: the appeal (жалба) or,
// where no appeal lies, the lawsuit (тужба) in Serbian Cyrillic or Latin, a reader's
// copy in Russian or English, the evidence index (списак доказа), and the urgent
// requests (postponement of execution, inspection of the file).
//
// The documents' words live in template files under text/ (one per document and
// language, Serbian authored in Cyrillic only; Latin is generated with
// locales.ToLatin), which a lawyer or an NGO can edit without Go and override with
// Options.Templates. The code here lays them out with gofpdf. It never imports Fyne
// and never reads the clock: the date of signing comes from the case or Options.Today.
package templates

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"time"

	"appealdesk/assets"
	"appealdesk/forms"
	"appealdesk/forms/legal"
	"appealdesk/locales"
)

// Kind says what a Document is.
type Kind string

const (
	KindAppeal        Kind = "appeal"           // жалба (or тужба where no appeal lies), to file
	KindReaderCopy    Kind = "reader-copy"      // the same in Russian or English, not for filing
	KindEvidenceIndex Kind = "evidence-index"   // списак доказа
	KindPostpone      Kind = "postpone-request" // захтев Управном суду за одлагање извршења (ZUS Art. 23(3)(2))
	KindInspect       Kind = "inspect-request"  // захтев за увид у списе (ZUP Art. 64–65)
)

// Document is one rendered PDF.
type Document struct {
	// Name is the stable ASCII file name, e.g. zalba.pdf (see FileName).
	Name string
	Kind Kind
	// Lang is the document's language: sr, sr-Latn, ru or en.
	Lang locales.Lang
	// Title is the document's title in its language (also the PDF title).
	Title string
	PDF   []byte
}

// Options are the choices the caller makes for one rendering.
type Options struct {
	// Script of the Serbian documents: "cyrl" (default) or "latn"; "" = the case's choice.
	Script string
	// Copy is the reader's copy language: "ru", "en" or "none"; "" = the case's choice.
	Copy string
	// NoDraftMark switches off the DRAFT — НАЦРТ marking (as does the case's own option).
	NoDraftMark bool
	// Today is the date of signing when the case gives none. It is passed in, never
	// read from the clock here, so the same case renders the same bytes.
	Today time.Time
	// OrgFooter is an organisation's line printed at the foot of every page ("" = none).
	OrgFooter string
	// Templates overrides text/: files with the same relative names (e.g. sr/zalba.tmpl)
	// replace the built-in ones; missing files fall back to the built-in ones.
	Templates fs.FS
}

// Errors of Render.
var (
	ErrNoCase       = errors.New("templates: no case")
	ErrDecisionType = errors.New("templates: unknown decision type")
	ErrScript       = errors.New("templates: script must be cyrl or latn")
	ErrCopy         = errors.New("templates: copy must be ru, en or none")
	// ErrNoDraft: forms/legal knows the decision type (its remedy and deadlines), but
	// text/ has no document for it yet.
	ErrNoDraft = errors.New("templates: no document text for this decision type yet")
)

// draftedTypes are the decision types text/ writes documents for. The other types of
// forms/legal (short stay, obligatory residence, visas, asylum …) have their deadlines
// in the app but no draft until their texts are written: Render says so (ErrNoDraft).
var draftedTypes = map[legal.DecisionType]bool{
	legal.EntryRefusal: true, legal.TemporaryResidenceRefusal: true, legal.TemporaryResidenceTermination: true,
	legal.UniquePermitRefusal: true, legal.UniquePermitTermination: true, legal.PermanentResidenceRefusal: true,
	legal.PermanentResidenceTermination: true, legal.ReturnDecision: true, legal.Detention: true,
	legal.CourtExpulsionCancellation: true,
}

// DraftedTypes lists the decision types with documents, in forms/legal's order.
func DraftedTypes() []legal.DecisionType {
	var out []legal.DecisionType
	for _, t := range legal.DecisionTypes {
		if draftedTypes[t] {
			out = append(out, t)
		}
	}
	return out
}

// File names (stable, ASCII; design.md): Serbian documents in Cyrillic carry no
// suffix, their Latin renderings "-latinica"; the lawsuit replaces the appeal where
// the law gives no appeal (ZoS Art. 81(2), 90).
const (
	FileAppeal        = "zalba.pdf"
	FileLawsuit       = "tuzba.pdf"
	FileEvidenceIndex = "spisak-dokaza.pdf"
	FilePostpone      = "zahtev-odlaganje.pdf"
	FileInspect       = "zahtev-uvid.pdf"
	latinSuffix       = "-latinica"
)

// FileName returns the stable file name of a document kind for a decision type,
// script ("cyrl"/"latn") and, for the reader's copy, its language.
func FileName(kind Kind, lawsuit bool, script string, copyLang string) string {
	base := strings.TrimSuffix(FileAppeal, ".pdf")
	if lawsuit {
		base = strings.TrimSuffix(FileLawsuit, ".pdf")
	}
	switch kind {
	case KindReaderCopy:
		return base + "-prevod-" + copyLang + ".pdf"
	case KindEvidenceIndex:
		base = strings.TrimSuffix(FileEvidenceIndex, ".pdf")
	case KindPostpone:
		base = strings.TrimSuffix(FilePostpone, ".pdf")
	case KindInspect:
		base = strings.TrimSuffix(FileInspect, ".pdf")
	}
	if script == "latn" {
		base += latinSuffix
	}
	return base + ".pdf"
}

// Render renders every document that applies to the case, in a fixed order: the
// appeal (or lawsuit), the reader's copy, the evidence index, the request to
// postpone execution, the request to inspect the file.
func Render(c *forms.Case, opts Options) ([]Document, error) {
	if c == nil {
		return nil, ErrNoCase
	}
	r, err := newRenderer(c, opts)
	if err != nil {
		return nil, err
	}
	var docs []Document
	add := func(kind Kind, lang locales.Lang, file string, fn func(*builder) error) error {
		doc, err := r.render(kind, lang, file, fn)
		if err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		docs = append(docs, doc)
		return nil
	}
	sr := locales.SerbianCyrl
	if r.script == "latn" {
		sr = locales.SerbianLatin
	}
	lawsuit := r.remedy.Kind == legal.Lawsuit
	if err := add(KindAppeal, sr, FileName(KindAppeal, lawsuit, r.script, ""), r.appeal); err != nil {
		return nil, err
	}
	if r.copy != "none" {
		l := locales.Russian
		if r.copy == "en" {
			l = locales.English
		}
		if err := add(KindReaderCopy, l, FileName(KindReaderCopy, lawsuit, r.script, r.copy), r.appeal); err != nil {
			return nil, err
		}
	}
	if err := add(KindEvidenceIndex, sr, FileName(KindEvidenceIndex, lawsuit, r.script, ""), r.index); err != nil {
		return nil, err
	}
	if r.postponeApplies() {
		if err := add(KindPostpone, sr, FileName(KindPostpone, lawsuit, r.script, ""), r.postpone); err != nil {
			return nil, err
		}
	}
	if r.inspectApplies() {
		if err := add(KindInspect, sr, FileName(KindInspect, lawsuit, r.script, ""), r.inspect); err != nil {
			return nil, err
		}
	}
	// The documents of the case's later stage (stages.go).
	later, err := r.stageDocuments()
	if err != nil {
		return nil, err
	}
	return append(docs, later...), nil
}

// renderer holds what every document of one case shares.
type renderer struct {
	c       *forms.Case
	opts    Options
	script  string
	copy    string
	draft   bool
	remedy  legal.Remedy
	dtype   forms.DecisionType
	signed  time.Time // date of signing; zero if unknown
	stamp   time.Time // PDF creation/modification date, derived from the case
	kept    map[string]bool
	creator string
	// From the deadline engine (forms/legal): the legal date of service and the last
	// day of the remedy; zero when the answers do not give them.
	served, lastDay, safeDay time.Time
	lastDayInferred          bool
}

func newRenderer(c *forms.Case, opts Options) (*renderer, error) {
	r := &renderer{c: c, opts: opts}
	r.script = strings.ToLower(strings.TrimSpace(opts.Script))
	if r.script == "" {
		r.script = strings.ToLower(strings.TrimSpace(c.Documents.Script))
	}
	switch r.script {
	case "", "cyrl", "cyrillic", "sr", "sr-cyrl":
		r.script = "cyrl"
	case "latn", "latin", "sr-latn":
		r.script = "latn"
	default:
		return nil, fmt.Errorf("%w: %q", ErrScript, r.script)
	}
	r.copy = strings.ToLower(strings.TrimSpace(opts.Copy))
	if r.copy == "" {
		r.copy = strings.ToLower(strings.TrimSpace(c.Documents.Copy))
	}
	switch r.copy {
	case "":
		r.copy = "none"
	case "ru", "en", "none":
	default:
		return nil, fmt.Errorf("%w: %q", ErrCopy, r.copy)
	}
	var ok bool
	r.remedy, ok = legal.RemedyFor(legal.DecisionType(c.Decision.Type))
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrDecisionType, c.Decision.Type)
	}
	if !draftedTypes[r.remedy.Decision] {
		return nil, fmt.Errorf("%w: %q", ErrNoDraft, c.Decision.Type)
	}
	r.dtype, _ = forms.LookupDecisionType(c.Decision.Type)
	r.draft = !(opts.NoDraftMark || c.Documents.NoDraftMark)
	if t, ok := parseDate(c.Documents.Signed); ok {
		r.signed = t
	} else if !opts.Today.IsZero() {
		y, m, d := opts.Today.Date()
		r.signed = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	r.stamp = r.pdfStamp()
	r.kept = keptArguments(c)
	res := c.Deadlines()
	if res.Served != nil {
		r.served = res.Served.Date
	}
	if p, ok := res.Primary(); ok && p.Known {
		r.lastDay, r.safeDay = p.LastDay, p.Safe
		r.lastDayInferred = p.Confidence == legal.Inferred
	}
	r.creator = "Appeal Desk " + assets.Version + " (" + assets.CommitID() + ")"
	return r, nil
}

// pdfStamp is the creation date written into every PDF: the date of signing, else
// the date of service, else the date of the decision, else 1 January 2000 — never
// the clock, so the bytes depend on the case alone.
func (r *renderer) pdfStamp() time.Time {
	t := r.signed
	if t.IsZero() {
		if d, ok := parseDate(r.c.Decision.Received); ok {
			t = d
		} else if d, ok := parseDate(r.c.Decision.Issued); ok {
			t = d
		} else {
			t = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
		}
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 12, 0, 0, 0, time.UTC)
}

// departureOrBan: the decision sets a departure period, immediate departure or an
// entry ban. Answers about departure count only for decision types that can set one
// (forms.DecisionType.SetsDeparture): answers left from another type are kept in the
// file but not used.
func (r *renderer) departureOrBan() bool {
	d := r.c.Decision
	return r.dtype.SetsDeparture && (d.DepartureDays > 0 || d.DepartureImmediate || d.EntryBan)
}

// nonSuspensive: the appeal does not stop execution (legal.Remedy.MayBeNonSuspensive).
func (r *renderer) nonSuspensive() bool {
	return r.remedy.Kind == legal.Appeal && r.remedy.MayBeNonSuspensive(r.departureOrBan())
}

// postponeApplies: the request to the Administrative Court under ZUS Art. 23(3)(2)
// is rendered where an appeal without suspensive effect is lodged and the person
// keeps the postponement argument.
func (r *renderer) postponeApplies() bool {
	return r.nonSuspensive() && r.remedy.PostponeAtCourt && r.kept[forms.ArgPostponeExecution]
}

// inspectApplies: the request to inspect the file (ZUP Art. 64–65) goes to the
// first-instance body in an administrative procedure, so only where an appeal lies.
func (r *renderer) inspectApplies() bool {
	return r.remedy.Kind == legal.Appeal && r.kept[forms.ArgInspectFile]
}

// keptArguments: the person's or the lawyer's choice where they made one, else the
// suggestion of forms (forms.ArgumentKept, forms.ArgumentSuggested).
func keptArguments(c *forms.Case) map[string]bool {
	out := map[string]bool{}
	for _, id := range forms.AllArguments {
		out[id] = forms.ArgumentKept(c, id)
	}
	return out
}

// render lays out one document and writes it (see pdfDoc: the layout is recorded
// and replayed once the number of pages is known).
func (r *renderer) render(kind Kind, lang locales.Lang, file string, fn func(*builder) error) (Document, error) {
	b := r.newBuilder(kind, lang)
	if err := fn(b); err != nil {
		return Document{}, err
	}
	out, err := b.pdf.bytes()
	if err != nil {
		return Document{}, err
	}
	return Document{Name: file, Kind: kind, Lang: lang, Title: b.title, PDF: out}, nil
}

// builder is one document being laid out, in one language.
type builder struct {
	r     *renderer
	kind  Kind
	lang  locales.Lang
	tr    *locales.Translator
	pdf   *pdfDoc
	title string
}

func (r *renderer) newBuilder(kind Kind, lang locales.Lang) *builder {
	tr := locales.New(lang)
	b := &builder{r: r, kind: kind, lang: lang, tr: tr}
	lawsuit := r.remedy.Kind == legal.Lawsuit
	switch kind {
	case KindAppeal, KindReaderCopy:
		if lawsuit {
			b.title = tr.T("docs.title.lawsuit")
		} else {
			b.title = tr.T("docs.title.appeal")
		}
	case KindEvidenceIndex:
		b.title = tr.T("docs.title.index")
	case KindPostpone:
		b.title = tr.T("docs.title.postpone")
	case KindInspect:
		b.title = tr.T("docs.title.inspect")
	default:
		b.title, _ = stageTitle(tr, kind)
	}
	fr := frame{
		landscape: kind == KindEvidenceIndex,
		footer:    tr.T("docs.page", "N", "{N}", "M", "{M}"),
		org:       orgLine(r.opts.OrgFooter, lang),
		title:     b.title,
		subject:   tr.T("docs.subject", "Decision", r.decisionName(tr, lang), "Number", strings.TrimSpace(r.c.Decision.Number)),
		creator:   r.creator,
		stamp:     r.stamp,
	}
	if r.draft {
		fr.draft = tr.T("docs.draft")
	}
	if isReaderCopy(kind) {
		fr.banner = readerBanner(tr, kind)
	}
	b.pdf = newPDF(fr)
	return b
}

// orgLine is the organisation's footer line; in a Serbian Latin document a line
// written in Serbian Cyrillic is transliterated like the rest of the document.
func orgLine(s string, lang locales.Lang) string {
	s = field(s)
	if lang == locales.SerbianLatin && serbianCyrillicOnly(s) {
		s = locales.ToLatin(s)
	}
	return s
}

// decisionName is the decision's name in the document's language: the Serbian
// heading of forms.DecisionTypes for Serbian, the catalogue's words otherwise.
func (r *renderer) decisionName(tr *locales.Translator, lang locales.Lang) string {
	switch lang {
	case locales.SerbianCyrl:
		return strings.ToLower(r.dtype.Heading[:strings.Index(r.dtype.Heading+" ", " ")]) + r.dtype.Heading[strings.Index(r.dtype.Heading+" ", " "):]
	case locales.SerbianLatin:
		return locales.ToLatin(r.decisionName(tr, locales.SerbianCyrl))
	}
	return tr.T("docs.decision." + r.c.Decision.Type)
}

func parseDate(d forms.Date) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", string(d))
	return t, err == nil
}

// IsOptionError reports whether err comes from a bad Options value (script, copy),
// which a command line reports as a usage error.
func IsOptionError(err error) bool {
	return errors.Is(err, ErrScript) || errors.Is(err, ErrCopy)
}
