package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"io"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/syntax"
	"github.com/chronicle-kg/chronicle/store/ingest"
)

const extractUsage = `Usage: chronicle extract [--date YYYY-MM-DD] [--jsonl] FILE

Extract reads one article and prints what it finds as JSON: sentences,
time expressions, actors and events with their evidence. Nothing is
stored. FILE is read as ingest reads it; - is standard input. Of a JSON
Lines file only the first article is read.

Flags:
  --date YYYY-MM-DD   the publication date, overriding the article's
  --jsonl             read standard input as JSON Lines, not plain text
`

type extractCmd struct {
	date  dayFlag
	jsonl bool
}

func (c *extractCmd) flags(fs *flag.FlagSet) {
	fs.Var(&c.date, "date", "publication date")
	fs.BoolVar(&c.jsonl, "jsonl", false, "standard input is JSON Lines")
}

func (c *extractCmd) run(ctx context.Context, e *env, args []string) error {
	name, f, err := oneInput(args)
	if err != nil {
		return err
	}
	prefetchModels()
	r, jsonl := io.Reader(e.stdin), c.jsonl
	if f != nil {
		defer f.Close()
		r, jsonl = f, ingest.IsJSONL(name)
	}
	a, err := c.read(name, r, jsonl)
	if printInputErrors(e.stderr, err) {
		return errReported
	}
	if err != nil {
		return err
	}
	return writeJSON(e.stdout, extract.Extract(a))
}

// read reads the article in r, or the first of the JSON Lines in r.
func (c *extractCmd) read(name string, r io.Reader, jsonl bool) (extract.Article, error) {
	if !jsonl {
		data, err := io.ReadAll(r)
		if err != nil {
			return extract.Article{}, err
		}
		return extract.ReadText(name, data, c.date.t)
	}
	head, err := firstLine(r)
	if err != nil {
		return extract.Article{}, err
	}
	var a extract.Article
	err = extract.ReadJSONL(name, bytes.NewReader(head), c.date.t, func(got extract.Article) error {
		a = got
		return nil
	})
	if err == nil && a.Text == "" {
		err = &extract.InputError{Name: name, Err: errors.New("no articles")}
	}
	return a, err
}

// firstLine returns the first non-blank line of r with the blank lines
// before it, so that line numbers counted in it are the file's.
func firstLine(r io.Reader) ([]byte, error) {
	br := bufio.NewReader(r)
	var head []byte
	for {
		line, err := br.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return nil, err
		}
		head = append(head, line...)
		if err == io.EOF || len(bytes.TrimSpace(line)) > 0 {
			return head, nil
		}
	}
}

// prefetchModels starts reading the tagger and parser models, which
// extraction reads the first time it parses a sentence, on another core
// while the article is read and its times and actors found: for a command
// that extracts, they are then ready, or nearly, when first wanted.
func prefetchModels() { go syntax.Default() }
