package event

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"sync"

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
		if m < len(d.mentions) && d.mentions[m].T0 <= i && !d.mentions[m].Demonym {
			continue // "United States", "Organization for Security and Cooperation": names, not verbs
		}
		if h, ok := d.matchTrigger(i); ok {
			if d.notAnAct(h) {
				continue
			}
			if h.typ == "strike" && h.t1-h.t0 == 1 && isStrike(d.Lower(h.t0)) && d.militaryStrike(h) {
				h.trigger = airstrikeTrigger() // "the strike came a day after air defences shot down two drones"
			}
			if h.typ == "threaten" && h.t1-h.t0 == 1 && strings.HasPrefix(d.Lower(h.t0), "warn") && d.warnsOfState(h) {
				h.trigger = concernTrigger() // "warned that inflation remained high"
			}
			hits = append(hits, h)
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

// militaryCues and labourCues tell a strike of arms from one of workers
// (words.txt).
var (
	militaryCues = words.Set("military-cues")
	labourCues   = words.Set("labour-cues")
)

// militaryStrike reports whether the noun "strike" of trigger h is one of
// arms: its sentence or the one before speaks of arms and its own of no
// workers ("Israeli aircraft struck a depot ... The strike came a day
// after ..."); else a strike is labour's, as it mostly is in news.
func (d *reader) militaryStrike(h hit) bool {
	sent := d.Toks[h.t0].Sent
	from := d.SentStart(h.t0)
	if sent > 0 {
		from = d.SentStart(from - 1)
	}
	military := false
	for j := from; j < len(d.Toks) && d.Toks[j].Sent <= sent; j++ {
		w := d.Lower(j)
		if d.Toks[j].Sent == sent && labourCues[w] {
			return false
		}
		military = military || militaryCues[w]
	}
	return military
}

var (
	airOnce sync.Once
	air     trigger
)

// airstrikeTrigger returns the trigger table's row for air strikes.
func airstrikeTrigger() trigger {
	airOnce.Do(func() {
		for _, t := range triggerTable()["airstrike"] {
			if t.typ == "airstrike" {
				air = t
				break
			}
		}
	})
	return air
}

// warnsOfState reports whether the verb "warn" of trigger h tells of how
// things stand, to no one named: its clause (what it warns of) has no
// modal of what someone will do, or what it warns "of" is no act nor
// actor, and the verb has no object. "Warned that
// inflation remained high" is a pessimistic comment (CAMEO 012, as the
// Phoenix dictionary codes "warned of risk"); "warned that police will no
// longer tolerate rallies" a threat.
func (d *reader) warnsOfState(h hit) bool {
	w, t := d.predicate(h)
	if t == nil || t.Word(w).UPOS != "VERB" || len(t.Objects(w)) > 0 {
		return false
	}
	cs := t.Children(w, "ccomp")
	if len(cs) == 0 {
		// "warned of a global recession": of a state of things, no act
		sent := int(d.Toks[h.t0].Sent)
		for _, o := range t.Obliques(w) {
			if o.Case != "of" && o.Case != "about" {
				continue
			}
			if _, act := d.matchTrigger(d.tokenOf(sent, o.Word)); act || d.mentionAt(d.tokenOf(sent, o.Word)) >= 0 {
				return false // "warned of an attack", "warned of Iran"
			}
			return true
		}
		return false
	}
	for _, a := range t.Children(cs[0], "aux") {
		switch strings.ToLower(t.Word(a).Form) {
		case "will", "would", "could", "might", "may", "'ll", "shall", "must":
			return false
		}
	}
	return true
}

var (
	concernOnce sync.Once
	concern     trigger
)

// concernTrigger returns the trigger table's row for expressions of
// concern.
func concernTrigger() trigger {
	concernOnce.Do(func() {
		for _, ts := range triggerTable() {
			for _, t := range ts {
				if t.typ == "concern" {
					concern = t
					return
				}
			}
		}
	})
	return concern
}
