//go:build !unix

package forms

import (
	"errors"
	"io/fs"
	"os"
)

// openNoFollow opens path read-only, refusing a symbolic link (checked first: without
// O_NOFOLLOW the check and the open are two steps, the best these systems offer).
// Opening a file here never waits for a writer.
func openNoFollow(path string) (*os.File, error) {
	if st, err := os.Lstat(path); err == nil && st.Mode()&fs.ModeSymlink != 0 {
		return nil, &fs.PathError{Op: "open", Path: path, Err: errors.New("a symbolic link")}
	}
	return os.Open(path)
}
