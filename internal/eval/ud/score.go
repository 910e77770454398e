package ud

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/syntax"
	"github.com/chronicle-kg/chronicle/internal/eval"
)

// ErrMismatch is the error, wrapped with the sentence and what differs,
// for a system sentence that is not an analysis of the gold sentence's
// words: another number of words, or other forms.
var ErrMismatch = errors.New("ud: system and gold words differ")

// Counts are the tallies of the CoNLL 2018 measures on gold tokens: the
// gold words, and of them those the system analysed right in each
// measure.
type Counts struct {
	Words  int `json:"words"`
	UPOS   int `json:"upos"`
	XPOS   int `json:"xpos"`
	Lemmas int `json:"lemmas"`
	UAS    int `json:"uas"` // the right head
	LAS    int `json:"las"` // the right head and universal relation
}

// Add returns the sum of c and o.
func (c Counts) Add(o Counts) Counts {
	return Counts{
		Words:  c.Words + o.Words,
		UPOS:   c.UPOS + o.UPOS,
		XPOS:   c.XPOS + o.XPOS,
		Lemmas: c.Lemmas + o.Lemmas,
		UAS:    c.UAS + o.UAS,
		LAS:    c.LAS + o.LAS,
	}
}

// Scores are the CoNLL 2018 measures on gold tokens, each the fraction
// of the gold words analysed right: on gold tokens, precision, recall and
// F1 are all this figure.
type Scores struct {
	UPOS   float64 `json:"upos"`
	XPOS   float64 `json:"xpos"`
	Lemmas float64 `json:"lemmas"`
	UAS    float64 `json:"uas"`
	LAS    float64 `json:"las"`
}

// Scores returns the scores of c, zeros if it has no words.
func (c Counts) Scores() Scores {
	of := func(n int) float64 {
		if c.Words == 0 {
			return 0
		}
		return float64(n) / float64(c.Words)
	}
	return Scores{UPOS: of(c.UPOS), XPOS: of(c.XPOS), Lemmas: of(c.Lemmas), UAS: of(c.UAS), LAS: of(c.LAS)}
}

// A Relation is how the system did on one universal relation: LAS
// precision is Correct over System, recall Correct over Gold.
type Relation struct {
	Rel     string `json:"rel"`
	Gold    int    `json:"gold"`    // gold words with the relation
	System  int    `json:"system"`  // system words with it
	Correct int    `json:"correct"` // words with it in both, with the right head
}

// PRF returns the LAS precision, recall and F1 of the relation.
func (r Relation) PRF() eval.PRF { return eval.Of(r.Correct, r.System, r.Gold) }

// A Result is how the system did on one gold file.
type Result struct {
	Name      string `json:"name"`
	Sentences int    `json:"sentences"`
	Counts
	Relations []Relation `json:"relations,omitempty"` // by name
}

// Score compares sys, a system's analysis of the sentences of gold on
// their own words, with gold, sentence by sentence, for the file name.
// Sentences that cannot be compared — of which the system has another
// number of words or other forms ([ErrMismatch]), or where a gold word has
// no head — are an error naming the sentence, and so is a different
// number of sentences.
func Score(name string, gold, sys []syntax.Sentence) (Result, error) {
	r := Result{Name: name}
	if len(gold) != len(sys) {
		return r, fmt.Errorf("%s: %w: %d gold sentences, %d system", name, ErrMismatch, len(gold), len(sys))
	}
	for i := range gold {
		if err := r.add(i+1, &gold[i], &sys[i]); err != nil {
			return r, fmt.Errorf("%s: %w", name, err)
		}
	}
	return r, nil
}

// add adds the counts of sys against gold, the nth sentence, to r, or
// returns why they cannot be compared and adds nothing.
func (r *Result) add(n int, gold, sys *syntax.Sentence) error {
	if err := comparable(gold, sys); err != nil {
		return fmt.Errorf("%s: %w", sentenceName(n, gold), err)
	}
	r.Sentences++
	for i, g := range gold.Words {
		s := sys.Words[i]
		r.Words++
		r.UPOS += btoi(s.UPOS == g.UPOS)
		r.XPOS += btoi(s.XPOS == g.XPOS)
		r.Lemmas += btoi(s.Lemma == g.Lemma || g.Lemma == "_" || g.Lemma == "")
		gr, sr := universal(g.Rel), universal(s.Rel)
		head := s.Head == g.Head
		r.UAS += btoi(head)
		r.LAS += btoi(head && sr == gr)
		r.relation(gr).Gold++
		r.relation(sr).System++
		if head && sr == gr {
			r.relation(gr).Correct++
		}
	}
	return nil
}

// comparable reports why sys cannot be scored against gold.
func comparable(gold, sys *syntax.Sentence) error {
	if len(gold.Words) != len(sys.Words) {
		return fmt.Errorf("%w: %d gold words, %d system", ErrMismatch, len(gold.Words), len(sys.Words))
	}
	for i, g := range gold.Words {
		if s := sys.Words[i]; s.Form != g.Form {
			return fmt.Errorf("%w: word %d is %q, want %q", ErrMismatch, i+1, s.Form, g.Form)
		}
		if g.Head == syntax.NoHead {
			return fmt.Errorf("gold word %d has no head", i+1)
		}
	}
	return nil
}

// relation returns r's tally of the relation rel, adding it if need be.
func (r *Result) relation(rel string) *Relation {
	i, ok := slices.BinarySearchFunc(r.Relations, rel, func(x Relation, rel string) int {
		return strings.Compare(x.Rel, rel)
	})
	if !ok {
		r.Relations = slices.Insert(r.Relations, i, Relation{Rel: rel})
	}
	return &r.Relations[i]
}

// universal returns the universal part of the relation rel: "nsubj" of
// "nsubj:pass".
func universal(rel string) string {
	u, _, _ := strings.Cut(rel, ":")
	return u
}

// sentenceName names the nth sentence s in errors: "sentence 3", with its
// sent_id if it has one.
func sentenceName(n int, s *syntax.Sentence) string {
	if id, ok := s.Comment("sent_id"); ok {
		return fmt.Sprintf("sentence %d (sent_id = %s)", n, id)
	}
	return fmt.Sprintf("sentence %d", n)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
