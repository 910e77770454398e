package clusters

import (
	"os"
	"testing"
)

// BenchmarkOf looks up the words of a news sentence, and two prefixes of
// each, in the committed file.
func BenchmarkOf(b *testing.B) {
	f, err := os.Open(committed)
	if err != nil {
		b.Skip(err)
	}
	defer f.Close()
	c, err := Load(f)
	if err != nil {
		b.Fatal(err)
	}
	words := []string{"The", "rebels", "said", "on", "Monday", "they", "had", "taken", "Brega", "’s", "oil", "terminal", ",", "killing", "12", "soldiers", "."}
	size := 0
	for _, w := range words {
		size += len(w)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			k := c.Of(w)
			_, _ = c.Prefix(k, 4), c.Prefix(k, 6)
		}
	}
}
