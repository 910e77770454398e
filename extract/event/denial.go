package event

// Denial and refusal: an act governed by a verb that denies or refuses it
// did not happen.

import (
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/syntax"
)

// denialVerbs govern a complement that did not happen (words.txt).
var denialVerbs = sync.OnceValue(func() map[string]bool { return words.Set("denial-verbs") })

// denialStems begin every form of denialVerbs: the lemma less a final
// "e" ("refus-ed"), and less a final "y" and with "i" ("deni-ed"); "rule"
// only before "out" (see denialBefore).
var denialStems = sync.OnceValue(func() []string {
	var out []string
	for v := range denialVerbs() {
		switch {
		case v == "rule":
		case strings.HasSuffix(v, "e"):
			out = append(out, v[:len(v)-1])
		case strings.HasSuffix(v, "y"):
			out = append(out, v, v[:len(v)-1]+"i")
		default:
			out = append(out, v)
		}
	}
	return out
})

// denialBefore reports whether a form of a verb of denial stands between
// token left and token i, the cheap test that spares parsing the sentence
// of a trigger no denial governs.
func (d *reader) denialBefore(i, left int) bool {
	for j := max(left, 0); j < i; j++ {
		if d.denialAt(j, i) {
			return true
		}
	}
	return false
}

// denialAt reports whether token j, before token i, is a form of a verb
// of denial ("ruled" only with "out" after it, before i).
func (d *reader) denialAt(j, i int) bool {
	w := d.Lower(j)
	for _, p := range denialStems() {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return strings.HasPrefix(w, "rul") && j+1 < i && d.Lower(j+1) == "out"
}

// ruleOut reports whether token j, before trigger i, is a verb of denial
// or refusal or one that rules out or excludes ("did not rule out
// sending troops", "did not exclude a meeting"): negated, it leaves the
// act after it possible.
func (d *reader) ruleOut(j, i int) bool {
	switch d.Lower(j) {
	case "exclude", "excludes", "excluded", "excluding":
		return j < i
	}
	return j < i && d.denialAt(j, i)
}

// deniedIn reports whether predicate w of t is the complement of a verb of
// denial or refusal: "Tehran denied supplying drones", "refused to
// withdraw", "ruled out sending troops", "denied having sent troops" (the
// trigger may be the object of the complement). The denier's act is an
// event of its own (a rejection); the act denied did not happen.
func deniedIn(t *syntax.Tree, w int) bool {
	for range 4 {
		g := t.Head(w)
		if g < 0 {
			return false
		}
		switch r := t.Rel(w); {
		case syntax.IsRel(r, "ccomp") && reportDenied(t, g):
			// "denied reports that its forces had clashed", the tagger
			// taking "reports" for a verb: the clause is denied with them
			return true
		case syntax.IsRel(r, "xcomp", "ccomp") || r == "advcl" && len(t.Children(w, "mark")) == 0 && !commaBefore(t, w):
			// not "rejected the accusation, saying the rules apply"
			return t.Word(g).UPOS == "VERB" && denies(t, g)
		case syntax.IsRel(r, "obj") && t.Word(g).UPOS == "VERB" && denies(t, g):
			// "denied the attack", "denied reports that it had deported";
			// but "rejected Chile's offer": the offer was made
			return !rejectedOffer(t, g, w)
		case r == "acl":
			if !reportDenied(t, g) {
				return false // "failed to meet the deadline set by the EU": it was set
			}
			w = g // "denied reports that it had deported": through the reports
		case syntax.IsRel(r, "obj", "amod", "compound", "conj"):
			w = g // through the reports to the verb that denies them
		case syntax.IsRel(r, "obl") && caseOf(t, w) == "on" && settles[t.Word(g).Lemma]:
			w = g // "failed to agree on an accord": nor was one signed
		default:
			return false
		}
	}
	return false
}

// settles holds verbs whose "on" phrase names what they settle: "agree
// on an accord", "decide on sanctions".
var settles = map[string]bool{"agree": true, "decide": true, "settle": true}

// reportDenied reports whether noun n is the object of a verb of
// denial: "denied reports that it had deported", whose clause is denied
// with them.
func reportDenied(t *syntax.Tree, n int) bool {
	g := t.Head(n)
	return g >= 0 && syntax.IsRel(t.Rel(n), "obj") && t.Word(g).UPOS == "VERB" && denies(t, g)
}

// rejectedOffer reports whether noun w, the object of verb g, is an act
// its own doer did that g turns down, not one g prevents: "rejected
// Chile's offer", "declined the invitation by the Kremlin", "rejected the
// Greek proposal"; but "vetoed
// the Council's resolution", "denied Kyiv's account of the attack".
func rejectedOffer(t *syntax.Tree, g, w int) bool {
	switch t.Word(g).Lemma {
	case "reject", "decline", "refuse":
	default:
		return false
	}
	if len(t.Children(w, "nmod:poss")) > 0 {
		return true
	}
	for _, k := range t.Children(w, "amod", "compound") {
		if f := t.Word(k).Form; f != "" && 'A' <= f[0] && f[0] <= 'Z' {
			return true // "the Greek proposal", "the Kremlin offer"
		}
	}
	for _, n := range t.Children(w, "nmod") {
		for _, c := range t.Children(n, "case") {
			if strings.EqualFold(t.Word(c).Form, "by") {
				return true
			}
		}
	}
	return false
}

// denies reports whether verb g is one of denial or refusal, itself not
// negated ("did not rule out sending troops" leaves the sending possible).
func denies(t *syntax.Tree, g int) bool {
	for _, k := range t.Children(g, "advmod") {
		if negCues[strings.ToLower(t.Word(k).Form)] {
			return false
		}
	}
	if l := t.Word(g).Lemma; l != "rule" {
		return denialVerbs()[l]
	}
	for _, k := range t.Children(g, "compound:prt") {
		if t.Word(k).Lemma == "out" {
			return true
		}
	}
	return false
}

// commaBefore reports whether a comma hangs on word w before it: "…,
// saying" opens a clause of its own.
func commaBefore(t *syntax.Tree, w int) bool {
	for _, k := range t.Children(w, "punct") {
		if k < w && t.Word(k).Form == "," {
			return true
		}
	}
	return false
}
