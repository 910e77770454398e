package main

import (
	"bufio"
	"context"
	"flag"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/syntax"
	"github.com/chronicle-kg/chronicle/extract/text"
)

const parseUsage = `Usage: chronicle parse [--conllu] FILE

Parse prints the Universal Dependencies analysis of a text as CoNLL-U:
each word with its lemma, its universal and Penn Treebank parts of
speech, the word it depends on and its relation to it.

FILE is a plain-text article, read as extract reads it, except that it
needs no date: a first line "date YYYY-MM-DD" is left out of the text if
it is there. The text is split into sentences and words as extract
splits it, and then as the UD English treebanks write English: a
contraction is two words under one multiword token ("didn't" as "did"
and "n't"), an abbreviation keeps its dot ("Mr."). Each sentence is
printed with the comments "# sent_id = N" and "# text = ...", and a
word with no space before the next has SpaceAfter=No in its last
column.

A FILE ending in .conllu is CoNLL-U, analysed afresh on its own words:
its comments, IDs, forms, multiword tokens and last column (MISC) are
kept; LEMMA, UPOS, XPOS, HEAD and DEPREL are ours; FEATS and DEPS are
written "_", and the empty nodes of the enhanced graph are left out. A
sentence that cannot be read is reported as FILE:LINE: problem and left
out; parse goes on with the rest and then exits with status 1.

- is standard input, read as plain text unless --conllu is given.

The tagger, lemmatiser and parser are trained on the UD English Web
Treebank (CC BY-SA 4.0); the README gives their scores.

Flags:
  --conllu   read FILE as CoNLL-U whatever its name
`

type parseCmd struct {
	conllu bool
}

func (c *parseCmd) flags(fs *flag.FlagSet) {
	fs.BoolVar(&c.conllu, "conllu", false, "read FILE as CoNLL-U")
}

func (c *parseCmd) run(ctx context.Context, e *env, args []string) error {
	name, f, err := oneInput(args)
	if err != nil {
		return err
	}
	r, conllu := io.Reader(e.stdin), c.conllu
	if f != nil {
		defer f.Close()
		r, conllu = f, conllu || strings.EqualFold(filepath.Ext(name), ".conllu")
	}
	out := bufio.NewWriter(e.stdout)
	if conllu {
		err = parseCoNLLU(ctx, e, name, r, out)
	} else {
		err = parseText(e, name, r, out)
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	return err
}

// undated is the date parse gives extract.ReadText, which wants one,
// so that an article without a date line is read: any date will do, as
// parsing does not use it.
var undated = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// parseText analyses the plain-text article in r and writes it to out.
func parseText(e *env, name string, r io.Reader, out io.Writer) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	a, err := extract.ReadText(name, data, undated)
	if printInputErrors(e.stderr, err) {
		return errReported
	}
	if err != nil {
		return err
	}
	for _, s := range syntax.Parse(text.New(a.Text)) {
		if _, err := s.WriteTo(out); err != nil {
			return err
		}
	}
	return nil
}

// parseCoNLLU analyses each sentence of the CoNLL-U in r on its own words
// and writes it to out, reporting the sentences it cannot read.
func parseCoNLLU(ctx context.Context, e *env, name string, r io.Reader, out io.Writer) error {
	err := syntax.ForEachCoNLLU(name, r, func(s syntax.Sentence) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		t := s.Tokenized()
		syntax.Analyze(&t)
		_, err := t.WriteTo(out)
		return err
	})
	if printInputErrors(e.stderr, err) {
		return errReported
	}
	return err
}
