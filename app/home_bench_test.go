package app

import (
	"math/rand"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"appealdesk/forms/caseload"
)

// benchHome is a 1024×600 window whose store holds n generated cases.
func benchHome(b *testing.B, n int) *UI {
	b.Helper()
	fa := test.NewTempApp(b)
	u := New(fa, Options{PlatformLocale: "ru", CasesDir: b.TempDir()})
	u.Window().Resize(fyne.NewSize(1024, 600))
	u.homeState().now = func() time.Time { return fixedDay }
	s, err := u.caseStore()
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewSource(200))
	for i := 0; i < n; i++ {
		c := caseload.Generate(rng, fixedDay, i)
		e, _, err := s.Create(c.Title)
		if err == nil {
			err = s.Save(e.File, c)
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	return u
}

// BenchmarkHomeScreen200 opens the home screen with 200 cases (Russian, 1024×600):
// reading the summaries, building the screen and laying it out, which makes the
// rows in view. cold: the first opening (every file read); warm: coming back from
// a case or switching the language (files unchanged, only listed and stat'ed).
func BenchmarkHomeScreen200(b *testing.B) {
	for _, mode := range []string{"cold", "warm"} {
		b.Run(mode, func(b *testing.B) {
			u := benchHome(b, 200)
			u.showHome()
			b.ReportAllocs()
			cpu0 := processCPU()
			for b.Loop() {
				if mode == "cold" {
					u.home.reader = nil
				}
				u.showHome()
			}
			b.ReportMetric(float64(processCPU()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
			if len(u.home.list.rows) != 200 {
				b.Fatalf("%d rows", len(u.home.list.rows))
			}
		})
	}
}

// BenchmarkCaseloadFilter: one key typed in the filter with 200 cases (filter,
// order and refresh of the rows in view; no file is read).
func BenchmarkCaseloadFilter(b *testing.B) {
	u := benchHome(b, 200)
	u.showHome()
	h := u.home
	b.ReportAllocs()
	q := []string{"p", "pe", "pet", ""}
	i := 0
	cpu0 := processCPU()
	for b.Loop() {
		h.filter = q[i%len(q)]
		i++
		u.applyCaseload()
	}
	b.ReportMetric(float64(processCPU()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
}
