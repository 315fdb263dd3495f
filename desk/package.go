package desk

import (
	"context"
	"os"
	"path/filepath"

	"appealdesk/forms"
	"appealdesk/forms/evidence"
	"appealdesk/forms/lawyerpack"
	"appealdesk/locales"
	"appealdesk/templates"
)

// Verify re-hashes every evidence file of the case read from casePath; relative
// evidence paths are resolved against the case file's folder. The case is not
// changed. progress may be nil.
func Verify(ctx context.Context, c *forms.Case, casePath string, progress func(index int, done, total int64)) ([]evidence.Result, error) {
	return evidence.Verify(ctx, c, filepath.Dir(casePath), progress)
}

// ExportOptions are the choices of one package.
type ExportOptions struct {
	// NoDocuments leaves the PDFs out.
	NoDocuments bool
	// Documents are the rendering choices of the documents (Today: the date of
	// signing when the case gives none; Formats: nil = PDF and DOCX, the DOCX being
	// what the lawyer edits).
	Documents templates.Options
}

// Exported says what a package holds.
type Exported struct {
	Manifest            *lawyerpack.Manifest
	Evidence, Documents int
	// DocumentsErr is why no PDFs are in the package although they were asked for
	// (a *RenderError); the package holds the case and its evidence.
	DocumentsErr error
}

// Export writes the encrypted package for the lawyer to out (lawyerpack.Export):
// the case read from casePath, a copy of every evidence file and the documents'
// PDF and DOCX files, rendered with this edition. A passphrase that is very weak is
// refused (*WeakPassphraseError) before anything is read or written.
func (d *Desk) Export(ctx context.Context, c *forms.Case, casePath, out, passphrase string, o ExportOptions) (Exported, error) {
	var res Exported
	if level, hint := lawyerpack.CheckPassphraseFor(passphrase, lawyerpack.CaseWords(c)); level == lawyerpack.VeryWeak {
		return res, &WeakPassphraseError{Hint: hint}
	}
	var docs []lawyerpack.NamedFile
	if !o.NoDocuments {
		if o.Documents.Formats == nil {
			o.Documents.Formats, _ = templates.ParseFormats("")
		}
		rendered, err := d.Documents(c, o.Documents)
		res.DocumentsErr = err
		for _, f := range templates.Files(rendered, o.Documents.Formats) {
			docs = append(docs, lawyerpack.NamedFile{Name: f.Name, Data: f.Data})
		}
	}
	man, err := lawyerpack.Export(ctx, c, casePath, docs, out, passphrase)
	if err != nil {
		return res, err
	}
	res.Manifest = man
	res.Evidence, res.Documents = countFiles(man)
	return res, nil
}

// WeakPassphraseError is a passphrase too easy to guess to protect a person's data.
type WeakPassphraseError struct {
	Hint string // catalogue id of what would make it stronger (lawyerpack.CheckPassphrase)
}

func (e *WeakPassphraseError) Error() string { return "passphrase too weak: " + e.Hint }

// Message is what the person is told (a locales.MessageError).
func (e *WeakPassphraseError) Message() locales.Message {
	return locales.Message{ID: "pack.pass.too_weak", Params: []any{"Hint", locales.Message{ID: e.Hint}}}
}

// Imported is an unpacked package.
type Imported struct {
	*lawyerpack.Imported
	Evidence, Documents int
}

// Import unpacks the package at pkg into outDir (lawyerpack.Import: outDir must not
// exist or be empty; on failure nothing is left behind). The folder that is to hold
// outDir is created if missing (0700), e.g. for the first package a lawyer opens.
func Import(ctx context.Context, pkg, outDir, passphrase string) (Imported, error) {
	if err := os.MkdirAll(filepath.Dir(outDir), 0o700); err != nil {
		return Imported{}, err
	}
	im, err := lawyerpack.Import(ctx, pkg, outDir, passphrase)
	if err != nil {
		return Imported{}, err
	}
	ev, docs := countFiles(im.Manifest)
	return Imported{Imported: im, Evidence: ev, Documents: docs}, nil
}

// AddImported puts an imported case into the store of cases as a new case, its
// evidence paths made absolute so that they point at the copies in the imported
// folder (which keeps the original case file). It returns the new case file.
func AddImported(st *forms.Store, im *lawyerpack.Imported) (string, error) {
	c := im.Case.Clone()
	dir := filepath.Dir(im.CasePath)
	for i := range c.Evidence {
		if f := c.Evidence[i].File; f != nil && !filepath.IsAbs(evidence.FilePath(f)) {
			f.Path = filepath.Join(dir, filepath.FromSlash(evidence.FilePath(f)))
			f.PathRaw = nil
		}
	}
	e, _, err := st.Create(c.Title)
	if err != nil {
		return "", err
	}
	if err := forms.Save(e.Path, c); err != nil {
		return "", err
	}
	return e.Path, nil
}

// countFiles counts a manifest's evidence copies and documents.
func countFiles(man *lawyerpack.Manifest) (evidenceFiles, documents int) {
	for _, f := range man.Files {
		if f.Kind == "evidence" {
			evidenceFiles++
		} else {
			documents++
		}
	}
	return evidenceFiles, documents
}
