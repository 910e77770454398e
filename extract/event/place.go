package event

import (
	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/text"
	"sync"
)

// placeWords stand before the place an event happens in.
var placeWords = sync.OnceValue(func() map[string]bool { return words.Set("place-words") })

// eventPlace returns the text of the place where the event of trigger h
// happens: a state, capital or other place named after "in", "at", "near"
// and the like in the trigger's clause, after the trigger or else before
// it; or "".
func (d *reader) eventPlace(h hit, left int) string {
	if m := d.placeMention(h, left); m >= 0 {
		mm := d.mentions[m]
		return d.Text[mm.Start:mm.End]
	}
	return ""
}

// placeMention returns the mention eventPlace names, or -1.
func (d *reader) placeMention(h hit, left int) int {
	end := h.t1
	for end < len(d.Toks) && d.Toks[end].Sent == d.Toks[h.t0].Sent && !clauseOpeners()[d.Lower(end)] && d.Word(end) != "," {
		end++
	}
	for _, r := range [][2]int{{h.t1, end}, {left, h.t0}} {
		for _, m := range d.mentionsIn(r[0], r[1]) {
			mm := d.mentions[m]
			if d.actors[mm.Actor].Kind != actor.Country || mm.Demonym {
				continue
			}
			j := mm.T0 - 1
			for j > r[0] && (d.Lower(j) == "the" || d.Lower(j) == "of" || d.Toks[j].Kind == text.Word && d.Word(j) == d.Lower(j) && !placeWords()[d.Lower(j)] && mm.T0-j <= 4) {
				j-- // "in the northern city of Kirkuk"
			}
			if j >= 0 && placeWords()[d.Lower(j)] {
				return m
			}
		}
	}
	return -1
}
