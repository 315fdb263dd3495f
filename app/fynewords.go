package app

import (
	"encoding/json"
	"reflect"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"appealdesk/locales"
)

// Fyne's own widgets (the file dialog, confirmations, the right-click menu of a text
// field) take their words from fyne.io/fyne/v2/lang, which follows the operating
// system's locale and has no setter in Fyne v2.8.1, and knows no Serbian. useFyneWords
// gives it our words, in the interface language, under every locale its localizer may
// have chosen: the system's (as lang.SystemLocale reports it) and English, its
// fallback. The file dialog's places (Home, Computer, Documents…) are not translated by
// Fyne at all; showFileDialog renames them in the dialog it shows.

// fyneWords maps Fyne's message keys to our catalogue's words.
func fyneWords(t *locales.Translator) map[string]string {
	w := map[string]string{
		"Advanced":          t.T("fyne.advanced"),
		"Cancel":            t.T("fyne.cancel"),
		"Confirm":           t.T("fyne.confirm"),
		"Copy":              t.T("fyne.copy"),
		"Create Folder":     t.T("fyne.create_folder"),
		"Cut":               t.T("fyne.cut"),
		"Enter filename":    t.T("fyne.enter_filename"),
		"Error":             t.T("fyne.error"),
		"Favourites":        t.T("fyne.favourites"),
		"File":              t.T("fyne.file"),
		"Folder":            t.T("fyne.folder"),
		"New Folder":        t.T("fyne.new_folder"),
		"No":                t.T("fyne.no"),
		"OK":                t.T("fyne.ok"),
		"Open":              t.T("fyne.open"),
		"Paste":             t.T("fyne.paste"),
		"Quit":              t.T("fyne.quit"),
		"Redo":              t.T("fyne.redo"),
		"Save":              t.T("fyne.save"),
		"Select all":        t.T("fyne.select_all"),
		"Show Hidden Files": t.T("fyne.show_hidden"),
		"Undo":              t.T("fyne.undo"),
		"Yes":               t.T("fyne.yes"),
		"file.name":         t.T("fyne.file_name"),
		"file.parent":       t.T("fyne.parent"),
	}
	// Fyne's calendar reads "monday" and "monday.short"; ours are weekday.1 and
	// screen.weekday_short.1 (Fyne's own Russian swaps Tuesday and Thursday).
	for i, day := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		w[day] = capitalised(t.T(weekdayIDs[i]))
		w[day+".short"] = t.T(weekdayShortIDs[i])
	}
	return w
}

var (
	weekdayIDs      = []string{"weekday.0", "weekday.1", "weekday.2", "weekday.3", "weekday.4", "weekday.5", "weekday.6"}
	weekdayShortIDs = []string{"screen.weekday_short.0", "screen.weekday_short.1", "screen.weekday_short.2", "screen.weekday_short.3",
		"screen.weekday_short.4", "screen.weekday_short.5", "screen.weekday_short.6"}
)

func capitalised(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// useFyneWords makes Fyne's widgets speak t's language; call it at start and at every
// language switch, before the screen is rebuilt.
func useFyneWords(t *locales.Translator) {
	data, err := json.Marshal(fyneWords(t))
	if err != nil {
		fyne.LogError("Fyne's words", err)
		return
	}
	system := lang.SystemLocale()
	for _, l := range []fyne.Locale{"en", system, fyne.Locale(system.LanguageString())} {
		if err := lang.AddTranslationsForLocale(data, l); err != nil {
			fyne.LogError("Fyne's words for "+l.String(), err)
		}
	}
}

// placeIDs are the places Fyne's file dialog lists on its left, by the English name
// it shows (dialog/file.go, file_unix.go, file_windows.go, file_darwin.go).
var placeIDs = map[string]string{
	"Home": "fyne.place.home", "Computer": "fyne.place.computer", "App Files": "fyne.place.app_files",
	"Desktop": "fyne.place.desktop", "Documents": "fyne.place.documents", "Downloads": "fyne.place.downloads",
	"Music": "fyne.place.music", "Pictures": "fyne.place.pictures", "Videos": "fyne.place.videos", "Movies": "fyne.place.movies",
}

// showFileDialog shows d, then renames the places in its list of favourites into t's
// language. Only that list is touched: a folder named "Documents" among the files keeps
// its name.
func showFileDialog(d *dialog.FileDialog, w fyne.Window, t *locales.Translator) {
	d.Show()
	if top := w.Canvas().Overlays().Top(); top != nil {
		renamePlaces(top, t)
	}
}

// renamePlaces finds the favourites list of a file dialog in o and makes every
// update of its rows rename Fyne's English place names.
func renamePlaces(o fyne.CanvasObject, t *locales.Translator) bool {
	switch o := o.(type) {
	case *widget.PopUp:
		return renamePlaces(o.Content, t)
	case *fyne.Container:
		for _, c := range o.Objects {
			if renamePlaces(c, t) {
				return true
			}
		}
	case *container.Split:
		if renamePlaces(o.Leading, t) || renamePlaces(o.Trailing, t) {
			o.Refresh() // the favourites may have grown wider than Fyne's English
			return true
		}
	case *container.Scroll:
		return renamePlaces(o.Content, t)
	case *widget.List:
		if placeLabel(o.CreateItem()) == nil {
			return false
		}
		// The list is as wide as its template row: make the template hold the longest
		// name, so that no place name is cut off.
		create, longest := o.CreateItem, ""
		for _, id := range placeIDs {
			if name := t.T(id); len([]rune(name)) > len([]rune(longest)) {
				longest = name
			}
		}
		o.CreateItem = func() fyne.CanvasObject {
			item := create()
			placeLabel(item).SetText(longest)
			return item
		}
		update := o.UpdateItem
		o.UpdateItem = func(id widget.ListItemID, item fyne.CanvasObject) {
			update(id, item)
			if l := placeLabel(item); l != nil {
				if msg, ok := placeIDs[l.Text]; ok {
					l.SetText(t.T(msg))
				}
			}
		}
		o.Refresh()
		return true
	default:
		// A dialog sits in the window's overlays inside Fyne's internal overlay
		// container, whose Content field is exported but whose type cannot be named.
		if c := contentOf(o); c != nil {
			return renamePlaces(c, t)
		}
	}
	return false
}

// contentOf is the exported Content field of a widget whose type is internal to Fyne.
func contentOf(o fyne.CanvasObject) fyne.CanvasObject {
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	f := v.Elem().FieldByName("Content")
	if !f.IsValid() || !f.CanInterface() {
		return nil
	}
	c, _ := f.Interface().(fyne.CanvasObject)
	return c
}

// placeLabel is the name label of a favourites row (an icon and a label), or nil for
// any other list row.
func placeLabel(item fyne.CanvasObject) *widget.Label {
	row, ok := item.(*fyne.Container)
	if !ok || len(row.Objects) != 2 {
		return nil
	}
	icon, ok := row.Objects[0].(*fyne.Container)
	if !ok || len(icon.Objects) != 1 {
		return nil
	}
	if _, ok := icon.Objects[0].(*widget.Icon); !ok {
		return nil
	}
	l, _ := row.Objects[1].(*widget.Label)
	return l
}
