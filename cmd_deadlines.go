package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"strconv"
	"strings"
	"time"

	"appealdesk/desk"
	"appealdesk/forms"
	"appealdesk/forms/caseload"
	"appealdesk/forms/legal"
	"appealdesk/locales"
)

// todayFlag adds --today (the day "days left" is counted from; default: today on this
// computer). It exists so that output can be reproduced, e.g. in tests.
func todayFlag(fs *flag.FlagSet) *string {
	return fs.String("today", "", "count days left from this date instead of today (YYYY-MM-DD)")
}

// jsonStep is a reasoning step in --json output: the machine fields and the text.
type jsonStep struct {
	ID       string            `json:"id"`
	Params   map[string]string `json:"params,omitempty"`
	Cites    []legal.Citation  `json:"cites,omitempty"`
	Inferred bool              `json:"inferred,omitempty"`
	Text     string            `json:"text"`
}

func jsonSteps(tr *locales.Translator, steps []legal.Step) []jsonStep {
	out := make([]jsonStep, len(steps))
	for i, s := range steps {
		out[i] = jsonStep{ID: s.ID, Params: s.Params, Cites: s.Cites, Inferred: s.Inferred, Text: legal.RenderStep(tr, s)}
	}
	return out
}

func isoDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

func (c *cli) writeJSON(v any) int {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		c.errorf("%v", err)
		return 1
	}
	c.stdout.Write(buf.Bytes())
	return 0
}

// ---- calendar YEAR ----

type calendarDay struct {
	Date string `json:"date"`
	Kind string `json:"kind"`
	Name string `json:"name"`
	ID   string `json:"id"`
	// For and ForDate: the Sunday holiday a substitute day stands for.
	For     string `json:"for,omitempty"`
	ForDate string `json:"for_date,omitempty"`
	Basis   string `json:"basis"`
}

func cmdCalendar(c *cli, args []string) int {
	fs, lang := c.flags("calendar")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, ok := positionals(fs, args)
	if !ok || !c.useLang(*lang) {
		return 2
	}
	if len(pos) != 1 {
		c.errorf("%s", c.tr.T("legal.cli.calendar_usage"))
		return 2
	}
	year, err := strconv.Atoi(strings.TrimSpace(pos[0]))
	if err != nil {
		c.errorf("%s", c.tr.T("legal.cli.calendar_usage"))
		return 2
	}
	hs, err := legal.Holidays(year)
	if err != nil {
		c.errorf("%s", c.tr.T("legal.error.year", "Year", year))
		return 2
	}
	days := make([]calendarDay, len(hs))
	for i, h := range hs {
		days[i] = calendarDay{Date: isoDay(h.Date), Kind: string(h.Kind), Name: c.tr.T(h.NameID()), ID: h.ID,
			For: h.For, ForDate: isoDay(h.ForDate), Basis: h.Basis.String()}
	}
	if *asJSON {
		return c.writeJSON(struct {
			Year int           `json:"year"`
			Days []calendarDay `json:"days"`
		}{year, days})
	}
	c.printf("%s\n\n", c.tr.T("legal.cli.calendar_title", "Year", year))
	for i, h := range hs {
		if h.Kind == legal.Substitute { // its name already says why
			c.printf("  %-34s %s (%s)\n", c.tr.Date(h.Date), days[i].Name, legal.CiteText(c.tr, h.Basis))
			continue
		}
		c.printf("  %-34s %s (%s, %s)\n", c.tr.Date(h.Date), days[i].Name, c.tr.T(h.KindNameID()), legal.CiteText(c.tr, h.Basis))
	}
	c.printf("\n%s\n", c.tr.T("legal.cli.calendar_note"))
	return 0
}

// ---- deadline --from DATE --period P ----

func cmdDeadline(c *cli, args []string) int {
	fs, lang := c.flags("deadline")
	from := fs.String("from", "", "the day of the event the period counts from (delivery …)")
	period := fs.String("period", "", "the period: 15d, 8d, 30d, 3m, 4m")
	noShift := fs.Bool("no-shift", false, "the last day does not move off weekends and holidays (ECHR)")
	saturday := fs.Bool("saturday-working", false, "the office works on Saturdays")
	asJSON := fs.Bool("json", false, "print JSON")
	todayS := todayFlag(fs)
	pos, ok := positionals(fs, args)
	if !ok || !c.useLang(*lang) {
		return 2
	}
	if len(pos) != 0 || *from == "" || *period == "" {
		c.errorf("%s", c.tr.T("legal.cli.deadline_usage"))
		return 2
	}
	start, ok := c.dateFlag("--from", *from)
	if !ok {
		return 2
	}
	p, err := legal.ParsePeriod(*period)
	if err != nil {
		c.errorf("%s", c.tr.T("legal.error.period", "Input", *period))
		return 2
	}
	today, ok := c.dateFlag("--today", *todayS)
	if !ok {
		return 2
	}
	cnt, err := legal.CountPeriod(start, p, legal.Office{SaturdayWorking: *saturday}, !*noShift)
	if err != nil {
		c.errorf("%s", c.tr.T("legal.step.outside_calendar"))
		return 2
	}
	steps := append([]legal.Step{{ID: "legal.step.from", Params: map[string]string{"FromDate": isoDay(start), "Period": p.String()}}},
		legal.CountSteps(cnt, false)...)
	if *asJSON {
		return c.writeJSON(struct {
			From       string     `json:"from"`
			Period     string     `json:"period"`
			LastDay    string     `json:"last_day"`
			SafeDate   string     `json:"safe_date"`
			NominalDay string     `json:"nominal_day"`
			Moved      bool       `json:"moved"`
			NoShift    bool       `json:"no_shift"`
			Steps      []jsonStep `json:"steps"`
		}{isoDay(start), p.String(), isoDay(cnt.LastDay), isoDay(cnt.Safe), isoDay(cnt.Nominal), cnt.Moved, cnt.NoMove,
			jsonSteps(c.tr, steps)})
	}
	c.printf("%s: %s (%s)\n", c.tr.T("legal.cli.last_day"), c.tr.Date(cnt.LastDay), legal.DaysLeftText(c.tr, today, cnt.LastDay))
	if !cnt.Safe.Equal(cnt.LastDay) {
		c.printf("%s: %s\n", c.tr.T("legal.cli.safe_date"), c.tr.Date(cnt.Safe))
	}
	c.printf("\n")
	for _, s := range legal.RenderSteps(c.tr, steps) {
		c.printf("  - %s\n", s)
	}
	return 0
}

// ---- deadlines FILE ----

type jsonDeadline struct {
	ID         string `json:"id"`
	Title      string `json:"title"`
	LastDay    string `json:"last_day"`
	SafeDate   string `json:"safe_date"`
	NominalDay string `json:"nominal_day"`
	Moved      bool   `json:"moved"`
	NoShift    bool   `json:"no_shift"`
	Known      bool   `json:"known"`
	Urgent     bool   `json:"urgent"`
	DaysLeft   *int   `json:"days_left"`
	// DaysLeftSafe counts to the safe date, the number the window shows big.
	DaysLeftSafe *int `json:"days_left_safe"`
	// Direction is "by" or "not-before"; NotBefore the first safe day of a "not
	// before" deadline (then last_day is "" and days_left null).
	Direction  string           `json:"direction"`
	NotBefore  string           `json:"not_before,omitempty"`
	Group      string           `json:"group"`
	Suspended  bool             `json:"suspended,omitempty"`
	Limit      bool             `json:"limit,omitempty"`
	SafeSteps  []jsonStep       `json:"safe_steps,omitempty"`
	Confidence string           `json:"confidence"`
	Basis      string           `json:"basis"`
	BasisRefs  []legal.Citation `json:"basis_refs"`
	LodgedWith string           `json:"lodged_with,omitempty"`
	DecidedBy  string           `json:"decided_by,omitempty"`
	Steps      []jsonStep       `json:"steps"`
	// Done: the person took this step in time (later.* answers).
	Done bool `json:"done,omitempty"`
}

// jsonStage is where the case stands (forms/legal stages.go).
type jsonStage struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	DeadlineID string   `json:"deadline_id,omitempty"`
	Documents  []string `json:"documents,omitempty"`
}

type jsonDeadlines struct {
	Type        string         `json:"type"`
	Service     string         `json:"service"`
	Event       string         `json:"received"`
	Served      string         `json:"served"`
	Today       string         `json:"today"`
	ServedSteps []jsonStep     `json:"served_steps"`
	Missing     []jsonStep     `json:"missing"`
	Remedy      *legal.Remedy  `json:"remedy"`
	Stage       jsonStage      `json:"stage"`
	Deadlines   []jsonDeadline `json:"deadlines"`
}

func cmdDeadlines(c *cli, args []string) int {
	fs, lang := c.flags("deadlines")
	asJSON := fs.Bool("json", false, "print JSON")
	icsOut := fs.String("ics", "", "also write every deadline to this calendar file (.ics)")
	todayS := todayFlag(fs)
	pos, ok := positionals(fs, args)
	if !ok || !c.useLang(*lang) {
		return 2
	}
	if len(pos) != 1 {
		c.errorf("%s", c.tr.T("legal.cli.deadlines_usage"))
		return 2
	}
	today, ok := c.dateFlag("--today", *todayS)
	if !ok {
		return 2
	}
	cs, code := c.loadCase(pos[0])
	if cs == nil {
		return code
	}
	view := desk.Deadlines(cs, today)
	res := view.Result
	if *icsOut != "" {
		if code := c.writeICS(*icsOut, cs, res); code != 0 {
			return code
		}
	}
	if *asJSON {
		out := jsonDeadlines{Type: string(res.Type), Service: cs.Decision.Service, Event: string(cs.Decision.Received),
			Today: isoDay(today), Remedy: res.Remedy, ServedSteps: jsonSteps(c.tr, res.ServedSteps),
			Missing: jsonSteps(c.tr, res.Missing), Deadlines: []jsonDeadline{}}
		st := cs.TimelineOn(today).Stage
		out.Stage = jsonStage{ID: string(st.ID), Title: c.tr.T(st.TitleID), DeadlineID: st.DeadlineID}
		for _, d := range st.Documents {
			out.Stage.Documents = append(out.Stage.Documents, string(d))
		}
		if res.Served != nil {
			out.Served = isoDay(res.Served.Date)
		}
		for _, d := range view.Ordered {
			jd := jsonDeadline{ID: d.ID, Title: c.tr.T(d.TitleID), LastDay: isoDay(d.LastDay), SafeDate: isoDay(d.Safe),
				Known: d.Known, Urgent: d.UrgentOn(today), Confidence: string(d.Confidence), Basis: legal.Cites(d.Basis...),
				BasisRefs: d.Basis, LodgedWith: string(d.LodgedWith), DecidedBy: string(d.DecidedBy), Steps: jsonSteps(c.tr, d.Steps),
				Direction: string(d.Direction), Group: d.Group, Suspended: d.Suspended, Limit: d.Limit, Done: d.Done}
			if len(d.SafeSteps) > 0 {
				jd.SafeSteps = jsonSteps(c.tr, d.SafeSteps)
			}
			if d.Count != nil {
				jd.NominalDay, jd.Moved, jd.NoShift = isoDay(d.Count.Nominal), d.Count.Moved, d.Count.NoMove
			}
			switch {
			case d.Known && d.Direction == legal.NotBefore:
				jd.NotBefore = isoDay(d.Safe)
			case d.Known:
				n, safe := legal.DaysLeft(today, d.LastDay), legal.DaysLeft(today, d.Safe)
				jd.DaysLeft, jd.DaysLeftSafe = &n, &safe
			}
			out.Deadlines = append(out.Deadlines, jd)
		}
		return c.writeJSON(out)
	}
	c.printDeadlines(cs, view)
	return 0
}

func (c *cli) printDeadlines(cs *forms.Case, view desk.DeadlineView) {
	res, today := view.Result, view.Today
	tr := c.tr
	if res.Remedy != nil {
		c.printf("%s\n", tr.T(res.Type.NameID()))
	}
	if res.Served != nil {
		c.printf("%s: %s\n", tr.T("legal.cli.served"), tr.Date(res.Served.Date))
	}
	c.printf("%s: %s\n", tr.T("legal.cli.today"), tr.Date(today))
	if tl := cs.TimelineOn(today); res.Remedy != nil {
		c.printf("%s\n", tr.T("stages.current", "Stage", tr.T(tl.Stage.TitleID)))
		if tl.NextKnown {
			id := "stages.next_by"
			if tl.Next.Direction == legal.NotBefore {
				id = "stages.next_not_before"
			}
			c.printf("%s\n", tr.T(id, "Title", tr.T(tl.Next.TitleID), "Date", tr.Date(tl.Next.Safe)))
		}
	}
	if len(res.Missing) > 0 {
		c.printf("\n%s\n", tr.T("legal.cli.missing"))
		for _, s := range legal.RenderSteps(tr, res.Missing) {
			c.printf("  - %s\n", s)
		}
	}
	for _, d := range view.Ordered {
		c.printf("\n")
		mark := ""
		if d.UrgentOn(today) {
			mark = "  [" + tr.T("legal.cli.urgent") + "]"
		}
		c.printf("== %s%s\n", tr.T(d.TitleID), mark)
		switch {
		case d.Done:
			// Taken in time (What happened next): the reasoning below says when.
			c.printf("   %s\n", tr.T("stages.panel.done"))
		case !d.Known:
			c.printf("   %s\n", tr.T("legal.cli.no_date"))
		case d.Direction == legal.NotBefore:
			c.printf("   %s\n", tr.T("legal.panel.not_before", "Date", tr.Date(d.Safe)))
		case d.Suspended:
			c.printf("   %s\n", tr.T("legal.panel.suspended", "Date", tr.Date(d.Safe)))
			for _, s := range legal.RenderSteps(tr, d.SafeSteps) {
				c.printf("     %s\n", s)
			}
		default:
			// The safe date first (what to act on), the legal last day beneath with why they differ.
			c.printf("   %s: %s (%s)\n", tr.T("legal.cli.safe_date"), tr.Date(d.Safe), legal.DaysLeftText(tr, today, d.Safe))
			if !d.Safe.Equal(d.LastDay) {
				c.printf("   %s: %s (%s)\n", tr.T("legal.cli.last_day"), tr.Date(d.LastDay), legal.DaysLeftText(tr, today, d.LastDay))
				for _, s := range legal.RenderSteps(tr, d.SafeSteps) {
					c.printf("     %s\n", s)
				}
			}
		}
		for _, s := range legal.RenderSteps(tr, d.Steps) {
			c.printf("   - %s\n", s)
		}
	}
	c.printf("\n%s\n", tr.T("app.not_legal_advice"))
}

// writeICS writes the calendar file atomically: a temporary file renamed into place,
// so a failure never leaves half a file.
func (c *cli) writeICS(path string, cs *forms.Case, res legal.Result) int {
	var buf bytes.Buffer
	if _, err := legal.WriteICS(&buf, res, c.tr, caseload.CalendarOptions(cs, res)); err != nil {
		c.errorf("%s: %v", path, err)
		return 1
	}
	// 0600: it names the person. Only an earlier calendar is ever replaced.
	if err := forms.WriteFileReplacing(path, buf.Bytes(), 0o600, "BEGIN:VCALENDAR"); err != nil {
		c.errorf("%s", c.tr.T("legal.cli.ics_failed", "File", path))
		return 1
	}
	return 0
}
