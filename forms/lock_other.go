//go:build !unix && !windows

package forms

import (
	"errors"
	"os"
)

func tryLock(f *os.File) (bool, error) { return false, errors.ErrUnsupported }

const folderLocks = false
