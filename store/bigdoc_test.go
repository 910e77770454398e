package store

import (
	"context"
	"crypto/sha256"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/event"
)

// A bigSpec sizes a generated document.
type bigSpec struct {
	text     int // bytes of text, at least
	actors   int
	mentions int // in all
	events   int
	evidence int // bytes of evidence of each event, at least
}

// hugeSpec is far too large for one transaction: 12 MB of text, and
// twice as many bytes of events as a transaction holds. (Under
// smallLimits, stagedSpec has more keys than one holds.)
var hugeSpec = bigSpec{text: 12 << 20, actors: 300, mentions: 45_000, events: 6000, evidence: 1500}

// bigTypes are the types of generated events, in turn.
var bigTypes = []string{"meet", "threaten", "attack", "consult"}

// bigActor is the name of the generated actor i.
func bigActor(i int) string { return fmt.Sprintf("Country %03d", i) }

// bigDay is the day n days into 2020.
func bigDay(n int) string { return day("2020-01-01").AddDate(0, 0, n).Format(time.DateOnly) }

// preDoc is a small document whose 20 events the generated documents
// report again, and which names their first 40 actors.
func preDoc() (extract.Article, *extract.Result) {
	a := extract.Article{ID: "pre", Date: day("2020-06-01"), Text: "Earlier talks."}
	r := &extract.Result{Doc: "pre", DCT: "2020-06-01", Hash: "pre-hash"}
	for i := range 40 {
		r.Actors = append(r.Actors, actor.Actor{
			Name: bigActor(i), Kind: actor.Country,
			Mentions: []actor.Mention{{Text: bigActor(i), Start: i, End: i + 1}},
		})
	}
	for j := range 20 {
		r.Events = append(r.Events, newEvent(fmt.Sprintf("pre%02d", j), bigTypes[j%4], bigDay(j*3), bigDay(j*3),
			event.Asserted, src(bigActor(j)), tgt(bigActor(j+20))))
	}
	return a, r
}

// bigDoc generates a document of spec's size, hashed hash. Its first 20
// events report those of preDoc again, one under the same ID; every
// tenth repeats one of its own five before; the rest are spread over
// two years and pairs of actors.
func bigDoc(spec bigSpec, hash string) (extract.Article, *extract.Result) {
	a := extract.Article{ID: "big-" + hash, Date: day("2021-12-31"), Title: "A long one", Text: bigText(spec.text)}
	r := &extract.Result{Doc: a.ID, DCT: "2021-12-31", Hash: hash}
	for i := range spec.actors {
		r.Actors = append(r.Actors, actor.Actor{
			Name: bigActor(i), Kind: actor.Country, Code: fmt.Sprintf("C%03d", i),
			Aliases: []string{fmt.Sprintf("the %d", i)},
		})
	}
	for i := range spec.mentions {
		act := &r.Actors[i%spec.actors]
		act.Mentions = append(act.Mentions, actor.Mention{Text: act.Name, Start: i * 3, End: i*3 + 2})
	}
	_, pre := preDoc()
	evidence := strings.Repeat("Envoys said the talks went on — long into the night. ", spec.evidence/50+1)
	for i := range spec.events {
		var e event.Event
		switch {
		case i < len(pre.Events):
			e = pre.Events[i]
			if i != 5 {
				e.ID = fmt.Sprintf("big%06d", i)
			}
		case i%10 == 9:
			e = r.Events[i-5]
			e.ID = fmt.Sprintf("big%06d", i)
		default:
			d := bigDay(i * 37 % 730)
			x := i % spec.actors
			y := (x + 1 + i/spec.actors%(spec.actors-1)) % spec.actors
			e = newEvent(fmt.Sprintf("big%06d", i), bigTypes[i%4], d, d, event.Asserted, src(bigActor(x)), tgt(bigActor(y)))
		}
		e.Evidence = fmt.Sprintf("%d: %s", i, evidence)
		e.EvidenceStart, e.EvidenceEnd, e.Sentence = i*100, i*100+len(evidence), i
		r.Events = append(r.Events, e)
	}
	return a, r
}

// bigText returns at least n bytes of text, with runes of two, three and
// four bytes, so that chunks end inside runes.
func bigText(n int) string {
	const s = "Délégations de l’État: 会谈 continued 🕊 at length. "
	var b strings.Builder
	b.Grow(n + len(s))
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "%d %s", i, s)
	}
	return b.String()
}

// dump returns every key of the store with a digest of its value, in
// key order.
func dump(tb testing.TB, db *DB) []string {
	tb.Helper()
	var entries []string
	err := db.bdb.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.DefaultIteratorOptions)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			err := it.Item().Value(func(val []byte) error {
				entries = append(entries, fmt.Sprintf("%q=%x", it.Item().Key(), sha256.Sum256(val)))
				return nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return entries
}

// sameDump reports the first differences between two dumps.
func sameDump(tb testing.TB, what string, got, want []string) {
	tb.Helper()
	if len(got) != len(want) {
		tb.Errorf("%s: %d keys; want %d", what, len(got), len(want))
	}
	shown := 0
	for i := 0; i < min(len(got), len(want)) && shown < 5; i++ {
		if got[i] != want[i] {
			tb.Errorf("%s: entry %d is %s; want %s", what, i, got[i], want[i])
			shown++
		}
	}
}

// countKeys returns how many keys are under prefix and contain part.
func countKeys(tb testing.TB, db *DB, prefix, part string) int {
	tb.Helper()
	n := 0
	err := db.bdb.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefix)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if strings.Contains(string(it.Item().Key()), part) {
				n++
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// view is what the queries of a store show, as JSON.
type view struct {
	docs, timeline, summaries, mentions string
}

// viewOf returns what db's queries show; mentions are those of actor.
func viewOf(tb testing.TB, db *DB, actor string) view {
	tb.Helper()
	ctx := context.Background()
	docs, err := db.Documents(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	var ids []string
	for _, d := range docs {
		ids = append(ids, fmt.Sprintf("%s %s %d bytes", d.ID, d.Hash, len(d.Text)))
	}
	sums, err := db.Summaries(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	ms, err := db.Mentions(ctx, actor)
	if err != nil {
		tb.Fatal(err)
	}
	return view{
		docs: jsonOf(tb, ids), timeline: jsonOf(tb, mustTimeline(tb, db, Query{All: true})),
		summaries: jsonOf(tb, sums), mentions: jsonOf(tb, ms),
	}
}

// sameView reports how two views differ.
func sameView(tb testing.TB, what string, got, want view) {
	tb.Helper()
	for _, c := range []struct{ name, got, want string }{
		{"Documents", got.docs, want.docs},
		{"Timeline", got.timeline, want.timeline},
		{"Summaries", got.summaries, want.summaries},
		{"Mentions", got.mentions, want.mentions},
	} {
		if c.got != c.want {
			tb.Errorf("%s: %s differ (%d bytes of JSON; want %d)", what, c.name, len(c.got), len(c.want))
		}
	}
}
