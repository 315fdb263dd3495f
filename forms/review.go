package forms

import (
	"strings"
	"time"

	"appealdesk/locales"
)

// State is a step's line in the outline.
type State string

const (
	StateDone          State = "done"           // seen or answered, every required answer given, no errors
	StateIncomplete    State = "incomplete"     // a gap or an error remains
	StateNotStarted    State = "not-started"    // neither opened nor answered yet: never "done" unseen
	StateNotApplicable State = "not-applicable" // not part of the interview for these answers
)

// OutlineItem is one line of the outline.
type OutlineItem struct {
	Step  *Step
	State State
	// Errors, Warnings and Missing count the step's issues.
	Errors, Warnings, Missing int
}

// Outline returns every step with its state, for the overview of the whole interview.
func Outline(c *Case, today time.Time) []OutlineItem {
	return OutlineOf(c, Validate(c, today))
}

// OutlineOf is Outline from issues already found by Validate(c, today), for a caller
// that needs both (the interface validates once a keystroke).
func OutlineOf(c *Case, issues []Issue) []OutlineItem {
	out := make([]OutlineItem, len(interview))
	for i, s := range interview {
		out[i] = OutlineItem{Step: s}
		for _, is := range issues {
			if is.Step != s.ID {
				continue
			}
			switch is.Severity {
			case SeverityError:
				out[i].Errors++
			case SeverityWarning:
				out[i].Warnings++
			case SeverityMissing:
				out[i].Missing++
			}
		}
	}
	for i, s := range interview {
		switch {
		case (s.ID == StepDeadlines || s.ID == StepLater) && c.Decision.Type == "":
			// Not "not applicable": the deadlines are computed, and what happened next
			// asked, once the type is known.
			out[i].State = StateNotStarted
		case !s.Applies(c):
			out[i].State = StateNotApplicable
		case !c.HasSeen(s.ID) && !answered(c, s):
			out[i].State = StateNotStarted
		case s.ID == StepDeadlines:
			// The deadlines follow from the type, the date issued, the delivery and its date.
			out[i].State = StateDone
			for _, is := range issues {
				switch is.Path {
				case "decision.type", "decision.issued", "decision.service", "decision.received", "decision.departure_days":
					if is.Severity != SeverityWarning {
						out[i].State = StateIncomplete
					}
				}
			}
		case s.ID == StepReview:
			out[i].State = StateDone
			for j, o := range out {
				if j != i && interview[j].ID != StepReview && o.Errors+o.Missing > 0 && interview[j].Applies(c) {
					out[i].State = StateIncomplete
				}
			}
		case out[i].Errors+out[i].Missing > 0:
			out[i].State = StateIncomplete
		default:
			out[i].State = StateDone
		}
	}
	return out
}

// HasSeen reports whether the person has opened step id (or is on it now).
func (c *Case) HasSeen(id string) bool {
	if c.Step == id {
		return true
	}
	for _, s := range c.Seen {
		if s == id {
			return true
		}
	}
	return false
}

// MarkSeen records that the person has opened step id.
func (c *Case) MarkSeen(id string) {
	if id == "" || c.HasSeen(id) && c.Step != id {
		return
	}
	for _, s := range c.Seen {
		if s == id {
			return
		}
	}
	c.Seen = append(c.Seen, id)
}

// answered reports whether any question of step s that applies has an answer.
func answered(c *Case, s *Step) bool {
	if s.ID == StepDeadlines {
		return false // nothing to answer: it is done once seen
	}
	for _, fl := range s.Fields {
		if !fl.Applies(c) {
			continue
		}
		switch fl.Kind {
		case KindGroup:
			if n, _ := Len(c, fl.Path); n > 0 {
				return true
			}
		case KindMulti:
			if l, _ := GetList(c, fl.Path); len(l) > 0 {
				return true
			}
		case KindArgument:
			if _, ok := c.Arguments[strings.TrimPrefix(fl.Path, "arguments.")]; ok {
				return true
			}
		default:
			if v, err := Get(c, fl.Path); err == nil && v != "" && !(fl.Kind == KindSwitch && v == "no") {
				return true
			}
		}
	}
	return false
}

// StepState returns the outline state of step id ("" for an unknown id).
func StepState(c *Case, id string, today time.Time) State {
	for _, o := range Outline(c, today) {
		if o.Step.ID == id {
			return o.State
		}
	}
	return ""
}

// Answer is one given answer, as the review screen lists it.
type Answer struct {
	Step  string
	Path  string // concrete path, the link back to the field
	Field *Field
	Item  int // item number (from 1) within a group, 0 otherwise
	// Value is the stored answer (for a list: joined by ", "). ValueIDs, when set,
	// are message ids to show instead (choices, yes/no); Text renders either.
	Value    string
	ValueIDs []string
	// Private answers are shown to the person but never printed.
	Private bool
}

// Text renders the answer's value in tr's language.
func (a Answer) Text(tr *locales.Translator) string {
	if len(a.ValueIDs) == 0 {
		return a.Value
	}
	parts := make([]string, len(a.ValueIDs))
	for i, id := range a.ValueIDs {
		parts[i] = tr.T(id)
	}
	return strings.Join(parts, ", ")
}

// ReviewStep is one step of the review screen: its answers and its issues.
type ReviewStep struct {
	Step    *Step
	State   State
	Answers []Answer
	Issues  []Issue
}

// Review returns, for every step that applies, each answer given and each issue
// (gaps, errors, warnings), each linking to its step and field by path.
func Review(c *Case, today time.Time) []ReviewStep {
	issues := Validate(c, today)
	outline := Outline(c, today)
	var out []ReviewStep
	for i, s := range interview {
		if !s.Applies(c) {
			continue
		}
		rs := ReviewStep{Step: s, State: outline[i].State}
		for _, fl := range s.Fields {
			if !fl.Applies(c) {
				continue
			}
			if fl.Kind == KindGroup {
				n, _ := Len(c, fl.Path)
				for k := 0; k < n; k++ {
					for _, sub := range fl.Fields {
						if sub.Applies(c) {
							rs.Answers = appendAnswer(rs.Answers, c, s, sub, ItemPath(sub.Path, k), k+1)
						}
					}
				}
				continue
			}
			rs.Answers = appendAnswer(rs.Answers, c, s, fl, fl.Path, 0)
		}
		for _, is := range issues {
			if is.Step == s.ID {
				rs.Issues = append(rs.Issues, is)
			}
		}
		out = append(out, rs)
	}
	return out
}

func appendAnswer(out []Answer, c *Case, s *Step, fl *Field, path string, item int) []Answer {
	a := Answer{Step: s.ID, Path: path, Field: fl, Item: item, Private: fl.Private}
	switch fl.Kind {
	case KindArgument:
		id := strings.TrimPrefix(path, "arguments.")
		a.Value = "no"
		if ArgumentKept(c, id) {
			a.Value = "yes"
		}
		a.ValueIDs = []string{"interview.answer." + a.Value}
		return append(out, a)
	case KindMulti:
		list, _ := GetList(c, path)
		if len(list) == 0 {
			return out
		}
		a.Value = strings.Join(list, ", ")
		for _, v := range list {
			a.ValueIDs = append(a.ValueIDs, choiceLabel(fl, v))
		}
		return append(out, a)
	case KindFile:
		file, _ := GetFile(c, path)
		if file == nil {
			return out
		}
		a.Value = file.Name
		return append(out, a)
	}
	v, err := Get(c, path)
	if err != nil || v == "" {
		return out
	}
	if fl.Kind == KindSwitch && v == "no" {
		return out // a switch left off is not an answer worth listing
	}
	a.Value = v
	switch fl.Kind {
	case KindYesNo, KindSwitch:
		if v == "yes" || v == "no" {
			a.ValueIDs = []string{"interview.answer." + v}
		}
	case KindChoice:
		if id := choiceLabel(fl, v); id != v {
			a.ValueIDs = []string{id}
		}
	}
	return append(out, a)
}

// choiceLabel is the label id of choice v, or v itself if it is not one of the choices.
func choiceLabel(fl *Field, v string) string {
	for _, ch := range fl.Choices {
		if ch.Value == v {
			return ch.Label
		}
	}
	return v
}
