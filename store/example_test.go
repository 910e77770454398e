package store_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/store"
)

// Open a store, put an article's reading in it and query the timeline of
// one actor by an alias.
func ExampleDB_Timeline() {
	dir, err := os.MkdirTemp("", "chronicle")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	db, err := store.Open(dir, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	ctx := context.Background()
	a := extract.Article{
		ID:   "example",
		Date: time.Date(2021, 12, 28, 0, 0, 0, 0, time.UTC),
		Text: "Russia and NATO plan to hold a meeting on January 12. The United States warned Russia on Monday.",
	}
	if _, err := db.Put(ctx, a, extract.Extract(a)); err != nil {
		log.Fatal(err)
	}
	events, err := db.Timeline(ctx, store.Query{Actors: []string{"US"}})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range events {
		fmt.Println(e.FirstDay, e.Type, e.Modality)
	}
	// Output:
	// 2021-12-27 threaten asserted
}
