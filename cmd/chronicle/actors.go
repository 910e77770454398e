package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/chronicle-kg/chronicle/store"
)

const actorsUsage = `Usage: chronicle actors [--db DIR] [--json]
       chronicle actors [--db DIR] [--json] --mentions NAME

Actors lists the actors in the store by canonical name, with their kind,
CAMEO code, affiliation, the number of documents that name them and of
their mentions, and the other names they were found under. Any of those
names can be given to timeline --actor and met.

With --mentions it lists every mention of one actor instead, in the order
of the documents' dates: the document, its date, the character offsets
of the mention in its text and the text there.

Flags:
  --db DIR          the store (default $CHRONICLE_DB, else ./chronicle.db)
  --json            print {"actors": [...]} (or {"mentions": [...]}) as JSON
  --mentions NAME   list the mentions of NAME, a name or alias in any case
`

type actorsCmd struct {
	db       string
	json     bool
	mentions string
}

func (c *actorsCmd) flags(fs *flag.FlagSet) {
	dbFlag(fs, &c.db)
	fs.BoolVar(&c.json, "json", false, "print JSON")
	fs.StringVar(&c.mentions, "mentions", "", "list the mentions of the actor")
}

func (c *actorsCmd) run(ctx context.Context, e *env, args []string) (err error) {
	if len(args) > 0 {
		return usagef("unexpected argument %q", args[0])
	}
	db, err := openQuery(c.db)
	if err != nil {
		return err
	}
	defer func() { err = closeStore(db, err) }()
	if c.mentions != "" {
		return c.listMentions(ctx, e, db)
	}
	actors, err := db.Summaries(ctx)
	if err != nil {
		return err
	}
	if actors == nil {
		actors = []store.ActorSummary{}
	}
	for i := range actors {
		actors[i].Mentions = nil
	}
	if c.json {
		return writeJSON(e.stdout, struct {
			Actors []store.ActorSummary `json:"actors"`
		}{actors})
	}
	tw := newTable(e.stdout)
	fmt.Fprintln(tw, "NAME\tKIND\tCODE\tAFFILIATION\tDOCS\tMENTIONS\tALIASES")
	for _, a := range actors {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d\t%s\n", a.Name, dash(string(a.Kind)), dash(a.Code), dash(a.Affiliation),
			a.Documents, a.MentionCount, dash(strings.Join(a.Aliases, ", ")))
	}
	return tw.Flush()
}

// listMentions writes the mentions of the actor c.mentions names.
func (c *actorsCmd) listMentions(ctx context.Context, e *env, db *store.DB) error {
	names, err := resolveActors(ctx, db, []string{c.mentions})
	if err != nil {
		return err
	}
	mentions, err := db.Mentions(ctx, names[0])
	if err != nil {
		return err
	}
	if mentions == nil {
		mentions = []store.ActorMention{}
	}
	if c.json {
		return writeJSON(e.stdout, struct {
			Mentions []store.ActorMention `json:"mentions"`
		}{mentions})
	}
	tw := newTable(e.stdout)
	fmt.Fprintln(tw, "DATE\tDOC\tSTART\tEND\tTEXT")
	for _, m := range mentions {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\n", dash(m.Date), dash(m.Doc), m.Start, m.End, oneLine(m.Text, evidenceWidth))
	}
	return tw.Flush()
}

// dash returns s, or "-" if s is empty, so that a table has no gaps.
func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
