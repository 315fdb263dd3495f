package forms

import (
	"strconv"
	"strings"
	"time"

	"appealdesk/forms/legal"
	"appealdesk/locales"
)

// What a final Serbian filing needs beyond the interview's own checks: a date of
// delivery (else no document can say it is in time), a lodging day within the period,
// answers in Serbian (a Serbian filing never prints Russian), names in Serbian
// Cyrillic, a representative the forum admits, and, for a constitutional appeal, the
// Constitution's articles. FilingIssues lists what is not there; `check` reports each
// as an error and the renderer refuses a final copy while any is left.

// PrintedText says how one printed answer is checked: a name or place in Russian
// letters is transcribed (RussianToSerbian) and the person confirms it; any other text
// that is not Serbian must be translated.
type PrintedText struct {
	Path string // concrete path, e.g. family.children[1].name
	Name bool   // a name or place: transcribed, not translated
}

// PrintedTexts lists the typed answers of c that the Serbian documents print, in
// interview order: fields marked Printed that apply, the person's own account and its
// details only when the person let them into the appeal (story.use_in_appeal).
func PrintedTexts(c *Case) []PrintedText {
	var out []PrintedText
	add := func(fl *Field, path string) {
		if !fl.Printed {
			return
		}
		if fl.Kind == KindChoice {
			// A choice prints its Serbian name; only text typed in an open choice
			// (a role or status from an older file) is printed as typed.
			if v, _ := Get(c, path); v == "" || hasChoice(fl, v) || !fl.OpenChoice || strings.HasSuffix(templateOf(path), "citizenship") || strings.HasSuffix(templateOf(path), "citizenship_other") {
				return
			}
		}
		if strings.HasPrefix(path, "story.") && c.Story.UseInAppeal != Yes {
			return
		}
		out = append(out, PrintedText{Path: path, Name: nameFields[templateOf(path)]})
	}
	for _, s := range interview {
		if !s.Applies(c) {
			continue
		}
		for _, fl := range s.Fields {
			if !fl.Applies(c) {
				continue
			}
			if fl.Kind == KindGroup {
				n, _ := Len(c, fl.Path)
				for i := 0; i < n; i++ {
					for _, sub := range fl.Fields {
						if sub.Applies(c) {
							add(sub, ItemPath(sub.Path, i))
						}
					}
				}
				continue
			}
			add(fl, fl.Path)
		}
	}
	return out
}

// nameFields are the printed answers that are names of people or places.
var nameFields = map[string]bool{
	"person.full_name_serbian": true, "person.birthplace": true, "person.city": true,
	"family.spouse_name": true, "family.children[].name": true, "representative.name": true,
	"documents.place": true,
}

// Timeliness is whether the remedy is lodged within its period.
type Timeliness int

const (
	// TimelinessUnknown: the last day is not known (no delivery date, or no type).
	TimelinessUnknown Timeliness = iota
	// Timely: lodged on or before the last day.
	Timely
	// Late: lodged after the last day.
	Late
)

// LodgingDay is the day the remedy is lodged: the day recorded in What happened next
// (later.appeal_lodged) once it was, else documents.lodging (the day it is handed
// in or posted by registered mail, ZUP Art. 81(2), ZUS Art. 20(4)), else the date of
// signing, else today. The zero time when none is a valid date. At a later stage the
// date of signing is that of the later document, not of the first remedy.
func LodgingDay(c *Case, today time.Time) time.Time {
	for _, d := range []Date{c.Later.AppealLodged, c.Documents.Lodging, c.Documents.Signed} {
		if d == "" {
			continue
		}
		if t, ok := parseISO(d); ok {
			return t
		}
		return time.Time{}
	}
	if today.IsZero() {
		return time.Time{}
	}
	y, m, d := today.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// TimelinessOf says whether the remedy against the decision is lodged in time, from
// the deadline engine's last day (forms/legal) and LodgingDay; lastDay is zero when unknown.
func TimelinessOf(c *Case, today time.Time) (t Timeliness, lastDay, lodging time.Time) {
	p, ok := c.Deadlines().Primary()
	lodging = LodgingDay(c, today)
	if !ok || !p.Known || p.LastDay.IsZero() || lodging.IsZero() {
		return TimelinessUnknown, time.Time{}, lodging
	}
	if lodging.After(p.LastDay) {
		return Late, p.LastDay, lodging
	}
	return Timely, p.LastDay, lodging
}

func validISO(d Date) bool { _, ok := parseISO(d); return ok }

// FilingIssues lists what stands between the case and a final Serbian filing, as
// errors linked to the field to fix (see the comment at the top of this file).
func FilingIssues(c *Case, today time.Time) []Issue {
	var out []Issue
	add := func(path, msg string, kv ...any) *Issue {
		s, fl := FieldByPath(path)
		is := Issue{Path: path, Severity: SeverityError, Message: msg, Params: kv}
		if s != nil {
			is.Step, is.Label = s.ID, fl.Label
		}
		if i := strings.IndexByte(path, '['); i >= 0 {
			if n, err := strconv.Atoi(path[i+1 : strings.IndexByte(path, ']')]); err == nil {
				is.Item = n + 1
			}
		}
		out = append(out, is)
		return &out[len(out)-1]
	}
	if _, ok := LookupDecisionType(c.Decision.Type); !ok {
		add("decision.type", "interview.issue.filing.no_type")
		return out
	}
	switch t, last, lodging := TimelinessOf(c, today); t {
	case TimelinessUnknown:
		switch {
		case !validISO(c.Decision.Received):
			add("decision.received", "interview.issue.filing.no_delivery")
		case lodging.IsZero():
			add("documents.lodging", "interview.issue.filing.no_lodging")
		default:
			add("decision.service", "interview.issue.filing.no_last_day")
		}
	case Late:
		msg, missed := "interview.issue.filing.late", legal.MissedAppeal
		if PleadingFor(c).Forum == ForumCourt {
			msg, missed = "interview.issue.filing.late_lawsuit", legal.MissedLawsuit
		}
		if c.Later.MissedDeadline == string(missed) && strings.TrimSpace(c.Later.MissedReason) != "" {
			break // lodged with its restoration proposal (ZUP Art. 82(6); ZPP Art. 110(4) through ZUS Art. 74)
		}
		add("documents.lodging", msg, "LastDay", Date(last.Format("2006-01-02")), "Lodging", Date(lodging.Format("2006-01-02")))
	}
	for _, pt := range PrintedTexts(c) {
		v, err := Get(c, pt.Path)
		if err != nil || strings.TrimSpace(v) == "" {
			continue
		}
		if pt.Path == "person.full_name" {
			continue // the passport's Latin spelling, printed beside the Serbian name
		}
		switch lang := locales.ClassifyText(v); {
		case pt.Name && locales.HasRussianLetters(v):
			add(pt.Path, "interview.issue.filing.transcribe", "Value", locales.RussianToSerbian(v)).Suggestion = locales.RussianToSerbian(v)
		case lang == locales.TextRussian || lang == locales.TextOther:
			add(pt.Path, "interview.issue.filing.translate")
		}
	}
	if strings.TrimSpace(c.Person.FullNameSerbian) == "" && locales.HasRussianLetters(c.Person.FullName) {
		tr := locales.RussianToSerbian(c.Person.FullName)
		add("person.full_name_serbian", "interview.issue.filing.transcribe", "Value", tr).Suggestion = tr
	}
	for _, p := range []string{"person.citizenship", "person.citizenship_other", "family.spouse_citizenship"} {
		if v, _ := Get(c, p); v != "" && !IsCountry(v) {
			if s, fl := FieldByPath(p); s != nil && fl.Applies(c) {
				add(p, "interview.issue.filing.country").Suggestion = CountryFromText(v)
			}
		}
	}
	for i, ch := range c.Family.Children {
		for path, v := range map[string]string{"family.children[].citizenship": ch.Citizenship, "family.children[].citizenship_other": ch.CitizenshipOther} {
			if v != "" && !IsCountry(v) {
				add(ItemPath(path, i), "interview.issue.filing.country").Suggestion = CountryFromText(v)
			}
		}
	}
	if role := RepresentativeRole(c); role != "" && !MayRepresent(PleadingFor(c).Forum, role) {
		add("representative.role", "interview.issue.filing.representative")
	}
	if c.Later.JudgmentReceived != "" {
		out = append(out, ConstitutionIssues(c)...)
	}
	return out
}

// ConstitutionRights are the rights a constitutional appeal pleads, by the member of
// ConstitutionArticles that holds each one's article (the JSON name under
// documents.constitution).
var ConstitutionRights = []string{
	"foreigners", "treaties", "equality", "liberty", "legal_remedy", "expulsion",
	"expression", "association", "fair_trial",
}

// ConstitutionRightsPleaded are the rights the documents of c invoke, in
// ConstitutionRights order: every case the foreigners' position, treaties, the legal
// remedy and fair trial; removal cases the expulsion guarantee; detention liberty;
// the speech argument expression, association and equality.
func ConstitutionRightsPleaded(c *Case) []string {
	want := map[string]bool{"foreigners": true, "treaties": true, "legal_remedy": true, "fair_trial": true}
	switch c.Decision.Type {
	case TypeDetention:
		want["liberty"] = true
	case TypePermanentResidenceRefusal:
	default:
		want["expulsion"] = true
	}
	if ArgumentKept(c, ArgSpeech) {
		want["expression"], want["association"], want["equality"] = true, true, true
	}
	var out []string
	for _, r := range ConstitutionRights {
		if want[r] {
			out = append(out, r)
		}
	}
	return out
}

// ConstitutionIssues: a constitutional appeal must name, for each right it pleads,
// the provision of the Constitution that guarantees it (ZUSud Art. 85(1)). The app's
// sources do not hold the Constitution, so the lawyer enters each article; until then
// `check` fails and no final copy is made. The constitutional appeal document (the
// remedy-chain stage) reads the same list.
func ConstitutionIssues(c *Case) []Issue {
	var out []Issue
	for _, r := range ConstitutionRightsPleaded(c) {
		path := "documents.constitution." + r
		if v, _ := Get(c, path); strings.TrimSpace(v) == "" {
			s, fl := FieldByPath(path)
			out = append(out, Issue{Step: s.ID, Path: path, Severity: SeverityError,
				Message: "interview.issue.filing.constitution", Label: fl.Label})
		}
	}
	return out
}

// answerChecks are the interview's checks of answers the Serbian documents print: a
// name or place typed in Russian letters gets its Serbian Cyrillic transcription as
// a suggestion the person confirms with one key; a citizenship typed as text in an
// older file gets its code.
func answerChecks(c *Case) []Issue {
	var out []Issue
	warn := func(path, msg, suggestion string, kv ...any) {
		s, fl := FieldByPath(path)
		if s == nil || !s.Applies(c) || !fl.Applies(c) {
			return
		}
		is := Issue{Step: s.ID, Path: path, Severity: SeverityWarning, Message: msg, Params: kv, Label: fl.Label, Suggestion: suggestion}
		if i := strings.IndexByte(path, '['); i >= 0 {
			if n, err := strconv.Atoi(path[i+1 : strings.IndexByte(path, ']')]); err == nil {
				is.Item = n + 1
			}
		}
		out = append(out, is)
	}
	for _, pt := range PrintedTexts(c) {
		if !pt.Name {
			continue
		}
		if v, _ := Get(c, pt.Path); locales.HasRussianLetters(v) {
			tr := locales.RussianToSerbian(v)
			warn(pt.Path, "interview.issue.transcribe", tr, "Value", tr)
		}
	}
	if strings.TrimSpace(c.Person.FullNameSerbian) == "" && locales.HasRussianLetters(c.Person.FullName) {
		tr := locales.RussianToSerbian(c.Person.FullName)
		warn("person.full_name_serbian", "interview.issue.transcribe", tr, "Value", tr)
	}
	if locales.ClassifyText(c.Person.FullName) == locales.TextRussian || strings.ContainsAny(strings.ToLower(c.Person.FullName), "ђјљњћџ") {
		warn("person.full_name", "interview.issue.passport_latin", "")
	}
	countries := []string{"person.citizenship", "person.citizenship_other", "family.spouse_citizenship"}
	for i := range c.Family.Children {
		countries = append(countries, ItemPath("family.children[].citizenship", i), ItemPath("family.children[].citizenship_other", i))
	}
	for _, p := range countries {
		if v, _ := Get(c, p); v != "" && !IsCountry(v) {
			warn(p, "interview.issue.country_text", CountryFromText(v))
		}
	}
	return out
}

// CheckIssues is what `check` reports: the interview's issues (Validate) and what
// stands between the case and a final filing (FilingIssues); where both name the same
// field, the filing error replaces the interview's warning.
func CheckIssues(c *Case, today time.Time) []Issue {
	issues := Validate(c, today)
	filing := FilingIssues(c, today)
	blocked := map[string]bool{}
	for _, f := range filing {
		blocked[f.Path] = true
	}
	var out []Issue
	for _, is := range issues {
		if is.Severity == SeverityWarning && blocked[is.Path] {
			continue
		}
		if is.Severity == SeverityMissing && blocked[is.Path] {
			continue
		}
		out = append(out, is)
	}
	out = append(out, filing...)
	sortIssues(out)
	return out
}
