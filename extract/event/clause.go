package event

import "sync"

import "github.com/chronicle-kg/chronicle/extract/syntax"

// Words that open a new clause: an actor before one of them does not act
// in the clause after it.
// Penn Treebank text's closing quote after a comma (", ”") ends a quoted
// clause too (see clauseStart); its quotes elsewhere may be scare quotes
// ("a “special law”") and are not read.
var clauseOpeners = sync.OnceValue(func() map[string]bool { return words.Set("clause-openers") })

// clauseStart returns the first token of the clause holding token i.
func (d *reader) clauseStart(i int) int {
	sent := d.Toks[i].Sent
	j := i - 1
	for ; j >= 0 && d.Toks[j].Sent == sent; j-- {
		if d.closedRelative(j, i) {
			j-- // "Bolivia, which was not invited, criticized": back to "Bolivia"
			continue
		}
		if clauseOpeners()[d.Lower(j)] || d.Word(j) == "'" && d.Word(j-1) == "'" && (d.Word(j-2) == "," || d.Word(j-2) == ".") {
			return j + 1
		}
	}
	return j + 1
}

// afterRelatives returns the token after the last relative clause set off
// by commas between tokens left and i, or left: the cues of "was not
// invited" in "Bolivia, which was not invited, criticized" are not the
// main verb's.
func (d *reader) afterRelatives(left, i int) int {
	from := left
	for j := left; j < i; j++ {
		if !d.closedRelative(j, i) {
			continue
		}
		for k := j + 1; k < i; k++ {
			if d.Word(k) == "," {
				from, j = k+1, k
				break
			}
		}
	}
	return from
}

// closedRelative reports whether token j opens a relative clause set off
// by commas that closes before token i: i is back in the clause the
// relative clause interrupts.
func (d *reader) closedRelative(j, i int) bool {
	switch d.Lower(j) {
	case "which", "who", "whom", "whose":
	default:
		return false
	}
	if j == 0 || d.Word(j-1) != "," {
		return false
	}
	for k := j + 1; k < i; k++ {
		if d.Word(k) == "," {
			return true
		}
	}
	return false
}

// reporterBefore returns the mention that reports the clause at token i
// ("the NSC spokesman said … that"), or -1.
func (d *reader) reporterBefore(i, left int) int {
	ms := d.mentionsIn(d.SentStart(i), i)
	for k := len(ms) - 1; k >= 0; k-- {
		m := d.mentions[ms[k]]
		for j := m.T1; j < i; j++ {
			if !reportVerbs()[d.Lower(j)] {
				continue
			}
			if k > 0 && d.locative(ms[k]) && !d.locative(ms[k-1]) {
				// "the Red Cross operating in Sudan said": where the
				// reporter is, not who reports
				return ms[k-1]
			}
			return ms[k]
		}
	}
	return -1
}

// wordBefore returns the word before token t0, lower-cased, passing over
// "the": "in" for "in the West Bank".
func (d *reader) wordBefore(t0 int) string {
	j := t0 - 1
	if d.Lower(j) == "the" {
		j--
	}
	return d.Lower(j)
}

// setting reports whether nominal trigger h names the occasion of the verb
// trigger p before it in its clause: "killed … in a gunbattle", "were
// wounded during clashes".
func (d *reader) setting(h, p hit) bool {
	if !h.nominal || p.nominal || d.Toks[p.t0].Sent != d.Toks[h.t0].Sent || h.t0-p.t1 > 8 {
		return false
	}
	j := h.t0 - 1
	if w := d.Lower(j); w == "a" || w == "an" || w == "the" {
		j--
	}
	if w := d.Lower(j); w != "in" && w != "during" {
		return false
	}
	for x := p.t1; x < j; x++ {
		if w := d.Word(x); clauseOpeners()[d.Lower(x)] || w == "," || reportVerbs()[d.Lower(x)] {
			return false
		}
	}
	return true
}

// setBeside reports whether word w of t is a clause set beside its head
// after it ("Russia attacked Kyiv, Ukraine said"): parataxis, or what the
// parser often reads in its place, a later conjunct with no conjunction.
func setBeside(t *syntax.Tree, w int) bool {
	if syntax.IsRel(t.Rel(w), "parataxis") {
		return true
	}
	if !syntax.IsRel(t.Rel(w), "conj") || w < t.Head(w) {
		return false
	}
	for _, k := range t.Children(w) {
		if syntax.IsRel(t.Rel(k), "cc") {
			return false
		}
	}
	return true
}

// afterItsClause reports whether word w of t opens a clause of its own
// after a comma that ends another: a verb of saying after what is said
// ("did not meet the leader, his spokesman said"), or a clause with its
// own subject set beside the one before ("…, warn health experts"). A
// verb in a list ("can broker, support and oversee") has neither, and a
// subordinate clause keeps its cues ("if, as is likely, the US pulls
// out" is a condition).
func afterItsClause(t *syntax.Tree, w int) bool {
	subject, saidBefore := false, false
	for _, k := range t.Children(w) { // all of them: no copy
		switch r := t.Rel(k); {
		case syntax.IsRel(r, "mark"):
			return false
		case syntax.IsRel(r, "nsubj"):
			subject = true
		case k < w && syntax.IsRel(r, "ccomp", "parataxis"):
			saidBefore = true
		}
	}
	return saidBefore || subject && setBeside(t, w)
}
