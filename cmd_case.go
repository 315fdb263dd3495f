package main

func cmdOpen(c *cli, args []string) int { return c.notYet("open") }

func cmdExample(c *cli, args []string) int { return c.notYet("example") }

func cmdCheck(c *cli, args []string) int { return c.notYet("check") }
