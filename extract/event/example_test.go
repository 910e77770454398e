package event_test

import (
	"fmt"
	"time"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/event"
	"github.com/chronicle-kg/chronicle/extract/text"
	"github.com/chronicle-kg/chronicle/extract/timex"
)

func ExampleFind() {
	dct := time.Date(2021, 12, 28, 0, 0, 0, 0, time.UTC)
	d := text.New("Russia and NATO will meet on January 12. The United States threatened Russia with sanctions.")
	evs := event.Find(event.Input{Doc: d, DCT: dct, Times: timex.FindIn(d, dct), Cast: actor.Find(d, dct), ID: "example", Hash: "h"})
	for _, e := range evs {
		fmt.Println(e.Type, e.Cameo, e.Date, e.Modality, event.CAMEO(e))
		for _, p := range e.Actors {
			fmt.Println("  ", p.Role, p.Name)
		}
	}
	// Output:
	// meet 040 2022-01-12 planned 036
	//    participant Russia
	//    participant NATO
	// threaten 1312 PAST_REF asserted 1312
	//    source United States
	//    target Russia
}
