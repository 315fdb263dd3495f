package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"appealdesk/forms"
)

// The review (step 9): every answer and every gap or problem on one screen,
// grouped by step; each is a button (click, Space or Enter) that opens its step with
// the keyboard on its field.

func (s *session) reviewBody() fyne.CanvasObject {
	t := s.u.tr
	review := forms.Review(s.c, s.today())
	gaps := 0
	for _, rs := range review {
		if rs.Step.ID == forms.StepReview {
			continue
		}
		for _, is := range rs.Issues {
			if is.Severity != forms.SeverityWarning {
				gaps++
			}
		}
	}
	// Built as one list, not added one by one (each Add lays the box out again).
	var rows []fyne.CanvasObject
	if gaps == 0 {
		rows = append(rows, container.NewBorder(nil, nil, widget.NewIcon(theme.ConfirmIcon()), nil, wrapLabel(t.T("screen.review.complete"))))
	} else {
		rows = append(rows, container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, wrapLabel(t.N("screen.review.gaps", gaps))))
		// The first thing the keyboard reaches on the review: the way to the first gap.
		first := newKeyButton(t.T("screen.review.first_gap"), theme.NavigateNextIcon(), func() {
			if step, path, ok := s.firstGap(); ok {
				s.goTo(step, s.focusKeyFor(step, path))
			}
		})
		first.Importance = widget.HighImportance
		s.addFocusable("review#first-gap", first, false)
		rows = append(rows, container.NewHBox(first))
	}
	for _, rs := range review {
		if rs.Step.ID == forms.StepReview {
			continue
		}
		step := rs.Step
		head := widget.NewLabelWithStyle(t.T("screen.review.step", "Title", t.T(step.Title), "State", t.T(stateMessage(rs.State))),
			fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		head.Wrapping = fyne.TextWrapWord
		rows = append(rows, container.NewBorder(nil, nil, widget.NewIcon(stateIcon(rs.State)), nil, head))
		for _, is := range rs.Issues {
			icon, word := theme.WarningIcon(), "screen.review.missing"
			switch is.Severity {
			case forms.SeverityError:
				icon, word = theme.ErrorIcon(), "screen.review.error"
			case forms.SeverityWarning:
				icon, word = theme.WarningIcon(), "screen.review.warning"
			}
			text := t.T(word, "Text", is.Text(t))
			rows = append(rows, s.reviewButton(step.ID, is.Path, "issue:"+is.Path, text, icon, true))
		}
		for _, a := range rs.Answers {
			label := t.T(a.Field.Label)
			if a.Item > 0 {
				label = t.T("screen.review.item_field", "N", a.Item, "Label", label)
			}
			value := a.Text(t)
			if a.Field.Kind == forms.KindDate {
				value = dateText(t, forms.Date(a.Value))
			}
			row := "screen.review.answer"
			if strings.HasSuffix(strings.TrimSpace(label), "?") {
				row = "screen.review.answer_question" // "Did you …? — No", not "…?: No"
			}
			text := t.T(row, "Label", label, "Value", oneLine(value))
			if a.Private {
				text = t.T("screen.review.private", "Text", text)
			}
			rows = append(rows, s.reviewButton(step.ID, a.Path, a.Path, text, nil, false))
		}
		rows = append(rows, widget.NewSeparator())
	}
	return container.NewVBox(rows...)
}

// reviewButton is one line of the review that opens its step on the field at path:
// the whole line is the button, its text wrapped. A problem has its icon and is in
// the danger colour (and says "Missing:" or "Problem:" in words); an answer has no
// icon (forty pencils cost a third of the review's building).
func (s *session) reviewButton(step, path, key, text string, icon fyne.Resource, problem bool) fyne.CanvasObject {
	b := newKeyButton("", nil, func() { s.goTo(step, s.focusKeyFor(step, path)) })
	b.name = text
	b.Importance = widget.LowImportance
	s.addFocusable("review:"+key, b, false)
	l := wrapLabel(text)
	var lead fyne.CanvasObject
	if problem {
		l.Importance = widget.DangerImportance
		lead = container.NewCenter(widget.NewIcon(icon))
	}
	return container.NewStack(b, container.NewBorder(nil, nil, lead, nil, l))
}

// focusKeyFor turns a field path into the focus key its widget is registered under:
// an option field is registered per option ("family.spouse=yes"), so the first
// option stands for the field.
func (s *session) focusKeyFor(step, path string) string {
	_, f := forms.FieldByPath(path)
	if f == nil {
		return path
	}
	switch f.Kind {
	case forms.KindYesNo:
		return path + "=yes"
	case forms.KindChoice:
		v := s.get(path)
		if v == "" && len(f.Choices) > 0 && len(f.Choices) <= maxRadioChoices || hasHeadings(f) && v == "" {
			v = f.Choices[0].Value
		}
		if len(f.Choices) > maxRadioChoices && !hasHeadings(f) || f.OpenChoice {
			return path
		}
		return path + "=" + v
	case forms.KindGroup:
		return path + "#add"
	case forms.KindMulti:
		if len(f.Choices) > 0 {
			return path + "=" + f.Choices[0].Value
		}
	}
	return path
}

// oneLine shortens long answers for the review list.
func oneLine(s string) string {
	r := []rune(s)
	for i, c := range r {
		if c == '\n' {
			r = append(r[:i], []rune(" …")...)
			break
		}
	}
	if len(r) > 140 {
		r = append(r[:140], '…')
	}
	return string(r)
}
