package main

import (
	"runtime"

	"appealdesk/assets"
)

func cmdVersion(c *cli, args []string) int {
	c.printf("appealdesk %s (commit %s, %s, %s/%s)\n", assets.Version, assets.CommitID(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return 0
}

// cmdHelp lists the verbs in the language of --lang (or the system's): the synopsis
// lines come from the catalogues (cli.synopsis.<verb>), so placeholders read ФАЙЛ or
// DATOTEKA; the English catalogue's synopsis is each verb's usage (TestHelpSynopsisIsUsage).
func cmdHelp(c *cli, args []string) int {
	fs, lang := c.flags("help")
	if _, ok := positionals(fs, args); !ok || !c.useLang(*lang) {
		return 2
	}
	c.printf("%s\n\n", c.tr.T("app.tagline"))
	c.printf("  appealdesk\n      %s\n", c.tr.T("cli.help.gui"))
	for _, v := range verbs {
		c.printf("  appealdesk %s\n      %s\n", c.tr.T("cli.synopsis."+v.name), c.tr.T("cli.help."+v.name))
	}
	c.printf("\n%s\n%s\n", c.tr.T("cli.help.footer"), c.tr.T("app.privacy"))
	return 0
}
