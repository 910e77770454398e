package store

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/actor"
)

// fullActor returns an actor record with every field set, found by
// reflection: a field added to ActorSummary or actor.Actor that the
// record leaves out fails TestActorRecordRoundTrip.
func fullActor(tb testing.TB) ActorSummary {
	tb.Helper()
	var s ActorSummary
	fillFields(tb, &s, "Mentions") // kept apart from the record (o/)
	return s
}

func TestActorRecordRoundTrip(t *testing.T) {
	for _, s := range []ActorSummary{{}, fullActor(t), {Actor: actor.Actor{Name: "Russia", Kind: actor.Country}, Documents: 3}} {
		var got ActorSummary
		if err := decodeActor(encodeActor(&s), &got); err != nil {
			t.Fatalf("decode(encode(%+v)): %v", s, err)
		}
		if !reflect.DeepEqual(got, s) {
			t.Errorf("decode(encode(s)) =\n%+v\nwant\n%+v", got, s)
		}
	}
}

// TestActorRecordJSON reads the JSON records of stores made before the
// binary record.
func TestActorRecordJSON(t *testing.T) {
	s := fullActor(t)
	val, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var got ActorSummary
	if err := decodeActor(val, &got); err != nil || !reflect.DeepEqual(got, s) {
		t.Errorf("decodeActor(JSON) = %+v, %v; want %+v", got, err, s)
	}
}

func TestActorRecordMalformed(t *testing.T) {
	full := fullActor(t)
	val := encodeActor(&full)
	for _, bad := range [][]byte{nil, {0x02}, val[:len(val)-1], val[:len(val)/2], append(val[:len(val):len(val)], 0)} {
		var s ActorSummary
		if err := decodeActor(bad, &s); !errors.Is(err, errActorRecord) {
			t.Errorf("decodeActor(% x) = %v; want errActorRecord", bad, err)
		}
	}
}

func BenchmarkActorRecord(b *testing.B) {
	s := fullActor(b)
	for i := range 200 {
		s.Aliases = append(s.Aliases, "alias "+string(rune('a'+i%26))+string(rune('a'+i/26)))
	}
	val := encodeActor(&s)
	js, _ := json.Marshal(s)
	for _, bc := range []struct {
		name string
		val  []byte
	}{{"binary", val}, {"json", js}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				var got ActorSummary
				if err := decodeActor(bc.val, &got); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
