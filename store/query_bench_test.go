package store

import (
	"context"
	"os"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/event"
)

// BenchmarkQueriesInProcess times, in process, what a query command
// does on the store $CHRONICLE_BENCH_DB: open it read-only, ask, close.
// The actors and days are Timeline17's:
//
//	CHRONICLE_BENCH_DB=/tmp/t17.db go test ./store -run '^$' -bench QueriesInProcess
func BenchmarkQueriesInProcess(b *testing.B) {
	path := os.Getenv("CHRONICLE_BENCH_DB")
	if path == "" {
		b.Skip("set CHRONICLE_BENCH_DB to the store to query")
	}
	meeting := func(typ, code string) bool { return event.IsMeeting(event.Event{Type: typ, Cameo: code}) }
	ctx := context.Background()
	for _, bc := range []struct {
		name string
		q    Query
	}{
		{"open_close", Query{}},
		{"met_Libya_United_States", Query{Actors: []string{"Libya", "United States"}, Kind: meeting}},
		{"timeline_Libya_week", Query{Actors: []string{"Libya"}, From: "2011-03-10", To: "2011-03-16"}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				db, err := Open(path, &Options{ReadOnly: true})
				if err != nil {
					b.Fatal(err)
				}
				if bc.name != "open_close" {
					if _, err := db.Timeline(ctx, bc.q); err != nil {
						b.Fatal(err)
					}
				}
				if err := db.Close(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
