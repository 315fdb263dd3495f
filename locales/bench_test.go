package locales

import "testing"

// BenchmarkBuildBundle measures what the first window waits for: parsing the English
// catalogues and those of one language (Serbian Latin also transliterates).
func BenchmarkBuildBundle(b *testing.B) {
	for _, l := range All {
		b.Run(string(l), func(b *testing.B) {
			for b.Loop() {
				if _, err := buildBundle(catalogFS, l); err != nil {
					b.Fatal(err)
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
