package forms

import (
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

const crashChildEnv = "APPEALDESK_CRASH_CHILD"

// TestMain lets the crash test re-run this binary as a child that saves in a loop.
func TestMain(m *testing.M) {
	if path := os.Getenv(crashChildEnv); path != "" {
		crashChild(path)
		return
	}
	if path := os.Getenv(autosaveChildEnv); path != "" {
		autosaveChild(path)
		return
	}
	if dir := os.Getenv(tempChildEnv); dir != "" {
		tempChild(dir)
		return
	}
	if path := os.Getenv(lockChildEnv); path != "" {
		lockChild(path)
		return
	}
	os.Exit(m.Run())
}

// crashChild saves ever-changing versions of a case, as fast as it can, until killed.
func crashChild(path string) {
	c := Example()
	round := os.Getenv(crashChildEnv + "_ROUND")
	for i := 0; ; i++ {
		c.Title = fmt.Sprintf("round %s save %d", round, i)
		// Vary the size so a torn write would show as truncated JSON.
		c.Story.PrivateNotes = strings.Repeat("ж", (i*7919)%MaxLongTextLen)
		if err := Save(path, c); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
	}
}

// TestCrashWhileSaving kills a process in the middle of saving, ~50 times at random
// moments, and checks the case file always loads: Save never leaves a torn file.
func TestCrashWhileSaving(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL")
	}
	if testing.Short() {
		t.Skip("short")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "crash.appeal")
	must(t, Save(path, Example()))
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 50; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashChildEnv+"="+path, fmt.Sprintf("%s_ROUND=%d", crashChildEnv, round))
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Wait until this child has saved at least once, so the kill lands in its
		// save loop, then let it run a random while longer.
		prefix := fmt.Sprintf("round %d save ", round)
		for deadline := time.Now().Add(10 * time.Second); ; {
			if c, err := Load(path); err == nil && strings.HasPrefix(c.Title, prefix) {
				break
			}
			if time.Now().After(deadline) {
				cmd.Process.Kill()
				t.Fatalf("round %d: the child never saved", round)
			}
			time.Sleep(time.Millisecond)
		}
		time.Sleep(time.Duration(rng.Intn(20000)) * time.Microsecond)
		must(t, cmd.Process.Signal(syscall.SIGKILL))
		err := cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
			t.Fatalf("round %d: child ended on its own: %v", round, err)
		}
		c, err := Load(path)
		if err != nil {
			t.Fatalf("round %d: after a kill the case does not load: %v", round, err)
		}
		if !strings.HasPrefix(c.Title, prefix) {
			t.Fatalf("round %d: the file went back to an older round: %q", round, c.Title)
		}
	}
}
