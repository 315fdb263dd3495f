//go:build unix

package app

import (
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"

	"appealdesk/locales"
)

// A FIFO in place of a file passes the folder check before the hash; the hash refuses
// it, and the step says it is not a file (before: "could not be read to the end", as
// for a disk error). Nothing is added.
func TestEvidenceHashSaysWhyAFileWasRefused(t *testing.T) {
	q := useUIQueue(t)
	c := paperCase("Lease")
	u, s, _ := openTestCase(t, locales.Russian, c)
	fifo := filepath.Join(t.TempDir(), "scan.pdf")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	before := s.c.Clone()
	ev := evidenceOf(s)
	ev.startHash(fifo, -1)
	q.until(t, "the refused hash to end", func() bool { return len(ev.jobs) == 0 })
	want := u.tr.T("evidence.hash.not_regular", "Name", "scan.pdf")
	if ev.lastErr != want || !strings.Contains(onScreen(u.Window().Canvas().Content()), want) {
		t.Errorf("the step says %q, want %q", ev.lastErr, want)
	}
	if !reflect.DeepEqual(s.c.Evidence, before.Evidence) {
		t.Errorf("evidence changed by a refused file: %+v", s.c.Evidence)
	}
}
