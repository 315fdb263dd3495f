package main

import (
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"appealdesk/desk"
	"appealdesk/forms"
)

// `deadlines --json` is the core's deadline view put into JSON: the same deadlines in
// the same order with the same urgency, on every day (the window shows the same view).
func TestDeadlinesVerbIsTheCoresView(t *testing.T) {
	c := forms.Example()
	file := filepath.Join(t.TempDir(), "case"+forms.FileExtension)
	if err := forms.Save(file, c); err != nil {
		t.Fatal(err)
	}
	for day := time.Date(2026, 11, 10, 0, 0, 0, 0, time.UTC); day.Before(time.Date(2027, 1, 10, 0, 0, 0, 0, time.UTC)); day = day.AddDate(0, 0, 3) {
		code, out, errs := runCLI(t, "deadlines", file, "--json", "--today", day.Format("2006-01-02"))
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		var got struct {
			Deadlines []struct {
				ID     string `json:"id"`
				Urgent bool   `json:"urgent"`
			} `json:"deadlines"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		view := desk.Deadlines(c, day)
		if len(got.Deadlines) != len(view.Ordered) {
			t.Fatalf("%s: %d deadlines in JSON, %d in the view", day.Format("2006-01-02"), len(got.Deadlines), len(view.Ordered))
		}
		for i, d := range view.Ordered {
			if got.Deadlines[i].ID != d.ID || got.Deadlines[i].Urgent != d.UrgentOn(day) {
				t.Errorf("%s: #%d is %+v, the view has %s urgent=%v", day.Format("2006-01-02"), i, got.Deadlines[i], d.ID, d.UrgentOn(day))
			}
		}
	}
}
