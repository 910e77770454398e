package perceptron

import (
	"fmt"
	"math"
	"slices"
)

// A param is one class's weight of one feature, with what averaging needs.
type param struct {
	class int32
	stamp int32   // the instance at which total was last brought up to date
	w     float64 // the current weight
	total float64 // the sum of w over the instances before stamp
}

// A Trainer learns the weights of a multiclass perceptron. The zero value
// is not usable; make one with [NewTrainer].
type Trainer struct {
	nclass  int
	params  map[uint64][]param
	updates map[uint64]int32 // how many updates each feature took part in
	now     int32            // instances seen
}

// NewTrainer returns a trainer for nclass classes, at most 256.
func NewTrainer(nclass int) *Trainer {
	if nclass < 1 || nclass > 256 {
		panic(fmt.Sprintf("perceptron: %d classes; a model has 1 to 256", nclass))
	}
	return &Trainer{nclass: nclass, params: map[uint64][]param{}, updates: map[uint64]int32{}}
}

// Classes returns the number of classes.
func (t *Trainer) Classes() int { return t.nclass }

// Scores sets scores[c], for every class c, to the sum of the current
// weights of feats for c. scores must have a slot a class.
func (t *Trainer) Scores(feats []uint64, scores []float64) {
	clear(scores)
	for _, f := range feats {
		for _, p := range t.params[f] {
			scores[p.class] += p.w
		}
	}
}

// Update moves the weights of feats toward class truth and away from class
// guess, by one each; it does nothing when they are the same.
func (t *Trainer) Update(feats []uint64, truth, guess int) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		ps := t.params[f]
		ps = t.add(ps, truth, 1)
		ps = t.add(ps, guess, -1)
		t.params[f] = ps
		t.updates[f]++
	}
}

// add adds d to the weight of class c in ps, bringing its total up to date.
func (t *Trainer) add(ps []param, c int, d float64) []param {
	for i := range ps {
		if int(ps[i].class) == c {
			p := &ps[i]
			p.total += float64(t.now-p.stamp) * p.w
			p.stamp = t.now
			p.w += d
			return ps
		}
	}
	return append(ps, param{class: int32(c), stamp: t.now, w: d})
}

// Next counts one training instance: call it after each, updated or not,
// so that the averages weigh every instance alike.
func (t *Trainer) Next() { t.now++ }

// Features returns the number of features with a weight.
func (t *Trainer) Features() int { return len(t.params) }

// Model returns the averaged weights as a Model, leaving out those whose
// magnitude is below prune times the largest's.
func (t *Trainer) Model(prune float64) *Model { return t.Pruned(prune, 0) }

// Pruned is Model that also leaves out the features that took part in
// fewer than minUpdates updates: most features of a rich template set are
// seen once or twice, and dropping them makes the model a fraction of the
// size and faster, for little loss of accuracy.
func (t *Trainer) Pruned(prune float64, minUpdates int32) *Model {
	keys := make([]uint64, 0, len(t.params))
	for k := range t.params {
		keys = append(keys, k)
	}
	slices.Sort(keys) // a deterministic model for the same training
	b := newBuilder(t.nclass)
	var run []Weight
	largest := 0.0
	for _, ps := range t.params {
		for _, p := range ps {
			largest = math.Max(largest, math.Abs(t.average(p)))
		}
	}
	prune *= largest
	for _, k := range keys {
		if t.updates[k] < minUpdates {
			continue
		}
		run = run[:0]
		for _, p := range t.params[k] {
			if avg := t.average(p); math.Abs(avg) >= prune && avg != 0 {
				run = append(run, Weight{Class: int(p.class), W: avg})
			}
		}
		if len(run) > 0 {
			slices.SortFunc(run, func(a, b Weight) int { return a.Class - b.Class })
			b.add(k, run)
		}
	}
	return b.build()
}

// average returns p's weight averaged over the instances seen.
func (t *Trainer) average(p param) float64 {
	return (p.total + float64(t.now-p.stamp)*p.w) / math.Max(1, float64(t.now))
}

// A Weight is one class's weight of a feature.
type Weight struct {
	Class int
	W     float64
}
