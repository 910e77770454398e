package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/internal/eval/plover"
	"github.com/chronicle-kg/chronicle/internal/eval/timeline"
	"github.com/chronicle-kg/chronicle/internal/eval/timeml"
)

const evalUsage = `Usage: chronicle eval timeml [--verbose] [--json] GOLD_DIR...
       chronicle eval plover [--verbose] [--json] [FILE]
       chronicle eval ud [--verbose] [--json] FILE.conllu...
       chronicle eval timeline [--verbose] [--json] GOLD_DIR CORPUS_DIR

Eval scores what chronicle finds against annotated text.

Eval timeml scores the time expressions chronicle finds against
annotated TimeML, as Task A of TempEval-3 does. It reads every .tml file
in each GOLD_DIR, finds the time expressions of its text, resolved
against its creation time, and compares them with the TIMEX3
annotations, the creation time left out:

	strict    found with the same span as an annotated one
	relaxed   found overlapping an annotated one, each paired once
	type      relaxed pairs of the right TIMEX3 type
	value     relaxed pairs of the right TIMEX3 value

Precision (P) is over the expressions found, recall (R) over those
annotated. A document that cannot be read is reported and left out, and
eval then exits with status 1.

Eval plover scores events against the PLOVER gold standard record set
(GSR), a JSON array of sentences each coded with a PLOVER category and
the CAMEO codes of its source and target actors. FILE defaults to
` + defaultGSR + `
if that exists; the CAMEO-to-PLOVER table ` + plover.MappingFile + `
is read from beside it. Of the events found in each sentence, the one of
the gold category is scored, else the first with a category:

	source actors      our sources and symmetric participants
	target actors      our targets
	PLOVER category    records whose event has the gold category
	category+source+target
	                   those whose source and target sets are exact too,
	                   where the GSR codes them

An actor matches a gold one of the same state (the first three letters
of its CAMEO code, USAGOV being USA and JAP JPN) or class (IGO, NGO).
Precision (P) is over our actors, recall (R) over the gold; the exact
set is the fraction of records whose actors on that side pair off with
the gold ones. A record that cannot be read is reported and left out,
and eval then exits with status 1.

Eval ud scores the Universal Dependencies analysis that parse prints
against treebanks in CoNLL-U, such as the UD English Web Treebank's
en_ewt-ud-dev.conllu. Each sentence of each FILE is analysed afresh on
its own words, none of its annotation seen, and scored as the CoNLL 2018
shared task scores an analysis on gold tokens, punctuation included:

	UPOS     words with the gold universal part of speech
	XPOS     words with the gold language-specific part of speech
	Lemmas   words with the gold lemma (any lemma where the gold is _)
	UAS      words with the gold head
	LAS      words with the gold head and relation, of which only the
	         universal part counts: nsubj:pass is nsubj

each as a fraction of all the words (on gold tokens, precision, recall
and F1 are all this figure). A sentence that cannot be read or scored is
reported and left out, and eval then exits with status 1.

Eval timeline scores entity timelines as Track A of SemEval-2015 Task 4
(TimeLine) does. GOLD_DIR holds one timeline file for each target entity
(its name on the first line, then ORDER, ANCHOR and mentions
DOCID-SENTENCE-WORD, tab-separated); CORPUS_DIR holds the articles as
CAT files (in it or in its input_CAT), dated by the TimeML files of
input_TimeML beside them. The articles are extracted and ingested into a
store in memory, and each entity's timeline is read back from it as
timeline --actor lists it: precision is the share of our timeline's
relations (before, simultaneous) that the gold timeline entails, recall
the reverse, micro-averaged over the entities.

Flags:
  --verbose   timeml: list each document's errors: expressions missed,
              spurious, of the wrong value or type, or of the wrong extent
              plover: list each record scored wrong, with why each gold
              actor was missed, and the records of each gold category
              ud: list each file's LAS relation by relation: the gold
              and system words of each universal relation, those right
              in head and relation, and their P, R and F1
              timeline: print each entity's timeline as we build it
  --json      print JSON
`

// defaultGSR is where eval plover looks for the GSR when given no FILE:
// the shared corpora beside the repository.
const defaultGSR = "../shared/corpora/plover-gsr/PLOVER_GSR_CAMEO.json"

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
	if len(args) == 0 {
		return usagef("missing kind: timeml, plover, ud or timeline")
	}
	switch args[0] {
	case "timeml":
		return c.timeml(ctx, e, args[1:])
	case "plover":
		return c.plover(e, args[1:])
	case "ud":
		return c.ud(ctx, e, args[1:])
	case "timeline":
		return c.timeline(ctx, e, args[1:])
	}
	return usagef("unknown kind %q: want timeml, plover, ud or timeline", args[0])
}

// timeml scores the time engine on the TimeML files of dirs.
func (c *evalCmd) timeml(ctx context.Context, e *env, dirs []string) error {
	if len(dirs) == 0 {
		return usagef("no GOLD_DIR to read")
	}
	var (
		r      evalReport
		failed bool
	)
	for _, dir := range dirs {
		if err := ctx.Err(); err != nil {
			return err
		}
		counts, results, err := timeml.EvalDir(dir)
		switch {
		case printInputErrors(e.stderr, err):
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

// plover scores the extractor on the GSR named by args, or the default.
func (c *evalCmd) plover(e *env, args []string) error {
	var path string
	switch len(args) {
	case 0:
		if _, err := os.Stat(defaultGSR); err != nil {
			return usagef("no FILE, and no GSR at %s", defaultGSR)
		}
		path = defaultGSR
	case 1:
		path = args[0]
	default:
		return usagef("one FILE only, not %d", len(args))
	}
	recs, err := plover.Load(path)
	var list extract.ErrorList
	switch {
	case errors.As(err, &list): // bad records: the good ones are scored
		for _, ie := range list {
			fmt.Fprintln(e.stderr, ie)
		}
	case err != nil:
		return err
	}
	m, merr := plover.LoadMapping(filepath.Join(filepath.Dir(path), plover.MappingFile))
	if merr != nil {
		return merr
	}
	r := plover.Evaluate(recs, m)
	if perr := c.printPlover(e.stdout, r); perr != nil {
		return perr
	}
	if err != nil {
		return errReported
	}
	return nil
}

// printPlover writes r as JSON or as text.
func (c *evalCmd) printPlover(w io.Writer, r plover.Result) error {
	if c.json {
		if !c.verbose {
			r.Errors = nil
		}
		return writeJSON(w, r)
	}
	if c.verbose {
		for _, re := range r.Errors {
			writeRecordError(w, re)
		}
		writeCategories(w, r)
	}
	fmt.Fprintf(w, "%-24s%d\n", "records", r.Records)
	for _, row := range []struct {
		name string
		s    plover.Side
	}{{"source actors", r.Source}, {"target actors", r.Target}} {
		fmt.Fprintf(w, "%-18sP %.4f  R %.4f  F1 %.4f   (exact set %.4f)\n", row.name, row.s.P, row.s.R, row.s.F1, row.s.Exact)
	}
	fmt.Fprintf(w, "%-18saccuracy %.4f\n", "PLOVER category", r.CategoryAcc)
	_, err := fmt.Fprintf(w, "%-24saccuracy %.4f\n", "category+source+target", r.FullAcc)
	return err
}

// writeRecordError writes one record scored wrong and a blank line.
func writeRecordError(w io.Writer, re plover.RecordError) {
	fmt.Fprintf(w, "%s: gold %s, ours %s (%d events)\n", re.ID, re.Gold, re.Ours, re.Events)
	fmt.Fprintf(w, "  gold      source %s; target %s; trigger %q\n", actorList(re.GoldSource), actorList(re.GoldTarget), re.GoldTrigger)
	fmt.Fprintf(w, "  ours      source %s; target %s; trigger %q\n", actorList(re.OurSource), actorList(re.OurTarget), re.Trigger)
	for _, l := range []struct {
		name string
		as   []plover.SideActor
	}{{"missed", re.Missed}, {"spurious", re.Spurious}} {
		for _, a := range l.as {
			fmt.Fprintf(w, "  %-9s %s %s", l.name, a.Side, a.Actor)
			if a.Cause != "" {
				fmt.Fprintf(w, ": %s", a.Cause)
			}
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintf(w, "  text      %s\n\n", re.Text)
}

// actorList returns as, comma-separated, or "-" for none.
func actorList(as []plover.Actor) string {
	if len(as) == 0 {
		return "-"
	}
	s := make([]string, len(as))
	for i, a := range as {
		s[i] = a.String()
	}
	return strings.Join(s, ", ")
}

// writeCategories writes a table of the gold categories: their records,
// how many we found of the right category and got wholly right, and what
// we found instead, most often first; then a blank line.
func writeCategories(w io.Writer, r plover.Result) {
	t := newTable(w)
	fmt.Fprintln(t, "category\trecords\tcorrect\tfull\tfound as")
	for _, c := range r.Categories {
		found := make([]string, 0, len(c.Found))
		for cat := range c.Found {
			found = append(found, cat)
		}
		slices.SortFunc(found, func(a, b string) int {
			if d := c.Found[b] - c.Found[a]; d != 0 {
				return d
			}
			return strings.Compare(a, b)
		})
		for i, cat := range found {
			found[i] = fmt.Sprintf("%s %d", cat, c.Found[cat])
		}
		fmt.Fprintf(t, "%s\t%d\t%d\t%d\t%s\n", c.Category, c.Records, c.Correct, c.Full, strings.Join(found, ", "))
	}
	fmt.Fprintf(t, "all\t%d\t%d\t%d\t(none) %d\n", r.Records, r.CategoryCorrect, r.FullCorrect, r.NoEvent)
	t.Flush()
	fmt.Fprintln(w)
}

// timeline scores the timelines of the gold entities read from the
// corpus ingested into a store in memory.
func (c *evalCmd) timeline(ctx context.Context, e *env, args []string) error {
	if len(args) != 2 {
		return usagef("want GOLD_DIR and CORPUS_DIR, not %d arguments", len(args))
	}
	gold, err := timeline.ReadGold(args[0])
	if err != nil {
		return err
	}
	docs, err := timeline.ReadCorpus(args[1])
	if err != nil {
		return err
	}
	r, err := timeline.Evaluate(ctx, gold, timeline.Read(docs))
	if err != nil {
		return err
	}
	if c.json {
		return writeJSON(e.stdout, r)
	}
	w := e.stdout
	if c.verbose {
		for _, tl := range r.Timelines {
			fmt.Fprintln(w, tl.Entity)
			for _, l := range tl.Lines {
				fmt.Fprintf(w, "%d\t%s\t%s\n", l.Order, l.Anchor, strings.Join(l.Mentions, "\t"))
			}
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintf(w, "%-24s%5s %5s %5s  %s\n", "entity", "P", "R", "F1", "relations: ours right/all, gold found/all")
	for _, s := range append(r.Entities, r.Total) {
		name := s.Entity
		if name == "" {
			name = "all (micro)"
		}
		fmt.Fprintf(w, "%-24s%5.1f %5.1f %5.1f  %d/%d, %d/%d\n", name, 100*s.P(), 100*s.R(), 100*s.F1(), s.SysRight, s.SysRelations, s.GoldFound, s.GoldRelations)
	}
	return nil
}
