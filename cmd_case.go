package main

import (
	"appealdesk/forms"
)

func cmdOpen(c *cli, args []string) int { return c.notYet("open") }

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

func cmdCheck(c *cli, args []string) int { return c.notYet("check") }
