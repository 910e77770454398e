package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/timeml"
)

const evalUsage = `Usage: chronicle eval timeml [--verbose] [--json] GOLD_DIR...

Eval scores the time expressions chronicle finds against annotated
TimeML, as Task A of TempEval-3 does. It reads every .tml file in each
GOLD_DIR, finds the time expressions of its text, resolved against its
creation time, and compares them with the TIMEX3 annotations, the
creation time left out:

	strict    found with the same span as an annotated one
	relaxed   found overlapping an annotated one, each paired once
	type      relaxed pairs of the right TIMEX3 type
	value     relaxed pairs of the right TIMEX3 value

Precision (P) is over the expressions found, recall (R) over those
annotated. A document that cannot be read is reported and left out, and
eval then exits with status 1.

Flags:
  --verbose   list each document's errors: expressions missed, spurious,
              of the wrong value or type, or of the wrong extent
  --json      print JSON
`

type evalCmd struct {
	verbose bool
	json    bool
}

func (c *evalCmd) flags(fs *flag.FlagSet) {
	fs.BoolVar(&c.verbose, "verbose", false, "list each document's errors")
	fs.BoolVar(&c.json, "json", false, "print JSON")
}

// evalReport is what eval prints as JSON.
type evalReport struct {
	Documents int                `json:"documents"`
	Counts    timeml.Counts      `json:"counts"`
	Scores    timeml.Scores      `json:"scores"`
	Results   []timeml.DocResult `json:"results,omitempty"`
}

func (c *evalCmd) run(ctx context.Context, e *env, args []string) error {
	switch {
	case len(args) == 0:
		return usagef("missing kind: timeml")
	case args[0] != "timeml":
		return usagef("unknown kind %q: want timeml", args[0])
	case len(args) == 1:
		return usagef("no GOLD_DIR to read")
	}
	var (
		r      evalReport
		failed bool
	)
	for _, dir := range args[1:] {
		if err := ctx.Err(); err != nil {
			return err
		}
		counts, results, err := timeml.EvalDir(dir)
		var list extract.ErrorList
		switch {
		case errors.As(err, &list):
			for _, ie := range list {
				fmt.Fprintln(e.stderr, ie)
			}
			failed = true
		case err != nil:
			fmt.Fprintf(e.stderr, "chronicle eval: %v\n", err)
			failed = true
		}
		r.Documents += len(results)
		r.Counts = r.Counts.Add(counts)
		r.Results = append(r.Results, results...)
	}
	r.Scores = r.Counts.Scores()
	if r.Documents > 0 {
		if err := c.print(e.stdout, r); err != nil {
			return err
		}
	}
	if failed {
		return errReported
	}
	return nil
}

// print writes r as JSON or as text.
func (c *evalCmd) print(w io.Writer, r evalReport) error {
	if c.json {
		if !c.verbose {
			r.Results = nil
		}
		return writeJSON(w, r)
	}
	if c.verbose {
		for _, d := range r.Results {
			writeDocErrors(w, d)
		}
	}
	fmt.Fprintln(w, "                 P       R       F1")
	for _, row := range []struct {
		name string
		s    timeml.PRF
	}{
		{"strict", r.Scores.Strict},
		{"relaxed", r.Scores.Relaxed},
		{"type", r.Scores.Type},
		{"value", r.Scores.Value},
	} {
		fmt.Fprintf(w, "%-14s%6.4f  %6.4f  %6.4f\n", row.name, row.s.P, row.s.R, row.s.F1)
	}
	_, err := fmt.Fprintf(w, "(%d documents, %d gold, %d system expressions)\n", r.Documents, r.Counts.Gold, r.Counts.Sys)
	return err
}

// writeDocErrors writes the errors of one document, if it has any, and a
// blank line after them.
func writeDocErrors(w io.Writer, d timeml.DocResult) {
	lists := []struct {
		name  string
		items []string
	}{
		{"missed", d.Missed},
		{"spurious", d.Spurious},
		{"wrong value", d.WrongValue},
		{"wrong type", d.WrongType},
		{"extent", d.Extent},
	}
	n := 0
	for _, l := range lists {
		n += len(l.items)
	}
	if n == 0 {
		return
	}
	c := d.Counts
	fmt.Fprintf(w, "%s: %d gold, %d system, %d strict, %d relaxed, %d type, %d value\n",
		d.Name, c.Gold, c.Sys, c.Strict, c.Relaxed, c.Type, c.Value)
	for _, l := range lists {
		for _, item := range l.items {
			fmt.Fprintf(w, "  %-12s %s\n", l.name, item)
		}
	}
	fmt.Fprintln(w)
}
