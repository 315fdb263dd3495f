package caseload

import (
	"bytes"
	"strings"
	"time"

	"appealdesk/forms"
	"appealdesk/forms/legal"
	"appealdesk/locales"
)

// CalendarOptions are the calendar options of case c with deadlines res: the key its
// events' UIDs are derived from and their stamp. `appealdesk deadlines --ics` and the
// caseload's calendar use the same, so an event has the same UID in both files.
func CalendarOptions(c *forms.Case, res legal.Result) legal.ICSOptions {
	key := strings.Join([]string{c.Decision.Type, c.Decision.Number, string(c.Decision.Issued),
		string(c.Decision.Received), c.Person.FullName}, "|")
	stamp := time.Time{}
	if res.Served != nil {
		stamp = res.Served.Date
	} else if t, err := time.Parse("2006-01-02", string(c.Decision.Issued)); err == nil {
		stamp = t
	}
	return legal.ICSOptions{CaseKey: key, Stamp: stamp, Title: c.Title}
}

// Calendar is one RFC 5545 calendar of every dated deadline of every case the
// Reader read last (call Read first), in tr's language, each event titled with its
// case's title. Damaged files are left out. It returns the file's bytes and the
// number of events and cases in it.
func (r *Reader) Calendar(tr *locales.Translator) (data []byte, events, cases int, err error) {
	r.mu.Lock()
	var list []legal.ICSCase
	var files []string
	for f, c := range r.cache {
		if c.err == nil {
			files = append(files, f)
		}
	}
	// A fixed order, so the same cases always give the same bytes.
	sortStrings(files)
	for _, f := range files {
		d := r.cache[f].d
		list = append(list, legal.ICSCase{Result: d.result, Options: d.calendar})
	}
	r.mu.Unlock()
	var buf bytes.Buffer
	n, err := legal.WriteICSCases(&buf, tr, list)
	if err != nil {
		return nil, 0, 0, err
	}
	for _, c := range list {
		for _, d := range c.Result.Deadlines {
			if d.Known && !d.LastDay.IsZero() {
				cases++
				break
			}
		}
	}
	return buf.Bytes(), n, cases, nil
}
