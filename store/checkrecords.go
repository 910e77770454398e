package store

// The checks of DB.Check for each table of records (recordTables): what
// each record must decode as, and what it must point at.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"
)

// doc checks a document record: its hash, and its text chunks.
func (c *checker) doc(hash, val []byte) error {
	var rec docRecord
	if err := decodeJSON(val, &rec); err != nil {
		return err
	}
	if rec.Hash != string(hash) {
		return fmt.Errorf("holds document %q", rec.Hash)
	}
	for n := range rec.Chunks {
		if err := c.need(chunkKey(rec.Hash, n), fmt.Sprintf("text chunk %d of %d", n, rec.Chunks)); err != nil {
			return err
		}
	}
	return nil
}

// chunk checks that a text chunk belongs to a document.
func (c *checker) chunk(rest, _ []byte) error {
	hash, n, err := split2(rest)
	if err != nil {
		return err
	}
	if _, err := strconv.Atoi(n); err != nil || len(n) != 6 {
		return fmt.Errorf("chunk number %q is not six digits", n)
	}
	return c.needDoc(hash)
}

// event checks that an event record decodes, under its own ID. It must
// decode as the queries decode it.
func (c *checker) event(id, val []byte) error {
	var e Event
	if err := decodeEvent(val, &e); err != nil {
		return fmt.Errorf("cannot decode: %w", err)
	}
	if e.ID != string(id) {
		return fmt.Errorf("holds event %q", e.ID)
	}
	return nil
}

// actor checks that an actor record decodes, under its own name.
func (c *checker) actor(name, val []byte) error {
	var a ActorSummary
	if err := decodeActor(val, &a); err != nil {
		return fmt.Errorf("cannot decode: %w", err)
	}
	if fold(a.Name) != string(name) {
		return fmt.Errorf("holds actor %q", a.Name)
	}
	return nil
}

// alias checks that an alias names a stored actor.
func (c *checker) alias(_, val []byte) error {
	return c.need(actorKey(string(val)), fmt.Sprintf("actor %q", val))
}

// timeIndex checks an entry of the start index: its class, its day, the
// end day in its value, and its event.
func (c *checker) timeIndex(rest, val []byte) error {
	cl, d, id, err := split3(rest)
	if err != nil {
		return err
	}
	if err := checkClass(cl, d, string(val)); err != nil {
		return err
	}
	return c.needEvent(id)
}

// checkClass checks the class of an index entry of an event from day
// start to day end, and the days.
func checkClass(cl, start, end string) error {
	if err := checkDays(start, end); err != nil {
		return err
	}
	if want := classOf(start, end); class(cl) != want {
		return fmt.Errorf("class %q, but %s..%s is of class %q", cl, start, end, want)
	}
	return nil
}

// actorIndex checks an entry of the actor index: its class and days, its
// value, its event and its actor. An event of a document being stored
// in stages may name an actor the document has yet to store.
func (c *checker) actorIndex(rest, val []byte) error {
	name, cl, d, id, err := split4(rest)
	if err != nil {
		return err
	}
	if bytes.Count(val, []byte("|")) != 3 {
		return fmt.Errorf("value %q is not role|type|code|end", val)
	}
	_, _, _, end := parseActorEntry(val)
	if err := checkClass(cl, d, end); err != nil {
		return err
	}
	if err := c.needEvent(id); err != nil {
		return err
	}
	if err := c.need(actorKey(name), fmt.Sprintf("actor %q", name)); err != nil && !c.onlyPending(id) {
		return err
	}
	return nil
}

// onlyPending reports whether only documents being stored in stages
// report the event id.
func (c *checker) onlyPending(id string) bool {
	e := Event{}
	e.ID = id
	err := readReports(context.Background(), c.txn, &e)
	return err == nil && len(e.Documents) > 0 &&
		!slices.ContainsFunc(e.Documents, func(h string) bool { return !c.pending[h] })
}

// typeIndex checks an entry of the type index: its class and days and
// its event.
func (c *checker) typeIndex(rest, val []byte) error {
	_, cl, d, id, err := split4(rest)
	if err != nil {
		return err
	}
	if err := checkClass(cl, d, string(val)); err != nil {
		return err
	}
	return c.needEvent(id)
}

// kindIndex checks an entry of the kind index: its day, and its event's
// sketch, which the merge rule reads.
func (c *checker) kindIndex(rest, _ []byte) error {
	_, _, d, id, err := split4(rest)
	if err != nil {
		return err
	}
	if err := checkDays(d); err != nil {
		return err
	}
	return c.need(sketchKey(id), fmt.Sprintf("sketch of event %q", id))
}

// eventReport checks that a report decodes and belongs to a stored event.
func (c *checker) eventReport(rest, val []byte) error {
	id, n, err := split2(rest)
	if err != nil {
		return err
	}
	if _, err := strconv.Atoi(n); err != nil || len(n) != 6 {
		return fmt.Errorf("report number %q is not six digits", n)
	}
	var m Report
	if err := decodeJSON(val, &m); err != nil {
		return err
	}
	return c.needEvent(id)
}

// sketch checks that a sketch decodes and belongs to a stored event.
func (c *checker) sketch(id, val []byte) error {
	if _, err := decodeSketch(string(id), val); err != nil {
		return err
	}
	return c.needEvent(string(id))
}

// order checks an entry of the order of documents: its number and its
// document.
func (c *checker) order(n, val []byte) error {
	if _, err := strconv.Atoi(string(n)); err != nil || len(n) != 12 {
		return fmt.Errorf("document number %q is not twelve digits", n)
	}
	return c.needDoc(string(val))
}

// surname checks that a surname entry names a stored actor.
func (c *checker) surname(rest, _ []byte) error {
	_, name, err := split2(rest)
	if err != nil {
		return err
	}
	return c.need(actorKey(name), fmt.Sprintf("actor %q", name))
}

// meta checks the layout and the counters of the meta table.
func (c *checker) meta(name, val []byte) error {
	switch {
	case string(name) == "layout":
		if string(val) != strconv.Itoa(Layout) {
			return fmt.Errorf("layout %q, not %d", val, Layout)
		}
	case len(val) != 8:
		return fmt.Errorf("counter of %d bytes, not 8", len(val))
	}
	return nil
}

// edge checks that an edge joins a stored document and event. A
// rollback cut short deletes a pending document's events before their
// edges.
func (c *checker) edge(rest, _ []byte) error {
	hash, id, err := split2(rest)
	if err != nil {
		return err
	}
	if c.pending[hash] {
		return nil
	}
	if err := c.needDoc(hash); err != nil {
		return err
	}
	return c.needEvent(id)
}

// mention checks that a mention decodes and belongs to a stored actor
// and document.
func (c *checker) mention(rest, val []byte) error {
	name, hash, offset, err := split3(rest)
	if err != nil {
		return err
	}
	if _, err := strconv.Atoi(offset); err != nil || len(offset) != 10 {
		return fmt.Errorf("offset %q is not ten digits", offset)
	}
	var m storedMention
	if err := decodeJSON(val, &m); err != nil {
		return err
	}
	if err := c.needDoc(hash); err != nil {
		return err
	}
	if c.pending[hash] {
		return nil // its actors are stored last
	}
	return c.need(actorKey(name), fmt.Sprintf("actor %q", name))
}

// checkDays checks that each of days is a day, YYYY-MM-DD, or empty
// (undated).
func checkDays(days ...string) error {
	for _, d := range days {
		if _, err := time.Parse(time.DateOnly, d); d != "" && err != nil {
			return fmt.Errorf("day %q is not YYYY-MM-DD", d)
		}
	}
	return nil
}

// split2 splits rest, the key less its prefix, into its two components.
// The last may hold sep.
func split2(rest []byte) (a, b string, err error) {
	a1, b1, ok := bytes.Cut(rest, []byte(sep))
	if !ok {
		return "", "", errors.New("key has too few components")
	}
	return string(a1), string(b1), nil
}

// split3 splits rest, the key less its prefix, into its three
// components. The last may hold sep.
func split3(rest []byte) (a, b, c string, err error) {
	a, bc, err := split2(rest)
	if err != nil {
		return "", "", "", err
	}
	b, c, err = split2([]byte(bc))
	return a, b, c, err
}

// split4 splits rest, the key less its prefix, into its four
// components. The last may hold sep.
func split4(rest []byte) (a, b, c, d string, err error) {
	a, bcd, err := split2(rest)
	if err != nil {
		return "", "", "", "", err
	}
	b, c, d, err = split3([]byte(bcd))
	return a, b, c, d, err
}
