package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/event"
)

// fullEvent returns an event with every field of its record set, each
// to a value of its own, found by reflection: a field added to
// event.Event that the record leaves out fails TestEventRecordRoundTrip.
func fullEvent(tb testing.TB) Event {
	tb.Helper()
	var e Event
	fillFields(tb, &e, "Documents", "Mentions") // kept apart from the record
	return e
}

// fillFields sets every field of the struct *ptr, and of the structs
// and slices within it, but those named in skip, each to a value of its
// own.
func fillFields(tb testing.TB, ptr any, skip ...string) {
	tb.Helper()
	n := 0
	var fill func(v reflect.Value)
	fill = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Struct:
			for i := range v.NumField() {
				if slices.Contains(skip, v.Type().Field(i).Name) {
					continue
				}
				fill(v.Field(i))
			}
		case reflect.String:
			n++
			v.SetString(fmt.Sprintf("s%d·é", n))
		case reflect.Int:
			n++
			v.SetInt(int64(1000 * n))
		case reflect.Bool:
			v.SetBool(true)
		case reflect.Slice:
			s := reflect.MakeSlice(v.Type(), 2, 2)
			for i := range 2 {
				fill(s.Index(i))
			}
			v.Set(s)
		default:
			tb.Fatalf("a field of kind %s: teach fillFields and the record", v.Kind())
		}
	}
	fill(reflect.ValueOf(ptr).Elem())
}

func TestEventRecordRoundTrip(t *testing.T) {
	for _, e := range []Event{{}, fullEvent(t), {Event: event.Event{ID: "x", Actors: []event.Participant{{Name: "Russia"}}}}} {
		var got Event
		if err := decodeEvent(encodeEvent(&e), &got); err != nil {
			t.Fatalf("decode(encode(%+v)): %v", e, err)
		}
		if !reflect.DeepEqual(got, e) {
			t.Errorf("decode(encode(e)) =\n%+v\nwant\n%+v", got, e)
		}
	}
}

// TestEventRecordJSON reads the JSON records of stores made before the
// binary record.
func TestEventRecordJSON(t *testing.T) {
	e := fullEvent(t)
	val, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	var got Event
	if err := decodeEvent(val, &got); err != nil || !reflect.DeepEqual(got, e) {
		t.Errorf("decodeEvent(JSON) = %+v, %v; want %+v", got, err, e)
	}
}

func TestEventRecordMalformed(t *testing.T) {
	full := fullEvent(t)
	val := encodeEvent(&full)
	for _, bad := range [][]byte{nil, {0x02}, val[:len(val)-1], val[:len(val)/2], append(val[:len(val):len(val)], 0)} {
		var e Event
		if err := decodeEvent(bad, &e); !errors.Is(err, errEventRecord) {
			t.Errorf("decodeEvent(% x) = %v; want errEventRecord", bad, err)
		}
	}
}

func BenchmarkEventRecord(b *testing.B) {
	e := fullEvent(b)
	val := encodeEvent(&e)
	js, _ := json.Marshal(e)
	b.Run("binary", func(b *testing.B) {
		for b.Loop() {
			var got Event
			if err := decodeEvent(val, &got); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json", func(b *testing.B) {
		for b.Loop() {
			var got Event
			if err := decodeEvent(js, &got); err != nil {
				b.Fatal(err)
			}
		}
	})
}
