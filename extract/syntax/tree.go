package syntax

import "strings"

// A Tree is a parsed sentence seen as a tree: each word's dependents, and
// the readings that extraction asks of a predicate: its subjects, objects
// and obliques, whether it is passive or negated, what it is coordinated
// with, and whose subject a controlled verb shares. Words are given by
// their index in the sentence's Words (ID-1); -1 means none.
type Tree struct {
	s    *Sentence
	kids [][]int // each word's dependents, in order
}

// NewTree makes the tree of s, which must be parsed: every word with a
// head.
func NewTree(s *Sentence) *Tree {
	t := &Tree{s: s, kids: make([][]int, len(s.Words))}
	for i, w := range s.Words {
		if h := w.Head - 1; h >= 0 && h < len(s.Words) {
			t.kids[h] = append(t.kids[h], i)
		}
	}
	return t
}

// Word returns word i.
func (t *Tree) Word(i int) *Word { return &t.s.Words[i] }

// Head returns the index of word i's head, or -1 for the root.
func (t *Tree) Head(i int) int { return t.s.Words[i].Head - 1 }

// Rel returns word i's relation to its head.
func (t *Tree) Rel(i int) string { return t.s.Words[i].Rel }

// Root returns the index of the sentence's root, or -1.
func (t *Tree) Root() int {
	for i, w := range t.s.Words {
		if w.Head == 0 {
			return i
		}
	}
	return -1
}

// IsRel reports whether relation rel is one of rels: "nsubj" names
// nsubj and its subtypes (nsubj:pass); "nsubj:pass" only itself.
func IsRel(rel string, rels ...string) bool {
	for _, r := range rels {
		if rel == r || strings.HasPrefix(rel, r) && len(rel) > len(r) && rel[len(r)] == ':' && !strings.Contains(r, ":") {
			return true
		}
	}
	return false
}

// Children returns word i's dependents whose relation is one of rels (see
// IsRel), or all of them when rels is empty.
func (t *Tree) Children(i int, rels ...string) []int {
	if len(rels) == 0 {
		return t.kids[i]
	}
	var out []int
	for _, k := range t.kids[i] {
		if IsRel(t.Rel(k), rels...) {
			out = append(out, k)
		}
	}
	return out
}

// Conjuncts returns word i and the words coordinated with it ("the US and
// Russia"): its conj dependents, in order.
func (t *Tree) Conjuncts(i int) []int {
	return append([]int{i}, t.Children(i, "conj")...)
}

// withConjuncts returns ws and each one's conjuncts.
func (t *Tree) withConjuncts(ws []int) []int {
	var out []int
	for _, w := range ws {
		out = append(out, t.Conjuncts(w)...)
	}
	return out
}

// Subjects returns the subjects of predicate i, coordinated ones
// included. A predicate with none of its own takes them from where the
// grammar does: an open complement (xcomp: "are expected to meet",
// "agreed to withdraw") from its controller (see Controller), a
// coordinated predicate ("met and agreed") from the first conjunct, a
// relative clause ("banks that finance …") from the noun it modifies.
func (t *Tree) Subjects(i int) []int {
	if h := t.Head(i); h >= 0 && IsRel(t.Rel(i), "acl:relcl") && t.relativeSubject(i) {
		// the relative pronoun is the subject in "banks that finance";
		// the noun it stands for is meant
		return []int{h}
	}
	if s := t.Children(i, "nsubj", "csubj"); len(s) > 0 {
		return t.withConjuncts(s)
	}
	switch h := t.Head(i); {
	case h < 0:
		return nil
	case IsRel(t.Rel(i), "xcomp"):
		if c := t.Controller(i); c >= 0 {
			return t.Conjuncts(c)
		}
	case IsRel(t.Rel(i), "conj"):
		return t.Subjects(h)
	case IsRel(t.Rel(i), "advcl") && t.Marked(i, "to"):
		if c := t.Controller(i); c >= 0 {
			return t.Conjuncts(c)
		}
	case t.Rel(i) == "acl" && controlNouns[strings.ToLower(t.Word(h).Lemma)] && t.Marked(i, "to"):
		// "Honda's plan to cut jobs", "Honda announced plans to cut
		// jobs": whose plan it is cuts
		if p := t.Children(h, "nmod:poss"); len(p) > 0 {
			return t.withConjuncts(p)
		}
		for _, n := range t.Children(h, "nmod") {
			for _, c := range t.Children(n, "case") {
				if strings.EqualFold(t.Word(c).Form, "by") {
					return t.withConjuncts([]int{n}) // "the decision by Germany to ban"
				}
			}
		}
		if IsRel(t.Rel(h), "obj") {
			return t.Subjects(t.Head(h))
		}
	}
	return nil
}

// controlObliques are verbs whose "to" or "on" phrase names who is asked
// to do what their open complement says: "appealed to Uganda to
// release", "called on Putin to ease tensions".
var controlObliques = map[string]bool{"appeal": true, "call": true, "plead": true, "signal": true, "prevail": true}

// objectControl are verbs whose object does what their complement
// says: "urged Iran to halt", "forced the government to resign".
var objectControl = map[string]bool{"urge": true, "ask": true, "call": true, "press": true, "pressure": true,
	"tell": true, "order": true, "force": true, "persuade": true, "invite": true, "encourage": true,
	"allow": true, "permit": true, "want": true, "request": true, "instruct": true, "compel": true,
	"require": true, "authorize": true, "warn": true, "appeal": true, "push": true, "help": true}

// controlNouns are nouns whose "to" clause tells what their owner, or
// the subject of the verb that has them as its object, will do: "plans to
// cut", "a decision to withdraw", "the bid to buy".
var controlNouns = map[string]bool{"plan": true, "decision": true, "intention": true, "bid": true,
	"move": true, "effort": true, "attempt": true, "pledge": true, "promise": true, "offer": true,
	"commitment": true, "readiness": true, "willingness": true, "refusal": true, "threat": true}

// Marked reports whether word i has a "mark" dependent that is word w, in
// any case: "for" in "for supplying drones", "to" in "plans to cut".
func (t *Tree) Marked(i int, w string) bool {
	for _, m := range t.Children(i, "mark") {
		if strings.EqualFold(t.Word(m).Form, w) {
			return true
		}
	}
	return false
}

// relativeSubject reports whether relative clause i has a relative
// pronoun as its subject, or none at all ("the troops massed there").
func (t *Tree) relativeSubject(i int) bool {
	s := t.Children(i, "nsubj", "csubj")
	if len(s) == 0 {
		return true
	}
	switch strings.ToLower(t.Word(s[0]).Form) {
	case "that", "which", "who", "whom":
		return true
	}
	return false
}

// Controller returns the word whose role an open complement (xcomp) i
// shares as its subject: the object of its head where there is one
// ("urged Russia to withdraw": Russia withdraws; an indirect object as
// well, which is how the parser often reads it), else the head's subject
// ("agreed to withdraw", "are expected to meet": raising takes the
// subject of "expected"); of a passive head, its subject ("Iran was
// urged to halt"). An infinitive of purpose (advcl with "to") is read the
// same way, but takes the head's object only after verbs of asking and
// making, as which the parser sometimes reads their complement ("called
// on the government to release him"), not in "massed troops to pressure
// Kyiv". It returns -1 when i is neither or none is found.
func (t *Tree) Controller(i int) int {
	xcomp := IsRel(t.Rel(i), "xcomp")
	if !xcomp && !(IsRel(t.Rel(i), "advcl") && t.Marked(i, "to")) {
		return -1
	}
	h := t.Head(i)
	if h < 0 {
		return -1
	}
	if t.Passive(h) {
		// "Turkey was called on by the EU to release them", "was urged
		// to disarm": who is asked does it, not who asks
		if s := t.Subjects(h); len(s) > 0 {
			return s[0]
		}
		return -1
	}
	if o := t.Children(h, "obj", "iobj"); len(o) > 0 && (xcomp || objectControl[strings.ToLower(t.Word(h).Lemma)]) {
		return o[0]
	}
	for _, o := range t.Obliques(h) {
		if o.Word < i && (o.Case == "on" || o.Case == "upon" || o.Case == "to") && t.Word(o.Word).UPOS != "VERB" && controlObliques[strings.ToLower(t.Word(h).Lemma)] {
			return o.Word // "appealed to Uganda to release", "called on Putin to ease"
		}
	}
	if s := t.Subjects(h); len(s) > 0 {
		return s[0]
	}
	return -1
}

// Objects returns the direct and indirect objects of predicate i, with
// those coordinated with them.
func (t *Tree) Objects(i int) []int {
	return t.withConjuncts(t.Children(i, "obj", "iobj"))
}

// An Oblique is an oblique dependent of a predicate with the word that
// marks its case: "with NATO", "in Brussels", "by militiamen".
type Oblique struct {
	Word int    // the oblique's head word
	Case string // its case marker, lower-cased ("with", "against"), or ""
}

// Obliques returns the oblique dependents of predicate i (obl and its
// subtypes), with their case markers, coordinated ones included.
func (t *Tree) Obliques(i int) []Oblique {
	var out []Oblique
	for _, o := range t.withConjuncts(t.Children(i, "obl")) {
		out = append(out, Oblique{Word: o, Case: t.caseOf(o)})
	}
	return out
}

// caseOf returns the case marker of nominal i, lower-cased, or "".
func (t *Tree) caseOf(i int) string {
	for _, c := range t.Children(i, "case") {
		return strings.ToLower(t.Word(c).Form)
	}
	if h := t.Head(i); h >= 0 && IsRel(t.Rel(i), "conj") {
		return t.caseOf(h) // "with Russia and China"
	}
	return ""
}

// Passive reports whether predicate i is passive: it has a passive
// subject or auxiliary ("was attacked") or an agent ("talks mediated by
// Qatar"), or it is a reduced relative ("diplomats accused of spying").
func (t *Tree) Passive(i int) bool {
	if len(t.Children(i, "nsubj:pass", "csubj:pass", "aux:pass", "obl:agent")) > 0 {
		return true // "the talks, mediated by Saudi Arabia": a by-phrase is a passive's
	}
	if t.ReducedRelative(i) {
		return true
	}
	// "was arrested and accused": a conjunct with no subject or
	// auxiliary of its own shares the first one's voice
	h := t.Head(i)
	return h >= 0 && IsRel(t.Rel(i), "conj") && t.Word(i).XPOS == "VBN" &&
		len(t.Children(i, "nsubj", "csubj", "aux")) == 0 && t.Passive(h)
}

// ReducedRelative reports whether i is a past participle modifying the
// noun it hangs on, a passive relative clause without "who were": in
// "expelled two diplomats accused of spying" the diplomats are accused.
func (t *Tree) ReducedRelative(i int) bool {
	h := t.Head(i)
	return h >= 0 && t.Rel(i) == "acl" && t.Word(i).XPOS == "VBN" &&
		len(t.Children(i, "nsubj", "aux", "mark", "cop")) == 0 && // not "reports that it had deported"
		// the noun an object or oblique of a verb before it: a subject
		// so read is as often a verb in the past tense misread ("A
		// French minister threatened today to impose …")
		(IsRel(t.Rel(h), "obj", "iobj", "obl") ||
			IsRel(t.Rel(h), "nmod") && t.Head(h) >= 0 && IsRel(t.Rel(t.Head(h)), "obj", "iobj", "obl") ||
			t.commaBefore(i)) // "Ahmed Salem, detained in 2002, says": set off, whatever the noun
}

// commaBefore reports whether word i has a comma of its own just before
// it: a phrase set off by commas.
func (t *Tree) commaBefore(i int) bool {
	for _, p := range t.Children(i, "punct") {
		if p == i-1 && t.Word(p).Form == "," {
			return true
		}
	}
	return false
}

// Agent returns the agent of passive predicate i ("was attacked by
// militiamen"), with those coordinated with it, or nil.
func (t *Tree) Agent(i int) []int {
	for _, o := range t.Obliques(i) {
		if o.Case == "by" || IsRel(t.Rel(o.Word), "obl:agent") {
			return t.Conjuncts(o.Word)
		}
	}
	return nil
}

// Negated reports whether predicate i is negated: a dependent "not",
// "n't" or "never", or a subject that none of its kind does ("neither
// India nor Pakistan", "no country", "neither side", "nobody").
func (t *Tree) Negated(i int) bool {
	for _, k := range t.kids[i] {
		switch f := strings.ToLower(t.Word(k).Form); {
		case f == "not" || f == "n't" || f == "never":
			if IsRel(t.Rel(k), "advmod") {
				return true
			}
		case IsRel(t.Rel(k), "nsubj") && t.noneOf(k):
			return true
		}
	}
	return false
}

// noneOf reports whether subject k names none of its kind: "nobody",
// "none", or a phrase opened by "no" or "neither".
func (t *Tree) noneOf(k int) bool {
	switch strings.ToLower(t.Word(k).Form) {
	case "nobody", "none", "neither", "noone":
		return true
	}
	for _, j := range t.kids[k] {
		switch strings.ToLower(t.Word(j).Form) {
		case "neither":
			if IsRel(t.Rel(j), "cc:preconj", "det") {
				return true
			}
		case "no":
			if IsRel(t.Rel(j), "det") {
				return true
			}
		}
	}
	return false
}

// Clause returns the predicate heading the clause that word i is part
// of: i itself if it heads one, else the nearest head up the tree that
// does (a verb, or a word with a subject, copula or clausal relation).
func (t *Tree) Clause(i int) int {
	for j, steps := i, 0; j >= 0 && steps <= len(t.s.Words); j, steps = t.Head(j), steps+1 {
		if t.headsClause(j) {
			return j
		}
	}
	return t.Root()
}

// headsClause reports whether word j heads a clause.
func (t *Tree) headsClause(j int) bool {
	if t.Word(j).UPOS == "VERB" || len(t.Children(j, "nsubj", "csubj", "cop", "aux")) > 0 {
		return true
	}
	return t.Head(j) < 0 || IsRel(t.Rel(j), "ccomp", "xcomp", "advcl", "acl", "parataxis")
}
