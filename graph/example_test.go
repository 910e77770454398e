package graph_test

import (
	"fmt"
	"os"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/graph"
)

// events returns a few events as the store would hand them over.
func events() []extract.Event {
	return []extract.Event{
		{
			ID: "ev-2", Type: "meet", Cameo: "044", Date: "2022-01-13",
			FirstDay: "2022-01-13", LastDay: "2022-01-13", Modality: extract.Asserted,
			Actors: []extract.Participant{
				{Name: "Russia", Role: extract.Symmetric, Code: "RUS"},
				{Name: "OSCE", Role: extract.Symmetric, Code: "IGOEUROSC"},
				{Name: "NATO", Role: extract.Symmetric, Code: "IGOWSTNAT"},
			},
		},
		{
			ID: "ev-3", Type: "threaten", Cameo: "130", Date: "2021-12",
			FirstDay: "2021-12-01", LastDay: "2021-12-31", Modality: extract.Asserted,
			Actors: []extract.Participant{
				{Name: "USA", Role: extract.Source, Code: "USA"},
				{Name: "Russia", Role: extract.Target, Code: "RUS"},
			},
		},
		{
			ID: "ev-1", Type: "meet", Cameo: "040", Date: "2022-01-12",
			FirstDay: "2022-01-12", LastDay: "2022-01-12", Modality: extract.Planned,
			Actors: []extract.Participant{
				{Name: "Russia", Role: extract.Source, Code: "RUS"},
				{Name: "NATO", Role: extract.Target, Code: "IGOWSTNAT"},
			},
		},
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
