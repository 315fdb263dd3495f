//go:build !linux && !darwin && !windows

package forms

import "errors"

func renameNoReplace(oldpath, newpath string) error { return errUnsupported }

func freeSpace(dir string) (int64, error) { return 0, errors.ErrUnsupported }
