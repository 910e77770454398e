package graph

import (
	"testing"

	"github.com/chronicle-kg/chronicle/extract/actor"
)

// TestKindOf checks the kinds read off actor codes: a sector's code is
// three capitals, as a country's is, and an organisation's.
func TestKindOf(t *testing.T) {
	for code, want := range map[string]actor.Kind{
		"RUS": actor.Country, "USA": actor.Country,
		"BUS": actor.Organization, "EDU": actor.Organization, "NGO": actor.Organization,
		"IGONAT": actor.Organization, "MNC": actor.Organization,
		"USAGOV": "", "": "",
	} {
		if got := kindOf(code); got != want {
			t.Errorf("kindOf(%q) = %q, want %q", code, got, want)
		}
	}
}
