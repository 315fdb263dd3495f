package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"appealdesk/assets"
	"appealdesk/desk"
	"appealdesk/forms"
	"appealdesk/forms/legal"
	"appealdesk/locales"
)

// cli is what every verb gets: its streams and a translator for human output.
// The language is --lang if given, else the system's, as for the window.
type cli struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	tr             *locales.Translator

	// core is the use cases with this edition, made on first use by desk().
	core *desk.Desk
}

func newCLI(stdin io.Reader, stdout, stderr io.Writer) *cli {
	return &cli{stdin: stdin, stdout: stdout, stderr: stderr, tr: locales.New(locales.SystemLang(""))}
}

func (c *cli) printf(format string, a ...any) { fmt.Fprintf(c.stdout, format, a...) }
func (c *cli) errorf(format string, a ...any) {
	fmt.Fprintf(c.stderr, "appealdesk: "+format+"\n", a...)
}

// flags returns a flag set for verb with the common --lang flag; after Parse, call
// c.useLang. Errors are printed to stderr by the flag package.
func (c *cli) flags(verb string) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet("appealdesk "+verb, flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	lang := fs.String("lang", "", "language of human output: en, ru, sr, sr-Latn")
	return fs, lang
}

// useLang switches human output to the language named by --lang, if any.
func (c *cli) useLang(name string) bool {
	if name == "" {
		return true
	}
	l, err := locales.Parse(name)
	if err != nil {
		c.errorf("%v", err)
		return false
	}
	c.tr = locales.New(l)
	return true
}

// desk is the use cases with this edition's organisation (assets.LoadOrganisation),
// whose file is read on first use: a problem with it is reported on stderr in the
// person's language and the file ignored.
func (c *cli) desk() *desk.Desk {
	if c.core != nil {
		return c.core
	}
	org, err := assets.LoadOrganisation()
	var problems assets.Problems
	if errors.As(err, &problems) {
		for _, p := range problems {
			c.errorf("%s", c.tr.Error(p, ""))
		}
	} else if err != nil {
		c.errorf("%v", err)
	}
	c.core = desk.New(org)
	return c.core
}

// positionals parses args with fs, letting flags come before or after the positional
// arguments ("deadlines FILE --json" as well as "deadlines --json FILE"), and returns
// the positional arguments in order. ok is false after a flag error (usage: exit 2).
func positionals(fs *flag.FlagSet, args []string) (pos []string, ok bool) {
	for {
		if err := fs.Parse(args); err != nil {
			return nil, false
		}
		if fs.NArg() == 0 {
			return pos, true
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// loadCase reads a case file (desk.Open); on failure it says why in the person's
// language and returns the exit code 1.
func (c *cli) loadCase(file string) (*forms.Case, int) {
	cs, err := desk.Open(file)
	if err != nil {
		c.errorf("%s", c.tr.Error(err, ""))
		return nil, 1
	}
	return cs, 0
}

// dateFlag reads a date given with flag (e.g. --today, --date) as a person types it;
// empty means today on this computer. A bad date is a usage error, said in the
// person's language.
func (c *cli) dateFlag(flag, s string) (time.Time, bool) {
	if s == "" {
		return legal.Day(time.Now()), true
	}
	t, err := locales.ParseDate(s)
	if err != nil {
		c.errorf("%s: %s", flag, c.tr.Error(err, ""))
		return time.Time{}, false
	}
	return t, true
}
