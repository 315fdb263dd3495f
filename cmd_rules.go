package main

import "appealdesk/forms/legal"

// cmdRules prints the rulebook: every rule of forms/legal with its article, as
// Markdown, in the --lang language (docs/RULES.md is the English one).
func cmdRules(c *cli, args []string) int {
	fs, lang := c.flags("rules")
	pos, ok := positionals(fs, args)
	if !ok || !c.useLang(*lang) {
		return 2
	}
	if len(pos) != 0 {
		c.errorf("%s", c.tr.T("legal.cli.rules_usage"))
		return 2
	}
	c.printf("%s", legal.Rulebook(c.tr))
	return 0
}
