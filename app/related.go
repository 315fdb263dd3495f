package app

import (
	"path/filepath"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"appealdesk/forms"
	"appealdesk/forms/legal"
)

// relatedList renders the field of kind forms.KindRelated: the related decisions of
// the open case, each with its type, its stage and its next date and a button that
// opens it, and "Add a related decision", which makes a linked case with the person's
// answers copied (forms.Store.AddRelated). The link to the new case is added to the
// open case in memory and saved by its autosave, so the open file is never written
// behind the autosave's back.
func (s *session) relatedList(f *forms.Field, path string) fyne.CanvasObject {
	t := s.u.tr
	box := container.NewVBox()
	store, err := s.u.caseStore()
	inStore := err == nil && filepath.Dir(s.path) == store.Dir()
	if err == nil {
		for _, v := range store.Related(s.c) {
			box.Add(s.relatedRow(v))
		}
	}
	if len(s.c.Related) == 0 {
		box.Add(wrapLabel(t.T("related.none")))
	}
	msg, _ := relatedNotes.LoadAndDelete(s)
	told, _ := msg.(string)
	note := wrapLabel(told)
	add := newKeyButton(t.T("related.add"), theme.ContentAddIcon(), func() {
		if !inStore {
			return
		}
		title := t.T("related.title", "Title", s.caseTitle())
		_, _, err := store.AddRelated(filepath.Base(s.path), s.c, title, "")
		switch {
		case err == forms.ErrTooManyRelated:
			note.SetText(t.T("related.too_many", "Max", forms.MaxRelated))
			return
		case err != nil:
			s.u.sayError(err)
			return
		}
		s.focusPath = path
		s.changed() // the open case saves its new link through its autosave
		relatedNotes.Store(s, t.T("related.added"))
		s.u.refresh()
	})
	if !inStore || len(s.c.Related) >= forms.MaxRelated {
		add.Disable()
	}
	s.addFocusable(path, add, false)
	box.Add(container.NewHBox(add))
	box.Add(note)
	return box
}

// relatedRow is one related decision: its title and type, its stage and next date, Open.
func (s *session) relatedRow(v forms.RelatedView) fyne.CanvasObject {
	t := s.u.tr
	if v.Err != nil || v.Case == nil {
		return wrapLabel(t.T("related.missing", "Title", v.Link.Title, "File", v.Link.File))
	}
	c := v.Case
	typ := t.T("interview.field.decision.type.label")
	if dt, ok := forms.LookupDecisionType(c.Decision.Type); ok {
		typ = t.T(dt.Title)
	}
	title := c.Title
	if title == "" {
		title = t.T("home.untitled")
	}
	tl := c.TimelineOn(s.today())
	next := t.T("stages.next_none")
	if tl.NextKnown {
		id := "stages.next_by"
		if tl.Next.Direction == legal.NotBefore {
			id = "stages.next_not_before"
		}
		next = t.T(id, "Title", t.T(tl.Next.TitleID), "Date", t.Date(tl.Next.Safe))
	}
	head := widget.NewLabelWithStyle(t.T("related.item", "Title", title, "Type", typ), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Wrapping = fyne.TextWrapWord
	sub := wrapLabel(t.T("related.item_stage", "Stage", t.T(tl.Stage.TitleID), "Next", next))
	path := filepath.Join(filepath.Dir(s.path), v.Link.File)
	open := newKeyButton(t.T("related.open"), theme.FolderOpenIcon(), func() { s.u.openCaseOrSay(path) })
	s.addFocusable("related:"+v.Link.File, open, false)
	return container.NewBorder(nil, nil, nil, open, container.NewVBox(head, sub))
}

// relatedNotes keeps, per open case, the message the related list shows once after
// the rebuild that follows adding a related decision.
var relatedNotes sync.Map // *session → string
