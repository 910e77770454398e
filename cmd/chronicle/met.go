package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/event"
	"github.com/chronicle-kg/chronicle/graph"
	"github.com/chronicle-kg/chronicle/store"
)

const metUsage = `Usage: chronicle met [--db DIR] [--from DATE] [--to DATE] [--all] [--json] [ACTOR [ACTOR]]

Met lists meetings (meet, consult, visit, host, negotiate) in time order:
every meeting, those of one ACTOR, or those between two. An ACTOR is a
name or alias in any case: "us", "Biden", "OSCE". Each line reads:

	2022-01-12  NATO, Russia  meet  [planned]  Russia and NATO also plan to hold...

A meeting that several articles report says how many: [planned, 2 sources].
By default it leaves out hypothetical and negated meetings.

Flags:
  --db DIR      the store (default $CHRONICLE_DB, else ./chronicle.db)
  --from DATE   only meetings on or after DATE: YYYY, YYYY-MM or YYYY-MM-DD
  --to DATE     only meetings on or before DATE: YYYY, YYYY-MM or YYYY-MM-DD
  --all         meetings of every modality, hypothetical and negated too
  --json        print {"meetings": [...]} as JSON
`

type metCmd struct {
	db    string
	dates rangeFlags
	all   bool
	json  bool
}

func (c *metCmd) flags(fs *flag.FlagSet) {
	dbFlag(fs, &c.db)
	c.dates.define(fs)
	fs.BoolVar(&c.all, "all", false, "every modality")
	fs.BoolVar(&c.json, "json", false, "print JSON")
}

func (c *metCmd) run(ctx context.Context, e *env, args []string) (err error) {
	if len(args) > 2 {
		return usagef("at most two actors, not %d", len(args))
	}
	if err := c.dates.check(); err != nil {
		return err
	}
	db, err := openQuery(c.db)
	if err != nil {
		return err
	}
	defer func() { err = closeStore(db, err) }()
	actors, err := resolveActors(ctx, db, args)
	if err != nil {
		return err
	}
	// event.IsMeeting, which also knows meetings by their CAMEO codes,
	// decides what a meeting is; the store asks it of the actors' index
	// entries before it reads an event.
	events, err := db.Timeline(ctx, store.Query{
		Actors: actors, From: c.dates.from.day, To: c.dates.to.day, All: c.all,
		Kind: func(typ, code string) bool { return event.IsMeeting(event.Event{Type: typ, Cameo: code}) },
	})
	if err != nil {
		return err
	}
	g := graph.New(events)
	var meetings []graph.Meeting
	switch len(actors) {
	case 0:
		meetings = g.Meetings()
	case 1:
		meetings = g.MetWith(actors[0])
	case 2:
		meetings = g.Between(actors[0], actors[1])
	}
	if c.json {
		if meetings == nil {
			meetings = []graph.Meeting{}
		}
		return writeJSON(e.stdout, struct {
			Meetings []graph.Meeting `json:"meetings"`
		}{meetings})
	}
	tw := newTable(e.stdout)
	for _, m := range meetings {
		date := m.Date
		if date == "" {
			date = m.FirstDay
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t[%s]\t%s\n", date, strings.Join(m.Actors, ", "), m.Type,
			status(store.Event{Event: event.Event{Modality: m.Modality}, Sources: m.Sources}), oneLine(m.Evidence, evidenceWidth))
	}
	return tw.Flush()
}
