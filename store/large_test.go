package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dgraph-io/badger/v4"

	"github.com/chronicle-kg/chronicle/extract"
)

// smallLimits makes Badger's memtables, and so its limits on a
// transaction, eight times smaller for the rest of the test: about
// 1.2 MB and 13,000 keys.
func smallLimits(tb testing.TB) {
	tb.Helper()
	testMemTableSize = 8 << 20
	tb.Cleanup(func() { testMemTableSize = 0 })
}

// stagedSpec is too large for one transaction under smallLimits on
// every count, and quicker to store than hugeSpec.
var stagedSpec = bigSpec{text: 1 << 20, actors: 50, mentions: 14_000, events: 600, evidence: 1000}

// errBoom stands for whatever stops a Put between its stages.
var errBoom = errors.New("boom")

// setHook sets testHookBeforeFinal for the rest of the test.
func setHook(tb testing.TB, hook func() error) {
	tb.Helper()
	testHookBeforeFinal = hook
	tb.Cleanup(func() { testHookBeforeFinal = nil })
}

// reference returns the dump and view of a store holding preDoc and
// then a.
func reference(tb testing.TB, a extract.Article, r *extract.Result) ([]string, view) {
	tb.Helper()
	db := openTest(tb, true)
	pa, pr := preDoc()
	mustPut(tb, db, pa, pr)
	mustPut(tb, db, a, r)
	return dump(tb, db), viewOf(tb, db, bigActor(0))
}

func TestPutLarge(t *testing.T) {
	ctx := context.Background()
	db := openTest(t, false)
	pa, pr := preDoc()
	mustPut(t, db, pa, pr)
	a, r := bigDoc(hugeSpec, "big-hash")
	if !db.large(a, r) {
		t.Fatal("the huge document is not taken for large")
	}
	added := mustPut(t, db, a, r)
	// Merged: the 20 events of preDoc, and the tenth of the others, each
	// a repeat of an event five before.
	repeats := (len(r.Events) - 20) / 10
	if want := (Added{Documents: 1, Events: len(r.Events) - 20 - repeats, Merged: 20 + repeats, Actors: 260}); added != want {
		t.Errorf("Put = %+v; want %+v", added, want)
	}

	doc, err := db.Document(ctx, r.Hash)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != a.Text || doc.ID != a.ID || doc.Title != a.Title || doc.Date != r.DCT {
		t.Errorf("Document: %d bytes of text, ID %q, title %q, date %q; want %d bytes, %q, %q, %q",
			len(doc.Text), doc.ID, doc.Title, doc.Date, len(a.Text), a.ID, a.Title, r.DCT)
	}
	if got, want := countKeys(t, db, prefixChunk, r.Hash), (len(a.Text)+chunkSize-1)/chunkSize; got != want {
		t.Errorf("%d text chunks; want %d", got, want)
	}
	docs, err := db.Documents(ctx)
	if err != nil || len(docs) != 2 || docs[1].Text != a.Text {
		t.Errorf("Documents = %d docs, %v; want 2, the second with the long text", len(docs), err)
	}

	var reported, both int
	for _, e := range mustTimeline(t, db, Query{All: true}) {
		if slices.Contains(e.Documents, r.Hash) {
			reported++
		}
		if len(e.Documents) == 2 {
			both++
			if e.Sources != 2 {
				t.Errorf("%s: Sources %d; want 2", e.ID, e.Sources)
			}
		}
	}
	if want := added.Events + 20; reported != want || both != 20 {
		t.Errorf("Timeline: %d events of the long document, %d of both; want %d, 20", reported, both, want)
	}

	perActor := hugeSpec.mentions / hugeSpec.actors
	ms, err := db.Mentions(ctx, "the 0")
	if err != nil || len(ms) != perActor+1 {
		t.Errorf("Mentions(the 0) = %d, %v; want %d", len(ms), err, perActor+1)
	}
	sums, err := db.Summaries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ i, docs, mentions int }{{0, 2, perActor + 1}, {39, 2, perActor + 1}, {100, 1, perActor}} {
		s := sums[tc.i]
		if s.Name != bigActor(tc.i) || s.Documents != tc.docs || s.MentionCount != tc.mentions {
			t.Errorf("summary %d = %s, %d documents, %d mentions; want %s, %d, %d",
				tc.i, s.Name, s.Documents, s.MentionCount, bigActor(tc.i), tc.docs, tc.mentions)
		}
	}
	if n := countKeys(t, db, prefixPending, ""); n != 0 {
		t.Errorf("%d pending keys left", n)
	}
	checkIndexes(t, db)

	before := dump(t, db)
	if got := mustPut(t, db, a, r); got != (Added{Duplicate: true}) {
		t.Errorf("second Put = %+v; want Duplicate only", got)
	}
	sameDump(t, "after the duplicate Put", dump(t, db), before)
}

// TestPutStagedSame stores documents in stages, with a batch at the end
// only and with one every few writes, and in one transaction: the stores
// must be the same.
func TestPutStagedSame(t *testing.T) {
	defer func(n int64) { testFlushCount = n }(testFlushCount)
	f1, r1 := fixture1()
	f2, r2 := fixture2()
	g, rg := bigDoc(bigSpec{text: 512 << 10, actors: 60, mentions: 2000, events: 300, evidence: 200}, "mid")
	rg2 := *rg
	rg2.Hash = "mid2"
	tests := []struct {
		name string
		as   []extract.Article
		rs   []*extract.Result
	}{
		{"fixtures", []extract.Article{f1, f2}, []*extract.Result{r1, r2}},
		{"generated", []extract.Article{g}, []*extract.Result{rg}},
		{"generated twice", []extract.Article{g, g}, []*extract.Result{rg, &rg2}},
	}
	for _, flush := range []int64{0, 1, 7} {
		testFlushCount = flush
		for _, tc := range tests {
			t.Run(fmt.Sprintf("%s/flush %d", tc.name, flush), func(t *testing.T) {
				one, staged := openTest(t, true), openTest(t, true)
				pa, pr := preDoc()
				mustPut(t, one, pa, pr)
				mustPut(t, staged, pa, pr)
				for i, a := range tc.as {
					if one.large(a, tc.rs[i]) {
						t.Fatalf("%s is taken for large", a.ID)
					}
					want := mustPut(t, one, a, tc.rs[i])
					got, err := staged.putStaged(context.Background(), a, tc.rs[i])
					if err != nil || got != want {
						t.Errorf("putStaged(%s) = %+v, %v; want %+v", a.ID, got, err, want)
					}
				}
				sameDump(t, "staged", dump(t, staged), dump(t, one))
			})
		}
	}
}

// TestPutLargeInterrupted stops a Put before its last transaction: what
// it staged must be invisible meanwhile and gone after; a second Put
// stores the document as if the first had not been.
func TestPutLargeInterrupted(t *testing.T) {
	smallLimits(t)
	ctx := context.Background()
	db := openTest(t, false)
	pa, pr := preDoc()
	mustPut(t, db, pa, pr)
	a, r := bigDoc(stagedSpec, "big-hash")
	beforeDump, beforeView := dump(t, db), viewOf(t, db, bigActor(0))

	setHook(t, func() error {
		for _, c := range []struct{ prefix, part string }{
			{prefixPending, r.Hash}, {prefixChunk, r.Hash}, {prefixMention, r.Hash}, {prefixEvent, "big"}, {prefixByActor, "big"},
		} {
			if countKeys(t, db, c.prefix, c.part) == 0 {
				t.Errorf("nothing staged under %s", c.prefix)
			}
		}
		sameView(t, "while staged", viewOf(t, db, bigActor(0)), beforeView)
		if _, err := db.Document(ctx, r.Hash); !errors.Is(err, ErrNotFound) {
			t.Errorf("Document while staged = %v; want ErrNotFound", err)
		}
		if _, err := db.Resolve(ctx, bigActor(99)); !errors.Is(err, ErrNotFound) {
			t.Errorf("Resolve(%s) while staged = %v; want ErrNotFound", bigActor(99), err)
		}
		return errBoom
	})
	if _, err := db.Put(ctx, a, r); !errors.Is(err, errBoom) {
		t.Fatalf("Put = %v; want boom", err)
	}
	sameDump(t, "after the failed Put", dump(t, db), beforeDump)

	testHookBeforeFinal = nil
	added := mustPut(t, db, a, r)
	wantDump, wantView := reference(t, a, r)
	sameDump(t, "after the second Put", dump(t, db), wantDump)
	sameView(t, "after the second Put", viewOf(t, db, bigActor(0)), wantView)
	if added.Documents != 1 || added.Duplicate {
		t.Errorf("second Put = %+v; want a document stored", added)
	}
}

func TestPutLargeCancelled(t *testing.T) {
	smallLimits(t)
	db := openTest(t, true)
	a, r := bigDoc(stagedSpec, "big-hash")
	before := dump(t, db)
	ctx, cancel := context.WithCancel(context.Background())
	setHook(t, func() error { cancel(); return nil })
	if _, err := db.Put(ctx, a, r); !errors.Is(err, context.Canceled) {
		t.Fatalf("Put = %v; want context.Canceled", err)
	}
	sameDump(t, "after the cancelled Put", dump(t, db), before)
}

// TestPutLargeKilled runs a child process that stores preDoc, then
// stages a long document and exits before its last transaction, as a
// killed ingest would. Opening the store rolls the staging back.
func TestPutLargeKilled(t *testing.T) {
	smallLimits(t)
	a, r := bigDoc(stagedSpec, "big-hash")
	if dir := os.Getenv("STORE_TEST_KILL_STAGED_DIR"); dir != "" {
		db, err := Open(dir, nil)
		if err != nil {
			t.Fatal(err)
		}
		pa, pr := preDoc()
		mustPut(t, db, pa, pr)
		testHookBeforeFinal = func() error { os.Exit(0); return nil }
		_, err = db.Put(context.Background(), a, r)
		t.Fatalf("Put returned %v; want the process to exit first", err)
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestPutLargeKilled$")
	cmd.Env = append(os.Environ(), "STORE_TEST_KILL_STAGED_DIR="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}

	pre := openTest(t, true)
	pa, pr := preDoc()
	mustPut(t, pre, pa, pr)
	preDump, preView := dump(t, pre), viewOf(t, pre, bigActor(0))
	if db, err := Open(dir, &Options{ReadOnly: true}); err == nil {
		// Badger read the log without replaying it: the staged keys
		// are there, and queries must pass over them.
		if countKeys(t, db, prefixPending, r.Hash) != 1 {
			t.Error("no pending key after the kill")
		}
		sameView(t, "read-only after the kill", viewOf(t, db, bigActor(0)), preView)
		db.Close()
	} else if !errors.Is(err, ErrUnclean) {
		t.Fatalf("read-only Open after kill = %v; want ErrUnclean", err)
	}

	db := openAt(t, dir, nil)
	sameDump(t, "after Open", dump(t, db), preDump)
	mustPut(t, db, a, r)
	wantDump, wantView := reference(t, a, r)
	sameDump(t, "after the second Put", dump(t, db), wantDump)
	sameView(t, "after the second Put", viewOf(t, db, bigActor(0)), wantView)
}

// TestPutTooLarge stores a document that reports again every event of a
// stored one, with long evidence: merging them takes more than one
// transaction, so Put fails with ErrTooLarge and stores nothing.
func TestPutTooLarge(t *testing.T) {
	smallLimits(t)
	db := openTest(t, true)
	spec := bigSpec{text: 1000, actors: 50, events: 200, evidence: 8000}
	a, r := bigDoc(spec, "first")
	mustPut(t, db, a, r)
	before := dump(t, db)
	b, rb := bigDoc(spec, "second")
	_, err := db.Put(context.Background(), b, rb)
	if !errors.Is(err, ErrTooLarge) || !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), b.ID) {
		t.Fatalf("Put = %v; want ErrTooLarge and ErrInvalid, naming %s", err, b.ID)
	}
	sameDump(t, "after the failed Put", dump(t, db), before)
}

// TestPutLargeConcurrent stores a long document while other Puts store
// small ones and queries run: the small ones wait or go first, and no
// query sees part of the long one.
func TestPutLargeConcurrent(t *testing.T) {
	smallLimits(t)
	ctx := context.Background()
	db := openTest(t, false)
	pa, pr := preDoc()
	mustPut(t, db, pa, pr)
	a, r := bigDoc(stagedSpec, "big-hash")
	var wg sync.WaitGroup
	done := make(chan struct{})
	wg.Go(func() {
		defer close(done)
		if _, err := db.Put(ctx, a, r); err != nil {
			t.Errorf("Put(%s): %v", a.ID, err)
		}
	})
	const n = 8
	for i := range n {
		wg.Go(func() {
			f, rf := fixture1()
			f.ID, rf.Hash = fmt.Sprintf("doc%d", i), fmt.Sprintf("hash%d", i)
			if _, err := db.Put(ctx, f, rf); err != nil {
				t.Errorf("Put %s: %v", f.ID, err)
			}
		})
	}
	seen := map[int]bool{}
	for running := true; running; {
		select {
		case <-done:
			running = false
		default:
		}
		got := 0
		for _, e := range mustTimeline(t, db, Query{All: true}) {
			if slices.Contains(e.Documents, r.Hash) {
				got++
			}
		}
		seen[got] = true
	}
	wg.Wait()
	var all int
	for _, e := range mustTimeline(t, db, Query{All: true}) {
		switch {
		case slices.Contains(e.Documents, r.Hash):
			all++
		case strings.HasPrefix(e.ID, "ev") && e.Sources != n:
			t.Errorf("%s: Sources %d; want %d", e.ID, e.Sources, n)
		}
	}
	for got := range seen {
		if got != 0 && got != all {
			t.Errorf("a Timeline showed %d events of the long document; want 0 or %d", got, all)
		}
	}
}

// TestPutFallback stores a document that Put does not take for large
// but that does not fit in one transaction: its actors' names, which
// large does not weigh and which the keys of the indexes hold, are long.
// (Long values would not do: they go to the value log, and the
// transaction holds a pointer to them.)
func TestPutFallback(t *testing.T) {
	smallLimits(t)
	db := openTest(t, false)
	a, r := bigDoc(bigSpec{text: 1000, actors: 20, events: 200}, "fallback")
	long := func(name string) string { return name + strings.Repeat(" of the long name", 200) }
	for i := range r.Actors {
		r.Actors[i].Name = long(r.Actors[i].Name)
	}
	for i := range r.Events {
		for j := range r.Events[i].Actors {
			r.Events[i].Actors[j].Name = long(r.Events[i].Actors[j].Name)
		}
	}
	if db.large(a, r) {
		t.Fatal("the document is taken for large")
	}
	if _, err := db.put(context.Background(), newSketches(db.sketches), a, r); !errors.Is(err, badger.ErrTxnTooBig) {
		t.Fatalf("put in one transaction = %v; want ErrTxnTooBig", err)
	}
	if got := mustPut(t, db, a, r); got.Documents != 1 {
		t.Errorf("Put = %+v; want the document stored", got)
	}
	checkIndexes(t, db)
}

// TestPutManyMentions stores a document that names one actor more
// often than one transaction holds keys.
func TestPutManyMentions(t *testing.T) {
	smallLimits(t)
	db := openTest(t, true)
	a, r := bigDoc(bigSpec{text: 1000, actors: 1, mentions: 20_000, events: 10}, "many")
	mustPut(t, db, a, r)
	sums, err := db.Summaries(context.Background())
	if err != nil || len(sums) == 0 || sums[0].Name != bigActor(0) || sums[0].MentionCount != 20_000 {
		t.Fatalf("Summaries = %d actors, %v; want %s first, with 20000 mentions", len(sums), err, bigActor(0))
	}
	if ms, err := db.Mentions(context.Background(), bigActor(0)); err != nil || len(ms) != 20_000 {
		t.Errorf("Mentions = %d, %v; want 20000", len(ms), err)
	}
}

// TestPutLongText stores a text longer than a chunk in one transaction.
func TestPutLongText(t *testing.T) {
	ctx := context.Background()
	db := openTest(t, true)
	a, r := fixture1()
	a.Text = bigText(2*chunkSize + 5)
	if db.large(a, r) {
		t.Fatal("a long text with few events is taken for large")
	}
	mustPut(t, db, a, r)
	doc, err := db.Document(ctx, r.Hash)
	if err != nil || doc.Text != a.Text {
		t.Fatalf("Document = %d bytes, %v; want the %d bytes stored", len(doc.Text), err, len(a.Text))
	}
	if n := countKeys(t, db, prefixChunk, r.Hash); n != 3 {
		t.Errorf("%d chunks; want 3", n)
	}
	var rec int
	db.bdb.View(func(txn *badger.Txn) error {
		_, err := (txnKV{txn}).get(docKey(r.Hash), func(val []byte) error { rec = len(val); return nil })
		return err
	})
	if rec > 1000 {
		t.Errorf("document record of %d bytes; want the text kept apart", rec)
	}
	docs, err := db.Documents(ctx)
	if err != nil || len(docs) != 1 || docs[0].Text != a.Text {
		t.Errorf("Documents = %d, %v; want the one with its text", len(docs), err)
	}
}
