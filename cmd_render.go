package main

import (
	"errors"

	"appealdesk/desk"
	"appealdesk/templates"
)

// cmdRender: appealdesk render FILE --out DIR [--script cyrl|latn] [--copy ru|en|none]
// [--date YYYY-MM-DD] [--no-draft]. It writes every document that applies to the case
// with this edition (desk.WriteDocuments: each PDF atomically, nothing unless every
// document rendered) and prints one line per file.
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
	today, ok := c.dateFlag("--date", *date)
	if !ok {
		return 2
	}
	cs, code := c.loadCase(pos[0])
	if cs == nil {
		return code
	}
	written, err := c.desk().WriteDocuments(cs, *out, templates.Options{
		Script: *script, Copy: *copyLang, NoDraftMark: *noDraft, Today: today,
	})
	for _, w := range written {
		c.printf("%s\n", c.tr.T("docs.cli.wrote", "File", w.Path, "Title", w.Title, "Size", w.Size))
	}
	var re *desk.RenderError
	var we *desk.WriteError
	switch {
	case errors.As(err, &re):
		c.errorf("%s", c.tr.T("docs.cli.render", "Error", re.Err))
		if templates.IsOptionError(re.Err) { // a bad --script or --copy
			return 2
		}
		return 1
	case errors.As(err, &we):
		c.errorf("%s", c.tr.T("docs.cli.write", "File", we.Path, "Error", we.Err))
		return 1
	case err != nil:
		c.errorf("%v", err)
		return 1
	}
	return 0
}
