package ud

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/syntax"
	"github.com/chronicle-kg/chronicle/internal/corpus"
)

// TestCorpus scores the EWT dev file against itself, which must be right
// in every measure.
func TestCorpus(t *testing.T) {
	dev := filepath.Join(corpus.Need(t, "corpora/ud-ewt"), "en_ewt-ud-dev.conllu")
	gold := read(t, dev)
	r, err := Score(dev, gold, gold)
	if err != nil {
		t.Fatal(err)
	}
	if r.Sentences != 2001 || r.Words != 25147 {
		t.Errorf("%d sentences, %d words; want 2001 and 25147", r.Sentences, r.Words)
	}
	if s := r.Scores(); s != (Scores{1, 1, 1, 1, 1}) {
		t.Errorf("gold against itself scores %+v, want 1 in each", s)
	}
}

// TestREADMEScores scores the embedded models on the EWT dev split and
// checks each figure against the README's row "| EWT dev |": within half
// a point, so that the README cannot go stale when the models change.
func TestREADMEScores(t *testing.T) {
	dev := filepath.Join(corpus.Need(t, "corpora/ud-ewt"), "en_ewt-ud-dev.conllu")
	want := readmeRow(t, "../../../README.md", "EWT dev")
	r, err := EvalFile(dev, syntax.Analyze)
	if err != nil {
		t.Fatal(err)
	}
	if r.Sentences != 2001 || r.Words != 25147 {
		t.Errorf("Analyze scored on %d sentences, %d words; want 2001 and 25147", r.Sentences, r.Words)
	}
	s := r.Scores()
	got := []float64{s.UPOS, s.XPOS, s.Lemmas, s.UAS, s.LAS}
	for i, name := range []string{"UPOS", "XPOS", "lemmas", "UAS", "LAS"} {
		if d := 100*got[i] - want[i]; d > 0.5 || d < -0.5 {
			t.Errorf("%s on EWT dev: %.2f, the README says %.2f", name, 100*got[i], want[i])
		}
	}
}

// readmeRow returns the five figures, in percent, of the table row of
// the README at path whose first cell is name.
func readmeRow(t *testing.T, path, name string) []float64 {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		cells := strings.Split(strings.Trim(line, "| "), "|")
		if len(cells) != 6 || strings.TrimSpace(cells[0]) != name {
			continue
		}
		var out []float64
		for _, c := range cells[1:] {
			v, err := strconv.ParseFloat(strings.Trim(strings.TrimSpace(c), "*"), 64)
			if err != nil {
				t.Fatalf("%s: row %q: %v", path, line, err)
			}
			out = append(out, v)
		}
		return out
	}
	t.Fatalf("%s has no row %q with five figures", path, name)
	return nil
}
