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
	prefixStart   = "t/" // t/<start>·<id> → end
	prefixEnd     = "u/" // u/<end>·<id> → start
	prefixByActor = "x/" // x/<actor>·<start>·<id> → role|type|cameo
	prefixByType  = "y/" // y/<type>·<start>·<id> → empty
	prefixEdge    = "m/" // m/<hash>·<id> → empty
	prefixMention = "o/" // o/<actor>·<hash>·<start> → storedMention
	prefixChunk   = "c/" // c/<hash>·<n> → the nth chunk of a long text
	prefixPending = "j/" // j/<hash> → journal of a document being stored in stages
)

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

func actorKey(name string) []byte { return []byte(prefixActor + fold(name)) }

func nameKey(alias string) []byte { return []byte(prefixName + normName(alias)) }

func startKey(start, id string) []byte { return []byte(prefixStart + start + sep + id) }

func endKey(end, id string) []byte { return []byte(prefixEnd + end + sep + id) }

func edgeKey(hash, id string) []byte { return []byte(prefixEdge + hash + sep + id) }

// mentionPrefix is the prefix of the mention entries of actor.
func mentionPrefix(actor string) string { return prefixMention + fold(actor) + sep }

// mentionKey is the key of the mention of actor at character offset
// start of the document hash. The offset is padded to ten digits so that
// keys order by it.
func mentionKey(actor, hash string, start int) []byte {
	return fmt.Appendf(nil, "%s%s%s%010d", mentionPrefix(actor), hash, sep, start)
}

// byActorPrefix is the prefix of the actor index entries of actor.
func byActorPrefix(actor string) string { return prefixByActor + fold(actor) + sep }

// byTypePrefix is the prefix of the type index entries of typ.
func byTypePrefix(typ string) string { return prefixByType + fold(typ) + sep }

func byActorKey(actor, start, id string) []byte {
	return []byte(byActorPrefix(actor) + start + sep + id)
}

func byTypeKey(typ, start, id string) []byte {
	return []byte(byTypePrefix(typ) + start + sep + id)
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
