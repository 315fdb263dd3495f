package lawyerpack

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"appealdesk/forms"
	"appealdesk/forms/evidence"
)

// DefaultName is the file name suggested for a new package in dir: neutral, so a
// glance at a folder, a download list or a message attachment tells nothing about the
// person or the decision ("package-2026-12-01.appealpack"; -2, -3 … when taken).
func DefaultName(dir string, now time.Time) string {
	base := "package-" + now.Format("2006-01-02")
	name := base + Extension
	for i := 2; i < 1000; i++ {
		if _, err := os.Lstat(filepath.Join(dir, name)); errors.Is(err, fs.ErrNotExist) {
			break
		}
		name = fmt.Sprintf("%s-%d%s", base, i, Extension)
	}
	return name
}

// PackagePath checks the file name a person typed for a new package in dir and
// returns the full path (Extension added when missing). It refuses, with an *Error
// for the person, a name that is empty or not a plain file name (ErrUnsafeName, a
// separator or a name Windows reserves), one that hides what it is (an invisible or
// direction-changing character, a program's ending), and a file that exists already
// (ErrExists): a package never replaces anything, least of all the case itself.
func PackagePath(dir, name string) (string, error) {
	p, _, err := FilePath(dir, name, Extension, nil)
	return p, err
}

// FilePath is PackagePath for a file with the ending ext (".ics"), which may replace
// an existing file when mayReplace says it is one of the app's own of that kind (an
// earlier calendar); replaces then reports that it would.
func FilePath(dir, name, ext string, mayReplace func(path string) bool) (path string, replaces bool, err error) {
	name = strings.TrimSpace(name)
	if name != "" && !strings.HasSuffix(strings.ToLower(name), ext) {
		name += ext
	}
	if err := fileNameProblem(name, ext); err != nil {
		return "", false, err
	}
	p := filepath.Join(dir, name)
	if _, err := os.Lstat(p); err == nil || !errors.Is(err, fs.ErrNotExist) {
		if err == nil && mayReplace != nil && mayReplace(p) {
			return p, true, nil
		}
		return "", false, fail(ErrExists, evidence.DisplayName(name), err)
	}
	return p, false, nil
}

func fileNameProblem(name, ext string) *Error {
	stem := strings.TrimSuffix(name, ext)
	if stem == "" || strings.HasPrefix(name, ".") || strings.ContainsAny(name, `<>"|?*`) || !safeBase(name) {
		e := fail(ErrUnsafeName, evidence.DisplayName(name), errors.New("not a plain file name"))
		e.msg.ID = "evidence.pack.name.invalid"
		return e
	}
	if _, hidden := forms.HiddenChar(name); hidden || forms.ExecutableEnding(stem) {
		e := fail(ErrUnsafeName, evidence.DisplayName(name), errors.New("name hides what it is"))
		e.msg.ID = "evidence.pack.name.lying"
		return e
	}
	return nil
}
