//go:build windows

package main

import (
	"os"

	"golang.org/x/sys/windows"
)

// attachConsole: the Windows build is a GUI-subsystem program (no console window
// flashes up when a person double-clicks it). Run with a verb from cmd.exe or
// PowerShell, it attaches to that console so `appealdesk.exe version` prints; streams
// redirected to files or pipes are already valid and are left alone. main calls it
// first, before anything is printed.
func attachConsole() {
	if len(os.Args) < 2 {
		return
	}
	attach := windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")
	const attachParentProcess = ^uintptr(0) // (DWORD)-1
	if r, _, _ := attach.Call(attachParentProcess); r == 0 {
		return // started without a console (e.g. from Explorer)
	}
	reopen := func(std uint32, name string, flag int, target **os.File) {
		if h, err := windows.GetStdHandle(std); err == nil && h != 0 && h != windows.InvalidHandle {
			return
		}
		if f, err := os.OpenFile(name, flag, 0); err == nil {
			*target = f
		}
	}
	reopen(windows.STD_OUTPUT_HANDLE, "CONOUT$", os.O_WRONLY, &os.Stdout)
	reopen(windows.STD_ERROR_HANDLE, "CONOUT$", os.O_WRONLY, &os.Stderr)
	reopen(windows.STD_INPUT_HANDLE, "CONIN$", os.O_RDWR, &os.Stdin)
}
