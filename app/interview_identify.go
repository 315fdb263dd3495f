package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"appealdesk/forms"
	"appealdesk/forms/legal"
	"appealdesk/locales"
)

// "I am not sure which decision I have": forms' identification questions, one at a
// time, until an answer names one type (chosen at once) or a short list to choose
// from, each shown with its Serbian heading. Nothing is stored until a type is chosen.

// lawTermLabel says in the person's language what the statute calls a decision of
// which no sample paper is known, with the article: never presented as a heading.
func lawTermLabel(t *locales.Translator, term string, cites []legal.Citation) fyne.CanvasObject {
	l := wrapLabel(t.T("interview.law_term", "Term", quoteSerbian(t.Lang(), term), "Cites", legal.CitesText(t, cites)))
	l.TextStyle.Italic = true
	return l
}

// quoteSerbian puts the Serbian words printed on a paper or in a law in the quotes of
// the interface language (docs/GLOSSARY.md): «…» in Russian, “…” in English, „…“ in Serbian.
func quoteSerbian(l locales.Lang, s string) string {
	switch l {
	case locales.Russian:
		return "«" + s + "»"
	case locales.English:
		return "“" + s + "”"
	}
	return "„" + s + "“"
}

// narrowState is where the person is in the questions.
type narrowState struct {
	question string   // the question on screen
	asked    []string // the questions before it, for Back
	types    []string // the short list, once an answer gives several types
}

func (s *session) notSureButton() fyne.CanvasObject {
	b := newKeyButton(s.u.tr.T("screen.identify.not_sure"), theme.QuestionIcon(), func() {
		s.narrowing = &narrowState{question: forms.IdentifyStart}
		s.u.refresh()
	})
	s.addFocusable("identify#not-sure", b, false)
	return container.NewHBox(b)
}

func (s *session) narrowingBody() fyne.CanvasObject {
	t := s.u.tr
	n := s.narrowing
	box := container.NewVBox()
	back := newKeyButton(t.T("screen.identify.back_to_list"), theme.NavigateBackIcon(), func() {
		s.narrowing = nil
		s.focusPath = "identify#not-sure"
		s.u.refresh()
	})
	if len(n.types) > 0 {
		box.Add(wrapLabel(t.T("screen.identify.short_list")))
		for _, id := range n.types {
			dt, ok := forms.LookupDecisionType(id)
			if !ok {
				continue
			}
			id := id
			lb := newRadioButton(t.T(dt.Title), true, true, func() { s.chooseType(id) })
			s.addFocusable("identify="+id, lb.btn, false)
			parts := []fyne.CanvasObject{lb.obj}
			if dt.Heading != "" {
				heading := widget.NewLabelWithStyle("„"+dt.Heading+"“", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
				heading.Wrapping = fyne.TextWrapWord
				parts = append(parts, heading)
			}
			parts = append(parts, wrapLabel(t.T(dt.Description)))
			if dt.LawTerm != "" {
				parts = append(parts, lawTermLabel(t, dt.LawTerm, dt.LawTermCites))
			}
			box.Add(container.NewPadded(container.NewVBox(parts...)))
		}
	} else if q := forms.IdentifyQuestion(n.question); q != nil {
		text := widget.NewLabelWithStyle(t.T(q.Text), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		text.Wrapping = fyne.TextWrapWord
		box.Add(text)
		if q.Help != "" {
			h := wrapLabel(t.T(q.Help))

			box.Add(h)
		}
		for i, a := range q.Answers {
			a := a
			lb := newLabelButton(theme.NavigateNextIcon(), t.T(a.Label), false, func() { s.answerIdentify(a) })
			s.addFocusable("identify#answer"+string(rune('0'+i)), lb.btn, false)
			box.Add(lb.obj)
		}
	}
	if len(n.asked) > 0 || len(n.types) > 0 {
		prev := newKeyButton(t.T("screen.identify.previous_question"), theme.NavigateBackIcon(), func() {
			if len(n.types) > 0 {
				n.types = nil
			} else if len(n.asked) > 0 {
				n.question = n.asked[len(n.asked)-1]
				n.asked = n.asked[:len(n.asked)-1]
			}
			s.u.refresh()
		})
		s.addFocusable("identify#previous", prev, false)
		box.Add(container.NewHBox(prev, back))
	} else {
		box.Add(container.NewHBox(back))
	}
	s.addFocusable("identify#list", back, false)
	return box
}

func (s *session) answerIdentify(a forms.IdentifyAnswer) {
	n := s.narrowing
	switch {
	case len(a.Types) == 1:
		s.chooseType(a.Types[0])
		return
	case len(a.Types) > 1:
		n.types = append([]string(nil), a.Types...)
	case a.Next != "":
		n.asked = append(n.asked, n.question)
		n.question = a.Next
	}
	s.u.refresh()
}

// chooseType stores the decision type the questions led to and shows it chosen.
func (s *session) chooseType(id string) {
	s.narrowing = nil
	if err := forms.Set(s.c, "decision.type", id); err != nil {
		return
	}
	s.changed()
	s.focusPath = "decision.type=" + id
	s.u.refresh()
}
