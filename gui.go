package main

import (
	"log"

	fyneapp "fyne.io/fyne/v2/app"

	"appealdesk/app"
	"appealdesk/assets"
	"appealdesk/locales"
)

// appID is FyneApp.toml's Details.ID: preferences and cases live under it.
const appID = "org.appealdesk.app"

// runGUI opens the window, with file open at once when it is not empty.
func runGUI(file string) int {
	// Parse the catalogues on the second core while the window system starts.
	go locales.Warm(locales.SystemLang(""))
	org, orgProblem := assets.LoadOrganisation()
	if orgProblem != nil {
		log.Printf("appealdesk: %v", orgProblem)
	}
	fa := fyneapp.NewWithID(appID)
	ui := app.New(fa, app.Options{OpenFile: file, Organisation: org, OrganisationProblem: orgProblem})
	ui.Window().ShowAndRun()
	return 0
}
