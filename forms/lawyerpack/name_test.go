package lawyerpack

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestPackagePath(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "Иванова.appeal"), []byte("the case"), 0o600)
	os.WriteFile(filepath.Join(dir, "old"+Extension), []byte("an older package"), 0o600)
	for _, tc := range []struct {
		name, want string
		kind       error
		msgID      string
	}{
		{"for the lawyer", "for the lawyer" + Extension, nil, ""},
		{"  x.appealpack ", "x" + Extension, nil, ""},
		{"Иванова.appeal", "", ErrExists, "evidence.pack.error.exists"}, // …appealpack does not exist, but:
		{"old", "", ErrExists, "evidence.pack.error.exists"},
		{"", "", ErrUnsafeName, "evidence.pack.name.invalid"},
		{"../x", "", ErrUnsafeName, "evidence.pack.name.invalid"},
		{"a:b", "", ErrUnsafeName, "evidence.pack.name.invalid"},
		{"CON", "", ErrUnsafeName, "evidence.pack.name.invalid"},
		{".hidden", "", ErrUnsafeName, "evidence.pack.name.invalid"},
		{"zalba\u202efdp.exe", "", ErrUnsafeName, "evidence.pack.name.lying"},
		{"setup.exe", "", ErrUnsafeName, "evidence.pack.name.lying"},
		{"a\u200bb", "", ErrUnsafeName, "evidence.pack.name.lying"},
	} {
		got, err := PackagePath(dir, tc.name)
		if tc.name == "Иванова.appeal" {
			// The case file's own name gets the package ending and is a new file:
			// the case is never the target.
			if err != nil || got != filepath.Join(dir, "Иванова.appeal"+Extension) {
				t.Errorf("%q: %q %v", tc.name, got, err)
			}
			continue
		}
		var pe *Error
		switch {
		case tc.kind == nil && (err != nil || got != filepath.Join(dir, tc.want)):
			t.Errorf("%q: %q %v, want %q", tc.name, got, err, tc.want)
		case tc.kind != nil && (!errors.Is(err, tc.kind) || !errors.As(err, &pe) || pe.Message().ID != tc.msgID):
			t.Errorf("%q: %v, want %v %s", tc.name, err, tc.kind, tc.msgID)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "Иванова.appeal")); string(b) != "the case" {
		t.Fatal("the case changed")
	}
}

func TestDefaultNameIsNeutral(t *testing.T) {
	dir := t.TempDir()
	day := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	n := DefaultName(dir, day)
	if n != "package-2026-12-01"+Extension {
		t.Fatalf("default %q", n)
	}
	os.WriteFile(filepath.Join(dir, n), nil, 0o600)
	if n2 := DefaultName(dir, day); n2 != "package-2026-12-01-2"+Extension {
		t.Fatalf("when taken: %q", n2)
	}
}

func TestExportRefusesALyingPackageName(t *testing.T) {
	fx := newFixture(t)
	out := filepath.Join(fx.dir, "zalba\u202efdp.exe")
	_, err := Export(context.Background(), fx.c, fx.casePath, nil, out, pass, fast())
	if !errors.Is(err, ErrUnsafeName) {
		t.Fatalf("err = %v", err)
	}
	if _, err := os.Stat(out); err == nil || strings.Contains(strings.Join(listing(t, fx.dir), " "), "tmp") {
		t.Error("something was written")
	}
}
