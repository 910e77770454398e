package store

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/dgraph-io/badger/v4"

	"github.com/chronicle-kg/chronicle/extract/actor"
)

// ErrAmbiguous is returned by Resolve for a surname that several stored
// people bear; the error names them.
var ErrAmbiguous = errors.New("store: ambiguous name")

// prefixSurname is the table of people by surname: p/<surname>·<name> →
// empty, the surname and canonical name folded. A query names a person
// by surname ("Biden") as readers do; the extractor does so only within
// an article, where it knows who is meant, so the writer never resolves
// a participant by surname.
const prefixSurname = "p/"

// surnamePrefix is the prefix of the entries of the people called
// surname.
func surnamePrefix(surname string) string { return prefixSurname + normName(surname) + sep }

// surnameOf returns the surname of the person called name: its last word
// but a generational suffix, or "" if name is one word.
func surnameOf(name string) string {
	words := strings.Fields(name)
	for len(words) > 2 && suffixes[strings.ToLower(strings.TrimSuffix(words[len(words)-1], "."))] {
		words = words[:len(words)-1]
	}
	if len(words) < 2 {
		return ""
	}
	return strings.TrimSuffix(words[len(words)-1], ",")
}

// suffixes are the words after a surname that are not it.
var suffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// indexSurname records the person a under its surname.
func (w *writer) indexSurname(a actor.Actor) error {
	if a.Kind != "person" {
		return nil
	}
	s := surnameOf(a.Name)
	if s == "" || normName(s) == normName(a.Name) {
		return nil
	}
	return w.kv.set([]byte(surnamePrefix(s)+fold(a.Name)), nil, shared)
}

// resolveQuery is resolve for a query: a name that no actor bears as its
// name or alias may be the surname of one stored person, and if several
// bear it the error matches ErrAmbiguous and names them.
func resolveQuery(ctx context.Context, txn *badger.Txn, name string) (actor.Actor, error) {
	r := txnKV{txn}
	a, err := resolve(r, name)
	if !errors.Is(err, ErrNotFound) || strings.ContainsAny(strings.TrimSpace(name), " \t") {
		return a, err
	}
	prefix := surnamePrefix(name)
	var people []string
	it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Prefix: []byte(prefix)})
	for it.Rewind(); it.Valid() && len(people) < 6; it.Next() {
		people = append(people, string(it.Item().Key()[len(prefix):]))
	}
	it.Close()
	if err := ctx.Err(); err != nil {
		return a, err
	}
	switch len(people) {
	case 0:
		return a, err
	case 1:
		return resolve(r, people[0])
	}
	var names []string
	for _, p := range people {
		if a, err := resolve(r, p); err == nil {
			names = append(names, a.Name)
		}
	}
	return a, fmt.Errorf("%w: %q may be %s", ErrAmbiguous, name, strings.Join(names, ", "))
}
