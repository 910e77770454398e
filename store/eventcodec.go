package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/chronicle-kg/chronicle/extract/event"
)

// An event's record (e/) is binary: a query reads one for every event
// it shows, and decoding JSON was most of the time of a query that
// shows hundreds. Records begin with eventCodec; a record beginning "{"
// is JSON, as stores made before it hold, and is read as such.
//
//	eventCodec  flags  uvarint(Sources)  uvarint(Sentence)  uvarint(EvidenceStart)  uvarint(EvidenceEnd)
//	17 strings: ID Type Cameo Coded Plover Date Mod FirstDay LastDay Relation Anchor TimeText Place Modality Trigger Evidence Doc
//	uvarint(len(Actors)), then each: Name Role Code Trigger Date
//
// each string a uvarint length and its bytes. Documents and Mentions are
// not in the record: reports are kept apart (r/).
const eventCodec = 0x01

// flagOpen is the flag of an open-domain event (event.Event.Open).
const flagOpen = 1

// encodeEvent returns the record of e.
func encodeEvent(e *Event) []byte {
	strs := e.strings()
	n := 24
	for _, s := range strs {
		n += len(*s) + 2
	}
	for _, p := range e.Actors {
		n += len(p.Name) + len(p.Role) + len(p.Code) + len(p.Trigger) + len(p.Date) + 5
	}
	b := make([]byte, 0, n)
	b = append(b, eventCodec)
	var flags byte
	if e.Open {
		flags |= flagOpen
	}
	b = append(b, flags)
	for _, v := range []int{e.Sources, e.Sentence, e.EvidenceStart, e.EvidenceEnd} {
		b = binary.AppendUvarint(b, uint64(max(v, 0)))
	}
	for _, s := range strs {
		b = appendString(b, *s)
	}
	b = binary.AppendUvarint(b, uint64(len(e.Actors)))
	for _, p := range e.Actors {
		for _, s := range []string{p.Name, string(p.Role), p.Code, p.Trigger, p.Date} {
			b = appendString(b, s)
		}
	}
	return b
}

// strings returns pointers to the string fields of e's record, in the
// record's order.
func (e *Event) strings() [17]*string {
	return [17]*string{
		&e.ID, &e.Type, &e.Cameo, &e.Coded, &e.Plover, &e.Date, &e.Mod, &e.FirstDay, &e.LastDay,
		(*string)(&e.Relation), &e.Anchor, &e.TimeText, &e.Place, (*string)(&e.Modality),
		&e.Trigger, &e.Evidence, &e.Doc,
	}
}

// errEventRecord is what is wrong with a record that does not decode.
var errEventRecord = errors.New("malformed event record")

// decodeEvent decodes the record val into e, which it resets.
func decodeEvent(val []byte, e *Event) error {
	*e = Event{}
	if len(val) > 0 && val[0] == '{' {
		return json.Unmarshal(val, e)
	}
	d := decoder{b: val}
	if v := d.byte(); v != eventCodec {
		return fmt.Errorf("%w: version %d", errEventRecord, v)
	}
	e.Open = d.byte()&flagOpen != 0
	for _, v := range []*int{&e.Sources, &e.Sentence, &e.EvidenceStart, &e.EvidenceEnd} {
		*v = d.int()
	}
	for _, s := range e.strings() {
		*s = d.string()
	}
	if n := d.int(); n > 0 && n <= len(d.b) {
		e.Actors = make([]event.Participant, n)
	} else if n > len(d.b) {
		d.err = true
	}
	for i := range e.Actors {
		p := &e.Actors[i]
		p.Name, p.Role, p.Code, p.Trigger, p.Date = d.string(), event.Role(d.string()), d.string(), d.string(), d.string()
	}
	return d.end(errEventRecord)
}

// getEvent decodes the record of the event id into e and reports whether
// it exists.
func getEvent(r reader, id string, e *Event) (bool, error) {
	return getValue(r, eventKey(id), func(val []byte) error { return decodeEvent(val, e) })
}

// putEvent stores the record of e, in scope s.
func putEvent(w kv, e *Event, s scope) error {
	return w.set(eventKey(e.ID), encodeEvent(e), s)
}
