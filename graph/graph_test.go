package graph

import (
	"reflect"
	"slices"
	"testing"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/encoding"
	"gonum.org/v1/gonum/graph/path"

	"github.com/chronicle-kg/chronicle/extract/event"
	"github.com/chronicle-kg/chronicle/store"
)

// fixture returns hand-made events, out of order: Russia and NATO meet on
// 2022-01-12 (planned), Russia, OSCE and NATO meet on 2022-01-13, and the
// USA threatens Russia in December 2021.
func fixture() []store.Event {
	return []store.Event{
		{Event: event.Event{
			ID: "ev-2", Type: "meet", Cameo: "044", Date: "2022-01-13",
			FirstDay: "2022-01-13", LastDay: "2022-01-13", Modality: event.Asserted,
			Actors: []event.Participant{
				{Name: "Russia", Role: event.Symmetric, Code: "RUS"},
				{Name: "OSCE", Role: event.Symmetric, Code: "IGOEUROSC"},
				{Name: "NATO", Role: event.Symmetric, Code: "IGOWSTNAT"},
			},
			Evidence: "Russia met the OSCE and NATO in Vienna.", Doc: "doc-2",
		}, Sources: 2},
		{Event: event.Event{
			ID: "ev-3", Type: "threaten", Cameo: "130", Date: "2021-12",
			FirstDay: "2021-12-01", LastDay: "2021-12-31", Modality: event.Asserted,
			Actors: []event.Participant{
				{Name: "USA", Role: event.Source, Code: "USA"},
				{Name: "Russia", Role: event.Target, Code: "RUS"},
			},
			Evidence: "The USA threatened Russia with sanctions.", Doc: "doc-1",
		}},
		{Event: event.Event{
			ID: "ev-1", Type: "meet", Cameo: "040", Date: "2022-01-12",
			FirstDay: "2022-01-12", LastDay: "2022-01-12", Modality: event.Planned,
			Actors: []event.Participant{
				{Name: "Russia", Role: event.Source, Code: "RUS"},
				{Name: "NATO", Role: event.Target, Code: "IGOWSTNAT"},
			},
			Evidence: "Russia will meet NATO on Wednesday.", Doc: "doc-1",
		}},
	}
}

// edgeCount returns the number of edges of g.
func edgeCount(g graph.Undirected) int {
	n := 0
	for nodes := g.Nodes(); nodes.Next(); {
		n += g.From(nodes.Node().ID()).Len()
	}
	return n / 2
}

// meetingIDs returns the event IDs of ms.
func meetingIDs(ms []Meeting) []string {
	var ids []string
	for _, m := range ms {
		ids = append(ids, m.Event)
	}
	return ids
}

func TestNewNodes(t *testing.T) {
	g := New(fixture())
	if got, want := g.Undirected().Nodes().Len(), 4; got != want {
		t.Fatalf("node count: got %d, want %d", got, want)
	}
	tests := []struct {
		name string
		ok   bool
		id   int64
		code string
	}{
		{name: "NATO", ok: true, id: 0, code: "IGOWSTNAT"},
		{name: "OSCE", ok: true, id: 1, code: "IGOEUROSC"},
		{name: "Russia", ok: true, id: 2, code: "RUS"},
		{name: "USA", ok: true, id: 3, code: "USA"},
		{name: "russia"},
		{name: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, ok := g.Node(tc.name)
			if ok != tc.ok {
				t.Fatalf("Node(%q): got ok %t, want %t", tc.name, ok, tc.ok)
			}
			if !ok {
				return
			}
			if a.Name != tc.name || a.ID() != tc.id || a.Code != tc.code {
				t.Errorf("Node(%q): got {%q %d %q}, want {%q %d %q}",
					tc.name, a.Name, a.ID(), a.Code, tc.name, tc.id, tc.code)
			}
			if n := g.Undirected().Node(tc.id); n != a {
				t.Errorf("Undirected().Node(%d): got %v, want %v", tc.id, n, a)
			}
		})
	}
}

func TestEdgeEvents(t *testing.T) {
	g := New(fixture())
	if got, want := edgeCount(g.Undirected()), 4; got != want {
		t.Errorf("edge count: got %d, want %d", got, want)
	}
	tests := []struct {
		a, b string
		want []string // event IDs on the edge; nil for no edge
	}{
		{a: "Russia", b: "NATO", want: []string{"ev-1", "ev-2"}},
		{a: "NATO", b: "Russia", want: []string{"ev-1", "ev-2"}},
		{a: "Russia", b: "OSCE", want: []string{"ev-2"}},
		{a: "OSCE", b: "NATO", want: []string{"ev-2"}},
		{a: "USA", b: "Russia", want: []string{"ev-3"}},
		{a: "USA", b: "NATO"},
		{a: "Russia", b: "Russia"},
	}
	for _, tc := range tests {
		t.Run(tc.a+"-"+tc.b, func(t *testing.T) {
			a, _ := g.Node(tc.a)
			b, _ := g.Node(tc.b)
			e := g.Undirected().EdgeBetween(a.ID(), b.ID())
			if tc.want == nil {
				if e != nil {
					t.Fatalf("got edge %v, want none", e)
				}
				return
			}
			edge, ok := e.(*Edge)
			if !ok {
				t.Fatalf("got edge %T, want *Edge", e)
			}
			var got []string
			for _, ev := range edge.Events {
				got = append(got, ev.ID)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("events: got %q, want %q", got, tc.want)
			}
			if r := edge.ReversedEdge().(*Edge); r.F != edge.T || r.T != edge.F || len(r.Events) != len(edge.Events) {
				t.Errorf("ReversedEdge: got %v–%v, want %v–%v", r.F, r.T, edge.T, edge.F)
			}
		})
	}
}

func TestBetween(t *testing.T) {
	g := New(fixture())
	tests := []struct {
		name  string
		a, b  string
		dates []string
	}{
		{name: "both meetings", a: "Russia", b: "NATO", dates: []string{"2022-01-12", "2022-01-13"}},
		{name: "symmetric", a: "NATO", b: "Russia", dates: []string{"2022-01-12", "2022-01-13"}},
		{name: "three-way", a: "OSCE", b: "Russia", dates: []string{"2022-01-13"}},
		{name: "threat is no meeting", a: "USA", b: "Russia"},
		{name: "no edge", a: "USA", b: "OSCE"},
		{name: "self", a: "Russia", b: "Russia"},
		{name: "unknown", a: "Russia", b: "Nobody"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range g.Between(tc.a, tc.b) {
				got = append(got, m.Date)
			}
			if !reflect.DeepEqual(got, tc.dates) {
				t.Errorf("Between(%q, %q) dates: got %q, want %q", tc.a, tc.b, got, tc.dates)
			}
		})
	}
}

func TestMeetings(t *testing.T) {
	want := []Meeting{
		{
			Date: "2022-01-12", FirstDay: "2022-01-12", LastDay: "2022-01-12",
			Actors: []string{"NATO", "Russia"}, Event: "ev-1", Modality: event.Planned,
			Type: "meet", Cameo: "040", Evidence: "Russia will meet NATO on Wednesday.",
		},
		{
			Date: "2022-01-13", FirstDay: "2022-01-13", LastDay: "2022-01-13",
			Actors: []string{"NATO", "OSCE", "Russia"}, Event: "ev-2", Modality: event.Asserted,
			Type: "meet", Cameo: "044", Evidence: "Russia met the OSCE and NATO in Vienna.", Sources: 2,
		},
	}
	g := New(fixture())
	if got := g.Meetings(); !reflect.DeepEqual(got, want) {
		t.Errorf("Meetings:\ngot  %+v\nwant %+v", got, want)
	}
}

func TestMetWith(t *testing.T) {
	g := New(fixture())
	tests := []struct {
		actor    string
		events   []string
		partners []string // union of the meetings' actors other than actor
	}{
		{actor: "Russia", events: []string{"ev-1", "ev-2"}, partners: []string{"NATO", "OSCE"}},
		{actor: "NATO", events: []string{"ev-1", "ev-2"}, partners: []string{"OSCE", "Russia"}},
		{actor: "OSCE", events: []string{"ev-2"}, partners: []string{"NATO", "Russia"}},
		{actor: "USA"},
		{actor: "Nobody"},
	}
	for _, tc := range tests {
		t.Run(tc.actor, func(t *testing.T) {
			ms := g.MetWith(tc.actor)
			if got := meetingIDs(ms); !reflect.DeepEqual(got, tc.events) {
				t.Errorf("MetWith(%q) events: got %q, want %q", tc.actor, got, tc.events)
			}
			seen := map[string]bool{}
			var partners []string
			for _, m := range ms {
				for _, name := range m.Actors {
					if name != tc.actor && !seen[name] {
						seen[name] = true
						partners = append(partners, name)
					}
				}
			}
			slices.Sort(partners)
			if !reflect.DeepEqual(partners, tc.partners) {
				t.Errorf("MetWith(%q) partners: got %q, want %q", tc.actor, partners, tc.partners)
			}
		})
	}
}

func TestPartners(t *testing.T) {
	g := New(fixture())
	tests := []struct {
		actor string
		want  []string
	}{
		{actor: "Russia", want: []string{"NATO", "OSCE"}},
		{actor: "NATO", want: []string{"OSCE", "Russia"}},
		{actor: "OSCE", want: []string{"NATO", "Russia"}},
		{actor: "USA"},
		{actor: "Nobody"},
	}
	for _, tc := range tests {
		t.Run(tc.actor, func(t *testing.T) {
			if got := g.Partners(tc.actor); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Partners(%q): got %q, want %q", tc.actor, got, tc.want)
			}
		})
	}
}

func TestNewEdgeCases(t *testing.T) {
	events := []store.Event{
		// The same meeting stored twice, from two documents.
		{Event: event.Event{ID: "m", Type: "visit", FirstDay: "2022-02-01", Actors: []event.Participant{{Name: "A"}, {Name: "B"}}, Doc: "d1"}},
		{Event: event.Event{ID: "m", Type: "visit", FirstDay: "2022-02-01", Actors: []event.Participant{{Name: "B"}, {Name: "A"}}, Doc: "d2"}},
		// One actor only: a node, no edge, no meeting.
		{Event: event.Event{ID: "solo", Type: "visit", FirstDay: "2022-01-01", Actors: []event.Participant{{Name: "C"}}}},
		// The same actor in two roles, and a participant without a name.
		{Event: event.Event{ID: "self", Type: "meet", FirstDay: "2022-01-02", Actors: []event.Participant{
			{Name: "D", Role: event.Source}, {Name: "D", Role: event.Target}, {Name: ""},
		}}},
		// Meetings without IDs are told apart by position.
		{Event: event.Event{Type: "meet", FirstDay: "2022-03-01", Actors: []event.Participant{{Name: "A"}, {Name: "B"}}}},
		{Event: event.Event{Type: "meet", FirstDay: "2022-03-02", Actors: []event.Participant{{Name: "A"}, {Name: "B"}}}},
	}
	g := New(events)
	if got, want := g.Undirected().Nodes().Len(), 4; got != want {
		t.Errorf("node count: got %d, want %d", got, want)
	}
	if got, want := edgeCount(g.Undirected()), 1; got != want {
		t.Errorf("edge count: got %d, want %d", got, want)
	}
	a, _ := g.Node("A")
	b, _ := g.Node("B")
	if got, want := len(g.Undirected().EdgeBetween(a.ID(), b.ID()).(*Edge).Events), 4; got != want {
		t.Errorf("A–B edge events: got %d, want %d", got, want)
	}
	if got, want := meetingIDs(g.Meetings()), []string{"m", "", ""}; !reflect.DeepEqual(got, want) {
		t.Errorf("Meetings: got %q, want %q", got, want)
	}
	if got, want := meetingIDs(g.Between("B", "A")), []string{"m", "", ""}; !reflect.DeepEqual(got, want) {
		t.Errorf("Between: got %q, want %q", got, want)
	}
	if got := g.MetWith("C"); got != nil {
		t.Errorf("MetWith(C): got %v, want nil", got)
	}
	if _, ok := g.Node(""); ok {
		t.Error(`Node(""): got ok, want no node for an empty name`)
	}
}

func TestZeroGraph(t *testing.T) {
	var g Graph
	if got := g.Undirected().Nodes().Len(); got != 0 {
		t.Errorf("nodes: got %d, want 0", got)
	}
	if _, ok := g.Node("A"); ok {
		t.Error("Node: got ok, want not found")
	}
	if g.Meetings() != nil || g.MetWith("A") != nil || g.Between("A", "B") != nil || g.Partners("A") != nil {
		t.Error("queries on the zero Graph: got results, want none")
	}
}

// TestUndirected runs a gonum algorithm on the underlying graph.
func TestUndirected(t *testing.T) {
	g := New(fixture())
	usa, _ := g.Node("USA")
	osce, _ := g.Node("OSCE")
	nodes, _ := path.DijkstraFrom(usa, g.Undirected()).To(osce.ID())
	var got []string
	for _, n := range nodes {
		got = append(got, n.(*Actor).Name)
	}
	if want := []string{"USA", "Russia", "OSCE"}; !reflect.DeepEqual(got, want) {
		t.Errorf("shortest path: got %q, want %q", got, want)
	}
}

func TestActorAttributes(t *testing.T) {
	tests := []struct {
		name, code string
		want       []encoding.Attribute
	}{
		{name: "Russia", code: "RUS", want: []encoding.Attribute{{Key: "label", Value: `"Russia"`}, {Key: "shape", Value: "box"}}},
		{name: "NATO", code: "IGOWSTNAT", want: []encoding.Attribute{{Key: "label", Value: `"NATO"`}, {Key: "shape", Value: "hexagon"}}},
		{name: "Amnesty", code: "NGOHRI", want: []encoding.Attribute{{Key: "label", Value: `"Amnesty"`}, {Key: "shape", Value: "hexagon"}}},
		{name: "Putin", code: "RUSGOV", want: []encoding.Attribute{{Key: "label", Value: `"Putin"`}}},
		{name: "Someone", want: []encoding.Attribute{{Key: "label", Value: `"Someone"`}}},
		{name: "Lower", code: "rus", want: []encoding.Attribute{{Key: "label", Value: `"Lower"`}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &Actor{Name: tc.name, Code: tc.code}
			if got := a.Attributes(); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Attributes of %s (%q): got %v, want %v", tc.name, tc.code, got, tc.want)
			}
		})
	}
}

// TestReportersTakeNoPart checks that the reporter of an event is no node
// of its and no party to its edge: "Russia attacked Kharkiv, Ukraine's
// military said" joins Russia and Ukraine only.
func TestReportersTakeNoPart(t *testing.T) {
	g := New([]store.Event{{Event: event.Event{
		ID: "ev-r", Type: "attack", Cameo: "180", Date: "2024-12-16",
		FirstDay: "2024-12-16", LastDay: "2024-12-16", Modality: event.Asserted,
		Actors: []event.Participant{
			{Name: "Russia", Role: event.Source, Code: "RUS"},
			{Name: "Ukraine", Role: event.Target, Code: "UKR"},
			{Name: "Ukrainian Military", Role: event.Reporter, Code: "UKRMIL", Trigger: "said"},
		},
		Evidence: "Russia attacked Kharkiv, Ukraine's military said.", Doc: "doc-r",
	}}})
	if n := g.Undirected().Nodes().Len(); n != 2 {
		t.Errorf("%d nodes, want 2 (Russia, Ukraine)", n)
	}
	if n := edgeCount(g.Undirected()); n != 1 {
		t.Errorf("%d edges, want 1", n)
	}
}
