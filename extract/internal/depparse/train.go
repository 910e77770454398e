package depparse

import (
	"math/rand/v2"
	"slices"

	"github.com/chronicle-kg/chronicle/extract/internal/clusters"
	"github.com/chronicle-kg/chronicle/extract/internal/perceptron"
)

// An Example is a sentence with its gold tree: heads (0 for the root,
// else 1 + the head's index) and relations, and the tags to parse it with
// (ideally the tagger's, so that training sees the tagger's mistakes).
type Example struct {
	Forms, Tags []string
	Heads       []int
	Rels        []string
}

// Options tune training.
type Options struct {
	Epochs     int     // passes over the examples
	Explore    int     // from this epoch (0-based) on, follow the parser's own transitions
	Follow     float64 // the chance of following the parser's mistake when exploring
	Prune      float64 // weights below this share of the largest are dropped from the model
	MinUpdates int32   // features that took part in fewer updates are dropped from the model
	Seed       uint64  // for shuffling and exploring: the same seed, the same model
	// Margin is how far, per unit of cost, the best transition of least
	// cost must score above a costlier one for training to leave the
	// weights be: an update is made against the costlier transition that
	// most falls short, not only when the parser would take it. 0 updates
	// on the parser's mistakes alone.
	Margin  float64
	NonMono bool // LEFT-ARC may replace a head (Honnibal, Goldberg and Johnson 2013)
	Unshift bool // headless words go back to the buffer at the end (Nivre and Fernández-González 2014)
	// Clusters are the word clusters to train with, or nil.
	Clusters *clusters.Clusters
	// Progress, if not nil, is called after each epoch with the share of
	// transitions the parser predicted at least cost.
	Progress func(epoch int, right float64)
	// Epoch, if not nil, is called after each epoch with the model as it
	// would be if training stopped there.
	Epoch func(epoch int, m *Model)
}

// Train trains a parser on the examples.
func Train(exs []Example, opt Options) *Model {
	m := &Model{tags: map[string]uint64{}, clusters: opt.Clusters, nonMono: opt.NonMono, unshift: opt.Unshift}
	labelOf := map[string]int{}
	for _, ex := range exs {
		for i := range ex.Forms {
			if _, ok := m.tags[ex.Tags[i]]; !ok {
				m.tags[ex.Tags[i]] = uint64(len(m.tags) + 1)
			}
			if _, ok := labelOf[ex.Rels[i]]; !ok {
				labelOf[ex.Rels[i]] = -1
			}
		}
	}
	for l := range labelOf {
		m.labels = append(m.labels, l)
	}
	slices.Sort(m.labels) // a deterministic numbering
	for i, l := range m.labels {
		labelOf[l] = i
	}
	left, right := map[int]bool{}, map[int]bool{}
	for _, ex := range exs {
		for i, h := range ex.Heads {
			if h > i+1 {
				left[labelOf[ex.Rels[i]]] = true
			} else {
				right[labelOf[ex.Rels[i]]] = true
			}
		}
	}
	for l := range m.labels {
		if left[l] {
			m.left = append(m.left, l)
		}
		if right[l] {
			m.right = append(m.right, l)
		}
	}
	trans := perceptron.NewTrainer(m.actions())
	p := m.NewParser()
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x5eed))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, all := 0, 0
		for _, i := range order {
			r, n := p.trainOne(trans, &exs[i], labelOf, epoch >= opt.Explore, opt.Follow, opt.Margin, rng)
			right, all = right+r, all+n
		}
		if opt.Progress != nil {
			opt.Progress(epoch, float64(right)/float64(max(all, 1)))
		}
		if opt.Epoch != nil {
			opt.Epoch(epoch, &Model{trans: trans.Pruned(opt.Prune, opt.MinUpdates), tags: m.tags, labels: m.labels, left: m.left, right: m.right, clusters: m.clusters, nonMono: m.nonMono, unshift: m.unshift})
		}
	}
	m.trans = trans.Pruned(opt.Prune, opt.MinUpdates)
	return m
}

// trainOne parses one example, updating the weights at each
// configuration where a costlier transition scores within margin times
// its extra cost of the best one of least cost (a wrong label costs one),
// toward that one and away from the costlier transition that falls most
// short (Crammer et al. 2006's cost-sensitive margin, one transition at a
// time). It returns how many transitions it predicted right, of how many.
func (p *Parser) trainOne(trans *perceptron.Trainer, ex *Example, labelOf map[string]int, explore bool, follow, margin float64, rng *rand.Rand) (right, all int) {
	n := len(ex.Forms)
	gh, gl := make([]int, n+1), make([]int, n+1)
	gh[0], gl[0] = -1, -1
	for i := 0; i < n; i++ {
		gh[i+1], gl[i+1] = ex.Heads[i], labelOf[ex.Rels[i]]
	}
	p.prepare(ex.Forms, ex.Tags)
	s := &p.s
	s.reset(n)
	s.nonMono, s.unshift = p.m.nonMono, p.m.unshift
	scores := make([]float64, p.m.actions())
	cost := make([]int, len(scores))
	for !s.settle() {
		p.fs = features(p.fs[:0], s, &p.x)
		trans.Scores(p.fs, scores)
		p.costs(s, gh, gl, cost)
		guess, gold, viol := -1, -1, -1
		least := slices.Min(cost)
		var violScore float64
		for a, sc := range scores {
			if cost[a] >= 1<<30 {
				continue
			}
			if guess < 0 || sc > scores[guess] {
				guess = a
			}
			if cost[a] == least && (gold < 0 || sc > scores[gold]) {
				gold = a
			}
			aug := sc + margin*float64(cost[a]-least)
			if viol < 0 || aug > violScore {
				viol, violScore = a, aug
			}
		}
		all++
		if cost[guess] == least {
			right++
		}
		if cost[viol] != least {
			trans.Update(p.fs, gold, viol)
		}
		trans.Next()
		next := gold
		if explore && cost[guess] != least && rng.Float64() < follow {
			next = guess
		}
		kind, l := p.action(next)
		s.apply(kind, l)
	}
	return right, all
}
