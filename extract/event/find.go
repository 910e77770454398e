package event

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/cameo"
	"github.com/chronicle-kg/chronicle/extract/text"
)

// findEvents finds the events of every sentence.
func (d *reader) findEvents(docID, hash string) {
	var hits []hit
	m := 0 // the next mention that may cover token i
	for i := 0; i < len(d.Toks); i++ {
		if d.Toks[i].Kind != text.Word {
			continue
		}
		for m < len(d.mentions) && d.mentions[m].T1 <= i {
			m++
		}
		if m < len(d.mentions) && d.mentions[m].T0 <= i && !d.mentions[m].Demonym && !d.doerGroup(m, i) {
			continue // "United States", "Organization for Security and Cooperation": names, not verbs
		}
		if h, ok := d.matchTrigger(i); ok {
			if d.notAnAct(h) {
				continue
			}
			hits = append(hits, d.retype(h))
			i = h.t1 - 1
		}
	}
	var prev *Event
	prevSent := int32(-1)
	for k, h := range hits {
		sent := d.Toks[h.t0].Sent
		if sent != prevSent {
			prev = nil
		}
		e, ok := d.event(h, hits, k, prev)
		if !ok {
			if prev != nil && prev.Type == "agree" && prev.Trigger == d.span(hits[k-1]) && complementOf(prev, d, hits[k-1], h) && cameo.RootOf(h.cameo).Hostile() {
				// "have sworn to fight until …": a vow to do harm is a
				// threat, though the fight itself names no parties
				share(prev, &Event{Cameo: h.cameo})
			}
			continue
		}
		e.Doc = docID
		e.ID = eventID(hash, d.Toks[h.t0].Start, e.Type)
		if prev != nil && prev.Trigger == d.span(hits[k-1]) && d.meetingPurpose(prev, &e, hits[k-1], h) {
			continue // "met in Tokyo to discuss North Korea's missile tests": the meeting's topic
		}
		if prev != nil && mergeable(prev, &e, hits[k-1], h) {
			mergeInto(prev, e)
			continue
		}
		if prev != nil && complementOf(prev, d, hits[k-1], h) {
			share(prev, &e)
		}
		d.events, d.evTok = append(d.events, e), append(d.evTok, h.t0)
		prev, prevSent = &d.events[len(d.events)-1], sent
	}
	d.openEvents(docID, hash, hits)
}

func eventID(hash string, at int32, typ string) string {
	h := sha256.Sum256([]byte(hash + "/" + typ + "/" + itoa(int(at))))
	return hex.EncodeToString(h[:8])
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	if n == 0 {
		return "0"
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// doerGroup reports whether token i, mention m by itself, is the noun of
// a group named by its act, which the act's trigger stays: "thousands of
// demonstrators took to the streets" protest, the demonstrators of the
// state the sentence names.
func (d *reader) doerGroup(m, i int) bool {
	mm := d.mentions[m]
	return mm.T1-mm.T0 == 1 && doerNouns[d.Lower(i)] && d.actors[mm.Actor].Kind == actor.Group
}

// groupOf returns the mention of the group that trigger h names by its
// act and lies in (see doerGroup), or -1.
func (d *reader) groupOf(h hit) int {
	for x := range d.mentions {
		if m := d.mentions[x]; m.T0 <= h.t0 && h.t0 < m.T1 {
			if d.doerGroup(x, h.t0) {
				return x
			}
			return -1
		}
	}
	return -1
}
