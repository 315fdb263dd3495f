package locales

import "testing"

// BenchmarkReadCatalogue measures what every command-line call and the first window
// wait for: reading one language's catalogues.
func BenchmarkReadCatalogue(b *testing.B) {
	for _, l := range All {
		b.Run(string(l), func(b *testing.B) {
			for b.Loop() {
				if _, err := readCatalogues(catalogFS, l); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkFirstMessages is a command-line call's translating: a fresh catalogue,
// then 60 distinct messages, each shown for the first time (deadlines prints ~60).
func BenchmarkFirstMessages(b *testing.B) {
	ids := MessageIDs()
	for _, l := range All {
		b.Run(string(l), func(b *testing.B) {
			for b.Loop() {
				c, err := readCatalogues(catalogFS, l)
				if err != nil {
					b.Fatal(err)
				}
				tr := &Translator{lang: l}
				tr.once.Do(func() { tr.cat = c })
				for i := 0; i < len(ids); i += len(ids) / 60 {
					tr.T(ids[i])
				}
			}
		})
	}
}

func BenchmarkToLatin(b *testing.B) {
	s := "РЕШЕЊЕ о престанку права на привремени боравак, Љубљана, Његош, Џеп — ђ ћ ч џ ш ж"
	for b.Loop() {
		ToLatin(s)
	}
}
