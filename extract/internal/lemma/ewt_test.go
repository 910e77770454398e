package lemma_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/internal/lemma"
	"github.com/chronicle-kg/chronicle/extract/syntax"
	"github.com/chronicle-kg/chronicle/internal/corpus"
)

// TestEWTDev trains on EWT train and checks dev accuracy with gold tags.
func TestEWTDev(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the treebank in -short mode")
	}
	dir := corpus.Need(t, "corpora/ud-ewt")
	read := func(name string) []syntax.Sentence {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		ss, err := syntax.ReadCoNLLU(name, f)
		if err != nil {
			t.Fatal(err)
		}
		return ss
	}
	var exs []lemma.Example
	for _, s := range read("en_ewt-ud-train.conllu") {
		for _, w := range s.Words {
			exs = append(exs, lemma.Example{w.Form, w.UPOS, w.XPOS, w.Lemma})
		}
	}
	m := lemma.Train(exs)
	right, all := 0, 0
	for _, s := range read("en_ewt-ud-dev.conllu") {
		for _, w := range s.Words {
			all++
			if w.Lemma == "_" || m.Lemma(w.Form, w.UPOS, w.XPOS) == w.Lemma {
				right++
			}
		}
	}
	acc := float64(right) / float64(all)
	t.Logf("EWT dev lemma accuracy with gold tags: %.4f", acc)
	if acc < 0.97 {
		t.Errorf("dev lemma accuracy %.4f with gold tags, want at least 0.97", acc)
	}
}
