// Package app is the Fyne interface. It renders the interview described in forms/,
// shows the deadlines computed by forms/legal and writes the documents of templates/.
// It holds no legal rule and no document text: every word comes from the catalogues.
//
// The package never creates the fyne.App itself (main does), so its tests run on
// Fyne's headless test driver without a display or cgo.
package app

import (
	"image"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"

	"appealdesk/assets"
	"appealdesk/desk"
	"appealdesk/forms"
	"appealdesk/locales"
)

// prefLanguage is the preference key of the interface language chosen by the person.
const prefLanguage = "language"

// Options are what main passes in: the platform locale for the first start and a case
// file to open at once (appealdesk open FILE).
type Options struct {
	PlatformLocale string
	OpenFile       string
	// CasesDir is where the person's cases are kept; empty = the app's storage root.
	CasesDir string
	// DocumentsDir is where the documents' folders are made; empty = "Appeal Desk" in
	// the user's documents folder (templates.DocumentsRoot).
	DocumentsDir string
	// Organisation is the NGO edition (assets.LoadOrganisation), nil for none;
	// OrganisationProblem is what was wrong with its file, shown on the home screen.
	Organisation        *assets.Organisation
	OrganisationProblem error
	// AfterFirstFrame runs on the UI goroutine once the window has drawn its first
	// frame with the case of OpenFile (main lets the garbage collector run again).
	AfterFirstFrame func()
}

// UI is the whole window. Every screen is rebuilt from state held here and in the
// case record, never only in widgets, so switching the language (which rebuilds the
// current screen) loses nothing.
type UI struct {
	fa   fyne.App
	win  fyne.Window
	opts Options

	// desk is every use case of the case (documents with the edition, packages,
	// evidence checks), shared with the command line.
	desk *desk.Desk
	// do hands work from a background goroutine to the UI goroutine: fyne.Do. Fyne's
	// test driver runs fyne.Do at once on the calling goroutine, beside the test's own
	// (a data race on every widget), so tests queue it instead (useUIQueue).
	do func(func())

	lang locales.Lang
	tr   *locales.Translator

	// screen builds the current screen; refresh calls it again after a language switch.
	// interviewOn: the screen is the open case's interview instead (it updates itself).
	screen      func() fyne.CanvasObject
	interviewOn bool

	store *forms.Store
	// session is the case open in the window (nil on the home screen).
	session *session
	// undoFile is the case deleted last, which the home screen offers to bring back.
	undoFile, undoTitle string
	// lastSaveErr is set when the last change of a case could not be saved (ExitCode).
	lastSaveErr error
	// home is the home screen's state between builds (home.go).
	home *homeState
	// firstFrame is the work left until the window has drawn its first frame (open
	// FILE: the questions below the page, the deadlines beside the step), nil once it
	// is drawn or when nothing waits.
	firstFrame []func()
}

// New builds the interface inside fa. Call Window().ShowAndRun() (main) or use it in tests.
func New(fa fyne.App, opts Options) *UI {
	u := &UI{fa: fa, opts: opts, desk: desk.New(opts.Organisation), do: fyne.Do}
	u.lang = u.initialLang()
	u.tr = locales.New(u.lang)
	fa.Settings().SetTheme(newAppTheme())
	useFyneWords(u.tr)
	u.win = fa.NewWindow(u.tr.T("app.name"))
	u.win.Resize(fyne.NewSize(1024, 600)) // the smallest screen we support fits whole
	// The window system starts (on this goroutine: Show before the app runs creates
	// the window at once) while the second core reads the fonts, system fonts
	// included, which the first text of the screen would otherwise wait for.
	fonts := make(chan struct{})
	go func() {
		warmFonts()
		close(fonts)
	}()
	u.win.Show()
	<-fonts
	u.protectPreferences()
	u.installShortcuts()
	if opts.OpenFile != "" {
		// appealdesk open FILE: edit that file where it is. The home screen is built
		// only when the person goes there (it was built, laid out and thrown away).
		// The first frame shows the step's questions that fill the page; those below
		// it and the deadlines beside it (computed, the largest part of the frame to
		// lay out and draw) follow in the next frame (docs/BENCHMARKS.md).
		u.waitForFirstFrame(opts.AfterFirstFrame)
		u.openCaseOrSay(opts.OpenFile)
		if sessionOf(u) == nil {
			u.firstFrameDrawn() // not opened: the screen that says why waits for nothing
		}
	} else {
		u.showHome()
	}
	u.sayUnsavedAtStart()
	return u
}

// waitForFirstFrame makes work wait for the window's first frame (firstFrame), first
// of all first; frameProbe tells when the frame is drawn.
func (u *UI) waitForFirstFrame(first func()) {
	u.firstFrame = []func(){}
	if first != nil {
		u.firstFrame = append(u.firstFrame, first)
	}
}

// awaitingFirstFrame reports whether the window has not drawn its first frame yet and
// work is left for after it.
func (u *UI) awaitingFirstFrame() bool { return u.firstFrame != nil }

// afterFirstFrame runs fn after the first frame, or now if it is drawn.
func (u *UI) afterFirstFrame(fn func()) {
	if u.firstFrame == nil {
		fn()
		return
	}
	u.firstFrame = append(u.firstFrame, fn)
}

// firstFrameDrawn runs the work that waited for the first frame, once.
func (u *UI) firstFrameDrawn() {
	work := u.firstFrame
	u.firstFrame = nil
	for _, fn := range work {
		fn()
	}
}

// frameProbe is a transparent pixel in the screen: Fyne asks for its image while it
// draws the frame it is in, so the first ask says the first frame is drawn, and the
// work waiting for it is handed to the UI goroutine, to run after that frame. A
// window that is not drawn (started minimised) is drawn, and the probe asked, when
// it is shown.
func (u *UI) frameProbe() fyne.CanvasObject {
	var once sync.Once
	px := canvas.NewRaster(func(w, h int) image.Image {
		once.Do(func() { go u.do(u.firstFrameDrawn) })
		return image.NewNRGBA(image.Rect(0, 0, 1, 1))
	})
	px.Resize(fyne.NewSize(1, 1))
	return container.NewWithoutLayout(px)
}

// Window is the main window.
func (u *UI) Window() fyne.Window { return u.win }

// Lang is the current interface language.
func (u *UI) Lang() locales.Lang { return u.lang }

// initialLang is the remembered choice, else the system locale (step 1).
func (u *UI) initialLang() locales.Lang {
	if saved := locales.Lang(u.fa.Preferences().String(prefLanguage)); saved.Valid() {
		return saved
	}
	return locales.SystemLang(u.opts.PlatformLocale)
}

// SetLang switches the interface language at once and remembers it. The current
// screen is rebuilt from state, so answers and position are kept.
func (u *UI) SetLang(l locales.Lang) {
	if !l.Valid() || l == u.lang {
		return
	}
	if s := sessionOf(u); s != nil && s.shows() {
		s.rememberView() // the same place on the page, the same field, in the new language
	}
	u.lang = l
	u.tr = locales.New(l)
	useFyneWords(u.tr)
	u.fa.Preferences().SetString(prefLanguage, string(l))
	u.win.SetTitle(u.tr.T("app.name"))
	u.rebuild()
}

// nextLang cycles through the languages; bound to Ctrl+Shift+L for keyboard users.
func (u *UI) nextLang() {
	for i, l := range locales.All {
		if l == u.lang {
			u.SetLang(locales.All[(i+1)%len(locales.All)])
			return
		}
	}
}

func (u *UI) show(build func() fyne.CanvasObject) {
	u.screen = build
	u.interviewOn = false
	u.rebuild()
}

// showInterview shows the interview of the open case s.
func (u *UI) showInterview(s *session) {
	u.screen = nil
	u.interviewOn = true
	s.show()
}

// refresh brings the screen up to date. The interview updates in place what changed
// (interview_view.go); any other screen is built again.
func (u *UI) refresh() {
	if s := sessionOf(u); s != nil && s.shows() {
		s.update()
		return
	}
	u.rebuild()
}

// rebuild shows the current screen in the current language: the interview shows its
// screen for that language (built the first time), any other screen is built anew.
func (u *UI) rebuild() {
	if s := sessionOf(u); s != nil && u.interviewOn {
		s.show()
		return
	}
	if u.screen != nil {
		u.win.SetContent(u.screen())
	}
}

func (u *UI) installShortcuts() {
	c := u.win.Canvas()
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyL, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift},
		func(fyne.Shortcut) { u.nextLang() })
}

// warmFonts loads the font faces the screens use (regular, bold, italic; Latin and
// Cyrillic), so that the first measured text finds them ready. Fyne's font caches are
// safe to fill from another goroutine.
func warmFonts() {
	for _, st := range []fyne.TextStyle{{}, {Bold: true}, {Italic: true}} {
		fyne.MeasureText("Aa Жж Ђђ", theme.TextSize(), st)
	}
}
