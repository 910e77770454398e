// Package store keeps documents, actors, events and their edges in a
// Badger database, indexed by time, actor and event type.
//
// Ingest is incremental and idempotent: a document is keyed by the hash of
// its content, and storing it again changes nothing. Each document is
// written in one transaction, so a killed ingest leaves either the whole
// document or none of it.
package store
