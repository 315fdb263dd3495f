// Appeal Desk: one binary that opens the desktop app or, given a verb, works on the
// command line (README "Command line"; docs/ARCHITECTURE.md).
package main

import (
	"io"
	"os"
	"strings"
)

func main() {
	attachConsole()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// verb is one command-line command. Its run function returns the process exit code.
type verb struct {
	name  string
	usage string // the synopsis line of `appealdesk help`
	run   func(env *cli, args []string) int
}

// verbs is the command line of the README, in the order `help` lists it.
// It is filled in init because `help` itself reads it.
var verbs []verb

func init() {
	verbs = []verb{
		{"open", "open FILE", cmdOpen},
		{"example", "example", cmdExample},
		{"check", "check FILE [--json]", cmdCheck},
		{"deadlines", "deadlines FILE [--json] [--ics OUT.ics] [--today DATE]", cmdDeadlines},
		{"deadline", "deadline --from DATE --period 15d|8d|30d|3m|4m [--no-shift] [--saturday-working] [--json]", cmdDeadline},
		{"calendar", "calendar YEAR [--json]", cmdCalendar},
		{"rules", "rules [--lang L]", cmdRules},
		{"render", "render FILE --out DIR [--script cyrl|latn] [--copy ru|en|none] [--date D] [--no-draft]", cmdRender},
		{"verify", "verify FILE [--json]", cmdVerify},
		{"export", "export FILE --out PACKAGE [--passphrase-file F] [--no-documents]", cmdExport},
		{"import", "import PACKAGE --out DIR [--passphrase-file F]", cmdImport},
		{"version", "version", cmdVersion},
		{"help", "help [--lang en|ru|sr|sr-Latn]", cmdHelp},
	}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	env := newCLI(stdin, stdout, stderr)
	if len(args) == 0 {
		return runGUI(env, "")
	}
	args = langAfterVerb(args)
	name := args[0]
	if name == "-h" || name == "--help" {
		name = "help"
	}
	if name == "--version" {
		name = "version"
	}
	for _, v := range verbs {
		if v.name == name {
			return v.run(env, args[1:])
		}
	}
	env.errorf(env.tr.T("cli.unknown_verb", "Verb", name))
	return 2
}

// langAfterVerb moves a --lang given before the verb ("appealdesk --lang ru help") to
// after it, where every verb reads it; with no verb left, the verb is help.
func langAfterVerb(args []string) []string {
	var lang []string
	switch {
	case len(args) >= 2 && args[0] == "--lang":
		lang, args = args[:2], args[2:]
	case len(args) >= 1 && strings.HasPrefix(args[0], "--lang="):
		lang, args = args[:1], args[1:]
	default:
		return args
	}
	if len(args) == 0 {
		args = []string{"help"}
	}
	return append(append([]string{args[0]}, lang...), args[1:]...)
}
