//go:build unix

package app

import (
	"syscall"
	"time"
)

// processCPU is the CPU time the process has used (user + system), so benchmarks can
// report CPU per operation beside wall time: on the shared build machine wall time
// mostly measures the other jobs.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
