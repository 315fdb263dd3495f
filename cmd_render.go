package main

func cmdRender(c *cli, args []string) int { return c.notYet("render") }
