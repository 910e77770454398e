package event

import "github.com/chronicle-kg/chronicle/extract/cameo"

// A targetRule is one way of finding the targets of an act, given its
// site and its sources; it finds none where it does not apply.
type targetRule struct {
	name string
	find func(d *reader, c *site, sources []int) []int
}

// objectRules are the ways of finding an act's object, in the order they
// are tried: the first that finds any gives the targets.
var objectRules = []targetRule{
	// "a roadside bomb near Kandahar wounded four Canadian soldiers":
	// the victims of an act of force are those of the act it is the
	// subject of, not where it fell
	{"the victims of what it did", func(d *reader, c *site, _ []int) []int { return d.victimsOfVerb(c) }},
	// "complained to the United Nations over Israeli air raids": the
	// complaint is about Israel, made to the UN
	{"what a complaint is about", func(d *reader, c *site, _ []int) []int {
		if c.h.typ != "complain" {
			return nil
		}
		return d.aboutAfter(c.h)
	}},
	// "give Tanzania a grant"; "welcomed President Reagan's latest policy
	// statement as proof of Washington's wish": an object inside a gapped
	// trigger is the one
	{"inside the trigger", func(d *reader, c *site, _ []int) []int { return d.insideTrigger(c.h) }},
	{"after the trigger", func(d *reader, c *site, _ []int) []int { return d.targetsAfter(c.h, c.hits, c.k) }},
	{"shared with the verb coordinated after it", func(d *reader, c *site, _ []int) []int { return d.sharedObjects(c) }},
	{"the doer of the act it answers", func(d *reader, c *site, _ []int) []int { return d.doerOfObject(c) }},
	// "The EU imposed sanctions on Belarus. Belarus condemned the
	// measures": the act referred back to is the EU's
	{"the doer of the act it refers back to", func(d *reader, c *site, sources []int) []int { return d.referredAct(c, sources) }},
	// "opened fire to disperse demonstrators", "agreed to lift embargoes
	// on Iran": the object of the act it is done for
	{"of its purpose", func(d *reader, c *site, _ []int) []int { return d.purposeTargets(c.h, c.hits, c.k) }},
	// "holding thousands of Tamil refugees as human shields": the verb's
	// object is what the noun says it is used as
	{"what is used as", func(d *reader, c *site, sources []int) []int {
		if d.Lower(c.h.t0-1) != "as" {
			return nil
		}
		if ms := d.notSources(d.mentionsIn(c.left, c.h.t0-1), sources); len(ms) > 0 {
			return ms[len(ms)-1:]
		}
		return nil
	}},
}

// aimRules are the ways of finding whom an act of protest, threat or force
// is aimed at when its clause names no object, in the order they are
// tried.
var aimRules = []targetRule{
	// "staged demonstrations to demand reforms by President Suharto's
	// government": a protest is aimed at the authority its purpose names
	{"the authority a protest names", func(d *reader, c *site, _ []int) []int {
		if c.root != cameo.Protest {
			return nil
		}
		return d.authorityAfter(c.h)
	}},
	// "a curfew in Algiers", "troops remained on alert in the West Bank":
	// the state it falls on
	{"the state it falls on", func(d *reader, c *site, _ []int) []int {
		switch r := c.root; {
		case r.UsesForce(), r == cameo.Threaten, r == cameo.Protest, r == cameo.ExhibitForcePosture:
			return d.placeAfter(c.h)
		}
		return nil
	}},
	// "bombers killed 23 people when they blew themselves up in Tel Aviv":
	// an act of force on people no actor names falls on the state where it
	// happens
	{"the state it happens in", func(d *reader, c *site, sources []int) []int {
		if !c.root.UsesForce() {
			return nil
		}
		// after the act only: "Russian troops in Belarus fired …" fire at
		// no one in Belarus
		if m := d.placeMention(c.h, c.left); m >= 0 && d.mentions[m].T0 >= c.h.t1 && !d.actorAmong(sources, m) {
			return []int{m}
		}
		return nil
	}},
	// "began a hunger strike to protest against Sweden's decision": a
	// protest is aimed at whoever its sentence goes on to name
	{"whom a protest's sentence names", func(d *reader, c *site, sources []int) []int {
		if c.root != cameo.Protest {
			return nil
		}
		return d.laterActor(c.h, sources)
	}},
}
