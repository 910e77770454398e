package main

import (
	"context"
	"fmt"
	"io"

	"github.com/chronicle-kg/chronicle/extract/syntax"
	"github.com/chronicle-kg/chronicle/internal/eval/ud"
)

// udReport is what eval ud prints as JSON.
type udReport struct {
	Files     int         `json:"files"`
	Sentences int         `json:"sentences"`
	Counts    ud.Counts   `json:"counts"`
	Scores    ud.Scores   `json:"scores"`
	Results   []ud.Result `json:"results,omitempty"`
}

// ud scores syntax.Analyze on the CoNLL-U treebank files.
func (c *evalCmd) ud(ctx context.Context, e *env, files []string) error {
	if len(files) == 0 {
		return usagef("no FILE.conllu to read")
	}
	var (
		r      udReport
		failed bool
	)
	for _, path := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		res, err := ud.EvalFile(path, syntax.Analyze)
		switch {
		case printInputErrors(e.stderr, err):
			failed = true
		case err != nil:
			fmt.Fprintf(e.stderr, "chronicle eval: %v\n", err)
			failed = true
		}
		if res.Sentences == 0 {
			continue
		}
		r.Files++
		r.Sentences += res.Sentences
		r.Counts = r.Counts.Add(res.Counts)
		r.Results = append(r.Results, res)
	}
	r.Scores = r.Counts.Scores()
	if r.Files > 0 {
		if err := c.printUD(e.stdout, r); err != nil {
			return err
		}
	}
	if failed {
		return errReported
	}
	return nil
}

// printUD writes r as JSON or as text.
func (c *evalCmd) printUD(w io.Writer, r udReport) error {
	if c.json {
		if !c.verbose {
			r.Results = nil
		}
		return writeJSON(w, r)
	}
	if c.verbose {
		for _, res := range r.Results {
			writeRelations(w, res)
		}
	}
	fmt.Fprintln(w, "        accuracy  correct")
	for _, row := range []struct {
		name    string
		score   float64
		correct int
	}{
		{"UPOS", r.Scores.UPOS, r.Counts.UPOS},
		{"XPOS", r.Scores.XPOS, r.Counts.XPOS},
		{"Lemmas", r.Scores.Lemmas, r.Counts.Lemmas},
		{"UAS", r.Scores.UAS, r.Counts.UAS},
		{"LAS", r.Scores.LAS, r.Counts.LAS},
	} {
		fmt.Fprintf(w, "%-8s%8.4f  %7d\n", row.name, row.score, row.correct)
	}
	_, err := fmt.Fprintf(w, "(%d %s, %d sentences, %d words)\n", r.Files, plural(r.Files, "file"), r.Sentences, r.Counts.Words)
	return err
}

// writeRelations writes the LAS of each universal relation of res, and
// a blank line.
func writeRelations(w io.Writer, res ud.Result) {
	fmt.Fprintf(w, "%s: %d sentences, %d words, UAS %.4f, LAS %.4f\n", res.Name, res.Sentences, res.Words, res.Scores().UAS, res.Scores().LAS)
	t := newTable(w)
	fmt.Fprintln(t, "relation\tgold\tsystem\tcorrect\tP\tR\tF1")
	for _, rel := range res.Relations {
		name := rel.Rel
		if name == "" {
			name = "(none)"
		}
		p := rel.PRF()
		fmt.Fprintf(t, "%s\t%d\t%d\t%d\t%.4f\t%.4f\t%.4f\n", name, rel.Gold, rel.System, rel.Correct, p.P, p.R, p.F1)
	}
	t.Flush()
	fmt.Fprintln(w)
}

// plural returns noun, with an s unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return noun
	}
	return noun + "s"
}
