// Command minimal is the smallest Fyne window, built from the same Fyne version and
// tags as Appeal Desk: the baseline of the window benchmarks (e2e/startup.sh,
// e2e/window_bench.sh). "minimal entry" shows one focused text field instead of a
// label, the baseline for the cost of a field that has the keyboard.
package main

import (
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := fyneapp.NewWithID("org.appealdesk.minimal")
	w := a.NewWindow("Minimal Window")
	if len(os.Args) > 1 && os.Args[1] == "entry" {
		e := widget.NewEntry()
		w.SetContent(container.NewVBox(e))
		w.Resize(fyne.NewSize(1024, 600))
		w.Canvas().Focus(e)
	} else {
		w.SetContent(widget.NewLabel("Hello"))
	}
	w.ShowAndRun()
}
