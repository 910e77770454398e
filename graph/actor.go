package graph

import (
	"cmp"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/encoding"
	"gonum.org/v1/gonum/graph/encoding/dot"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/store"
)

// Compile-time checks that the graph's types meet gonum's contracts.
var (
	_ graph.Node          = (*Actor)(nil)
	_ dot.Node            = (*Actor)(nil)
	_ encoding.Attributer = (*Actor)(nil)
	_ graph.Edge          = (*Edge)(nil)
	_ encoding.Attributer = (*Edge)(nil)
)

// An Actor is a node of the graph: a participant name with the first
// non-empty actor code it was given.
type Actor struct {
	id int64

	Name string // canonical name, as in the events
	Code string // actor code (CAMEO), if any
}

// ID returns the actor's node ID, its index in the sorted list of names.
func (a *Actor) ID() int64 { return a.id }

// DOTID returns the actor's name as a DOT ID: the name itself when it is a
// bare DOT identifier, otherwise the name as a quoted, escaped DOT string.
func (a *Actor) DOTID() string { return dotID(a.Name) }

// Attributes returns the actor's DOT attributes: its name as the label
// and, when the kind can be told from the code, a shape.
func (a *Actor) Attributes() []encoding.Attribute {
	attrs := []encoding.Attribute{{Key: "label", Value: dotString(a.Name)}}
	if shape := kindShape[kindOf(a.Code)]; shape != "" {
		attrs = append(attrs, encoding.Attribute{Key: "shape", Value: shape})
	}
	return attrs
}

// kindShape maps an actor kind to its node shape in DOT.
var kindShape = map[actor.Kind]string{
	actor.Country:      "box",
	actor.Organization: "hexagon",
}

// kindOf infers an actor's kind from its CAMEO actor code: a bare
// three-letter code is a country (RUS, USA); a code for an
// intergovernmental or non-governmental organisation or a multinational
// (IGO..., NGO..., MNC...), or of a sector with no state (BUS, EDU, MED,
// REL), is an organisation. Any other code gives "".
func kindOf(code string) actor.Kind {
	switch {
	case strings.HasPrefix(code, "IGO"), strings.HasPrefix(code, "NGO"), strings.HasPrefix(code, "MNC"), actor.SectorCode(code):
		return actor.Organization
	case len(code) == 3 && isUpper(code):
		return actor.Country
	}
	return ""
}

// isUpper reports whether s is made of ASCII capital letters only.
func isUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// An Edge joins two actors and carries every event they share, ordered by
// FirstDay, then ID. F and T are in no meaningful order: the graph is
// undirected.
type Edge struct {
	F, T   *Actor
	Events []store.Event

	seq []int // position of each of Events in the graph's sorted events
}

// From returns the edge's from node.
func (e *Edge) From() graph.Node { return e.F }

// To returns the edge's to node.
func (e *Edge) To() graph.Node { return e.T }

// ReversedEdge returns the edge with its ends swapped, sharing its events.
func (e *Edge) ReversedEdge() graph.Edge {
	return &Edge{F: e.T, T: e.F, Events: e.Events, seq: e.seq}
}

// Attributes returns the edge's DOT label: one line per event, its type
// and its date (or start day when it has no date), for example
// "meet 2022-01-12\nthreaten 2021-12".
func (e *Edge) Attributes() []encoding.Attribute {
	lines := make([]string, len(e.Events))
	for i, ev := range e.Events {
		lines[i] = strings.TrimSpace(ev.Type + " " + cmp.Or(ev.Date, ev.FirstDay))
	}
	return []encoding.Attribute{{Key: "label", Value: dotString(strings.Join(lines, "\n"))}}
}

// add appends event ev, at position seq in the sorted events, to e.
func (e *Edge) add(seq int, ev store.Event) {
	e.Events = append(e.Events, ev)
	e.seq = append(e.seq, seq)
}

// eventKey returns the identity of e's i'th event for deduplication: its
// ID, or its position in the graph when it has none.
func (e *Edge) eventKey(i int) string {
	if id := e.Events[i].ID; id != "" {
		return id
	}
	return "\x00" + strconv.Itoa(e.seq[i])
}
