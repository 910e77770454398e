package graph

import (
	"cmp"
	"slices"

	"github.com/chronicle-kg/chronicle/extract/event"
	"github.com/chronicle-kg/chronicle/store"
)

// A Meeting is a meeting event as the graph reports it.
type Meeting struct {
	Date     string         `json:"date"`
	FirstDay string         `json:"start"`
	LastDay  string         `json:"end"`
	Actors   []string       `json:"actors"` // all participants of the event, sorted
	Event    string         `json:"event"`  // event ID
	Modality event.Modality `json:"modality"`
	Type     string         `json:"type"`
	Cameo    string         `json:"cameo"`
	Evidence string         `json:"evidence"`
	Sources  int            `json:"sources,omitempty"`
}

// Meetings returns every meeting between two or more actors in the graph,
// each once, ordered by FirstDay, then event ID.
func (g *Graph) Meetings() []Meeting {
	var c collector
	for _, e := range g.allEdges() {
		c.add(e)
	}
	return c.meetings()
}

// MetWith returns the meetings in which actor a took part with at least
// one other actor, each once, ordered by FirstDay, then event ID. It returns
// nil when a is not in the graph.
func (g *Graph) MetWith(a string) []Meeting {
	var c collector
	for _, e := range g.incident(a) {
		c.add(e)
	}
	return c.meetings()
}

// Between returns the meetings in which both a and b took part, each once,
// ordered by FirstDay, then event ID. It returns nil when a or b is not in
// the graph, or a equals b.
func (g *Graph) Between(a, b string) []Meeting {
	var c collector
	if e := g.between(a, b); e != nil {
		c.add(e)
	}
	return c.meetings()
}

// Partners returns the names of the actors a met, sorted. Actors a shares
// only other kinds of event with are not partners.
func (g *Graph) Partners(a string) []string {
	var names []string
	for _, e := range g.incident(a) {
		if !slices.ContainsFunc(e.Events, isMeeting) {
			continue
		}
		other := e.T
		if other.Name == a {
			other = e.F
		}
		names = append(names, other.Name)
	}
	slices.Sort(names)
	return names
}

// allEdges returns every edge of the graph once, in no particular order.
func (g *Graph) allEdges() []*Edge {
	if g.g == nil {
		return nil
	}
	var edges []*Edge
	for it := g.g.Edges(); it.Next(); {
		edges = append(edges, it.Edge().(*Edge))
	}
	return edges
}

// A collector gathers the meetings of edges, one per event.
type collector struct {
	seen map[string]bool
	list []collected
}

// A collected meeting remembers its event's position in the graph, which
// orders meetings with equal FirstDay and ID.
type collected struct {
	m   Meeting
	seq int
}

// add collects the meeting events of e not collected yet.
func (c *collector) add(e *Edge) {
	for i, ev := range e.Events {
		if !isMeeting(ev) {
			continue
		}
		key := e.eventKey(i)
		if c.seen[key] {
			continue
		}
		if c.seen == nil {
			c.seen = make(map[string]bool)
		}
		c.seen[key] = true
		c.list = append(c.list, collected{m: newMeeting(ev), seq: e.seq[i]})
	}
}

// meetings returns the collected meetings ordered by FirstDay, then event ID.
func (c *collector) meetings() []Meeting {
	if len(c.list) == 0 {
		return nil
	}
	slices.SortFunc(c.list, func(a, b collected) int {
		return cmp.Or(cmp.Compare(a.m.FirstDay, b.m.FirstDay), cmp.Compare(a.m.Event, b.m.Event), cmp.Compare(a.seq, b.seq))
	})
	ms := make([]Meeting, len(c.list))
	for i, x := range c.list {
		ms[i] = x.m
	}
	return ms
}

// newMeeting returns the meeting record of event e.
func newMeeting(e store.Event) Meeting {
	return Meeting{
		Date:     e.Date,
		FirstDay: e.FirstDay,
		LastDay:  e.LastDay,
		Actors:   actorNames(e),
		Event:    e.ID,
		Modality: e.Modality,
		Type:     e.Type,
		Cameo:    e.Cameo,
		Evidence: e.Evidence,
		Sources:  e.Sources,
	}
}

// isMeeting reports whether the stored event e is a meeting.
func isMeeting(e store.Event) bool { return event.IsMeeting(e.Event) }
