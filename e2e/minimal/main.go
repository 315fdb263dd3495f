// Command minimal is the smallest Fyne window, built from the same Fyne version and
// tags as Appeal Desk: the baseline of the start-up benchmark (e2e/startup.sh).
package main

import (
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := fyneapp.NewWithID("org.appealdesk.minimal")
	w := a.NewWindow("Minimal Window")
	w.SetContent(widget.NewLabel("Hello"))
	w.ShowAndRun()
}
