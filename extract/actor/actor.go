package actor

import (
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// A Kind is what sort of actor an actor is.
type Kind string

// Actor kinds.
const (
	Country      Kind = "country"      // a sovereign state
	Organization Kind = "organization" // an international organisation, a government body, a company, a newspaper
	Person       Kind = "person"
	Group        Kind = "group"   // a group of people: rebels, refugees, an armed or political movement
	Product      Kind = "product" // a thing made or sold under a name: "iPhone 4", "Galaxy S24", "App Store"
)

// An Actor is a resolved identity: a country, an organisation, a person or
// a group, with every surface form under which it appeared.
type Actor struct {
	Name        string    `json:"name"`
	Kind        Kind      `json:"kind"`
	Code        string    `json:"code,omitempty"`
	Aliases     []string  `json:"aliases,omitempty"`
	Affiliation string    `json:"affiliation,omitempty"`
	Mentions    []Mention `json:"mentions,omitempty"`
}

// IsCompany reports whether a is a business: an organisation coded as a
// multinational (MNC…, the CAMEO dictionaries) or as a company Chronicle
// found by its name (BUS).
func (a *Actor) IsCompany() bool {
	return a.Kind == Organization && (a.Code == "BUS" || strings.HasPrefix(a.Code, "MNC"))
}

// A Mention is one occurrence of an actor in the text, in character offsets.
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// A Span is one mention of an actor as the later stages read it: in
// tokens [T0, T1) and bytes [Start, End) of the text.
type Span struct {
	T0, T1     int
	Start, End int
	Actor      int  // index into the actors
	Demonym    bool // adjectival: "Russian troops"
	Place      bool // a place of the state (places.tsv): "Kirkuk", "California"
}

// A Cast is the actors of one text and where they are named.
type Cast struct {
	Actors []Actor
	Spans  []Span // the outermost mentions, in text order: "Russian Defense Ministry", not "Russian" in it
	index  map[string]int
}

// Lookup returns the index of the actor called name, and whether there
// is one.
func (c *Cast) Lookup(name string) (int, bool) {
	k, ok := c.index[name]
	return k - 1, ok && k > 0
}

// In returns the indexes of the spans inside tokens [a, b).
func (c *Cast) In(a, b int) []int { return spansIn(c.Spans, a, b) }

// spansIn returns the indexes of the spans of ss inside tokens [a, b); ss
// is in text order.
func spansIn(ss []Span, a, b int) []int {
	lo := sort.Search(len(ss), func(k int) bool { return ss[k].T0 >= a })
	var out []int
	for k := lo; k < len(ss) && ss[k].T1 <= b; k++ {
		out = append(out, k)
	}
	return out
}

// Find finds the actors of d, a text published on dct (of which only the
// calendar day is used), and their mentions.
func Find(d *text.Doc, dct time.Time) *Cast {
	ref := time.Date(dct.Year(), dct.Month(), dct.Day(), 0, 0, 0, 0, time.UTC)
	r := &reader{Doc: d, ref: ref, refDay: ref.Format(time.DateOnly)}
	r.findActors()
	return &Cast{Actors: r.actors, Spans: r.mentions, index: r.actorIdx}
}

// A reader holds one text while its actors are found.
type reader struct {
	*text.Doc
	ref    time.Time // the publication day, midnight UTC
	refDay string    // ref as YYYY-MM-DD

	actors   []Actor
	actorIdx map[string]int // name → index+1
	mentions []Span
	inner    []Span         // mentions inside longer ones: "Russian" in "Russian President"
	unplaced []int          // mentions of groups of a stateless people, to give a state (placeGroups)
	sector   map[int]string // such a group's actor → its CAMEO sector code
	domestic map[int]bool   // people titled with a state office but of no known state (placeUnknown)
	surnames map[string]int // surname → actor, for people first named in full here; -1 when shared
	// names of places that, in this document, name a namesake in another
	// state, and that state's entity: "San Jose, California" makes every
	// "San Jose" after it the United States', not Costa Rica's
	namesakes map[string]int
	// the states the document names, by entity, for capitalNamesakes;
	// nil until asked
	named map[int]bool
	// the places of datelines (datelinePlace): no party to what their
	// sentence tells, but where it happens, for the bodies and groups it
	// names bare ("Dhaka, Bangladesh (CNN) -- Police arrested …")
	filed []Span
}

// mentionsIn returns the indexes of the mentions inside tokens [a, b).
func (d *reader) mentionsIn(a, b int) []int { return spansIn(d.mentions, a, b) }

// capitalised reports whether token i is a capitalised word, not all in
// capitals unless short (NATO is the gazetteer's; an unknown ALL-CAPS word
// is more often a heading).
func (d *reader) capitalised(i int) bool {
	if i < 0 || i >= len(d.Toks) || d.Toks[i].Kind != text.Word {
		return false
	}
	w := d.Word(i)
	return text.IsUpperStart(w) && !(len(w) > 4 && text.AllUpper(w)) || camelCase(w)
}

// articleName reports whether w is an Arabic name with its article
// ("al-Bashir", "el-Sisi", "ash-Sharaa"): part of a person's name as a
// capitalised word is, though it starts in lower case. Only names read
// after a title take it so (see capitalisedName): untitled, "Deir
// al-Zour" and "Jisr al-Shughour" are places.
func articleName(w string) bool {
	a, rest, ok := strings.Cut(w, "-")
	if !ok || len(a) < 2 || len(a) > 3 || rest == "" || !text.IsUpperStart(rest) {
		return false
	}
	switch a {
	case "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul":
		return true
	}
	return false
}

// camelCase reports whether w is spelt as brands of products are: one
// lower-case letter, then a capital, then letters ("iPhone", "iPod",
// "eBay"). Capitals inside a word are no sign by themselves: people and
// companies have them too ("ElBaradei", "ConocoPhillips").
func camelCase(w string) bool {
	if len(w) < 3 || w[0] < 'a' || w[0] > 'z' || w[1] < 'A' || w[1] > 'Z' {
		return false
	}
	for i := 2; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false // "nL5E7LA3NX": a code, not a name
		}
	}
	return true
}

// possessive reports whether token i is the possessive "'s" (or "’s").
func (d *reader) possessive(i int) bool {
	w := d.Word(i)
	return w == "'s" || w == "’s"
}

// sentenceInitial reports whether token i begins a sentence or a
// quotation, where any word is capitalised.
func (d *reader) sentenceInitial(i int) bool {
	return i == 0 || d.Toks[i-1].Sent != d.Toks[i].Sent || d.Toks[i-1].Kind == text.Punct && text.IsQuote(d.Word(i-1))
}

// The word lists that actor shares with the other stages (text/words.txt).
var (
	auxiliaries = text.Words.Set("auxiliaries")
	reportVerbs = text.Words.Set("report-verbs")
	clauseWords = text.Words.Set("clause-words") // function words that end a noun phrase
)

// notNames are capitalised words that do not begin names (words.txt).
var notNames = sync.OnceValue(func() map[string]bool { return lexicon.Set("not-names") })

// salutations are words of greeting or address that stand before a name
// and are no part of it: "Hey Obama" is Obama, "Dear Customers" no one
// (words.txt).
var salutations = sync.OnceValue(func() map[string]bool { return lexicon.Set("salutations") })

// referenceNouns, before a number, point into a text rather than name
// anyone: "Paragraph 12", "Article 5" (words.txt).
var referenceNouns = sync.OnceValue(func() map[string]bool { return lexicon.Set("reference-nouns") })
