// Command fynefloor links Fyne as Appeal Desk does (the app, widget and dialog
// packages, same version and tags) and exits without opening a window: what any
// command of a program that links Fyne pays at start-up (its packages' init) before
// doing anything. The floor of the command-line speed benchmark (e2e/cli_speed.sh).
package main

import (
	"fmt"
	"os"

	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "window" { // keeps the window code linked, as in the app
		a := fyneapp.New()
		w := a.NewWindow("floor")
		w.SetContent(widget.NewLabel("floor"))
		dialog.ShowInformation("floor", "floor", w)
		w.ShowAndRun()
		return
	}
	fmt.Println("floor")
}
