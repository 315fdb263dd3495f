package templates

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"appealdesk/forms"
	"appealdesk/templates/internal/pdf"
)

// bigExhibit writes a one-page PDF holding an incompressible image of about size
// bytes (a scan, as far as the bundle can tell).
func bigExhibit(t testing.TB, path string, size int, seed uint64) forms.EvidenceItem {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	w := io.MultiWriter(f, h)
	doc := pdf.New(w, pdf.Meta{Title: "scan"})
	side := 1
	for 3*side*side < size {
		side++
	}
	pix := make([]byte, 3*side*side)
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b9))
	for i := 0; i+8 <= len(pix); i += 8 {
		v := r.Uint64()
		for k := 0; k < 8; k++ {
			pix[i+k] = byte(v >> (8 * k))
		}
	}
	img := doc.Alloc()
	doc.WriteStream(img, fmt.Sprintf("/Type/XObject/Subtype/Image/Width %d/Height %d/ColorSpace/DeviceRGB/BitsPerComponent 8", side, side), pix, false)
	pix = nil
	content := doc.Alloc()
	doc.WriteStream(content, "", []byte("q 500 0 0 500 47 171 cm /Scan Do Q"), false)
	page := doc.Alloc()
	doc.WriteObject(page, []byte(fmt.Sprintf("<</Type/Page/Parent %s/MediaBox[0 0 595 842]/Contents %s/Resources<</XObject<</Scan %s>>>>>>", doc.PagesRef(), content, img)))
	doc.AddRawPage(page, 842)
	if err := doc.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	st, _ := os.Stat(path)
	return forms.EvidenceItem{Title: "Скенирана исправа " + filepath.Base(path), Pages: 1, Language: "sr",
		File: &forms.File{Name: filepath.Base(path), Path: filepath.Base(path), Size: st.Size(), SHA256: hex.EncodeToString(h.Sum(nil))}}
}

// peakHeap samples the heap while fn runs and returns the highest value seen.
func peakHeap(fn func()) uint64 {
	runtime.GC()
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	fn()
	close(stop)
	<-done
	return peak.Load()
}

// TestBundleMemoryBounded: the bundle is streamed — with twelve 8 MB exhibits (96 MB)
// the heap stays within a few times one exhibit, far below their sum (each exhibit
// is read, copied to the output and released before the next).
func TestBundleMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 96 MB of exhibits")
	}
	dir := t.TempDir()
	c := testCase()
	c.Evidence = nil
	const each = 8 << 20
	for i := 0; i < 12; i++ {
		c.Evidence = append(c.Evidence, bigExhibit(t, filepath.Join(dir, fmt.Sprintf("scan-%02d.pdf", i)), each, uint64(i)))
	}
	out, err := os.Create(filepath.Join(dir, "bundle.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	var res BundleResult
	peak := peakHeap(func() {
		res, err = WriteBundle(context.Background(), out, c, Options{Today: signing}, BundleOptions{CaseDir: dir})
	})
	if err != nil || len(res.Problems) > 0 {
		t.Fatalf("bundle: %v %v", err, res.Problems)
	}
	st, _ := out.Stat()
	t.Logf("12 × 8 MB exhibits: bundle %d MB, peak heap %d MB", st.Size()>>20, peak>>20)
	if peak > 5*each+40<<20 {
		t.Errorf("peak heap %d MB for 8 MB exhibits: the bundle is not streamed", peak>>20)
	}
}

// TestBundleMemory500MB measures the bundle with 500 MB of exhibits (50 × 10 MB) and
// prints the peak heap and resident memory; run with APPEALDESK_BUNDLE_500MB=1
// (docs/BENCHMARKS.md).
func TestBundleMemory500MB(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("APPEALDESK_BUNDLE_500MB"))
	if n == 0 {
		t.Skip("set APPEALDESK_BUNDLE_500MB=1 to write 500 MB of exhibits")
	}
	dir := t.TempDir()
	c := testCase()
	c.Evidence = nil
	for i := 0; i < 50; i++ {
		c.Evidence = append(c.Evidence, bigExhibit(t, filepath.Join(dir, fmt.Sprintf("scan-%02d.pdf", i)), 10<<20, uint64(i)))
	}
	out, _ := os.Create(filepath.Join(dir, "bundle.pdf"))
	defer out.Close()
	start := time.Now()
	var err error
	peak := peakHeap(func() {
		_, err = WriteBundle(context.Background(), out, c, Options{Today: signing}, BundleOptions{CaseDir: dir})
	})
	if err != nil {
		t.Fatal(err)
	}
	st, _ := out.Stat()
	status, _ := os.ReadFile("/proc/self/status")
	hwm := ""
	for _, l := range bytes.Split(status, []byte("\n")) {
		if bytes.HasPrefix(l, []byte("VmHWM")) {
			hwm = string(l)
		}
	}
	t.Logf("50 × 10 MB exhibits: bundle %d MB in %v, peak heap %d MB, %s", st.Size()>>20, time.Since(start).Round(time.Millisecond), peak>>20, hwm)
}
