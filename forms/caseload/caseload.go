// Package caseload is the list of every case in a store as a volunteer with many
// cases needs it: each case's decision type, current stage, next date and the days
// left to that date's safe date, urgent cases first, sorted and filtered, and one
// calendar file of all their deadlines.
//
// It has no Fyne import: the home screen (app/) and any other front end read the
// same summaries. Every rule — the deadlines, their safe dates, what is urgent —
// comes from forms/legal; this package only chooses which of a case's deadlines the
// list shows and orders the cases.
package caseload

import (
	"reflect"
	"time"

	"appealdesk/forms"
	"appealdesk/forms/legal"
)

// Summary is one case as the caseload lists it. Everything but Next and Urgent is
// read from the file; Next and Urgent depend on the day (Summarize's today).
type Summary struct {
	File     string    // base name in the store: the case's stable id
	Path     string    // full path
	Modified time.Time // last write of the file

	Title          string
	Person         string // person.full_name, "" if not given
	PersonSerbian  string // person.full_name_serbian
	DecisionType   string // decision.type, "" if not chosen yet
	DecisionNumber string // decision.number

	// Stage is where the case stands (see CurrentStage).
	Stage Stage
	// Next is the next date of the stage: nil while no deadline of it has a date.
	Next *Next
	// Urgent: one of the stage's deadlines is urgent by legal's one rule (UrgentOn).
	Urgent bool
	// Empty: nothing at all was answered yet (only a title and a step).
	Empty bool

	// Err is set (a *forms.FileError) when the file is damaged, foreign or newer; the
	// case is listed anyway, with this error, and every other field but File, Path
	// and Modified is empty.
	Err error
}

// Next is the date a case's row shows.
type Next struct {
	DeadlineID string // legal's id: "appeal", "departure" …
	TitleID    string // catalogue id of its title
	LastDay    time.Time
	Safe       time.Time // the safe date (legal): on or before LastDay
	// SafeDaysLeft are the days from today to Safe (0 = today, negative = passed);
	// DaysLeft the same to LastDay.
	SafeDaysLeft, DaysLeft int
	// NotBefore: a "not before" date (the reminder, the lawsuit for silence): Safe is
	// the first day the step is allowed, there is no last day (LastDay = Safe), and a
	// passed date means the step may be taken now.
	NotBefore bool
}

// Passed reports whether the last day itself is over (never for a "not before" date).
func (n *Next) Passed() bool { return !n.NotBefore && n.DaysLeft < 0 }

// Summarize is the summary of case c (read from file at path) on the day today.
func Summarize(file, path string, modified time.Time, c *forms.Case, today time.Time) Summary {
	return summarize(file, path, modified, digestOf(c), today)
}

// digest is what the list keeps of a case between rebuilds: the fields it shows and
// the computed deadlines (which do not depend on the day).
type digest struct {
	title, person, personSerbian, decisionType, decisionNumber string
	empty                                                      bool
	stage                                                      Stage
	result                                                     legal.Result
	calendar                                                   legal.ICSOptions
}

func digestOf(c *forms.Case) digest {
	res := c.Deadlines() // the one call into the deadline engine
	return digest{
		title: c.Title, person: c.Person.FullName, personSerbian: c.Person.FullNameSerbian,
		decisionType: c.Decision.Type, decisionNumber: c.Decision.Number,
		empty: !HasAnswers(c), stage: CurrentStage(c, res), result: res,
		calendar: CalendarOptions(c, res),
	}
}

func summarize(file, path string, modified time.Time, d digest, today time.Time) Summary {
	s := Summary{
		File: file, Path: path, Modified: modified,
		Title: d.title, Person: d.person, PersonSerbian: d.personSerbian,
		DecisionType: d.decisionType, DecisionNumber: d.decisionNumber,
		Stage: d.stage, Empty: d.empty,
	}
	s.Next, s.Urgent = nextAndUrgent(d.result, d.stage, legal.Day(today))
	return s
}

// HasAnswers reports whether anything at all was answered in c: any member other
// than the format header, the title and the step the interview was on. A member
// added to the case later counts by itself; members of the file this version does
// not know (kept in Unknown) count as answers too.
func HasAnswers(c *forms.Case) bool {
	x := *c
	x.Format, x.Version, x.Title, x.Step, x.Seen = "", 0, "", "", nil // where the person went is no answer
	return !reflect.DeepEqual(x, forms.Case{})
}

// nextAndUrgent chooses the stage's next date and whether the case is urgent.
//
// The next date is the stage's own deadline once it has passed — missing it is the
// news, whatever else is still open (what restoration needs is for the lawyer: the
// case's deadlines explain it); before that, it is the earliest last day, today or
// later, among the stage's dated deadlines, one that applies only if no appeal is
// lodged (legal's Suspended) coming only when no other has a date.
func nextAndUrgent(res legal.Result, st Stage, today time.Time) (*Next, bool) {
	var next, suspended, passed, notBefore *legal.Deadline
	isUrgent := false
	for i := range res.Deadlines {
		d := &res.Deadlines[i]
		if !st.shows(d.ID) {
			continue
		}
		if d.UrgentOn(today) { // the one rule for "urgent", legal's
			isUrgent = true
		}
		if d.Known && d.Direction == legal.NotBefore && !d.Safe.IsZero() {
			// A "not before" date stays the news once it has come: the step may be taken.
			if notBefore == nil || d.Safe.Before(notBefore.Safe) {
				notBefore = d
			}
			continue
		}
		if !d.Known || d.LastDay.IsZero() || d.Direction == legal.NotBefore {
			continue
		}
		if d.Passed(today) {
			if d.ID == st.DeadlineID {
				passed = d
			}
			continue
		}
		pick := &next
		if d.Suspended {
			pick = &suspended
		}
		if *pick == nil || d.LastDay.Before((*pick).LastDay) {
			*pick = d
		}
	}
	switch {
	case passed != nil:
		next = passed
	case notBefore != nil && (next == nil || st.DeadlineID == notBefore.ID || !notBefore.Safe.After(next.LastDay)):
		n := &Next{DeadlineID: notBefore.ID, TitleID: notBefore.TitleID, LastDay: notBefore.Safe, Safe: notBefore.Safe,
			NotBefore: true, DaysLeft: legal.DaysLeft(today, notBefore.Safe)}
		n.SafeDaysLeft = n.DaysLeft
		return n, isUrgent
	case next == nil:
		next = suspended
	}
	if next == nil {
		return nil, isUrgent
	}
	n := &Next{DeadlineID: next.ID, TitleID: next.TitleID, LastDay: next.LastDay, Safe: next.Safe,
		DaysLeft: legal.DaysLeft(today, next.LastDay)}
	if n.Safe.IsZero() {
		n.Safe = n.LastDay
	}
	n.SafeDaysLeft = legal.DaysLeft(today, n.Safe)
	return n, isUrgent
}
