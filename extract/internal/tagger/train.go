package tagger

import (
	"cmp"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/internal/perceptron"
	"github.com/chronicle-kg/chronicle/extract/internal/wordclass"
)

// An Example is a tagged sentence to learn from.
type Example struct {
	Forms, UPOS, XPOS []string
}

// Options tune training. The zero value of a field, or nil Options, means
// its default.
type Options struct {
	Epochs int // passes over the examples: 10
	// Prune drops the averaged weights smaller than this share of the
	// largest, and MinUpdates the features that took part in fewer
	// updates: none are.
	Prune      float64
	MinUpdates int32
	// Classes are word classes for features, each of at least two levels:
	// none. At most four.
	Classes []*wordclass.Classes
	// A word seen DictMin times with one tag pair at least DictShare of
	// the time (0.99) is given that pair without looking at its context.
	// No word is unless DictMin is set.
	DictMin   int
	DictShare float64
	// Folds is the number of parts the examples are cut in to train the
	// first pass on all but one and tag that one, so that the second
	// learns from tags as good as the first pass makes of new text: 5.
	Folds int
	// Frequent is the number of the most frequent words of the examples
	// whose scores the model works out when made or read, to tag them
	// faster: 4,000 (6 MB of memory).
	Frequent int
	// Sure is the lead of its best tag over the next at which the first
	// pass is sure of a word, so that the second does not look at it
	// again: 10. The second pass then tags one word in ten or twenty, as
	// well as if it tagged them all.
	Sure float64
	Seed uint64 // the seed of the order of the examples in each epoch
	// Progress, if set, is called after each epoch of each pass trained
	// with the pass's name and the share of words tagged right during it.
	Progress func(pass string, epoch int, acc float64)
}

func (o *Options) withDefaults() Options {
	var d Options
	if o != nil {
		d = *o
	}
	if d.Epochs == 0 {
		d.Epochs = 10
	}
	if d.DictShare == 0 {
		d.DictShare = 0.99
	}
	if d.Folds == 0 {
		d.Folds = 5
	}
	if d.Frequent == 0 {
		d.Frequent = 4000
	}
	if d.Sure == 0 {
		d.Sure = 10
	}
	if len(d.Classes) > maxClasses {
		panic("tagger: more than four sets of word classes")
	}
	for _, c := range d.Classes {
		if c.Levels() < 2 || c.Levels() > maxLevels {
			panic("tagger: word classes of fewer than two levels or more than four")
		}
	}
	return d
}

// Train learns a model from examples. The same examples and options make
// the same model.
func Train(examples []Example, opts *Options) *Model {
	o := opts.withDefaults()
	m, first, second := train(examples, o)
	m.first, m.second = first.Pruned(o.Prune, o.MinUpdates), second.Pruned(o.Prune, o.MinUpdates)
	m.frequent, m.frequentForm = frequentTable(frequentWords(examples, o.Frequent))
	m.memo = newMemo(m)
	return m
}

// train learns the weights of the two passes.
func train(examples []Example, o Options) (m *Model, first, second *perceptron.Trainer) {
	m = &Model{classes: o.Classes, sure: o.Sure}
	gold := m.number(examples)
	if o.DictMin > 0 {
		m.dict = dictionary(examples, gold, o.DictMin, o.DictShare)
	}
	all := make([]int, len(examples))
	for i := range all {
		all[i] = i
	}
	g := m.jackknife(examples, gold, o)
	first = m.trainPass(examples, gold, all, nil, o, "first")
	second = m.trainPass(examples, gold, all, g, o, "second")
	return m, first, second
}

// jackknife returns the classes the first pass gives each example when
// trained on the folds without it.
func (m *Model) jackknife(examples []Example, gold [][]uint8, o Options) [][]uint8 {
	g := make([][]uint8, len(examples))
	q := o
	q.Progress = nil
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for f := range o.Folds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			var in []int
			for k := range examples {
				if k%o.Folds != f {
					in = append(in, k)
				}
			}
			w := m.trainPass(examples, gold, in, nil, q, "").Pruned(o.Prune, o.MinUpdates)
			s := &scratch{scores: make([]int32, len(m.upos))}
			for k := f; k < len(examples); k += o.Folds {
				s.ws, s.idx = m.words(s.ws, s.idx, examples[k].Forms, nil, &s.buf)
				s.fixed = m.lookup(s.fixed, examples[k].Forms)
				g[k] = slices.Clone(m.firstPass(s, w, nil))
			}
		}()
	}
	wg.Wait()
	return g
}

// trainPass trains the weights of a pass over the examples in: the first
// (right to left) if g is nil, else the second, with g the first's
// classes of each example.
func (m *Model) trainPass(examples []Example, gold [][]uint8, in []int, g [][]uint8, o Options, name string) *perceptron.Trainer {
	tr := perceptron.NewTrainer(len(m.upos))
	order := slices.Clone(in)
	r := rand.New(rand.NewPCG(o.Seed, 0x7a66e7))
	var (
		ws     []word
		fs     []uint64
		buf    [64]byte
		scores = make([]float64, len(m.upos))
		forms  []string
		truth  []uint8
		gk     []uint8
	)
	for epoch := 1; epoch <= o.Epochs; epoch++ {
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, n := 0, 0
		for _, k := range order {
			forms = append(forms[:0], examples[k].Forms...)
			truth = append(truth[:0], gold[k]...)
			ws, _ = m.words(ws, nil, forms, nil, &buf)
			if g != nil {
				gk = g[k]
			} else {
				slices.Reverse(ws)
				slices.Reverse(forms)
				slices.Reverse(truth)
			}
			p1, p2 := start, start
			for i, f := range forms {
				c, fixed := m.dict[f]
				guess := int(c)
				if !fixed {
					fs = features(fs[:0], ws, i+2, p1, p2, gk, len(m.classes))
					tr.Scores(fs, scores)
					guess = argmax(scores)
					tr.Update(fs, int(truth[i]), guess)
					tr.Next()
				}
				if guess == int(truth[i]) {
					right++
				}
				n++
				p1, p2 = guess, p1
			}
		}
		if o.Progress != nil && name != "" {
			o.Progress(name, epoch, float64(right)/float64(n))
		}
	}
	return tr
}

// number numbers the (UPOS, XPOS) pairs of examples in order of their
// tags, sets m's tables of them and returns the class of each word.
func (m *Model) number(examples []Example) [][]uint8 {
	type pair struct{ u, x string }
	seen := map[pair]bool{}
	var pairs []pair
	for _, e := range examples {
		if len(e.UPOS) != len(e.Forms) || len(e.XPOS) != len(e.Forms) {
			panic("tagger: an example's tags are not as many as its forms")
		}
		for i := range e.Forms {
			if p := (pair{e.UPOS[i], e.XPOS[i]}); !seen[p] {
				seen[p] = true
				pairs = append(pairs, p)
			}
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		return cmp.Or(cmp.Compare(a.u, b.u), cmp.Compare(a.x, b.x))
	})
	if len(pairs) >= start {
		panic("tagger: more than 254 (UPOS, XPOS) pairs")
	}
	class := map[pair]uint8{}
	for c, p := range pairs {
		class[p] = uint8(c)
		m.upos, m.xpos = append(m.upos, p.u), append(m.xpos, p.x)
	}
	gold := make([][]uint8, len(examples))
	for k, e := range examples {
		gold[k] = make([]uint8, len(e.Forms))
		for i := range e.Forms {
			gold[k][i] = class[pair{e.UPOS[i], e.XPOS[i]}]
		}
	}
	return gold
}

// dictionary returns the words seen at least min times with one class at
// least share of the time, with that class.
func dictionary(examples []Example, gold [][]uint8, min int, share float64) map[string]uint8 {
	counts := map[string]map[uint8]int{}
	for k, e := range examples {
		for i, f := range e.Forms {
			if counts[f] == nil {
				counts[f] = map[uint8]int{}
			}
			counts[f][gold[k][i]]++
		}
	}
	dict := map[string]uint8{}
	for f, cs := range counts {
		n, best, bc := 0, 0, uint8(0)
		for c, k := range cs {
			n += k
			if k > best || k == best && c < bc {
				best, bc = k, c
			}
		}
		if n >= min && float64(best) >= share*float64(n) {
			dict[f] = bc
		}
	}
	return dict
}
