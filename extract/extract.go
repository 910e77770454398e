package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/event"
	"github.com/chronicle-kg/chronicle/extract/syntax"
	"github.com/chronicle-kg/chronicle/extract/text"
	"github.com/chronicle-kg/chronicle/extract/timex"
)

// Version names the extractor: what Extract makes of an article. It
// changes whenever a change to the rules, tables or models changes what
// Extract returns for some article, so that a store can tell the
// documents an older extractor read (see chronicle ingest --reextract).
const Version = "2026.12.2"

// Hash returns the content hash that identifies an article: the SHA-256 of
// its publication day and text. Storing an article twice is a no-op
// because the hash is the document's key.
func Hash(a Article) string {
	h := sha256.New()
	h.Write([]byte(a.Date.Format("2006-01-02")))
	h.Write([]byte{0})
	h.Write([]byte(a.Text))
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// Extract reads one article.
func Extract(a Article) *Result { return ExtractWith(a, Options{}) }

// ExtractWith reads one article, doing what o asks as well.
func ExtractWith(a Article, o Options) *Result {
	d := text.New(a.Text)
	times := timex.FindIn(d, a.Date)
	cast := actor.Find(d, a.Date)
	hash := Hash(a)
	events := event.Find(event.Input{Doc: d, DCT: a.Date, Times: times, Cast: cast, ID: a.ID, Hash: hash})
	r := &Result{Doc: a.ID, DCT: a.Date.Format(time.DateOnly), Hash: hash, Timex: times, Actors: cast.Actors, Events: events}
	for _, s := range d.Sents {
		r.Sentences = append(r.Sentences, Sentence{Start: d.Off.Char(s[0]), End: d.Off.Char(s[1])})
	}
	if o.Syntax {
		r.Syntax = syntax.Parse(d)
	}
	if r.Timex == nil {
		r.Timex = []timex.Timex{}
	}
	if r.Actors == nil {
		r.Actors = []actor.Actor{}
	}
	if r.Events == nil {
		r.Events = []event.Event{}
	}
	return r
}
