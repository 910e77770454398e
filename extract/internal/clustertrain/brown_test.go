package main

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// classText makes sentences from a class bigram model: words of a class
// are interchangeable, and each class is followed by one or two others.
// Brown clustering should find the classes.
func classText(sentences int, seed uint64) [][]string {
	classes := [][]string{
		{"the", "a", "this", "that", "every"},
		{"cat", "dog", "man", "woman", "child", "bird"},
		{"saw", "liked", "heard", "found", "met"},
		{"quickly", "slowly", "quietly"},
		{"monday", "tuesday", "friday", "sunday"},
	}
	next := [][]int{{1}, {2, 3}, {0, 4}, {2}, {0}} // det → noun → verb|adv; verb → det|day
	r := rand.New(rand.NewPCG(seed, seed))
	var out [][]string
	for range sentences {
		var s []string
		for c := 0; len(s) < 12; {
			s = append(s, classes[c][r.IntN(len(classes[c]))])
			c = next[c][r.IntN(len(next[c]))]
		}
		out = append(out, s)
	}
	return out
}

func vocabOf(tb testing.TB, sentences [][]string, min int) *vocab {
	tb.Helper()
	c := newCorpus()
	for _, s := range sentences {
		c.addSentence(s)
	}
	return newVocab(c, keyOptions{MinCount: min, MinRatio: 0.1})
}

// mutualInfo returns the information kept by the clusters in b's slots,
// computed directly from the counts.
func mutualInfo(b *brown, merged [2]int) float64 {
	s := b.s
	slot := func(x int) int {
		if x == merged[1] {
			return merged[0]
		}
		return x
	}
	cnt := map[[2]int]int64{}
	n := map[int]int64{}
	for x := range s {
		if !b.used[x] {
			continue
		}
		n[slot(x)] += b.n[x]
		for y := range s {
			if b.used[y] {
				cnt[[2]int{slot(x), slot(y)}] += b.cnt[x*s+y]
			}
		}
	}
	var q float64
	for xy, c := range cnt {
		if c > 0 {
			q += float64(c) * (math.Log(float64(c)) - math.Log(float64(n[xy[0]])) - math.Log(float64(n[xy[1]])))
		}
	}
	return q
}

// check compares every kept loss with the loss computed directly.
func check(b *brown) error {
	s := b.s
	whole := mutualInfo(b, [2]int{-1, -1})
	for a := range s {
		for c := a + 1; c < s; c++ {
			if !b.used[a] || !b.used[c] {
				continue
			}
			want := whole - mutualInfo(b, [2]int{a, c})
			if got := b.loss[a*s+c]; math.Abs(got-want) > 1e-6*math.Max(1, math.Abs(want)) {
				return fmt.Errorf("loss[%d,%d] = %g, want %g", a, c, got, want)
			}
		}
	}
	return nil
}

func TestLossesStayExact(t *testing.T) {
	v := vocabOf(t, classText(300, 1), 1)
	for _, workers := range []int{1, 2, 3} {
		b := newBrown(v, 6, workers)
		for w := range v.words {
			b.incorporate(int32(w), b.freeSlot())
			if err := check(b); err != nil {
				t.Fatalf("workers %d, word %d in: %v", workers, w, err)
			}
			if w >= b.c {
				b.merge(b.best())
				if err := check(b); err != nil {
					t.Fatalf("workers %d, word %d merged: %v", workers, w, err)
				}
			}
		}
	}
}

// clustersOf runs Brown clustering and returns each word's path.
func clustersOf(tb testing.TB, v *vocab, c, workers int) map[string]string {
	tb.Helper()
	b := newBrown(v, c, workers)
	if err := b.run(context.Background(), nil); err != nil {
		tb.Fatal(err)
	}
	out := map[string]string{}
	for w, p := range b.paths() {
		out[v.words[w]] = p
	}
	return out
}

func TestFindsTheClasses(t *testing.T) {
	v := vocabOf(t, classText(2000, 2), 1)
	paths := clustersOf(t, v, 5, 2)
	for _, class := range []string{"the a this that every", "cat dog man woman child bird", "saw liked heard found met", "quickly slowly quietly", "monday tuesday friday sunday"} {
		words := strings.Fields(class)
		for _, w := range words[1:] {
			if paths[w] != paths[words[0]] {
				t.Errorf("%s is in %s, %s in %s: want one cluster", w, paths[w], words[0], paths[words[0]])
			}
		}
	}
	if paths["the"] == paths["cat"] || paths["saw"] == paths["monday"] {
		t.Errorf("classes merged: %v", paths)
	}
}
