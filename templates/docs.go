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
	t := template.New(name).Funcs(funcs).Option("missingkey=error")
	if _, err := t.New(dir + "/" + tmplCommon).Parse(common); err != nil {
		return "", fmt.Errorf("template %s/%s: %w", dir, tmplCommon, err)
	}
	if _, err := t.New(name).Parse(src); err != nil {
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

func (b *builder) simple(file string, hooks map[string]func()) error {
	text, err := b.execute(file)
	if err != nil {
		return err
	}
	if !b.r.draft {
		text = withoutNotes(text)
	}
	b.pdf.markup(text, hooks)
	return b.pdf.f.Error()
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

// index lays out the evidence index: the template's words around a table of every
// item, in the order the person gave them.
func (r *renderer) index(b *builder) error {
	return b.simple(tmplIndex, map[string]func(){"table": func() { b.evidenceTable() }})
}

// column of the evidence table.
type column struct {
	w    float64
	head string
	size float64
}

const (
	tableSize = 9.5
	hashSize  = 7.5
	cellPad   = 1.4
)

func (b *builder) evidenceTable() {
	tr := b.tr
	cols := []column{
		{18, tr.T("docs.index.col.number"), tableSize},
		{68, tr.T("docs.index.col.document"), tableSize},
		{24, tr.T("docs.index.col.date"), tableSize},
		{12, tr.T("docs.index.col.pages"), tableSize},
		{38, tr.T("docs.index.col.language"), tableSize},
		{46, tr.T("docs.index.col.proves"), tableSize},
		{46, tr.T("docs.index.col.sha256"), hashSize},
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
				hash = field(h)
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
		b.pdf.paragraph(tr.T("docs.index.empty"), paraOpt{size: bodySize, align: 'L'})
		return
	}
	b.pdf.table(cols, rows)
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

// table draws rows under a header repeated on every page. Each cell is wrapped by
// the one wrapper that also measures; a row that does not fit the rest of a page
// moves whole to the next page, and only a row taller than a whole page is split.
func (d *pdfDoc) table(cols []column, rows [][]string) {
	lh := tableSize * lineFactor * ptToMM
	header := func() {
		d.setFont(true, tableSize)
		heads := make([][]string, len(cols))
		n := 1
		for i, c := range cols {
			heads[i] = d.wrap(printable(c.head), c.w-2*cellPad, 0)
			n = max(n, len(heads[i]))
		}
		h := float64(n)*lh + 2*cellPad
		d.need(h + lh*2)
		x := marginLeft
		d.fillColor(232, 232, 232)
		for i, c := range cols {
			d.rect(x, d.y, c.w, h, "FD")
			for j, l := range heads[i] {
				d.text(x+cellPad, d.y+cellPad+lh*float64(j)+lh*0.78, l)
			}
			x += c.w
		}
		d.y += h
		d.setFont(false, tableSize)
	}
	d.drawColor(90, 90, 90)
	d.lineWidth(0.2)
	header()
	for _, row := range rows {
		cells := make([][]string, len(cols))
		n := 1
		for i, c := range cols {
			d.setFont(false, c.size)
			for _, part := range splitBreaks(row[i]) {
				cells[i] = append(cells[i], d.wrap(printable(part), c.w-2*cellPad, 0)...)
			}
			n = max(n, len(cells[i]))
		}
		h := float64(n)*lh + 2*cellPad
		fresh := d.bottom() - marginTop - 30 // room below a header on a new page (conservative)
		if d.y+h > d.bottom() && h <= fresh {
			d.newPage()
			header()
		}
		from := 0
		for from < n {
			fit := int((d.bottom() - d.y - 2*cellPad) / lh)
			if fit < 1 {
				d.newPage()
				header()
				continue
			}
			to := min(n, from+fit)
			ch := float64(to-from)*lh + 2*cellPad
			x := marginLeft
			for i, c := range cols {
				d.rect(x, d.y, c.w, ch, "D")
				d.setFont(false, c.size)
				for j := from; j < to && j < len(cells[i]); j++ {
					d.text(x+cellPad, d.y+cellPad+lh*float64(j-from)+lh*0.78, cells[i][j])
				}
				x += c.w
			}
			d.y += ch
			from = to
			if from < n {
				d.newPage()
				header()
			}
		}
	}
	d.setFont(false, bodySize)
	d.y += lh
}
