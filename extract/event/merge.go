package event

import (
	"slices"
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/cameo"
)

// intentTypes take an act as complement: "agreed to provide aid",
// "threatened to cut off electricity", "refused to meet".
var intentTypes = sync.OnceValue(func() map[string]bool { return words.Set("intent-types") })

// putOffVerbs put off or call off the act after them.
var putOffVerbs = sync.OnceValue(func() map[string]bool { return words.Set("put-off-verbs") })

// complementOf reports whether trigger h is the act that the previous
// event, one of intentTypes, intends: "agreed (in principle) to provide".
// An act put off or called off in between is not intended: "agreed to
// postpone the demonstration".
func complementOf(prev *Event, d *reader, ph, h hit) bool {
	if !intentTypes()[prev.Type] || h.t0-ph.t1 > 6 || h.t0 == 0 {
		return false
	}
	for j := ph.t1; j < h.t0; j++ {
		if putOffVerbs()[d.Lower(j)] || d.Lower(j) == "off" {
			return false
		}
	}
	for j := ph.t1; j < h.t0; j++ {
		if w := d.Lower(j); w == "to" || w == "that" {
			return true
		}
	}
	// the trigger form ended in "to": "prepared to impose martial law"
	return ph.t1 == h.t0 || d.Lower(ph.t1-1) == "to" && h.t0-ph.t1 <= 2
}

// share gives an intention and its act each other's missing sides: the act
// is done by who intends it, and the intention is toward the act's target.
func share(intent, act *Event) {
	if r := cameo.RootOf(act.Cameo); intent.Type == "agree" && r.Hostile() && !mutual(intent, act) {
		// "prepared to impose martial law": an intention to harm is a threat
		intent.Type, intent.Plover = "threaten", cameo.Threaten.Plover()
		intent.Cameo = r.Threat()
	}
	if !hasRole(act.Actors, Source) && !hasRole(act.Actors, Symmetric) {
		for _, p := range intent.Actors {
			if p.Role == Source && !hasParticipant(act.Actors, p) {
				act.Actors = append(act.Actors, p)
			}
		}
	}
	if !hasRole(intent.Actors, Target) {
		for _, p := range act.Actors {
			if (p.Role == Target || p.Role == Symmetric) && !hasParticipant(intent.Actors, p) {
				intent.Actors = append(intent.Actors, Participant{Name: p.Name, Role: Target, Code: p.Code})
			}
		}
	}
}

// mutual reports whether an agreement is between its sources on an act
// aimed at no one else: "the two leaders agreed to resume border
// patrols" is an agreement of two states, no threat.
func mutual(intent, act *Event) bool {
	n := 0
	for _, p := range intent.Actors {
		switch p.Role {
		case Source, Symmetric:
			n++
		case Target:
			return false
		}
	}
	for _, p := range act.Actors {
		if p.Role == Target && !slices.ContainsFunc(intent.Actors, func(q Participant) bool { return q.Name == p.Name }) {
			return false
		}
	}
	return n >= 2
}

// mergeable reports whether e repeats prev: the same type and source in
// coordinated verbs ("warned Russia and threatened sanctions").
func mergeable(prev, e *Event, ph, h hit) bool {
	if prev.Type != e.Type || h.t0-ph.t1 > 6 {
		return false
	}
	return sameNames(prev.Actors, e.Actors, Source)
}

func sameNames(a, b []Participant, role Role) bool {
	var x, y []string
	for _, p := range a {
		if p.Role == role {
			x = append(x, p.Name)
		}
	}
	for _, p := range b {
		if p.Role == role {
			y = append(y, p.Name)
		}
	}
	return strings.Join(x, "|") == strings.Join(y, "|")
}

// mergeInto folds e into prev, keeping the more specific code.
func mergeInto(prev *Event, e Event) {
	if len(e.Cameo) > len(prev.Cameo) {
		prev.Cameo = e.Cameo
	}
	for _, p := range e.Actors {
		if !hasParticipant(prev.Actors, p) {
			prev.Actors = append(prev.Actors, p)
		}
	}
	if prev.TimeText == "" && e.TimeText != "" {
		prev.Date, prev.Mod, prev.FirstDay, prev.LastDay, prev.TimeText, prev.Relation, prev.Anchor = e.Date, e.Mod, e.FirstDay, e.LastDay, e.TimeText, "", ""
	}
}

func hasParticipant(ps []Participant, p Participant) bool {
	for _, q := range ps {
		if q.Name == p.Name {
			return true
		}
	}
	return false
}

// meetingPurpose reports whether consultation e, at trigger h, is what the
// consultation prev, at ph, was held for: "met … to discuss", "held talks
// to negotiate". What follows is its topic, not more parties.
func (d *reader) meetingPurpose(prev, e *Event, ph, h hit) bool {
	if prev.Plover != "CONSULT" || e.Plover != "CONSULT" || h.t0-ph.t1 > 8 || d.Lower(h.t0-1) != "to" {
		return false
	}
	for j := ph.t1; j < h.t0; j++ {
		if d.Word(j) == "," || clauseOpeners()[d.Lower(j)] {
			return false
		}
	}
	return true
}

// dropRestatements drops a meeting that only restates an earlier one of
// the article: no time of its own, the same CAMEO root, the same parties
// and modality, and no word saying it is another ("South Korea's foreign
// minister held talks with his Japanese counterpart on May 1 … The two
// ministers discussed North Korea": one meeting, not two). Statements and
// other acts are each their own, however alike.
func (d *reader) dropRestatements(evs []Event) []Event {
	out := evs[:0]
	for _, e := range evs {
		if !slices.ContainsFunc(out, func(p Event) bool { return restates(e, p) }) {
			out = append(out, e)
		}
	}
	return out
}

// restates reports whether meeting e only restates meeting p.
func restates(e, p Event) bool {
	meeting := func(x Event) bool { return !x.Open && cameo.RootOf(x.Cameo) == cameo.Consult }
	return meeting(e) && meeting(p) && e.TimeText == "" && e.Relation != "" &&
		e.Modality == p.Modality && sameParties(p.Actors, e.Actors) && !againWords(e.Evidence)
}

// sameParties reports whether a and b name the same actors, whatever
// their roles.
func sameParties(a, b []Participant) bool {
	names := func(ps []Participant) []string {
		var out []string
		for _, p := range ps {
			if !slices.Contains(out, p.Name) {
				out = append(out, p.Name)
			}
		}
		slices.Sort(out)
		return out
	}
	return len(a) > 0 && slices.Equal(names(a), names(b))
}

// againWords reports whether a sentence says its act is another one:
// "again", "another", "a second".
func againWords(s string) bool {
	s = strings.ToLower(s)
	for _, w := range []string{" again", "another ", "a second ", "a new ", "once more"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
