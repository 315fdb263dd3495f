package main

import (
	"context"
	"errors"
	"path/filepath"

	"appealdesk/templates"
)

// cmdRender: appealdesk render FILE --out DIR [--format pdf,docx,bundle]
// [--script cyrl|latn] [--copy ru|en|none] [--date YYYY-MM-DD] [--no-draft] [--keep].
// It renders every document that applies to the case and writes the set through
// templates.WriteDocuments: into a temporary folder first, then moved into place, so
// a failure leaves the earlier set as it was. Exit 0 done; 1 unreadable case, write
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
	// An NGO edition's template overrides and footer line apply here as in export.
	opts := templates.Options{
		Script: *script, Copy: *copyLang, NoDraftMark: *noDraft, Today: today, Formats: formats,
	}.WithOrganisation(c.organisation())
	res, err := templates.WriteDocuments(context.Background(), cs, opts, templates.OutputOptions{
		Dir: *out, CaseDir: filepath.Dir(file), Keep: *keep,
	})
	if err != nil {
		if templates.IsOptionError(err) {
			c.errorf("%s", c.tr.T("docs.cli.render", "Error", err))
			return 2
		}
		if errors.Is(err, templates.ErrRender) {
			c.errorf("%s", c.tr.T("docs.cli.render", "Error", err))
		} else {
			c.errorf("%s", c.tr.T("docs.cli.write", "File", *out, "Error", err))
		}
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
			c.errorf("%s", c.tr.T("out.problem", "N", p.N, "Title", p.Title, "File", p.File, "Reason", c.tr.T("bundle.reason."+p.Reason)))
		}
		return 1
	}
	return 0
}
