package actor

import (
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// Titles: a person named after a title ("President Joe Biden",
// "spokesman John Kirby"), or an office holder named by the title alone
// after a state ("Russian President").

// titledPersonAt reads a title and what follows it at token j: a name
// ("President Joe Biden", "Foreign Minister Sergei Lavrov") or, after a
// state (country ≥ 0), the office holder on the article's date.
func (d *reader) titledPersonAt(g *gazetteer, j, country int) (Span, bool) {
	title, n := d.titleAt(g, j)
	if n == 0 {
		return Span{}, false
	}
	k := j + n
	if country >= 0 && d.Word(k) == "," && d.appositiveName(g, k+1) {
		k++ // "Taiwan's president, Lai Ching-te": the name set off
	}
	if h, ok := d.matchForm(g, k); ok && g.ent(h.ent).kind == Person {
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
		var a int
		if e := g.fuzzyPerson(name, d.ref); e >= 0 {
			a = d.actorFor(g, e) // "President Francois Mitterand" is François Mitterrand
		} else {
			a = d.titledStranger(name, title, country)
		}
		return Span{T0: j, T1: k + n, Start: int(d.Toks[j].Start), End: int(d.Toks[k+n-1].End), Actor: a}, true
	}
	if country >= 0 && !d.pastHolder(j, k) {
		if h := g.holder(d.actors[country].Name, title, d.refDay); h >= 0 {
			return Span{T0: j, T1: k, Start: int(d.Toks[j].Start), End: int(d.Toks[k-1].End), Actor: d.actorFor(g, h)}, true
		}
	}
	if country < 0 && soleNameTitles()[titleHead(title)] && d.capitalised(k) && !d.capitalised(k+1) &&
		!notNames()[d.Lower(k)] && !d.formStarts(g, k) && d.Toks[k].Sent == d.Toks[j].Sent {
		// "President Suharto", "King Hassan": a head of state known by one
		// name, of the state the sentence names (placeUnknown)
		idx := d.addActor(Actor{Name: d.Word(k), Kind: Person})
		d.markDomestic(idx)
		return Span{T0: j, T1: k + 1, Start: int(d.Toks[j].Start), End: int(d.Toks[k].End), Actor: idx}, true
	}
	return Span{}, false
}

// appositiveName reports whether a person's name at token k, two or
// three capitalised words or a person the gazetteer knows, ends its
// phrase: a comma, a sentence's end or its last token follows it.
func (d *reader) appositiveName(g *gazetteer, k int) bool {
	end := -1
	if h, ok := d.matchForm(g, k); ok && g.ent(h.ent).kind == Person {
		end = h.t1
	} else if _, n := d.capitalisedName(k); n >= 2 {
		end = k + n
	}
	if end < 0 {
		return false
	}
	if end >= len(d.Toks) || d.Toks[end].Sent != d.Toks[k].Sent {
		return true
	}
	switch d.Word(end) {
	case ",", ".", ";", ":":
		return true
	}
	return false
}

// titledStranger returns the actor for a person the gazetteer does not
// know, called name and titled title, of the state or organisation
// country when that is an actor (≥ 0). A person with a state's title and
// no state is given one later (placeUnknown).
func (d *reader) titledStranger(name, title string, country int) int {
	a := Actor{Name: name, Kind: Person}
	if country >= 0 {
		c := d.actors[country]
		a.Affiliation, a.Code = c.Name, c.Code
		if c.Kind == Country {
			a.Code += "GOV"
		}
	}
	idx := d.addActor(a)
	if country < 0 && domesticTitles()[titleHead(title)] {
		d.markDomestic(idx)
	}
	d.localSurname(name, idx)
	return idx
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
var soleNameTitles = sync.OnceValue(func() map[string]bool { return lexicon.Set("sole-name-titles") })

// domesticTitles are the last words of titles that hold an office of a
// state: a person so titled, of no known state, is of the state the
// sentence names (words.txt).
var domesticTitles = sync.OnceValue(func() map[string]bool { return lexicon.Set("domestic-titles") })

// titledSurname returns the person whose surname is token k and whose
// term is nearest the article's date, preferring one who held title, or -1.
func (d *reader) titledSurname(g *gazetteer, k int, title string) int {
	if k >= len(d.Toks) || !d.capitalised(k) || d.capitalised(k+1) {
		return -1 // "President Joe Biden" is a full name, read elsewhere
	}
	best, bestDist := -1, 1<<62
	for _, f := range g.formsOf(d.Word(k)) {
		if !f.surname {
			continue
		}
		p := g.ent(f.ent)
		untitled := p.title == "" && d.actorIdx[p.name] == 0
		for _, i := range g.termsOf(p.name) {
			e := g.ent(i)
			dist := termDistance(e, d.ref, d.refDay)
			if untitled {
				// a person of people.tsv not yet named in full: "President
				// Mugabe" is them when a dated term of theirs lies within
				// twenty years of the article, and no leader of that name fits;
				// but a king is no one of people.tsv's ("King Hassan" is no
				// Somali politician Hassan)
				if e.start == "" && e.end == "" || dist > 20*366 || royalTitles[strings.ToLower(titleHead(title))] {
					continue
				}
				dist += 1 << 41
			} else if !strings.EqualFold(e.title, title) {
				dist += 1 << 40 // another office: only when no holder of this one matches
			}
			if dist < bestDist {
				best, _ = g.row(e.name)
				bestDist = dist
			}
		}
	}
	return best
}

// royalTitles are the heads of titles that only a monarch or a royal
// bears.
var royalTitles = map[string]bool{"king": true, "queen": true, "emir": true, "sultan": true, "prince": true,
	"princess": true, "sheikh": true, "shah": true, "monarch": true}

// titleNouns stand before a person's name like a title, in any case:
// "spokesman John Kirby" (words.txt).
var titleNouns = sync.OnceValue(func() map[string]bool { return lexicon.Set("title-nouns") })

// IsTitleNoun reports whether the lower-case word w is a noun that stands
// before a person's name like a title: "counterpart", "spokesman",
// "envoy".
func IsTitleNoun(w string) bool { return titleNouns()[w] }

// titleAt matches a capitalised title, or a title noun, at token j.
func (d *reader) titleAt(g *gazetteer, j int) (string, int) {
	w := d.Word(j)
	if titleNouns()[d.Lower(j)] {
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
		if h := j + n; d.capitalised(h) && titleNouns()[d.Lower(h)] {
			return d.Text[d.Toks[j].Start:d.Toks[h].End], n + 1
		}
	}
	return "", 0
}

// capitalisedName reads up to three capitalised words at token k, and
// the Arabic names with their article among them ("Omar Hassan
// al-Bashir", "Zine al-Abidine Ben Ali").
func (d *reader) capitalisedName(k int) (string, int) {
	n, caps := 0, 0
	for caps < 3 && k+n < len(d.Toks) && d.Toks[k+n].Kind == text.Word && d.Toks[k+n].Sent == d.Toks[k].Sent {
		w := d.Word(k + n)
		if text.IsUpperStart(w) {
			caps++
		} else if n == 0 || !articleName(w) {
			break
		}
		n++
	}
	if n == 0 {
		return "", 0
	}
	return d.Text[d.Toks[k].Start:d.Toks[k+n-1].End], n
}

// loadTitles reads the titles that name an office holder ("President",
// "Foreign Minister") from the leaders table.
func (g *gazetteer) loadTitles() error {
	seen := map[string]bool{}
	for _, i := range g.titled {
		e := g.ent(i)
		if e.title == "" || seen[e.title] {
			continue
		}
		seen[e.title] = true
		first := strings.ToLower(strings.Fields(e.title)[0])
		g.titles[first] = append(g.titles[first], e.title)
	}
	return nil
}

// pastHolder reports whether the title in tokens [j, k), or the word
// before it, says its holder held it before: "Kenya's former president"
// is not the president in office on the article's date.
func (d *reader) pastHolder(j, k int) bool {
	for i := max(j-1, 0); i < k; i++ {
		switch d.Lower(i) {
		case "former", "ex", "ex-president", "late", "then", "ousted", "deposed", "exiled":
			return true
		}
	}
	return false
}
