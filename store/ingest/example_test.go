package ingest_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/store"
	"github.com/chronicle-kg/chronicle/store/ingest"
)

// Ingest a directory of articles into a new store, then again: the second
// time every article is already there.
func ExamplePaths() {
	dir, err := os.MkdirTemp("", "chronicle")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	open := func() (*store.DB, error) { return store.Open(dir, nil) }

	ctx := context.Background()
	for range 2 {
		sum, err := ingest.Paths(ctx, open, []string{"../../testdata/news"}, nil)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("added %d documents, %d events, %d actors; %d duplicates, %d errors\n",
			sum.Added.Documents, sum.Added.Events, sum.Added.Actors, sum.Duplicates, len(sum.Errors))
	}
	// Output:
	// added 1 documents, 25 events, 11 actors; 0 duplicates, 0 errors
	// added 0 documents, 0 events, 0 actors; 1 duplicates, 0 errors
}

// Ingest JSON Lines from a reader, printing each bad line as it is found.
// The good lines are stored; the store is opened only for the first of
// them.
func ExampleReader() {
	dir, err := os.MkdirTemp("", "chronicle")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	open := func() (*store.DB, error) { return store.Open(dir, nil) }

	news := strings.NewReader(`{"id": "one", "date": "2022-01-10", "text": "Russia and NATO met in Brussels."}
{"id": "two", "date": "2022-01-11", "text":
{"id": "three", "text": "Russia and NATO met in Geneva."}
{"id": "four", "date": "2022-01-12", "text": "Russia and the OSCE met in Vienna."}
`)
	opts := &ingest.Options{
		JSONL:  true,
		Report: func(e *extract.InputError) { fmt.Println(e) },
	}
	sum, err := ingest.Reader(context.Background(), open, "news.jsonl", news, opts)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("added %d documents; %d errors; no date: %v\n", sum.Added.Documents, len(sum.Errors), sum.NoDate())
	// Output:
	// news.jsonl:2:44: invalid JSON: unexpected end of JSON input
	// news.jsonl:3: extract: no publication date
	// added 2 documents; 2 errors; no date: true
}
