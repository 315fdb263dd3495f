package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"golang.org/x/term"

	"appealdesk/desk"
	"appealdesk/forms/evidence"
	"appealdesk/forms/lawyerpack"
	"appealdesk/templates"
)

// verifyJSON is the --json shape of verify (documented in the README; may grow, never break).
type verifyJSON struct {
	File  string           `json:"file"`
	OK    bool             `json:"ok"`
	Items []verifyItemJSON `json:"items"`
}

type verifyItemJSON struct {
	Index    int    `json:"index"`
	Title    string `json:"title"`
	Path     string `json:"path,omitempty"`
	Status   string `json:"status"`
	Recorded string `json:"recorded_sha256,omitempty"`
	SHA256   string `json:"sha256,omitempty"`
	Size     int64  `json:"size,omitempty"`
	Error    string `json:"error,omitempty"`
}

// cmdVerify: appealdesk verify FILE [--json]. Re-hashes every evidence file of the
// case and names each that changed, is missing or cannot be read; exit 1 if any.
// The case file is never modified.
func cmdVerify(c *cli, args []string) int {
	fs, lang := c.flags("verify")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	pos, ok := positionals(fs, args)
	if !ok || !c.useLang(*lang) {
		return 2
	}
	if len(pos) != 1 {
		c.errorf("%s", c.tr.T("evidence.cli.usage.verify"))
		return 2
	}
	file := pos[0]
	cs, code := c.loadCase(file)
	if cs == nil {
		return code
	}
	res, err := desk.Verify(context.Background(), cs, file, nil)
	if err != nil {
		c.errorf("%v", err)
		return 1
	}
	bad := 0
	for _, r := range res {
		if r.Bad() {
			bad++
		}
	}
	if *asJSON {
		out := verifyJSON{File: file, OK: bad == 0, Items: []verifyItemJSON{}}
		for _, r := range res {
			it := verifyItemJSON{Index: r.Index, Title: r.Title, Path: evidence.DisplayName(r.Path), Status: string(r.Status),
				Recorded: r.Recorded, SHA256: r.SHA256, Size: r.Size}
			if r.Err != nil {
				it.Error = r.Err.Error()
			}
			out.Items = append(out.Items, it)
		}
		enc := json.NewEncoder(c.stdout)
		enc.SetIndent("", "  ")
		enc.Encode(out)
	} else {
		files := 0
		for _, r := range res {
			if r.Status == evidence.StatusPaper {
				continue
			}
			files++
			c.printf("%s\n", c.tr.T("evidence.cli.verify.line", "Status", c.tr.T(r.Status.MessageID()),
				"Title", evidence.DisplayName(r.Title), "Path", evidence.DisplayName(r.Path)))
			if r.Status == evidence.StatusChanged {
				c.printf("    %s\n", c.tr.T("evidence.cli.verify.changed", "Recorded", r.Recorded, "Now", r.SHA256))
			}
		}
		switch {
		case files == 0:
			c.printf("%s\n", c.tr.T("evidence.cli.verify.none"))
		case bad == 0:
			c.printf("%s\n", c.tr.N("evidence.cli.verify.all_ok", files))
		default:
			c.printf("%s\n", c.tr.N("evidence.cli.verify.problems", bad))
		}
	}
	if bad > 0 {
		return 1
	}
	return 0
}

// cmdExport: appealdesk export FILE --out PACKAGE [--passphrase-file F] [--no-documents].
func cmdExport(c *cli, args []string) int {
	fs, lang := c.flags("export")
	out := fs.String("out", "", "the package file to write (must not exist)")
	passFile := fs.String("passphrase-file", "", "read the passphrase from the first line of this file")
	noDocs := fs.Bool("no-documents", false, "do not render and include the PDFs")
	pos, ok := positionals(fs, args)
	if !ok || !c.useLang(*lang) {
		return 2
	}
	if len(pos) != 1 || *out == "" {
		c.errorf("%s", c.tr.T("evidence.cli.usage.export"))
		return 2
	}
	file := pos[0]
	cs, code := c.loadCase(file)
	if cs == nil {
		return code
	}
	pass, code := c.passphrase(*passFile, true)
	if code != 0 {
		return code
	}
	if level, hint := lawyerpack.CheckPassphraseFor(pass, lawyerpack.CaseWords(cs)); level == lawyerpack.Weak {
		fmt.Fprintf(c.stderr, "%s\n", c.tr.T(hint))
	}
	res, err := c.desk().Export(context.Background(), cs, file, *out, pass, desk.ExportOptions{
		// PDF and DOCX: the lawyer edits the DOCX.
		NoDocuments: *noDocs, Documents: templates.Options{Today: time.Now(), Formats: []templates.Format{templates.FormatPDF, templates.FormatDOCX}},
	})
	var weak *desk.WeakPassphraseError
	if errors.As(err, &weak) {
		c.errorf("%s", c.tr.T("evidence.cli.passphrase.too_weak", "Hint", c.tr.T(weak.Hint)))
		return 1
	}
	var noDocuments *desk.RenderError
	if errors.As(res.DocumentsErr, &noDocuments) {
		fmt.Fprintf(c.stderr, "%s\n", c.tr.T("evidence.cli.export.no_documents", "Error", noDocuments.Err))
	}
	if err != nil {
		c.packError(err)
		return 1
	}
	c.printf("%s\n", c.tr.T("evidence.cli.export.done", "File", *out))
	c.printf("%s\n", c.tr.N("evidence.cli.files.evidence", res.Evidence))
	c.printf("%s\n", c.tr.N("evidence.cli.files.documents", res.Documents))
	c.printf("%s\n", c.tr.T("evidence.cli.export.send"))
	return 0
}

// cmdImport: appealdesk import PACKAGE --out DIR [--passphrase-file F].
func cmdImport(c *cli, args []string) int {
	fs, lang := c.flags("import")
	out := fs.String("out", "", "the folder to create (must not exist or be empty)")
	passFile := fs.String("passphrase-file", "", "read the passphrase from the first line of this file")
	pos, ok := positionals(fs, args)
	if !ok || !c.useLang(*lang) {
		return 2
	}
	if len(pos) != 1 || *out == "" {
		c.errorf("%s", c.tr.T("evidence.cli.usage.import"))
		return 2
	}
	pass, code := c.passphrase(*passFile, false)
	if code != 0 {
		return code
	}
	im, err := desk.Import(context.Background(), pos[0], *out, pass)
	if err != nil {
		c.packError(err)
		return 1
	}
	c.printf("%s\n", c.tr.T("evidence.cli.import.done", "Dir", *out, "File", im.CasePath))
	c.printf("%s\n", c.tr.N("evidence.cli.files.evidence", im.Evidence))
	c.printf("%s\n", c.tr.N("evidence.cli.files.documents", im.Documents))
	return 0
}

// packError prints an Export/Import failure in the person's language, with each
// evidence item concerned.
func (c *cli) packError(err error) {
	c.errorf("%s", c.tr.Error(err, ""))
	var pe *lawyerpack.Error
	if !errors.As(err, &pe) {
		return
	}
	for _, r := range pe.Evidence {
		fmt.Fprintf(c.stderr, "  %s\n", c.tr.T("evidence.cli.verify.line", "Status", c.tr.T(r.Status.MessageID()),
			"Title", evidence.DisplayName(r.Title), "Path", evidence.DisplayName(r.Path)))
	}
}

// passphrase reads the passphrase from file (its first line, without the line end)
// or, when stdin is a terminal, by asking (twice when confirm). It never comes from
// an argument. The second result is the exit code on failure.
func (c *cli) passphrase(file string, confirm bool) (string, int) {
	if file != "" {
		f, err := os.Open(file)
		if err != nil {
			c.errorf("%s", c.tr.T("evidence.cli.passphrase.file_error", "File", file, "Error", err))
			return "", 1
		}
		defer f.Close()
		line, err := bufio.NewReader(f).ReadString('\n')
		if err != nil && line == "" {
			c.errorf("%s", c.tr.T("evidence.cli.passphrase.empty_file", "File", file))
			return "", 1
		}
		line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
		if line == "" {
			c.errorf("%s", c.tr.T("evidence.cli.passphrase.empty_file", "File", file))
			return "", 1
		}
		return line, 0
	}
	in, ok := c.stdin.(*os.File)
	if !ok || !term.IsTerminal(int(in.Fd())) {
		c.errorf("%s", c.tr.T("evidence.cli.passphrase.no_terminal"))
		return "", 2
	}
	ask := func(id string) (string, bool) {
		fmt.Fprint(c.stderr, c.tr.T(id))
		b, err := term.ReadPassword(int(in.Fd()))
		fmt.Fprintln(c.stderr)
		if err != nil {
			c.errorf("%v", err)
			return "", false
		}
		return string(b), true
	}
	p, ok := ask("evidence.cli.passphrase.prompt")
	if !ok {
		return "", 1
	}
	if p == "" {
		c.errorf("%s", c.tr.T("evidence.pack.error.empty_passphrase"))
		return "", 1
	}
	if confirm {
		again, ok := ask("evidence.cli.passphrase.repeat")
		if !ok {
			return "", 1
		}
		if again != p {
			c.errorf("%s", c.tr.T("evidence.cli.passphrase.mismatch"))
			return "", 1
		}
	}
	return p, 0
}
