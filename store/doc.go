// Package store keeps documents, actors, events and their edges in a
// Badger database, indexed by time, actor and event type.
//
// Ingest is incremental and idempotent: a document is keyed by the hash of
// its content, and storing it again changes nothing. Each document is
// stored atomically: queries see the whole of it or none of it, and a
// killed ingest leaves either the whole document or none of it (see
// "Large documents" for one too large for a Badger transaction).
//
// Open a store with Open, add documents with DB.Put, or many with a
// Batch, and read them back with DB.Timeline, DB.Actors, DB.Summaries,
// DB.Mentions, DB.Resolve, DB.Document, DB.Documents and
// DB.EachDocument. Only one process may hold a store at a time; a
// second gets ErrLocked. After a killed ingest the store must be opened
// read-write once, which replays Badger's log, before it can be opened
// read-only (ErrUnclean). A store of another layout than this package's
// (Layout) does not open (ErrIncompatible).
//
// Writes are made one at a time: a Put waits for any other, and for an
// open Batch, which holds the store's writes until it is closed. The
// merge rule below keeps a cache across documents of what it reads,
// which every write keeps up to date.
//
// # Identity
//
// A document is identified by extract.Result.Hash, an event by its ID
// from extract (opaque to the store), an actor by its canonical name,
// ignoring case and spacing. Actors from several documents merge by name:
// their aliases are united, and a blank Kind, Code or Affiliation is
// filled from a later document. Each actor keeps two counters
// (ActorSummary): the documents that name it, as an actor or a
// participant, and its mentions. The mentions themselves are kept apart,
// one entry each, and read with DB.Mentions.
//
// Names resolve (DB.Resolve, Query.Actors) to a canonical name first, then
// to an alias, ignoring case, spacing and a leading "the"; a query's
// one-word name that is neither may be the surname of one stored person
// ("Biden"), and is ErrAmbiguous if several bear it. An alias names
// the first actor that bore it, unless another actor bears it as its
// canonical name. Event participants are stored under the canonical name
// their name resolves to when their document is stored; a participant
// that resolves to no actor is stored as an actor of its own.
//
// # Events across documents
//
// One real-world event is one stored event, however many documents
// report it. Put merges each event it is given into the stored event it
// reports: the one stored under the same ID if there is one, else the
// best of the stored events that match it. An event matches a stored
// one when all of these hold:
//
//   - Kind: the same type, or CAMEO codes with the same two-digit root
//     (040 consult and 043 host are both consultations).
//   - Participants: after names are resolved, at least two names shared;
//     or, if either event has a single participant, both have the same
//     single participant in the same role. An event without
//     participants matches nothing.
//   - Days: the days the events cover, [FirstDay, LastDay], overlap; two events
//     each dated to one calendar day with no Relation must be on the same
//     day. An event that covers more than 31 days ("in 2022", "early
//     2022") or none (undated) is too vague and matches nothing.
//   - Relative dates: an event dated only against its publication day
//     (a *_REF Date, with Relation before, after or overlap) is taken to
//     cover the 7 days before that day (PAST_REF), the 7 days after it
//     (FUTURE_REF) or both (PRESENT_REF); and if either event is dated
//     so, some document of the stored event must be published within 7
//     days of the new one.
//   - Modality: a hypothetical or negated event matches only an event of
//     the same modality; asserted, reported and planned events match
//     each other.
//   - Document: a stored event that the same document already reports
//     matches only if the two say exactly the same: type, modality,
//     participants with their roles, and one exact day. Two sentences of
//     one article are otherwise two events.
//
// Of several matches, Put takes the one sharing the most participants,
// then of the same type, then closest in start day, then of the lowest
// ID. Candidates are read from the kind index (k/), under each kind of
// the new event (its type, and its CAMEO root) and each of its
// participants but the last, since any two shared names include one of
// those, from 38 days before the new event's first day (31 days of span
// and 7 of relative date) to 7 days after its last. Each candidate is
// weighed on its sketch (s/): its kind, days, modality, participants and
// the publication days of its documents, a few dozen bytes, apart from
// its record and its reports, which grow with every document.
//
// A merged event keeps its ID, type, first report (Doc, Evidence,
// Sentence, offsets) and its participants' roles. It gains a Report
// (r/, read into Mentions when asked for) for the new report (its first
// is made when it is stored), a source if the document is new to it
// (Sources counts them, and Documents, read with the reports, lists
// them), the participants it lacked, a blank CAMEO or PLOVER code, and
// the new report's day if that is one exact day and its own is not (a
// relative or longer date); its index entries move with it in the same
// transaction. Its modality is the strongest reported: asserted, then
// reported, then planned. So a meeting planned in one article and held
// in a later one is asserted, whichever is stored first: a report that
// it took place outweighs one that it was to. A merge reads and writes
// the event's record and sketch and adds one report: its cost does not
// grow with the reports before it.
//
// # Key layout
//
// Keys begin with a one-letter table name and a slash. Within a key,
// "·" below stands for a 0x00 byte, which ends a variable-length
// component: it sorts below every other byte, so entries order component
// by component and the prefix of one name never matches a longer one.
// Names and types in keys are folded: lower-cased, with runs of spaces
// made one. Days are YYYY-MM-DD, compared as strings.
//
//	d/<hash>                             → Doc, as JSON; a text over 128 KiB is left out and chunked (c/)
//	c/<hash>·<n>                         → the nth 128 KiB of the text, raw; n zero-padded to six digits
//	q/<n>                                → the hash of the nth document stored; n zero-padded to twelve digits
//	j/<hash>                             → a pending document: the folded names of its actors, as JSON
//	e/<event ID>                         → Event, as JSON, with Sources, without Documents and Mentions
//	r/<event ID>·<n>                     → its nth Report, as JSON; n zero-padded to six digits
//	s/<event ID>                         → its sketch, in binary: what the merge rule reads of it
//	a/<name>                             → ActorSummary, as JSON, without Mentions
//	n/<alias>                            → canonical name; alias folded, leading "the" dropped
//	p/<surname>·<name>                   → empty: a person by surname, both folded
//	t/<class>·<start>·<event ID>         → end day
//	x/<actor>·<class>·<start>·<event ID> → role|type|CAMEO code|end day, one entry per participant
//	y/<type>·<class>·<start>·<event ID>  → end day
//	k/<kind>·<actor>·<start>·<event ID>  → empty: the merge rule's candidates, for each kind and participant
//	m/<hash>·<event ID>                  → empty: the document reports the event
//	o/<actor>·<hash>·<offset>            → the mention, as JSON: document ID and day, text, start, end
//	v/layout                             → Layout, in decimal
//	v/stored                             → documents stored, as a big-endian uint64
//	v/extractor·<version>                → documents that version of the extractor read, likewise
//
// The offset of a mention is its start in characters, zero-padded to ten
// digits so that a document's mentions sort in text order. The document
// ID and day are repeated in each mention so that DB.Mentions reads no
// document.
//
// The start and end of an event in the indexes are its FirstDay and LastDay; if
// one is missing it takes the value of the other, and an undated event
// has both empty (sorting first). The class of an event is "s" (short)
// if it covers at most 31 days, else "l" (long, or undated); a kind is
// "t" and the folded type, or "c" and the two-digit CAMEO root.
//
// Text is chunked at byte offsets, not rune boundaries: the chunks are
// joined before the text is read. No value reaches 1 MiB, Badger's value
// threshold, which an in-memory store cannot hold.
//
// # Large documents
//
// Badger bounds a transaction at 15% of its memtable, about 10 MB and
// 100,000 keys. A document is stored in one transaction when it fits;
// one that does not (a long article with many mentions or events),
// judged so by its size up front or by Badger refusing the transaction,
// is stored in stages while other Puts wait:
//
//  1. In one transaction, its pending key, j/<hash>.
//  2. Its own writes, in transactions of about 2.5 MB, each ending
//     between two whole writes: its text chunks, its mentions, and the
//     events it is the first to report, each with its index entries and
//     edge (m/).
//  3. In one transaction, its shared writes and the deletion of its
//     pending key. The shared writes are the document record, its
//     actors with their aliases and counters, and the stored events of
//     other documents that it merges into, with their index entries and
//     edges.
//
// The merge rule runs over the document's events in order, as in one
// transaction that reads its own writes; the stages only decide when
// each write is committed. Until the last stage, queries pass over what
// a pending document wrote: Documents, Document, Actors, Summaries and
// Resolve read only what the last stage writes, Mentions drops the
// mentions of pending documents, and Timeline drops events that only
// pending documents report. No other Put runs meanwhile, so none merges
// into an event of a pending document.
//
// A Put that fails between stages deletes what it wrote. A killed one
// leaves its pending key; the next Open for writing rolls it back: it
// deletes the document's mentions under the actors its pending key
// names, its text chunks and, following its edges, the events that only
// it reports, index entries first, then the pending key. Each
// deletion leaves a store the next rollback can finish. Putting the
// document again stores it from the start, counting it once in its
// actors' counters.
//
// The last stage must fit in one transaction, so a document that merges
// into more stored events than one holds (some thousands, with their
// reports) fails with ErrTooLarge and stores nothing. Its text, mentions
// and new events are bounded only by memory.
//
// # Memory
//
// A store's memory is bounded, not by what it holds: Badger's memtables
// (two of 32 MB) and no block cache, since tables are not compressed
// (see sized); the merge cache (120,000 sketches, 400,000 candidates);
// a Batch's open transaction (at most 64 documents, half of Badger's
// limits); Badger's table builders, about 40 MB, as values longer than
// 128 bytes go to the value log and every table is 2 MB (see sized). A
// store open for writing looks every 250 ms, on Linux, at how much the
// process maps of files, and past 100 MB asks the kernel to page out
// what it has mapped of the store's files (trimMappings), which Badger's
// compactions read and write whole.
//
// # Queries
//
// Timeline reads candidate event IDs from one index, with key-only
// iteration where it can, then fetches only those events and filters
// them on every criterion. The index is the query actors' (x/), each
// one's read and the IDs all of them name kept, if there are any; else
// the query types' (y/); else the start index (t/). Each index is read
// in two parts: the short events from 31 days before the window's From
// day to its To day, since a short event that overlaps the window starts
// no earlier; and the long ones up to To. Entries that end before From,
// of types the query does not show, or of kinds Query.Kind refuses, are
// dropped on their value, without fetching the event. Reports are read
// only when Query.Reports asks for them.
//
// # Integrity
//
// Badger handles damaged files badly. A table file (.sst) cut short
// makes it panic, or call log.Fatal, in a goroutine of its own, which no
// caller can recover. Random bytes in a table's block make its iterators
// stop at that block without an error, so queries return fewer events
// and actors; verifying checksums when it opens a table (OnTableRead),
// it panics instead, on a block that does not decompress. A MANIFEST
// cut short makes it delete, even opening the store read-only, every
// table that the lost changes made, and open an empty store.
//
// So Open, before Badger opens a store on disk, takes the store's lock
// and checks that
//
//   - the MANIFEST replays whole, without a damaged or partial change
//     set, and is there if there are tables;
//   - every table it lists is there and passes every checksum in it: its
//     index's, and each block's, decompressed;
//   - every table on disk is listed in it, unless the last process to
//     hold the store was killed (its write-ahead log, a .mem file, is
//     still there): then Badger rightly deletes the tables that process
//     never recorded;
//   - every value log (.vlog, where values longer than 128 bytes are
//     kept: documents, events, reports) reads whole, each entry passing
//     its checksum. Badger closes a log at the end of its last entry, so
//     anything else is damage, but for the end of the last log of a
//     killed process, which Badger drops. Badger itself reads only the
//     last log when it opens a store, and cuts it at the first entry
//     that fails, whatever follows.
//
// Damage fails Open with a *DamageError, which matches ErrDamaged and
// names the damaged files. Reading a table costs CPU in proportion to its
// size (1.6 ms a MB was measured when tables were compressed, most of it
// decompressing; they no longer are), so Open verifies each table and
// log once: it records the files it verified, by name, size and
// modification time, in the file chronicle-verified beside Badger's, and
// passes over them while they stay so. Badger never changes a table it
// has written; it writes new ones as it compacts, and appends to one
// value log at a time; the next Open verifies what is new. A file
// damaged later without its time changing (bit rot) is found by
// DB.Check, which verifies every file whatever Open recorded.
//
// Badger then verifies a block's checksum when it first reads it
// (OnBlockRead), at no cost measurable in a query, and a value's when it
// reads it from a value log (VerifyValueChecksum). A value that fails,
// Badger logs and hands over empty, without an error: the store reads
// values through itemValue, which fails instead, and the store's logger
// keeps what Badger said, to name the log. An error from Badger saying
// that a log (.vlog, .mem) or the KEYREGISTRY is damaged becomes a
// *DamageError too, as does a panic that Badger raises in a query.
//
// Two kinds of damage get past: a table damaged while the store is open,
// which Badger passes over until the next Open; and a write-ahead log
// damaged in its middle, which Badger cannot tell from one a killed
// process cut short, so it keeps what precedes the damage and drops the
// rest. DB.Check verifies every file and record of an open store.
package store
