package main

import (
	"os"
	"path/filepath"

	"appealdesk/forms"
	"appealdesk/templates"
)

// cmdRender: appealdesk render FILE --out DIR [--script cyrl|latn] [--copy ru|en|none]
// [--date YYYY-MM-DD] [--no-draft]. It renders every document that applies to the case
// (templates.Render) and writes each PDF atomically (temporary file, then rename), so
// a reader never sees half a PDF. Nothing is written unless every document rendered.
func cmdRender(c *cli, args []string) int {
	fs, lang := c.flags("render")
	out := fs.String("out", "", "directory to write the PDFs to (created if missing)")
	script := fs.String("script", "", "script of the Serbian documents: cyrl (default) or latn")
	copyLang := fs.String("copy", "", "reader's copy: ru, en or none (default: the case's choice)")
	date := fs.String("date", "", "date of signing when the case has none (YYYY-MM-DD; default today)")
	noDraft := fs.Bool("no-draft", false, "leave out the DRAFT — НАЦРТ marking and the notes for the lawyer")
	pos, ok := positionals(fs, args)
	if !ok || !c.useLang(*lang) {
		return 2
	}
	if len(pos) != 1 || *out == "" {
		c.errorf("%s", c.tr.T("docs.cli.usage"))
		return 2
	}
	file := pos[0]
	today, ok := c.dateFlag("--date", *date)
	if !ok {
		return 2
	}
	cs, code := c.loadCase(file)
	if cs == nil {
		return code
	}
	// An NGO edition's template overrides and footer line apply here as in export.
	docs, err := templates.Render(cs, templates.Options{
		Script: *script, Copy: *copyLang, NoDraftMark: *noDraft, Today: today,
	}.WithOrganisation(c.organisation()))
	if err != nil {
		if msg, ok := templates.ErrorText(err, c.tr); ok {
			c.errorf("%s", msg) // why no final copy can be made, field by field
			return 1
		}
		c.errorf("%s", c.tr.T("docs.cli.render", "Error", err))
		if errorsIsUsage(err) {
			return 2
		}
		return 1
	}
	if err := os.MkdirAll(*out, 0o700); err != nil {
		c.errorf("%s", c.tr.T("docs.cli.write", "File", *out, "Error", err))
		return 1
	}
	for _, d := range docs {
		path := filepath.Join(*out, d.Name)
		// 0600: the documents carry the person's particulars, like the case file.
		if err := forms.WriteFileAtomic(path, d.PDF, 0o600); err != nil {
			c.errorf("%s", c.tr.T("docs.cli.write", "File", path, "Error", err))
			return 1
		}
		c.printf("%s\n", c.tr.T("docs.cli.wrote", "File", path, "Title", d.Title, "Size", len(d.PDF)))
	}
	return 0
}

// errorsIsUsage: a bad --script or --copy is a usage error (exit 2).
func errorsIsUsage(err error) bool {
	return templates.IsOptionError(err)
}
