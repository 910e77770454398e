package event

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"sort"
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/cameo"
	"github.com/chronicle-kg/chronicle/extract/internal/tsv"
	"github.com/chronicle-kg/chronicle/extract/text"
)

// A trigger is one row of the trigger table.
type trigger struct {
	typ, cameo, plover, frame string
	toks                      []string // lower case; "..." is a gap of up to three tokens
	nominal                   bool     // a noun ("invasion", "protests"): its agent stands just before it, if anywhere
}

//go:embed data/triggers.tsv
var triggersTSV string

var (
	trigOnce sync.Once
	trigs    map[string][]trigger // first token → triggers, longest first
)

func triggerTable() map[string][]trigger {
	trigOnce.Do(func() {
		rs, err := tsv.Read(strings.NewReader(triggersTSV), "extract/event/data/triggers.tsv", 5)
		if err != nil {
			panic(err)
		}
		trigs = map[string][]trigger{}
		for _, r := range rs {
			for _, f := range tsv.Split(r[4]) {
				verb := strings.HasSuffix(strings.Fields(f)[0], "+")
				for _, toks := range expandForm(f) {
					t := trigger{typ: r[0], cameo: r[1], plover: r[2], frame: r[3], toks: toks,
						nominal: !verb && !strings.HasSuffix(toks[0], "ed") && len(toks) == 1}
					trigs[t.toks[0]] = append(trigs[t.toks[0]], t)
				}
			}
		}
		for k, ts := range trigs {
			sort.SliceStable(ts, func(i, j int) bool { return len(ts[i].toks) > len(ts[j].toks) })
			trigs[k] = ts
		}
	})
	return trigs
}

// A hit is a trigger found at tokens [t0, t1).
type hit struct {
	trigger
	t0, t1 int
}

// matchTrigger matches the longest trigger at token i.
func (d *reader) matchTrigger(i int) (hit, bool) {
	for _, t := range triggerTable()[d.Lower(i)] {
		if end, ok := d.matchSeq(i, t.toks); ok {
			return hit{trigger: t, t0: i, t1: end}, true
		}
	}
	return hit{}, false
}

// maxGap is how many words a "..." in a trigger form may stand for.
const maxGap = 5

// matchSeq matches lower-case tokens with "..." gaps at token i and
// returns the end.
func (d *reader) matchSeq(i int, seq []string) (int, bool) {
	sent := d.Toks[i].Sent
	j := i
	for k := 0; k < len(seq); k++ {
		if seq[k] == "..." {
			k++
			found := false
			for g := 0; g <= maxGap && j+g < len(d.Toks) && d.Toks[j+g].Sent == sent; g++ {
				if g > 0 && d.Toks[j+g-1].Kind == text.Punct {
					break // a gap does not cross punctuation
				}
				if d.Lower(j+g) == seq[k] {
					j, found = j+g+1, true
					break
				}
			}
			if !found {
				return 0, false
			}
			continue
		}
		if j >= len(d.Toks) || d.Toks[j].Sent != sent || d.Lower(j) != seq[k] {
			return 0, false
		}
		j++
	}
	return j, true
}

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
		d.events = append(d.events, e)
		prev, prevSent = &d.events[len(d.events)-1], sent
	}
}

// intentTypes take an act as complement: "agreed to provide aid",
// "threatened to cut off electricity", "refused to meet".
var intentTypes = set("agree threaten reject demand appeal")

// complementOf reports whether trigger h is the act that the previous
// event, one of intentTypes, intends: "agreed (in principle) to provide".
func complementOf(prev *Event, d *reader, ph, h hit) bool {
	if !intentTypes[prev.Type] || h.t0-ph.t1 > 6 || h.t0 == 0 {
		return false
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
	if r := cameo.RootOf(act.Cameo); intent.Type == "agree" && r.Hostile() {
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

// attributiveWords are participles that, before a noun, describe it rather
// than report an act: "alleged war crimes", "suspected militants".
var attributiveWords = set("alleged suspected")

// modifiedNouns are nouns that a noun trigger before them only describes:
// "aid groups", "aid workers" and "occupation forces" are people, not
// acts of aid or occupation.
var modifiedNouns = set("group groups worker workers agency agencies organization organizations organisation " +
	"organisations official officials convoy convoys force forces troops")

// notAnAct reports whether trigger h names no act: a participle before a
// noun ("alleged war crimes"), a participle made a noun by "the"
// ("evacuated the wounded"), a noun describing the people after it ("aid
// groups"), or a document released.
func (d *reader) notAnAct(h hit) bool {
	if h.nominal && modifiedNouns[d.Lower(h.t1)] {
		return true
	}
	if h.typ == "release" && d.releasesDocument(h) {
		return true // "a report released today", "released a statement": published, not set free
	}
	if h.t1-h.t0 == 1 && d.Lower(h.t0-1) == "the" && strings.HasSuffix(d.Lower(h.t0), "ed") {
		return true
	}
	if h.t1-h.t0 != 1 || !attributiveWords[d.Lower(h.t0)] {
		return false
	}
	w := d.Word(h.t1)
	return h.t1 < len(d.Toks) && d.Toks[h.t1].Kind == text.Word && w == d.Lower(h.t1) && !clauseWords[w] && w != "that" && !auxiliaries[w]
}

// meetingPurpose reports whether consultation e, at trigger h, is what the
// consultation prev, at ph, was held for: "met … to discuss", "held talks
// to negotiate". What follows is its topic, not more parties.
func (d *reader) meetingPurpose(prev, e *Event, ph, h hit) bool {
	if prev.Plover != "CONSULT" || e.Plover != "CONSULT" || h.t0-ph.t1 > 8 || d.Lower(h.t0-1) != "to" {
		return false
	}
	for j := ph.t1; j < h.t0; j++ {
		if d.Word(j) == "," || clauseOpeners[d.Lower(j)] {
			return false
		}
	}
	return true
}

// documentNouns are what is released when it is published.
var documentNouns = set("report reports statement statements data figures video videos photo photos photographs " +
	"images details results findings list document documents study survey book album film recording transcript")

// releasesDocument reports whether release trigger h publishes a document:
// one just before it ("a report released today") or its object ("released
// a statement").
func (d *reader) releasesDocument(h hit) bool {
	for j := h.t0 - 2; j < h.t1+3; j++ {
		if j >= 0 && j < len(d.Toks) && j != h.t0 && documentNouns[d.Lower(j)] {
			return true
		}
	}
	return false
}
