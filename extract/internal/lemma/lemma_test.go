package lemma

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/syntax"
	"github.com/chronicle-kg/chronicle/internal/corpus"
)

func toy() []Example {
	return []Example{
		{"met", "VERB", "VBD", "meet"}, {"troops", "NOUN", "NNS", "troop"}, {"armies", "NOUN", "NNS", "army"},
		{"cities", "NOUN", "NNS", "city"}, {"talks", "NOUN", "NNS", "talk"}, {"walked", "VERB", "VBD", "walk"},
		{"Russia", "PROPN", "NNP", "Russia"}, {"The", "DET", "DT", "the"}, {"was", "AUX", "VBD", "be"},
	}
}

func TestLemma(t *testing.T) {
	m := Train(toy())
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(&b)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ form, upos, xpos, want string }{
		{"met", "VERB", "VBD", "meet"},      // known
		{"Met", "VERB", "VBD", "meet"},      // known, any case
		{"ladies", "NOUN", "NNS", "lady"},   // rule -ies → -y
		{"tanks", "NOUN", "NNS", "tank"},    // rule -s
		{"jumped", "VERB", "VBD", "jump"},   // rule -ed
		{"Kyiv", "PROPN", "NNP", "Kyiv"},    // proper nouns keep their form
		{"Quickly", "ADV", "RB", "quickly"}, // no rule: lower case
		{"WAS", "AUX", "VBD", "be"},
	} {
		for _, mm := range []*Model{m, m2} {
			if got := mm.Lemma(tc.form, tc.upos, tc.xpos); got != tc.want {
				t.Errorf("Lemma(%q, %s) = %q, want %q", tc.form, tc.xpos, got, tc.want)
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	Train(toy()).WriteTo(&a)
	Train(toy()).WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings wrote different models")
	}
}

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
	var exs []Example
	for _, s := range read("en_ewt-ud-train.conllu") {
		for _, w := range s.Words {
			exs = append(exs, Example{w.Form, w.UPOS, w.XPOS, w.Lemma})
		}
	}
	m := Train(exs)
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
