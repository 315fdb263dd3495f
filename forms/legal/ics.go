package legal

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

	"appealdesk/locales"
)

// ICSOptions control WriteICS.
type ICSOptions struct {
	// CaseKey identifies the case (e.g. its decision number, date and type); the UIDs are
	// derived from it and the deadline id, so re-exporting updates the same events.
	// It is hashed: nothing of it appears in the file.
	CaseKey string
	// Stamp is the DTSTAMP of every event. Fix it from the case (e.g. the date of service)
	// so the same case always gives the same file; never the wall clock.
	Stamp time.Time
	// AlarmDays: the reminder fires this many days before the last day (default 3).
	AlarmDays int
	// Title is put before every summary (e.g. the case title); may be "".
	Title string
}

// WriteICS writes every dated deadline of r as an all-day event with a reminder, as an
// RFC 5545 calendar; text is in tr's language. A "by" deadline's event is on its safe
// date (the description gives the legal last day too); a "not before" deadline's on the
// first day it may be done. Deadlines without a date, and the three days of ZUP Art.
// 82(3) (of use only after a slip), are left out. It returns the number of events written.
func WriteICS(w io.Writer, r Result, tr *locales.Translator, o ICSOptions) (int, error) {
	return WriteICSCases(w, tr, []ICSCase{{Result: r, Options: o}})
}

// ICSCase is one case's deadlines and options for WriteICSCases.
type ICSCase struct {
	Result  Result
	Options ICSOptions
}

// WriteICSCases writes the dated deadlines of several cases into one calendar, each
// event exactly as WriteICS writes it for its case alone (the same UID, so importing
// both files does not duplicate an event). It returns the number of events written.
func WriteICSCases(w io.Writer, tr *locales.Translator, cases []ICSCase) (int, error) {
	cal := ics.NewCalendarFor("Appeal Desk")
	cal.SetMethod(ics.MethodPublish)
	cal.SetCalscale("GREGORIAN")
	cal.SetName(tr.T("legal.ics.name"))
	n := 0
	for _, c := range cases {
		n += addICSEvents(cal, c.Result, tr, c.Options)
	}
	// RFC 5545 §3.1: content lines end with CRLF.
	return n, cal.SerializeTo(w, ics.WithNewLineWindows)
}

// addICSEvents adds r's dated deadlines to cal and returns how many.
func addICSEvents(cal *ics.Calendar, r Result, tr *locales.Translator, o ICSOptions) int {
	if o.AlarmDays <= 0 {
		o.AlarmDays = 3
	}
	sum := sha256.Sum256([]byte(o.CaseKey))
	caseID := hex.EncodeToString(sum[:8])
	stamp := Day(o.Stamp)
	if o.Stamp.IsZero() {
		stamp = Date(2000, 1, 1)
	}
	n := 0
	for _, d := range r.Deadlines {
		if !d.Known || d.Safe.IsZero() || d.ID == IDLateSlip {
			continue
		}
		day := d.Safe
		e := cal.AddEvent(caseID + "-" + d.ID + "@appealdesk")
		e.SetDtStampTime(stamp)
		e.SetAllDayStartAt(day)
		e.SetAllDayEndAt(day.AddDate(0, 0, 1))
		summary := tr.T(d.TitleID)
		if o.Title != "" {
			summary = o.Title + ": " + summary
		}
		e.SetSummary(summary)
		var lines []string
		switch {
		case d.Direction == NotBefore:
			lines = []string{tr.T("legal.panel.not_before", "Date", tr.Date(d.Safe))}
		default:
			lines = []string{tr.T("legal.cli.safe_date") + ": " + tr.Date(d.Safe)}
			if !d.LastDay.Equal(d.Safe) {
				lines = append(lines, tr.T("legal.cli.last_day")+": "+tr.Date(d.LastDay))
			}
		}
		lines = append(lines, RenderSteps(tr, d.Steps)...)
		lines = append(lines, tr.T("app.not_legal_advice"))
		e.SetDescription(strings.Join(lines, "\n"))
		e.SetTimeTransparency(ics.TransparencyTransparent)
		a := e.AddAlarm()
		a.SetAction(ics.ActionDisplay)
		a.SetTrigger("-P" + itoa(o.AlarmDays) + "D")
		a.SetProperty(ics.ComponentPropertyDescription, tr.T("legal.ics.reminder", "Title", tr.T(d.TitleID), "Date", tr.Date(day)))
		n++
	}
	return n
}
