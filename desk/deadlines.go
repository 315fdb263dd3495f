package desk

import (
	"time"

	"appealdesk/forms"
	"appealdesk/forms/legal"
)

// DeadlineView is a case's deadlines as the window's panel and `appealdesk deadlines`
// show them on one day: every deadline forms/legal finds, with its reasoning told as
// of that day, and the same deadlines urgent first.
type DeadlineView struct {
	legal.Result
	Today time.Time
	// Ordered: the urgent deadlines first, by forms/legal's one rule
	// (legal.Deadline.UrgentOn), the engine's order otherwise.
	Ordered []legal.Deadline
}

// Deadlines is the deadline view of c on today (the caller's clock).
func Deadlines(c *forms.Case, today time.Time) DeadlineView {
	res := c.DeadlinesOn(today)
	return DeadlineView{Result: res, Today: today, Ordered: res.Ordered(today)}
}
