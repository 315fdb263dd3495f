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
	// Of is, for a reader's copy, the kind of the Serbian document it translates.
	Of Kind
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
)

// File names (stable, ASCII; README "Documents"): Serbian documents in Cyrillic carry no
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

// ReaderFileName is the file name of the reader's copy (in copyLang) of a Serbian
// document of kind of: zalba-prevod-ru.pdf, spisak-dokaza-prevod-en.pdf …
func ReaderFileName(of Kind, lawsuit bool, copyLang string) string {
	if of == KindAppeal {
		return FileName(KindReaderCopy, lawsuit, "", copyLang)
	}
	return strings.TrimSuffix(FileName(of, lawsuit, "cyrl", ""), ".pdf") + "-prevod-" + copyLang + ".pdf"
}

// FileName returns the stable file name of a document kind for a decision type,
// script ("cyrl"/"latn") and, for the reader's copy of the appeal, its language.
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
// appeal (or lawsuit), the evidence index, the request to postpone execution, the
// request to inspect the file — each followed by its reader's copy when one is
// asked for. A final copy (no draft marking) is refused with a *NotFinalError while
// anything forms.FilingIssues names stands in its way: a final copy carries no note
// to anyone, so it cannot be made where one would be needed.
func Render(c *forms.Case, opts Options) ([]Document, error) {
	if c == nil {
		return nil, ErrNoCase
	}
	r, err := newRenderer(c, opts)
	if err != nil {
		return nil, err
	}
	if err := r.finalAllowed(); err != nil {
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
	withCopy := func(kind Kind, fn func(*builder) error) error {
		if err := add(kind, sr, FileName(kind, lawsuit, r.script, ""), fn); err != nil {
			return err
		}
		if r.copy == "none" {
			return nil
		}
		l := locales.Russian
		if r.copy == "en" {
			l = locales.English
		}
		file := ReaderFileName(kind, lawsuit, r.copy)
		doc, err := r.renderCopy(kind, l, file, fn)
		if err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		docs = append(docs, doc)
		return nil
	}
	if err := withCopy(KindAppeal, r.appeal); err != nil {
		return nil, err
	}
	if err := withCopy(KindEvidenceIndex, r.index); err != nil {
		return nil, err
	}
	if r.postponeApplies() {
		if err := withCopy(KindPostpone, r.postpone); err != nil {
			return nil, err
		}
	}
	if r.inspectApplies() {
		if err := withCopy(KindInspect, r.inspect); err != nil {
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

// NotFinalError is why a final copy cannot be made: the issues name the fields.
type NotFinalError struct {
	Issues []forms.Issue
}

func (e *NotFinalError) Error() string {
	var ids []string
	for _, is := range e.Issues {
		ids = append(ids, is.Path)
	}
	return "templates: no final copy: " + strings.Join(ids, ", ")
}

// Text is the reason in tr's language, one issue a line, for the window and the
// command line.
func (e *NotFinalError) Text(tr *locales.Translator) string {
	lines := []string{tr.T("docs.final.refused")}
	for _, is := range e.Issues {
		lines = append(lines, "• "+is.Text(tr))
	}
	return strings.Join(lines, "\n")
}

// ErrorText is the message for err in tr's language when err says why a final copy
// cannot be made (of the first documents, or of a later stage's); ok is false for
// any other error.
func ErrorText(err error, tr *locales.Translator) (string, bool) {
	var nf *NotFinalError
	if errors.As(err, &nf) {
		return nf.Text(tr), true
	}
	var snf *StageNotFinalError
	if errors.As(err, &snf) {
		return snf.Text(tr), true
	}
	return "", false
}

// finalAllowed refuses a final copy (no draft mark) while forms.FilingIssues names
// anything in its way: Render and WriteBundle ask it alike.
func (r *renderer) finalAllowed() error {
	if r.draft {
		return nil
	}
	if issues := forms.FilingIssues(r.c, r.today); len(issues) > 0 {
		return &NotFinalError{Issues: issues}
	}
	return nil
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
	// today is the day the documents are made (Options.Today), for what counts from it.
	today time.Time
	// pleading is the law pleaded for the decision type (forms.PleadingFor).
	pleading forms.Pleading
	// timeliness of the remedy, from the last day and the lodging day (forms.TimelinessOf).
	timeliness forms.Timeliness
	lodging    time.Time
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
	r.remedy, ok = forms.RemedyOf(c) // with the act: who decides a visa appeal (ZoS Art. 38(2))
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrDecisionType, c.Decision.Type)
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
	r.today = opts.Today
	if r.today.IsZero() {
		r.today = r.signed
	}
	r.pleading = forms.PleadingFor(c)
	r.timeliness, _, r.lodging = forms.TimelinessOf(c, r.today)
	res := c.Deadlines()
	if res.Served != nil {
		r.served = res.Served.Date
	}
	// Asylum and other: the documents state the period the deadline is counted by
	// (asylum law Art. 40(5) inside the country, 41(7) at the border; the period of
	// the legal-remedy instruction, ZUP Art. 141(5)), not the table's default.
	if res.Remedy != nil && (r.remedy.Decision == legal.Asylum || r.remedy.Decision == legal.Other) {
		r.remedy.Period, r.remedy.PeriodBasis = res.Remedy.Period, res.Remedy.PeriodBasis
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
	// Type other (legal.AnyRemedy) is drafted as an appeal, so it counts as one here.
	return r.remedy.Kind != legal.Lawsuit && r.remedy.MayBeNonSuspensive(r.departureOrBan())
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
	return r.remedy.Kind != legal.Lawsuit && r.kept[forms.ArgInspectFile] // an appeal, or other's (AnyRemedy)
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

// renderCopy builds the reader's copy of a document of kind of.
func (r *renderer) renderCopy(of Kind, lang locales.Lang, file string, fn func(*builder) error) (Document, error) {
	b := r.newBuilderOf(KindReaderCopy, of, lang)
	if err := fn(b); err != nil {
		return Document{}, err
	}
	return r.finish(b, Document{Name: file, Kind: KindReaderCopy, Of: of, Lang: lang, Title: b.title})
}

// render builds one document's model from its template and renders it as PDF (and
// DOCX when asked for).
func (r *renderer) render(kind Kind, lang locales.Lang, file string, fn func(*builder) error) (Document, error) {
	b := r.newBuilder(kind, lang)
	if err := fn(b); err != nil {
		return Document{}, err
	}
	return r.finish(b, Document{Name: file, Kind: kind, Of: kind, Lang: lang, Title: b.title})
}

// finish renders b's model into doc: the PDF, and the DOCX when asked for.
func (r *renderer) finish(b *builder, doc Document) (Document, error) {
	out, pages, err := pdfBytes(b.m)
	if err != nil {
		return Document{}, err
	}
	doc.PDF, doc.Pages, doc.model = out, pages, b.m
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
	of    Kind   // the Serbian document's kind (= kind, or what a reader's copy translates)
	doc   string // the template file being executed
	lang  locales.Lang
	tr    *locales.Translator
	m     *model
	title string
}

func (r *renderer) newBuilder(kind Kind, lang locales.Lang) *builder {
	of := kind
	if kind == KindReaderCopy {
		of = KindAppeal
	}
	return r.newBuilderOf(kind, of, lang)
}

// newBuilderOf starts a document of kind that is (or translates) a document of kind of.
func (r *renderer) newBuilderOf(kind, of Kind, lang locales.Lang) *builder {
	tr := locales.New(lang)
	b := &builder{r: r, kind: kind, of: of, lang: lang, tr: tr}
	b.title = r.titleOf(of, tr)
	m := &model{
		Lang:      lang,
		Landscape: of == KindEvidenceIndex,
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
	if isReaderCopy(kind) {
		m.Banner = printable(readerBanner(tr, kind))
	}
	b.m = m
	return b
}

// titleOf is the title of a document of kind in tr's language (also the PDF title).
func (r *renderer) titleOf(kind Kind, tr *locales.Translator) string {
	switch kind {
	case KindEvidenceIndex:
		return tr.T("docs.title.index")
	case KindPostpone:
		return tr.T("docs.title.postpone")
	case KindInspect:
		return tr.T("docs.title.inspect")
	}
	if title, ok := stageTitle(tr, kind); ok {
		return title
	}
	if r.remedy.Kind == legal.Lawsuit {
		return tr.T("docs.title.lawsuit")
	}
	return tr.T("docs.title.appeal")
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
	id := "docs.decision." + r.c.Decision.Type
	if act := decisionAct(r.c.Decision); act != "" {
		// One type, two acts (ZoS Art. 85(4), 93(7)): the act's own name where known.
		if name := tr.T(id + "." + act); name != id+"."+act {
			return name
		}
	}
	if name := tr.T(id); name != id {
		return name // the documents' own name for the act (docs catalogue)
	}
	// A decision type the documents' catalogue does not name yet: the heading on the paper.
	h := r.dtype.Heading
	if h == "" {
		return r.c.Decision.Type
	}
	i := strings.Index(h+" ", " ")
	name := strings.ToLower(h[:i]) + h[i:]
	if lang == locales.SerbianLatin {
		name = locales.ToLatin(name)
	}
	return name
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
