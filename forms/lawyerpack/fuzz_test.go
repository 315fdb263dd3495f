package lawyerpack

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzImport feeds arbitrary files to Import: each must be refused with an *Error
// of a known kind, leaving nothing beside or in the target; an accepted input must
// produce the case file.
func FuzzImport(f *testing.F) {
	f.Add(smallPackage(f))
	f.Add(encrypt(f, tarOf(f, []entry{markerEntry(), {name: "evidence/../x", data: []byte("a")}})))
	f.Add(encrypt(f, []byte("not a tar")))
	f.Add([]byte("age-encryption.org/v1\n-> scrypt AAAA 10\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		p := filepath.Join(dir, "in")
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		parent := filepath.Join(dir, "parent")
		os.Mkdir(parent, 0o700)
		// A mutated header may ask for the app's 2^18 (a second and 256 MiB) on
		// every run: the limit is lowered to the seeds' 2^10.
		im, err := Import(context.Background(), p, filepath.Join(parent, "out"), pass, workFactor(10))
		if err == nil {
			if _, err := os.Stat(im.CasePath); err != nil {
				t.Fatalf("accepted but no case file: %v", err)
			}
			return
		}
		var pe *Error
		if !errors.As(err, &pe) || pe.Message().ID == "" {
			t.Fatalf("unclassified error: %v", err)
		}
		if ents, _ := os.ReadDir(parent); len(ents) > 0 {
			t.Fatalf("refused (%v) but wrote %v", err, ents[0].Name())
		}
	})
}
