//go:build unix

package evidence

import (
	"context"
	"errors"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"appealdesk/forms"
)

// TestFIFOIsRefusedAtOnce: a FIFO in place of an evidence file used to hang verify
// (open waits for a writer) beyond any Cancel. It is refused at once as not a file,
// by every reader of evidence.
func TestFIFOIsRefusedAtOnce(t *testing.T) {
	p := filepath.Join(t.TempDir(), "scan.pdf")
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		t.Skip(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if _, _, err := SumFile(context.Background(), p, nil); !errors.Is(err, ErrNotRegular) {
			t.Errorf("SumFile: %v", err)
		}
		if _, err := Fingerprint(context.Background(), p, nil); !errors.Is(err, ErrNotRegular) {
			t.Errorf("Fingerprint: %v", err)
		}
		if _, err := Pages(p); !errors.Is(err, ErrNotRegular) {
			t.Errorf("Pages: %v", err)
		}
		c := forms.New("x")
		c.Evidence = []forms.EvidenceItem{{Title: "fifo", File: &forms.File{Name: "scan.pdf", Path: p, Size: 1, SHA256: "00"}}}
		res, err := Verify(context.Background(), c, "", nil)
		if err != nil || len(res) != 1 || res[0].Status != StatusUnreadable || !errors.Is(res[0].Err, ErrNotRegular) {
			t.Errorf("Verify: %+v %v", res, err)
		}
		if ErrorMessageID(res[0].Err) != "evidence.hash.not_regular" {
			t.Errorf("message %q", ErrorMessageID(res[0].Err))
		}
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("a FIFO blocked the evidence readers")
	}
}

func TestDisplayNameHidesFormatCharacters(t *testing.T) {
	for in, want := range map[string]string{
		"zalba\u202efdp.exe": "zalba\uFFFDfdp.exe",
		"a\u200bb.pdf":       "a\uFFFDb.pdf",
		"\ufeffx":            "\uFFFDx",
		"Ђорђе.pdf":          "Ђорђе.pdf",
	} {
		if got := DisplayName(in); got != want {
			t.Errorf("DisplayName(%q) = %q, want %q", in, got, want)
		}
	}
}
