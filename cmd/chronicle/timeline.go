package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/chronicle-kg/chronicle/store"
)

const timelineUsage = `Usage: chronicle timeline [--db DIR] [--actor NAME]... [--type TYPE]...
                          [--from DATE] [--to DATE] [--modality M]... [--all] [--json]

Timeline lists the stored events in time order, one a line:

	2022-01-12  meet (040)  Russia, NATO  [planned]  Russia and NATO also plan to hold...

An event reported by several articles is listed once, with the number
of articles that report it: [planned, 2 sources]. By default timeline
leaves out hypothetical and negated events.

Flags:
  --db DIR         the store (default $CHRONICLE_DB, else ./chronicle.db)
  --actor NAME     only events involving NAME, a name or alias in any case;
                   repeat for events involving all of them
  --type TYPE      only events of TYPE (meet, visit, threaten, ...); repeat or
                   separate with commas for any of several
  --from DATE      only events on or after DATE: YYYY, YYYY-MM or YYYY-MM-DD
  --to DATE        only events on or before DATE: YYYY, YYYY-MM or YYYY-MM-DD
  --modality M     only events of modality M: asserted, reported, planned,
                   hypothetical or negated; repeat or separate with commas
  --all            events of every modality (overrides --modality)
  --json           print {"events": [...]} as JSON
`

type timelineCmd struct {
	eventQuery
	json bool
}

func (c *timelineCmd) flags(fs *flag.FlagSet) {
	c.eventQuery.flags(fs)
	fs.BoolVar(&c.json, "json", false, "print JSON")
}

func (c *timelineCmd) run(ctx context.Context, e *env, args []string) (err error) {
	if len(args) > 0 {
		return usagef("unexpected argument %q", args[0])
	}
	events, err := c.events(ctx, c.json)
	if err != nil {
		return err
	}
	if c.json {
		if events == nil {
			events = []store.Event{}
		}
		return writeJSON(e.stdout, struct {
			Events []store.Event `json:"events"`
		}{events})
	}
	return writeTimeline(e, events)
}

// writeTimeline writes events as aligned lines of text.
func writeTimeline(e *env, events []store.Event) error {
	tw := newTable(e.stdout)
	for _, ev := range events {
		typ := ev.Type
		if ev.Cameo != "" {
			typ += " (" + ev.Cameo + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t[%s]\t%s\n", when(ev.Event), typ, participants(ev.Event), status(ev), oneLine(ev.Evidence, evidenceWidth))
	}
	return tw.Flush()
}
