// Package templates renders the documents of a case: the appeal (жалба) or, where
// no appeal lies, the lawsuit (тужба) in Serbian Cyrillic or Latin, a reader's copy
// in Russian or English, the evidence index (списак доказа), and the urgent requests
// (postponement of execution, inspection of the file) — each as PDF and as an
// editable DOCX — and the filing bundle (the appeal, the index and every exhibit in
// one PDF, bundle.go).
//
// The documents' words live in template files under text/ (one per document and
// language, Serbian authored in Cyrillic only; Latin is generated with
// locales.ToLatin), which a lawyer or an NGO can edit without Go and override with
// Options.Templates. A template's output is parsed once into a document model
// (model.go); the PDF layout (layout.go) and the DOCX writer (docx.go) both render
// that model, so the two formats never differ in their words. The package never
// imports Fyne and never reads the clock: the date of signing comes from the case or
// Options.Today.
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

// Document is one rendered document.
type Document struct {
	// Name is the stable ASCII file name of the PDF, e.g. zalba.pdf (see FileName);
	// the DOCX has the same name with .docx (DOCXName).
	Name string
	Kind Kind
	// Lang is the document's language: sr, sr-Latn, ru or en.
	Lang locales.Lang
	// Title is the document's title in its language (also the PDF's and DOCX's title).
	Title string
	PDF   []byte
	// Pages is the number of pages of the PDF.
	Pages int
	// DOCX is the editable Word document, when Options.Formats asks for it.
	DOCX []byte

	model *model
}

// DOCXName is the file name of the document's DOCX, e.g. zalba.docx.
func (d Document) DOCXName() string { return strings.TrimSuffix(d.Name, ".pdf") + ".docx" }

// Format is a kind of output file.
type Format string

const (
	FormatPDF    Format = "pdf"
	FormatDOCX   Format = "docx"
	FormatBundle Format = "bundle" // one PDF with the appeal, the index and every exhibit (WriteBundle)
)

// ParseFormats reads a comma list ("pdf,docx,bundle"); "" gives the default, PDF
// and DOCX.
func ParseFormats(s string) ([]Format, error) {
	if strings.TrimSpace(s) == "" {
		return []Format{FormatPDF, FormatDOCX}, nil
	}
	var out []Format
	seen := map[Format]bool{}
	for _, p := range strings.Split(s, ",") {
		f := Format(strings.ToLower(strings.TrimSpace(p)))
		switch f {
		case FormatPDF, FormatDOCX, FormatBundle:
		default:
			return nil, fmt.Errorf("%w: %q", ErrFormat, p)
		}
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out, nil
}

// HasFormat reports whether fs holds f.
func HasFormat(fs []Format, f Format) bool {
	for _, x := range fs {
		if x == f {
			return true
		}
	}
	return false
}

// File is one file to write: its name and its bytes.
type File struct {
	Name string
	Data []byte
}

// Files lists the files of the documents in the formats asked for (PDF and DOCX;
// the bundle is written by WriteBundle), in the documents' order.
func Files(docs []Document, formats []Format) []File {
	var out []File
	for _, d := range docs {
		if HasFormat(formats, FormatPDF) && d.PDF != nil {
			out = append(out, File{d.Name, d.PDF})
		}
		if HasFormat(formats, FormatDOCX) && d.DOCX != nil {
			out = append(out, File{d.DOCXName(), d.DOCX})
		}
	}
	return out
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
	// Edition names the organisation whose Templates these are, and Overrides lists
	// them (Overrides(Templates)); every draft then opens with a note for the lawyer
	// naming both (overrides.go). WithOrganisation sets them.
	Edition   string
	Overrides []Override
	// Formats: which files Render makes besides the PDF (always made: the app counts
	// its pages, the package carries it). FormatDOCX adds Document.DOCX; nil = PDF only.
	Formats []Format
}

// Errors of Render.
var (
	ErrNoCase       = errors.New("templates: no case")
	ErrDecisionType = errors.New("templates: unknown decision type")
	ErrScript       = errors.New("templates: script must be cyrl or latn")
	ErrCopy         = errors.New("templates: copy must be ru, en or none")
	ErrFormat       = errors.New("templates: format must be pdf, docx or bundle")
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
	return docs, nil
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

// render builds one document's model from its template and renders it as PDF (and
// DOCX when asked for).
func (r *renderer) render(kind Kind, lang locales.Lang, file string, fn func(*builder) error) (Document, error) {
	b := r.newBuilder(kind, lang)
	if err := fn(b); err != nil {
		return Document{}, err
	}
	out, pages, err := pdfBytes(b.m)
	if err != nil {
		return Document{}, err
	}
	doc := Document{Name: file, Kind: kind, Lang: lang, Title: b.title, PDF: out, Pages: pages, model: b.m}
	if HasFormat(r.opts.Formats, FormatDOCX) {
		if doc.DOCX, err = docxBytes(b.m); err != nil {
			return Document{}, err
		}
	}
	return doc, nil
}

// builder is one document being built, in one language.
type builder struct {
	r     *renderer
	kind  Kind
	lang  locales.Lang
	tr    *locales.Translator
	m     *model
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
	}
	m := &model{
		Lang:      lang,
		Landscape: kind == KindEvidenceIndex,
		Footer:    tr.T("docs.page", "N", "{N}", "M", "{M}"),
		Org:       printable(orgLine(r.opts.OrgFooter, lang)),
		Title:     b.title,
		Subject:   tr.T("docs.subject", "Decision", r.decisionName(tr, lang), "Number", strings.TrimSpace(r.c.Decision.Number)),
		Creator:   r.creator,
		Stamp:     r.stamp,
	}
	if r.draft {
		m.Draft = printable(tr.T("docs.draft"))
	}
	if kind == KindReaderCopy {
		m.Banner = printable(tr.T("docs.copy.banner"))
	}
	b.m = m
	return b
}

// languageTag is the document language as a BCP 47 tag with its region, as PDF
// (/Lang) and Word (w:lang) expect it.
func languageTag(l locales.Lang) string {
	switch l {
	case locales.SerbianCyrl:
		return "sr-Cyrl-RS"
	case locales.SerbianLatin:
		return "sr-Latn-RS"
	case locales.Russian:
		return "ru-RU"
	}
	return "en-GB"
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

// IsOptionError reports whether err comes from a bad Options value (script, copy,
// format), which a command line reports as a usage error.
func IsOptionError(err error) bool {
	return errors.Is(err, ErrScript) || errors.Is(err, ErrCopy) || errors.Is(err, ErrFormat)
}
