//go:build !unix

package forms

import "errors"

func mkfifo(string) error { return errors.New("no FIFOs on this system") }
