package store

import "github.com/chronicle-kg/chronicle/extract/event"

// An Event is a stored event: the event of its first report, with what
// the store learns as more documents report it. Stored as JSON, its
// fields are those of event.Event and these.
type Event struct {
	event.Event
	Sources   int      `json:"sources,omitempty"` // documents that report it: len(Documents)
	Documents []string `json:"docs,omitempty"`    // hashes of the documents that report it, in the order stored
	Mentions  []Report `json:"mentions,omitempty"`
}

// A Report is one report of an event: the document and sentence that give
// it. An event reported by several articles has one report for each; the
// Event's own Doc, Evidence and offsets are its first.
type Report struct {
	Doc           string `json:"doc"`
	Hash          string `json:"hash,omitempty"`
	Evidence      string `json:"evidence"`
	Sentence      int    `json:"sentence"`
	EvidenceStart int    `json:"evidence_start"`
	EvidenceEnd   int    `json:"evidence_end"`
	Trigger       string `json:"trigger,omitempty"`
}
