package actor

import (
	"sort"
	"strings"
	"time"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// findActors finds the actors of the document and their mentions.
func (d *reader) findActors() {
	g := gazetteerInstance()
	d.actorIdx = map[string]int{}
	var lastPair [2]int
	hasPair := false
	for i := 0; i < len(d.Toks); {
		if m, ok := d.glossAt(g, i); ok {
			d.inner = append(d.inner, m) // it names the actor, but takes no part of its own
			i = m.T1 + 1
			continue
		}
		m, ok := d.matchAt(g, i)
		if !ok {
			if p, n := d.pairAt(i); n > 0 && hasPair {
				for _, a := range lastPair {
					d.mentions = append(d.mentions, Span{T0: i, T1: i + n, Start: int(d.Toks[i].Start), End: int(d.Toks[i+n-1].End), Actor: a})
				}
				i += n
				continue
			} else if p {
				i++
				continue
			}
			i++
			continue
		}
		// "A and B": remember the pair for "the two sides"
		if k := len(d.mentions); k > 0 {
			prev := d.mentions[k-1]
			if prev.T1+1 == m.T0 && d.Word(prev.T1) == "and" && prev.Actor != m.Actor && !prev.Demonym && !m.Demonym {
				lastPair, hasPair = [2]int{prev.Actor, m.Actor}, true
			}
		}
		if w := d.Word(m.T1); w == "'s" || w == "’s" {
			m.T1, m.End = m.T1+1, int(d.Toks[m.T1].End) // "Russia's"
		}
		d.mentions = append(d.mentions, m)
		i = m.T1
	}
	d.placeGroups(g)
	d.placeUnknown(g)
	d.dropUnmentioned()
	for ai := range d.actors {
		if d.actors[ai].Mentions == nil {
			d.actors[ai].Mentions = []Mention{}
		}
	}
	for _, m := range append(d.mentions, d.inner...) {
		a := &d.actors[m.Actor]
		a.Mentions = append(a.Mentions, Mention{Text: d.Text[m.Start:m.End], Start: d.Off.Char(m.Start), End: d.Off.Char(m.End)})
	}
	for ai := range d.actors {
		ms := d.actors[ai].Mentions
		sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	}
}

// pairAt reports "the two sides" / "both sides" at token i, and its length.
func (d *reader) pairAt(i int) (bool, int) {
	w := d.Lower(i)
	switch {
	case w == "the" && d.Lower(i+1) == "two" && pairNouns[d.Lower(i+2)]:
		return true, 3
	case w == "both" && pairNouns[d.Lower(i+1)]:
		return true, 2
	}
	return false, 0
}

// pairNouns head "the two sides" and its kin (words.txt).
var pairNouns = lexicon.Set("pair-nouns")

// matchAt finds the longest actor mention starting at token i.
func (d *reader) matchAt(g *gazetteer, i int) (Span, bool) {
	t := d.Toks[i]
	if t.Kind == text.Punct {
		return Span{}, false
	}
	if m, ok := d.formAt(g, i); ok {
		return d.extend(g, m), true
	}
	if !text.IsUpperStart(d.Word(i)) && !g.lowStarts[d.Lower(i)] {
		return Span{}, false // most words: one lookup, not one a matcher
	}
	if m, ok := d.bareGroupAt(g, i); ok {
		return m, true
	}
	if m, ok := d.stateAgentAt(g, i); ok {
		return m, true
	}
	if m, ok := d.peopleGroupAt(g, i); ok {
		return m, true
	}
	if m, ok := d.anaphorAt(g, i); ok {
		return m, true
	}
	if m, ok := d.titledPersonAt(g, i, -1); ok {
		return m, true
	}
	if m, ok := d.surnameAt(i); ok {
		return m, true
	}
	if m, ok := d.misspeltStateAt(g, i); ok {
		return d.extend(g, m), true
	}
	return d.unknownNameAt(g, i)
}

// A formHit is a gazetteer form matched at tokens [t0, t1): its entity,
// not yet an actor of the document.
type formHit struct {
	ent, t0, t1 int
	demonym     bool
}

// formAt matches a gazetteer form at token i and makes its entity an
// actor of the document.
func (d *reader) formAt(g *gazetteer, i int) (Span, bool) {
	h, ok := d.matchForm(g, i)
	if !ok {
		return Span{}, false
	}
	return d.formMention(g, h), true
}

// formMention makes form hit h a mention, adding its actor if need be.
func (d *reader) formMention(g *gazetteer, h formHit) Span {
	return Span{T0: h.t0, T1: h.t1, Start: int(d.Toks[h.t0].Start), End: int(d.Toks[h.t1-1].End), Actor: d.actorFor(g, h.ent), Demonym: h.demonym}
}

// matchForm matches a gazetteer form at token i, or a state leading what
// follows ("US-led", "Vietnamese-led forces"), without touching the
// document's actors: matchers that only look ahead use it.
func (d *reader) matchForm(g *gazetteer, i int) (formHit, bool) {
	if w := d.Word(i); len(w) > 4 && strings.HasSuffix(w, "-led") {
		for _, f := range g.forms[w[:len(w)-4]] {
			if len(f.toks) == 1 && g.ents[f.ent].kind == Country {
				return formHit{ent: f.ent, t0: i, t1: i + 1, demonym: true}, true
			}
		}
	}
	for _, f := range g.forms[d.Word(i)] {
		n := len(f.toks)
		if i+n > len(d.Toks) {
			continue
		}
		ok := true
		for k := 1; k < n && ok; k++ {
			ok = d.Word(i+k) == f.toks[k]
		}
		if !ok {
			continue
		}
		e := g.ents[f.ent]
		if f.guarded && d.sentenceInitial(i) {
			continue
		}
		if f.place && (f.from != "" && d.refDay < f.from || f.until != "" && d.refDay >= f.until) {
			continue // Juba was Sudan's until July 2011
		}
		if w := d.Lower(i + n); w == "$" || w == "dollars" || w == "dollar" {
			continue // "US $50 million" is money
		}
		if f.surname && (f.shared || !g.inOffice(e.name, d.refDay)) && d.actorIdx[e.name] == 0 && !d.administration(g, f, i+n) {
			continue // "Biden" is Joe Biden in his term, or once he is named
		}
		if f.surname && d.otherFirstName(g, i) {
			continue // "Nic Robertson" is not George Robertson
		}
		return formHit{ent: f.ent, t0: i, t1: i + n, demonym: f.demonym}, true
	}
	return formHit{}, false
}

// administration reports whether a surname form f is followed, at token
// j, by "administration" or "government" and every person of that surname
// served one state: "the Bush administration" is the United States
// whichever Bush it was.
func (d *reader) administration(g *gazetteer, f form, j int) bool {
	switch d.Lower(j) {
	case "administration", "government":
	default:
		return false
	}
	aff := g.ents[f.ent].affiliation
	for _, o := range g.forms[f.toks[0]] {
		if o.surname && g.ents[o.ent].affiliation != aff {
			return false
		}
	}
	return aff != ""
}

func (d *reader) sentenceInitial(i int) bool {
	return i == 0 || d.Toks[i-1].Sent != d.Toks[i].Sent || d.Toks[i-1].Kind == text.Punct && text.IsQuote(d.Word(i-1))
}

// actorFor returns the document's actor for gazetteer entity i, adding it
// on first use. Indexes in actorIdx are one-based so zero means absent.
func (d *reader) actorFor(g *gazetteer, i int) int {
	e := g.ents[i]
	if k := d.actorIdx[e.name]; k > 0 {
		return k - 1
	}
	return d.addActor(Actor{Name: e.name, Kind: e.kind, Code: d.codeOf(g, e), Affiliation: e.affiliation, Aliases: e.aliases})
}

func (d *reader) addActor(a Actor) int {
	if k := d.actorIdx[a.Name]; k > 0 {
		return k - 1
	}
	d.actors = append(d.actors, a)
	d.actorIdx[a.Name] = len(d.actors)
	return len(d.actors) - 1
}

// codeOf gives an entity its CAMEO code; people take their state's code
// with GOV.
func (d *reader) codeOf(g *gazetteer, e entity) string {
	if e.kind == Person && len(g.terms[e.name]) > 1 {
		// a person's code as of the article's date: Bouteflika was an
		// elite (DZAELI) before he was president (DZAGOV)
		best, bestDist := "", 1<<62
		for _, i := range g.terms[e.name] {
			t := g.ents[i]
			if t.code == "" || t.start == "" && t.end == "" {
				continue // an undated row is the default, below
			}
			if dist := termDistance(t, d.ref, d.refDay); dist < bestDist {
				best, bestDist = t.code, dist
			}
		}
		if best != "" && bestDist == 0 {
			return best
		}
	}
	if e.code != "" || e.kind != Person {
		return e.code
	}
	if k, ok := g.byName[e.affiliation]; ok && g.ents[k].code != "" {
		if g.ents[k].kind == Country {
			return g.ents[k].code + "GOV"
		}
		return g.ents[k].code
	}
	return ""
}

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

// roleAt matches a government role phrase at token j (case-insensitive).
func (d *reader) roleAt(g *gazetteer, j int) (role, int) {
	for _, p := range g.roles[d.Lower(j)] {
		ok := j+len(p.toks) <= len(d.Toks)
		for k := 1; k < len(p.toks) && ok; k++ {
			ok = d.Lower(j+k) == p.toks[k]
		}
		if ok {
			return p.role, len(p.toks)
		}
	}
	return role{}, 0
}

// roleMention makes the actor for a state's body: "Russian Defense Ministry".
func (d *reader) roleMention(g *gazetteer, m Span, country Actor, r role, end int) Span {
	a := d.addActor(Actor{Name: g.adjective(country.Name) + " " + r.name, Kind: Organization, Code: country.Code + r.code, Affiliation: country.Name})
	return Span{T0: m.T0, T1: end, Start: m.Start, End: int(d.Toks[end-1].End), Actor: a}
}

// titledPersonAt reads a title and what follows it at token j: a name
// ("President Joe Biden", "Foreign Minister Sergei Lavrov") or, after a
// state (country ≥ 0), the office holder on the article's date.
func (d *reader) titledPersonAt(g *gazetteer, j, country int) (Span, bool) {
	title, n := d.titleAt(g, j)
	if n == 0 {
		return Span{}, false
	}
	k := j + n
	if h, ok := d.matchForm(g, k); ok && g.ents[h.ent].kind == Person {
		p := d.formMention(g, h)
		p.T0, p.Start = j, int(d.Toks[j].Start)
		return p, true
	}
	if e := d.titledSurname(g, k, title); e >= 0 {
		// "President Bush": the holder of that title of that name nearest
		// the article's date
		return Span{T0: j, T1: k + 1, Start: int(d.Toks[j].Start), End: int(d.Toks[k].End), Actor: d.actorFor(g, e)}, true
	}
	if name, n := d.capitalisedName(k); n >= 2 {
		if e := g.fuzzyPerson(name, d.ref); e >= 0 {
			// "President Francois Mitterand" is François Mitterrand
			return Span{T0: j, T1: k + n, Start: int(d.Toks[j].Start), End: int(d.Toks[k+n-1].End), Actor: d.actorFor(g, e)}, true
		}
		a := Actor{Name: name, Kind: Person}
		if country >= 0 {
			c := d.actors[country]
			a.Affiliation, a.Code = c.Name, c.Code
			if c.Kind == Country {
				a.Code += "GOV"
			}
		}
		idx := d.addActor(a)
		if country < 0 && domesticTitles[titleHead(title)] {
			d.markDomestic(idx)
		}
		d.localSurname(name, idx)
		return Span{T0: j, T1: k + n, Start: int(d.Toks[j].Start), End: int(d.Toks[k+n-1].End), Actor: idx}, true
	}
	if country >= 0 {
		if h := g.holder(d.actors[country].Name, title, d.refDay); h >= 0 {
			return Span{T0: j, T1: k, Start: int(d.Toks[j].Start), End: int(d.Toks[k-1].End), Actor: d.actorFor(g, h)}, true
		}
	}
	if country < 0 && soleNameTitles[titleHead(title)] && d.capitalised(k) && !d.capitalised(k+1) &&
		!notNames[d.Lower(k)] && !d.formStarts(g, k) && d.Toks[k].Sent == d.Toks[j].Sent {
		// "President Suharto", "King Hassan": a head of state known by one
		// name, of the state the sentence names (placeUnknown)
		idx := d.addActor(Actor{Name: d.Word(k), Kind: Person})
		d.markDomestic(idx)
		return Span{T0: j, T1: k + 1, Start: int(d.Toks[j].Start), End: int(d.Toks[k].End), Actor: idx}, true
	}
	return Span{}, false
}

// titleHead returns the last word of a title, lower-cased: "minister" of
// "Foreign Minister".
func titleHead(title string) string {
	f := strings.Fields(title)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[len(f)-1])
}

// markDomestic marks actor idx as an office holder of no known state, to
// be given the state of its sentence (placeUnknown).
func (d *reader) markDomestic(idx int) {
	if d.domestic == nil {
		d.domestic = map[int]bool{}
	}
	d.domestic[idx] = true
}

// soleNameTitles are the titles that news puts before a single name:
// "President Suharto" (words.txt).
var soleNameTitles = lexicon.Set("sole-name-titles")

// titledSurname returns the person whose surname is token k and whose
// term is nearest the article's date, preferring one who held title, or -1.
func (d *reader) titledSurname(g *gazetteer, k int, title string) int {
	if k >= len(d.Toks) || !d.capitalised(k) || d.capitalised(k+1) {
		return -1 // "President Joe Biden" is a full name, read elsewhere
	}
	best, bestDist := -1, 1<<62
	for _, f := range g.forms[d.Word(k)] {
		if !f.surname {
			continue
		}
		p := g.ents[f.ent]
		untitled := p.title == "" && d.actorIdx[p.name] == 0
		for _, i := range g.terms[p.name] {
			e := g.ents[i]
			dist := termDistance(e, d.ref, d.refDay)
			if untitled {
				// a person of people.tsv not yet named in full: "President
				// Mugabe" is them when a dated term of theirs lies within
				// twenty years of the article, and no leader of that name fits
				if e.start == "" && e.end == "" || dist > 20*366 {
					continue
				}
				dist += 1 << 41
			} else if !strings.EqualFold(e.title, title) {
				dist += 1 << 40 // another office: only when no holder of this one matches
			}
			if dist < bestDist {
				best, bestDist = g.byName[e.name], dist
			}
		}
	}
	return best
}

// termDistance is how many days from a person's term to the day on, zero
// within it.
// onDay is on as YYYY-MM-DD, which callers have at hand, so that it is not
// formatted again for each term of each person tried.
func termDistance(e entity, on time.Time, onDay string) int {
	d := onDay
	switch {
	case e.start != "" && d < e.start:
		t, _ := time.Parse("2006-01-02", e.start)
		return int(t.Sub(on).Hours() / 24)
	case e.end != "" && d >= e.end:
		t, _ := time.Parse("2006-01-02", e.end)
		return int(on.Sub(t).Hours() / 24)
	}
	return 0
}

// titleNouns stand before a person's name like a title, in any case:
// "spokesman John Kirby" (words.txt).
var titleNouns = lexicon.Set("title-nouns")

// titleAt matches a capitalised title, or a title noun, at token j.
func (d *reader) titleAt(g *gazetteer, j int) (string, int) {
	w := d.Word(j)
	if titleNouns[d.Lower(j)] {
		return d.Lower(j), 1
	}
	if w == "" || !text.IsUpperStart(w) {
		return "", 0
	}
	for _, t := range g.titles[d.Lower(j)] {
		f := strings.Fields(t)
		ok := true
		for k := 0; k < len(f) && ok; k++ {
			ok = strings.EqualFold(d.Word(j+k), f[k])
		}
		if ok {
			return t, len(f)
		}
	}
	// "Labour Minister", "Defence Secretary", "Vice-President": capitalised
	// words ending in a title noun
	for n := 1; n <= 2; n++ {
		if !d.capitalised(j+n-1) || d.formStarts(g, j+n-1) {
			break
		}
		if h := j + n; d.capitalised(h) && titleNouns[d.Lower(h)] {
			return d.Text[d.Toks[j].Start:d.Toks[h].End], n + 1
		}
	}
	return "", 0
}

// capitalisedName reads up to three capitalised words at token k.
func (d *reader) capitalisedName(k int) (string, int) {
	n := 0
	for n < 3 && k+n < len(d.Toks) && d.Toks[k+n].Kind == text.Word && text.IsUpperStart(d.Word(k+n)) && d.Toks[k+n].Sent == d.Toks[k].Sent {
		n++
	}
	if n == 0 {
		return "", 0
	}
	return d.Text[d.Toks[k].Start:d.Toks[k+n-1].End], n
}

// anaphorAt resolves "the alliance", "an Alliance" and the like to the
// organisation they refer back to.
func (d *reader) anaphorAt(g *gazetteer, i int) (Span, bool) {
	det := d.Lower(i)
	if det != "the" && det != "this" && !((det == "an" || det == "a") && text.IsUpperStart(d.Word(i+1))) {
		return Span{}, false // "an Alliance" names one, "an alliance" need not
	}
	names := g.anaphor[d.Lower(i+1)]
	for _, n := range names {
		if k := d.actorIdx[n]; k > 0 {
			return Span{T0: i, T1: i + 2, Start: int(d.Toks[i].Start), End: int(d.Toks[i+1].End), Actor: k - 1}, true
		}
	}
	return Span{}, false
}

// otherFirstName reports whether the surname at token i follows a
// capitalised word that is neither a title nor a name the gazetteer
// knows: a first name, so another person of that surname.
func (d *reader) otherFirstName(g *gazetteer, i int) bool {
	j := i - 1
	if j < 0 || d.Toks[j].Sent != d.Toks[i].Sent || !d.capitalised(j) || d.sentenceInitial(j) && notNames[d.Lower(j)] {
		return false
	}
	w := d.Lower(j)
	return !titleNouns[w] && len(g.titles[w]) == 0 && len(g.forms[d.Word(j)]) == 0 && !notNames[w]
}

// glossAt reads a parenthesised name right after a mention that the
// gazetteer does not know, as another name of that mention's actor: "the
// Hizbollah (Party of God) group", "Forces for Defence of Democracy
// (FDD)". The mention ends before the closing parenthesis.
func (d *reader) glossAt(g *gazetteer, i int) (Span, bool) {
	k := len(d.mentions)
	if i < 1 || k == 0 || d.Word(i-1) != "(" || d.mentions[k-1].T1 != i-1 || !d.capitalised(i) {
		return Span{}, false
	}
	if _, ok := d.matchForm(g, i); ok {
		return Span{}, false // "(NATO)", "(UN)": the gazetteer reads it
	}
	for j := i; j < i+6 && j < len(d.Toks) && d.Toks[j].Sent == d.Toks[i].Sent; j++ {
		switch w := d.Word(j); {
		case w == ")":
			if j == i {
				return Span{}, false
			}
			return Span{T0: i, T1: j, Start: int(d.Toks[i].Start), End: int(d.Toks[j-1].End), Actor: d.mentions[k-1].Actor}, true
		case d.Toks[j].Kind != text.Word:
			return Span{}, false
		}
	}
	return Span{}, false
}

// dropUnmentioned removes the actors that a match made and then gave up
// for a longer reading, renumbering the mentions' actors: the person of
// "the Obama administration" when the article names Obama nowhere else
// (the mention is the United States'). Matchers that only look ahead use
// matchForm and make no actor.
func (d *reader) dropUnmentioned() {
	used := make([]bool, len(d.actors))
	for _, m := range d.mentions {
		used[m.Actor] = true
	}
	for _, m := range d.inner {
		used[m.Actor] = true
	}
	renum := make([]int, len(d.actors))
	out := d.actors[:0]
	for i, a := range d.actors {
		renum[i] = len(out)
		if used[i] {
			out = append(out, a)
		}
	}
	if len(out) == len(d.actors) {
		return
	}
	d.actors = out
	for k := range d.mentions {
		d.mentions[k].Actor = renum[d.mentions[k].Actor]
	}
	for k := range d.inner {
		d.inner[k].Actor = renum[d.inner[k].Actor]
	}
	d.actorIdx = make(map[string]int, len(out))
	for i, a := range out {
		d.actorIdx[a.Name] = i + 1
	}
	// sector and domestic were read by placeGroups and placeUnknown and
	// are not needed after
	d.sector, d.domestic = nil, nil
}

// IsTitleNoun reports whether the lower-case word w is a noun that stands
// before a person's name like a title: "counterpart", "spokesman",
// "envoy".
func IsTitleNoun(w string) bool { return titleNouns[w] }
