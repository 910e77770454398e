package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
)

// An actor's record (a/) is binary: an ingest reads and rewrites the
// record of every actor a document names, and resolves every event
// participant through one, and a record in JSON (the aliases of a
// country run to hundreds) was decoded and encoded again each time.
// Records begin with actorCodec; a record beginning "{" is JSON, as
// stores made before it hold, and is read as such.
//
//	actorCodec  uvarint(Documents)  uvarint(MentionCount)
//	4 strings: Name Kind Code Affiliation
//	uvarint(len(Aliases)), then each alias
//
// each string a uvarint length and its bytes. Mentions are not in the
// record: they are kept apart (o/).
const actorCodec = 0x01

// encodeActor returns the record of s.
func encodeActor(s *ActorSummary) []byte {
	strs := s.strings()
	n := 1 + 2*binary.MaxVarintLen32 + binary.MaxVarintLen32
	for _, p := range strs {
		n += len(*p) + 2
	}
	for _, a := range s.Aliases {
		n += len(a) + 2
	}
	b := make([]byte, 0, n)
	b = append(b, actorCodec)
	b = binary.AppendUvarint(b, uint64(max(s.Documents, 0)))
	b = binary.AppendUvarint(b, uint64(max(s.MentionCount, 0)))
	for _, p := range strs {
		b = appendString(b, *p)
	}
	b = binary.AppendUvarint(b, uint64(len(s.Aliases)))
	for _, a := range s.Aliases {
		b = appendString(b, a)
	}
	return b
}

// strings returns pointers to the string fields of s's record, in the
// record's order.
func (s *ActorSummary) strings() [4]*string {
	return [4]*string{&s.Name, (*string)(&s.Kind), &s.Code, &s.Affiliation}
}

// errActorRecord is what is wrong with a record that does not decode.
var errActorRecord = errors.New("malformed actor record")

// decodeActor decodes the record val into s, which it resets.
func decodeActor(val []byte, s *ActorSummary) error {
	*s = ActorSummary{}
	if len(val) > 0 && val[0] == '{' {
		return json.Unmarshal(val, s)
	}
	d := decoder{b: val}
	if v := d.byte(); v != actorCodec {
		return fmt.Errorf("%w: version %d", errActorRecord, v)
	}
	s.Documents, s.MentionCount = d.int(), d.int()
	for _, p := range s.strings() {
		*p = d.string()
	}
	if n := d.int(); n > 0 && n <= len(d.b) {
		s.Aliases = make([]string, n)
	} else if n > len(d.b) {
		d.err = true
	}
	for i := range s.Aliases {
		s.Aliases[i] = d.string()
	}
	return d.end(errActorRecord)
}

// getActor decodes the record of the actor called name into s and
// reports whether there is one.
func getActor(r reader, name string, s *ActorSummary) (bool, error) {
	return getValue(r, actorKey(name), func(val []byte) error { return decodeActor(val, s) })
}

// putActorRecord stores the record of s, in scope sc.
func putActorRecord(w kv, s *ActorSummary, sc scope) error {
	return w.set(actorKey(s.Name), encodeActor(s), sc)
}
