package event

// Words that open a new clause: an actor before one of them does not act
// in the clause after it.
// Penn Treebank text's closing quote after a comma (", ”") ends a quoted
// clause too (see clauseStart); its quotes elsewhere may be scare quotes
// ("a “special law”") and are not read.
var clauseOpeners = words.Set("clause-openers")

// clauseStart returns the first token of the clause holding token i.
func (d *reader) clauseStart(i int) int {
	sent := d.Toks[i].Sent
	j := i - 1
	for ; j >= 0 && d.Toks[j].Sent == sent; j-- {
		if clauseOpeners[d.Lower(j)] || d.Word(j) == "'" && d.Word(j-1) == "'" && (d.Word(j-2) == "," || d.Word(j-2) == ".") {
			return j + 1
		}
	}
	return j + 1
}

// reporterBefore returns the mention that reports the clause at token i
// ("the NSC spokesman said … that"), or -1.
func (d *reader) reporterBefore(i, left int) int {
	ms := d.mentionsIn(d.SentStart(i), i)
	for k := len(ms) - 1; k >= 0; k-- {
		m := d.mentions[ms[k]]
		for j := m.T1; j < i; j++ {
			if reportVerbs[d.Lower(j)] {
				return ms[k]
			}
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
		if w := d.Word(x); clauseOpeners[d.Lower(x)] || w == "," || reportVerbs[d.Lower(x)] {
			return false
		}
	}
	return true
}
