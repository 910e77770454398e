package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/internal/clusters"
	"github.com/chronicle-kg/chronicle/extract/text"
)

// brk stands between two tokens that make no bigram: at a sentence's end,
// and where a token was left out.
const brk = -1

// A corpus is the training text as forms: each token folded by
// clusters.AppendFold, its capitals kept, and interned. Case is decided
// later, from how often a form is capitalised inside a sentence.
type corpus struct {
	toks  []int32 // form ids in text order, brk between sentences
	forms []string
	index map[string]int32
	total []int64 // by form: occurrences
	mid   []int64 // by form: occurrences past a sentence's first word
	buf   []byte
}

func newCorpus() *corpus { return &corpus{index: map[string]int32{}} }

// addSentence adds one sentence of tokens as written. A token longer than
// clusters.MaxWord is left out, and breaks the sentence there.
func (c *corpus) addSentence(words []string) {
	first := true // before the sentence's first word (a token beginning with a letter)
	for _, w := range words {
		if len(w) > clusters.MaxWord || w == "" {
			c.toks = append(c.toks, brk)
			continue
		}
		c.buf = clusters.AppendFold(c.buf[:0], w)
		id, ok := c.index[string(c.buf)]
		if !ok {
			id = int32(len(c.forms))
			c.forms = append(c.forms, string(c.buf))
			c.index[c.forms[id]] = id
			c.total = append(c.total, 0)
			c.mid = append(c.mid, 0)
		}
		c.toks = append(c.toks, id)
		c.total[id]++
		if !first {
			c.mid[id]++
		} else if text.IsLetterByte(w[0]) {
			first = false
		}
	}
	c.toks = append(c.toks, brk)
}

// readT17 adds the text of every Timeline17 article under dir (the
// */articles.json files, in the order of their paths). The text is
// tokenised with spaces in the manner of the Penn Treebank; it is made
// raw again (see detok) and split as extract/text splits news, so that the
// clusters cover the tokens the tagger meets at run time.
func (c *corpus) readT17(dir string) (articles int, err error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "articles.json"))
	if err != nil {
		return 0, err
	}
	if len(files) == 0 {
		return 0, fmt.Errorf("no */articles.json under %s", dir)
	}
	sort.Strings(files)
	var words []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return 0, err
		}
		var docs []struct{ Text string }
		if err := json.Unmarshal(b, &docs); err != nil {
			return 0, fmt.Errorf("%s: %w", f, err)
		}
		for _, d := range docs {
			doc := text.New(detok(d.Text))
			for i := 0; i < len(doc.Toks); {
				end := doc.SentEnd(i)
				words = words[:0]
				for ; i < end; i++ {
					words = append(words, doc.Word(i))
				}
				c.addSentence(words)
			}
			articles++
		}
	}
	return articles, nil
}

// readCoNLLU adds the FORM column of a CoNLL-U file, a sentence a block;
// multiword-token ranges and empty nodes are skipped.
func (c *corpus) readCoNLLU(path string) (sentences int, err error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var words []string
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			if len(words) > 0 {
				c.addSentence(words)
				sentences++
				words = words[:0]
			}
		case line[0] == '#':
		default:
			cols := strings.SplitN(line, "\t", 3)
			if len(cols) < 2 {
				return 0, fmt.Errorf("%s: a line without a FORM column: %q", path, line)
			}
			if strings.ContainsAny(cols[0], "-.") {
				continue
			}
			words = append(words, cols[1])
		}
	}
	if len(words) > 0 {
		c.addSentence(words)
		sentences++
	}
	return sentences, sc.Err()
}

// ptb undoes the escapes of Penn Treebank tokenisation that Timeline17
// carries.
var ptb = map[string]string{
	"``": `"`, "''": `"`, "`": "'",
	"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
	`\*`: "*", `\/`: "/",
}

// clitic reports whether tok is a clitic that Penn Treebank tokenisation
// splits off the word before it ("John 's", "do n't", "they 're").
func clitic(tok string) bool {
	switch strings.ToLower(tok) {
	case "'s", "n't", "'re", "'ve", "'m", "'ll", "'d":
		return true
	}
	return false
}

// detok makes space-tokenised text raw again: escapes undone, clitics
// joined to the word before ("the U.S. 's" → "the U.S.'s", "do n't" →
// "don't"), one space elsewhere.
func detok(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, tok := range strings.Fields(s) {
		if r, ok := ptb[tok]; ok {
			tok = r
		}
		if b.Len() > 0 && !clitic(tok) {
			b.WriteByte(' ')
		}
		b.WriteString(tok)
	}
	return b.String()
}
