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

	"github.com/chronicle-kg/chronicle/extract/internal/clusters"
	"github.com/chronicle-kg/chronicle/extract/internal/depparse"
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
	a := &Analyzer{}
	var cl *clusters.Clusters
	steps := []struct {
		name string
		gz   bool
		read func(io.Reader) error
	}{
		{ClustersFile, true, func(r io.Reader) (err error) { cl, err = clusters.Load(r); return }},
		{TaggerFile, false, func(r io.Reader) (err error) { a.tagger, err = tagger.ReadModel(r); return }},
		{LemmaFile, true, func(r io.Reader) (err error) { a.lemmas, err = lemma.ReadModel(r); return }},
		{ParserFile, false, func(r io.Reader) (err error) { a.parser, err = depparse.ReadModel(r); return }},
	}
	// read at once: the parser alone takes longer than the others
	// together, and on a second core costs no time of theirs
	errs := make([]error, len(steps))
	var wg sync.WaitGroup
	for i, st := range steps {
		wg.Go(func() { errs[i] = readFile(fsys, st.name, st.gz, st.read) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	a.parser.SetClusters(cl)
	return a, nil
}

// readFile opens name in fsys, gunzipped if gz, and reads it with read.
func readFile(fsys fs.FS, name string, gz bool, read func(io.Reader) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("syntax: %w", err)
	}
	defer f.Close()
	var r io.Reader = f
	if gz {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("syntax: %s: %w", name, err)
		}
		r = zr
	}
	if err := read(r); err != nil {
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
	activeAfterName(w.forms, w.xpos)
	w.parser.Parse(w.forms, w.xpos, w.heads, w.rels)
	subordinateClauses(w.forms, w.upos, w.xpos, w.heads, w.rels)
	for i := range s.Words {
		wd := &s.Words[i]
		wd.UPOS, wd.XPOS, wd.Head, wd.Rel = w.upos[i], w.xpos[i], w.heads[i], w.rels[i]
		wd.Lemma = a.lemmas.Lemma(wd.Form, wd.UPOS, wd.XPOS)
	}
	a.work.Put(w)
}

// finiteVerb retags as a past tense (VBD) the first past participle of a
// sentence that has no finite verb, when a noun stands before it and no
// auxiliary: "The Bank of England raised interest rates." is a sentence,
// not a noun phrase with a participle ("The bank raised in ..."), which
// is how the tagger, trained on web text full of fragments, often reads
// news. On the EWT dev split the rule changes 9 tags, 7 of them to the
// treebank's.
func finiteVerb(forms, upos, xpos []string) {
	n := len(forms)
	if n < 5 || forms[n-1] != "." && forms[n-1] != "!" {
		return
	}
	for _, t := range xpos {
		switch t {
		case "VBD", "VBZ", "VBP", "MD":
			return
		}
	}
	for i, t := range xpos {
		if isAux(forms[i]) {
			return
		}
		if t == "VBN" {
			if i > 0 && (upos[i-1] == "NOUN" || upos[i-1] == "PROPN") {
				xpos[i] = "VBD"
			}
			return
		}
	}
}

// activeAfterName retags as a past tense (VBD) a past participle that is
// the first verb of its sentence, right after a proper noun and right
// before what opens its object, with no auxiliary before it: "Serbia
// shelled villages", "Toyota recalled 1 million cars" are subject and
// verb, which the tagger, trained on web text, reads as a noun and its
// participle. A participle takes no object without an auxiliary ("was
// given a book") but in a reduced relative clause, rare straight after a
// name. On the EWT dev split it changes 2 tags (one to the treebank's):
// web text seldom opens so; news often does.
func activeAfterName(forms, xpos []string) {
	for i, t := range xpos {
		switch {
		case isAux(forms[i]) || t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD":
			return
		case t != "VBN":
			continue
		}
		if i > 0 && i+1 < len(xpos) && (xpos[i-1] == "NNP" || xpos[i-1] == "NNPS") && objectTags[xpos[i+1]] {
			xpos[i] = "VBD"
		}
		return
	}
}

// objectTags open a verb's object: a determiner, a number, a possessive,
// an adjective or a noun.
var objectTags = map[string]bool{"DT": true, "CD": true, "PRP$": true, "JJ": true, "NN": true, "NNS": true, "NNP": true, "NNPS": true}

// subordinators open a clause that says when or why: "after rebels
// attacked a base", "as the opposition protested".
var subordinators = map[string]bool{"after": true, "before": true, "as": true, "since": true, "until": true,
	"while": true, "when": true, "because": true, "although": true, "though": true, "once": true, "unless": true}

// subordinateClauses mends the parse of a clause that a subordinator
// opens when the parser read the subordinator as a preposition and its
// subject as the preposition's noun: in "suspended talks after rebels
// attacked a base", "rebels" hung on "after" as an oblique of
// "suspended", and "attacked" on "rebels". Where a subordinator is the
// case of a noun that a verb with no subject follows straight after,
// the noun becomes that verb's subject, the subordinator its marker, and
// the verb an adverbial clause of the verb the noun hung on. heads are
// 1-based (0 the root), as the parser gives them.
func subordinateClauses(forms, upos, xpos []string, heads []int, rels []string) {
	for i, f := range forms {
		if rels[i] != "case" || !subordinators[strings.ToLower(f)] {
			continue
		}
		n := heads[i] - 1 // the noun
		if n <= i || n+1 >= len(forms) {
			continue
		}
		switch upos[n] {
		case "NOUN", "PROPN", "PRON":
		default:
			continue
		}
		v := n + 1 // the verb, straight after the noun
		verb := upos[v] == "VERB" || upos[v] == "ADJ" && strings.HasSuffix(strings.ToLower(forms[v]), "ed")
		if !verb || heads[v] == 0 || hasSubject(heads, rels, v) {
			continue
		}
		main := heads[n] - 1 // the verb the noun hung on
		for main >= 0 && upos[main] != "VERB" {
			main = heads[main] - 1
		}
		if main < 0 || main == v || descends(heads, main, v) {
			continue
		}
		heads[v], rels[v] = main+1, "advcl"
		heads[n], rels[n] = v+1, "nsubj"
		heads[i], rels[i], upos[i], xpos[i] = v+1, "mark", "SCONJ", "IN"
		if upos[v] == "ADJ" {
			upos[v], xpos[v] = "VERB", "VBD" // "as the rebels advanced on the city"
		}
	}
}

// hasSubject reports whether word v has a subject among its dependents.
func hasSubject(heads []int, rels []string, v int) bool {
	for k, h := range heads {
		if h == v+1 && strings.HasPrefix(rels[k], "nsubj") {
			return true
		}
	}
	return false
}

// descends reports whether word x lies below word a.
func descends(heads []int, x, a int) bool {
	for steps := 0; x >= 0 && steps <= len(heads); steps++ {
		x = heads[x] - 1
		if x == a {
			return true
		}
	}
	return false
}

// isAux reports whether form is one of auxForms, in any case, without
// allocating.
func isAux(form string) bool {
	var b [8]byte
	if len(form) > len(b) {
		return false
	}
	for i := 0; i < len(form); i++ {
		c := form[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return auxForms[string(b[:len(form)])]
}

// auxForms are the forms of the auxiliaries of a participle: "was
// raised", "has raised", "got raised".
var auxForms = map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "am": true,
	"'s": true, "'re": true, "has": true, "have": true, "had": true, "having": true, "'ve": true, "'d": true,
	"get": true, "got": true, "gets": true, "getting": true, "gotten": true}

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

//go:embed model
var modelFS embed.FS

// defaultAnalyzer is the Analyzer of the embedded models, read on first
// use: a program that parses nothing never pays for them.
var defaultAnalyzer = sync.OnceValues(func() (*Analyzer, error) {
	sub, err := fs.Sub(modelFS, "model")
	if err != nil {
		return nil, err
	}
	return LoadAnalyzer(sub)
})

// Default returns the Analyzer of the models embedded in the package,
// trained on the UD English Web Treebank (see the README for their scores
// and licence).
func Default() (*Analyzer, error) { return defaultAnalyzer() }
