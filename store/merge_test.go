package store

import (
	"cmp"
	"context"
	"slices"
	"testing"

	"github.com/dgraph-io/badger/v4"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/event"
)

// report returns a document dated dct, hashed hash, that reports the
// events es. Each event gets an ID of its own, as extract gives it, and
// evidence naming the document.
func report(hash, dct string, es ...event.Event) (extract.Article, *extract.Result) {
	a := extract.Article{ID: hash + ".txt", Date: day(dct), Text: "text of " + hash}
	r := &extract.Result{Doc: a.ID, DCT: dct, Hash: hash}
	for i, e := range es {
		e.ID = hash + "/" + string(rune('a'+i))
		e.Doc = a.ID
		e.Evidence = "evidence " + e.ID
		e.EvidenceStart, e.EvidenceEnd = 10*i, 10*i+8
		r.Events = append(r.Events, e)
	}
	return a, r
}

// cameo returns e with CAMEO code code.
func coded(e event.Event, code string) event.Event {
	e.Cameo = code
	return e
}

// relative returns e dated only against the publication day dct, as
// extract dates an event with no time expression: value, relation and
// anchor, and the day itself as Start and End.
func relative(e event.Event, value, dct string) event.Event {
	e.Date, e.FirstDay, e.LastDay, e.Anchor = value, dct, dct, dct
	switch value {
	case "PAST_REF":
		e.Relation = event.Before
	case "FUTURE_REF":
		e.Relation = event.After
	default:
		e.Relation = event.Overlap
	}
	return e
}

// dated returns e dated by the TIMEX3 value date covering [start, end].
func dated(e event.Event, date, start, end string) event.Event {
	e.Date, e.FirstDay, e.LastDay = date, start, end
	return e
}

func meet(day string, modality event.Modality, actors ...event.Participant) event.Event {
	return coded(newEvent("", "meet", day, day, modality, actors...), "040")
}

// TestMergeAcrossDocuments is the story of one meeting told by two
// documents, a later one on another day, and a hypothetical one.
func TestMergeAcrossDocuments(t *testing.T) {
	db := openTest(t, false)
	aA, rA := report("hA", "2022-01-10", meet("2022-01-12", event.Planned, par("Russia"), par("NATO")))
	aB, rB := report("hB", "2022-01-11", coded(newEvent("", "host", "2022-01-12", "2022-01-12", event.Planned, par("NATO"), par("Moscow")), "043"))
	rA.Actors = []actor.Actor{{Name: "Russia", Kind: actor.Country, Aliases: []string{"Moscow"}}, {Name: "NATO", Kind: actor.Organization}}

	if got, want := mustPut(t, db, aA, rA), (Added{Documents: 1, Events: 1, Actors: 2}); got != want {
		t.Errorf("Put A = %+v; want %+v", got, want)
	}
	if got, want := mustPut(t, db, aB, rB), (Added{Documents: 1, Merged: 1}); got != want {
		t.Errorf("Put B = %+v; want %+v", got, want)
	}
	events := mustTimeline(t, db, Query{All: true})
	if len(events) != 1 {
		t.Fatalf("timeline has %d events %q; want the one meeting", len(events), eventIDs(events))
	}
	e := events[0]
	if e.ID != "hA/a" || e.Type != "meet" || e.Cameo != "040" || e.Sources != 2 || !slices.Equal(e.Documents, []string{"hA", "hB"}) {
		t.Errorf("event %s %s (%s), Sources %d, Documents %q; want hA/a meet (040), 2, [hA hB]", e.ID, e.Type, e.Cameo, e.Sources, e.Documents)
	}
	wantMentions := []Report{
		{Doc: "hA.txt", Hash: "hA", Evidence: "evidence hA/a", EvidenceStart: 0, EvidenceEnd: 8, Trigger: "meet"},
		{Doc: "hB.txt", Hash: "hB", Evidence: "evidence hB/a", EvidenceStart: 0, EvidenceEnd: 8, Trigger: "host"},
	}
	if got, want := jsonOf(t, e.Mentions), jsonOf(t, wantMentions); got != want {
		t.Errorf("mentions:\n%s\nwant:\n%s", got, want)
	}
	if got := eventIDs(mustTimeline(t, db, Query{Actors: []string{"moscow", "nato"}, Types: []string{"meet"}})); !slices.Equal(got, []string{"hA/a"}) {
		t.Errorf("timeline of Russia and NATO = %q; want [hA/a]", got)
	}

	// Another meeting of the same pair, three weeks on, is another event.
	aC, rC := report("hC", "2022-01-25", meet("2022-02-01", event.Planned, par("Russia"), par("NATO")))
	if got := mustPut(t, db, aC, rC); got.Events != 1 || got.Merged != 0 {
		t.Errorf("Put C = %+v; want one new event", got)
	}
	// A meeting that might take place is not the one that will.
	aD, rD := report("hD", "2022-01-11", meet("2022-01-12", event.Hypothetical, par("Russia"), par("NATO")))
	if got := mustPut(t, db, aD, rD); got.Events != 1 || got.Merged != 0 {
		t.Errorf("Put D = %+v; want one new event", got)
	}
	if got, want := eventIDs(mustTimeline(t, db, Query{All: true})), []string{"hA/a", "hD/a", "hC/a"}; !slices.Equal(got, want) {
		t.Errorf("timeline = %q; want %q", got, want)
	}

	// A document stored again changes nothing.
	before := jsonOf(t, mustTimeline(t, db, Query{All: true}))
	for _, doc := range []struct {
		a extract.Article
		r *extract.Result
	}{{aA, rA}, {aB, rB}} {
		if got := mustPut(t, db, doc.a, doc.r); got != (Added{Duplicate: true}) {
			t.Errorf("Put %s again = %+v; want Duplicate only", doc.a.ID, got)
		}
	}
	if after := jsonOf(t, mustTimeline(t, db, Query{All: true})); after != before {
		t.Errorf("timeline after duplicate Puts:\n%s\nwant:\n%s", after, before)
	}
	checkIndexes(t, db)
}

// TestMergeRule puts a first and a second document, each reporting one
// event, and checks whether the second event merges with the first.
func TestMergeRule(t *testing.T) {
	us, ru, nato := par("United States"), par("Russia"), par("NATO")
	month := dated(meet("", event.Asserted, ru, nato), "2022-01", "2022-01-01", "2022-01-31")
	year := dated(meet("", event.Asserted, ru, nato), "2022", "2022-01-01", "2022-12-31")
	tests := []struct {
		name      string
		firstDay  string
		first     event.Event
		secondDay string
		second    event.Event
		merged    bool
		start     string // of the merged event, if not of the first
		modity    event.Modality
	}{
		{"same day", "2022-01-10", meet("2022-01-12", event.Planned, ru, nato),
			"2022-01-11", meet("2022-01-12", event.Planned, nato, ru), true, "", ""},
		{"same CAMEO root", "2022-01-10", meet("2022-01-12", event.Asserted, ru, nato),
			"2022-01-11", coded(newEvent("", "visit", "2022-01-12", "2022-01-12", event.Asserted, ru, nato), "042"), true, "", ""},
		{"other CAMEO root", "2022-01-10", meet("2022-01-12", event.Asserted, ru, nato),
			"2022-01-11", coded(newEvent("", "threaten", "2022-01-12", "2022-01-12", event.Asserted, ru, nato), "130"), false, "", ""},
		{"other day", "2022-01-10", meet("2022-01-12", event.Asserted, ru, nato),
			"2022-01-11", meet("2022-01-13", event.Asserted, ru, nato), false, "", ""},
		{"month then day", "2022-01-05", month,
			"2022-01-13", meet("2022-01-12", event.Asserted, ru, nato), true, "2022-01-12", ""},
		{"day then month", "2022-01-13", meet("2022-01-12", event.Asserted, ru, nato),
			"2022-01-20", month, true, "", ""},
		{"year too vague", "2022-01-05", year,
			"2022-01-13", meet("2022-01-12", event.Asserted, ru, nato), false, "", ""},
		{"one actor shared", "2022-01-10", meet("2022-01-12", event.Asserted, ru, nato),
			"2022-01-11", meet("2022-01-12", event.Asserted, ru, us), false, "", ""},
		{"later participants shared", "2022-01-10", meet("2022-01-12", event.Asserted, ru, nato),
			"2022-01-11", meet("2022-01-12", event.Asserted, us, ru, nato), true, "", ""},
		{"single actor, same role", "2022-01-10", newEvent("", "statement", "2022-01-09", "2022-01-09", event.Asserted, src("Russia")),
			"2022-01-11", newEvent("", "statement", "2022-01-09", "2022-01-09", event.Asserted, src("Russia")), true, "", ""},
		{"single actor, other role", "2022-01-10", newEvent("", "statement", "2022-01-09", "2022-01-09", event.Asserted, src("Russia")),
			"2022-01-11", newEvent("", "statement", "2022-01-09", "2022-01-09", event.Asserted, tgt("Russia")), false, "", ""},
		{"one actor and two", "2022-01-10", newEvent("", "statement", "2022-01-09", "2022-01-09", event.Asserted, src("Russia")),
			"2022-01-11", newEvent("", "statement", "2022-01-09", "2022-01-09", event.Asserted, src("Russia"), tgt("NATO")), false, "", ""},
		{"hypothetical and asserted", "2022-01-10", meet("2022-01-12", event.Asserted, ru, nato),
			"2022-01-11", meet("2022-01-12", event.Hypothetical, ru, nato), false, "", ""},
		{"negated and planned", "2022-01-10", meet("2022-01-12", event.Negated, ru, nato),
			"2022-01-11", meet("2022-01-12", event.Planned, ru, nato), false, "", ""},
		{"hypothetical and negated", "2022-01-10", meet("2022-01-12", event.Negated, ru, nato),
			"2022-01-11", meet("2022-01-12", event.Hypothetical, ru, nato), false, "", ""},
		{"both hypothetical", "2022-01-10", meet("2022-01-12", event.Hypothetical, ru, nato),
			"2022-01-11", meet("2022-01-12", event.Hypothetical, ru, nato), true, "", ""},
		{"planned then asserted", "2022-01-10", meet("2022-01-12", event.Planned, ru, nato),
			"2022-01-13", meet("2022-01-12", event.Asserted, ru, nato), true, "", event.Asserted},
		{"asserted then planned", "2022-01-13", meet("2022-01-12", event.Asserted, ru, nato),
			"2022-01-10", meet("2022-01-12", event.Planned, ru, nato), true, "", ""},
		{"reported then asserted", "2022-01-13", meet("2022-01-12", event.Reported, ru, nato),
			"2022-01-14", meet("2022-01-12", event.Asserted, ru, nato), true, "", event.Asserted},
		{"relative past, documents near", "2022-01-10", meet("2022-01-12", event.Planned, ru, nato),
			"2022-01-13", relative(meet("", event.Asserted, ru, nato), "PAST_REF", "2022-01-13"), true, "", event.Asserted},
		{"relative past, documents far", "2022-03-01", meet("2022-01-12", event.Asserted, ru, nato),
			"2022-01-13", relative(meet("", event.Asserted, ru, nato), "PAST_REF", "2022-01-13"), false, "", ""},
		{"relative past, too long before", "2022-01-03", meet("2022-01-04", event.Asserted, ru, nato),
			"2022-01-13", relative(meet("", event.Asserted, ru, nato), "PAST_REF", "2022-01-13"), false, "", ""},
		{"relative future, then exact", "2022-01-10", relative(meet("", event.Planned, ru, nato), "FUTURE_REF", "2022-01-10"),
			"2022-01-11", meet("2022-01-12", event.Planned, ru, nato), true, "2022-01-12", ""},
		{"relative future, then past", "2022-01-10", relative(meet("", event.Planned, ru, nato), "FUTURE_REF", "2022-01-10"),
			"2022-01-09", relative(meet("", event.Asserted, ru, nato), "PAST_REF", "2022-01-09"), false, "", ""},
		{"both relative, one day", "2022-01-10", relative(meet("", event.Asserted, ru, nato), "PAST_REF", "2022-01-10"),
			"2022-01-10", relative(meet("", event.Asserted, nato, ru), "PAST_REF", "2022-01-10"), true, "", ""},
		{"undated", "2022-01-10", meet("", event.Asserted, ru, nato),
			"2022-01-11", meet("", event.Asserted, ru, nato), false, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db := openTest(t, true)
			a1, r1 := report("h1", tc.firstDay, tc.first)
			a2, r2 := report("h2", tc.secondDay, tc.second)
			mustPut(t, db, a1, r1)
			added := mustPut(t, db, a2, r2)
			events := mustTimeline(t, db, Query{All: true})
			if got := len(events) == 1; got != tc.merged {
				t.Fatalf("merged = %t (Put = %+v, events %q); want %t", got, added, eventIDs(events), tc.merged)
			}
			if tc.merged {
				e, first := events[0], r1.Events[0]
				if e.ID != first.ID || e.Sources != 2 || len(e.Mentions) != 2 || added.Merged != 1 || added.Events != 0 {
					t.Errorf("event %s, Sources %d, %d mentions, Put %+v; want %s, 2, 2, one merged", e.ID, e.Sources, len(e.Mentions), added, first.ID)
				}
				wantStart := cmpOr(tc.start, first.FirstDay)
				if e.FirstDay != wantStart {
					t.Errorf("Start = %s; want %s", e.FirstDay, wantStart)
				}
				if want := cmp.Or(tc.modity, first.Modality); e.Modality != want {
					t.Errorf("Modality = %s; want %s", e.Modality, want)
				}
			} else if added.Events != 1 || added.Merged != 0 {
				t.Errorf("Put = %+v; want one new event", added)
			}
			checkIndexes(t, db)
		})
	}
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// TestMergeSameDocument checks that reports in one document merge only
// when they say exactly the same.
func TestMergeSameDocument(t *testing.T) {
	ru, nato := par("Russia"), par("NATO")
	a, r := report("h1", "2022-01-10",
		meet("2022-01-12", event.Planned, ru, nato),
		meet("2022-01-12", event.Planned, nato, ru),                                     // the same again: merged
		meet("2022-01-12", event.Asserted, ru, nato),                                    // another modality
		dated(meet("", event.Planned, ru, nato), "2022-01", "2022-01-01", "2022-01-31"), // not an exact day
	)
	db := openTest(t, true)
	if got, want := mustPut(t, db, a, r), (Added{Documents: 1, Events: 3, Merged: 1, Actors: 2}); got != want {
		t.Errorf("Put = %+v; want %+v", got, want)
	}
	events := mustTimeline(t, db, Query{All: true})
	if got, want := eventIDs(events), []string{"h1/d", "h1/a", "h1/c"}; !slices.Equal(got, want) {
		t.Fatalf("timeline = %q; want %q", got, want)
	}
	if e := events[1]; e.Sources != 1 || len(e.Mentions) != 2 || e.Mentions[1].Evidence != "evidence h1/b" {
		t.Errorf("h1/a: Sources %d, mentions %+v; want 1 source and the mention of h1/b", e.Sources, e.Mentions)
	}

	// A second document's report merges into one of them, once.
	a2, r2 := report("h2", "2022-01-11", meet("2022-01-12", event.Planned, ru, nato))
	if got := mustPut(t, db, a2, r2); got.Merged != 1 || got.Events != 0 {
		t.Errorf("Put h2 = %+v; want one merged", got)
	}
	e := mustTimeline(t, db, Query{All: true})[1]
	if e.ID != "h1/a" || e.Sources != 2 || len(e.Mentions) != 3 {
		t.Errorf("%s: Sources %d, %d mentions; want h1/a, 2, 3", e.ID, e.Sources, len(e.Mentions))
	}
}

// TestMergeSameDocumentLater checks that once a document's report has
// merged into a stored event, the event counts as reported by the
// document: another report in it merges only if it says the same.
func TestMergeSameDocumentLater(t *testing.T) {
	ru, nato := par("Russia"), par("NATO")
	db := openTest(t, true)
	a1, r1 := report("h1", "2022-01-10", meet("2022-01-12", event.Asserted, ru, nato))
	mustPut(t, db, a1, r1)
	a2, r2 := report("h2", "2022-01-11",
		meet("2022-01-12", event.Asserted, ru, nato),              // merged into h1/a
		meet("2022-01-12", event.Asserted, ru, nato, par("OSCE")), // h1/a is h2's now, and says otherwise
	)
	if got, want := mustPut(t, db, a2, r2), (Added{Documents: 1, Events: 1, Merged: 1, Actors: 1}); got != want {
		t.Errorf("Put h2 = %+v; want %+v", got, want)
	}
	var sources []int
	for _, e := range mustTimeline(t, db, Query{All: true}) {
		sources = append(sources, e.Sources)
	}
	if want := []int{2, 1}; !slices.Equal(sources, want) {
		t.Errorf("Sources = %v; want %v", sources, want)
	}
}

// TestMergeIndexes checks that a merge that brings an exact date and a
// new participant moves the event in every index.
func TestMergeIndexes(t *testing.T) {
	db := openTest(t, false)
	a1, r1 := report("h1", "2022-01-10", relative(meet("", event.Planned, par("Russia"), par("NATO")), "FUTURE_REF", "2022-01-10"))
	a2, r2 := report("h2", "2022-01-11", meet("2022-01-12", event.Planned, par("NATO"), par("Russia"), par("OSCE")))
	mustPut(t, db, a1, r1)
	mustPut(t, db, a2, r2)
	tests := []struct {
		name string
		q    Query
		want []string
	}{
		{"new day", Query{From: "2022-01-12", To: "2022-01-12"}, []string{"h1/a"}},
		{"old day", Query{From: "2022-01-10", To: "2022-01-10"}, nil},
		{"from old day", Query{From: "2022-01-10"}, []string{"h1/a"}},
		{"new participant", Query{Actors: []string{"osce"}, To: "2022-01-12"}, []string{"h1/a"}},
		{"old participant, old day", Query{Actors: []string{"Russia"}, To: "2022-01-11"}, nil},
		{"type, new day", Query{Types: []string{"meet"}, From: "2022-01-12", To: "2022-01-12"}, []string{"h1/a"}},
		{"type, old day", Query{Types: []string{"meet"}, To: "2022-01-11"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := eventIDs(mustTimeline(t, db, tc.q)); !slices.Equal(got, tc.want) && len(got)+len(tc.want) > 0 {
				t.Errorf("Timeline(%+v) = %q; want %q", tc.q, got, tc.want)
			}
		})
	}
	e := mustTimeline(t, db, Query{})[0]
	if e.Date != "2022-01-12" || e.Relation != "" || e.Anchor != "" || len(e.Actors) != 3 {
		t.Errorf("merged event: date %q, relation %q, anchor %q, actors %+v; want 2022-01-12, none, none, three", e.Date, e.Relation, e.Anchor, e.Actors)
	}
	checkIndexes(t, db)
}

// checkIndexes checks that every stored event has exactly the index
// entries its days, type and participants call for, and no index entry
// names a missing event.
func checkIndexes(tb testing.TB, db *DB) {
	tb.Helper()
	events := mustTimeline(tb, db, Query{All: true})
	want := map[string]bool{}
	for _, e := range events {
		for _, en := range indexEntries(e) {
			want[string(en.key)] = true
		}
	}
	got := map[string]bool{}
	err := db.bdb.View(func(txn *badger.Txn) error {
		for _, prefix := range []string{prefixStart, prefixByType, prefixByActor, prefixKind} {
			it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefix)})
			for it.Rewind(); it.Valid(); it.Next() {
				got[string(it.Item().KeyCopy(nil))] = true
			}
			it.Close()
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	for k := range got {
		if !want[k] {
			tb.Errorf("stale index entry %q", k)
		}
	}
	for k := range want {
		if !got[k] {
			tb.Errorf("missing index entry %q", k)
		}
	}
}

func TestMergeConcurrent(t *testing.T) {
	db := openTest(t, false)
	const n = 8
	done := make(chan struct{})
	for i := range n {
		go func() {
			defer func() { done <- struct{}{} }()
			a, r := report(string(rune('A'+i)), "2022-01-11", meet("2022-01-12", event.Planned, par("Russia"), par("NATO")))
			if _, err := db.Put(context.Background(), a, r); err != nil {
				t.Errorf("Put: %v", err)
			}
		}()
	}
	for range n {
		<-done
	}
	events := mustTimeline(t, db, Query{All: true})
	if len(events) != 1 || events[0].Sources != n || len(events[0].Mentions) != n {
		t.Fatalf("got %d events (first: %+v); want one with %d sources", len(events), events, n)
	}
	checkIndexes(t, db)
}

// TestMergePlace checks that a merged event keeps its first report's place
// and takes a later report's when the first gave none.
func TestMergePlace(t *testing.T) {
	db := openTest(t, false)
	first := meet("2022-01-12", event.Planned, par("Russia"), par("NATO"))
	later := first
	later.Place = "Geneva"
	aA, rA := report("hA", "2022-01-10", first)
	aB, rB := report("hB", "2022-01-11", later)
	mustPut(t, db, aA, rA)
	if got := mustPut(t, db, aB, rB); got.Merged != 1 {
		t.Fatalf("Put B = %+v; want it merged", got)
	}
	events := mustTimeline(t, db, Query{All: true})
	if len(events) != 1 || events[0].Place != "Geneva" {
		t.Errorf("timeline %+v; want one meeting in Geneva", events)
	}
	other := later
	other.Place = "Vienna"
	aC, rC := report("hC", "2022-01-11", other)
	mustPut(t, db, aC, rC)
	if events := mustTimeline(t, db, Query{All: true}); len(events) != 1 || events[0].Place != "Geneva" {
		t.Errorf("timeline %+v; want the place first given kept", events)
	}
}
