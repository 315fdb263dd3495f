package main

import (
	"context"
	"errors"
	"path/filepath"

	"appealdesk/desk"
	"appealdesk/templates"
)

// cmdRender: appealdesk render FILE --out DIR [--format pdf,docx,bundle]
// [--script cyrl|latn] [--copy ru|en|none] [--date YYYY-MM-DD] [--no-draft] [--keep].
// It renders every document that applies to the case with this edition and writes the
// set through desk.WriteDocuments (templates.WriteDocuments): into a temporary folder
// first, then moved into place, so a failure leaves the earlier set as it was. Exit 0 done; 1 unreadable case, write
// error, or an exhibit the bundle could not include (the bundle is still written);
// 2 usage error.
func cmdRender(c *cli, args []string) int {
	fs, lang := c.flags("render")
	out := fs.String("out", "", "directory to write the documents to (created if missing)")
	format := fs.String("format", "", "comma list of pdf, docx, bundle (default pdf,docx)")
	script := fs.String("script", "", "script of the Serbian documents: cyrl (default) or latn")
	copyLang := fs.String("copy", "", "reader's copy: ru, en or none (default: the case's choice)")
	date := fs.String("date", "", "date of signing when the case has none (YYYY-MM-DD; default today)")
	noDraft := fs.Bool("no-draft", false, "leave out the DRAFT — НАЦРТ marking and the notes for the lawyer")
	keep := fs.Bool("keep", false, "keep documents of an earlier rendering that this one does not make (e.g. the other script)")
	pos, ok := positionals(fs, args)
	if !ok || !c.useLang(*lang) {
		return 2
	}
	if len(pos) != 1 || *out == "" {
		c.errorf("%s", c.tr.T("out.cli.usage"))
		return 2
	}
	formats, err := templates.ParseFormats(*format)
	if err != nil {
		c.errorf("%s", c.tr.T("out.cli.usage"))
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
	opts := templates.Options{
		Script: *script, Copy: *copyLang, NoDraftMark: *noDraft, Today: today, Formats: formats,
	}
	res, err := c.desk().WriteDocuments(context.Background(), cs, opts, templates.OutputOptions{
		Dir: *out, CaseDir: filepath.Dir(file), Keep: *keep,
	})
	// Why no final copy can be made (the first documents' or a later stage's), field by field.
	if msg, ok := templates.ErrorText(err, c.tr); ok {
		c.errorf("%s", msg)
		return 1
	}
	var render *desk.RenderError
	var write *desk.WriteError
	switch {
	case errors.As(err, &render):
		c.errorf("%s", c.tr.T("docs.cli.render", "Error", render.Err))
		if templates.IsOptionError(err) {
			return 2
		}
		return 1
	case errors.As(err, &write):
		c.errorf("%s", c.tr.T("docs.cli.write", "File", *out, "Error", write.Err))
		return 1
	case err != nil:
		c.errorf("%v", err)
		return 1
	}
	for _, m := range res.MovedAside {
		c.errorf("%s", c.tr.T("out.cli.moved", "File", m.Name, "Kept", m.Path))
	}
	for _, w := range res.Written {
		c.printf("%s\n", c.tr.T("out.cli.wrote", "File", w.Path, "Size", w.Size))
	}
	for _, r := range res.Removed {
		c.printf("%s\n", c.tr.T("out.cli.removed", "File", filepath.Join(*out, r)))
	}
	if res.Bundle != nil && len(res.Bundle.Problems) > 0 {
		for _, p := range res.Bundle.Problems {
			c.errorf("%s", c.tr.Msg(p.Message()))
		}
		return 1
	}
	return 0
}
