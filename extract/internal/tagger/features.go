package tagger

import (
	"github.com/chronicle-kg/chronicle/extract/internal/perceptron"
	"github.com/chronicle-kg/chronicle/extract/internal/wordclass"
)

// A word holds what the features of a token are made of: hashes of its
// pieces (atoms), computed once a sentence so that each template only
// joins an atom to its number.
type word struct {
	form, lower, shape uint64
	pre, suf           [4]uint64 // of the lower-cased form, 1 to 4 bytes
	// cl[j][l] is the word's class at level l of the model's j-th
	// classes; cl[j][mid] is the one the context features use
	cl [maxClasses][maxLevels]uint64
}

const (
	maxClasses = 4 // sets of word classes a model may use
	maxLevels  = 4 // levels of each
	mid        = 1 // the level of the classes of the words around
)

// Atom kinds: the template that starts each piece's hash.
const (
	aForm = iota + 1
	aLower
	aShape
	aPre
	aSuf
	aClass
	aPad
)

// Feature templates. Those of the word tagged and the words around it
// alone come first, by the word's offset; then those that join words or
// tags.
const (
	// the word tagged
	tForm = iota + 1
	tLower
	tShape
	tPre // tPre+k-1 for the prefix of k bytes
	_
	_
	_
	tSuf // tSuf+k-1 for the suffix of k bytes
	_
	_
	_
	tLowerM1 // the word before
	tSufM1   // its suffix of 3 bytes
	tLowerP1 // the word after
	tSufP1
	tLowerM2 // the word two before
	tLowerP2 // the word two after
	tSufP2
	tP1      // the tag before
	tP2      // the tag two before
	tP12     // both
	tP1Lower // the tag before and the word
	tBigramM1
	tBigramP1
	tClassM1Class // the classes (mid level) of the word before and the word
	tClassClassP1
	// with the tags of the first pass (g): the word's, those after it
	tG0
	tG1
	tG2
	tP1G1
	tG0Lower
	tG1Lower
	// tClass + classTemplates*j + l: level l of the word's class in the
	// j-th classes; + maxLevels, + maxLevels+1: the mid level of the word
	// before, after
	tClass
)

const classTemplates = maxLevels + 2

// pad is the word beyond either end of a sentence.
var pad = func() word {
	h := uint64(perceptron.Feature(aPad).Str("<pad>"))
	w := word{form: h, lower: h, shape: h}
	for k := range w.pre {
		w.pre[k], w.suf[k] = h, h
	}
	for j := range w.cl {
		for l := range w.cl[j] {
			w.cl[j][l] = h
		}
	}
	return w
}()

// noClass is the class of a word that has none.
const noClass = -1

// atoms sets w to the atoms of form, using buf for its lower-case.
func (w *word) atoms(form string, classes []*wordclass.Classes, buf *[64]byte) {
	low := form
	if b := lowerBytes(form, buf); b != nil {
		low = string(b) // on the stack when short: it does not escape
	}
	w.form = uint64(perceptron.Feature(aForm).Str(form))
	w.lower = uint64(perceptron.Feature(aLower).Str(low))
	w.shape = shape(form)
	for k := range w.pre {
		n := min(k+1, len(low))
		w.pre[k] = uint64(perceptron.Feature(aPre).Str(low[:n]))
		w.suf[k] = uint64(perceptron.Feature(aSuf).Str(low[len(low)-n:]))
	}
	for j, c := range classes {
		key := form
		if c.Lower() {
			key = low
		}
		leaf, ok := c.Leaf(key)
		if !ok && key != low {
			leaf, ok = c.Leaf(low)
		}
		for l := range c.Levels() {
			v := noClass
			if ok {
				v = c.At(leaf, l)
			}
			w.cl[j][l] = uint64(perceptron.Feature(aClass).Int(j).Int(l).Int(v))
		}
	}
}

// lowerBytes returns s with its ASCII capitals lower-cased, made in buf,
// or nil if s has none or is longer than buf.
func lowerBytes(s string, buf *[64]byte) []byte {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) || len(s) > len(buf) {
		return nil
	}
	b := append(buf[:0], s...)
	for ; i < len(b); i++ {
		if c := b[i]; 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return b
}

// shape hashes the shape of s: each capital X, each small letter x, each
// digit d, other bytes as they are, runs of one kind cut at four
// ("Xxxxx", "dd.dd").
func shape(s string) uint64 {
	h := perceptron.Feature(aShape)
	var last byte
	run := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c = 'X'
		case 'a' <= c && c <= 'z':
			c = 'x'
		case '0' <= c && c <= '9':
			c = 'd'
		}
		if c == last {
			if run++; run >= 4 {
				continue
			}
		} else {
			last, run = c, 0
		}
		h = h.Int(int(c))
	}
	return uint64(h)
}

// one returns the feature of template t over atom a.
func one(t int, a uint64) uint64 { return perceptron.Hash(a).Int(t).Key() }

// two returns the feature of template t over atoms a and b.
func two(t int, a, b uint64) uint64 {
	return perceptron.Hash(a).Int(int(b)).Int(int(b >> 16)).Int(int(b >> 32)).Int(int(b >> 48)).Int(t).Key()
}

// wordFeatures appends to fs the features of word w at offset d from the
// word tagged (-2 to 2) that depend on w alone.
func wordFeatures(fs []uint64, w *word, d, nclasses int) []uint64 {
	switch d {
	case 0:
		fs = append(fs, one(tForm, w.form), one(tLower, w.lower), one(tShape, w.shape))
		for k := range w.pre {
			fs = append(fs, one(tPre+k, w.pre[k]), one(tSuf+k, w.suf[k]))
		}
		for j := range nclasses {
			for l, a := range w.cl[j] {
				if a != 0 {
					fs = append(fs, one(tClass+classTemplates*j+l, a))
				}
			}
		}
	case -1, 1:
		t, ct := tLowerM1, tClass+maxLevels
		if d == 1 {
			t, ct = tLowerP1, tClass+maxLevels+1
		}
		fs = append(fs, one(t, w.lower), one(t+1, w.suf[2]))
		for j := range nclasses {
			fs = append(fs, one(ct+classTemplates*j, w.cl[j][mid]))
		}
	case -2:
		fs = append(fs, one(tLowerM2, w.lower))
	case 2:
		fs = append(fs, one(tLowerP2, w.lower), one(tSufP2, w.suf[2]))
	}
	return fs
}

// Kinds of tag features: the tag before, two before, and the first
// pass's tags of the word and the two after it.
const (
	kP1 = iota
	kP2
	kG0
	kG1
	kG2
	nTagKinds
)

var tagTemplate = [nTagKinds]uint16{tP1, tP2, tG0, tG1, tG2}

// tagFeature returns the feature of tag c as kind k.
func tagFeature(k int, c int) uint64 { return perceptron.Feature(tagTemplate[k]).Int(c).Key() }

// jointFeatures appends to fs the features of the word at i of ws that
// join words, or words and tags: p1 and p2 are the tags of the two words
// before, g the tags of the first pass, if this is the second. ws and g
// have two pads at each end.
func jointFeatures(fs []uint64, ws []word, i, p1, p2 int, g []uint8) []uint64 {
	w := &ws[i]
	fs = append(fs,
		perceptron.Feature(tP12).Int(p1).Int(p2).Key(),
		perceptron.Hash(w.lower).Int(p1).Int(tP1Lower).Key(),
	)
	if !noBigrams {
		fs = append(fs,
			two(tBigramM1, ws[i-1].lower, w.lower),
			two(tBigramP1, w.lower, ws[i+1].lower))
	}
	if !noClassBigrams {
		fs = append(fs,
			two(tClassM1Class, ws[i-1].cl[0][mid], w.cl[0][mid]),
			two(tClassClassP1, w.cl[0][mid], ws[i+1].cl[0][mid]),
		)
	}
	if g != nil {
		fs = append(fs,
			perceptron.Feature(tP1G1).Int(p1).Int(int(g[i+1])).Key(),
			perceptron.Hash(w.lower).Int(int(g[i])).Int(tG0Lower).Key(),
			perceptron.Hash(w.lower).Int(int(g[i+1])).Int(tG1Lower).Key(),
		)
	}
	return fs
}

// features appends to fs all the features of the word at i of ws.
func features(fs []uint64, ws []word, i, p1, p2 int, g []uint8, nclasses int) []uint64 {
	fs = jointFeatures(fs, ws, i, p1, p2, g)
	fs = append(fs, tagFeature(kP1, p1), tagFeature(kP2, p2))
	if g != nil {
		fs = append(fs, tagFeature(kG0, int(g[i])), tagFeature(kG1, int(g[i+1])), tagFeature(kG2, int(g[i+2])))
	}
	for d := -2; d <= 2; d++ {
		fs = wordFeatures(fs, &ws[i+d], d, nclasses)
	}
	return fs
}

var noBigrams, noClassBigrams bool
