package main

import (
	"context"
	"flag"
	"fmt"
	"slices"
	"strings"

	"github.com/chronicle-kg/chronicle/store"
)

// An eventQuery holds the flags that choose stored events, shared by
// timeline and export.
type eventQuery struct {
	db         string
	actors     listFlag
	types      wordsFlag
	modalities modalityFlag
	dates      rangeFlags
	all        bool
}

func (q *eventQuery) flags(fs *flag.FlagSet) {
	dbFlag(fs, &q.db)
	fs.Var(&q.actors, "actor", "only events involving the actor")
	fs.Var(&q.types, "type", "only events of the type")
	fs.Var(&q.modalities, "modality", "only events of the modality")
	q.dates.define(fs)
	fs.BoolVar(&q.all, "all", false, "every modality")
}

// events opens the store read-only and returns the events the flags
// choose, in time order, with their reports if reports is set.
func (q *eventQuery) events(ctx context.Context, reports bool) (events []store.Event, err error) {
	if err := q.dates.check(); err != nil {
		return nil, err
	}
	db, err := openQuery(q.db)
	if err != nil {
		return nil, err
	}
	defer func() { err = closeStore(db, err) }()
	actors, err := resolveActors(ctx, db, q.actors)
	if err != nil {
		return nil, err
	}
	if err := checkTypes(ctx, db, q.types); err != nil {
		return nil, err
	}
	return db.Timeline(ctx, store.Query{
		Actors:     actors,
		Types:      q.types,
		From:       q.dates.from.day,
		To:         q.dates.to.day,
		Modalities: q.modalities.wordsFlag,
		All:        q.all,
		Reports:    reports,
	})
}

// checkTypes returns an error naming the stored types if one of types is
// none of them: a mistyped --type would otherwise print nothing.
func checkTypes(ctx context.Context, db *store.DB, types []string) error {
	if len(types) == 0 {
		return nil
	}
	stored, err := db.Types(ctx)
	if err != nil {
		return err
	}
	for _, t := range types {
		if !slices.Contains(stored, strings.ToLower(t)) {
			if len(stored) == 0 {
				return fmt.Errorf("no events of type %q: the store has no events", t)
			}
			return fmt.Errorf("no events of type %q; the types stored are: %s", t, strings.Join(stored, ", "))
		}
	}
	return nil
}
