// Command clustertrain learns the word clusters of Chronicle's tagger and
// parser: Brown clusters (Brown et al. 1992), with the window of c
// clusters of Liang (2005), of the words of Timeline17's news articles and
// of the forms of the UD English Web Treebank's training file. It writes
// the file that package extract/internal/clusters loads: a word, a tab and
// its cluster's bit path a line, sorted by word.
//
// Run from the module root:
//
//	go run ./extract/internal/clustertrain -out extract/syntax/model/clusters.txt.gz
//
// It takes about four minutes on this project's two cores (a second
// worker saved little there), and makes the same file, byte for byte,
// from the same corpora and flags, with any number of workers, on amd64.
// Another architecture may round a logarithm, or a multiply-add, in its
// last bit otherwise, and a near tie between two merges may then go the
// other way.
//
// Flags:
//
//	-t17 dir       Timeline17 (default ../shared/corpora/t17), its */articles.json
//	-ewt file      the treebank's training file (default ../shared/corpora/ud-ewt/en_ewt-ud-train.conllu)
//	-out file      where to write the clusters ("-", the default, for standard output),
//	               gzip-compressed if the name ends in .gz
//	-c n           clusters, the leaves of the tree (default 512)
//	-min n         a word seen fewer times is left out (default 3)
//	-ratio r       how near in frequency a capitalised form and its lower case
//	               must be to stay two words (default 0.1; see casedForms)
//	-workers n     goroutines (default GOMAXPROCS)
//	-v             report progress on standard error
//	-cpuprofile f  write a CPU profile to f
//
// # Tokens and keys
//
// Timeline17's text comes tokenised in the manner of the Penn Treebank
// ("the U.S. 's", "do n't", -LRB- for a bracket, two backquotes for an
// opening quote); it is made raw again and split by extract/text, as the
// tagger will split news. The treebank's forms are taken as they are, so
// both kinds of token have clusters ("don't" and "n't").
//
// Each token is keyed as package clusters keys it: quotes, dashes and
// digits folded, then lower-cased unless it is one of the capitalised
// forms that are another word or a name's part ("May", "US", "Agency";
// see casedForms). Lower case serves a tagger of news better than keeping
// every capital: five million tokens are few, and a word's counts at the
// start of a sentence, in a headline and inside a sentence pool into one
// context distribution ("The" and "the" would otherwise be clustered
// apart, and a sentence's first word would get the cluster of its
// capitalised twin); the tagger sees capitals through its shape features.
// The forms whose capitals change the word keep them, so the month is not
// clustered with the modal.
//
// # Why Brown clustering
//
// The tree gives features at several grains from one run (prefixes of 4,
// 6, 10 bits and the whole path), which flat exchange classes give only
// from runs at several sizes. With c = 512 it runs in four minutes here:
// each step computes the losses of merging the new word, or the merged
// cluster, with each other cluster from scratch, O(c) each, and updates
// the other losses in constant time each (Liang 2005).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	switch {
	case errors.Is(err, errUsage):
		os.Exit(2)
	case err != nil:
		fmt.Fprintln(os.Stderr, "clustertrain:", err)
		os.Exit(1)
	}
}

// errUsage is returned for bad flags, already reported.
var errUsage = errors.New("usage")

// options are the command's flags.
type options struct {
	t17, ewt, out string
	clusters      int
	keys          keyOptions
	workers       int
	verbose       bool
	cpuprofile    string
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("clustertrain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.t17, "t17", "../shared/corpora/t17", "Timeline17 `dir`")
	fs.StringVar(&o.ewt, "ewt", "../shared/corpora/ud-ewt/en_ewt-ud-train.conllu", "UD EWT training `file` (CoNLL-U); empty for none")
	fs.StringVar(&o.out, "out", "-", "output `file`, - for standard output")
	fs.IntVar(&o.clusters, "c", 512, "clusters")
	fs.IntVar(&o.keys.MinCount, "min", 3, "least count of a word kept")
	fs.Float64Var(&o.keys.MinRatio, "ratio", 0.1, "least frequency ratio of a capitalised form and its lower case kept apart")
	fs.IntVar(&o.workers, "workers", runtime.GOMAXPROCS(0), "goroutines")
	fs.BoolVar(&o.verbose, "v", false, "report progress on standard error")
	fs.StringVar(&o.cpuprofile, "cpuprofile", "", "write a CPU profile to `file`")
	if err := fs.Parse(args); err != nil {
		return o, errUsage
	}
	if fs.NArg() > 0 || o.clusters < 1 || o.keys.MinCount < 1 || o.workers < 1 {
		fmt.Fprintln(stderr, "clustertrain: want -c, -min and -workers of at least 1, and no arguments")
		fs.Usage()
		return o, errUsage
	}
	return o, nil
}

// run reads the corpora, clusters and writes the file, with a summary on
// stderr.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	o, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	if o.cpuprofile != "" {
		f, err := os.Create(o.cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	start := time.Now()
	c := newCorpus()
	articles, err := c.readT17(o.t17)
	if err != nil {
		return err
	}
	sentences := 0
	if o.ewt != "" {
		if sentences, err = c.readCoNLLU(o.ewt); err != nil {
			return err
		}
	}
	v := newVocab(c, o.keys)
	fmt.Fprintf(stderr, "clustertrain: %d articles, %d treebank sentences, %d tokens; %d words seen %d times or more (%d keep capitals), %s\n",
		articles, sentences, v.tokens, len(v.words), o.keys.MinCount, len(v.cased), time.Since(start).Round(time.Second))
	b := newBrown(v, o.clusters, o.workers)
	var progress func(int)
	if o.verbose {
		progress = func(w int) {
			if (w+1)%1000 == 0 {
				fmt.Fprintf(stderr, "clustertrain: %d/%d words in, %s\n", w+1, len(v.words), time.Since(start).Round(time.Second))
			}
		}
	}
	if err := b.run(ctx, progress); err != nil {
		return err
	}
	f := file{opts: o, vocab: v, paths: b.paths()}
	if err := f.save(o.out, stdout); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "clustertrain: %d words in %d clusters, paths of %d to %d bits, in %s\n",
		len(v.words), f.leaves(), f.minDepth(), f.maxDepth(), time.Since(start).Round(time.Second))
	return nil
}
