package actor_test

import (
	"fmt"
	"time"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/text"
)

func ExampleFind() {
	dct := time.Date(2021, 12, 28, 0, 0, 0, 0, time.UTC)
	d := text.New("US President Joe Biden warned Moscow. Biden said the alliance would respond, and the Kremlin denied it.")
	cast := actor.Find(d, dct)
	for _, a := range cast.Actors {
		var ms []string
		for _, m := range a.Mentions {
			ms = append(ms, m.Text)
		}
		fmt.Printf("%s (%s, %s): %q\n", a.Name, a.Kind, a.Code, ms)
	}
	// Output:
	// United States (country, USA): ["US"]
	// Joe Biden (person, USAGOV): ["US President Joe Biden" "Biden"]
	// Russia (country, RUS): ["Moscow" "Kremlin"]
}
