package depparse

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/internal/clusters"
	"github.com/chronicle-kg/chronicle/extract/internal/perceptron"
)

// A Model is a trained parser: the weights of its labelled transitions,
// and the tags and labels they were trained with. It is read-only and safe
// for concurrent use; parse with a [Parser] of one's own.
//
// Transitions and labels are chosen together, a left and a right arc for
// each label: a parser that chose the transition first and then the label
// was a point of UAS and two of LAS worse on the EWT dev split.
type Model struct {
	trans    *perceptron.Model  // the actions (see Parser.action)
	clusters *clusters.Clusters // nil: every word's cluster unknown
	tags     map[string]uint64  // tag → its number, from 1
	labels   []string
	// the labels of left arcs and of right arcs: only those the training
	// trees have ("root" never labels a left arc), so fewer actions to score
	left, right []int
	nonMono     bool // LEFT-ARC may replace a head
	unshift     bool // headless words go back to the buffer at the end
}

// SetClusters gives the model the word clusters it was trained with; a
// model must parse with the clusters it was trained with.
func (m *Model) SetClusters(c *clusters.Clusters) { m.clusters = c }

// Clusters returns the word clusters the model parses with, or nil.
func (m *Model) Clusters() *clusters.Clusters { return m.clusters }

// Labels returns the relations the model gives, in its numbering.
func (m *Model) Labels() []string { return m.labels }

// actions returns the number of actions: the left arcs, shift and
// reduce, and the right arcs.
func (m *Model) actions() int { return len(m.left) + 2 + len(m.right) }

// action returns the transition kind and label of action a. Actions are
// numbered so that those allowed in a state are one run: the left arcs,
// then shift and reduce, then the right arcs.
func (p *Parser) action(a int) (kind, label int) {
	L := len(p.m.left)
	switch {
	case a < L:
		return leftArc, p.m.left[a]
	case a == L:
		return shift, -1
	case a == L+1:
		return reduce, -1
	}
	return rightArc, p.m.right[a-L-2]
}

// allowed returns the run of actions allowed in s, lo to hi-1, which
// holds every allowed action (and may hold some that are not).
func (p *Parser) allowed(s *state) (lo, hi int) {
	L := len(p.m.left)
	lo, hi = 0, p.m.actions()
	if !s.can(leftArc) {
		lo = L
	}
	if !s.can(rightArc) {
		hi = L + 2
	}
	return lo, hi
}

// A Parser parses sentences with a Model. It holds buffers reused from one
// sentence to the next, so each goroutine needs its own.
type Parser struct {
	m      *Model
	s      state
	x      sent
	fs     []uint64
	scores []int32
	mark   []bool
	root   int // the label "root", or -1
	para   int // the label "parataxis", or -1
}

// NewParser returns a parser of the model.
func (m *Model) NewParser() *Parser {
	p := &Parser{m: m, root: -1, para: -1}
	p.scores = make([]int32, m.actions())
	for i, l := range m.labels {
		switch l {
		case "root":
			p.root = i
		case "parataxis":
			p.para = i
		}
	}
	return p
}

// Parse gives each word i of a sentence, its form forms[i] and tag
// tags[i], a head heads[i] (0 for the root, else 1 + the index of the head
// word) and a relation rels[i]. heads and rels must be as long as forms.
func (p *Parser) Parse(forms, tags []string, heads []int, rels []string) {
	p.prepare(forms, tags)
	s := &p.s
	s.reset(len(forms))
	s.nonMono, s.unshift = p.m.nonMono, p.m.unshift
	for !s.settle() {
		p.fs = features(p.fs[:0], s, &p.x)
		lo, hi := p.allowed(s)
		p.m.trans.ScoresIn(p.fs, p.scores, lo, hi)
		canShift, canReduce := s.can(shift), s.can(reduce)
		best := -1
		for a := lo; a < hi; a++ {
			if a == len(p.m.left) && !canShift || a == len(p.m.left)+1 && !canReduce {
				continue
			}
			if best < 0 || p.scores[a] > p.scores[best] {
				best = a
			}
		}
		kind, l := p.action(best)
		s.apply(kind, l)
	}
	s.finish(p.root, p.para)
	for i := range forms {
		heads[i] = s.heads[i+1]
		if l := s.labels[i+1]; l >= 0 {
			rels[i] = p.m.labels[l]
		} else {
			rels[i] = "dep"
		}
	}
}

// prepare hashes the words and numbers the tags of a sentence.
func (p *Parser) prepare(forms, tags []string) {
	x := &p.x
	x.w, x.p = append(x.w[:0], none), append(x.p[:0], none)
	x.c, x.c4, x.c6 = append(x.c[:0], none), append(x.c4[:0], none), append(x.c6[:0], none)
	cs := p.m.clusters
	for i, f := range forms {
		x.w = append(x.w, wordHash(f))
		x.p = append(x.p, p.m.tags[tags[i]])
		k := cs.Of(f)
		x.c, x.c4, x.c6 = append(x.c, uint64(k)), append(x.c4, uint64(cs.Prefix(k, 4))), append(x.c6, uint64(cs.Prefix(k, 6)))
	}
}

// wordHash is the FNV-1a hash of w with ASCII letters lower-cased.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

const magic = "CHRONICLE-DEPPARSE-2"

// WriteTo writes m to w: its tags, labels and label sides, a line each,
// a line of spaces that brings them to a multiple of 64 bytes, then its
// weights, which are used where they lie (see Open).
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	tags := make([]string, len(m.tags))
	for t, i := range m.tags {
		tags[i-1] = t
	}
	var b strings.Builder
	b.WriteString(magic)
	if m.nonMono {
		b.WriteString(" non-monotonic")
	}
	if m.unshift {
		b.WriteString(" unshift")
	}
	b.WriteString("\n")
	b.WriteString(strings.Join(tags, "\t") + "\n")
	b.WriteString(strings.Join(m.labels, "\t") + "\n")
	b.WriteString(ints(m.left) + "\n" + ints(m.right) + "\n")
	b.WriteString(strings.Repeat(" ", perceptron.Padding(b.Len()+1)) + "\n")
	n, err := io.WriteString(w, b.String())
	if err != nil {
		return int64(n), err
	}
	k, err := m.trans.WriteTo(w)
	return int64(n) + k, err
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("depparse: %w", err)
	}
	return Open(data)
}

// Open returns the model written by WriteTo that data holds, using its
// weights where they lie: data must not change while the model is in use.
func Open(data []byte) (*Model, error) { return open(data, perceptron.Open) }

// OpenInPlace is Open for a model that is part of the program, checked by
// the program's tests: its weights are opened with
// perceptron.OpenInPlace.
func OpenInPlace(data []byte) (*Model, error) { return open(data, perceptron.OpenInPlace) }

// open is Open, the weights opened with openWeights.
func open(data []byte, openWeights func([]byte) (*perceptron.Model, int, error)) (*Model, error) {
	rest := data
	line := func() (string, error) {
		i := bytes.IndexByte(rest, '\n')
		if i < 0 {
			return "", errors.New("depparse: a model cut short")
		}
		l := string(rest[:i])
		rest = rest[i+1:]
		return l, nil
	}
	var lines [6]string
	for i := range lines {
		l, err := line()
		if err != nil || i == 0 && l != magic && !strings.HasPrefix(l, magic+" ") {
			return nil, fmt.Errorf("depparse: not a parser model")
		}
		lines[i] = l
	}
	if (len(data)-len(rest))%64 != 0 || strings.Trim(lines[5], " ") != "" {
		return nil, errors.New("depparse: a header not padded to 64 bytes")
	}
	m := &Model{tags: map[string]uint64{}, labels: strings.Split(lines[2], "\t")}
	for _, f := range strings.Fields(lines[0])[1:] {
		switch f {
		case "non-monotonic":
			m.nonMono = true
		case "unshift":
			m.unshift = true
		default:
			return nil, fmt.Errorf("depparse: a model of an unknown kind %q", f)
		}
	}
	var err error
	for i, side := range []*[]int{&m.left, &m.right} {
		if *side, err = parseInts(lines[3+i], len(m.labels)); err != nil {
			return nil, err
		}
	}
	for i, t := range strings.Split(lines[1], "\t") {
		m.tags[t] = uint64(i + 1)
	}
	if m.trans, _, err = openWeights(rest); err != nil {
		return nil, err
	}
	if m.trans.Classes() != m.actions() {
		return nil, fmt.Errorf("depparse: %d classes for %d actions", m.trans.Classes(), m.actions())
	}
	return m, nil
}

// ints writes numbers separated by spaces.
func ints(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, " ")
}

// parseInts reads numbers below n separated by spaces.
func parseInts(line string, n int) ([]int, error) {
	var out []int
	for _, f := range strings.Fields(line) {
		k, err := strconv.Atoi(f)
		if err != nil || k < 0 || k >= n {
			return nil, fmt.Errorf("depparse: bad label number %q", f)
		}
		out = append(out, k)
	}
	return out, nil
}
