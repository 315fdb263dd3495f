//go:build !unix

package app

import "time"

func processCPU() time.Duration { return 0 }
