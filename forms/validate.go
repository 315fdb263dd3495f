package forms

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"appealdesk/forms/legal"
	"appealdesk/locales"
)

// Severity of an issue.
type Severity string

const (
	SeverityError   Severity = "error"   // impossible or contradictory: must be fixed
	SeverityWarning Severity = "warning" // unusual: check it against the paper
	SeverityMissing Severity = "missing" // a required answer is not given yet (a gap)
)

// Issue is one thing validation found, linked to the step and field that ask it.
type Issue struct {
	Step     string   `json:"step"`
	Path     string   `json:"path"` // concrete path ("family.children[1].born")
	Severity Severity `json:"severity"`
	// Message is the catalogue id; Params its template data as key/value pairs.
	// Label is the field's label id: Text fills it in as {{.Field}}; Item (from 1)
	// is {{.Item}} for an item of a group, 0 otherwise.
	Message string `json:"message"`
	Params  []any  `json:"-"`
	Label   string `json:"label,omitempty"`
	Item    int    `json:"item,omitempty"`
	// Suggestion is a corrected value the interface may offer to put in (a passport
	// number without spaces); "" if none.
	Suggestion string `json:"suggestion,omitempty"`
}

// Text renders the issue in tr's language.
func (i Issue) Text(tr *locales.Translator) string {
	kv := append([]any(nil), i.Params...)
	for k := 1; k < len(kv); k += 2 {
		if id, ok := kv[k].(MessageRef); ok { // a field named by its label, in the reader's language
			kv[k] = tr.T(string(id))
			continue
		}
		if d, ok := kv[k].(Date); ok { // a valid date reads as the language writes dates
			if t, ok := parseISO(d); ok {
				kv[k] = tr.Date(t)
			} else {
				kv[k] = string(d)
			}
		}
	}
	if i.Label != "" {
		kv = append(kv, "Field", tr.T(i.Label))
	}
	if i.Item > 0 {
		kv = append(kv, "Item", i.Item)
	}
	if i.Suggestion != "" {
		kv = append(kv, "Suggestion", i.Suggestion)
	}
	return tr.T(i.Message, kv...)
}

// Validate checks every answer that applies, given today's date (the caller's clock:
// nothing here reads it). Answers of fields that do not apply are not checked.
// Issues come in interview order.
func Validate(c *Case, today time.Time) []Issue {
	today = time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	var out []Issue
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
				if fl.RequiredFor(c) && n == 0 {
					out = append(out, Issue{Step: s.ID, Path: fl.Path, Severity: SeverityMissing, Message: "interview.issue.group_empty", Label: fl.Label})
				}
				for i := 0; i < n; i++ {
					for _, sub := range fl.Fields {
						if sub.Applies(c) {
							out = checkField(out, c, s, sub, ItemPath(sub.Path, i), i+1, today)
						}
					}
				}
				continue
			}
			out = checkField(out, c, s, fl, fl.Path, 0, today)
		}
	}
	return crossChecks(out, c)
}

func checkField(out []Issue, c *Case, s *Step, fl *Field, path string, item int, today time.Time) []Issue {
	issue := func(sev Severity, msg string, kv ...any) []Issue {
		return append(out, Issue{Step: s.ID, Path: path, Severity: sev, Message: msg, Params: kv, Label: fl.Label, Item: item})
	}
	switch fl.Kind {
	case KindArgument:
		return out
	case KindMulti:
		list, _ := GetList(c, path)
		for _, v := range list {
			if !hasChoice(fl, v) {
				return issue(SeverityError, "interview.issue.choice_unknown", "Value", v)
			}
		}
		return out
	case KindFile:
		return out
	case KindNumber:
		n, err := GetInt(c, path)
		if err != nil {
			return out
		}
		if fl.RequiredFor(c) && n == 0 {
			return issue(SeverityMissing, "interview.issue.missing")
		}
		if n < fl.Min {
			return issue(SeverityError, "interview.issue.number_negative", "Min", fl.Min)
		}
		if fl.Max > 0 && n > fl.Max {
			return issue(SeverityError, "interview.issue.number_too_big", "Max", fl.Max)
		}
		return out
	}
	v, err := Get(c, path)
	if err != nil {
		return out
	}
	if strings.TrimSpace(v) == "" {
		if fl.RequiredFor(c) && fl.Kind != KindSwitch {
			return issue(SeverityMissing, "interview.issue.missing")
		}
		return out
	}
	switch fl.Kind {
	case KindDate:
		d, ok := parseISO(Date(v))
		if !ok {
			return issue(SeverityError, "interview.issue.date_invalid", "Value", v)
		}
		if d.After(today) && !fl.Future && path != "documents.signed" {
			return issue(SeverityError, "interview.issue.date_future", "Value", Date(v)) // shown in the person's way, not ISO
		}
	case KindChoice:
		if !fl.OpenChoice && !hasChoice(fl, v) {
			if fl.Path == "decision.type" {
				return issue(SeverityError, "interview.issue.type_unknown", "Value", v)
			}
			return issue(SeverityError, "interview.issue.choice_unknown", "Value", v)
		}
	case KindYesNo:
		if v != string(Yes) && v != string(No) {
			return issue(SeverityError, "interview.issue.choice_unknown", "Value", v)
		}
	}
	return out
}

func hasChoice(fl *Field, v string) bool {
	for _, ch := range fl.Choices {
		if ch.Value == v {
			return true
		}
	}
	return false
}

// crossChecks are the rules between answers.
func crossChecks(out []Issue, c *Case) []Issue {
	has := func(path string) bool { // an error or gap already reported for path
		for _, i := range out {
			if i.Path == path && i.Severity != SeverityWarning {
				return true
			}
		}
		return false
	}
	add := func(path string, sev Severity, msg string, kv ...any) *Issue {
		s, fl := FieldByPath(path)
		if s == nil || !s.Applies(c) || !fl.Applies(c) {
			return nil
		}
		out = append(out, Issue{Step: s.ID, Path: path, Severity: sev, Message: msg, Params: kv, Label: fl.Label})
		return &out[len(out)-1]
	}
	d := &c.Decision

	// Delivery cannot come before the decision was issued.
	if issued, ok := parseISO(d.Issued); ok && !has("decision.received") {
		if recv, ok := parseISO(d.Received); ok && recv.Before(issued) {
			add("decision.received", SeverityError, "interview.issue.received_before_issued", "Issued", d.Issued)
		}
	}
	// The day in hand cannot come before the delivery event it follows.
	if recv, ok := parseISO(d.Received); ok && !has("decision.in_hand") && !has("decision.received") {
		if inHand, ok := parseISO(d.InHand); ok && inHand.Before(recv) {
			add("decision.in_hand", SeverityError, "interview.issue.in_hand_before_received", "Received", d.Received)
		}
	}
	// A lawyer or a representative for receipt is served instead of the person (ZUP Art. 66(6)).
	if d.HasRepresentative == Yes && d.Service != "" && d.Service != ServiceRepresentative {
		add("decision.service", SeverityWarning, "interview.issue.representative_service")
	}
	// The legal-remedy instruction gives another period than the law (ZUP Art. 141(6)).
	if r, ok := legal.RemedyFor(legal.DecisionType(d.Type)); ok && d.Type != TypeOther && d.Type != TypeAsylum &&
		d.InstructionDays > 0 && d.InstructionDays != r.Period.N && !has("decision.instruction_days") {
		add("decision.instruction_days", SeverityWarning, "interview.issue.instruction_differs",
			"Days", d.InstructionDays, "Law", r.Period.N)
	}
	// The departure period the law caps (ZoS Art. 66(2), 46ж(2), 72(4), 77(4), 81(2)).
	if t, ok := LookupDecisionType(d.Type); ok && t.DepartureCap > 0 && d.DepartureDays > t.DepartureCap && !has("decision.departure_days") {
		add("decision.departure_days", SeverityWarning, "interview.issue.departure_over_cap",
			"Days", d.DepartureDays, "Cap", t.DepartureCap, "Article", t.DepartureCapArticle, "Para", t.DepartureCapPara)
	}
	// Passport numbers are written without spaces.
	if p := c.Person.Passport; p != "" && strings.IndexFunc(p, unicode.IsSpace) >= 0 {
		if i := add("person.passport", SeverityWarning, "interview.issue.passport_spaces"); i != nil {
			i.Suggestion = strings.Join(strings.Fields(p), "")
		}
	}
	// The foreigner number (ЕБС) is digits.
	if n := c.Person.ForeignerNumber; n != "" {
		compact := strings.Join(strings.Fields(n), "")
		if !allDigits(compact) {
			add("person.foreigner_number", SeverityError, "interview.issue.ebs_not_digits")
		} else if compact != n {
			if i := add("person.foreigner_number", SeverityWarning, "interview.issue.ebs_spaces"); i != nil {
				i.Suggestion = compact
			}
		}
	}
	born, bornOK := parseISO(c.Person.Born)
	if bornOK && !has("person.born") {
		// In Serbia since before birth.
		if since, ok := parseISO(c.Person.InSerbiaSince); ok && since.Before(born) && !has("person.in_serbia_since") {
			add("person.in_serbia_since", SeverityError, "interview.issue.before_birth")
		}
		// A child born before the parent.
		for i, ch := range c.Family.Children {
			p := "family.children[" + strconv.Itoa(i) + "].born"
			if cb, ok := parseISO(ch.Born); ok && cb.Before(born) && !has(p) {
				if is := add(p, SeverityError, "interview.issue.child_before_parent"); is != nil {
					is.Item = i + 1
				}
			}
		}
	}
	out = append(out, answerChecks(c)...)
	laterChecks(c, add, has)
	sortIssues(out)
	return out
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// sortIssues orders issues as the interview asks: by field position, items of a
// group by item then by their field (a stable sort keeps one field's issues in order).
func sortIssues(out []Issue) {
	pos := map[string]int{}
	n := 0
	for _, s := range interview {
		for _, fl := range s.Fields {
			n++
			pos[fl.Path] = n
			for k, sub := range fl.Fields {
				pos[sub.Path] = k + 1
			}
		}
	}
	key := func(i Issue) int {
		t := templateOf(i.Path)
		if !strings.Contains(t, "[]") {
			return pos[t] * 1_000_000
		}
		return pos[GroupPath(t)]*1_000_000 + i.Item*1000 + pos[t]
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && key(out[j]) < key(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
}

// HasErrors reports whether any issue is an error.
func HasErrors(issues []Issue) bool {
	for _, i := range issues {
		if i.Severity == SeverityError {
			return true
		}
	}
	return false
}

// IssuesFor returns the issues of one field (a concrete path), for showing them
// beside the field; for a group path it includes the issues of its items.
func IssuesFor(issues []Issue, path string) []Issue {
	var out []Issue
	for _, i := range issues {
		if i.Path == path || strings.HasPrefix(i.Path, path+"[") {
			out = append(out, i)
		}
	}
	return out
}
