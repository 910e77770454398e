package event_test

import (
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/event"
)

func TestIsMeeting(t *testing.T) {
	tests := []struct {
		typ, cameo string
		want       bool
	}{
		{typ: "meet", want: true},
		{typ: "visit", want: true},
		{typ: "host", want: true},
		{typ: "negotiate", want: true},
		{typ: "consult", want: true},
		{typ: "Meet", want: true},
		{cameo: "040", want: true},
		{cameo: "042", want: true},
		{cameo: "043", want: true},
		{cameo: "044", want: true},
		{cameo: "046", want: true},
		{typ: "other", cameo: "042", want: true},
		{cameo: "041"},
		{cameo: "045"},
		{cameo: "04"},
		{cameo: "0400"},
		{typ: "threaten", cameo: "130"},
		{typ: "meeting"},
		{},
	}
	for _, tc := range tests {
		t.Run(tc.typ+"/"+tc.cameo, func(t *testing.T) {
			e := event.Event{Type: tc.typ, Cameo: tc.cameo}
			if got := event.IsMeeting(e); got != tc.want {
				t.Errorf("IsMeeting(type %q, cameo %q): got %t, want %t", tc.typ, tc.cameo, got, tc.want)
			}
		})
	}
}

// TestCodedField checks that Find fills Coded with CAMEO's own code of
// each coded event, and leaves it empty for an open one.
func TestCodedField(t *testing.T) {
	day := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	want := map[string]string{"meet": "036", "sign": "120", "criticize": "111"}
	r := read(day, "Chile and Peru will meet in Lima. Uruguay refused to sign the accord with Paraguay. Chile criticised Bolivia. Canada imposed tariffs on Mexico.")
	seen := 0
	for _, e := range r.Events {
		switch {
		case e.Open:
			if e.Coded != "" {
				t.Errorf("open %s event coded %q", e.Type, e.Coded)
			}
		case want[e.Type] != "":
			seen++
			if e.Coded != want[e.Type] {
				t.Errorf("%s (%s, %s) coded %q, want %q", e.Type, e.Cameo, e.Modality, e.Coded, want[e.Type])
			}
		}
	}
	if seen != len(want) {
		t.Errorf("%d of the %d coded events found: %+v", seen, len(want), r.Events)
	}
}
