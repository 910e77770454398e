package tagger_test

import (
	"bufio"
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/internal/clusters"
	"github.com/chronicle-kg/chronicle/extract/internal/tagger"
	"github.com/chronicle-kg/chronicle/extract/internal/wordclass"
	"github.com/chronicle-kg/chronicle/extract/syntax"
	"github.com/chronicle-kg/chronicle/internal/corpus"
)

// The tagger's full training and its scores are extract/syntax's: the
// tests here train on a slice of EWT, to check what the toy cannot.

// ewt returns the examples of an EWT split, skipping tb without it.
func ewt(tb testing.TB, split string) []tagger.Example {
	tb.Helper()
	path := filepath.Join(corpus.Need(tb, "corpora/ud-ewt"), "en_ewt-ud-"+split+".conllu")
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []tagger.Example
	err = syntax.ForEachCoNLLU(path, bufio.NewReader(f), func(s syntax.Sentence) error {
		var e tagger.Example
		for _, w := range s.Words {
			e.Forms, e.UPOS, e.XPOS = append(e.Forms, w.Form), append(e.UPOS, w.UPOS), append(e.XPOS, w.XPOS)
		}
		out = append(out, e)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// brown returns the Brown clusters of the module as word classes.
func brown(tb testing.TB) *wordclass.Classes {
	f, err := os.Open("../../syntax/model/" + syntax.ClustersFile)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	cl, err := clusters.Load(zr)
	if err != nil {
		tb.Fatal(err)
	}
	c, err := wordclass.FromPaths(cl.Paths(), []int{6, 10, 14, 16}, false)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// smallModel returns a model trained on 1,500 sentences of EWT train.
func smallModel(tb testing.TB) *tagger.Model {
	tb.Helper()
	train := ewt(tb, "train")
	smallOnce.Do(func() {
		smallM = tagger.Train(train[:1500], &tagger.Options{Epochs: 4, Folds: 2, Classes: []*wordclass.Classes{brown(tb)}})
	})
	return smallM
}

var (
	smallOnce sync.Once
	smallM    *tagger.Model
)

// TestNews tags a few sentences of news, most of them right.
func TestNews(t *testing.T) {
	m := smallModel(t)
	right, n := 0, 0
	for _, tc := range []struct{ text, upos string }{
		{"Egyptian security forces fired tear gas at protesters in Cairo on Tuesday .",
			"ADJ NOUN NOUN VERB NOUN NOUN ADP NOUN ADP PROPN ADP PROPN PUNCT"},
		{"The president said he would not resign .",
			"DET NOUN VERB PRON AUX PART VERB PUNCT"},
		{"On Monday , oil prices rose 3 percent to $ 95 a barrel .",
			"ADP PROPN PUNCT NOUN NOUN VERB NUM NOUN ADP SYM NUM DET NOUN PUNCT"},
		{"BP has been trying to stop the leak since April .",
			"PROPN AUX AUX VERB PART VERB DET NOUN ADP PROPN PUNCT"},
		{"Rebels seized the town , which government troops had shelled for weeks .",
			"NOUN VERB DET NOUN PUNCT PRON NOUN NOUN AUX VERB ADP NOUN PUNCT"},
	} {
		forms, want := strings.Fields(tc.text), strings.Fields(tc.upos)
		u, x := make([]string, len(forms)), make([]string, len(forms))
		m.Tag(forms, u, x)
		for i := range forms {
			n++
			if u[i] == want[i] {
				right++
				continue
			}
			t.Logf("%s: %s/%s, want %s", tc.text, forms[i], u[i], want[i])
		}
	}
	if acc := float64(right) / float64(n); acc < 0.9 {
		t.Errorf("%d of %d words right, want 90%%", right, n)
	}
}

// TestMemo checks that the memo's scores are those of the features it
// stands for: tags with and without it are the same.
func TestMemo(t *testing.T) {
	m := smallModel(t)
	plain := m.WithoutMemo()
	for _, e := range ewt(t, "dev")[:300] {
		u1, x1 := make([]string, len(e.Forms)), make([]string, len(e.Forms))
		u2, x2 := make([]string, len(e.Forms)), make([]string, len(e.Forms))
		m.Tag(e.Forms, u1, x1)
		plain.Tag(e.Forms, u2, x2)
		if !slices.Equal(x1, x2) {
			t.Fatalf("%s: with the memo %v, without %v", strings.Join(e.Forms, " "), x1, x2)
		}
	}
}

// TestTagAllocs checks that tagging allocates nothing once warm.
func TestTagAllocs(t *testing.T) {
	if tagger.RaceEnabled {
		t.Skip("SKIPPED TestTagAllocs: under the race detector sync.Pool drops what it is given")
	}
	m := smallModel(t)
	forms := strings.Fields("The UN Security Council met on Friday to discuss the Israeli-Palestinian talks at 10:30 a.m.")
	u, x := make([]string, len(forms)), make([]string, len(forms))
	m.Tag(forms, u, x)
	if n := testing.AllocsPerRun(20, func() { m.Tag(forms, u, x) }); n > 0 {
		t.Errorf("%.1f allocations a sentence", n)
	}
}
