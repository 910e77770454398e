package store

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/event"
)

func TestStats(t *testing.T) {
	for _, inMemory := range []bool{false, true} {
		db := openTest(t, inMemory)
		putFixtures(t, db)
		s, err := db.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		want := Stats{
			Documents: 2, Events: 7, UndatedEvents: 1, Actors: 5,
			EventsByType:  map[string]int{"meet": 4, "threaten": 1, "attack": 1, "criticize": 1},
			FirstEventDay: "2021-12-28", LastEventDay: "2022-02-01",
			FirstDocumentDay: "2022-01-15", LastDocumentDay: "2022-01-21",
		}
		if !maps.Equal(s.EventsByType, want.EventsByType) {
			t.Errorf("EventsByType = %v; want %v", s.EventsByType, want.EventsByType)
		}
		if inMemory != (s.Size == 0) || s.TableSize > s.Size || s.LogSize > s.Size {
			t.Errorf("in memory %v: size %d, tables %d, logs %d", inMemory, s.Size, s.TableSize, s.LogSize)
		}
		s.EventsByType, want.EventsByType = nil, nil
		s.Size, s.TableSize, s.LogSize = 0, 0, 0
		if fmt.Sprintf("%+v", s) != fmt.Sprintf("%+v", want) {
			t.Errorf("Stats (in memory %v) = %+v\nwant %+v", inMemory, s, want)
		}
	}
}

func TestStatsEmpty(t *testing.T) {
	s, err := openTest(t, true).Stats(context.Background())
	if err != nil || s.Documents != 0 || s.Events != 0 || s.FirstEventDay != "" || s.FirstDocumentDay != "" {
		t.Errorf("Stats of an empty store = %+v, %v", s, err)
	}
}

func TestDocDay(t *testing.T) {
	for _, tc := range []struct{ val, want string }{
		{`{"hash":"h","id":"a \"date\":\"1999-01-01\"","date":"2022-01-15","title":"t"}`, "2022-01-15"},
		{`{"hash":"h","id":"d","date":"","title":"t"}`, ""},
		{`{"date":"2022-01-\u0031\u0035"}`, "2022-01-15"},
		{`{"title":"x","chunks":2}`, ""},
	} {
		got, err := docDay([]byte(tc.val))
		if err != nil || string(got) != tc.want {
			t.Errorf("docDay(%s) = %q, %v; want %q", tc.val, got, err, tc.want)
		}
	}
	if _, err := docDay([]byte(`{"hash":`)); err == nil {
		t.Error("docDay of a broken record succeeded")
	}
}

// TestSynthStore checks that the store the benchmarks read is sound.
func TestSynthStore(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	writeSynth(t, dir, 2_000)
	db := openAt(t, dir, &Options{ReadOnly: true})
	r, err := db.Check(context.Background())
	if err != nil || r.Err() != nil {
		t.Fatalf("Check = %v, %v", r.Problems, err)
	}
	s, err := db.Stats(context.Background())
	if err != nil || s.Events != 2_000 || s.Documents != 80 || s.Actors != synthActors {
		t.Errorf("Stats = %+v, %v; want 2000 events, 80 documents, %d actors", s, err, synthActors)
	}
	if got := len(mustTimeline(t, db, Query{All: true})); got != 2_000 {
		t.Errorf("Timeline: %d events; want 2000", got)
	}
}

// BenchmarkStats measures Stats on a store of 100,000 events, open and
// warm, as a library user would call it.
func BenchmarkStats(b *testing.B) {
	db := openAt(b, synthDir(b), &Options{ReadOnly: true})
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := db.Stats(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpenStats measures opening a store of 100,000 events,
// which verifies every table, and Stats on it cold, as chronicle stats
// does.
func BenchmarkOpenStats(b *testing.B) {
	dir := synthDir(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		db, err := Open(dir, &Options{ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := db.Stats(ctx); err != nil {
			b.Fatal(err)
		}
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// synthDir returns the directory of a store of 100,000 events.
func synthDir(b *testing.B) string {
	b.Helper()
	dir := filepath.Join(b.TempDir(), "db")
	start := time.Now()
	writeSynth(b, dir, 100_000)
	b.Logf("wrote a store of 100,000 events in %v", time.Since(start).Round(time.Millisecond))
	return dir
}

// Shape of the synthetic store: about as many events per document and
// as long a text as the bundled article, and a few hundred actors.
const (
	synthPerDoc  = 25
	synthText    = 5_000
	synthActors  = 500
	synthUndated = 50 // one event in so many is undated
)

var synthTypes = []string{"meet", "statement", "threaten", "attack", "criticize", "visit", "host", "sign",
	"aid", "appeal", "demand", "reject", "accuse", "praise", "mobilize", "invade", "withdraw", "sanction", "negotiate", "protest"}

var synthWords = strings.Fields(`the minister said on monday that talks with the delegation would resume
after a week of strikes in the capital while officials denied reports of troops near the border and
analysts warned of sanctions against the government over its response to protests in several cities`)

// writeSynth writes a closed store of n events in dir, key by key as Put
// would leave them (Put itself would take minutes): their documents,
// with texts of synthText bytes, their actors and aliases, the events
// with their reports and sketches, the time, type, actor and kind
// indexes and the edges.
func writeSynth(tb testing.TB, dir string, n int) {
	tb.Helper()
	db, err := Open(dir, nil)
	if err != nil {
		tb.Fatal(err)
	}
	wb := db.bdb.NewWriteBatch()
	defer wb.Cancel()
	rng := rand.New(rand.NewPCG(1, 2))
	set := func(key []byte, v any) {
		val, ok := v.([]byte)
		if !ok {
			var err error
			if val, err = json.Marshal(v); err != nil {
				tb.Fatal(err)
			}
		}
		if err := wb.Set(key, val); err != nil {
			tb.Fatal(err)
		}
	}
	name := func(i int) string { return fmt.Sprintf("Actor %03d", i) }
	for i := range synthActors {
		a := ActorSummary{Actor: actor.Actor{Name: name(i), Kind: actor.Country, Aliases: []string{name(i) + " Republic"}}, Documents: 1}
		set(actorKey(a.Name), a)
		set(nameKey(a.Name), []byte(a.Name))
		set(nameKey(a.Aliases[0]), []byte(a.Name))
	}
	base := day("2020-01-01")
	for d := range (n + synthPerDoc - 1) / synthPerDoc {
		hash := fmt.Sprintf("%064x", d)
		published := base.AddDate(0, 0, d%730).Format(time.DateOnly)
		set(docKey(hash), docRecord{Doc: Doc{Hash: hash, ID: fmt.Sprintf("doc%05d", d), Date: published, Title: "Talks", Text: synthTextOf(rng)}})
		for i := d * synthPerDoc; i < min(n, (d+1)*synthPerDoc); i++ {
			e := synthEvent(rng, i, hash, published, name)
			report := e.Mentions[0]
			e.Documents, e.Mentions = nil, nil
			set(eventKey(e.ID), e)
			set(reportKey(e.ID, 0), report)
			set(sketchKey(e.ID), sketchOf(e, 1, []string{published}).encode())
			for _, en := range indexEntries(e) {
				set(en.key, en.val)
			}
			set(edgeKey(hash, e.ID), []byte{})
		}
	}
	if err := wb.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := db.Close(); err != nil {
		tb.Fatal(err)
	}
}

// synthEvent is the ith event of the synthetic store, reported by the
// document hash published on day published.
func synthEvent(rng *rand.Rand, i int, hash, published string, name func(int) string) Event {
	typ := synthTypes[rng.IntN(len(synthTypes))]
	start := day(published).AddDate(0, 0, -rng.IntN(30))
	first, last := start.Format(time.DateOnly), start.AddDate(0, 0, rng.IntN(3)).Format(time.DateOnly)
	if i%synthUndated == 0 {
		first, last = "", ""
	}
	a, b := rng.IntN(synthActors), rng.IntN(synthActors-1)
	if b >= a {
		b++
	}
	ev := newEvent(fmt.Sprintf("ev%07d", i), typ, first, last, event.Asserted, src(name(a)), tgt(name(b)))
	ev.Doc, ev.Evidence = hash, synthTextOf(rng)[:200]
	return Event{Event: ev, Sources: 1, Documents: []string{hash},
		Mentions: []Report{{Doc: hash, Hash: hash, Evidence: ev.Evidence, Trigger: typ}}}
}

// synthTextOf returns synthText bytes of words.
func synthTextOf(rng *rand.Rand) string {
	var b strings.Builder
	for b.Len() < synthText {
		b.WriteString(synthWords[rng.IntN(len(synthWords))])
		b.WriteByte(' ')
	}
	return b.String()[:synthText]
}
