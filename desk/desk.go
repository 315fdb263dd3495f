// Package desk is Appeal Desk without a window: everything a person or a lawyer does
// with a case — open it, see its deadlines, make its documents, check its evidence
// files, send it to a lawyer as an encrypted package and open such a package. The
// window (app/) and the command line (package main) both call it, so the two can
// never do one thing in two ways.
//
// desk decides nothing itself: the rules are in forms/legal, the case record in
// forms, the documents in templates, the packages in forms/lawyerpack. It adds what a
// use case needs around them — the organisation's edition on every document, the
// case file's folder for evidence paths, the count of what was packed — and returns
// errors that carry their message (locales.MessageError), never words: the caller
// puts them into the person's language on its own goroutine, so nothing here reads a
// translator that a language switch could change meanwhile.
//
// desk never reads the clock: "today" is passed in by the caller.
package desk

import (
	"appealdesk/assets"
	"appealdesk/forms"
)

// Desk is the use cases for one edition of the program.
type Desk struct {
	org *assets.Organisation
}

// New returns the use cases for the organisation's edition (its document texts and
// footer line, see assets.LoadOrganisation); org may be nil for the plain edition.
func New(org *assets.Organisation) *Desk {
	return &Desk{org: org}
}

// Organisation is the edition, nil for the plain one.
func (d *Desk) Organisation() *assets.Organisation { return d.org }

// Open reads the case file at path. A file that does not load is left as it is; the
// error is a *forms.FileError that says why in the person's language.
func Open(path string) (*forms.Case, error) {
	return forms.Load(path)
}
