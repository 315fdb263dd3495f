package lawyerpack

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"testing"

	"appealdesk/forms"
	"appealdesk/forms/evidence"
)

// age streams in 64 KiB chunks, each authenticated, the last one marked. A one-chunk
// package cannot show what a cut at a chunk boundary or bytes after a full last
// chunk do: these tests use packages of many chunks.

const encChunk = 64<<10 + 16

// payloadStart is where the first chunk begins: after the header's "---" line and
// the 16-byte nonce.
func payloadStart(t *testing.T, pkg []byte) int {
	i := bytes.Index(pkg, []byte("\n--- "))
	if i < 0 {
		t.Fatal("no header end")
	}
	j := bytes.IndexByte(pkg[i+1:], '\n')
	return i + 1 + j + 1 + 16
}

func manyChunkPackage(t *testing.T) []byte {
	t.Helper()
	dir := t.TempDir()
	p := filepath.Join(dir, "scan.pdf")
	data := make([]byte, 5*64<<10+777)
	rand.New(rand.NewSource(1)).Read(data)
	os.WriteFile(p, data, 0o600)
	c := forms.New("many chunks")
	c.Evidence = []forms.EvidenceItem{{Title: "scan"}}
	if err := evidence.Attach(context.Background(), &c.Evidence[0], p, nil); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "m"+Extension)
	if _, err := Export(context.Background(), c, filepath.Join(dir, "m.appeal"), nil, out, pass, workFactor(2)); err != nil {
		t.Fatal(err)
	}
	pkg, _ := os.ReadFile(out)
	return pkg
}

func TestManyChunkTruncationIsRefused(t *testing.T) {
	pkg := manyChunkPackage(t)
	start := payloadStart(t, pkg)
	chunks := (len(pkg) - start + encChunk - 1) / encChunk
	if chunks < 5 {
		t.Fatalf("only %d chunks", chunks)
	}
	cuts := map[int]bool{}
	for k := 0; k <= chunks; k++ {
		for _, d := range []int{-17, -16, -1, 0, 1, 16, 17} {
			if n := start + k*encChunk + d; n > 0 && n < len(pkg) {
				cuts[n] = true
			}
		}
	}
	rng := rand.New(rand.NewSource(3))
	for len(cuts) < 7*(chunks+1)+100 {
		cuts[1+rng.Intn(len(pkg)-1)] = true
	}
	dir := t.TempDir()
	parent := filepath.Join(dir, "p")
	os.Mkdir(parent, 0o700)
	bad := filepath.Join(dir, "cut")
	for n := range cuts {
		os.WriteFile(bad, pkg[:n], 0o600)
		_, err := Import(context.Background(), bad, filepath.Join(parent, "out"), pass)
		if !errors.Is(err, ErrDamaged) && !errors.Is(err, ErrNotPackage) && !errors.Is(err, ErrWrongPassphrase) {
			t.Fatalf("cut at %d of %d (%d chunks): %v", n, len(pkg), chunks, err)
		}
		if n >= start && !errors.Is(err, ErrDamaged) {
			t.Errorf("cut at %d in the payload: want damaged, got %v", n, err)
		}
		if l := listing(t, parent); len(l) > 0 {
			t.Fatalf("cut at %d: wrote %v", n, l)
		}
	}
	t.Logf("%d cuts of a %d-chunk package refused", len(cuts), chunks)
}

// TestBytesAfterAFullLastChunkAreRefused: a package whose last chunk is full (its
// plaintext a multiple of 64 KiB), with bytes added after it. archive/tar stops at
// its trailer, inside that last chunk; only reading the age stream to its end finds
// the bytes. Without that read the package is accepted.
func TestBytesAfterAFullLastChunkAreRefused(t *testing.T) {
	build := func(fill int) []byte {
		doc := bytes.Repeat([]byte{'x'}, fill)
		sum := sha256.Sum256(doc)
		files := []FileEntry{{Name: "documents/pad.pdf", Kind: "document", Size: int64(fill), SHA256: hex.EncodeToString(sum[:])}}
		mk, _ := json.Marshal(marker{Format: FormatName, Version: FormatVersion, Files: []declared{{"documents/pad.pdf", int64(fill)}}})
		return tarOf(t, []entry{{name: markerName, data: mk}, {name: "documents/pad.pdf", data: doc}, manifestEntry(t, "x.appeal", forms.New("x"), files)})
	}
	const target = 3 * 64 << 10
	fill := target - len(build(0))
	plain := build(fill)
	if len(plain) != target {
		t.Fatalf("plaintext %d, want %d", len(plain), target)
	}
	pkg := encrypt(t, plain)
	if err := importCrafted(t, pkg); err != nil {
		t.Fatalf("the package itself: %v", err)
	}
	for _, extra := range [][]byte{{0}, []byte("appended"), bytes.Repeat([]byte{1}, encChunk)} {
		err := importCrafted(t, append(append([]byte{}, pkg...), extra...))
		wantRefused(t, err, ErrDamaged, "")
	}
}
