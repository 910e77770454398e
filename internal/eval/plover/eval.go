package plover

import (
	"strings"
	"time"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/event"
)

// Evaluate runs the extractor over each record's sentence, dated by the
// record, and scores the event it picks against the record's coding, as
// the package documentation describes. m gives the categories of events
// that carry only a CAMEO code.
func Evaluate(recs []Record, m Mapping) Result {
	return evaluate(recs, m, extract.Extract)
}

// evaluate is Evaluate with the extractor as a parameter.
func evaluate(recs []Record, m Mapping, extractFn func(extract.Article) *extract.Result) Result {
	r := Result{Records: len(recs)}
	byCat := map[string]int{} // gold category → index in r.Categories
	for _, rec := range recs {
		date, _ := time.Parse(time.DateOnly, rec.Date) // Load has checked it
		res := extractFn(extract.Article{ID: rec.ID, Date: date, Text: rec.Text})
		s := scoreRecord(rec, res, m)

		r.Source.add(s.source)
		r.Target.add(s.target)
		k, ok := byCat[s.err.Gold]
		if !ok {
			k = len(r.Categories)
			byCat[s.err.Gold] = k
			r.Categories = append(r.Categories, CategoryScore{Category: s.err.Gold, Found: map[string]int{}})
		}
		c := &r.Categories[k]
		c.Records++
		c.Found[s.err.Ours]++
		if s.err.Ours == NoEvent {
			r.NoEvent++
		}
		if s.err.CategoryOK {
			r.CategoryCorrect++
			c.Correct++
		}
		if s.full {
			r.FullCorrect++
			c.Full++
		}
		if !s.err.CategoryOK || !s.err.SourceOK || !s.err.TargetOK {
			r.Errors = append(r.Errors, s.err)
		}
	}
	r.Source.finish(r.Records)
	r.Target.finish(r.Records)
	r.CategoryAcc = ratio(r.CategoryCorrect, r.Records)
	r.FullAcc = ratio(r.FullCorrect, r.Records)
	return r
}

// sideScore is how one side of one record scored.
type sideScore struct {
	gold, ours, pairs int
}

func (s sideScore) exact() bool { return s.pairs == s.gold && s.pairs == s.ours }

func (sd *Side) add(s sideScore) {
	sd.Gold += s.gold
	sd.Ours += s.ours
	sd.Matched += s.pairs
	if s.exact() {
		sd.ExactRecords++
	}
}

func (sd *Side) finish(records int) {
	sd.PRF = prf(sd.Matched, sd.Ours, sd.Gold)
	sd.Exact = ratio(sd.ExactRecords, records)
}

// recordScore is how one record scored; err describes it whether or not
// anything is wrong.
type recordScore struct {
	source, target sideScore
	full           bool
	err            RecordError
}

// scoreRecord scores our reading res of rec.
func scoreRecord(rec Record, res *extract.Result, m Mapping) recordScore {
	gold := strings.ToUpper(rec.Event)
	ev, cat := pick(res, m, gold)
	e := RecordError{
		ID: rec.ID, Text: rec.Text, Gold: gold, GoldTrigger: rec.EventText, Ours: cat,
		Events: len(res.Events), GoldSource: rec.Source, GoldTarget: rec.Target,
		CategoryOK: cat == gold,
	}
	r := reading{ev: ev, res: res}
	if ev != nil {
		e.Trigger = ev.Trigger
		r.src, r.tgt, r.rep = sides(ev, res)
	}
	var s recordScore
	s.source = r.score(&e, SideSrc, rec.Source, rec.Target, r.src, r.tgt)
	s.target = r.score(&e, SideTgt, rec.Target, rec.Source, r.tgt, r.src)
	e.SourceOK, e.TargetOK = s.source.exact(), s.target.exact()
	e.OurSource, e.OurTarget = asActors(r.src), asActors(r.tgt)
	// An empty gold side is not coded and asks nothing.
	s.full = e.CategoryOK && (len(rec.Source) == 0 || e.SourceOK) && (len(rec.Target) == 0 || e.TargetOK)
	s.err = e
	return s
}

// A reading is our picked event of a record and its actors.
type reading struct {
	ev            *event.Event // nil for none
	res           *extract.Result
	src, tgt, rep []sysActor
}

// score pairs the gold actors of one side with ours, ours and other being
// our actors of that side and of the other, otherGold the gold actors of
// the other, and adds what it misses and what is spurious to e.
func (r reading) score(e *RecordError, side string, gold, otherGold []Actor, ours, other []sysActor) sideScore {
	goldOf, pairs := pairing(gold, ours)
	paired := make([]bool, len(gold))
	for j, g := range goldOf {
		if g >= 0 {
			paired[g] = true
			continue
		}
		cause := ""
		switch {
		case len(gold) == 0:
			cause = CauseGoldEmpty
		case matchedByGold(otherGold, ours[j]):
			cause = CauseOtherSide
		}
		e.Spurious = append(e.Spurious, SideActor{Side: side, Actor: ours[j].asActor(), Cause: cause})
	}
	for k, g := range gold {
		if !paired[k] {
			e.Missed = append(e.Missed, SideActor{Side: side, Actor: g, Cause: r.missCause(g, ours, other)})
		}
	}
	return sideScore{gold: len(gold), ours: len(ours), pairs: pairs}
}

// asActors returns our actors as GSR actors, for reports.
func asActors(as []sysActor) []Actor {
	var out []Actor
	for _, a := range as {
		out = append(out, a.asActor())
	}
	return out
}

// pick returns the event of res that answers a record of category gold,
// and its category: one of that category, else the first with a category,
// else the first. With no event it returns nil and NoEvent.
func pick(res *extract.Result, m Mapping, gold string) (*event.Event, string) {
	first := -1
	for i := range res.Events {
		cat := category(&res.Events[i], m)
		if cat == gold {
			return &res.Events[i], cat
		}
		if first < 0 && cat != "" {
			first = i
		}
	}
	switch {
	case first >= 0:
		return &res.Events[first], category(&res.Events[first], m)
	case len(res.Events) > 0:
		return &res.Events[0], Uncoded
	}
	return nil, NoEvent
}

// category returns the GSR category of e: its Plover field, or that of
// its CAMEO code, under the GSR's name.
//
// The GSR is coded the CAMEO way, with intent and refusal as categories
// of their own, so the code compared is event.CAMEO's: "will give a
// grant" is AGREE, "would boycott" THREATEN.
func category(e *event.Event, m Mapping) string {
	code := event.CAMEO(*e)
	cat := e.Plover
	if cat == "" || code != e.Cameo {
		cat = m.Category(code)
	}
	return GSRCategory(cat, code)
}

// sides returns our actors of ev: its sources and participants, its
// targets, and its reporters.
func sides(ev *event.Event, res *extract.Result) (src, tgt, rep []sysActor) {
	for _, p := range ev.Actors {
		a := sysActor{Participant: p, actor: actorNamed(res, p.Name)}
		switch p.Role {
		case event.Source, event.Symmetric:
			src = append(src, a)
		case event.Target:
			tgt = append(tgt, a)
		case event.Reporter:
			rep = append(rep, a)
		}
	}
	return src, tgt, rep
}

// actorNamed returns the actor of res called name, or nil.
func actorNamed(res *extract.Result, name string) *actor.Actor {
	for i := range res.Actors {
		if res.Actors[i].Name == name {
			return &res.Actors[i]
		}
	}
	return nil
}

// matchedByGold reports whether our actor s matches any of gold.
func matchedByGold(gold []Actor, s sysActor) bool {
	for _, g := range gold {
		if matches(g, s) {
			return true
		}
	}
	return false
}

// missCause says why gold actor g found no pair among ours, our actors
// on its side, other being those on the other side: whether one of our
// event's actors matches it, or names it under another code or none; else
// whether an actor of the sentence does.
func (r reading) missCause(g Actor, ours, other []sysActor) string {
	switch {
	case matchesOurs(g, ours):
		return CauseTaken
	case matchesOurs(g, other):
		return CauseOtherSide
	case matchesOurs(g, r.rep):
		return CauseReporter
	}
	if c := miscoded(g, ours, other, r.rep); c != "" {
		return c
	}
	var all []sysActor
	for i := range r.res.Actors {
		a := &r.res.Actors[i]
		all = append(all, sysActor{Participant: event.Participant{Name: a.Name, Code: a.Code}, actor: a})
	}
	switch {
	case matchesOurs(g, all) && r.ev == nil:
		return CauseNoEvent
	case matchesOurs(g, all):
		return CauseNotInEvent
	}
	if c := miscoded(g, all); c != "" {
		return c
	}
	return CauseNotFound
}

// miscoded returns CauseNoCode or CauseOtherCode if one of ours names
// gold actor g, which has a code, without a code or under another; else
// "".
func miscoded(g Actor, ours ...[]sysActor) string {
	if g.Code == "" {
		return ""
	}
	for _, as := range ours {
		for _, a := range as {
			switch {
			case !textMatches(g.Text, a):
			case a.Code == "":
				return CauseNoCode
			case CodeKey(a.Code) != CodeKey(g.Code):
				return CauseOtherCode
			}
		}
	}
	return ""
}

// matchesOurs reports whether gold actor g matches any of ours.
func matchesOurs(g Actor, ours []sysActor) bool {
	for _, s := range ours {
		if matches(g, s) {
			return true
		}
	}
	return false
}
