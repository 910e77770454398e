package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/event"
)

// A sketch is a stored event as the merge rule reads it: its kind, days,
// modality and participants, and the publication days of the documents
// that report it. It is kept apart from the event (s/<id>), in a few
// dozen bytes, so that weighing a candidate decodes neither the event's
// texts nor its reports, which grow with every document that reports it.
type sketch struct {
	id       string
	typ      string // folded
	cameo    string
	date     string // the TIMEX3 value, kept only when it is relative (*_REF)
	relation bool   // dated by a relation to an anchor
	first    string // FirstDay
	last     string // LastDay
	modality string // folded
	actors   []sketchActor
	docDays  []string // distinct publication days of the reporting documents, sorted
	reports  int      // reports stored (r/), the sequence number of the next
	docs     int      // documents that report it: the event's Sources
}

// A sketchActor is a participant of a sketch: its folded name and role.
type sketchActor struct {
	name string
	role event.Role
}

// sketchOf returns the sketch of the stored event e, reported by reports
// reports from documents published on days.
func sketchOf(e Event, reports int, days []string) *sketch {
	s := &sketch{
		id: e.ID, typ: fold(e.Type), cameo: e.Cameo, relation: e.Relation != "",
		first: e.FirstDay, last: e.LastDay, modality: fold(string(e.Modality)),
		reports: reports, docs: e.Sources,
	}
	if strings.HasSuffix(e.Date, "_REF") {
		s.date = e.Date
	}
	for _, p := range e.Actors {
		if n := fold(p.Name); n != "" {
			s.actors = append(s.actors, sketchActor{n, p.Role})
		}
	}
	s.docDays = slices.Compact(slices.Sorted(slices.Values(days)))
	return s
}

// addDay records that a document published on day reports the event.
func (s *sketch) addDay(day string) {
	if i, found := slices.BinarySearch(s.docDays, day); !found && day != "" {
		s.docDays = slices.Insert(s.docDays, i, day)
	}
}

// sketchVersion begins an encoded sketch, so that a later layout can be
// told from this one.
const sketchVersion = 1

// encode returns the sketch as the value of its key. The ID is the key's.
func (s *sketch) encode() []byte {
	b := make([]byte, 0, 64+16*len(s.actors)+11*len(s.docDays))
	b = append(b, sketchVersion)
	flags := byte(0)
	if s.relation {
		flags |= 1
	}
	b = append(b, flags)
	for _, str := range []string{s.typ, s.cameo, s.date, s.first, s.last, s.modality} {
		b = appendString(b, str)
	}
	b = binary.AppendUvarint(b, uint64(s.reports))
	b = binary.AppendUvarint(b, uint64(s.docs))
	b = binary.AppendUvarint(b, uint64(len(s.actors)))
	for _, a := range s.actors {
		b = appendString(b, a.name)
		b = appendString(b, string(a.role))
	}
	b = binary.AppendUvarint(b, uint64(len(s.docDays)))
	for _, d := range s.docDays {
		b = appendString(b, d)
	}
	return b
}

// errBadSketch reports a sketch value that does not decode.
var errBadSketch = errors.New("malformed event sketch")

// decodeSketch decodes the sketch of the event id from val.
func decodeSketch(id string, val []byte) (*sketch, error) {
	d := decoder{b: val}
	if v := d.byte(); v != sketchVersion {
		return nil, errBadSketch
	}
	s := &sketch{id: id, relation: d.byte()&1 != 0}
	for _, p := range []*string{&s.typ, &s.cameo, &s.date, &s.first, &s.last, &s.modality} {
		*p = d.string()
	}
	s.reports, s.docs = d.int(), d.int()
	if n := d.int(); n > 0 && n <= len(val) {
		s.actors = make([]sketchActor, n)
		for i := range s.actors {
			s.actors[i] = sketchActor{d.string(), event.Role(d.string())}
		}
	}
	if n := d.int(); n > 0 && n <= len(val) {
		s.docDays = make([]string, n)
		for i := range s.docDays {
			s.docDays[i] = d.string()
		}
	}
	if d.err || len(d.b) != 0 {
		return nil, errBadSketch
	}
	return s, nil
}

// appendString appends s to b, its length first.
func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// A decoder reads what encode appended, noting rather than returning
// errors, which are checked once at the end.
type decoder struct {
	b   []byte
	err bool
}

func (d *decoder) byte() byte {
	if len(d.b) == 0 {
		d.err = true
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) int() int {
	v, n := binary.Uvarint(d.b)
	if n <= 0 || v > 1<<31 {
		d.err = true
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

// end returns nil if the decoder read its bytes exactly, or else an
// error of kind saying how the record is malformed.
func (d *decoder) end(kind error) error {
	switch {
	case d.err:
		return fmt.Errorf("%w: cut short", kind)
	case len(d.b) > 0:
		return fmt.Errorf("%w: %d bytes after its end", kind, len(d.b))
	}
	return nil
}

func (d *decoder) string() string {
	n := d.int()
	if n > len(d.b) {
		d.err = true
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

// sketches is a writer's view of the sketches of stored events: those
// written since the last commit, over the cache of committed ones, over
// the store.
type sketches struct {
	cache *mergeCache
	dirty map[string]*sketch
}

// newSketches returns a view over cache with nothing yet written.
func newSketches(cache *mergeCache) *sketches {
	return &sketches{cache: cache, dirty: map[string]*sketch{}}
}

// get returns the sketch of the stored event id as r sees it, or nil if
// there is none.
func (sk *sketches) get(r reader, id string) (*sketch, error) {
	if s := sk.dirty[id]; s != nil {
		return s, nil
	}
	if s := sk.cache.get(id); s != nil {
		return s, nil
	}
	var s *sketch
	found, err := r.get(sketchKey(id), func(val []byte) (err error) {
		s, err = decodeSketch(id, val)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: event %q: %w", id, err)
	}
	if !found {
		return nil, nil
	}
	sk.dirty[id] = s // cached once the transaction that read it commits
	return s, nil
}

// put writes the sketch s in scope sc.
func (sk *sketches) put(w kv, s *sketch, sc scope) error {
	sk.dirty[s.id] = s
	return w.set(sketchKey(s.id), s.encode(), sc)
}

// commit caches what was read and written since the last commit, which
// the store now holds.
func (sk *sketches) commit() {
	sk.cache.absorb(sk.dirty)
	sk.dirty = map[string]*sketch{}
}

// discard forgets what was read and written since the last commit, which
// the store does not hold, and the candidate lists, which may hold it.
func (sk *sketches) discard() {
	sk.dirty = map[string]*sketch{}
	sk.cache.dropLists()
}

// sketch returns the sketch of the stored event id, which must exist.
func (w *writer) sketch(id string) (*sketch, error) {
	s, err := w.sketches.get(w.kv, id)
	if err == nil && s == nil {
		err = fmt.Errorf("store: index names missing event %q", id)
	}
	return s, err
}

// stored returns the sketch of the stored event id, or nil if there is
// none.
func (w *writer) stored(id string) (*sketch, error) { return w.sketches.get(w.kv, id) }
