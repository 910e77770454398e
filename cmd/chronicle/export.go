package main

import (
	"bytes"
	"context"
	"flag"

	"github.com/chronicle-kg/chronicle/graph"
)

const exportUsage = `Usage: chronicle export dot [--db DIR] [--actor NAME]... [--type TYPE]...
                            [--from DATE] [--to DATE] [--modality M]... [--all] [-o FILE]

Export writes the graph of actors in Graphviz's DOT language: a node for
each actor, an edge for each pair of actors that share events, labelled
with the events' types and dates. Render it with

	chronicle export dot -o chronicle.dot && dot -Tsvg chronicle.dot > chronicle.svg

The flags choose the events as timeline's do; by default hypothetical and
negated events are left out.

Flags:
  --db DIR         the store (default $CHRONICLE_DB, else ./chronicle.db)
  --actor NAME     only events involving NAME; repeat for all of several
  --type TYPE      only events of TYPE; repeat or separate with commas
  --from DATE      only events on or after DATE: YYYY, YYYY-MM or YYYY-MM-DD
  --to DATE        only events on or before DATE: YYYY, YYYY-MM or YYYY-MM-DD
  --modality M     only events of modality M; repeat or separate with commas
  --all            events of every modality (overrides --modality)
  -o FILE          write to FILE, replacing it whole, not to standard output
`

type exportCmd struct {
	eventQuery
	out string
}

func (c *exportCmd) flags(fs *flag.FlagSet) {
	c.eventQuery.flags(fs)
	fs.StringVar(&c.out, "o", "", "output file")
}

func (c *exportCmd) run(ctx context.Context, e *env, args []string) (err error) {
	switch {
	case len(args) == 0:
		return usagef("missing format: dot")
	case args[0] != "dot":
		return usagef("unknown format %q: want dot", args[0])
	case len(args) > 1:
		return usagef("unexpected argument %q", args[1])
	}
	events, err := c.events(ctx, false, e.stderr)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := graph.New(events).WriteDOT(&buf, "chronicle"); err != nil {
		return err
	}
	if c.out == "" || c.out == "-" {
		_, err = e.stdout.Write(buf.Bytes())
		return err
	}
	return writeFileAtomic(c.out, buf.Bytes())
}
