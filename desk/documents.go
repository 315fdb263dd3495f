package desk

import (
	"context"
	"errors"
	"fmt"

	"appealdesk/forms"
	"appealdesk/locales"
	"appealdesk/templates"
)

// Documents renders every document that applies to the case (templates.Render) with
// this edition's document texts and footer line. o.Today is the date of signing when
// the case gives none; o.Formats which files besides the PDF are made.
func (d *Desk) Documents(c *forms.Case, o templates.Options) ([]templates.Document, error) {
	docs, err := templates.Render(c, o.WithOrganisation(d.org))
	if err != nil {
		return nil, &RenderError{Err: err}
	}
	return docs, nil
}

// WriteDocuments renders the documents with this edition and writes them, with the
// filing bundle if o.Formats asks for it, as one set into out.Dir
// (templates.WriteDocuments: a failure leaves the earlier set as it was; files
// changed outside the app are moved aside, never overwritten). A failure to render
// is a *RenderError, to write a *WriteError; a cancelled bundle is
// templates.IsCancelled.
func (d *Desk) WriteDocuments(ctx context.Context, c *forms.Case, o templates.Options, out templates.OutputOptions) (templates.WriteResult, error) {
	res, err := templates.WriteDocuments(ctx, c, o.WithOrganisation(d.org), out)
	switch {
	case err == nil, templates.IsCancelled(err):
		return res, err
	case errors.Is(err, templates.ErrRender), templates.IsOptionError(err):
		return res, &RenderError{Err: err}
	}
	return res, &WriteError{Path: out.Dir, Err: err}
}

// RenderError is a case the documents could not be made from, or a choice of
// script, copy or format that does not exist (templates.IsOptionError).
type RenderError struct{ Err error }

func (e *RenderError) Error() string { return "documents: " + e.Err.Error() }
func (e *RenderError) Unwrap() error { return e.Err }

// Message is what the person is told (a locales.MessageError).
func (e *RenderError) Message() locales.Message {
	switch {
	case errors.Is(e.Err, templates.ErrDecisionType):
		return locales.Message{ID: "doc.error.type"}
	}
	return locales.Message{ID: "doc.error.render", Params: []any{"Error", e.Err.Error()}}
}

// WriteError is a folder the documents could not be written into.
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
