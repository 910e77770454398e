package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/dgraph-io/badger/v4"

	"github.com/chronicle-kg/chronicle/extract/actor"
)

// An ActorSummary is a stored actor with counts of what was read about
// it. It is what the store keeps for each actor, without its mentions,
// which are kept apart (see DB.Mentions).
type ActorSummary struct {
	actor.Actor

	// Documents counts the documents that name the actor, as an actor
	// of their own or as an event participant.
	Documents int `json:"documents"`

	// MentionCount counts the actor's mentions in all documents.
	MentionCount int `json:"mention_count"`
}

// Actors returns every stored actor, sorted by name. Mentions are not
// filled in (see DB.Mentions); Aliases hold every surface form seen in
// any document.
func (db *DB) Actors(ctx context.Context) ([]actor.Actor, error) {
	sums, err := db.Summaries(ctx)
	if err != nil {
		return nil, err
	}
	var actors []actor.Actor
	for _, s := range sums {
		actors = append(actors, s.Actor)
	}
	return actors, nil
}

// Summaries returns every stored actor with its counts, sorted by name.
// The counts are kept with the actor, so no mention is read.
func (db *DB) Summaries(ctx context.Context) ([]ActorSummary, error) {
	var sums []ActorSummary
	err := db.view(func(txn *badger.Txn) error {
		return eachValue(ctx, txn, prefixActor, func(val []byte) error {
			var s ActorSummary
			if err := decodeActor(val, &s); err != nil {
				return fmt.Errorf("store: decode actor: %w", err)
			}
			sums = append(sums, s)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(sums, func(a, b ActorSummary) int { return cmp.Compare(a.Name, b.Name) })
	return sums, nil
}

// Resolve returns the actor whose canonical name or one of whose aliases
// is name, ignoring case, spacing and a leading "the". A canonical name
// wins over another actor's alias. If no actor answers to name, the error
// matches ErrNotFound and quotes the name.
func (db *DB) Resolve(ctx context.Context, name string) (actor.Actor, error) {
	if err := ctx.Err(); err != nil {
		return actor.Actor{}, err
	}
	var a actor.Actor
	err := db.view(func(txn *badger.Txn) error {
		var err error
		a, err = resolveQuery(ctx, txn, name)
		return err
	})
	return a, err
}

// resolve is Resolve within r.
func resolve(r reader, name string) (actor.Actor, error) {
	var s ActorSummary
	if found, err := getActor(r, name, &s); found || err != nil {
		return s.Actor, err
	}
	var canon string
	found, err := r.get(nameKey(name), func(val []byte) error { canon = string(val); return nil })
	if err != nil {
		return s.Actor, err
	}
	if !found {
		return s.Actor, fmt.Errorf("%w: actor %q", ErrNotFound, name)
	}
	found, err = getActor(r, canon, &s)
	if err == nil && !found {
		err = fmt.Errorf("%w: actor %q (alias of missing %q)", ErrNotFound, name, canon)
	}
	return s.Actor, err
}

// putActor merges in into the actor stored under the same name, creating
// it if need be, and indexes its name and aliases. The actor's counters
// are left to countActors.
func (w *writer) putActor(in actor.Actor) error {
	if fold(in.Name) == "" {
		return nil
	}
	var cur ActorSummary
	found, err := getActor(w.kv, in.Name, &cur)
	if err != nil {
		return err
	}
	if !found {
		cur.Actor = actor.Actor{Name: strings.TrimSpace(in.Name)}
		w.added.Actors++
	}
	next := mergeActor(cur.Actor, in)
	if found && sameActor(cur.Actor, next) {
		return nil
	}
	cur.Actor = next
	if err := putActorRecord(w.kv, &cur, shared); err != nil {
		return err
	}
	if err := w.indexSurname(next); err != nil {
		return err
	}
	return w.indexNames(next)
}

// countActors adds the document to the counters of every actor it
// names, with the number of mentions of each.
func (w *writer) countActors() error {
	for name, n := range w.named {
		var cur ActorSummary
		found, err := getActor(w.kv, name, &cur)
		if err != nil {
			return err
		}
		if !found {
			return fmt.Errorf("store: actor %q named but not stored", name)
		}
		cur.Documents++
		cur.MentionCount += n
		if err := putActorRecord(w.kv, &cur, shared); err != nil {
			return err
		}
	}
	return nil
}

// mergeActor returns cur with the aliases of in added and its blank Kind,
// Code and Affiliation filled from in. Mentions are dropped.
func mergeActor(cur, in actor.Actor) actor.Actor {
	next := cur
	next.Mentions = nil
	next.Kind = cmp.Or(cur.Kind, in.Kind)
	next.Code = cmp.Or(cur.Code, in.Code)
	next.Affiliation = cmp.Or(cur.Affiliation, in.Affiliation)
	aliases := slices.Concat(cur.Aliases, in.Aliases)
	if name := strings.TrimSpace(in.Name); name != cur.Name {
		aliases = append(aliases, name)
	}
	aliases = slices.DeleteFunc(aliases, func(s string) bool { return strings.TrimSpace(s) == "" })
	slices.Sort(aliases)
	next.Aliases = slices.Compact(aliases)
	return next
}

// sameActor reports whether a and b would be stored alike.
func sameActor(a, b actor.Actor) bool {
	return a.Name == b.Name && a.Kind == b.Kind && a.Code == b.Code &&
		a.Affiliation == b.Affiliation && slices.Equal(a.Aliases, b.Aliases)
}

// indexNames points the alias index at a from its name and aliases.
func (w *writer) indexNames(a actor.Actor) error {
	if err := w.claimName(a.Name, a.Name, true); err != nil {
		return err
	}
	for _, alias := range a.Aliases {
		if err := w.claimName(alias, a.Name, false); err != nil {
			return err
		}
	}
	return nil
}

// claimName points the alias index entry of alias at canon. An alias
// goes to the first actor that claims it, unless a later actor bears it
// as its canonical name (strong); the first canonical claim stands.
func (w *writer) claimName(alias, canon string, strong bool) error {
	key := nameKey(alias)
	if len(key) == len(prefixName) {
		return nil
	}
	var old string
	found, err := w.kv.get(key, func(val []byte) error { old = string(val); return nil })
	switch {
	case err != nil:
		return err
	case found && (old == canon || !strong || normName(old) == normName(alias)):
		return nil
	}
	return w.kv.set(key, []byte(canon), shared)
}
