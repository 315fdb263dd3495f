package forms

import (
	"bufio"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The kill harness: a child process types into a case through the real autosave
// (OpenForEdit, Edit.Autosaver, the app's timings) until it is killed with SIGKILL at
// a random moment. After every kill the "next start" runs as the app runs it
// (OpenStore, UnsavedInStore, OpenForEdit), and the test fails when
//   - the case does not load,
//   - more than maxLost of typing is not on disk (the promise: at most about a second),
//   - anything but the case file is left in the store (a temporary, a lock file).
// Rounds: APPEALDESK_KILL_ROUNDS (default 12; docs/RELIABILITY.md records a long run).

const (
	autosaveChildEnv = "APPEALDESK_AUTOSAVE_CHILD"
	maxLost          = 1500 * time.Millisecond
)

// autosaveChild types one character every few milliseconds, in bursts with pauses
// (so both the quiet and the maximum delay of the autosave are exercised), and
// prints "<keystroke> <unix nanoseconds>" for each to stdout.
func autosaveChild(path string) {
	e, err := OpenForEdit(path)
	if err != nil || e.ReadOnly != nil {
		fmt.Fprintln(os.Stderr, "open:", err, e.ReadOnly)
		os.Exit(3)
	}
	a := e.Autosaver(func(err error) { fmt.Fprintln(os.Stderr, "autosave:", err) }, nil)
	out := bufio.NewWriterSize(os.Stdout, 64)
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	c := e.Case
	for key := 1; ; key++ {
		now := time.Now()
		c.Title = fmt.Sprintf("key %d at %d", key, now.UnixNano())
		c.Story.WhatHappened += "ж"
		a.Changed(c)
		fmt.Fprintf(out, "%d %d\n", key, now.UnixNano())
		out.Flush()
		if key%150 == 0 {
			time.Sleep(time.Duration(300+rng.Intn(900)) * time.Millisecond) // a pause
		} else {
			time.Sleep(time.Duration(5+rng.Intn(20)) * time.Millisecond)
		}
	}
}

func TestKillDuringAutosave(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL")
	}
	if testing.Short() {
		t.Skip("short")
	}
	rounds := 12
	if n, err := strconv.Atoi(os.Getenv("APPEALDESK_KILL_ROUNDS")); err == nil && n > 0 {
		rounds = n
	}
	dir := t.TempDir()
	store, err := OpenStore(dir)
	must(t, err)
	ent, _, err := store.Create("kill harness")
	must(t, err)
	rng := rand.New(rand.NewSource(2))
	var worst time.Duration
	worstKeys := 0
	for round := 0; round < rounds; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), autosaveChildEnv+"="+ent.Path)
		stdout, err := cmd.StdoutPipe()
		must(t, err)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		must(t, cmd.Start())
		keys := map[int]int64{}
		lines := make(chan [2]int64, 1024)
		go func() {
			sc := bufio.NewScanner(stdout)
			for sc.Scan() {
				var k, at int64
				if _, err := fmt.Sscan(sc.Text(), &k, &at); err == nil {
					lines <- [2]int64{k, at}
				}
			}
			close(lines)
		}()
		time.Sleep(time.Duration(200+rng.Intn(2800)) * time.Millisecond)
		must(t, cmd.Process.Signal(syscall.SIGKILL))
		last := 0
		for l := range lines {
			keys[int(l[0])] = l[1]
			if int(l[0]) > last {
				last = int(l[0])
			}
		}
		cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
			t.Fatalf("round %d: the child ended on its own: %s", round, stderr.String())
		}

		// The next start, as the app does it.
		s2, err := OpenStore(dir)
		must(t, err)
		if u := s2.UnsavedInStore(); len(u) != 0 {
			t.Fatalf("round %d: a kill reported as a failed save: %+v", round, u)
		}
		e, err := OpenForEdit(ent.Path)
		if err != nil {
			t.Fatalf("round %d: after a kill the case does not load: %v", round, err)
		}
		saved := 0
		fmt.Sscanf(e.Case.Title, "key %d", &saved)
		if saved > 0 && len([]rune(e.Case.Story.WhatHappened)) != saved {
			t.Fatalf("round %d: title says key %d, story has %d keys: a mix of two saves", round, saved, len([]rune(e.Case.Story.WhatHappened)))
		}
		lost := time.Duration(0)
		if last > saved {
			from := keys[saved+1]
			if saved == 0 { // nothing of this round on disk yet: from its first key
				from = keys[1]
			}
			lost = time.Duration(keys[last] - from)
		}
		if lost > worst {
			worst = lost
		}
		if last-saved > worstKeys {
			worstKeys = last - saved
		}
		if lost > maxLost {
			t.Errorf("round %d: %v of typing lost (keys %d–%d), more than %v", round, lost.Round(time.Millisecond), saved+1, last, maxLost)
		}
		// Start every round from an empty story, so a round's keys count from 1.
		e.Case.Story.WhatHappened, e.Case.Title = "", "kill harness"
		a := e.Autosaver(nil, nil)
		a.Changed(e.Case)
		e.Close(a.Close())
		des, _ := os.ReadDir(dir)
		for _, de := range des {
			if n := de.Name(); n != ent.File && n != TrashDir {
				t.Errorf("round %d: left in the store after the next start: %s", round, n)
			}
		}
	}
	t.Logf("%d kills; at most %v of typing lost (%d keystrokes, %d bytes)", rounds, worst.Round(time.Millisecond), worstKeys, 2*worstKeys)
}

const tempChildEnv = "APPEALDESK_TEMP_CHILD"

// tempChild is a save caught in the middle: its temporary is written, not yet renamed.
func tempChild(dir string) {
	f, err := CreateTemp(dir, "case-0000000001.appeal")
	if err != nil {
		os.Exit(3)
	}
	f.WriteString(`{"format":"appealdesk-case","version":1,"title":"plaintext half-way`)
	f.Sync()
	os.Stdout.WriteString("ready")
	time.Sleep(time.Minute)
}

// TestKilledMidSaveLeavesNothing: a temporary another process is writing survives a
// start of the app; once that process is killed, the next start removes it, though
// it is only a moment old.
func TestKilledMidSaveLeavesNothing(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL")
	}
	if testing.Short() {
		t.Skip("starts a process")
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), tempChildEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	must(t, err)
	must(t, cmd.Start())
	buf := make([]byte, 5)
	if _, err := out.Read(buf); err != nil {
		t.Fatal(err)
	}
	des, _ := os.ReadDir(dir)
	if len(des) != 1 {
		t.Fatalf("child made %v", des)
	}
	if _, err := OpenStore(dir); err != nil {
		t.Fatal(err)
	}
	if des, _ := os.ReadDir(dir); len(des) != 2 { // the temporary and the new trash folder
		t.Fatalf("a start removed a temporary that a living process is writing: %v", des)
	}
	cmd.Process.Kill()
	cmd.Wait()
	if _, err := OpenStore(dir); err != nil {
		t.Fatal(err)
	}
	des, _ = os.ReadDir(dir)
	for _, de := range des {
		if de.Name() != TrashDir {
			t.Errorf("left after the next start: %s", de.Name())
		}
	}
}
