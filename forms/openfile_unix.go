//go:build unix

package forms

import (
	"os"
	"syscall"
)

// openNoFollow opens path read-only without following a symbolic link at its end
// (O_NOFOLLOW: a link fails to open) and without blocking (O_NONBLOCK: a FIFO opens
// at once instead of waiting for a writer; for a regular file it changes nothing).
func openNoFollow(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
}
