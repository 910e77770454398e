package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
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
func (q *eventQuery) events(ctx context.Context, reports bool, stderr io.Writer) ([]store.Event, error) {
	var events []store.Event
	err := q.each(ctx, reports, stderr, func(e store.Event) error {
		events = append(events, e)
		return nil
	})
	return events, err
}

// each opens the store read-only and calls fn with each event the flags
// choose, in time order, as it is read, with its reports if reports is
// set.
func (q *eventQuery) each(ctx context.Context, reports bool, stderr io.Writer, fn func(store.Event) error) (err error) {
	if err := q.dates.check(); err != nil {
		return err
	}
	db, err := openQuery(q.db)
	if err != nil {
		return err
	}
	defer func() { err = closeStore(db, err) }()
	actors, err := resolveActors(ctx, db, q.actors)
	if err != nil {
		return err
	}
	if err := checkTypes(ctx, db, q.types, stderr); err != nil {
		return err
	}
	return db.EachEvent(ctx, store.Query{
		Actors:     actors,
		Types:      q.types,
		From:       q.dates.from.day,
		To:         q.dates.to.day,
		Modalities: q.modalities.wordsFlag,
		All:        q.all,
		Reports:    reports,
	}, fn)
}

// checkTypes says which of types no stored event has, naming the types
// stored, rather than let a mistyped --type print nothing: an error if
// none of types is stored, else a note on w for each that is not.
func checkTypes(ctx context.Context, db *store.DB, types []string, w io.Writer) error {
	if len(types) == 0 {
		return nil
	}
	stored, err := db.Types(ctx)
	if err != nil {
		return err
	}
	var missing []string
	for _, t := range types {
		if !slices.Contains(stored, strings.ToLower(t)) {
			missing = append(missing, strconv.Quote(t))
		}
	}
	switch {
	case len(missing) == 0:
		return nil
	case len(stored) == 0:
		return errors.New("the store has no events")
	case len(missing) == len(types):
		return fmt.Errorf("no events of type %s; the types stored are: %s", strings.Join(missing, " or "), strings.Join(stored, ", "))
	}
	fmt.Fprintf(w, "note: no events of type %s; the types stored are: %s\n", strings.Join(missing, " or "), strings.Join(stored, ", "))
	return nil
}
