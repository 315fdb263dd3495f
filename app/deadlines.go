package app

import (
	"sort"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"appealdesk/forms"
	"appealdesk/forms/legal"
)

// The deadlines panel (design.md step 4): once the decision type and the delivery are
// known it stays in view beside every step: days left, big, with the last day; urgent
// (≤ 3 days, passed, or a non-suspensive remedy with a departure order, detention) in
// words and icon first; the reasoning, collapsible; the safe date; what happens if it
// is missed (restoration, ZUP Art. 82–83). Every rule comes from forms/legal; today is
// read from the session's clock, the only place the clock is read.

// urgentDays: this many days left or fewer is shown as urgent.
const urgentDays = 3

// panelIDs are the deadlines the side panel shows; the deadlines step shows them all.
var panelIDs = map[string]bool{
	legal.IDAppeal: true, legal.IDLawsuit: true, legal.IDDeparture: true, legal.IDPostpone: true,
}

// deadlinesKnown: the panel is shown once the decision type and the delivery method are given.
func (s *session) deadlinesKnown() bool {
	return s.c.Decision.Type != "" && s.c.Decision.Service != ""
}

// computeDeadlines asks forms/legal for every deadline of the case.
func (s *session) computeDeadlines() legal.Result {
	return s.c.Deadlines()
}

// ordered puts urgent deadlines first, keeping the engine's order otherwise.
func ordered(ds []legal.Deadline, today time.Time) []legal.Deadline {
	out := append([]legal.Deadline(nil), ds...)
	sort.SliceStable(out, func(i, j int) bool { return isUrgent(out[i], today) && !isUrgent(out[j], today) })
	return out
}

func isUrgent(d legal.Deadline, today time.Time) bool {
	if d.Urgent {
		return true
	}
	return d.Known && legal.DaysLeft(today, d.LastDay) <= urgentDays
}

// updatePanel rebuilds the side panel from the answers.
func (s *session) updatePanel() {
	if s.panel == nil {
		return
	}
	s.panel.Objects = nil
	if s.deadlinesKnown() {
		s.panel.Add(s.deadlinesPanel(false))
	} else {
		l := wrapLabel(s.u.tr.T("screen.deadlines.not_yet"))

		s.panel.Add(container.NewVBox(heading(s.u.tr.T("screen.deadlines.title")), l))
	}
	s.panel.Refresh()
}

func heading(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Wrapping = fyne.TextWrapWord
	return l
}

// deadlinesFull is the body of the deadlines step: every deadline with its reasoning.
func (s *session) deadlinesFull() fyne.CanvasObject {
	if s.c.Decision.Type == "" {
		return wrapLabel(s.u.tr.T("screen.deadlines.not_yet"))
	}
	return s.deadlinesPanel(true)
}

// deadlinesPanel renders the deadlines; full adds the later ones (lawsuit after the
// appeal, constitutional appeal, ECHR, inspecting the file).
func (s *session) deadlinesPanel(full bool) fyne.CanvasObject {
	t := s.u.tr
	today := s.today()
	res := s.computeDeadlines()
	box := container.NewVBox()
	if !full {
		box.Add(heading(t.T("screen.deadlines.title")))
	}
	mainID := ""
	if res.Remedy != nil {
		mainID = string(res.Remedy.Kind)
	}
	main, haveMain := res.Deadline(mainID)
	if len(res.Missing) > 0 && (!haveMain || !main.Known) {
		box.Add(issueRow(theme.InfoIcon(), t.T("screen.deadlines.cannot_compute")))
		for _, m := range res.Missing {
			box.Add(bullet(legal.RenderStep(t, m)))
		}
	}
	for _, d := range ordered(res.Deadlines, today) {
		if !full && !panelIDs[d.ID] {
			continue
		}
		if d.ID == legal.IDRestoration {
			continue // shown under the remedy as "if you miss it"
		}
		box.Add(s.deadlineCard(d, today, full))
		if haveMain && d.ID == main.ID {
			if r, ok := res.Deadline(legal.IDRestoration); ok {
				box.Add(s.missedCard(r))
			}
		}
		box.Add(widget.NewSeparator())
	}
	return box
}

// deadlineCard is one deadline: title, days left (big), last day, safe date, reasoning.
func (s *session) deadlineCard(d legal.Deadline, today time.Time, full bool) fyne.CanvasObject {
	t := s.u.tr
	box := container.NewVBox()
	urgent := isUrgent(d, today)
	title := heading(t.T(d.TitleID))
	if urgent {
		box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.ErrorIcon()), nil, dangerLabel(t.T("screen.deadlines.urgent"))))
	}
	box.Add(title)
	if d.Known {
		left := widget.NewLabelWithStyle(legal.DaysLeftText(t, today, d.LastDay), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		left.SizeName = theme.SizeNameHeadingText
		left.Wrapping = fyne.TextWrapWord
		if urgent {
			left.Importance = widget.DangerImportance
		}
		box.Add(left)
		box.Add(wrapLabel(t.T("screen.deadlines.last_day", "Date", t.Date(d.LastDay))))
		if !d.Safe.IsZero() && !d.Safe.Equal(d.LastDay) {
			safe := wrapLabel(t.T("screen.deadlines.safe_date", "Date", t.Date(d.Safe)))
			box.Add(safe)
		}
	}
	if full && d.Confidence == legal.Inferred {
		l := wrapLabel(t.T("screen.deadlines.inferred"))
		l.Importance = widget.WarningImportance
		box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, l))
	}
	if len(d.Steps) > 0 {
		box.Add(s.reasoning(d.ID, legal.RenderSteps(t, d.Steps)))
	}
	return box
}

// missedCard says what happens if the deadline is missed: restoration (ZUP Art. 82–83).
func (s *session) missedCard(r legal.Deadline) fyne.CanvasObject {
	t := s.u.tr
	box := container.NewVBox(heading(t.T(r.TitleID)))
	if r.Known {
		box.Add(wrapLabel(t.T("screen.deadlines.restoration_by", "Date", t.Date(r.LastDay))))
	}
	box.Add(s.reasoning(r.ID, legal.RenderSteps(t, r.Steps)))
	return box
}

// reasoning is a step-by-step explanation behind a button that opens and closes it;
// whether it is open is kept in the session (a language switch keeps it open).
func (s *session) reasoning(id string, lines []string) fyne.CanvasObject {
	t := s.u.tr
	body := container.NewVBox()
	var toggle *keyButton
	set := func() {
		if s.reasoningOpen[id] && len(body.Objects) == 0 {
			// Built when first opened: most reasoning is never read.
			rows := make([]fyne.CanvasObject, len(lines))
			for i, l := range lines {
				rows[i] = wrapLabel(t.T("screen.deadlines.step", "N", i+1, "Text", l))
			}
			body.Objects = rows
		}
		if s.reasoningOpen[id] {
			toggle.SetText(t.T("screen.deadlines.hide_reasoning"))
			toggle.SetIcon(theme.MenuDropUpIcon())
			body.Show()
		} else {
			toggle.SetText(t.T("screen.deadlines.show_reasoning"))
			toggle.SetIcon(theme.MenuDropDownIcon())
			body.Hide()
		}
	}
	toggle = newKeyButton("", nil, func() {
		s.reasoningOpen[id] = !s.reasoningOpen[id]
		set()
	})
	toggle.Alignment = widget.ButtonAlignLeading
	s.revealIn(toggle, func() *container.Scroll {
		if s.c.Step == forms.StepDeadlines {
			return s.body
		}
		return s.panelScroll
	}, nil)
	toggle.Importance = widget.LowImportance
	set()
	return container.NewVBox(toggle, body)
}

func bullet(text string) fyne.CanvasObject {
	return wrapLabel("• " + text)
}

func dangerLabel(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	return l
}
