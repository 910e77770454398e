package event_test

import (
	"testing"

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
