//go:build !nowindow

package main

import (
	"log"
	"runtime/debug"

	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/lang"

	"appealdesk/app"
	"appealdesk/assets"
	"appealdesk/locales"
)

// appID is FyneApp.toml's Details.ID: preferences and cases live under it.
const appID = "org.appealdesk.app"

// runGUI opens the window, with file open at once when it is not empty. The window
// writes nothing to the command line's streams.
func runGUI(_ *cli, file string) int {
	stopProfile := startCPUProfile()
	defer stopProfile()
	// On Windows and macOS the language is an OS setting, not an environment variable;
	// Fyne's lang package reads it there (go-locale). Where the environment names it
	// (Linux), Fyne is not asked: it logs an error for sr_RS@latin.
	platform := ""
	if _, ok := locales.FromEnvironment(); !ok {
		platform = lang.SystemLocale().String()
	}
	// Parse the catalogues on the second core while the window system starts.
	go locales.Warm(locales.SystemLang(platform))
	org, orgProblem := assets.LoadOrganisation()
	if orgProblem != nil {
		log.Printf("appealdesk: %v", orgProblem)
	}
	opts := app.Options{PlatformLocale: platform, OpenFile: file, Organisation: org, OrganisationProblem: orgProblem}
	if file != "" {
		// Until the case is first drawn the collector runs rarely: the start allocates
		// ~30 MB (fonts, the step's texts), and collecting on the way cost ~12 ms of
		// CPU before the first frame (docs/BENCHMARKS.md).
		gc := debug.SetGCPercent(800)
		opts.AfterFirstFrame = func() { debug.SetGCPercent(gc) }
	}
	fa := fyneapp.NewWithID(appID)
	ui := app.New(fa, opts)
	ui.Window().ShowAndRun()
	// Non-zero when the last change could not be saved (the next start says so too).
	return ui.ExitCode()
}
