package depparse

import (
	"math/rand"
	"testing"
)

// featureChecksum runs fixed random transitions over fixed random
// sentences and hashes, in order, the features of every configuration
// reached, made by feats.
func featureChecksum(feats func([]uint64, *state, *sent) []uint64) uint64 {
	sum := uint64(14695981039346656037)
	for seed := int64(1); seed <= 20; seed++ {
		r := rand.New(rand.NewSource(seed))
		n := 10 + r.Intn(30)
		x := &sent{}
		for i := 0; i <= n; i++ {
			x.w = append(x.w, r.Uint64())
			x.p = append(x.p, uint64(r.Intn(50)))
			x.c = append(x.c, uint64(r.Intn(1000)))
			x.c4 = append(x.c4, uint64(r.Intn(16)))
			x.c6 = append(x.c6, uint64(r.Intn(64)))
		}
		var s state
		s.reset(n)
		s.nonMono, s.unshift = true, true
		var fs []uint64
		for steps := 0; !s.settle() && steps < 4*n; steps++ {
			fs = feats(fs[:0], &s, x)
			for _, f := range fs {
				sum = (sum ^ f) * 1099511628211
			}
			k := r.Intn(4)
			for !s.can(k) {
				k = (k + 1) % 4
			}
			s.apply(k, r.Intn(40))
		}
	}
	return sum
}

// TestFeatureHashes checks that configurations hash into the features the
// shipped model was trained on: the checksum was taken with the features
// as they were when parser.bin was made (a hasher appending to a slice,
// before each template wrote its own slot). A change to a template, its
// order or its hashing would leave the model's weights unread.
func TestFeatureHashes(t *testing.T) {
	const want uint64 = 0xd2d7d5899d234a1a
	if got := featureChecksum(features); got != want {
		t.Errorf("features checksum %#x, want %#x: the features are not those the model was trained on", got, want)
	}
}

// BenchmarkFeatures makes the features of the configurations of
// featureChecksum's first sentence, one a op.
func BenchmarkFeatures(b *testing.B) {
	var confs []state
	var x *sent
	featureChecksum(func(fs []uint64, s *state, y *sent) []uint64 {
		if x == nil || x == y {
			x = y
			c := *s
			c.stack = append([]int(nil), s.stack...)
			confs = append(confs, c)
		}
		return fs
	})
	var fs []uint64
	for i := 0; b.Loop(); i++ {
		fs = features(fs[:0], &confs[i%len(confs)], x)
	}
}
