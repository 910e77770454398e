package store

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Key prefixes; see "Key layout" in the package documentation.
const (
	prefixDoc     = "d/" // d/<hash> → Doc
	prefixEvent   = "e/" // e/<id> → Event
	prefixActor   = "a/" // a/<name> → ActorSummary
	prefixName    = "n/" // n/<alias> → canonical name
	prefixStart   = "t/" // t/<class>·<start>·<id> → end
	prefixByActor = "x/" // x/<actor>·<class>·<start>·<id> → role|type|cameo|end
	prefixByType  = "y/" // y/<type>·<class>·<start>·<id> → end
	prefixEdge    = "m/" // m/<hash>·<id> → empty
	prefixMention = "o/" // o/<actor>·<hash>·<start> → storedMention
	prefixChunk   = "c/" // c/<hash>·<n> → the nth chunk of a long text
	prefixPending = "j/" // j/<hash> → journal of a document being stored in stages
	prefixReport  = "r/" // r/<id>·<n> → the nth Report of an event
	prefixSketch  = "s/" // s/<id> → sketch of an event, as the merge rule reads it
	prefixKind    = "k/" // k/<kind>·<actor>·<start>·<id> → empty: the merge rule's candidates
	prefixMeta    = "v/" // v/<name> → what made the store: its format, the extractor's version
	prefixOrder   = "q/" // q/<n> → the hash of the nth document stored
)

// orderKey is the key of the nth document stored, n padded to twelve
// digits so that keys sort in the order stored.
func orderKey(n uint64) []byte { return fmt.Appendf(nil, "%s%012d", prefixOrder, n) }

// sep ends a variable-length key component. It sorts below every other
// byte, so tuples order component by component and a prefix ending in sep
// never matches a longer name.
const sep = "\x00"

func docKey(hash string) []byte { return []byte(prefixDoc + hash) }

// chunkKey is the key of the nth chunk of the text of the document hash.
// The number is padded to six digits so that keys order by it.
func chunkKey(hash string, n int) []byte {
	return fmt.Appendf(nil, "%s%s%s%06d", prefixChunk, hash, sep, n)
}

func pendingKey(hash string) []byte { return []byte(prefixPending + hash) }

func eventKey(id string) []byte { return []byte(prefixEvent + id) }

func sketchKey(id string) []byte { return []byte(prefixSketch + id) }

// reportPrefix is the prefix of the report entries of the event id.
func reportPrefix(id string) string { return prefixReport + id + sep }

// reportKey is the key of the nth report of the event id, n padded to six
// digits so that reports sort in the order stored.
func reportKey(id string, n int) []byte {
	return fmt.Appendf(nil, "%s%06d", reportPrefix(id), n)
}

// kindPrefix is the prefix of the merge rule's index entries of events
// of kind (see kindsOf) with the participant actor.
func kindPrefix(kind, actor string) string { return prefixKind + kind + sep + fold(actor) + sep }

func kindKey(kind, actor, start, id string) []byte {
	return []byte(kindPrefix(kind, actor) + start + sep + id)
}

func actorKey(name string) []byte { return []byte(prefixActor + fold(name)) }

func nameKey(alias string) []byte { return []byte(prefixName + normName(alias)) }

func startKey(c class, start, id string) []byte { return []byte(startPrefix(c) + start + sep + id) }

func edgeKey(hash, id string) []byte { return []byte(prefixEdge + hash + sep + id) }

// mentionPrefix is the prefix of the mention entries of actor.
func mentionPrefix(actor string) string { return prefixMention + fold(actor) + sep }

// mentionKey is the key of the mention of actor at character offset
// start of the document hash. The offset is padded to ten digits so that
// keys order by it.
func mentionKey(actor, hash string, start int) []byte {
	return fmt.Appendf(nil, "%s%s%s%010d", mentionPrefix(actor), hash, sep, start)
}

// byActorPrefix is the prefix of the actor index entries of actor, of
// the events of span class c.
func byActorPrefix(actor string, c class) string {
	return prefixByActor + fold(actor) + sep + string(c) + sep
}

// byTypePrefix is the prefix of the type index entries of typ, of the
// events of span class c.
func byTypePrefix(typ string, c class) string {
	return prefixByType + fold(typ) + sep + string(c) + sep
}

// startPrefix is the prefix of the start index entries of the events of
// span class c.
func startPrefix(c class) string { return prefixStart + string(c) + sep }

func byActorKey(actor string, c class, start, id string) []byte {
	return []byte(byActorPrefix(actor, c) + start + sep + id)
}

func byTypeKey(typ string, c class, start, id string) []byte {
	return []byte(byTypePrefix(typ, c) + start + sep + id)
}

// A class sorts events by the length of their span, so that a query for
// a window scans the start days of short events from shortly before the
// window and no earlier, and reads the few long ones whole.
type class string

const (
	short class = "s" // dated, and covering at most maxShortDays days
	long  class = "l" // covering more days, or undated
)

// maxShortDays is the most days an event of class short covers. An
// event that overlaps a window and is short starts at most this many
// days before the window.
const maxShortDays = 31

// classOf returns the span class of an event covering [start, end].
func classOf(start, end string) class {
	if n, ok := daysBetween(start, end); ok && n >= 0 && n < maxShortDays {
		return short
	}
	return long
}

// splitIndexKey splits an index key into the day and the event ID that
// follow prefix. The day never holds sep; the ID may.
func splitIndexKey(key []byte, prefix string) (day, id string) {
	rest := key[len(prefix):]
	i := bytes.IndexByte(rest, sep[0])
	if i < 0 {
		return string(rest), ""
	}
	return string(rest[:i]), string(rest[i+1:])
}

// fold is the case- and space-insensitive form of a name or type.
func fold(s string) string {
	if folded(s) {
		return s
	}
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// folded reports whether s is its own fold for sure: ASCII without
// capitals or other spaces than single ones between words. Event types
// are, and the merge rule folds them for every index entry it reads.
func folded(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || '\t' <= c && c <= '\r':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' '):
			return false
		}
	}
	return true
}

// normName is the form under which a name is looked up in the alias
// index: folded, without a leading "the".
func normName(s string) string {
	f := fold(s)
	if rest, ok := strings.CutPrefix(f, "the "); ok {
		return rest
	}
	return f
}
