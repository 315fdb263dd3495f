package forms

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

var testToday = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

// domain is every value a field can take that may change what applies.
func domain(fl *Field) []string {
	switch fl.Kind {
	case KindChoice:
		vals := []string{""}
		for _, ch := range fl.Choices {
			vals = append(vals, ch.Value)
		}
		return vals
	case KindYesNo:
		return []string{"", "yes", "no"}
	case KindSwitch:
		return []string{"no", "yes"}
	}
	return nil
}

// applicability is which steps and fields apply, as a comparable string.
func applicability(c *Case) string {
	var b strings.Builder
	for _, s := range Steps() {
		fmt.Fprintf(&b, "%s=%v;", s.ID, s.Applies(c))
		for _, fl := range s.Fields {
			fmt.Fprintf(&b, "%s=%v;", fl.Path, fl.Applies(c))
			for _, sub := range fl.Fields {
				fmt.Fprintf(&b, "%s=%v;", sub.Path, sub.Applies(c))
			}
		}
	}
	return b.String()
}

// branchingFields finds, from the data alone, every field whose answer changes which
// steps or fields apply, given the answers of the fields found before it. It tries
// each field against every decision type, so a field that matters for one type only
// is found.
func branchingFields(t *testing.T) []*Field {
	var out []*Field
	for _, s := range Steps() {
		if s.ID == StepLater {
			continue // the timeline's branches are walked by TestLaterStep
		}
		for _, fl := range s.Fields {
			vals := domain(fl)
			if len(vals) < 2 || fl.Path == "decision.type" {
				continue
			}
			found := false
			for _, typ := range append([]string{""}, typeIDs()...) {
				seen := map[string]bool{}
				for _, v := range vals {
					c := New("t")
					c.Decision.Type = typ
					if err := Set(c, fl.Path, v); err != nil {
						t.Fatalf("Set(%s, %q): %v", fl.Path, v, err)
					}
					seen[applicability(c)] = true
				}
				if len(seen) > 1 {
					found = true
				}
			}
			if found {
				out = append(out, fl)
			}
		}
	}
	return out
}

func typeIDs() []string {
	var ids []string
	for _, t := range DecisionTypes {
		ids = append(ids, t.ID)
	}
	return ids
}

// fillApplicable answers every field that applies with a valid value, leaving the
// fields in keep as they are (the branch being walked), and adds one item to groups.
func fillApplicable(t *testing.T, c *Case, keep map[string]bool) {
	t.Helper()
	for round := 0; round < 3; round++ { // answers can make more fields apply
		for _, s := range Steps() {
			if !s.Applies(c) {
				continue
			}
			for _, fl := range s.Fields {
				if !fl.Applies(c) || keep[fl.Path] {
					continue
				}
				if fl.Kind == KindGroup {
					if n, _ := Len(c, fl.Path); n == 0 {
						if _, err := AddItem(c, fl.Path); err != nil {
							t.Fatal(err)
						}
					}
					for _, sub := range fl.Fields {
						if sub.Applies(c) {
							answer(t, c, sub, ItemPath(sub.Path, 0))
						}
					}
					continue
				}
				answer(t, c, fl, fl.Path)
			}
		}
	}
}

func answer(t *testing.T, c *Case, fl *Field, path string) {
	t.Helper()
	if v, _ := Get(c, path); v != "" && fl.Kind != KindSwitch {
		return
	}
	var err error
	switch fl.Kind {
	case KindText, KindLongText:
		if path == "person.foreigner_number" {
			err = Set(c, path, "1234567890123")
		} else {
			err = Set(c, path, "Текст")
		}
	case KindDate:
		err = Set(c, path, "2020-01-01")
	case KindChoice:
		err = Set(c, path, fl.Choices[0].Value)
	case KindYesNo:
		err = Set(c, path, "no")
	case KindNumber:
		err = SetInt(c, path, 1)
	case KindMulti:
		err = SetList(c, path, []string{fl.Choices[0].Value})
	case KindFile:
		err = SetFile(c, path, &File{Name: "a.pdf", Path: "a.pdf", Size: 1, SHA256: strings.Repeat("0", 64)})
	case KindSwitch, KindArgument:
	}
	if err != nil {
		t.Fatalf("answer %s: %v", path, err)
	}
}

// TestWalkEveryPath walks every combination of the answers that change what applies
// (found from the data), for every decision type, with nothing answered and with
// everything answered: every step is reachable, the outline is right, and the
// conditional fields follow the rules of docs/RULES.md.
func TestWalkEveryPath(t *testing.T) {
	branches := branchingFields(t)
	var names []string
	for _, b := range branches {
		names = append(names, b.Path)
	}
	// The rules the interview encodes must all be found by the data-driven search.
	for _, want := range []string{"decision.service", "decision.departure_immediate", "decision.entry_ban", "family.spouse", "story.activity", "story.risk_on_return"} {
		if !contains(names, want) {
			t.Errorf("branching fields %v lack %s", names, want)
		}
	}
	reached := map[string]bool{}
	combos := 0
	// The representative's role and the remedy instruction open questions of their
	// own that no other branch touches: each is walked against every combination of
	// the others, but not against each other (the full product was 453,600 cases,
	// minutes under the race detector).
	secondary := map[string]bool{"representative.role": true, "decision.remedy_instruction": true}
	var walk func(i int, c *Case, secondaries int)
	walk = func(i int, c *Case, secondaries int) {
		if i == len(branches) {
			combos++
			checkCombination(t, c, reached)
			return
		}
		for _, v := range domain(branches[i]) {
			n := secondaries
			if secondary[branches[i].Path] && v != "" {
				if n++; n > 1 {
					continue
				}
			}
			cc := c.Clone()
			if err := Set(cc, branches[i].Path, v); err != nil {
				t.Fatal(err)
			}
			walk(i+1, cc, n)
		}
	}
	for _, typ := range append([]string{""}, typeIDs()...) {
		c := New("walk")
		c.Decision.Type = typ
		markAllSeen(c) // the states of a walked interview; TestOutlineNotStarted has the unseen ones
		walk(0, c, 0)
	}
	for _, s := range Steps() {
		if !reached[s.ID] {
			t.Errorf("step %s is never reachable", s.ID)
		}
		for _, fl := range s.Fields {
			if !reached[fl.Path] && s.ID != StepLater { // its timeline is walked by TestLaterStep
				t.Errorf("field %s is never asked", fl.Path)
			}
		}
	}
	t.Logf("%d combinations over %v, %d checked for their states", combos, names, len(statesChecked))
	if t.Failed() {
		return
	}
}

func markAllSeen(c *Case) {
	for _, s := range Steps() {
		c.MarkSeen(s.ID)
	}
}

// TestOutlineNotStarted: nothing the person has neither opened nor answered is "done"
// (a new case showed "Arguments — done"), and the deadlines of a case without a
// decision type are waiting for it, not "not applicable".
func TestOutlineNotStarted(t *testing.T) {
	c := New("new")
	c.Step = StepIdentify
	for _, o := range Outline(c, testToday) {
		want := StateNotStarted
		if o.Step.ID == StepIdentify {
			want = StateIncomplete // on screen, the type not yet chosen
		}
		if o.State != want {
			t.Errorf("new case: step %s is %s, want %s", o.Step.ID, o.State, want)
		}
	}
	// Opening the arguments step (nothing required there) makes it done.
	c.MarkSeen(StepArguments)
	if st := StepState(c, StepArguments, testToday); st != StateDone {
		t.Errorf("arguments seen: %s, want done", st)
	}
	// An answer counts as having been there (a case file from elsewhere).
	c.Person.FullName = "Ivan Petrov"
	if st := StepState(c, StepPerson, testToday); st != StateIncomplete {
		t.Errorf("person answered in part: %s, want incomplete", st)
	}
	// The deadlines: not started until the type is known, then not started until seen.
	c.Decision.Type = TypeReturnDecision
	if st := StepState(c, StepDeadlines, testToday); st != StateNotStarted {
		t.Errorf("deadlines unseen: %s", st)
	}
	c.MarkSeen(StepDeadlines)
	if st := StepState(c, StepDeadlines, testToday); st != StateIncomplete {
		t.Errorf("deadlines seen without the delivery: %s, want incomplete", st)
	}
	// Seen steps survive a save and a load.
	data, err := Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Unmarshal(data, "new.appeal")
	if err != nil {
		t.Fatal(err)
	}
	if !back.HasSeen(StepArguments) || !back.HasSeen(StepDeadlines) {
		t.Errorf("seen steps lost in the file: %v", back.Seen)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// statesChecked holds the combinations whose outline states checkCombination has
// checked (TestWalkEveryPath's walk, one goroutine).
var statesChecked = map[string]bool{}

func checkCombination(t *testing.T, c *Case, reached map[string]bool) {
	t.Helper()
	d := c.Decision
	name := fmt.Sprintf("type=%q service=%q immediate=%v ban=%v spouse=%q activity=%q risk=%q",
		d.Type, d.Service, d.DepartureImmediate, d.EntryBan, c.Family.Spouse, c.Story.Activity, c.Story.RiskOnReturn)
	dt, known := LookupDecisionType(d.Type)
	applies := func(path string) bool {
		_, fl := FieldByPath(path)
		if fl == nil {
			t.Fatalf("no field %s", path)
		}
		return fl.Applies(c)
	}
	// The rules, each from its source.
	rules := []struct {
		path string
		want bool
		why  string
	}{
		{"decision.from_abroad", d.Service == ServiceMail, "ZUP Art. 71: only ordinary mail from abroad counts on the 15th day"},
		{"decision.departure_immediate", known && dt.SetsDeparture, "ZoS Art. 66(2), 46ж(2), 72(4), 77, 81(2): departure set only by these types"},
		{"decision.departure_days", known && dt.SetsDeparture && !d.DepartureImmediate, "no period when departure is immediate (ZoS Art. 77(7))"},
		{"decision.entry_ban", known && dt.SetsDeparture, "ZoS Art. 78: entry ban with return or termination decisions"},
		{"decision.entry_ban_years", known && dt.SetsDeparture && d.EntryBan, "ban length only with a ban"},
		{"family.spouse_name", c.Family.Spouse == Yes, "spouse fields only if spouse = yes"},
		{"story.activity_details", c.Story.Activity == Yes, "activity details only if activity = yes"},
		{"story.risk_details", c.Story.RiskOnReturn == Yes, "risk details only if risk = yes"},
		{"story.detained", d.Type != TypeDetention, "a detention decision already says so"},
	}
	for _, r := range rules {
		if got := applies(r.path); got != r.want {
			t.Errorf("%s: %s applies = %v, want %v (%s)", name, r.path, got, r.want, r.why)
		}
	}
	if d.Type == TypeEntryRefusal && applies("decision.departure_days") {
		t.Errorf("%s: entry refusal has no departure period (ZoS Art. 15, 38)", name)
	}
	// The states below follow from which questions apply and which branch answers are
	// blank; combinations alike in both (they differ only in which non-blank choice
	// was taken) are checked once. Each Outline validates the whole case, and the walk
	// has hundreds of thousands of combinations.
	key := fmt.Sprint(d.Type, applicability(c), d.Service == "", d.DepartureImmediate, d.EntryBan, c.Family.Spouse == "", c.Story.Activity == "", c.Story.RiskOnReturn == "")
	if statesChecked[key] {
		return
	}
	statesChecked[key] = true
	// Nothing answered: every step that asks a required question is incomplete.
	for _, o := range Outline(c, testToday) {
		s := o.Step
		if s.Applies(c) {
			reached[s.ID] = true
		}
		switch {
		case s.ID == StepLater && d.Type == "":
			if o.State != StateNotStarted {
				t.Errorf("%s: no type yet, step later is %s, want not-started (it waits for the type)", name, o.State)
			}
		case s.ID == StepDeadlines:
			wantState := StateIncomplete
			if d.Type == "" {
				wantState = StateNotStarted // waits for the type
			}
			if o.State != wantState {
				t.Errorf("%s: empty case, step %s is %s, want %s", name, s.ID, o.State, wantState)
			}
		case !s.Applies(c):
			if o.State != StateNotApplicable {
				t.Errorf("%s: step %s does not apply but is %s", name, s.ID, o.State)
			}
		case s.ID == StepReview:
			if o.State != StateIncomplete {
				t.Errorf("%s: empty case, review is %s, want incomplete", name, o.State)
			}
		case blankRequired(c, s) != (o.State == StateIncomplete):
			t.Errorf("%s: empty case, step %s is %s with blank required answers = %v", name, s.ID, o.State, blankRequired(c, s))
		}
	}
	// Everything answered: every step that applies is done, with no error or gap.
	keep := map[string]bool{"decision.type": true, "decision.service": true,
		"decision.departure_immediate": true, "decision.entry_ban": true,
		"family.spouse": true, "story.activity": true, "story.risk_on_return": true}
	full := c.Clone()
	fillApplicable(t, full, keep)
	for _, s := range Steps() {
		for _, fl := range s.Fields {
			if s.Applies(full) && fl.Applies(full) {
				reached[fl.Path] = true
			}
		}
	}
	// What the combination fixed must still be as walked.
	if full.Decision.Type != d.Type || full.Family.Spouse != c.Family.Spouse || full.Decision.EntryBan != d.EntryBan {
		t.Fatalf("%s: filling changed a branch answer", name)
	}
	for _, o := range Outline(full, testToday) {
		want := StateDone
		if !o.Step.Applies(full) {
			want = StateNotApplicable
		}
		if (o.Step.ID == StepDeadlines || o.Step.ID == StepLater) && full.Decision.Type == "" {
			want = StateNotStarted
		}
		blank := d.Type == "" || d.Service == "" || c.Family.Spouse == "" || c.Story.Activity == "" || c.Story.RiskOnReturn == ""
		if blank {
			continue // a required branch question left unanswered: checked below
		}
		if o.State != want {
			t.Errorf("%s: answered case, step %s is %s (errors %d, missing %d), want %s: %v",
				name, o.Step.ID, o.State, o.Errors, o.Missing, want, issuesOf(full, o.Step.ID))
		}
	}
	// A required branch question left blank keeps its step incomplete.
	outline := Outline(full, testToday)
	for _, p := range []string{"decision.type", "decision.service", "family.spouse", "story.activity", "story.risk_on_return"} {
		if v, _ := Get(full, p); v == "" {
			s, _ := FieldByPath(p)
			for _, o := range outline {
				if o.Step == s && o.State != StateIncomplete {
					t.Errorf("%s: %s blank but step %s is %s", name, p, s.ID, o.State)
				}
			}
		}
	}
}

// blankRequired: a required question of s that applies is not answered.
func blankRequired(c *Case, s *Step) bool {
	for _, fl := range s.Fields {
		if !fl.Required || !fl.Applies(c) {
			continue
		}
		if fl.Kind == KindGroup {
			if n, _ := Len(c, fl.Path); n == 0 {
				return true
			}
			continue
		}
		if v, _ := Get(c, fl.Path); v == "" || v == "0" {
			return true
		}
	}
	return false
}

func issuesOf(c *Case, step string) []string {
	var out []string
	for _, is := range Validate(c, testToday) {
		if is.Step == step {
			out = append(out, is.Path+":"+is.Message)
		}
	}
	return out
}

// TestLeftBranchKept: Back never loses answers. An answer on a branch left behind
// stays in the Case, is not validated and is not listed in the review.
func TestLeftBranchKept(t *testing.T) {
	c := Example()
	c.Family.SpouseName = "Милица"
	c.Person.ForeignerNumber = "12AB" // an error while it applies
	c.Decision.EntryBanYears = 999    // over Max while it applies
	must(t, Set(c, "family.spouse", "no"))
	must(t, Set(c, "decision.entry_ban", "no"))
	if c.Family.SpouseName != "Милица" || c.Decision.EntryBanYears != 999 {
		t.Fatal("answers of a branch left behind were dropped")
	}
	for _, is := range Validate(c, testToday) {
		if is.Path == "family.spouse_name" || is.Path == "decision.entry_ban_years" {
			t.Errorf("left-behind answer validated: %+v", is)
		}
	}
	for _, rs := range Review(c, testToday) {
		for _, a := range rs.Answers {
			if a.Path == "family.spouse_name" || a.Path == "decision.entry_ban_years" {
				t.Errorf("left-behind answer listed in review: %+v", a)
			}
		}
	}
	must(t, Set(c, "family.spouse", "yes"))
	if v, _ := Get(c, "family.spouse_name"); v != "Милица" {
		t.Errorf("coming back: spouse_name = %q", v)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestEveryFieldPathResolves: every path of the interview names a field of Case,
// with the accessor its kind says.
func TestEveryFieldPathResolves(t *testing.T) {
	c := Example()
	for _, s := range Steps() {
		if StepByID(s.ID) != s {
			t.Errorf("StepByID(%s)", s.ID)
		}
		for _, fl := range s.Fields {
			check := func(fl *Field, path string) {
				var err error
				switch fl.Kind {
				case KindGroup, KindRelated:
					_, err = Len(c, path)
				case KindNumber:
					_, err = GetInt(c, path)
				case KindMulti:
					_, err = GetList(c, path)
				case KindFile:
					_, err = GetFile(c, path)
				default:
					_, err = Get(c, path)
				}
				if err != nil {
					t.Errorf("%s (%s): %v", path, fl.Kind, err)
				}
				if st, f2 := FieldByPath(path); f2 != fl || st != s {
					t.Errorf("FieldByPath(%s) does not find its field", path)
				}
				if (fl.Kind == KindChoice || fl.Kind == KindMulti) && len(fl.Choices) == 0 {
					t.Errorf("%s: a choice without choices", path)
				}
			}
			check(fl, fl.Path)
			for _, sub := range fl.Fields {
				check(sub, ItemPath(sub.Path, 0))
			}
		}
	}
}

// TestExampleIsComplete: the example case answers everything, with no issue at all.
func TestExampleIsComplete(t *testing.T) {
	c := Example()
	if is := Validate(c, testToday); len(is) != 0 {
		t.Fatalf("example has issues: %+v", is)
	}
	for _, o := range Outline(c, testToday) {
		if o.State != StateDone {
			t.Errorf("example: step %s is %s", o.Step.ID, o.State)
		}
	}
	if c.Decision.Type != TypeTemporaryResidenceTermination || c.Decision.Issued != "2026-11-10" ||
		c.Decision.Received != "2026-11-12" || c.Decision.Service != ServicePersonal ||
		c.Decision.DepartureDays != 30 || !c.Decision.EntryBan || c.Decision.EntryBanYears != 1 ||
		len(c.Evidence) != 8 || len(c.Family.Children) != 2 || c.Documents.Place != "Београд" {
		t.Errorf("example does not match the brief: %+v", c.Decision)
	}
	// Built fresh each call.
	c.Title = "changed"
	if Example().Title == "changed" {
		t.Error("Example shares state between calls")
	}
}

// TestReviewLinksEveryAnswer: Review lists each answer and each issue with a path
// that leads back to its field and step.
func TestReviewLinksEveryAnswer(t *testing.T) {
	c := Example()
	c.Person.Passport = "75 12 34"
	c.Story.WhatHappened = ""
	rev := Review(c, testToday)
	nAnswers, nIssues := 0, 0
	for _, rs := range rev {
		for _, a := range rs.Answers {
			nAnswers++
			s, fl := FieldByPath(a.Path)
			if s != rs.Step || fl != a.Field {
				t.Errorf("answer %s does not link to its field", a.Path)
			}
			if a.Path == "story.private_notes" && !a.Private {
				t.Error("private notes not marked private")
			}
		}
		for _, is := range rs.Issues {
			nIssues++
			if s, _ := FieldByPath(is.Path); s == nil || s.ID != rs.Step.ID {
				t.Errorf("issue %s does not link to its step", is.Path)
			}
		}
	}
	if nAnswers < 60 || nIssues != 2 {
		t.Errorf("review: %d answers, %d issues; want ≥60 and 2", nAnswers, nIssues)
	}
	if rev[0].Step.ID != StepIdentify || !reflect.DeepEqual(rev[0].Answers[0].ValueIDs, []string{"interview.type.temporary-residence-termination.title"}) {
		t.Errorf("first review answer: %+v", rev[0].Answers)
	}
}

// TestDecisionStepAsksDeliveryAndDepartureFirst: the delivery and the departure period
// come before the number and the issuer, beside the type (they give the deadlines).
func TestDecisionStepAsksDeliveryAndDepartureFirst(t *testing.T) {
	pos := map[string]int{}
	for i, f := range StepByID(StepDecision).Fields {
		pos[f.Path] = i
	}
	for _, early := range []string{"decision.has_representative", "decision.service", "decision.received", "decision.in_hand",
		"decision.departure_days", "decision.entry_ban"} {
		if _, ok := pos[early]; !ok || pos[early] > pos["decision.issuer"] {
			t.Errorf("%s is asked after the issuer", early)
		}
	}
	// The day in hand is asked where it can differ from the event.
	c := Example()
	_, inHand := FieldByPath("decision.in_hand")
	for svc, want := range map[string]bool{ServicePersonal: false, ServiceNotice: true, ServiceHousehold: true,
		ServiceMail: true, ServiceRefusedToAccept: true, ServiceRefused: false, ServiceRepresentative: false} {
		c.Decision.Service = svc
		if inHand.Applies(c) != want {
			t.Errorf("%s: in_hand asked %v", svc, !want)
		}
	}
	c.Decision.Service, c.Decision.SignedBy = ServiceRegMail, SignedByOther
	if !inHand.Applies(c) {
		t.Error("registered mail signed by someone else: ask the day in hand")
	}
	_, says := FieldByPath("decision.says_not_suspensive")
	for typ, want := range map[string]bool{TypeTemporaryResidenceRefusal: true, TypePermanentResidenceTermination: true,
		TypeReturnDecision: false, TypeDetention: false} {
		c.Decision.Type = typ
		if says.Applies(c) != want {
			t.Errorf("%s: says_not_suspensive asked %v", typ, !want)
		}
	}
}
