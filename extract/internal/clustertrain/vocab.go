package main

import (
	"slices"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// A vocab is what Brown clustering works on: the words kept, most frequent
// first, with their counts and the bigrams between them.
type vocab struct {
	words  []string // keys, by word id: most frequent first, then by key
	count  []int64
	cased  []string // the forms that keep their capitals, sorted
	tokens int64    // tokens of the text, kept or not
	right  [][]edge // by word: the words after it, with counts
	left   [][]edge // by word: the words before it
}

// An edge is a neighbouring word and how often the two are adjacent.
type edge struct{ w, n int32 }

// Options of keying and keeping words.
type keyOptions struct {
	MinCount int     // a word seen fewer times has no cluster
	MinRatio float64 // see casedForms
}

// casedForms returns the forms that keep their capitals: a capitalised
// form seen MinCount times after a sentence's first word, and its
// lower-case form seen MinCount times, each at least MinRatio times as
// often as the other, counting every capitalised form of the word
// together ("May" 1,304 times and "may" 3,565; "US" 5,812 and "us" 3,582;
// "March" 1,052 and "march" 123). Every other form is lower-cased: "The"
// (4,890 times beside 255,300 of "the") as "the", "NATO" as "nato" and
// "AFGHANISTAN" as "afghanistan". A word's forms then pool their counts
// and sentence-initial capitals do not split a word in two, while the
// forms whose capitals mark another word, or a name's part ("Agency" 346
// beside "agency" 959), stay apart.
func casedForms(c *corpus, o keyOptions) map[string]bool {
	caps := map[string]int64{} // by lower-case form: mid-sentence capitalised counts
	for id, f := range c.forms {
		if hasUpper(f) {
			caps[lower(f)] += c.mid[id]
		}
	}
	cased := map[string]bool{}
	for id, f := range c.forms {
		if !hasUpper(f) {
			continue
		}
		l := lower(f)
		lo, ok := c.index[l]
		if !ok {
			continue
		}
		up, low, all := float64(c.mid[id]), float64(c.total[lo]), float64(caps[l])
		min := float64(o.MinCount)
		if up >= min && low >= min && up >= o.MinRatio*low && low >= o.MinRatio*all {
			cased[f] = true
		}
	}
	return cased
}

// newVocab keys the corpus's forms, keeps the words seen MinCount times,
// and counts the bigrams between kept words.
func newVocab(c *corpus, o keyOptions) *vocab {
	cased := casedForms(c, o)
	keyOf := make([]string, len(c.forms))
	counts := map[string]int64{}
	for id, f := range c.forms {
		k := f
		if !cased[f] {
			k = lower(f)
		}
		keyOf[id] = k
		counts[k] += c.total[id]
	}
	v := &vocab{}
	for k, n := range counts {
		if n >= int64(o.MinCount) {
			v.words = append(v.words, k)
		}
	}
	slices.SortFunc(v.words, func(a, b string) int {
		if counts[a] != counts[b] {
			if counts[a] > counts[b] {
				return -1
			}
			return 1
		}
		return strings.Compare(a, b)
	})
	wid := make(map[string]int32, len(v.words))
	for i, w := range v.words {
		wid[w] = int32(i)
		v.count = append(v.count, counts[w])
	}
	for f := range cased {
		if _, ok := wid[f]; ok {
			v.cased = append(v.cased, f)
		}
	}
	slices.Sort(v.cased)
	v.bigrams(c, keyOf, wid)
	return v
}

// bigrams counts the pairs of kept words side by side in a sentence.
func (v *vocab) bigrams(c *corpus, keyOf []string, wid map[string]int32) {
	formWord := make([]int32, len(keyOf))
	for id, k := range keyOf {
		if w, ok := wid[k]; ok {
			formWord[id] = w
		} else {
			formWord[id] = brk
		}
	}
	var pairs []uint64
	prev := int32(brk)
	for _, f := range c.toks {
		w := int32(brk)
		if f != brk {
			v.tokens++
			w = formWord[f]
		}
		if prev != brk && w != brk {
			pairs = append(pairs, uint64(prev)<<32|uint64(w))
		}
		prev = w
	}
	slices.Sort(pairs)
	v.right = make([][]edge, len(v.words))
	v.left = make([][]edge, len(v.words))
	for i := 0; i < len(pairs); {
		j := i
		for j < len(pairs) && pairs[j] == pairs[i] {
			j++
		}
		a, b := int32(pairs[i]>>32), int32(uint32(pairs[i]))
		v.right[a] = append(v.right[a], edge{b, int32(j - i)})
		v.left[b] = append(v.left[b], edge{a, int32(j - i)})
		i = j
	}
}

// hasUpper reports whether s holds an ASCII capital.
func hasUpper(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r >= 'A' && r <= 'Z' }) >= 0
}

// lower returns s with its ASCII letters in lower case, as clusters.Of
// lower-cases a key.
func lower(s string) string { return string(text.AppendLower(nil, s)) }
