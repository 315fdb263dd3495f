//go:build !nowindow

package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestCPUProfileOfTheWindow: APPEALDESK_CPUPROFILE writes a CPU profile (pprof's
// gzipped format); without it nothing is written.
func TestCPUProfileOfTheWindow(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cpu.prof")
	t.Setenv("APPEALDESK_CPUPROFILE", "")
	startCPUProfile()()
	if _, err := os.Stat(path); err == nil {
		t.Fatal("a profile was written without APPEALDESK_CPUPROFILE")
	}
	t.Setenv("APPEALDESK_CPUPROFILE", path)
	stop := startCPUProfile()
	stop()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) < 2 || data[0] != 0x1f || data[1] != 0x8b {
		t.Errorf("the profile is not pprof's gzipped format: % x", data[:min(len(data), 8)])
	}
}
