package main

import (
	"runtime"

	"appealdesk/assets"
)

func cmdVersion(c *cli, args []string) int {
	c.printf("appealdesk %s (commit %s, %s, %s/%s)\n", assets.Version, assets.CommitID(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return 0
}

func cmdHelp(c *cli, args []string) int {
	c.printf("%s\n\n", c.tr.T("app.tagline"))
	c.printf("  appealdesk\n      %s\n", c.tr.T("cli.help.gui"))
	for _, v := range verbs {
		c.printf("  appealdesk %s\n      %s\n", v.usage, c.tr.T("cli.help."+v.name))
	}
	c.printf("\n%s\n%s\n", c.tr.T("cli.help.footer"), c.tr.T("app.privacy"))
	return 0
}
