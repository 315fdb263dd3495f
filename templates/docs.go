package templates

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"text/template"

	"appealdesk/forms"
	"appealdesk/locales"
)

// builtin holds the document texts: text/<lang>/<document>.tmpl, Serbian in Cyrillic.
//
//go:embed text
var builtin embed.FS

// Template file names under text/ (and under an override Options.Templates).
const (
	tmplAppeal   = "zalba.tmpl"         // the appeal, or the lawsuit where no appeal lies
	tmplIndex    = "spisak-dokaza.tmpl" // the evidence index's heading and closing words
	tmplPostpone = "zahtev-odlaganje.tmpl"
	tmplInspect  = "zahtev-uvid.tmpl"
	// tmplCommon holds the definitions every document of a language shares (the
	// party's name by gender, the particulars, the signature block, citations of the
	// Constitution); it is parsed with each of them.
	tmplCommon = "zajednicko.tmpl"
)

// TemplateNames lists every template file, relative to text/, for tests and for an
// NGO that wants to know what it may override.
func TemplateNames() []string {
	var out []string
	for _, dir := range []string{"sr", "ru", "en"} {
		for _, f := range []string{tmplCommon, tmplAppeal, tmplIndex, tmplPostpone, tmplInspect} {
			out = append(out, dir+"/"+f)
		}
	}
	return out
}

// BuiltinTemplates returns the built-in template files (rooted so that names are
// "sr/zalba.tmpl"), e.g. for an NGO to copy and edit.
func BuiltinTemplates() fs.FS {
	sub, err := fs.Sub(builtin, "text")
	if err != nil {
		panic(err) // embedded at build time
	}
	return sub
}

// source reads a template file, from the override FS if it has it.
func (r *renderer) source(name string) (string, error) {
	if r.opts.Templates != nil {
		if data, err := fs.ReadFile(r.opts.Templates, name); err == nil {
			return string(data), nil
		}
	}
	data, err := fs.ReadFile(builtin, "text/"+name)
	if err != nil {
		return "", fmt.Errorf("template %s: %w", name, err)
	}
	return string(data), nil
}

// execute runs the template file of the builder's language, with the language's
// shared definitions. Serbian Latin is the Cyrillic template transliterated, so the
// two scripts can never drift apart.
func (b *builder) execute(file string) (string, error) {
	dir := "sr"
	switch b.lang {
	case locales.Russian:
		dir = "ru"
	case locales.English:
		dir = "en"
	}
	name := dir + "/" + file
	src, err := b.r.source(name)
	if err != nil {
		return "", err
	}
	common, err := b.r.source(dir + "/" + tmplCommon)
	if err != nil {
		return "", err
	}
	if b.lang == locales.SerbianLatin {
		src, common = locales.ToLatin(src), locales.ToLatin(common)
	}
	b.doc = file
	data := b.data()
	sections := b.sections(file, data)
	n := 0
	funcs := template.FuncMap{
		"kept": b.r.keptFunc,
		// next numbers the sections of the reasoning: 1, 2, 3 …
		"next": func() int { n++; return n },
		"add":  func(a, b int) int { return a + b },
		// arg is the short name of an argument in the document's language.
		"arg": func(id string) string { return b.tr.T("docs.arg." + id) },
		// has and sec: whether the document has section id, and its number, so a
		// section can refer to one that comes later.
		"has": func(id string) bool { return sections[id] > 0 },
		"sec": func(id string) (int, error) {
			if sections[id] == 0 {
				return 0, fmt.Errorf("no section %q in %s", id, file)
			}
			return sections[id], nil
		},
		// days and years are periods as the law writes them („осам дана“, „15 дана“).
		"days":  b.days,
		"years": b.banYears,
		// const is the Constitution's article for a right as the lawyer confirmed it,
		// or a visible blank for the lawyer to fill in.
		"const": func(right string) string {
			if v := data.Const[right]; v != "" {
				return v
			}
			return "___"
		},
	}
	t, err := parseCached(name, src, dir+"/"+tmplCommon, common, funcs)
	if err != nil {
		return "", fmt.Errorf("template %s: %w", name, err)
	}
	var out bytes.Buffer
	if err := t.ExecuteTemplate(&out, name, data); err != nil {
		return "", fmt.Errorf("template %s: %w", name, err)
	}
	return out.String(), nil
}

// sections numbers the sections of a document's reasoning in the order the template
// prints them; an argument's section is there when the argument is kept.
func (b *builder) sections(file string, d Data) map[string]int {
	var order []string
	switch file {
	case tmplAppeal:
		order = append(order, "facts")
		if d.Story.Text != "" {
			order = append(order, "story")
		}
		switch d.Type {
		case forms.TypeTravelDocumentRefusal, forms.TypeEntryBanLiftingRefusal, forms.TypePermitDeclaredInvalid:
			order = append(order, "type") // the type's own section: the law behind the decision
		}
		var args []string
		switch d.Type {
		case forms.TypeDetention:
			args = []string{forms.ArgDetentionReasons, forms.ArgDetentionGrounds, forms.ArgAlternatives,
				forms.ArgRemovalProspect, forms.ArgRiskOnReturn}
		case forms.TypeCourtExpulsion:
			args = []string{forms.ArgCourtMeasure, forms.ArgNoReasons, forms.ArgFamily, forms.ArgLengthOfStay,
				forms.ArgRiskOnReturn, forms.ArgProportionality}
		default:
			args = []string{forms.ArgNoReasons, forms.ArgNotHeard, forms.ArgFamily, forms.ArgLengthOfStay,
				forms.ArgSpeech, forms.ArgRiskOnReturn, forms.ArgProportionality}
		}
		for _, id := range args {
			if b.r.kept[id] {
				order = append(order, id)
			}
		}
		if d.Remedy.Postpone {
			order = append(order, forms.ArgPostponeExecution)
		}
		if d.Remedy.Inspect {
			order = append(order, forms.ArgInspectFile)
		}
	}
	out := map[string]int{}
	for i, id := range order {
		out[id] = i + 1
	}
	return out
}

func (r *renderer) appeal(b *builder) error { return b.simple(tmplAppeal, nil) }

func (r *renderer) postpone(b *builder) error { return b.simple(tmplPostpone, nil) }

func (r *renderer) inspect(b *builder) error { return b.simple(tmplInspect, nil) }

// simple builds the document model from the template's markup.
func (b *builder) simple(file string, hooks map[string]func() []block) error {
	text, err := b.execute(file)
	if err != nil {
		return err
	}
	if !b.r.draft {
		text = withoutNotes(text)
	}
	// The edition's note is added after the final copy's notes are removed: it is
	// empty in a final copy, and no template can drop it from a draft.
	b.m.Blocks = parseMarkup(b.overrideNote()+text, hooks)
	return nil
}

// withoutNotes drops every note line ("? …") of a final copy: a final copy carries
// no note to anyone, even from a template an NGO edited (the built-in ones print
// notes only in drafts; TestFinalCopiesCarryNoNote checks them).
func withoutNotes(text string) string {
	lines := strings.Split(text, "\n")
	out := lines[:0]
	for _, l := range lines {
		if kind, _ := classify(l); kind == "?" {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// index builds the evidence index: the template's words around a table of every
// item, in the order the person gave them.
func (r *renderer) index(b *builder) error {
	return b.simple(tmplIndex, map[string]func() []block{"table": b.evidenceTable})
}

func (b *builder) evidenceTable() []block {
	tr := b.tr
	// „Прилог 1“ fits 18 mm; a reader's copy's „Приложение 1“, "Attachment 1" need 27.
	numW := 18.0
	if b.lang == locales.Russian || b.lang == locales.English {
		numW = 27
	}
	cols := []tableCol{
		{Width: numW, Head: tr.T("docs.index.col.number")},
		{Width: 92 - numW, Head: tr.T("docs.index.col.document")},
		{Width: 22, Head: tr.T("docs.index.col.date")},
		{Width: 11, Head: tr.T("docs.index.col.pages")},
		{Width: 38, Head: tr.T("docs.index.col.language")},
		{Width: 54, Head: tr.T("docs.index.col.proves")},
		{Width: 35, Head: tr.T("docs.index.col.sha256"), Mono: true},
	}
	data := b.data()
	var rows [][]string
	for i, e := range b.r.c.Evidence {
		doc := data.Evidence[i].Title
		if doc == "" {
			doc = "—"
		}
		// The kind of evidence, chosen from a list, so it reads in the document's
		// language whatever language the title was typed in.
		if cat := e.Category; cat != "" && knownCategory(cat) {
			doc += string(paraBreak) + tr.T("docs.index.kind", "Kind", tr.T("docs.category."+cat))
		}
		hash := "—"
		if e.File != nil {
			doc += string(paraBreak) + tr.T("docs.index.file", "Name", field(e.File.Name))
			if h := strings.TrimSpace(e.File.SHA256); h != "" {
				hash = hashGroups(field(h))
			}
		}
		pages := "—"
		if e.Pages > 0 {
			pages = itoa(e.Pages)
		}
		date := "—"
		if e.Date != "" {
			if t, ok := parseDate(e.Date); ok {
				date = fmt.Sprintf("%02d.%02d.%d.", t.Day(), int(t.Month()), t.Year())
			} else {
				date = field(string(e.Date))
			}
		}
		rows = append(rows, []string{
			tr.T("docs.index.item", "N", i+1), doc, date, pages,
			b.languageCell(e), b.provesCell(e), hash,
		})
	}
	if len(rows) == 0 {
		return []block{newBlock(blockPara, tr.T("docs.index.empty"))}
	}
	t := &table{Cols: cols, Continued: tr.T("layout.continued")}
	for _, row := range rows {
		cells := make([]tableCell, len(row))
		for i, c := range row {
			for _, p := range splitBreaks(c) {
				cells[i] = append(cells[i], finalText(p))
			}
		}
		t.Rows = append(t.Rows, cells)
	}
	return []block{{Kind: blockTable, Table: t, SpaceAfter: 1}}
}

// hashGroups sets a fingerprint in groups of four characters, so it can be read
// aloud and compared group by group; a line breaks only between groups.
func hashGroups(h string) string {
	r := []rune(h)
	if len(r) <= 8 || strings.ContainsAny(h, " \u00A0") {
		return h
	}
	var b strings.Builder
	for i := 0; i < len(r); i += 4 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(string(r[i:min(i+4, len(r))]))
	}
	return b.String()
}

// languageCell: the language and whether a certified translation is attached or
// still needed (ZUP Art. 123(2)).
func (b *builder) languageCell(e forms.EvidenceItem) string {
	tr := b.tr
	code := strings.ToLower(strings.TrimSpace(e.Language))
	lang := "—"
	if code != "" {
		if knownLang[code] {
			lang = tr.T("docs.lang." + code)
		} else {
			lang = field(e.Language)
		}
	}
	status := e.Translation
	switch {
	case code == "sr" && status == "":
		status = "not-needed"
	case status == "":
		status = "unknown"
	}
	switch status {
	case "attached", "needed", "not-needed", "unknown":
		return lang + string(paraBreak) + tr.T("docs.tr."+status)
	}
	return lang + string(paraBreak) + field(status)
}

func knownCategory(c string) bool {
	for _, x := range forms.EvidenceCategories {
		if x == c {
			return true
		}
	}
	return false
}

var knownLang = map[string]bool{"sr": true, "ru": true, "en": true, "uk": true, "be": true, "de": true, "fr": true}

// provesCell names the arguments an item supports.
func (b *builder) provesCell(e forms.EvidenceItem) string {
	var parts []string
	for _, id := range e.Supports {
		known := false
		for _, a := range forms.AllArguments {
			known = known || a == id
		}
		if known {
			parts = append(parts, b.tr.T("docs.arg."+id))
		} else {
			parts = append(parts, field(id))
		}
	}
	if len(parts) == 0 {
		return "—"
	}
	return strings.Join(parts, string(paraBreak))
}
