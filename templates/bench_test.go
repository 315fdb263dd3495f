package templates

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"appealdesk/forms"
)

// BenchmarkAppealAndIndex renders the example case's appeal and evidence index
// (target < 100 ms together).
func BenchmarkAppealAndIndex(b *testing.B) {
	c := testCase()
	r, err := newRenderer(c, Options{Today: signing})
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for b.Loop() {
		a, err := r.render(KindAppeal, "sr", FileAppeal, r.appeal)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := r.render(KindEvidenceIndex, "sr", FileEvidenceIndex, r.index); err != nil {
			b.Fatal(err)
		}
		size = len(a.PDF)
	}
	b.ReportMetric(float64(size), "appeal-bytes")
}

// BenchmarkIndex200 renders an evidence index of 200 items (target < 300 ms).
func BenchmarkIndex200(b *testing.B) {
	c := testCase()
	c.Evidence = nil
	for i := 1; i <= 200; i++ {
		c.Evidence = append(c.Evidence, forms.EvidenceItem{Title: fmt.Sprintf("Исправа број %d са нешто дужим описом", i),
			Date: "2025-01-02", Pages: 2, Language: "ru", Translation: "needed", Supports: []string{forms.ArgFamily, forms.ArgLengthOfStay},
			File: &forms.File{Name: fmt.Sprintf("dokaz-%d.pdf", i), SHA256: fmt.Sprintf("%064x", i)}})
	}
	r, err := newRenderer(c, Options{Today: signing})
	if err != nil {
		b.Fatal(err)
	}
	pages := 0
	for b.Loop() {
		d, err := r.render(KindEvidenceIndex, "sr", FileEvidenceIndex, r.index)
		if err != nil {
			b.Fatal(err)
		}
		pages = len(d.PDF)
	}
	b.ReportMetric(float64(pages), "bytes")
}

// BenchmarkRenderAll renders every document of the example case with a Russian copy.
func BenchmarkRenderAll(b *testing.B) {
	c := testCase()
	start := cpuTime()
	for b.Loop() {
		if _, err := Render(c, Options{Today: signing, Copy: "ru"}); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}

// BenchmarkDOCXAll renders every document of the example case with a Russian copy
// as PDF and DOCX (the DOCX adds little: it writes the same model as XML).
func BenchmarkDOCXAll(b *testing.B) {
	c := testCase()
	size := 0
	start := cpuTime()
	for b.Loop() {
		docs, err := Render(c, Options{Today: signing, Copy: "ru", Formats: []Format{FormatPDF, FormatDOCX}})
		if err != nil {
			b.Fatal(err)
		}
		size = 0
		for _, d := range docs {
			size += len(d.DOCX)
		}
	}
	b.ReportMetric(float64(size), "docx-bytes")
	reportCPU(b, start)
}

// BenchmarkDOCXOnly writes the DOCX of every document from models already built.
func BenchmarkDOCXOnly(b *testing.B) {
	docs, err := Render(testCase(), Options{Today: signing, Copy: "ru"})
	if err != nil {
		b.Fatal(err)
	}
	start := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			if _, err := docxBytes(d.model); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportCPU(b, start)
}

func benchBundle(b *testing.B, n int) {
	dir := b.TempDir()
	c := testCase()
	multi := render(b, testCase(), Options{Today: signing})["zalba.pdf"].PDF
	photo := jpegWithOrientation(b, 2000, 1500, 1)
	c.Evidence = nil
	for i := 0; i < n; i++ {
		name, data := fmt.Sprintf("dokaz-%03d.pdf", i), multi
		if i%3 == 1 {
			name, data = fmt.Sprintf("foto-%03d.jpg", i), photo
		}
		os.WriteFile(filepath.Join(dir, name), data, 0o600)
		sum := sha256.Sum256(data)
		c.Evidence = append(c.Evidence, forms.EvidenceItem{Title: "Доказ " + name, Pages: 1, Language: "sr",
			File: &forms.File{Name: name, Path: name, Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:])}})
	}
	var peak uint64
	pages, size := 0, 0
	start := cpuTime()
	for b.Loop() {
		var out bytes.Buffer
		var res BundleResult
		var err error
		p := peakHeap(func() {
			res, err = WriteBundle(context.Background(), &out, c, Options{Today: signing}, BundleOptions{CaseDir: dir})
		})
		if err != nil || len(res.Problems) > 0 {
			b.Fatal(err, res.Problems)
		}
		peak = max(peak, p)
		pages, size = res.Pages, out.Len()
	}
	b.ReportMetric(float64(pages), "pages")
	b.ReportMetric(float64(size)/(1<<20), "MB")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
	reportCPU(b, start)
}

// BenchmarkBundle10 and BenchmarkBundle100: the filing bundle with 10 and 100
// exhibits (two thirds five-page PDFs, one third 2000 × 1500 photos), written to
// memory; peak-heap-MB includes the bundle held in memory (in the app it goes to a file).
func BenchmarkBundle10(b *testing.B)  { benchBundle(b, 10) }
func BenchmarkBundle100(b *testing.B) { benchBundle(b, 100) }
