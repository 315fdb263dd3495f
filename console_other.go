//go:build !windows

package main

// attachConsole: only the Windows build has no console of its own (console_windows.go).
func attachConsole() {}
