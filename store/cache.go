package store

import (
	"cmp"
	"context"
	"slices"
)

// A mergeCache keeps what the merge rule reads of the store across
// documents, up to a bound: the sketches of stored events, and the
// candidate lists of the kind index (k/), one for each kind and actor.
// Every write to the store goes through a writer, one at a time, which
// adds to the lists as it writes index entries and caches sketches once
// its transaction is committed; a transaction that is not committed
// drops every list. So the cache is never behind the store.
type mergeCache struct {
	sketches    map[string]*sketch
	maxSketches int

	lists     map[string][]indexHit // kind index entries under a kindPrefix, in key order
	listed    int                   // entries in lists
	maxListed int
}

// Bounds of the merge cache: a sketch is about 200 bytes, a list entry
// about 80.
const (
	maxCachedSketches = 120_000
	maxCachedEntries  = 400_000
)

func newMergeCache() *mergeCache {
	return &mergeCache{
		sketches: map[string]*sketch{}, maxSketches: maxCachedSketches,
		lists: map[string][]indexHit{}, maxListed: maxCachedEntries,
	}
}

// get returns the cached sketch of id, or nil.
func (c *mergeCache) get(id string) *sketch { return c.sketches[id] }

// absorb caches the sketches of a committed transaction. When the cache
// is full it drops a quarter of its entries, which ones being of no
// consequence but speed.
func (c *mergeCache) absorb(dirty map[string]*sketch) {
	for id, s := range dirty {
		c.sketches[id] = s
	}
	if len(c.sketches) <= c.maxSketches {
		return
	}
	drop := len(c.sketches) - c.maxSketches*3/4
	for id := range c.sketches {
		if drop == 0 {
			break
		}
		delete(c.sketches, id)
		drop--
	}
}

// forget drops the cached sketches of ids, whose events a rollback
// deleted.
func (c *mergeCache) forget(ids []string) {
	for _, id := range ids {
		delete(c.sketches, id)
	}
}

// list returns the entries of the kind index under prefix whose day lies
// in [from, to], reading them all from r if they are not cached.
func (c *mergeCache) list(ctx context.Context, r reader, prefix, from, to string) ([]indexHit, error) {
	l, ok := c.lists[prefix]
	if !ok {
		var err error
		if l, err = r.scan(ctx, prefix, "", "", nil); err != nil {
			return nil, err
		}
		c.keep(prefix, l)
	}
	i, _ := slices.BinarySearchFunc(l, from, func(h indexHit, day string) int { return cmp.Compare(h.day, day) })
	j := i
	for j < len(l) && l[j].day <= to {
		j++
	}
	return l[i:j], nil
}

// keep caches the list l of the entries under prefix, dropping other
// lists if the cache is full.
func (c *mergeCache) keep(prefix string, l []indexHit) {
	if c.listed+len(l) > c.maxListed {
		for p, old := range c.lists {
			if c.listed+len(l) <= c.maxListed*3/4 {
				break
			}
			delete(c.lists, p)
			c.listed -= len(old)
		}
	}
	c.lists[prefix] = l
	c.listed += len(l)
}

// add records the entry h written under prefix in its list, if the list
// is cached.
func (c *mergeCache) add(prefix string, h indexHit) {
	l, ok := c.lists[prefix]
	if !ok {
		return
	}
	i, found := slices.BinarySearchFunc(l, h, compareHits)
	if !found {
		c.lists[prefix] = slices.Insert(l, i, h)
		c.listed++
	}
}

// remove drops the entry h deleted under prefix from its list, if the
// list is cached.
func (c *mergeCache) remove(prefix string, h indexHit) {
	l, ok := c.lists[prefix]
	if !ok {
		return
	}
	if i, found := slices.BinarySearchFunc(l, h, compareHits); found {
		c.lists[prefix] = slices.Delete(l, i, i+1)
		c.listed--
	}
}

// dropLists drops every cached list.
func (c *mergeCache) dropLists() {
	c.lists = map[string][]indexHit{}
	c.listed = 0
}

// compareHits orders index entries as their keys sort: by day, then ID.
// (An ID sorts after sep, which ends the day, so the order of the keys is
// that of the day strings, then of the IDs.)
func compareHits(a, b indexHit) int {
	return cmp.Or(cmp.Compare(a.day, b.day), cmp.Compare(a.id, b.id))
}
