package forms

import (
	"errors"
	"io/fs"
	"os"
)

// The file-system rules every writer of the app follows (docs/RELIABILITY.md):
//
//   - nothing the app did not create is truncated, replaced or removed: a new file is
//     written under a temporary name and moved into place with RenameNoReplace, which
//     fails when the target exists;
//   - every temporary file or folder holds an advisory lock while its writer lives, so
//     RemoveStaleTemporaries (run at start and wherever a case is opened) removes
//     exactly those a killed process left behind, however young, and never one that
//     is being written.

// ErrExists is returned (wrapped) by RenameNoReplace and the writers built on it when
// the target is there already.
var ErrExists = fs.ErrExist

// RenameNoReplace moves the file or folder oldpath to newpath, failing with an error
// that wraps fs.ErrExist when newpath exists. Where the system has an atomic
// no-replace rename (Linux renameat2, macOS renamex_np, Windows MoveFileEx) it is
// used; elsewhere, and on file systems that refuse it, a file is linked to its new
// name and the old name unlinked (link fails when the target exists), and a folder is
// renamed after a check.
func RenameNoReplace(oldpath, newpath string) error {
	err := renameNoReplace(oldpath, newpath)
	if err == nil || errors.Is(err, fs.ErrExist) || !errors.Is(err, errUnsupported) {
		return err
	}
	st, serr := os.Lstat(oldpath)
	if serr != nil {
		return serr
	}
	if !st.IsDir() {
		if lerr := os.Link(oldpath, newpath); lerr == nil {
			return os.Remove(oldpath)
		} else if errors.Is(lerr, fs.ErrExist) {
			return &os.LinkError{Op: "rename", Old: oldpath, New: newpath, Err: fs.ErrExist}
		}
	}
	// Last resort (no hard links here, or a folder): check, then rename. The window
	// between the two is the only place a concurrent creator could be replaced.
	if _, err := os.Lstat(newpath); err == nil {
		return &os.LinkError{Op: "rename", Old: oldpath, New: newpath, Err: fs.ErrExist}
	}
	return os.Rename(oldpath, newpath)
}

// errUnsupported marks a failure of the native no-replace rename that means "not on
// this system or file system", after which RenameNoReplace falls back.
var errUnsupported = errors.New("no-replace rename not supported")
