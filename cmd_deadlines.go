package main

func cmdDeadlines(c *cli, args []string) int { return c.notYet("deadlines") }

func cmdDeadline(c *cli, args []string) int { return c.notYet("deadline") }

func cmdCalendar(c *cli, args []string) int { return c.notYet("calendar") }
