package app

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// What the app leaves in Fyne's preferences: the interface language, nothing else.
// Fyne's file dialogs remember the last folder they showed there (a folder named after
// the person or the case, in a file the next user of the computer can read); the app
// removes that value whenever a dialog writes it, from memory and from the file (Fyne
// saves at once, so it would stay on disk until Fyne's next save, 100 ms later, or
// for good if the app were killed then), and keeps the file at mode 0600.

// fyneLastFolderKey is the preference Fyne's file dialogs write (dialog/file.go).
const fyneLastFolderKey = "fyne:fileDialogLastFolder"

// protectPreferences makes Fyne's preferences file readable by its owner only. Fyne
// creates it with os.Create (mode 0644 after the usual umask) and later rewrites it
// in place, which keeps the mode: so a file made 0600 here, before Fyne's first save,
// stays 0600.
func (u *UI) protectPreferences() {
	// Fyne keeps them in <config>/fyne/<app id>/ (the test driver's root is the
	// system's temporary folder, which is left alone).
	file := ""
	if root := u.fa.Storage().RootURI(); root != nil && root.Scheme() == "file" && filepath.Base(root.Path()) == u.fa.UniqueID() {
		protectPreferencesFile(root.Path())
		file = filepath.Join(root.Path(), "preferences.json")
	}
	prefs := u.fa.Preferences()
	forget := func() {
		if prefs.String(fyneLastFolderKey) != "" {
			prefs.RemoveValue(fyneLastFolderKey) // fires the listener again, with nothing left to do
			if file != "" {
				removeFromPreferencesFile(file, fyneLastFolderKey)
			}
		}
	}
	forget()
	prefs.AddChangeListener(forget)
}

// protectPreferencesFile makes dir/preferences.json mode 0600, creating it empty
// ("{}", what Fyne reads as no preferences yet) when it is not there.
func protectPreferencesFile(dir string) {
	p := filepath.Join(dir, "preferences.json")
	if err := os.Chmod(p, 0o600); errors.Is(err, fs.ErrNotExist) {
		if os.MkdirAll(dir, 0o700) == nil {
			if f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600); err == nil {
				f.WriteString("{}")
				f.Close()
			}
		}
	}
}

// removeFromPreferencesFile removes key from the preferences file Fyne has just
// written, in place (the mode stays), leaving every other value byte for byte. Fyne
// calls the listeners on the thread that changed the value, after its own save and
// before its next one, so the two never write at once.
func removeFromPreferencesFile(file, key string) {
	b, err := os.ReadFile(file)
	if err != nil {
		return
	}
	var values map[string]json.RawMessage
	if json.Unmarshal(b, &values) != nil {
		return
	}
	if _, ok := values[key]; !ok {
		return
	}
	delete(values, key)
	out, err := json.Marshal(values)
	if err != nil {
		return
	}
	f, err := os.OpenFile(file, os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return
	}
	f.Write(append(out, '\n'))
	f.Sync()
	f.Close()
}
