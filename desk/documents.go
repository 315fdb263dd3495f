package desk

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"appealdesk/forms"
	"appealdesk/forms/evidence"
	"appealdesk/locales"
	"appealdesk/templates"
)

// Documents renders every document that applies to the case (templates.Render) with
// this edition's document texts and footer line. o.Today is the date of signing when
// the case gives none.
func (d *Desk) Documents(c *forms.Case, o templates.Options) ([]templates.Document, error) {
	docs, err := templates.Render(c, o.WithOrganisation(d.org))
	if err != nil {
		return nil, &RenderError{Err: err}
	}
	return docs, nil
}

// Written is one document written into a folder.
type Written struct {
	Path  string
	Name  string // the file name, e.g. zalba.pdf
	Title string // in the document's language
	Pages int
	Size  int64
}

// WriteDocuments renders the documents (Documents) and writes each into folder,
// which is created if missing (0700). Each file is written atomically with mode 0600:
// the documents carry the person's particulars, like the case file. Nothing is
// written unless every document rendered; after a write failure the files written
// before it are returned with the *WriteError.
func (d *Desk) WriteDocuments(c *forms.Case, folder string, o templates.Options) ([]Written, error) {
	docs, err := d.Documents(c, o)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(folder, 0o700); err != nil {
		return nil, &WriteError{Path: folder, Err: err}
	}
	var out []Written
	for _, doc := range docs {
		p := filepath.Join(folder, doc.Name)
		if err := forms.WriteFileAtomic(p, doc.PDF, 0o600); err != nil {
			return out, &WriteError{Path: p, Err: err}
		}
		out = append(out, Written{Path: p, Name: doc.Name, Title: doc.Title, Pages: evidence.PDFPages(doc.PDF), Size: int64(len(doc.PDF))})
	}
	return out, nil
}

// RenderError is a case the documents could not be made from.
type RenderError struct{ Err error }

func (e *RenderError) Error() string { return "documents: " + e.Err.Error() }
func (e *RenderError) Unwrap() error { return e.Err }

// Message is what the person is told (a locales.MessageError).
func (e *RenderError) Message() locales.Message {
	switch {
	case errors.Is(e.Err, templates.ErrDecisionType):
		return locales.Message{ID: "doc.error.type"}
	case errors.Is(e.Err, templates.ErrNoDraft):
		return locales.Message{ID: "doc.error.no_draft"}
	}
	return locales.Message{ID: "doc.error.render", Params: []any{"Error", e.Err.Error()}}
}

// WriteError is a document or folder that could not be written.
type WriteError struct {
	Path string
	Err  error
}

func (e *WriteError) Error() string { return fmt.Sprintf("writing %s: %v", e.Path, e.Err) }
func (e *WriteError) Unwrap() error { return e.Err }

// Message is what the person is told (a locales.MessageError).
func (e *WriteError) Message() locales.Message {
	return locales.Message{ID: "doc.error.write", Params: []any{"File", e.Path}}
}
