package main

import (
	"encoding/json"
	"flag"
	"time"

	"appealdesk/forms"
)

// parseFileArgs parses args that hold one FILE and flags in any order
// ("check FILE --json" and "check --json FILE"); it returns FILE, or ok=false after
// printing the usage message (usage error: exit 2).
func parseFileArgs(c *cli, fs *flag.FlagSet, args []string, usageID string) (string, bool) {
	files, ok := positionals(fs, args)
	if !ok {
		return "", false
	}
	if len(files) != 1 {
		c.errorf("%s", c.tr.T(usageID))
		return "", false
	}
	return files[0], true
}

// cmdOpen checks that the case file loads, then opens it in the window.
func cmdOpen(c *cli, args []string) int {
	fs, lang := c.flags("open")
	file, ok := parseFileArgs(c, fs, args, "interview.open.usage")
	if !ok || !c.useLang(*lang) {
		return 2
	}
	if cs, code := c.loadCase(file); cs == nil {
		return code
	}
	return runGUI(c, file)
}

// cmdExample prints forms.Example() as an .appeal file.
func cmdExample(c *cli, args []string) int {
	fs, lang := c.flags("example")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if !c.useLang(*lang) {
		return 2
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return 2
	}
	data, err := forms.Marshal(forms.Example())
	if err != nil {
		c.errorf("%v", err)
		return 1
	}
	c.stdout.Write(data)
	return 0
}

// checkIssue is one line of `check --json`.
type checkIssue struct {
	Step     string `json:"step"`
	Path     string `json:"path"`
	Severity string `json:"severity"`
	Message  string `json:"message"` // catalogue id
	Text     string `json:"text"`    // in --lang
	// Suggestion is a corrected value (e.g. a passport number without spaces).
	Suggestion string `json:"suggestion,omitempty"`
}

// cmdCheck lists what is missing, invalid or unusual in a case file. Exit 1 on
// errors (or a file that does not load), 0 with only warnings and gaps.
func cmdCheck(c *cli, args []string) int {
	fs, lang := c.flags("check")
	asJSON := fs.Bool("json", false, "print the issues as JSON")
	file, ok := parseFileArgs(c, fs, args, "interview.check.usage")
	if !ok || !c.useLang(*lang) {
		return 2
	}
	cs, code := c.loadCase(file)
	if cs == nil {
		return code
	}
	issues := forms.Validate(cs, time.Now())
	counts := map[forms.Severity]int{}
	out := make([]checkIssue, 0, len(issues))
	for _, is := range issues {
		counts[is.Severity]++
		out = append(out, checkIssue{Step: is.Step, Path: is.Path, Severity: string(is.Severity),
			Message: is.Message, Text: is.Text(c.tr), Suggestion: is.Suggestion})
	}
	code = 0
	if forms.HasErrors(issues) {
		code = 1
	}
	if *asJSON {
		enc := json.NewEncoder(c.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		enc.Encode(struct {
			File     string       `json:"file"`
			OK       bool         `json:"ok"`
			Errors   int          `json:"errors"`
			Warnings int          `json:"warnings"`
			Missing  int          `json:"missing"`
			Issues   []checkIssue `json:"issues"`
		}{file, code == 0, counts[forms.SeverityError], counts[forms.SeverityWarning], counts[forms.SeverityMissing], out})
		return code
	}
	if len(issues) == 0 {
		c.printf("%s\n", c.tr.T("interview.check.ok", "File", file))
		return 0
	}
	for _, is := range issues {
		step := forms.StepByID(is.Step)
		c.printf("%-10s %s › %s\n", c.tr.T("interview.check.severity."+string(is.Severity)), c.tr.T(step.Title), is.Text(c.tr))
	}
	c.printf("\n%s\n", c.tr.N("interview.check.summary", len(issues)))
	if code == 0 {
		c.printf("%s\n", c.tr.T("interview.check.warnings_only"))
	} else {
		c.printf("%s\n", c.tr.T("interview.check.has_errors"))
	}
	return code
}
