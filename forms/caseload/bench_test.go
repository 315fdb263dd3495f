package caseload

import (
	"math/rand"
	"path/filepath"
	"testing"

	"appealdesk/forms"
)

// store200 is a store of 200 generated cases.
func store200(b *testing.B) *forms.Store {
	b.Helper()
	s, err := forms.OpenStore(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewSource(200))
	for i := 0; i < 200; i++ {
		c := Generate(rng, day("2026-12-01"), i)
		e, _, err := s.Create(c.Title)
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Save(e.File, c); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

// BenchmarkReadCase is the list's one-pass reading of forms.Example's file, against
// BenchmarkLoadCase, forms.Load of the same file.
func BenchmarkReadCase(b *testing.B) {
	path := filepath.Join(b.TempDir(), "case.appeal")
	if err := forms.Save(path, forms.Example()); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu0 := processCPU()
	for b.Loop() {
		if _, err := readCase(path); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(processCPU()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
}

func BenchmarkLoadCase(b *testing.B) {
	path := filepath.Join(b.TempDir(), "case.appeal")
	if err := forms.Save(path, forms.Example()); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu0 := processCPU()
	for b.Loop() {
		if _, err := forms.Load(path); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(processCPU()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
}

// BenchmarkRead200Cold: the first reading of 200 cases (the home screen's first
// build): every file read, decoded and its deadlines computed.
func BenchmarkRead200Cold(b *testing.B) {
	s := store200(b)
	b.ReportAllocs()
	cpu0 := processCPU()
	for b.Loop() {
		if _, err := NewReader(s).Read(day("2026-12-01")); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(processCPU()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
}

// BenchmarkRead200Warm: every later reading (a rebuild) when nothing changed: one
// directory listing and 200 stat calls.
func BenchmarkRead200Warm(b *testing.B) {
	s := store200(b)
	r := NewReader(s)
	if _, err := r.Read(day("2026-12-01")); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu0 := processCPU()
	for b.Loop() {
		if _, err := r.Read(day("2026-12-01")); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(processCPU()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
}

// BenchmarkSortFilter200: re-sorting and filtering 200 summaries (a key typed in the
// filter, another order chosen).
func BenchmarkSortFilter200(b *testing.B) {
	s := store200(b)
	list, err := NewReader(s).Read(day("2026-12-01"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu0 := processCPU()
	for b.Loop() {
		l := Filter(list, "petrov", false, nil)
		Sort(l, ByUrgency)
	}
	b.ReportMetric(float64(processCPU()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
}
