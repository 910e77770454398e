package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/chronicle-kg/chronicle/extract/actor"

	"github.com/chronicle-kg/chronicle/extract/timex"

	"github.com/chronicle-kg/chronicle/extract/text"
)

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

// A doc holds one article while it is read.
type doc struct {
	*text.Doc
	ref        time.Time
	refDay     string // ref as YYYY-MM-DD
	times      []timex.Timex
	timeStarts []int // the byte offset each of times starts at

	cast     *actor.Cast
	actors   []actor.Actor // the cast's
	mentions []actor.Span  // the cast's
	events   []Event
}

func newDoc(src string, ref time.Time) *doc {
	d := &doc{Doc: text.New(src), ref: time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)}
	d.refDay = d.ref.Format(time.DateOnly)
	return d
}

// Extract reads one article.
func Extract(a Article) *Result {
	d := newDoc(a.Text, a.Date)
	d.times = timex.FindIn(d.Doc, a.Date)
	for _, t := range d.times {
		d.timeStarts = append(d.timeStarts, d.Byte(t.Start))
	}
	d.cast = actor.Find(d.Doc, a.Date)
	d.actors, d.mentions = d.cast.Actors, d.cast.Spans
	hash := Hash(a)
	d.findEvents(a.ID, hash)
	r := &Result{Doc: a.ID, DCT: d.refDay, Hash: hash, Timex: d.times, Actors: d.actors, Events: d.events}
	for _, s := range d.Sents {
		r.Sentences = append(r.Sentences, Sentence{Start: d.Off.Char(s[0]), End: d.Off.Char(s[1])})
	}
	if r.Timex == nil {
		r.Timex = []timex.Timex{}
	}
	if r.Actors == nil {
		r.Actors = []actor.Actor{}
	}
	if r.Events == nil {
		r.Events = []Event{}
	}
	return r
}
