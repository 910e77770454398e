package timeml

import (
	"path/filepath"
	"testing"

	"github.com/chronicle-kg/chronicle/internal/corpus"
)

// tbaq is TimeBank and AQUAINT as TempEval-3 distributes them (TBAQ),
// kept in ../shared rather than in the repository.
const tbaq = "corpora/tbaq"

// corpusDirs returns the corpus's directories, skipping the test when
// they are not there or -short is set.
func corpusDirs(tb testing.TB) []string {
	tb.Helper()
	if testing.Short() {
		tb.Skip("-short: not reading the TimeML corpus")
	}
	dir := corpus.Need(tb, tbaq)
	return []string{filepath.Join(dir, "TimeBank"), filepath.Join(dir, "AQUAINT")}
}

// TestCorpus reads every document of the corpus and checks the offsets of
// its gold expressions, and that writing the gold expressions back gives
// the same document.
func TestCorpus(t *testing.T) {
	docs, gold := 0, 0
	for _, dir := range corpusDirs(t) {
		paths, err := Files(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range paths {
			d, err := ReadFile(path)
			if err != nil {
				t.Error(err)
				continue
			}
			if d.DCT.IsZero() {
				t.Errorf("%s: no creation time", path)
			}
			checkOffsets(t, d)
			roundTrip(t, d, d.Timex)
			docs++
			gold += len(d.Timex)
		}
	}
	if docs != 256 {
		t.Errorf("read %d documents, want TimeBank's 183 and AQUAINT's 73", docs)
	}
	t.Logf("%d documents, %d gold expressions", docs, gold)
}
