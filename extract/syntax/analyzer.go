package syntax

import (
	"compress/gzip"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"
	"sync/atomic"
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

// The compact forms of the models' files that the default Analyzer
// embeds, made from them at go generate time (generate.go).
const (
	ClustersBin = "clusters.bin"
	LemmaBin    = "lemma.bin"
)

// An Analyzer tags, lemmatises and parses sentences with trained models.
// It is safe for concurrent use.
type Analyzer struct {
	models atomic.Pointer[models] // the tagger's and the parser's
	lemmas *lemma.Model
	work   sync.Pool // of *work
	// promote, if not nil, makes the models anew from copies of their
	// weights in huge pages; it is called once, in the background, after
	// promoteAfter sentences (see Default)
	promote  func() (*models, error)
	analysed atomic.Int64
}

// models are an Analyzer's tagger and parser, which one analysis uses
// together.
type models struct {
	tagger *tagger.Model
	parser *depparse.Model
}

// promoteAfter is the number of sentences after which the default
// Analyzer copies its weights into huge pages. Copying 13 MB costs a few
// milliseconds, more than a one-sentence extract's whole run now that
// the models open in place; an article's worth of sentences never pays
// it, a corpus's pays it once and then runs faster by a tenth.
const promoteAfter = 256

// work is what one analysis needs of its own.
type work struct {
	parser                  *depparse.Parser
	model                   *depparse.Model // the parser's
	forms, upos, xpos, rels []string
	heads                   []int
	// the tree before a mend, kept when a mend made a cycle
	parsedHeads []int
	parsedRels  []string
	mark        []uint8 // isTree's
}

// treeMends are the mends of the parser's tree (mend_tree.go,
// mend_heads.go, mend_phrase.go), in the order they are made.
var treeMends = []func(w *work){
	func(w *work) { punctuationHeads(w.upos, w.heads, w.rels) },
	func(w *work) { fixedHeads(w.upos, w.heads, w.rels) },
	func(w *work) { reciprocal(w.forms, w.upos, w.heads, w.rels) },
	func(w *work) { subordinateClauses(w.forms, w.upos, w.xpos, w.heads, w.rels) },
	func(w *work) { reducedRelatives(w.xpos, w.heads, w.rels) },
	func(w *work) { participleObject(w.upos, w.xpos, w.heads, w.rels) },
	func(w *work) { coordinatedPast(w.upos, w.xpos, w.heads, w.rels) },
	func(w *work) { participleConjunct(w.xpos, w.heads, w.rels) },
	func(w *work) { setOffParticiple(w.forms, w.xpos, w.heads, w.rels) },
	func(w *work) { relativeAsMain(w.forms, w.heads, w.rels) },
	func(w *work) { relativeAsComplement(w.forms, w.upos, w.heads, w.rels) },
	func(w *work) { infinitiveOnVerb(w.forms, w.upos, w.heads, w.rels) },
	func(w *work) { verbsOblique(w.forms, w.upos, w.heads, w.rels) },
	func(w *work) { forPhraseOfNoun(w.forms, w.heads, w.rels) },
	func(w *work) { participleSubject(w.forms, w.xpos, w.heads, w.rels) },
	func(w *work) { objectControlClause(w.forms, w.heads, w.rels) },
	func(w *work) { attribution(w.forms, w.upos, w.heads, w.rels) },
	func(w *work) { passiveAgent(w.forms, w.heads, w.rels) },
	func(w *work) { reportedClause(w.xpos, w.forms, w.heads, w.rels) },
	func(w *work) { nounRoot(w.upos, w.xpos, w.heads, w.rels) },
	func(w *work) { conjunctSubject(w.upos, w.xpos, w.heads, w.rels) },
	func(w *work) { finiteConjunct(w.xpos, w.heads, w.rels) },
}

// mend makes the tree mends of w's parse. Each keeps a tree a tree on the
// sentences it was written for; should their sum ever make a cycle (none
// does on all of Timeline17), the sentence is parsed again and the mends
// made one at a time, any that makes a cycle left out, so that what
// follows, which walks up the tree, always ends.
func (w *work) mend() {
	for _, m := range treeMends {
		m(w)
	}
	if w.isTree() {
		return
	}
	w.parser.Parse(w.forms, w.xpos, w.heads, w.rels) // the same tree as before the mends
	for _, m := range treeMends {
		w.parsedHeads = append(w.parsedHeads[:0], w.heads...)
		w.parsedRels = append(w.parsedRels[:0], w.rels...)
		m(w)
		if !w.isTree() {
			copy(w.heads, w.parsedHeads)
			copy(w.rels, w.parsedRels)
		}
	}
}

// isTree reports whether w's heads make a tree.
func (w *work) isTree() bool {
	if cap(w.mark) < len(w.heads) {
		w.mark = make([]uint8, len(w.heads))
	}
	return isTree(w.heads, w.mark[:len(w.heads)])
}

// isTree reports whether heads (1-based, 0 for the root) have no cycle:
// from every word, the way up reaches the root. mark is scratch space, as
// long as heads; each word is walked over once.
func isTree(heads []int, mark []uint8) bool {
	const (
		unseen = iota
		onPath
		reaches // the root
	)
	clear(mark)
	for i := range heads {
		x := i + 1
		for x != 0 && mark[x-1] == unseen {
			mark[x-1] = onPath
			if x = heads[x-1]; x < 0 || x > len(heads) {
				return false
			}
		}
		if x != 0 && mark[x-1] == onPath {
			return false // back on the path: a cycle
		}
		for x = i + 1; x != 0 && mark[x-1] == onPath; x = heads[x-1] {
			mark[x-1] = reaches
		}
	}
	return true
}

// LoadAnalyzer reads the models of an Analyzer from fsys: the files named
// by TaggerFile, LemmaFile, ParserFile and ClustersFile.
func LoadAnalyzer(fsys fs.FS) (*Analyzer, error) {
	a, ms := &Analyzer{}, &models{}
	var cl *clusters.Clusters
	return assemble(a, ms, &cl, []func() error{
		func() error {
			return readGzip(fsys, ClustersFile, func(r io.Reader) (err error) { cl, err = clusters.Load(r); return })
		},
		func() error {
			return readFile(fsys, TaggerFile, func(b []byte) (err error) { ms.tagger, err = tagger.Open(b); return })
		},
		func() error {
			return readGzip(fsys, LemmaFile, func(r io.Reader) (err error) { a.lemmas, err = lemma.ReadModel(r); return })
		},
		func() error {
			return readFile(fsys, ParserFile, func(b []byte) (err error) { ms.parser, err = depparse.Open(b); return })
		},
	})
}

// assemble runs the steps that read an Analyzer's models into a, ms and
// cl, each on a goroutine of its own (on a core of its own, one costs no
// time of the others'), and puts the models together.
func assemble(a *Analyzer, ms *models, cl **clusters.Clusters, steps []func() error) (*Analyzer, error) {
	errs := make([]error, len(steps))
	var wg sync.WaitGroup
	for i, step := range steps {
		wg.Go(func() { errs[i] = step() })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	ms.parser.SetClusters(*cl)
	a.models.Store(ms)
	return a, nil
}

// readFile reads name in fsys with read.
func readFile(fsys fs.FS, name string, read func([]byte) error) error {
	data, err := fs.ReadFile(fsys, name)
	if err == nil {
		err = read(data)
	}
	return named(name, err)
}

// named wraps a non-nil err with the name of the model file it is of.
func named(name string, err error) error {
	if err != nil {
		return fmt.Errorf("syntax: %s: %w", name, err)
	}
	return nil
}

// openModels opens a tagger and a parser, with the clusters the parser
// was trained with, from their files' bytes.
func openModels(taggerData, parserData []byte, cl *clusters.Clusters) (*models, error) {
	t, err := tagger.Open(taggerData)
	if err != nil {
		return nil, fmt.Errorf("syntax: %s: %w", TaggerFile, err)
	}
	p, err := depparse.Open(parserData)
	if err != nil {
		return nil, fmt.Errorf("syntax: %s: %w", ParserFile, err)
	}
	p.SetClusters(cl)
	return &models{tagger: t, parser: p}, nil
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
	// counted only until the promotion: past it, concurrent analyses
	// only read the counter, not contend for its cache line
	if a.promote != nil && a.analysed.Load() < promoteAfter && a.analysed.Add(1) == promoteAfter {
		go func() {
			if ms, err := a.promote(); err == nil { // else the models stay where they are
				a.models.Store(ms)
			}
		}()
	}
	ms := a.models.Load()
	w := a.getWork(n, ms.parser)
	for i := range s.Words {
		w.forms[i] = modelForm(s.Words[i].Form)
	}
	ms.tagger.Tag(w.forms, w.upos, w.xpos)
	for i, name := range names[:min(len(names), n)] {
		if name && !strings.HasPrefix(w.xpos[i], "NN") {
			w.upos[i], w.xpos[i] = "PROPN", "NNP"
		}
	}
	finiteVerb(w.forms, w.upos, w.xpos)
	pastLikeBase(w.forms, w.upos, w.xpos)
	activeAfterName(w.forms, w.xpos)
	presentAfterName(w.forms, w.upos, w.xpos)
	participleAfterPreposition(w.forms, w.xpos)
	w.parser.Parse(w.forms, w.xpos, w.heads, w.rels)
	w.mend()
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

// getWork returns work for a sentence of n words, parsed with model p.
func (a *Analyzer) getWork(n int, p *depparse.Model) *work {
	w, _ := a.work.Get().(*work)
	if w == nil {
		w = &work{}
	}
	if w.model != p {
		w.parser, w.model = p.NewParser(), p
	}
	if cap(w.forms) < n {
		w.forms, w.upos, w.xpos, w.rels = make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		w.heads = make([]int, n)
	}
	w.forms, w.upos, w.xpos, w.rels, w.heads = w.forms[:n], w.upos[:n], w.xpos[:n], w.rels[:n], w.heads[:n]
	return w
}

// The embedded models: the tagger's and parser's, most of their size,
// as strings, laid out as the models use them; the clusters and the
// lemmatiser in their compact forms (generate.go).
var (
	//go:embed model/tagger.bin
	taggerBin string
	//go:embed model/parser.bin
	parserBin string
	//go:embed model/clusters.bin
	clustersBin string
	//go:embed model/lemma.bin
	lemmaBin string
)

// defaultAnalyzer is the Analyzer of the embedded models, read on first
// use: a program that parses nothing never pays for them, and one that
// parses a sentence pays for the pages of them it reads. The tagger's
// and parser's weights are used where they lie, not decoded nor checked
// (TestEmbeddedModels checks them), and the clusters and lemmas looked up
// where they lie, until promoteAfter sentences have been analysed; then
// the weights are copied once, in the background, into huge pages (see
// package hugepage), and used there: looked up at random in the
// program's pages of 4 KiB, they cost most lookups a miss of the
// processor's cache of page translations, and the analysis a tenth of its
// speed (BenchmarkAnalyze).
var defaultAnalyzer = sync.OnceValues(func() (*Analyzer, error) {
	bin := func(s string) []byte {
		return unsafe.Slice(unsafe.StringData(s), len(s)) // read-only: the models never write to theirs
	}
	a, ms := &Analyzer{}, &models{}
	var cl *clusters.Clusters
	a, err := assemble(a, ms, &cl, []func() error{
		func() (err error) { cl, err = clusters.Open(clustersBin); return named(ClustersBin, err) },
		func() (err error) { ms.tagger, err = tagger.OpenInPlace(bin(taggerBin)); return named(TaggerFile, err) },
		func() (err error) { a.lemmas, err = lemma.Open(lemmaBin); return named(LemmaBin, err) },
		func() (err error) {
			ms.parser, err = depparse.OpenInPlace(bin(parserBin))
			return named(ParserFile, err)
		},
	})
	if err != nil {
		return nil, err
	}
	a.promote = func() (*models, error) {
		return openModels(hugepage.Copy(bin(taggerBin)), hugepage.Copy(bin(parserBin)), cl)
	}
	return a, nil
})

// Default returns the Analyzer of the models embedded in the package,
// trained on the UD English Web Treebank (see the README for their scores
// and licence).
func Default() (*Analyzer, error) { return defaultAnalyzer() }
