package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	ics "github.com/arran4/golang-ical"

	"appealdesk/forms"
)

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestCalendarVerb(t *testing.T) {
	code, out, errs := runCLI(t, "calendar", "2022", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Year int                                 `json:"year"`
		Days []struct{ Date, Kind, Name string } `json:"days"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, d := range got.Days {
		if d.Date == "2022-05-03" && d.Kind == "substitute" && d.Name != "" {
			found = true
		}
	}
	if got.Year != 2022 || !found {
		t.Errorf("Art. 3а 2022: 3 May missing from %s", out)
	}
	code, out, _ = runCLI(t, "calendar", "--lang", "sr", "2025")
	if code != 0 || !strings.Contains(out, "Сретење") || !strings.Contains(out, "понедељак, 21. април 2025.") || !strings.Contains(out, "Други дан Васкрса") {
		t.Errorf("human calendar: %d %s", code, out)
	}
	for _, bad := range [][]string{{"calendar", "1899"}, {"calendar", "2100"}, {"calendar"}, {"calendar", "year"}, {"calendar", "2020", "2021"}} {
		code, _, errs := runCLI(t, bad...)
		if code != 2 || errs == "" {
			t.Errorf("%v: exit %d, stderr %q", bad, code, errs)
		}
	}
	if _, _, errs := runCLI(t, "calendar", "1899"); !strings.Contains(errs, "1900") {
		t.Errorf("bad year message: %q", errs)
	}
}

func TestDeadlineVerb(t *testing.T) {
	cases := []struct {
		name                       string
		args                       []string
		last, safe, nominal, moved string
	}{
		{"ZUP 80(2) worked example: 3 Mar 2025 + 15 days → 18 Mar", []string{"--from", "2025-03-03", "--period", "15d"}, "2025-03-18", "2025-03-18", "2025-03-18", "false"},
		{"ZUP 80(5) Sunday 16 Feb 2025 → Tue 18 Feb (Art. 3а)", []string{"--from", "01.02.2025", "--period", "15d"}, "2025-02-18", "2025-02-14", "2025-02-16", "true"},
		{"ECHR four months no shift", []string{"--period", "4m", "--from", "2024-10-16", "--no-shift"}, "2025-02-16", "2025-02-14", "2025-02-16", "false"},
		{"ZUP 80(5) Saturday-working office", []string{"--from", "2025-03-07", "--period", "15 days", "--saturday-working"}, "2025-03-22", "2025-03-21", "2025-03-22", "false"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := runCLI(t, append([]string{"deadline", "--json"}, c.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			var got map[string]any
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatal(err)
			}
			if got["last_day"] != c.last || got["safe_date"] != c.safe || got["nominal_day"] != c.nominal ||
				strings.ToLower(strings.TrimSpace(jsonString(got["moved"]))) != c.moved || got["from"] == "" || got["period"] == "" {
				t.Errorf("got %s", out)
			}
			steps, _ := got["steps"].([]any)
			if len(steps) < 3 {
				t.Errorf("steps: %v", steps)
			}
		})
	}
	code, out, _ := runCLI(t, "deadline", "--from", "2025-02-01", "--period", "15d", "--lang", "ru", "--today", "2025-02-10")
	if code != 0 || !strings.Contains(out, "вторник, 18 февраля 2025 г.") || !strings.Contains(out, "осталось 8 дней") {
		t.Errorf("human output: %s", out)
	}
	for _, bad := range [][]string{
		{"deadline", "--from", "2025-03-03", "--period", "15x"},
		{"deadline", "--from", "2025-02-30", "--period", "15d"},
		{"deadline", "--from", "2025-03-03"},
		{"deadline", "--period", "15d"},
		{"deadline", "--from", "2099-12-20", "--period", "30d"},
		{"deadline", "--from", "2025-03-03", "--period", "15d", "extra"},
	} {
		if code, _, errs := runCLI(t, bad...); code != 2 || errs == "" {
			t.Errorf("%v: exit %d, stderr %q", bad, code, errs)
		}
	}
}

func jsonString(v any) string { b, _ := json.Marshal(v); return string(b) }

func writeCase(t *testing.T, c *forms.Case) string {
	t.Helper()
	data, err := forms.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "case.appeal")
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDeadlinesVerb(t *testing.T) {
	file := writeCase(t, forms.Example())
	code, out, errs := runCLI(t, "deadlines", file, "--json", "--today", "2026-11-20")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Served    string `json:"served"`
		Deadlines []struct {
			ID       string `json:"id"`
			LastDay  string `json:"last_day"`
			Basis    string `json:"basis"`
			Steps    []struct{ ID, Text string }
			DaysLeft *int `json:"days_left"`
		} `json:"deadlines"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	byID := map[string]string{}
	for _, d := range got.Deadlines {
		byID[d.ID] = d.LastDay
		if len(d.Steps) == 0 || d.Basis == "" {
			t.Errorf("%s: no steps or basis", d.ID)
		}
		for _, s := range d.Steps {
			if s.ID == "" || s.Text == "" {
				t.Errorf("%s: empty step %+v", d.ID, s)
			}
		}
	}
	// ZoS 66(5): served in person Thu 12 Nov 2026 → appeal Fri 27 Nov; 66(2): 30 days → Sat 12 Dec.
	if got.Served != "2026-11-12" || byID["appeal"] != "2026-11-27" || byID["departure"] != "2026-12-12" {
		t.Errorf("got %+v", byID)
	}
	for _, id := range []string{"appeal", "departure", "postpone-execution", "inspect-file", "restoration", "lawsuit", "constitutional", "echr"} {
		if _, ok := byID[id]; !ok {
			t.Errorf("no %s in %v", id, byID)
		}
	}
	// Every language, human output: no template holes, no raw ids.
	for _, lang := range []string{"en", "ru", "sr", "sr-Latn"} {
		code, out, errs := runCLI(t, "deadlines", "--lang", lang, file, "--today", "2026-11-20")
		if code != 0 || strings.Contains(out, "<no value>") || strings.Contains(out, "legal.") || len(out) < 2000 {
			t.Errorf("%s: exit %d %s\n%s", lang, code, errs, out)
		}
	}
}

func TestDeadlinesBadInput(t *testing.T) {
	dir := t.TempDir()
	damaged := filepath.Join(dir, "damaged.appeal")
	os.WriteFile(damaged, []byte(`{"format":"appealdesk-case","version":1,"decision":{"type":`), 0o600)
	notCase := filepath.Join(dir, "x.appeal")
	os.WriteFile(notCase, []byte("\x00\x01garbage"), 0o600)
	for _, args := range [][]string{
		{"deadlines", damaged},
		{"deadlines", notCase, "--json"},
		{"deadlines", filepath.Join(dir, "missing.appeal")},
	} {
		code, out, errs := runCLI(t, args...)
		if code != 1 || errs == "" || out != "" {
			t.Errorf("%v: exit %d stdout %q stderr %q", args, code, out, errs)
		}
	}
	if code, _, _ := runCLI(t, "deadlines"); code != 2 {
		t.Errorf("no file: exit %d", code)
	}
	// An unknown delivery still prints the remedy and says what to find out.
	c := forms.Example()
	c.Decision.Service, c.Decision.Received = "", ""
	code, out, _ := runCLI(t, "deadlines", writeCase(t, c), "--today", "2026-11-20")
	if code != 0 || !strings.Contains(out, "find out how the decision was delivered") && !strings.Contains(out, "Find out how the decision was delivered") {
		t.Errorf("unknown delivery: %d %s", code, out)
	}
}

func TestDeadlinesICS(t *testing.T) {
	file := writeCase(t, forms.Example())
	dir := t.TempDir()
	out1, out2 := filepath.Join(dir, "a.ics"), filepath.Join(dir, "b.ics")
	for _, o := range []string{out1, out2} {
		if code, _, errs := runCLI(t, "deadlines", file, "--ics", o, "--lang", "ru"); code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
	}
	a, _ := os.ReadFile(out1)
	b, _ := os.ReadFile(out2)
	if !bytes.Equal(a, b) {
		t.Error("the .ics is not deterministic")
	}
	if n := bytes.Count(a, []byte("\n")); n < 20 || bytes.Count(a, []byte("\r\n")) != n {
		t.Error("RFC 5545 3.1: every line must end with CRLF")
	}
	cal, err := ics.ParseCalendar(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	events := cal.Events()
	if len(events) != 3 { // appeal, departure, restoration limit: the dated ones of the example
		t.Fatalf("%d events:\n%s", len(events), a)
	}
	uids := map[string]bool{}
	for _, e := range events {
		start, err := e.GetAllDayStartAt()
		if err != nil || start.IsZero() {
			t.Errorf("event without an all-day start: %v", err)
		}
		if len(e.Alarms()) != 1 || e.GetProperty(ics.ComponentPropertyDtstamp) == nil || e.GetProperty(ics.ComponentPropertySummary) == nil {
			t.Errorf("event %s lacks alarm, DTSTAMP or SUMMARY", e.Id())
		}
		if uids[e.Id()] || !strings.HasSuffix(e.Id(), "@appealdesk") {
			t.Errorf("bad or duplicate UID %q", e.Id())
		}
		uids[e.Id()] = true
	}
	if !bytes.Contains(a, []byte("DTSTART;VALUE=DATE:20261127")) || !bytes.Contains(a, []byte("BEGIN:VALARM")) {
		t.Errorf("appeal event missing:\n%s", a)
	}
	// It names the person: the owner's alone. Written again, an earlier calendar is
	// replaced; a case (a mistyped --ics) never is.
	if st, _ := os.Stat(out1); st.Mode().Perm() != 0o600 {
		t.Errorf(".ics mode %v, want 0600", st.Mode().Perm())
	}
	if code, _, errs := runCLI(t, "deadlines", file, "--ics", out1); code != 0 {
		t.Errorf("writing over an earlier calendar: exit %d %s", code, errs)
	}
	caseBytes, _ := os.ReadFile(file)
	if code, _, _ := runCLI(t, "deadlines", file, "--ics", file); code != 1 {
		t.Errorf("--ics over the case file: exit %d", code)
	}
	if b, _ := os.ReadFile(file); !bytes.Equal(b, caseBytes) {
		t.Fatal("--ics replaced the case file")
	}
	// A failure leaves no file behind.
	bad := filepath.Join(dir, "no-such-dir", "x.ics")
	if code, _, errs := runCLI(t, "deadlines", file, "--ics", bad); code != 1 || errs == "" {
		t.Errorf("unwritable .ics: exit %d", code)
	}
	if _, err := os.Stat(bad); err == nil {
		t.Error("a file was left behind")
	}
}

// TestDeadlinesJSONUrgentAndSafe: urgency is the one rule of forms/legal — an appeal
// with 2 days left to its safe date is urgent, as is one that has passed; days_left
// counts to the legal last day, days_left_safe to the safe date; a "not before" date
// has no last day.
func TestDeadlinesJSONUrgentAndSafe(t *testing.T) {
	c := forms.Example() // temporary residence ended, served Thu 12 Nov 2026: appeal by Fri 27 Nov
	c.Decision.Service = forms.ServiceHousehold
	c.Decision.InHand = "2026-11-16" // legal last day Tue 1 Dec, safe from 12 Nov: Fri 27 Nov
	c.Later.AppealLodged = "2026-11-20"
	file := writeCase(t, c)
	type dl struct {
		ID           string `json:"id"`
		LastDay      string `json:"last_day"`
		SafeDate     string `json:"safe_date"`
		Urgent       bool   `json:"urgent"`
		DaysLeft     *int   `json:"days_left"`
		DaysLeftSafe *int   `json:"days_left_safe"`
		Direction    string `json:"direction"`
		NotBefore    string `json:"not_before"`
	}
	get := func(today string) map[string]dl {
		code, out, errs := runCLI(t, "deadlines", file, "--json", "--today", today)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		var got struct {
			Deadlines []dl `json:"deadlines"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		m := map[string]dl{}
		for _, d := range got.Deadlines {
			m[d.ID] = d
		}
		return m
	}
	a := get("2026-11-25")["appeal"]
	if a.LastDay != "2026-12-01" || a.SafeDate != "2026-11-27" || a.DaysLeft == nil || *a.DaysLeft != 6 ||
		a.DaysLeftSafe == nil || *a.DaysLeftSafe != 2 || !a.Urgent || a.Direction != "by" {
		t.Errorf("appeal with 2 days to its safe date: %+v", a)
	}
	if a := get("2026-12-05")["appeal"]; !a.Urgent {
		t.Errorf("passed appeal not urgent: %+v", a)
	}
	if a := get("2026-11-20")["appeal"]; a.Urgent {
		t.Errorf("7 days to the safe date is not urgent: %+v", a)
	}
	r := get("2026-11-20")["reminder"]
	if r.Direction != "not-before" || r.NotBefore == "" || r.LastDay != "" || r.DaysLeft != nil || r.Urgent {
		t.Errorf("reminder: %+v", r)
	}
}

// TestRulesVerb: `appealdesk rules` prints docs/RULES.md; --lang gives another language.
func TestRulesVerb(t *testing.T) {
	code, out, errs := runCLI(t, "rules", "--lang", "en")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want, err := os.ReadFile("docs/RULES.md")
	if err != nil || out != string(want) {
		t.Errorf("rules --lang en differs from docs/RULES.md (%v)", err)
	}
	if code, out, _ := runCLI(t, "rules", "--lang", "sr-Latn"); code != 0 || !strings.Contains(out, "46ž") || !strings.Contains(out, "Zakon") {
		t.Errorf("rules --lang sr-Latn: %d", code)
	}
	if code, _, _ := runCLI(t, "rules", "extra"); code != 2 {
		t.Errorf("a positional argument: exit %d, want 2", code)
	}
}
