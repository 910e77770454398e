package syntax

import (
	"sort"
	"strconv"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// FromDoc returns the sentences of d as package text splits it, its
// tokens made the syntactic words the UD English treebanks have, each
// with its Form, its Start and End byte offsets in d.Text, Head NoHead
// and no analysis:
//
//   - a contraction is split in two, a [MultiToken] over both words:
//     "didn't" as "did" and "n't", "can't" as "ca" and "n't", "cannot" as
//     "can" and "not", "we've" as "we" and "'ve" (so too "'re", "'ll",
//     "'d", "'m", with either apostrophe);
//   - an abbreviation and the dot right after it are one word ("Mr.",
//     "Jan.", "J."), as package text knows them;
//   - a run of marks that package text splits one to a token is one word
//     when they touch: "--", "...", "?!", and the quotes of text
//     tokenised the Penn Treebank's way (two backquotes, two
//     apostrophes).
//
// A word or multiword token followed directly by the next, with no space
// between, has "SpaceAfter=No" as its Misc. Each sentence has two
// comments, "# sent_id = N", numbered from 1, and "# text = …", its text
// with each run of white space made one space.
func FromDoc(d *text.Doc) []Sentence {
	sents := make([]Sentence, len(d.Sents))
	i := 0
	for k := range sents {
		j := i
		for j < len(d.Toks) && int(d.Toks[j].Sent) == k {
			j++
		}
		sents[k] = sentenceOf(d, k, i, j)
		i = j
	}
	return sents
}

// SentenceOf returns sentence k of d as FromDoc makes it, without
// making the others: a reader that parses only some sentences of a text
// splits only those.
func SentenceOf(d *text.Doc, k int) Sentence {
	i := sort.Search(len(d.Toks), func(i int) bool { return int(d.Toks[i].Sent) >= k })
	j := i
	for j < len(d.Toks) && int(d.Toks[j].Sent) == k {
		j++
	}
	return sentenceOf(d, k, i, j)
}

// sentenceOf makes sentence k of d from its tokens i to j-1.
func sentenceOf(d *text.Doc, k, i, j int) Sentence {
	span := d.Sents[k]
	s := Sentence{Comments: []string{
		"# sent_id = " + strconv.Itoa(k+1),
		"# text = " + strings.Join(strings.Fields(d.Text[span[0]:span[1]]), " "),
	}}
	toks := d.Toks[:j]
	for ; i < j; i++ {
		t := toks[i]
		start, end := int(t.Start), int(t.End)
		form := d.Text[start:end]
		if i+1 < len(toks) && toks[i+1].Start == t.End &&
			d.Text[t.End:toks[i+1].End] == "." && text.Abbreviation(form) {
			i++
			end = int(toks[i].End)
			form = d.Text[start:end]
		} else if run := markRun(form); run != "" {
			for i+1 < len(toks) && int(toks[i+1].Start) == end &&
				toks[i+1].End == toks[i+1].Start+1 && strings.IndexByte(run, d.Text[end]) >= 0 {
				i++
				end = int(toks[i].End)
			}
			form = d.Text[start:end]
		}
		misc := ""
		if i+1 < len(d.Toks) && int(d.Toks[i+1].Start) == end {
			misc = "SpaceAfter=No"
		}
		id := len(s.Words) + 1
		if c := cliticAt(form); c > 0 {
			s.Tokens = append(s.Tokens, MultiToken{First: id, Last: id + 1, Form: form, Misc: misc})
			s.Words = append(s.Words,
				Word{ID: id, Form: form[:c], Head: NoHead, Start: start, End: start + c},
				Word{ID: id + 1, Form: form[c:], Head: NoHead, Start: start + c, End: end})
			continue
		}
		s.Words = append(s.Words, Word{ID: id, Form: form, Head: NoHead, Misc: misc, Start: start, End: end})
	}
	return s
}

// markRun returns the marks that may follow the one-byte mark form in
// one word, "" if none may.
func markRun(form string) string {
	if len(form) != 1 {
		return ""
	}
	switch form[0] {
	case '.', '!', '?':
		return ".!?"
	case '-':
		return "-"
	case '`':
		return "`"
	case '\'':
		return "'"
	}
	return ""
}

// cliticAt returns where the contraction form splits in two words, or 0
// if it is not one.
func cliticAt(form string) int {
	n := len(form)
	lower := func(i int) byte { return form[i] | 0x20 } // ASCII letters only
	switch {
	case n >= 4 && lower(n-1) == 't' && lower(n-3) == 'n' && form[n-2] == '\'':
		return n - 3 // "didn't", "can't": "ca" "n't"
	case n >= 6 && lower(n-1) == 't' && lower(n-5) == 'n' && form[n-4:n-1] == "’":
		return n - 5
	case n == 6 && strings.EqualFold(form, "cannot"):
		return 3
	}
	for _, c := range [...]string{"'re", "'ve", "'ll", "'d", "'m", "’re", "’ve", "’ll", "’d", "’m"} {
		if len(form) > len(c) && strings.EqualFold(form[n-len(c):], c) && isLetter(form[n-len(c)-1]) {
			return n - len(c)
		}
	}
	return 0
}

// isLetter reports whether b is an ASCII letter.
func isLetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }
