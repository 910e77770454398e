// Command syntaxtrain trains the models of package extract/syntax — the
// part-of-speech tagger, the lemmatiser and the dependency parser — from
// the train split of the Universal Dependencies English Web Treebank, and
// writes them where extract/syntax embeds them. Run it from the module
// root, with ../shared beside it:
//
//	go run ./extract/internal/syntaxtrain
//	go generate ./extract/syntax
//
// the second line making the compact forms of the clusters and the
// lemmatiser that the program embeds (TestCompactModels fails until it
// is run). It is deterministic: the same treebank, clusters and flags write the
// same bytes. It reports the models' scores on the dev split as it goes;
// the test split is for the final figure only (chronicle eval ud).
//
// The parser learns from the tags the tagger gives the train split: each
// fold of the train split is tagged by a tagger trained on the others
// (jackknifing), so that the parser meets tags as good as the tagger makes
// of new text. It learns from the gold tags too, each sentence a second
// time.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

func main() {
	ewt := flag.String("ewt", "../shared/corpora/ud-ewt", "folder of the UD English Web Treebank's CoNLL-U files")
	out := flag.String("out", "extract/syntax/model", "folder to write the models to")
	clusterFile := flag.String("clusters", "extract/syntax/model/clusters.txt.gz", "word clusters, gzip-compressed (extract/internal/clustertrain)")
	epochs := flag.Int("epochs", 16, "parser training passes")
	tagEpochs := flag.Int("tag-epochs", 10, "tagger training passes")
	folds := flag.Int("folds", 5, "folds of the train split tagged for the parser's training")
	seed := flag.Uint64("seed", 2, "the parser's seed: the order of its training sentences and its explorations")
	flag.Parse()
	cfg := config{
		train:     filepath.Join(*ewt, "en_ewt-ud-train.conllu"),
		dev:       filepath.Join(*ewt, "en_ewt-ud-dev.conllu"),
		clusters:  *clusterFile,
		out:       *out,
		epochs:    *epochs,
		tagEpochs: *tagEpochs,
		folds:     *folds,
		seed:      *seed,
		log: func(format string, args ...any) {
			fmt.Fprintf(os.Stderr, "%s "+format+"\n", append([]any{time.Now().Format("15:04:05")}, args...)...)
		},
	}
	if err := run(cfg); err != nil {
		fmt.Fprintln(os.Stderr, "syntaxtrain:", err)
		os.Exit(1)
	}
}
