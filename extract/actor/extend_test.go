package actor_test

import (
	"slices"
	"testing"
	"time"

	"github.com/chronicle-kg/chronicle/extract/actor"
)

// TestExtend checks that a mention grows by what follows it into the
// actor the longer phrase names, and that the shorter mention still names
// its own actor.
func TestExtend(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		span   string // the outer mention
		actor  string // its actor
		code   string
		inner  string // the mention it grew from, if it stays
		innerA string // and its actor
	}{
		{"role", "The Russian Defense Ministry said troops had returned.",
			"Russian Defense Ministry", "Russian Defense Ministry", "RUSGOVMIL", "Russian", "Russia"},
		{"office holder", "Russian President said talks would go on.",
			"Russian President", "Vladimir Putin", "RUSGOV", "Russian", "Russia"},
		{"titled person after a possessive", "Iran's religious leader Ayatollah Ruhollah Khomeini spoke.",
			"Iran's religious leader Ayatollah Ruhollah Khomeini", "Ayatollah Ruhollah Khomeini", "IRNGOV", "Iran", "Iran"},
		{"titled person of an organisation", "Arab League Secretary-General Chedli Klibi arrived.",
			"Arab League Secretary-General Chedli Klibi", "Chedli Klibi", "IGOMEAARL", "Arab League", "Arab League"},
		{"body named with a demonym", "The Rwandan Patriotic Front took Kigali.",
			"Rwandan Patriotic Front", "Rwandan Patriotic Front", "RWA", "Rwandan", "Rwanda"},
		{"leader's administration", "Officials of the Biden administration met.",
			"Biden administration", "United States", "USA", "", ""},
	}
	day := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := find(day, tc.text)
			var outer []string
			for _, s := range c.Spans {
				a := c.Actors[s.Actor]
				outer = append(outer, tc.text[s.Start:s.End]+" → "+a.Name)
				if tc.text[s.Start:s.End] == tc.span && (a.Name != tc.actor || a.Code != tc.code) {
					t.Errorf("%q is %s %s, want %s %s", tc.span, a.Name, a.Code, tc.actor, tc.code)
				}
			}
			if !slices.Contains(outer, tc.span+" → "+tc.actor) {
				t.Errorf("mentions %q, want %q for %s", outer, tc.span, tc.actor)
			}
			if tc.inner == "" {
				return
			}
			if !mentioned(c, tc.innerA, tc.inner) {
				t.Errorf("%s has no mention %q: %+v", tc.innerA, tc.inner, c.Actors)
			}
		})
	}
}

// TestAdministrationDropsLeader checks that the person a match made and
// gave up for a longer reading is no actor: "the Biden administration" is
// the United States', and Biden, named nowhere else, is not an actor.
func TestAdministrationDropsLeader(t *testing.T) {
	c := find(time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), "Officials of the Biden administration met.")
	if _, ok := c.Lookup("Joe Biden"); ok {
		t.Errorf("Joe Biden is an actor: %+v", c.Actors)
	}
}

// mentioned reports whether the actor called name has a mention reading
// text.
func mentioned(c *actor.Cast, name, text string) bool {
	k, ok := c.Lookup(name)
	if !ok {
		return false
	}
	return slices.ContainsFunc(c.Actors[k].Mentions, func(m actor.Mention) bool { return m.Text == text })
}
