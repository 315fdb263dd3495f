package templates

import (
	"fmt"
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
	for b.Loop() {
		if _, err := Render(c, Options{Today: signing, Copy: "ru"}); err != nil {
			b.Fatal(err)
		}
	}
}
