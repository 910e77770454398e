package main

import (
	"bufio"
	"compress/gzip"
	"os"
	"slices"
	"strings"
	"testing"

	shared "github.com/chronicle-kg/chronicle/internal/corpus"
)

// TestCommittedVocabulary reads the corpora as clustertrain does with its
// default flags and checks that the committed file has a line for each
// word kept and no other: the file was made from these corpora with the
// keying and the rules of today. (Clustering them again takes minutes;
// run the command and compare for that.)
func TestCommittedVocabulary(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: not reading Timeline17 and the treebank")
	}
	t17 := shared.Need(t, "corpora/t17")
	ewt := shared.Need(t, "corpora/ud-ewt/en_ewt-ud-train.conllu")
	o, err := parseFlags(nil, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	c := newCorpus()
	if _, err := c.readT17(t17); err != nil {
		t.Fatal(err)
	}
	if _, err := c.readCoNLLU(ewt); err != nil {
		t.Fatal(err)
	}
	want := slices.Clone(newVocab(c, o.keys).words)
	slices.Sort(want)

	f, err := os.Open("../../syntax/model/clusters.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		if w, _, ok := strings.Cut(sc.Text(), "\t"); ok {
			got = append(got, w)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		t.Errorf("the committed file has %d words, the corpora give %d: regenerate it (see the command's doc)", len(got), len(want))
	}
}
