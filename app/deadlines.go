package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"appealdesk/desk"
	"appealdesk/forms"
	"appealdesk/forms/legal"
)

// The deadlines panel (README "Deadlines"): once the decision type and the delivery are
// known it stays in view beside every step. Each deadline shows, big, the days left to
// its safe date — the day the person can rely on whatever reading of the law — and
// beneath it the legal last day with the reason the two differ; a "not before" date
// (the reminder, the lawsuit for silence) says so and is never a "file by"; a date that
// applies only if no appeal is lodged says that. Urgent deadlines come first, by the
// one rule of forms/legal (Deadline.UrgentOn). When the remedy's last day has passed,
// the panel says so first and lists what can still be done, with dates. Every rule
// comes from forms/legal; today is read from the session's clock, the only place the
// clock is read.

// panelIDs are the deadlines the side panel shows; the deadlines step shows them all.
var panelIDs = map[string]bool{
	legal.IDAppeal: true, legal.IDLawsuit: true, legal.IDRemedy: true, legal.IDDeparture: true,
	legal.IDPostpone: true, legal.IDPostponeLawsuit: true,
}

// deadlinesKnown: the panel is shown once the decision type and the delivery method are given.
func (s *session) deadlinesKnown() bool {
	return s.c.Decision.Type != "" && s.c.Decision.Service != ""
}

// computeDeadlines is the deadline view of the case on today, as the command line's
// (desk.Deadlines over forms/legal).
func (s *session) computeDeadlines(today time.Time) desk.DeadlineView {
	return desk.Deadlines(s.c, today)
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
// appeal, constitutional appeal, ECHR, inspecting the file) and what remains after a
// missed deadline.
func (s *session) deadlinesPanel(full bool) fyne.CanvasObject {
	t := s.u.tr
	today := s.today()
	res := s.computeDeadlines(today)
	box := container.NewVBox()
	if !full {
		box.Add(heading(t.T("screen.deadlines.title")))
	}
	// Where the case stands (What happened next) and the stage's next date.
	stage := legal.CurrentStage(s.c.Facts(), res.Result)
	if stage.ID != legal.StageNone {
		box.Add(wrapLabel(t.T("stages.current", "Stage", t.T(stage.TitleID))))
	}
	main, haveMain := res.Primary()
	if len(res.Missing) > 0 && (!haveMain || !main.Known) {
		box.Add(issueRow(theme.InfoIcon(), t.T("screen.deadlines.cannot_compute")))
		for _, m := range res.Missing {
			box.Add(bullet(legal.RenderStep(t, m)))
		}
	}
	// Every deadline of the remedy has passed: say so first, then what can still be done.
	passed := res.PrimaryPassed(today) && !main.Done
	if passed {
		box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.ErrorIcon()), nil,
			dangerLabel(t.T("legal.panel.missed_intro", "Title", t.T(main.TitleID), "Date", t.Date(main.LastDay)))))
		for _, d := range res.Deadlines {
			if d.Group == legal.GroupMissed {
				box.Add(s.deadlineCard(d, today, full))
				box.Add(widget.NewSeparator())
			}
		}
	}
	for _, d := range res.Ordered {
		if !full && !panelIDs[d.ID] && !stage.Shows(d.ID) {
			continue
		}
		if d.Group == legal.GroupMissed {
			continue // shown above when the deadline passed, or under the remedy as "if you miss it"
		}
		box.Add(s.deadlineCard(d, today, full))
		if haveMain && d.ID == main.ID && !passed {
			if r, ok := res.Deadline(legal.IDRestoration); ok {
				box.Add(s.missedCard(r))
			}
		}
		box.Add(widget.NewSeparator())
	}
	return box
}

// deadlineCard is one deadline: title, days left to the safe date (big), the safe date,
// the legal last day and why they differ, the reasoning.
func (s *session) deadlineCard(d legal.Deadline, today time.Time, full bool) fyne.CanvasObject {
	t := s.u.tr
	box := container.NewVBox()
	urgent := d.UrgentOn(today)
	if urgent {
		box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.ErrorIcon()), nil, dangerLabel(t.T("screen.deadlines.urgent"))))
	}
	box.Add(heading(t.T(d.TitleID)))
	big := func(text string) {
		l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.SizeName = theme.SizeNameHeadingText
		l.Wrapping = fyne.TextWrapWord
		if urgent {
			l.Importance = widget.DangerImportance
		}
		box.Add(l)
	}
	switch {
	case d.Done:
		// Taken in time (What happened next): the reasoning says when.
		big(t.T("stages.panel.done"))
	case !d.Known:
		if d.AlwaysUrgent {
			box.Add(wrapLabel(t.T("legal.panel.asap")))
		}
	case d.Direction == legal.NotBefore:
		if n := legal.DaysLeft(today, d.Safe); n > 0 {
			big(t.N("legal.panel.days_until", n))
		} else {
			big(t.T("legal.panel.allowed_now"))
		}
		box.Add(wrapLabel(t.T("legal.panel.not_before", "Date", t.Date(d.Safe))))
	case d.Suspended:
		box.Add(wrapLabel(t.T("legal.panel.suspended", "Date", t.Date(d.Safe))))
		for _, st := range d.SafeSteps {
			box.Add(bullet(legal.RenderStep(t, st)))
		}
	case d.Limit && !d.Passed(today):
		// Only an outer limit: the period itself runs from a day not known yet.
		box.Add(wrapLabel(t.T("legal.panel.limit", "Date", t.Date(d.Safe))))
	case d.Passed(today):
		big(legal.DaysLeftText(t, today, d.LastDay))
		box.Add(wrapLabel(t.T("legal.panel.passed", "Date", t.Date(d.LastDay))))
	default:
		safePassed := legal.DaysLeft(today, d.Safe) < 0
		if safePassed {
			big(legal.DaysLeftText(t, today, d.LastDay))
			box.Add(wrapLabel(t.T("legal.panel.safe_passed", "Date", t.Date(d.Safe))))
		} else {
			big(legal.DaysLeftText(t, today, d.Safe))
		}
		by := "legal.panel.file_by"
		if d.ID == legal.IDDeparture {
			by = "legal.panel.leave_by"
		}
		box.Add(wrapLabel(t.T(by, "Date", t.Date(d.Safe))))
		if !d.LastDay.Equal(d.Safe) {
			box.Add(wrapLabel(t.T("legal.panel.last_day", "Date", t.Date(d.LastDay))))
			for _, st := range d.SafeSteps {
				box.Add(bullet(legal.RenderStep(t, st)))
			}
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

// missedCard says what happens if the deadline is missed: restoration (ZUP Art. 82–83;
// ZPP Art. 109–111 for lawsuits).
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
