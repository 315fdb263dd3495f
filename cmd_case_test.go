package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"appealdesk/forms"
)

func runCaseVerb(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// TestExampleVerb: `appealdesk example` prints the example as a case file that loads
// back to the same case, byte-stable.
func TestExampleVerb(t *testing.T) {
	code, out, errs := runCaseVerb(t, "example")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	c, err := forms.Unmarshal([]byte(out), "stdout")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := forms.Marshal(forms.Example())
	if out != string(want) || c.Decision.Type != "temporary-residence-termination" {
		t.Error("example output is not the example case")
	}
	if code, _, _ := runCaseVerb(t, "example", "extra"); code != 2 {
		t.Errorf("example with an argument: exit %d, want 2", code)
	}
}

func writeCaseFile(t *testing.T, edit func(c *forms.Case)) string {
	t.Helper()
	c := forms.Example()
	edit(c)
	path := filepath.Join(t.TempDir(), "c.appeal")
	if err := forms.Save(path, c); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestCheckVerb: exit 0 when clean or with only warnings and gaps (and it says so),
// 1 with errors or a file that does not load, 2 for a usage error; output in --lang;
// flags before or after FILE.
func TestCheckVerb(t *testing.T) {
	clean := writeCaseFile(t, func(*forms.Case) {})
	warn := writeCaseFile(t, func(c *forms.Case) { c.Person.Passport = "75 12"; c.Decision.Number = "" })
	bad := writeCaseFile(t, func(c *forms.Case) { c.Decision.Received = "2026-11-01" })
	noDelivery := writeCaseFile(t, func(c *forms.Case) { c.Decision.Received = "" })
	foreign := filepath.Join(t.TempDir(), "x.appeal")
	os.WriteFile(foreign, []byte(`{"format":"other"}`), 0o600)
	cases := []struct {
		name string
		args []string
		code int
		out  string // substring of stdout (or stderr when the file fails)
	}{
		{"clean", []string{"check", clean, "--lang", "en", "--today", "2026-11-20"}, 0, "nothing missing"},
		{"warnings and gaps only", []string{"check", "--lang", "en", warn, "--today", "2026-11-20"}, 0, "No errors"},
		{"ZoS Art. 66(5): lodged after the 15 days, no final copy", []string{"check", clean, "--lang", "en", "--today", "2026-11-30"}, 1, "after the last day"},
		{"incomplete: no delivery date names the gap", []string{"check", noDelivery, "--lang", "en", "--today", "2026-11-20"}, 1, "date the decision reached you is missing"},
		{"errors in Russian", []string{"check", bad, "--lang", "ru"}, 1, "не могло дойти"},
		{"errors in Serbian Latin", []string{"check", bad, "--lang", "sr-Latn"}, 1, "Rešenje vam nije moglo biti dostavljeno"},
		{"foreign file", []string{"check", foreign, "--lang", "en"}, 1, "not an Appeal Desk case file"},
		{"no file", []string{"check"}, 2, "usage"},
		{"two files", []string{"check", clean, bad}, 2, "usage"},
		{"bad language", []string{"check", clean, "--lang", "xx"}, 2, "unknown language"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCaseVerb(t, tc.args...)
			if code != tc.code || !strings.Contains(out+errs, tc.out) {
				t.Errorf("exit %d, want %d; output %q%q lacks %q", code, tc.code, out, errs, tc.out)
			}
		})
	}
	code, out, _ := runCaseVerb(t, "check", warn, "--json", "--today", "2026-11-20")
	var res struct {
		OK                        bool
		Errors, Warnings, Missing int
		Issues                    []struct{ Path, Severity, Message, Text, Suggestion string }
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || code != 0 {
		t.Fatalf("--json: exit %d, %v\n%s", code, err, out)
	}
	if !res.OK || res.Warnings != 1 || res.Missing != 1 || res.Issues[1].Suggestion != "7512" {
		t.Errorf("--json: %+v", res)
	}
}

// TestOpenVerbRefusesBadFile: `open` checks the file loads before any window opens.
func TestOpenVerbRefusesBadFile(t *testing.T) {
	damaged := filepath.Join(t.TempDir(), "d.appeal")
	os.WriteFile(damaged, []byte(`{"format":"appealdesk-case","version":1,`), 0o600)
	code, _, errs := runCaseVerb(t, "open", damaged, "--lang", "en")
	if code != 1 || !strings.Contains(errs, "damaged") {
		t.Errorf("open damaged: exit %d, %q", code, errs)
	}
	if code, _, _ := runCaseVerb(t, "open"); code != 2 {
		t.Errorf("open without a file: exit %d", code)
	}
}
