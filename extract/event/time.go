package event

import (
	"slices"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/text"
	"github.com/chronicle-kg/chronicle/extract/timex"
)

// setTime dates an event: the time expression that governs its clause
// (after the trigger, then before it), else the publication date with a
// relation read from tense and modality.
func (d *reader) setTime(e *Event, h hit, hits []hit, k int) {
	if x := d.timeAfter(h, hits, k); x >= 0 {
		d.dateFrom(e, x, "")
		return
	}
	left := d.clauseStart(h.t0)
	if h.frame == reporting || d.participle(h) {
		left = d.commaBefore(h.t0, left) // "… on January 12, officials confirmed"
	}
	if x := d.timeBefore(h.t0, left); x >= 0 {
		var rel Relation
		if d.reporterBefore(h.t0, left) >= 0 && !reportVerbs()[d.Lower(h.t0)] {
			rel = OnOrBefore // "said on Saturday that troops had returned"
		}
		d.dateFrom(e, x, rel)
		return
	}
	ref := d.refDay
	e.FirstDay, e.LastDay, e.Anchor = ref, ref, ref
	switch {
	case e.Modality == Planned:
		e.Date, e.Relation = "FUTURE_REF", After
	case d.triggerTense(h) == text.Future:
		e.Date, e.Relation = "FUTURE_REF", After
	case d.triggerTense(h) == text.Past:
		e.Date, e.Relation = "PAST_REF", Before
	default:
		e.Date, e.Relation = "PRESENT_REF", Overlap
	}
}

// commaBefore returns the token after the last comma in [left, i), or left.
func (d *reader) commaBefore(i, left int) int {
	for j := i - 1; j > left; j-- {
		if d.Word(j) == "," {
			return j + 1
		}
	}
	return left
}

// triggerTense is the tense of the trigger's own verb, else of its clause.
func (d *reader) triggerTense(h hit) text.Tense {
	w := d.Lower(h.t0)
	if text.IsPastCue(w) || len(w) > 4 && w[len(w)-2:] == "ed" || d.pastTag(h.t0) {
		return text.Past
	}
	return d.TenseAt(h.t0)
}

// dateFrom copies time expression x onto the event.
func (d *reader) dateFrom(e *Event, x int, rel Relation) {
	t := d.times[x]
	e.Date, e.Mod, e.TimeText = t.Value, t.Mod, t.Text
	e.FirstDay, e.LastDay = t.FirstDay, t.LastDay
	if e.FirstDay == "" {
		e.FirstDay = d.refDay
	}
	if e.LastDay == "" {
		e.LastDay = e.FirstDay
	}
	switch {
	case rel != "" && !strings.HasSuffix(t.Value, "_REF"):
		e.Relation, e.Anchor = rel, e.LastDay
	case t.Value == "PAST_REF":
		e.Relation, e.Anchor = Before, d.refDay
	case t.Value == "FUTURE_REF":
		e.Relation, e.Anchor = After, d.refDay
	case t.Value == "PRESENT_REF":
		e.Relation, e.Anchor = Overlap, d.refDay
	}
}

// datable reports whether a time expression can date an event.
func datable(t timex.Timex) bool { return t.Type == timex.Date || t.Type == timex.Time }

// timeAfter returns the first datable expression after the trigger in its
// clause, before the next trigger, or -1.
func (d *reader) timeAfter(h hit, hits []hit, k int) int {
	stop := h.t1 + 16
	if k+1 < len(hits) && hits[k+1].t0 < stop {
		stop = hits[k+1].t0
	}
	sent := d.Toks[h.t0].Sent
	for j := h.t1; j < stop && j < len(d.Toks) && d.Toks[j].Sent == sent; j++ {
		if x := d.timeAt(j); x >= 0 {
			if datable(d.times[x]) && !d.inReportedClause(h, j) {
				return x
			}
			continue
		}
		if w := d.Lower(j); clauseOpeners()[w] || w == "," && j > h.t1+1 {
			break
		}
	}
	return -1
}

// inReportedClause reports whether token j, after reporting trigger h,
// lies in the clause h reports, by the tree: "said the government would
// cut subsidies next year" was not said next year.
func (d *reader) inReportedClause(h hit, j int) bool {
	if h.frame != reporting {
		return false
	}
	w, t := d.predicate(h)
	if t == nil {
		return false
	}
	return t.Clause(d.wordOf(j)) != w
}

// timeBefore returns the last datable expression in tokens [left, i).
func (d *reader) timeBefore(i, left int) int {
	for j := i - 1; j >= left; j-- {
		if x := d.timeAt(j); x >= 0 && datable(d.times[x]) && !d.inClosedRelative(j, left, i) {
			return x
		}
	}
	return -1
}

// inClosedRelative reports whether token j lies in a relative clause set
// off by commas between tokens left and i: "Hasina, who fled to India in
// August last year, called the verdict ..." did not call it in August.
func (d *reader) inClosedRelative(j, left, i int) bool {
	for r := j; r >= left; r-- {
		if d.closedRelative(r, i) {
			for k := r + 1; k < i; k++ {
				if d.Word(k) == "," {
					return j < k
				}
			}
		}
	}
	return false
}

// timeAt returns the time expression starting at token j, or -1.
func (d *reader) timeAt(j int) int {
	s := int(d.Toks[j].Start)
	k, _ := slices.BinarySearch(d.timeStarts, s)
	if k < len(d.timeStarts) && d.timeStarts[k] == s {
		return k
	}
	return -1
}
