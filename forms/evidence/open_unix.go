//go:build unix

package evidence

import (
	"os"
	"syscall"
)

// openNonBlocking opens path read-only with O_NONBLOCK, so opening a FIFO returns at
// once; for a regular file the flag changes nothing (reads never block on disk files).
func openNonBlocking(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
