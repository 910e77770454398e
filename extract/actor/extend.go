package actor

import "github.com/chronicle-kg/chronicle/extract/text"

// extend grows a mention by what follows it: a country's role ("Russian
// Defense Ministry"), its office holder ("Russian President"), or a
// leader's administration ("the Biden administration").
func (d *reader) extend(g *gazetteer, m Span) Span {
	a := d.actors[m.Actor]
	j := m.T1
	if d.possessive(j) {
		j++
	}
	if s, ok := d.placeCompany(m, a, j); ok {
		return s
	}
	switch a.Kind {
	case Country:
		if s, ok := d.extendState(g, m, a, j); ok {
			return s
		}
		fallthrough // a state is a body too: "Rwandan Patriotic Front"
	case Organization:
		if s, ok := d.extendBody(g, m, a, j); ok {
			return s
		}
	case Person:
		if s, ok := d.leaderGovernment(g, m, a, j); ok {
			return s
		}
	}
	return m
}

// grown returns p, a mention that grows mention m, as starting where m
// does; m stays as an inner mention, for it names its actor too.
func (d *reader) grown(m, p Span) Span {
	d.inner = append(d.inner, m)
	p.T0, p.Start = m.T0, m.Start
	return p
}

// extendState grows the mention m of state by what follows it from token
// j: one of its roles, a titled person of it, or a group of its people.
func (d *reader) extendState(g *gazetteer, m Span, state Actor, j int) (Span, bool) {
	if r, n := d.roleAt(g, j); n > 0 {
		// "Russian" in "Russian Defense Ministry" names Russia too
		return d.grown(m, d.roleMention(g, m, state, r, j+n)), true
	}
	for skip := 0; skip <= 2; skip++ {
		// "Iran's religious leader Ayatollah Ruhollah Khomeini", "the
		// Russian top diplomat"; not "in Jakarta against President
		// Suharto", where the title is no state's named before it
		if j+skip >= len(d.Toks) || skip > 0 && (d.Toks[j+skip-1].Kind != text.Word || d.capitalised(j+skip-1) || j == m.T1 && !m.Demonym) {
			break
		}
		if p, ok := d.titledPersonAt(g, j+skip, m.Actor); ok {
			return d.grown(m, p), true
		}
	}
	if gm, ok := d.stateGroup(g, m, j); ok {
		// "Croatian extremists", "Iraqi Kurds", "Bosnian Serbs"
		return d.grown(m, gm), true
	}
	return Span{}, false
}

// extendBody grows the mention m of a state or organisation a by what
// follows it from token j: a titled person of it, or a body of it that
// the gazetteer does not know.
func (d *reader) extendBody(g *gazetteer, m Span, a Actor, j int) (Span, bool) {
	if p, ok := d.titledPersonAt(g, j, m.Actor); ok && j == m.T1 {
		// "Arab League Secretary-General Chedli Klibi"
		return d.grown(m, p), true
	}
	if m.T1 != j {
		return Span{}, false
	}
	n, ok := d.unknownNameAt(g, j)
	if !ok || d.actors[n.Actor].Kind == Person {
		return Span{}, false
	}
	// "Rwandan Patriotic Front", "United Nations Emergency Relief
	// Coordinator": a body of that state or organisation
	o := &d.actors[n.Actor]
	if o.Affiliation == "" {
		o.Affiliation, o.Code = a.Name, a.Code
		if m.Demonym && d.actorIdx[d.Word(m.T0)+" "+o.Name] == 0 {
			// the demonym is part of the name: "Rwandan Patriotic Front"
			delete(d.actorIdx, o.Name)
			o.Name = d.Text[m.Start:n.End]
			d.actorIdx[o.Name] = n.Actor + 1
		}
	}
	return d.grown(m, n), true
}

// leaderGovernment reads a leader's government after the mention m of
// leader a, at token j: "the Biden administration" is the United States.
func (d *reader) leaderGovernment(g *gazetteer, m Span, a Actor, j int) (Span, bool) {
	switch d.Lower(j) {
	case "administration", "government", "cabinet", "regime":
	default:
		return Span{}, false
	}
	k, ok := g.row(a.Affiliation)
	if !ok {
		return Span{}, false
	}
	return Span{T0: m.T0, T1: j + 1, Start: m.Start, End: int(d.Toks[j].End), Actor: d.actorFor(g, k)}, true
}

// placeCompany reads a company named after a place: the mention m of
// state a, and from token j up to three capitalised words, the last a
// company's ("Alaska Airlines", "Singapore Airlines", "Turkish Airlines",
// "Korea Electric Power Corp"). The place is the company's
// affiliation, not an actor of the company's acts.
func (d *reader) placeCompany(m Span, a Actor, j int) (Span, bool) {
	if a.Kind != Country || j != m.T1 {
		return Span{}, false
	}
	end := j
	for end < len(d.Toks) && end < j+3 && d.Toks[end].Sent == d.Toks[m.T0].Sent && d.capitalised(end) {
		end++
	}
	for end > j && !companyHeads[d.Lower(end-1)] {
		end--
	}
	if end == j {
		return Span{}, false
	}
	name := d.Text[m.Start:d.Toks[end-1].End]
	c := d.addActor(Actor{Name: name, Kind: Organization, Code: "BUS", Affiliation: a.Name})
	return Span{T0: m.T0, T1: end, Start: m.Start, End: int(d.Toks[end-1].End), Actor: c}, true
}
