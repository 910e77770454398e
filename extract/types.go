package extract

import (
	"time"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/event"
	"github.com/chronicle-kg/chronicle/extract/syntax"
	"github.com/chronicle-kg/chronicle/extract/timex"
)

// An Article is one news story: an identifier, a publication date and text.
// The publication date (the document creation time, DCT) is the reference
// against which every relative time expression is resolved.
type Article struct {
	ID    string    // caller's identifier: a path, a URL, a JSON "id"
	Date  time.Time // publication date; only the calendar day is used
	Title string
	Text  string
}

// Result is the reading of one article.
type Result struct {
	Doc       string        `json:"doc"`
	DCT       string        `json:"dct"` // YYYY-MM-DD
	Hash      string        `json:"hash"`
	Sentences []Sentence    `json:"sentences,omitempty"`
	Timex     []timex.Timex `json:"timex"`
	Actors    []actor.Actor `json:"actors"`
	Events    []event.Event `json:"events"`
	// Syntax is the analysis of each sentence (see extract/syntax), when
	// asked for with Options.Syntax. Its words' offsets are in bytes of
	// the text, so it is not written with the rest, whose offsets are in
	// characters.
	Syntax []syntax.Sentence `json:"-"`
}

// Options choose what Extract does beyond its reading of times, actors
// and events. The zero value is Extract's.
type Options struct {
	// Syntax parses every sentence into Result.Syntax: words with their
	// tags, lemmas and dependency tree, and byte offsets in the text.
	Syntax bool
}

// A Sentence is a span of the article's text. Start and End are character
// (Unicode code point) offsets, End exclusive.
type Sentence struct {
	Start int `json:"start"`
	End   int `json:"end"`
}
