package ud

import (
	"path/filepath"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/syntax"
	"github.com/chronicle-kg/chronicle/internal/corpus"
)

// TestCorpus scores the EWT dev file against itself, which must be right
// in every measure, and evaluates Analyze on it, which must score every
// sentence: the figures are Analyze's business, not the scorer's.
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

	a, err := EvalFile(dev, syntax.Analyze)
	if err != nil {
		t.Fatal(err)
	}
	if a.Sentences != r.Sentences || a.Words != r.Words {
		t.Errorf("Analyze scored on %d sentences, %d words; want %d, %d", a.Sentences, a.Words, r.Sentences, r.Words)
	}
	t.Logf("Analyze on %s: %+v", filepath.Base(dev), a.Scores())
}
