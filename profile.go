//go:build !nowindow

package main

import (
	"log"
	"os"
	"runtime/pprof"
)

// startCPUProfile writes a CPU profile of the whole process to the file named by
// APPEALDESK_CPUPROFILE, for profiling the real window (docs/BENCHMARKS.md); without
// it nothing happens. The returned function ends the profile.
func startCPUProfile() (stop func()) {
	path := os.Getenv("APPEALDESK_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		log.Printf("appealdesk: CPU profile: %v", err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
