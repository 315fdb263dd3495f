package app

import (
	"strings"

	"appealdesk/forms"
)

// A step says, above Back and Next (always in view, whatever the scroll), how many of
// its required questions are still unanswered and which, with a button to the first:
// people believed a step was finished while four required questions waited below the
// fold. The review leads to the first gap of the whole interview the same way.

// gapsShown is how many field names the line names before "…".
const gapsShown = 3

// stepGaps are the required questions of the current step that have no answer, in
// the order of the step.
func (s *session) stepGaps() []forms.Issue {
	step := s.current()
	if step == nil || step.Computed || !step.Applies(s.c) || s.narrowing != nil {
		return nil
	}
	var out []forms.Issue
	for _, is := range s.validate() {
		if is.Step == step.ID && is.Severity == forms.SeverityMissing {
			out = append(out, is)
		}
	}
	return out
}

// gapName is the label of the question of a gap ("Child 2 · Date of birth").
func (s *session) gapName(is forms.Issue) string {
	t := s.u.tr
	if is.Label == "" {
		return ""
	}
	name := t.T(is.Label)
	if is.Item > 0 {
		name = t.T("screen.review.item_field", "N", is.Item, "Label", name)
	}
	return name
}

// updateGaps shows or hides the line about the step's unanswered questions.
func (s *session) updateGaps() {
	if s.gapsRow == nil {
		return
	}
	gaps := s.stepGaps()
	if len(gaps) == 0 {
		if s.gapsRow.Visible() {
			if s.u.win.Canvas().Focused() == s.gapsBtn {
				s.focusFrom(len(s.focusables)) // the button goes away: Next has the keyboard
			}
			s.gapsRow.Hide()
			s.gapsLabel.Hide()
			s.split.Refresh()
		}
		return
	}
	var names []string
	for _, is := range gaps {
		if n := s.gapName(is); n != "" {
			names = append(names, n)
		}
		if len(names) == gapsShown {
			break
		}
	}
	list := strings.Join(names, " · ") // labels may end in "?": no commas after them
	if len(gaps) > len(names) {
		list += " · …"
	}
	text := s.u.tr.N("screen.gaps.missing", len(gaps), "Fields", list)
	if s.gapsLabel.Text != text {
		s.gapsLabel.SetText(text)
	}
	if !s.gapsRow.Visible() {
		s.gapsRow.Show()
		s.gapsLabel.Show()
		s.split.Refresh()
	}
}

// focusFirstGap puts the keyboard on the first unanswered required question of the step.
func (s *session) focusFirstGap() {
	gaps := s.stepGaps()
	if len(gaps) == 0 {
		return
	}
	s.focusPath = s.focusKeyFor(s.c.Step, gaps[0].Path)
	s.applyFocus(false)
}

// firstGap is the first gap or error of the interview (the review's order), if any.
func (s *session) firstGap() (step, path string, ok bool) {
	for _, rs := range forms.Review(s.c, s.today()) {
		if rs.Step.ID == forms.StepReview {
			continue
		}
		for _, is := range rs.Issues {
			if is.Severity != forms.SeverityWarning {
				return rs.Step.ID, is.Path, true
			}
		}
	}
	return "", "", false
}
