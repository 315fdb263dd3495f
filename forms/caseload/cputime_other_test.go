//go:build !unix

package caseload

import "time"

func processCPU() time.Duration { return 0 }
