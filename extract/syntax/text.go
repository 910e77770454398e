package syntax

import (
	"strconv"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// FromDoc returns the sentences of d as package text splits it, each
// token a word: its Form the token's text, Start and End its byte offsets
// in d.Text, Head NoHead and no analysis. A word followed directly by the
// next token, with no space between, has "SpaceAfter=No" as its Misc.
// Each sentence has two comments, "# sent_id = N", numbered from 1, and
// "# text = …", its text with each run of white space made one space.
func FromDoc(d *text.Doc) []Sentence {
	sents := make([]Sentence, len(d.Sents))
	for i, span := range d.Sents {
		sents[i].Comments = []string{
			"# sent_id = " + strconv.Itoa(i+1),
			"# text = " + strings.Join(strings.Fields(d.Text[span[0]:span[1]]), " "),
		}
	}
	for i, t := range d.Toks {
		s := &sents[t.Sent]
		w := Word{
			ID:    len(s.Words) + 1,
			Form:  d.Text[t.Start:t.End],
			Head:  NoHead,
			Start: int(t.Start),
			End:   int(t.End),
		}
		if i+1 < len(d.Toks) && d.Toks[i+1].Start == t.End {
			w.Misc = "SpaceAfter=No"
		}
		s.Words = append(s.Words, w)
	}
	return sents
}
