//go:build nowindow

package main

// runGUI: a build with -tags nowindow has the command line only: no Fyne, no cgo, no
// graphics libraries, for servers and scripts (make cli). Asked for the window, it
// says so and exits with the usage code.
func runGUI(c *cli, _ string) int {
	c.errorf("%s", c.tr.T("cli.no_window"))
	return 2
}
