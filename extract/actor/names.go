package actor

import (
	"unicode"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// Names outside the gazetteer: runs of capitalised words that name a
// person, an organisation or a group, with a guess at the kind from the
// words they hold.

// orgHeads mark a name as an organisation's.
var orgHeads = set("party front council ministry agency bank army union movement organization organisation " +
	"company corp corporation inc ltd group committee association commission court university institute " +
	"forces force brigade brigades federation alliance league coalition authority office department service " +
	"services police guard guards corps directorate parliament assembly congress senate cabinet government tribunal foundation " +
	"fund network agency church board bureau centre center news times post press radio television tv " +
	"forum society mission college academy")

// groupHeads mark a name as an armed or political group's.
var groupHeads = set("rebels militia militias militants insurgents separatists fighters brigade brigades front movement")

// placeHeads mark a name as a place, which is not an actor.
var placeHeads = set("sea river island islands mountains mountain province region city square street avenue " +
	"valley gulf bay strait lake desert border airport port district county state island peninsula ocean " +
	"north south east west central northern southern eastern western africa asia europe america " +
	"bridge dam airport palace building hospital camp base station stadium square mosque temple church")

// notNames are capitalised words that do not begin names.
var notNames = set("the a an in on at but and or if when while after before this that these those it its he she " +
	"they we i you his her their our there here as by for from with without of to under over during since " +
	"mr mrs ms dr president prime minister foreign secretary general chancellor king queen prince " +
	"monday tuesday wednesday thursday friday saturday sunday january february march april may june july " +
	"august september october november december today yesterday tomorrow according meanwhile however " +
	"earlier later last next some many most several all both each every no not one two three")

// unknownNameAt reads a run of capitalised words at token i that the
// gazetteer does not know, and makes an actor of it when its kind can be
// told.
func (d *reader) unknownNameAt(g *gazetteer, i int) (Span, bool) {
	if !d.capitalised(i) || notNames[d.Lower(i)] {
		return Span{}, false
	}
	end := i
	for end < len(d.Toks) && d.Toks[end].Sent == d.Toks[i].Sent {
		switch {
		case d.capitalised(end) && (end == i || !d.formStarts(g, end) && !notNames[d.Lower(end)]):
			end++
			continue
		case (d.Lower(end) == "of" || d.Lower(end) == "for") && end > i && d.capitalised(end+1):
			end++
			continue
		case (d.Lower(end) == "of" || d.Lower(end) == "for") && end > i && d.Lower(end+1) == "the" && d.capitalised(end+2):
			end += 2 // "Movement for the Actualization of the Sovereign State of Biafra"
			continue
		}
		break
	}
	for end > i && !d.capitalised(end-1) {
		end-- // a trailing connector
	}
	n := end - i
	if n == 0 || n == 1 && d.sentenceInitial(i) {
		return Span{}, false
	}
	kind := d.nameKind(i, end)
	if kind == "" {
		return Span{}, false
	}
	name := d.Text[d.Toks[i].Start:d.Toks[end-1].End]
	a := d.addActor(Actor{Name: name, Kind: kind, Code: d.orgSector(kind, i, end)})
	if kind == Person {
		d.localSurname(name, a)
	}
	return Span{T0: i, T1: end, Start: int(d.Toks[i].Start), End: int(d.Toks[end-1].End), Actor: a}, true
}

// capitalised reports whether token i is a capitalised word, not all in
// capitals unless short (NATO is the gazetteer's; an unknown ALL-CAPS word
// is more often a heading).
func (d *reader) capitalised(i int) bool {
	if i < 0 || i >= len(d.Toks) || d.Toks[i].Kind != text.Word {
		return false
	}
	w := d.Word(i)
	return text.IsUpperStart(w) && !(len(w) > 4 && allUpper(w))
}

// nameKind guesses the kind of the name in tokens [i, end): an
// organisation or group by its head words, a person when two or three
// plain words, else "" (not an actor: a place, a heading, a single word).
func (d *reader) nameKind(i, end int) Kind {
	for j := i; j < end; j++ {
		w := d.Lower(j)
		if placeHeads[w] {
			return ""
		}
	}
	for j := end - 1; j >= i; j-- {
		w := d.Lower(j)
		switch {
		case groupHeads[w]:
			return Group
		case orgHeads[w]:
			return Organization
		}
	}
	if n := end - i; n >= 2 && n <= 3 {
		for j := i; j < end; j++ {
			if d.Lower(j) == "of" || d.Lower(j) == "for" {
				return ""
			}
		}
		return Person
	}
	return ""
}

// localSurname lets the surname of a person first named in full in this
// article name them later on ("Mario Soares … Soares said").
func (d *reader) localSurname(name string, actor int) {
	if d.surnames == nil {
		d.surnames = map[string]int{}
	}
	if s := surname(name); s != name {
		if _, taken := d.surnames[s]; taken {
			d.surnames[s] = -1 // two people share it: resolve neither
			return
		}
		d.surnames[s] = actor
	}
}

// surnameAt resolves a surname of a person named earlier in the article.
func (d *reader) surnameAt(i int) (Span, bool) {
	a, ok := d.surnames[d.Word(i)]
	if !ok || a < 0 {
		return Span{}, false
	}
	return Span{T0: i, T1: i + 1, Start: int(d.Toks[i].Start), End: int(d.Toks[i].End), Actor: a}, true
}

// formStarts reports whether a gazetteer form matches at token j.
func (d *reader) formStarts(g *gazetteer, j int) bool {
	if len(g.forms[d.Word(j)]) == 0 {
		return false
	}
	_, ok := d.matchForm(g, j)
	return ok
}

// sectorHeads give an unknown organisation with no state a CAMEO sector
// code by its head word: a company is BUS, a university EDU, a church
// REL, a newspaper MED; an association, committee, forum or foundation is
// a non-governmental organisation, NGO. A body named with a state takes
// that state's code instead (see extend).
var sectorHeads = map[string]string{
	"company": "BUS", "corp": "BUS", "corporation": "BUS", "inc": "BUS", "ltd": "BUS", "bank": "BUS",
	"university": "EDU", "institute": "EDU", "church": "REL",
	"news": "MED", "times": "MED", "post": "MED", "press": "MED", "radio": "MED", "television": "MED", "tv": "MED",
	"association": "NGO", "committee": "NGO", "forum": "NGO", "foundation": "NGO", "federation": "NGO", "society": "NGO",
	"college": "EDU", "academy": "EDU",
	"network": "NGO", "organization": "NGO", "organisation": "NGO",
}

// orgSector returns the sector code of an organisation named in tokens
// [i, end) by its last head word, or "".
func (d *reader) orgSector(kind Kind, i, end int) string {
	if kind != Organization {
		return ""
	}
	for j := end - 1; j >= i; j-- {
		if c, ok := sectorHeads[d.Lower(j)]; ok {
			return c
		}
		if orgHeads[d.Lower(j)] {
			return ""
		}
	}
	return ""
}

// allUpper reports whether w has no lower-case letter: strings.ToUpper(w)
// == w, without building the upper-cased copy. capitalised asks it of
// every capitalised word.
func allUpper(w string) bool {
	for _, r := range w {
		if unicode.ToUpper(r) != r {
			return false
		}
	}
	return true
}
