package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/syntax"
)

// TestDeterministic trains twice on a small treebank and checks that the
// two runs write the same bytes, and that what they write loads.
func TestDeterministic(t *testing.T) {
	train := "../../syntax/testdata/news.conllu"
	var outs []string
	for range 2 {
		out := t.TempDir()
		err := run(config{
			train: train, dev: train, clusters: "../../syntax/model/" + syntax.ClustersFile, out: out,
			epochs: 2, tagEpochs: 2, folds: 3, seed: 1, log: t.Logf,
		})
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, out)
	}
	for _, name := range []string{syntax.TaggerFile, syntax.LemmaFile, syntax.ParserFile, syntax.ClustersFile} {
		a, err := os.ReadFile(filepath.Join(outs[0], name))
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(outs[1], name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two runs wrote different bytes", name)
		}
	}
	if _, err := syntax.LoadAnalyzer(os.DirFS(outs[0])); err != nil {
		t.Errorf("the models written do not load: %v", err)
	}
}
