package graph_test

import (
	"fmt"
	"os"

	"github.com/chronicle-kg/chronicle/extract/event"
	"github.com/chronicle-kg/chronicle/graph"
	"github.com/chronicle-kg/chronicle/store"
)

// events returns a few events as the store would hand them over.
func events() []store.Event {
	return []store.Event{
		{Event: event.Event{
			ID: "ev-2", Type: "meet", Cameo: "044", Date: "2022-01-13",
			FirstDay: "2022-01-13", LastDay: "2022-01-13", Modality: event.Asserted,
			Actors: []event.Participant{
				{Name: "Russia", Role: event.Symmetric, Code: "RUS"},
				{Name: "OSCE", Role: event.Symmetric, Code: "IGOEUROSC"},
				{Name: "NATO", Role: event.Symmetric, Code: "IGOWSTNAT"},
			},
		}},
		{Event: event.Event{
			ID: "ev-3", Type: "threaten", Cameo: "130", Date: "2021-12",
			FirstDay: "2021-12-01", LastDay: "2021-12-31", Modality: event.Asserted,
			Actors: []event.Participant{
				{Name: "USA", Role: event.Source, Code: "USA"},
				{Name: "Russia", Role: event.Target, Code: "RUS"},
			},
		}},
		{Event: event.Event{
			ID: "ev-1", Type: "meet", Cameo: "040", Date: "2022-01-12",
			FirstDay: "2022-01-12", LastDay: "2022-01-12", Modality: event.Planned,
			Actors: []event.Participant{
				{Name: "Russia", Role: event.Source, Code: "RUS"},
				{Name: "NATO", Role: event.Target, Code: "IGOWSTNAT"},
			},
		}},
	}
}

func ExampleGraph_Between() {
	g := graph.New(events())
	for _, m := range g.Between("Russia", "NATO") {
		fmt.Println(m.Date, m.Event, m.Modality, m.Actors)
	}
	fmt.Println("Russia met", g.Partners("Russia"))
	fmt.Println("USA met", g.Partners("USA"))
	// Output:
	// 2022-01-12 ev-1 planned [NATO Russia]
	// 2022-01-13 ev-2 asserted [NATO OSCE Russia]
	// Russia met [NATO OSCE]
	// USA met []
}

func ExampleGraph_WriteDOT() {
	g := graph.New(events())
	if err := g.WriteDOT(os.Stdout, "chronicle"); err != nil {
		fmt.Println(err)
	}
	// Output:
	// strict graph chronicle {
	//   // Node definitions.
	//   NATO [
	//     label="NATO"
	//     shape=hexagon
	//   ];
	//   OSCE [
	//     label="OSCE"
	//     shape=hexagon
	//   ];
	//   Russia [
	//     label="Russia"
	//     shape=box
	//   ];
	//   USA [
	//     label="USA"
	//     shape=box
	//   ];
	//
	//   // Edge definitions.
	//   NATO -- OSCE [label="meet 2022-01-13"];
	//   NATO -- Russia [label="meet 2022-01-12\nmeet 2022-01-13"];
	//   OSCE -- Russia [label="meet 2022-01-13"];
	//   Russia -- USA [label="threaten 2021-12"];
	// }
}
