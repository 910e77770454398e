package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/event"
)

func TestPutAdded(t *testing.T) {
	db := openTest(t, true)
	a1, r1 := fixture1()
	a2, r2 := fixture2()
	tests := []struct {
		name string
		a    extract.Article
		r    *extract.Result
		want Added
	}{
		{"first", a1, r1, Added{Documents: 1, Events: 6, Actors: 3}},
		{"second", a2, r2, Added{Documents: 1, Events: 1, Merged: 1, Actors: 2}}, // ev1 again; Ukraine, Zelensky
		{"first again", a1, r1, Added{Duplicate: true}},
		{"second again", a2, r2, Added{Duplicate: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := mustPut(t, db, tc.a, tc.r); got != tc.want {
				t.Errorf("Put = %+v; want %+v", got, tc.want)
			}
		})
	}
}

func TestPutDuplicate(t *testing.T) {
	ctx := context.Background()
	db := openTest(t, false)
	a, r := fixture1()
	mustPut(t, db, a, r)
	actors, err := db.Actors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantActors := jsonOf(t, actors)
	wantEvents := jsonOf(t, mustTimeline(t, db, Query{All: true}))

	if got := mustPut(t, db, a, r); got != (Added{Duplicate: true}) {
		t.Errorf("second Put = %+v; want Duplicate only", got)
	}
	actors, err = db.Actors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := jsonOf(t, actors); got != wantActors {
		t.Errorf("actors after duplicate Put:\n%s\nwant:\n%s", got, wantActors)
	}
	if got := jsonOf(t, mustTimeline(t, db, Query{All: true})); got != wantEvents {
		t.Errorf("timeline after duplicate Put:\n%s\nwant:\n%s", got, wantEvents)
	}
}

func TestPutSources(t *testing.T) {
	db := openTest(t, true)
	putFixtures(t, db)
	events := mustTimeline(t, db, Query{All: true})
	tests := []struct {
		id      string
		sources int
		docs    []string
	}{
		{"ev1", 2, []string{"h1", "h2"}},
		{"ev2", 1, []string{"h1"}},
		{"ev7", 1, []string{"h2"}},
	}
	for _, tc := range tests {
		i := slices.IndexFunc(events, func(e Event) bool { return e.ID == tc.id })
		if i < 0 {
			t.Errorf("event %s missing", tc.id)
			continue
		}
		if e := events[i]; e.Sources != tc.sources || !slices.Equal(e.Documents, tc.docs) {
			t.Errorf("%s: Sources %d, Documents %q; want %d, %q", tc.id, e.Sources, e.Documents, tc.sources, tc.docs)
		}
	}
}

func TestPutCanonicalParticipants(t *testing.T) {
	db := openTest(t, true)
	putFixtures(t, db)
	events := mustTimeline(t, db, Query{Types: []string{"meet"}, From: "2022-01-20"})
	if len(events) != 1 || events[0].ID != "ev7" {
		t.Fatalf("got %q; want [ev7]", eventIDs(events))
	}
	var names []string
	for _, p := range events[0].Actors {
		names = append(names, p.Name)
	}
	if want := []string{"United States", "Ukraine", "Zelensky"}; !slices.Equal(names, want) {
		t.Errorf("participants %q; want %q", names, want)
	}
}

func TestPutCancelled(t *testing.T) {
	db := openTest(t, false)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a, r := fixture1()
	if _, err := db.Put(ctx, a, r); !errors.Is(err, context.Canceled) {
		t.Fatalf("Put with cancelled ctx = %v; want context.Canceled", err)
	}
	bg := context.Background()
	if _, err := db.Document(bg, r.Hash); !errors.Is(err, ErrNotFound) {
		t.Errorf("Document after cancelled Put = %v; want ErrNotFound", err)
	}
	actors, err := db.Actors(bg)
	if err != nil || len(actors) != 0 {
		t.Errorf("Actors after cancelled Put = %d, %v; want none", len(actors), err)
	}
	if events := mustTimeline(t, db, Query{All: true}); len(events) != 0 {
		t.Errorf("Timeline after cancelled Put = %q; want none", eventIDs(events))
	}
	// The same document can still be stored.
	if got := mustPut(t, db, a, r); got.Duplicate {
		t.Error("Put after cancelled Put reported a duplicate")
	}
}

func TestPutInvalid(t *testing.T) {
	a, r := fixture1()
	noHash := *r
	noHash.Hash = ""
	noID := *r
	noID.Events = []event.Event{{Type: "meet"}}
	tests := []struct {
		name string
		r    *extract.Result
	}{
		{"nil result", nil},
		{"no hash", &noHash},
		{"event without ID", &noID},
	}
	db := openTest(t, true)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := db.Put(context.Background(), a, tc.r); !errors.Is(err, ErrInvalid) {
				t.Errorf("Put = %v; want ErrInvalid", err)
			}
		})
	}
}

// TestPutConcurrent stores documents that share actors and an event from
// many goroutines; conflicting transactions must be retried, not lost.
func TestPutConcurrent(t *testing.T) {
	db := openTest(t, false)
	const n = 8
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			a, r := fixture1()
			a.ID, r.Hash = fmt.Sprintf("doc%d", i), fmt.Sprintf("hash%d", i)
			if _, err := db.Put(context.Background(), a, r); err != nil {
				t.Errorf("Put %s: %v", a.ID, err)
			}
		})
	}
	wg.Wait()
	events := mustTimeline(t, db, Query{All: true})
	if len(events) != 6 {
		t.Fatalf("got %d events; want 6", len(events))
	}
	for _, e := range events {
		if e.Sources != n || len(e.Documents) != n {
			t.Errorf("%s: Sources %d, %d documents; want %d", e.ID, e.Sources, len(e.Documents), n)
		}
	}
}

// TestEachEvent passes the events of Timeline, in its order, and stops at
// fn's first error.
func TestEachEvent(t *testing.T) {
	db := openTest(t, true)
	putFixtures(t, db)
	ctx := context.Background()
	want := mustTimeline(t, db, Query{All: true})
	var got []Event
	if err := db.EachEvent(ctx, Query{All: true, Reports: true}, func(e Event) error { got = append(got, e); return nil }); err != nil {
		t.Fatal(err)
	}
	if jsonOf(t, got) != jsonOf(t, want) {
		t.Errorf("EachEvent:\n%s\nwant Timeline's:\n%s", jsonOf(t, got), jsonOf(t, want))
	}
	errStop := errors.New("stop")
	n := 0
	err := db.EachEvent(ctx, Query{All: true}, func(Event) error { n++; return errStop })
	if !errors.Is(err, errStop) || n != 1 || len(want) < 2 {
		t.Errorf("EachEvent stopped after %d events with %v; want 1 of %d and the error", n, err, len(want))
	}
}
