package syntax

import (
	"compress/gzip"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"
	"unsafe"

	"github.com/chronicle-kg/chronicle/extract/internal/clusters"
	"github.com/chronicle-kg/chronicle/extract/internal/depparse"
	"github.com/chronicle-kg/chronicle/extract/internal/hugepage"
	"github.com/chronicle-kg/chronicle/extract/internal/lemma"
	"github.com/chronicle-kg/chronicle/extract/internal/tagger"
)

// The model files an Analyzer reads, as extract/internal/syntaxtrain
// writes them.
const (
	TaggerFile   = "tagger.bin"
	LemmaFile    = "lemma.txt.gz"
	ParserFile   = "parser.bin"
	ClustersFile = "clusters.txt.gz"
)

// An Analyzer tags, lemmatises and parses sentences with trained models.
// It is safe for concurrent use.
type Analyzer struct {
	tagger *tagger.Model
	lemmas *lemma.Model
	parser *depparse.Model
	work   sync.Pool // of *work
}

// work is what one analysis needs of its own.
type work struct {
	parser                  *depparse.Parser
	forms, upos, xpos, rels []string
	heads                   []int
}

// LoadAnalyzer reads the models of an Analyzer from fsys: the files named
// by TaggerFile, LemmaFile, ParserFile and ClustersFile.
func LoadAnalyzer(fsys fs.FS) (*Analyzer, error) {
	return load(fsys, func(name string) ([]byte, error) { return fs.ReadFile(fsys, name) })
}

// load is LoadAnalyzer with the tagger's and parser's files, which are
// used where they lie, got by bin.
func load(fsys fs.FS, bin func(name string) ([]byte, error)) (*Analyzer, error) {
	a := &Analyzer{}
	var cl *clusters.Clusters
	open := func(name string, open func([]byte) error) func(fs.FS, string) error {
		return func(fs.FS, string) error {
			data, err := bin(name)
			if err == nil {
				err = open(data)
			}
			if err != nil {
				return fmt.Errorf("syntax: %s: %w", name, err)
			}
			return nil
		}
	}
	gz := func(read func(io.Reader) error) func(fs.FS, string) error {
		return func(fsys fs.FS, name string) error { return readGzip(fsys, name, read) }
	}
	steps := []struct {
		name string
		read func(fs.FS, string) error
	}{
		{ClustersFile, gz(func(r io.Reader) (err error) { cl, err = clusters.Load(r); return })},
		{TaggerFile, open(TaggerFile, func(b []byte) (err error) { a.tagger, err = tagger.Open(b); return })},
		{LemmaFile, gz(func(r io.Reader) (err error) { a.lemmas, err = lemma.ReadModel(r); return })},
		{ParserFile, open(ParserFile, func(b []byte) (err error) { a.parser, err = depparse.Open(b); return })},
	}
	// read at once: each on a core of its own costs no time of the
	// others'
	errs := make([]error, len(steps))
	var wg sync.WaitGroup
	for i, st := range steps {
		wg.Go(func() { errs[i] = st.read(fsys, st.name) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	a.parser.SetClusters(cl)
	return a, nil
}

// readGzip opens name in fsys, gunzipped, and reads it with read.
func readGzip(fsys fs.FS, name string, read func(io.Reader) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("syntax: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("syntax: %s: %w", name, err)
	}
	if err := read(zr); err != nil {
		return fmt.Errorf("syntax: %s: %w", name, err)
	}
	return nil
}

// Analyze fills in UPOS, XPOS, Lemma, Head and Rel of every word of s from
// the words' forms. Feats and Deps are left as they are.
func (a *Analyzer) Analyze(s *Sentence) { a.AnalyzeNames(s, nil) }

// AnalyzeNames is Analyze for a sentence whose names the caller knows:
// each word i with names[i] set is a noun, a proper noun (PROPN, NNP)
// where the tagger made it anything else ("Volkswagen will cut jobs": an
// unknown word opening a sentence is as likely tagged an adverb). names
// may be nil or shorter than s.Words.
func (a *Analyzer) AnalyzeNames(s *Sentence, names []bool) {
	n := len(s.Words)
	if n == 0 {
		return
	}
	w := a.getWork(n)
	for i := range s.Words {
		w.forms[i] = modelForm(s.Words[i].Form)
	}
	a.tagger.Tag(w.forms, w.upos, w.xpos)
	for i, name := range names[:min(len(names), n)] {
		if name && !strings.HasPrefix(w.xpos[i], "NN") {
			w.upos[i], w.xpos[i] = "PROPN", "NNP"
		}
	}
	finiteVerb(w.forms, w.upos, w.xpos)
	pastLikeBase(w.forms, w.upos, w.xpos)
	activeAfterName(w.forms, w.xpos)
	participleAfterPreposition(w.forms, w.xpos)
	w.parser.Parse(w.forms, w.xpos, w.heads, w.rels)
	punctuationHeads(w.upos, w.heads, w.rels)
	fixedHeads(w.upos, w.heads, w.rels)
	reciprocal(w.forms, w.upos, w.heads, w.rels)
	subordinateClauses(w.forms, w.upos, w.xpos, w.heads, w.rels)
	reducedRelatives(w.xpos, w.heads, w.rels)
	participleObject(w.upos, w.xpos, w.heads, w.rels)
	coordinatedPast(w.upos, w.xpos, w.heads, w.rels)
	relativeAsMain(w.forms, w.heads, w.rels)
	relativeAsComplement(w.forms, w.upos, w.heads, w.rels)
	infinitiveOnVerb(w.forms, w.upos, w.heads, w.rels)
	verbsOblique(w.forms, w.upos, w.heads, w.rels)
	attribution(w.forms, w.upos, w.heads, w.rels)
	passiveAgent(w.forms, w.heads, w.rels)
	reportedClause(w.xpos, w.forms, w.heads, w.rels)
	nounRoot(w.upos, w.xpos, w.heads, w.rels)
	conjunctSubject(w.upos, w.xpos, w.heads, w.rels)
	finiteConjunct(w.xpos, w.heads, w.rels)
	for i := range s.Words {
		wd := &s.Words[i]
		wd.UPOS, wd.XPOS, wd.Head, wd.Rel = w.upos[i], w.xpos[i], w.heads[i], w.rels[i]
		wd.Lemma = a.lemmas.Lemma(wd.Form, wd.UPOS, wd.XPOS)
	}
	a.work.Put(w)
}

// modelForm returns form as the treebank would spell it: with straight
// quotes and apostrophes for curly ones ("n’t" as "n't") and for the Penn
// Treebank's quotes (two backquotes, two apostrophes), as the models
// learnt them.
func modelForm(form string) string {
	if form == "``" || form == "''" {
		return `"`
	}
	if !strings.ContainsAny(form, "\u2018\u2019\u201c\u201d") {
		return form
	}
	return curly.Replace(form)
}

var curly = strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`)

// getWork returns work for a sentence of n words.
func (a *Analyzer) getWork(n int) *work {
	w, _ := a.work.Get().(*work)
	if w == nil {
		w = &work{parser: a.parser.NewParser()}
	}
	if cap(w.forms) < n {
		w.forms, w.upos, w.xpos, w.rels = make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		w.heads = make([]int, n)
	}
	w.forms, w.upos, w.xpos, w.rels, w.heads = w.forms[:n], w.upos[:n], w.xpos[:n], w.rels[:n], w.heads[:n]
	return w
}

// The embedded models: the tagger's and parser's, most of their size,
// as strings, laid out as the models use them; the others in a file
// system.
var (
	//go:embed model/clusters.txt.gz model/lemma.txt.gz
	modelFS embed.FS
	//go:embed model/tagger.bin
	taggerBin string
	//go:embed model/parser.bin
	parserBin string
)

// defaultAnalyzer is the Analyzer of the embedded models, read on first
// use: a program that parses nothing never pays for them. The tagger's
// and parser's are copied once into huge pages (see package hugepage)
// and used there, not decoded.
var defaultAnalyzer = sync.OnceValues(func() (*Analyzer, error) {
	sub, err := fs.Sub(modelFS, "model")
	if err != nil {
		return nil, err
	}
	bins := map[string]string{TaggerFile: taggerBin, ParserFile: parserBin}
	return load(sub, func(name string) ([]byte, error) {
		s := bins[name]
		// copied into huge pages: looked up at random where they lay,
		// in the program's pages of 4 KiB, they cost most lookups a
		// miss of the processor's cache of page translations, and the
		// analysis a tenth of its speed (BenchmarkAnalyze); the copy,
		// 12 MB, costs a one-sentence extract no measurable time
		return hugepage.Copy(unsafe.Slice(unsafe.StringData(s), len(s))), nil
	})
})

// Default returns the Analyzer of the models embedded in the package,
// trained on the UD English Web Treebank (see the README for their scores
// and licence).
func Default() (*Analyzer, error) { return defaultAnalyzer() }
