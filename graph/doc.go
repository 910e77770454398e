// Package graph builds gonum graphs of actors from stored events and
// answers who met whom, when two actors met, and exports the graph as DOT.
//
// # Building
//
// [New] takes the events to draw (the command line reads them from the
// store; this package never imports it). Every named participant becomes
// an [Actor] node; node IDs are assigned by sorting the names, so the same
// events always give the same graph. Every pair of distinct actors that
// take part in one event, in any roles, is joined by an [Edge] that
// carries all the events the pair shares, ordered by start day and then
// event ID. An event with fewer than two actors adds only its nodes.
//
// [Graph.Undirected] exposes the underlying [graph.Undirected] for gonum's
// algorithms: shortest paths, centrality, components.
//
// # Meetings
//
// A meeting is an event that event.IsMeeting says is one: its type is
// meet, visit, host, negotiate or consult, or its CAMEO code is one of 040
// (consult), 042 (make a visit), 043 (host a visit), 044 (meet at a third
// location) or 046 (engage in negotiation). [Graph.Meetings],
// [Graph.MetWith], [Graph.Between] and [Graph.Partners] answer from the
// edges, so a meeting is one with at least two actors, and each is
// reported once however many pairs it joins.
//
// # DOT
//
// [Graph.WriteDOT] writes the graph in Graphviz's DOT language through
// gonum's [dot.Marshal]. Nodes are labelled with the actor's name and,
// when the actor's CAMEO code tells a country from an organisation, drawn
// in a shape for that kind; edges are labelled with the type and date of
// each event. Names and labels are written as DOT quoted strings with
// '"', '\' and line breaks escaped, so any name renders with dot -Tsvg and
// reads back with [dot.Unmarshal] unchanged (but for a name of the form
// <...>, which gonum's decoder deliberately leaves quoted).
package graph
