package forms

import (
	"errors"
	"fmt"
	"strings"
)

// Related decisions: a person often holds two decisions (a refusal of temporary
// residence and a separate return decision; a spouse's decision beside their own; the
// new decision after an annulment). Each gets its own case — its own type, delivery
// and deadlines — linked to the other, with the person's answers copied so nothing is
// typed twice. Each case lists the other (Case.Related).

// RelatedCase is a link from one case to another in the same store.
type RelatedCase struct {
	// File is the other case's file name in the store (its stable id, case-….appeal).
	File string `json:"file"`
	// Title, Type and Number are what the other case said when the link was made, so
	// the link still reads when the other file is not at hand (another computer).
	Title  string `json:"title,omitempty"`
	Type   string `json:"type,omitempty"`
	Number string `json:"number,omitempty"`
}

// KindRelated is the field that lists a case's related decisions and adds one: each
// linked case with its type, stage and next date, and "Add a related decision".
const KindRelated Kind = "related"

// MaxRelated bounds the links of one case; no real matter has more.
const MaxRelated = 20

// ErrTooManyRelated: a case already has MaxRelated related decisions.
var ErrTooManyRelated = errors.New("forms: too many related decisions")

// NewRelated returns a new case for a decision related to c, of type typ ("" = the
// person chooses it): the person, their family, their story, the representative, the
// documents' choices and the evidence that is not about c's decision are copied; the
// decision, what happened next and the arguments are the new decision's own. Private
// notes stay with c. The new case links back to c's file.
func NewRelated(c *Case, cFile, title, typ string) *Case {
	n := New(title)
	n.Decision.Type = typ
	src := c.Clone()
	n.Person, n.Family, n.Representative, n.Documents, n.Office = src.Person, src.Family, src.Representative, src.Documents, src.Office
	n.Story = src.Story
	n.Story.PrivateNotes = ""
	for _, e := range src.Evidence {
		if e.Category == "decision" {
			continue // the other decision is not evidence of this one
		}
		e.Supports = nil // arguments are per decision
		n.Evidence = append(n.Evidence, e)
	}
	n.Documents.Signed = ""
	n.Related = []RelatedCase{linkTo(cFile, c)}
	return n
}

func linkTo(file string, c *Case) RelatedCase {
	return RelatedCase{File: file, Title: c.Title, Type: c.Decision.Type, Number: c.Decision.Number}
}

// Link adds (or refreshes) the link from c to the case other stored as file.
func (c *Case) Link(file string, other *Case) error {
	for i, r := range c.Related {
		if r.File == file {
			c.Related[i] = linkTo(file, other)
			return nil
		}
	}
	if len(c.Related) >= MaxRelated {
		return ErrTooManyRelated
	}
	c.Related = append(c.Related, linkTo(file, other))
	return nil
}

// AddRelated creates, in the store, a new case for a decision related to from (stored
// as fromFile), linked both ways: the new file links back to fromFile, and the link to
// the new file is added to from in memory — the caller saves from (the interface
// through its autosave, so that an open case is never written behind its back).
func (s *Store) AddRelated(fromFile string, from *Case, title, typ string) (Entry, *Case, error) {
	if strings.TrimSpace(fromFile) == "" {
		return Entry{}, nil, fmt.Errorf("forms: related decision of an unsaved case")
	}
	if len(from.Related) >= MaxRelated {
		return Entry{}, nil, ErrTooManyRelated
	}
	n := NewRelated(from, fromFile, title, typ)
	e, err := s.add(n)
	if err != nil {
		return Entry{}, nil, err
	}
	if err := from.Link(e.File, n); err != nil {
		return Entry{}, nil, err
	}
	return e, n, nil
}

// RelatedView is one related decision as a case shows it: the link, and the other
// case as it is now when its file can be read (Case nil otherwise, with Err).
type RelatedView struct {
	Link RelatedCase
	Case *Case
	Err  error
}

// Related reads the cases c links to.
func (s *Store) Related(c *Case) []RelatedView {
	out := make([]RelatedView, 0, len(c.Related))
	for _, r := range c.Related {
		v := RelatedView{Link: r}
		v.Case, v.Err = s.Open(r.File)
		out = append(out, v)
	}
	return out
}
