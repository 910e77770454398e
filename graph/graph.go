package graph

import (
	"cmp"
	"slices"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/chronicle-kg/chronicle/extract/event"
	"github.com/chronicle-kg/chronicle/store"
)

// Graph is an undirected graph of actors joined by the events they share.
// Build one with [New]; the zero value is an empty graph.
type Graph struct {
	g      *simple.UndirectedGraph
	byName map[string]*Actor
}

// New builds the actor graph of events.
//
// Nodes are the distinct participant names (participants without a name
// are ignored), with IDs 0..n-1 in sorted name order. Each pair of
// distinct actors in an event is joined by an edge carrying that event;
// an edge's events are ordered by FirstDay, then ID, then their order in
// events. Events with fewer than two distinct actors add their nodes
// only. Open-domain events (event.Event.Open: a word's lemma as type, no
// CAMEO code) take no part: they belong to an entity's timeline, not to
// the graph of who did what to whom. New does not modify events.
func New(events []store.Event) *Graph {
	sorted := slices.DeleteFunc(slices.Clone(events), func(e store.Event) bool { return e.Open })
	slices.SortStableFunc(sorted, compareEvents)

	g := &Graph{g: simple.NewUndirectedGraph(), byName: make(map[string]*Actor)}
	var names []string
	for _, e := range sorted {
		for _, p := range e.Actors {
			if p.Name == "" || p.Role == event.Reporter {
				continue
			}
			a, ok := g.byName[p.Name]
			if !ok {
				a = &Actor{Name: p.Name}
				g.byName[p.Name] = a
				names = append(names, p.Name)
			}
			if a.Code == "" {
				a.Code = p.Code // first code seen, in event order
			}
		}
	}
	slices.Sort(names)
	for i, name := range names {
		a := g.byName[name]
		a.id = int64(i)
		g.g.AddNode(a)
	}

	for i, e := range sorted {
		g.addEvent(i, e)
	}
	return g
}

// addEvent joins every pair of e's distinct actors with an edge carrying
// e; seq is e's position in the sorted event list.
func (g *Graph) addEvent(seq int, e store.Event) {
	names := actorNames(e)
	for i, u := range names {
		for _, v := range names[i+1:] {
			from, to := g.byName[u], g.byName[v]
			var edge *Edge
			if ge := g.g.EdgeBetween(from.id, to.id); ge != nil {
				edge = ge.(*Edge)
			} else {
				edge = &Edge{F: from, T: to}
				g.g.SetEdge(edge)
			}
			edge.add(seq, e)
		}
	}
}

// Undirected returns the underlying gonum graph, whose nodes are *Actor
// and whose edges are *Edge, for use with gonum's algorithms. Callers
// must not modify it.
func (g *Graph) Undirected() graph.Undirected {
	if g.g == nil {
		return simple.NewUndirectedGraph()
	}
	return g.g
}

// Node returns the actor with the given name, matched exactly (case
// sensitive), and whether it is in the graph.
func (g *Graph) Node(name string) (*Actor, bool) {
	a, ok := g.byName[name]
	return a, ok
}

// incident returns the edges at the named actor, ordered by the other
// actor's ID, or nil when the actor is not in the graph.
func (g *Graph) incident(name string) []*Edge {
	a, ok := g.byName[name]
	if !ok {
		return nil
	}
	others := graph.NodesOf(g.g.From(a.id))
	slices.SortFunc(others, func(x, y graph.Node) int { return cmp.Compare(x.ID(), y.ID()) })
	edges := make([]*Edge, 0, len(others))
	for _, o := range others {
		edges = append(edges, g.g.EdgeBetween(a.id, o.ID()).(*Edge))
	}
	return edges
}

// between returns the edge joining the named actors, or nil.
func (g *Graph) between(a, b string) *Edge {
	u, ok := g.byName[a]
	if !ok {
		return nil
	}
	v, ok := g.byName[b]
	if !ok || u == v {
		return nil
	}
	if e := g.g.EdgeBetween(u.id, v.id); e != nil {
		return e.(*Edge)
	}
	return nil
}

// actorNames returns the distinct non-empty participant names of e, sorted.
func actorNames(e store.Event) []string {
	names := make([]string, 0, len(e.Actors))
	for _, p := range e.Actors {
		if p.Name != "" && p.Role != event.Reporter { // who reports an act takes no part in it
			names = append(names, p.Name)
		}
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// compareEvents orders events by FirstDay, then ID.
func compareEvents(a, b store.Event) int {
	return cmp.Or(cmp.Compare(a.FirstDay, b.FirstDay), cmp.Compare(a.ID, b.ID))
}
