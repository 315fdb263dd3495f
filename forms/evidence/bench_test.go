package evidence

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkSumFile hashes a 256 MiB file (in the page cache after the first
// round) with several read sizes; docs/BENCHMARKS.md compares it with sha256sum.
func BenchmarkSumFile(b *testing.B) {
	p := filepath.Join(b.TempDir(), "bench.bin")
	const size = 256 << 20
	if err := os.WriteFile(p, pattern(size), 0o600); err != nil {
		b.Fatal(err)
	}
	for _, buf := range []int{32 << 10, 64 << 10, 128 << 10, 256 << 10, 1 << 20, 4 << 20} {
		b.Run(fmt.Sprintf("buf=%dKiB", buf>>10), func(b *testing.B) {
			b.SetBytes(size)
			for i := 0; i < b.N; i++ {
				f, err := os.Open(p)
				if err != nil {
					b.Fatal(err)
				}
				if _, n, err := sumBuf(context.Background(), f, size, nil, buf); err != nil || n != size {
					b.Fatal(n, err)
				}
				f.Close()
			}
		})
	}
}

// BenchmarkPDFPages counts the pages of a 200-page PDF written by gofpdf.
func BenchmarkPDFPages(b *testing.B) {
	data := gofpdfPages(b, 200, true)
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		if n := PDFPages(data); n != 200 {
			b.Fatal(n)
		}
	}
}
