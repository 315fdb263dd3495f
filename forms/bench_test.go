package forms

import (
	"path/filepath"
	"testing"
)

// BenchmarkSave: one atomic save of the example case (marshal, temp file, fsync,
// rename, fsync of the directory). Target < 5 ms.
func BenchmarkSave(b *testing.B) {
	path := filepath.Join(b.TempDir(), "bench.appeal")
	c := Example()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if err := Save(path, c); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarshal(b *testing.B) {
	c := Example()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Marshal(c); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	path := filepath.Join(b.TempDir(), "bench.appeal")
	if err := Save(path, Example()); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Load(path); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkClone is what the UI goroutine pays per keystroke for autosave.
func BenchmarkClone(b *testing.B) {
	c := Example()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = c.Clone()
	}
}

// BenchmarkOutline is what the outline costs per redraw (it validates everything).
func BenchmarkOutline(b *testing.B) {
	c := Example()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Outline(c, testToday)
	}
}
