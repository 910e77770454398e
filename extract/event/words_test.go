package event

import (
	"testing"

	"github.com/chronicle-kg/chronicle/extract/cameo"
)

// TestTypesKnown checks that every event type the rules name, in
// words.txt's lists or in the code, is a type of the trigger table, so a
// renamed type cannot silently switch a rule off.
func TestTypesKnown(t *testing.T) {
	known := map[string]bool{}
	trigs, _ := builtTriggers(t)
	for _, ts := range trigs {
		for _, tr := range ts {
			known[tr.typ] = true
		}
	}
	named := []string{"agree", "demand", "complain", "release", "statement", "reject", "threaten"}
	for _, list := range []string{"intent-types", "request-types", "warning-types", "meeting-types"} {
		for typ := range words.Set(list) {
			named = append(named, typ)
		}
	}
	for _, typ := range named {
		if !known[typ] {
			t.Errorf("event type %q is named by a rule but no trigger has it", typ)
		}
	}
}

// TestTriggerCodes checks the trigger table against the CAMEO vocabulary:
// every code is under a CAMEO root, and every PLOVER category one that
// the root's codes take (08's are CONCEDE or RETREAT, 19's ASSAULT or
// COERCE).
func TestTriggerCodes(t *testing.T) {
	other := map[cameo.Root]string{cameo.Yield: "RETREAT", cameo.Fight: "COERCE"}
	trigs, _ := builtTriggers(t)
	for _, ts := range trigs {
		for _, tr := range ts {
			r := cameo.RootOf(tr.cameo)
			if r == "" {
				t.Errorf("trigger %v: code %q is no CAMEO code", tr.toks, tr.cameo)
				continue
			}
			if tr.plover != r.Plover() && tr.plover != other[r] {
				t.Errorf("trigger %v (%s): PLOVER %q, but root %s is %q", tr.toks, tr.cameo, tr.plover, r, r.Plover())
			}
		}
	}
}
