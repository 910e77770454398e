package actor

import "github.com/chronicle-kg/chronicle/extract/text"

// extend grows a mention by what follows it: a country's role ("Russian
// Defense Ministry"), its office holder ("Russian President"), or a
// leader's administration ("the Biden administration").
func (d *reader) extend(g *gazetteer, m Span) Span {
	a := d.actors[m.Actor]
	j := m.T1
	if d.Word(j) == "'s" || d.Word(j) == "’s" {
		j++
	}
	switch a.Kind {
	case Country:
		if r, n := d.roleAt(g, j); n > 0 {
			d.inner = append(d.inner, m) // "Russian" in "Russian Defense Ministry" names Russia too
			return d.roleMention(g, m, a, r, j+n)
		}
		for skip := 0; skip <= 2; skip++ {
			// "Iran's religious leader Ayatollah Ruhollah Khomeini"
			if j+skip >= len(d.Toks) || skip > 0 && (d.Toks[j+skip-1].Kind != text.Word || d.capitalised(j+skip-1)) {
				break
			}
			if p, ok := d.titledPersonAt(g, j+skip, m.Actor); ok {
				d.inner = append(d.inner, m)
				p.T0, p.Start = m.T0, m.Start
				return p
			}
		}
		if gm, ok := d.stateGroup(g, m, j); ok {
			// "Croatian extremists", "Iraqi Kurds", "Bosnian Serbs"
			d.inner = append(d.inner, m)
			return gm
		}
		fallthrough
	case Organization:
		if p, ok := d.titledPersonAt(g, j, m.Actor); ok && j == m.T1 {
			// "Arab League Secretary-General Chedli Klibi"
			d.inner = append(d.inner, m)
			p.T0, p.Start = m.T0, m.Start
			return p
		}
		if m.T1 == j {
			if n, ok := d.unknownNameAt(g, j); ok && d.actors[n.Actor].Kind != Person {
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
				d.inner = append(d.inner, m)
				return Span{T0: m.T0, T1: n.T1, Start: m.Start, End: n.End, Actor: n.Actor}
			}
		}
	case Person:
		switch d.Lower(j) {
		case "administration", "government", "cabinet", "regime":
			if k, ok := g.byName[a.Affiliation]; ok {
				c := d.actorFor(g, k)
				return Span{T0: m.T0, T1: j + 1, Start: m.Start, End: int(d.Toks[j].End), Actor: c}
			}
		}
	}
	return m
}
