package depparse

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/internal/perceptron"
)

// A Model is a trained parser: the weights of its transitions and of its
// labels, and the tags and labels they were trained with. It is read-only
// and safe for concurrent use; parse with a [Parser] of one's own.
type Model struct {
	trans  *perceptron.Model  // shift, reduce, left arc, right arc
	label  *perceptron.Model  // the relation of an arc
	tags   map[string]uint64  // tag → its number, from 1
	labels []string
}

// Labels returns the relations the model gives, in its numbering.
func (m *Model) Labels() []string { return m.labels }

// A Parser parses sentences with a Model. It holds buffers reused from one
// sentence to the next, so each goroutine needs its own.
type Parser struct {
	m      *Model
	s      state
	x      sent
	fs     []uint64
	trans  []int32 // the transitions' scores
	labels []int32 // the labels' scores
	mark   []bool
	root   int // the label "root", or -1
	para   int // the label "parataxis", or -1
}

// NewParser returns a parser of the model.
func (m *Model) NewParser() *Parser {
	p := &Parser{m: m, root: -1, para: -1, trans: make([]int32, 4), labels: make([]int32, len(m.labels))}
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
	for !s.done() {
		p.fs = features(p.fs[:0], s, &p.x)
		p.m.trans.Scores(p.fs, p.trans)
		k := p.bestTransition(s)
		l := -1
		if k == leftArc || k == rightArc {
			h, d := s.arcOf(k)
			p.fs = labelFeatures(p.fs[:0], s, &p.x, h, d)
			p.m.label.Scores(p.fs, p.labels)
			l = argmax(p.labels)
		}
		s.apply(k, l)
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

// bestTransition returns the allowed transition of the highest score.
func (p *Parser) bestTransition(s *state) int {
	best := -1
	for k, sc := range p.trans {
		if (best < 0 || sc > p.trans[best]) && s.can(k) {
			best = k
		}
	}
	return best
}

func argmax(s []int32) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}

// prepare hashes the words and numbers the tags of a sentence.
func (p *Parser) prepare(forms, tags []string) {
	p.x.w, p.x.p = append(p.x.w[:0], none), append(p.x.p[:0], none)
	for i, f := range forms {
		p.x.w = append(p.x.w, wordHash(f))
		p.x.p = append(p.x.p, p.m.tags[tags[i]])
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

const magic = "CHRONICLE-DEPPARSE-1\n"

// WriteTo writes m to w: its tags and labels, then its weights.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	tags := make([]string, len(m.tags))
	for t, i := range m.tags {
		tags[i-1] = t
	}
	var b strings.Builder
	b.WriteString(magic)
	b.WriteString(strings.Join(tags, "\t") + "\n")
	b.WriteString(strings.Join(m.labels, "\t") + "\n")
	n, err := io.WriteString(w, b.String())
	if err != nil {
		return int64(n), err
	}
	k, err := m.trans.WriteTo(w)
	if err != nil {
		return int64(n) + k, err
	}
	j, err := m.label.WriteTo(w)
	return int64(n) + k + j, err
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	head, err := br.ReadString('\n')
	if err != nil || head != magic {
		return nil, fmt.Errorf("depparse: not a parser model")
	}
	tags, err := br.ReadString('\n')
	if err != nil {
		return nil, fmt.Errorf("depparse: %w", err)
	}
	labels, err := br.ReadString('\n')
	if err != nil {
		return nil, fmt.Errorf("depparse: %w", err)
	}
	m := &Model{tags: map[string]uint64{}, labels: strings.Split(strings.TrimSuffix(labels, "\n"), "\t")}
	for i, t := range strings.Split(strings.TrimSuffix(tags, "\n"), "\t") {
		m.tags[t] = uint64(i + 1)
	}
	if m.trans, err = perceptron.ReadModel(br); err != nil {
		return nil, err
	}
	if m.label, err = perceptron.ReadModel(br); err != nil {
		return nil, err
	}
	if m.trans.Classes() != 4 || m.label.Classes() != len(m.labels) {
		return nil, fmt.Errorf("depparse: %d and %d classes for 4 transitions and %d labels", m.trans.Classes(), m.label.Classes(), len(m.labels))
	}
	return m, nil
}
