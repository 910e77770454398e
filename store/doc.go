// Package store keeps documents, actors, events and their edges in a
// Badger database, indexed by time, actor and event type.
//
// Ingest is incremental and idempotent: a document is keyed by the hash of
// its content, and storing it again changes nothing. Each document is
// written in one transaction, so a killed ingest leaves either the whole
// document or none of it.
//
// Open a store with Open, add documents with DB.Put, and read them back
// with DB.Timeline, DB.Actors, DB.Resolve, DB.Document and DB.Documents.
// Only one process may hold a store at a time; a second gets ErrLocked.
// After a killed ingest the store must be opened read-write once, which
// replays Badger's log, before it can be opened read-only (ErrUnclean).
//
// # Identity
//
// A document is identified by extract.Result.Hash, an event by its ID
// from extract (opaque to the store), an actor by its canonical name,
// ignoring case and spacing. Actors from several documents merge by name:
// their aliases are united, and a blank Kind, Code or Affiliation is
// filled from a later document. Mentions are not stored. An event found
// in several documents is stored once; its Documents list the hashes of
// the documents that reported it, in ingest order, and Sources counts
// them.
//
// Names resolve (DB.Resolve, Query.Actors) to a canonical name first, then
// to an alias, ignoring case, spacing and a leading "the". An alias names
// the first actor that bore it, unless another actor bears it as its
// canonical name. Event participants are stored under the canonical name
// their name resolves to when the event is first stored; a participant
// that resolves to no actor is stored as an actor of its own.
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
//	d/<hash>                     → Doc, as JSON
//	e/<event ID>                 → extract.Event, as JSON, with Sources and Documents
//	a/<name>                     → extract.Actor, as JSON, without Mentions
//	n/<alias>                    → canonical name; alias folded, leading "the" dropped
//	t/<start>·<event ID>         → end day
//	u/<end>·<event ID>           → start day
//	x/<actor>·<start>·<event ID> → role|type, one entry per participant
//	y/<type>·<start>·<event ID>  → empty
//	m/<hash>·<event ID>          → empty: the document reports the event
//
// The start and end of an event in the indexes are its Start and End; if
// one is missing it takes the value of the other, and an undated event
// has both empty (sorting first).
//
// # Queries
//
// Timeline reads candidate event IDs from one index, with key-only
// iteration, then fetches only those events and filters them on every
// criterion. The index is the first query actor's (x/) if there is one,
// else the query types' (y/), else the time indexes. Every index scan
// over start days stops past the window's To day. Since an event that
// starts before From may end inside the window, a scan cannot begin at
// From: the start index (t/) is scanned from its beginning and entries
// ending before From are dropped on the end day kept in their value,
// without fetching the event. A window open on the right (From only) is
// read from the end index (u/) instead, from From on.
package store
