//go:build unix

package forms

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// tryLock takes an exclusive advisory lock on f without waiting; ok is false when
// another open file (in this or another process) holds it. The lock ends when f is
// closed or its process dies, so a killed app never leaves a lock held.
func tryLock(f *os.File) (ok bool, err error) {
	err = unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
	if errors.Is(err, unix.EWOULDBLOCK) {
		return false, nil
	}
	return err == nil, err
}

// folderLocks: a folder can be locked like a file.
const folderLocks = true
