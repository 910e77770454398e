package event

import (
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/cameo"
)

// CAMEO returns the code that CAMEO, which has no modality, gives the
// report of e: an intended or offered cooperative act ("will meet",
// "offered aid") is an expression of intent to cooperate (03x), an
// intended or threatened hostile act ("would boycott", "will extend the
// curfew") a threat (13x), and a refused cooperative act ("will not meet")
// a rejection (12x). Other events keep their own code. Chronicle's Event
// keeps the act's code and its modality apart; this is for joining data
// coded the CAMEO way.
func CAMEO(e Event) string {
	r := cameo.RootOf(e.Cameo)
	switch e.Modality {
	case Planned, Hypothetical:
		if c := r.Intent(); c != "" {
			return c
		}
		if c := r.Threat(); c != "" {
			return c
		}
	case Negated:
		if c := r.Refusal(); c != "" {
			return c
		}
	}
	return e.Cameo
}

// meetingTypes are the event types that are meetings.
var meetingTypes = sync.OnceValue(func() map[string]bool { return words.Set("meeting-types") })

// IsMeeting reports whether e is a meeting: its type is meet, visit, host,
// negotiate or consult (in any case), or its CAMEO code is a meeting's
// (see [cameo.IsMeeting]). Telephone calls and mediation are not
// meetings.
func IsMeeting(e Event) bool {
	return meetingTypes()[strings.ToLower(strings.TrimSpace(e.Type))] || cameo.IsMeeting(e.Cameo)
}
