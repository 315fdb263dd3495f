package legal

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"appealdesk/locales"
)

// Step is one sentence of a deadline's reasoning: a catalogue message id and its
// parameters, so the interface, the command line and the PDFs render it in any language.
//
// Parameter conventions (the renderer relies on them):
//   - a key ending in "Date" holds an ISO date, rendered with Translator.Date;
//   - a key ending in "DayMonth" holds an ISO date, rendered with Translator.DayMonth;
//   - a key ending in "Msg" holds one or more catalogue ids separated by ",", rendered
//     and joined with ", ";
//   - "Period" holds a period such as "15d" or "4m", rendered as "15 days", "4 months";
//   - anything else is passed as is.
//
// Cites are rendered into the field "Cites" in the language's citation style.
type Step struct {
	ID       string            `json:"id"`
	Params   map[string]string `json:"params,omitempty"`
	Cites    []Citation        `json:"cites,omitempty"`
	Inferred bool              `json:"inferred,omitempty"`
}

// CountSteps explains a count: the day not counted, the nominal day, the days skipped
// and why, the last day with its articles, filing by registered post, the safe date.
// lawsuit selects the court rules; basis are the articles that set the period.
func CountSteps(c Count, lawsuit bool, basis ...Citation) []Step {
	var steps []Step
	dayRule := []Citation{Cite(ZUP, "80", "2")}
	moveRule := Cite(ZUP, "80", "5")
	postRule := []Citation{Cite(ZUP, "81", "2")}
	if lawsuit {
		dayRule = []Citation{Cite(ZUS, "74", ""), Cite(ZPP, "103", "")}
		moveRule = Cite(ZPP, "103", "4")
		postRule = []Citation{Cite(ZUS, "20", "")}
	}
	if c.Period.Unit == Days {
		steps = append(steps, Step{ID: "legal.step.day1", Params: map[string]string{
			"FromDate": iso(c.From), "FirstDayMonth": iso(c.From.AddDate(0, 0, 1))}, Cites: dayRule})
	} else if c.NoMove {
		// A period that must not move is not a Serbian one (ECHR): the same-numbered-day
		// rule is applied to it as the usual reading, not from ZUP (inferred).
		steps = append(steps, Step{ID: "legal.step.months", Params: map[string]string{
			"FromDate": iso(c.From), "Period": c.Period.String()}, Inferred: true})
	} else {
		steps = append(steps, Step{ID: "legal.step.months", Params: map[string]string{
			"FromDate": iso(c.From), "Period": c.Period.String()}, Cites: []Citation{Cite(ZUP, "80", "2")}})
	}
	nominal := map[string]string{"N": strconv.Itoa(c.Period.N), "Period": c.Period.String(), "NominalDate": iso(c.Nominal)}
	prefix := "legal.step.nominal_day"
	if c.Period.Unit != Days {
		prefix = "legal.step.nominal_months"
	}
	if c.Office.Works(c.Nominal) {
		steps = append(steps, Step{ID: prefix + ".working", Params: nominal})
	} else {
		nominal["ReasonMsg"] = reasonIDs(c.Nominal, c.Office)
		steps = append(steps, Step{ID: prefix + ".off", Params: nominal})
		for _, d := range c.Skipped {
			if d.Equal(c.Nominal) {
				continue
			}
			steps = append(steps, Step{ID: "legal.step.also_off", Params: map[string]string{
				"OffDate": iso(d), "ReasonMsg": reasonIDs(d, c.Office)}})
		}
		if c.NoMove {
			steps = append(steps, Step{ID: "legal.step.no_move"})
		} else {
			steps = append(steps, Step{ID: "legal.step.moved", Params: map[string]string{"LastDate": iso(c.LastDay)},
				Cites: []Citation{moveRule}})
		}
	}
	cites := append(append([]Citation(nil), dayRule...), basis...)
	if c.Period.Unit != Days {
		cites = append([]Citation{Cite(ZUP, "80", "2")}, basis...)
		if c.NoMove {
			cites = append([]Citation(nil), basis...)
		}
	}
	if c.Moved {
		cites = append(cites, moveRule)
		if touchesSaturday(c) {
			steps = append(steps, saturdayStep(lawsuit))
		}
	}
	steps = append(steps, Step{ID: "legal.step.last_day", Params: map[string]string{"LastDate": iso(c.LastDay)}, Cites: cites})
	if !c.NoMove {
		steps = append(steps, Step{ID: "legal.step.post_registered", Cites: postRule})
	}
	if !c.Safe.Equal(c.LastDay) {
		steps = append(steps, Step{ID: "legal.step.safe", Params: map[string]string{"SafeDate": iso(c.Safe)}})
	}
	return steps
}

// touchesSaturday: the count's nominal day, or a day it skipped, is a Saturday — the
// result then rests on a reading of the Saturday question.
func touchesSaturday(c Count) bool {
	if c.Nominal.Weekday() == time.Saturday {
		return true
	}
	for _, d := range c.Skipped {
		if d.Weekday() == time.Saturday {
			return true
		}
	}
	return false
}

// saturdayStep: no statute names Saturday; ZUP Art. 80(5) and ZPP Art. 103(4) speak of
// a day on which the body or the court does not work. Treating Saturday so is a
// reading (inferred); the safe date never relies on it.
func saturdayStep(lawsuit bool) Step {
	c := Cite(ZUP, "80", "5")
	if lawsuit {
		c = Cite(ZPP, "103", "4")
	}
	return Step{ID: "legal.step.saturday_reading", Cites: []Citation{c}, Inferred: true}
}

// reasonIDs names why the office does not work on d: the holidays, or the weekend day.
func reasonIDs(d time.Time, o Office) string {
	var ids []string
	for _, h := range HolidaysOn(d) {
		ids = append(ids, h.NameID())
	}
	switch d.Weekday() {
	case time.Sunday:
		ids = append([]string{"legal.reason.sunday"}, ids...)
	case time.Saturday:
		if !o.SaturdayWorking {
			ids = append([]string{"legal.reason.saturday"}, ids...)
		}
	}
	return strings.Join(ids, ",")
}

// ArticleIn writes an article number in the script of lang: the letters of Serbian
// article numbers are Cyrillic (46ж, 1а, 3а); Serbian Latin and English text write them
// in Latin (46ž, 1a, 3a), Russian keeps them. Every output that prints an article
// number (the interface, the command line, the documents) goes through it.
func ArticleIn(lang locales.Lang, article string) string {
	switch lang {
	case locales.English, locales.SerbianLatin:
		return locales.ToLatin(article)
	}
	return article
}

// PeriodText renders a period: "15 days", "4 месяца".
func PeriodText(tr *locales.Translator, p Period) string {
	return tr.N("legal.period."+string(p.Unit), p.N)
}

// RenderStep renders one step in tr's language; an inferred step says so. Each law
// it cites is named in full once.
func RenderStep(tr *locales.Translator, s Step) string {
	return renderStep(tr, newCiter(tr), s)
}

func renderStep(tr *locales.Translator, cites *citer, s Step) string {
	keys := make([]string, 0, len(s.Params))
	for k := range s.Params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	kv := make([]any, 0, 2*len(keys)+2)
	for _, k := range keys {
		v := s.Params[k]
		switch {
		case strings.HasSuffix(k, "DayMonth"):
			if t, err := time.Parse("2006-01-02", v); err == nil {
				kv = append(kv, k, tr.DayMonth(t))
				continue
			}
		case strings.HasSuffix(k, "Date"):
			if t, err := time.Parse("2006-01-02", v); err == nil {
				kv = append(kv, k, tr.Date(t))
				continue
			}
		case strings.HasSuffix(k, "Msg"):
			var names []string
			for _, id := range strings.Split(v, ",") {
				if id != "" {
					names = append(names, tr.T(id))
				}
			}
			kv = append(kv, k, strings.Join(names, ", "))
			continue
		case k == "Period":
			if p, err := ParsePeriod(v); err == nil {
				kv = append(kv, k, PeriodText(tr, p))
				continue
			}
		}
		kv = append(kv, k, v)
	}
	kv = append(kv, "Cites", cites.cites(s.Cites))
	out := tr.T(s.ID, kv...)
	// Russian and Serbian dates end in a full stop ("2025 г.", "2025."); a sentence that
	// ends with one must not show two.
	out = strings.ReplaceAll(out, "..", ".")
	if s.Inferred {
		out += " " + tr.T("legal.inferred")
	}
	return out
}

// RenderSteps renders every step, as one text: a law is named in full at its first
// citation and by its abbreviation in the later steps.
func RenderSteps(tr *locales.Translator, steps []Step) []string {
	cites := newCiter(tr)
	out := make([]string, len(steps))
	for i, s := range steps {
		out[i] = renderStep(tr, cites, s)
	}
	return out
}

// DaysLeftText says how many days are left until last, relative to today, in tr's
// language ("3 days left", "last day today", "the deadline passed 2 days ago").
func DaysLeftText(tr *locales.Translator, today, last time.Time) string {
	n := DaysLeft(today, last)
	switch {
	case n > 0:
		return tr.N("legal.days_left", n)
	case n == 0:
		return tr.T("legal.days_left.today")
	}
	return tr.N("legal.days_passed", -n)
}
