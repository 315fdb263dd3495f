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
	os.Exit(m.Run())
}

// crashChild saves ever-changing versions of a case, as fast as it can, until killed.
func crashChild(path string) {
	c := Example()
	for i := 0; ; i++ {
		c.Title = fmt.Sprintf("save %d", i)
		// Vary the size so a torn write would show as truncated JSON.
		c.Story.PrivateNotes = strings.Repeat("ж", (i*7919)%20000)
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
	titles := map[string]bool{}
	for round := 0; round < 50; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashChildEnv+"="+path)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(5+rng.Intn(40)) * time.Millisecond)
		must(t, cmd.Process.Signal(syscall.SIGKILL))
		err := cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
			t.Fatalf("round %d: child ended on its own: %v", round, err)
		}
		c, err := Load(path)
		if err != nil {
			t.Fatalf("round %d: after a kill the case does not load: %v", round, err)
		}
		titles[c.Title] = true
	}
	// The children really were saving: the file kept changing.
	if len(titles) < 10 {
		t.Errorf("only %d distinct saved versions seen in 50 rounds", len(titles))
	}
}
