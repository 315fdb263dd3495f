package main

func cmdVerify(c *cli, args []string) int { return c.notYet("verify") }

func cmdExport(c *cli, args []string) int { return c.notYet("export") }

func cmdImport(c *cli, args []string) int { return c.notYet("import") }
