package actor

// datelineAt returns the end of a dateline's credit at token i, or i: a
// news medium's name in brackets and a dash, "(CNN) --", "(Reuters) -",
// "-LRB- AP -RRB- —", as a story filed from a place opens ("Tripoli,
// Libya (CNN) -- Rebels …"). The medium wrote the story; it takes no part
// in what the sentence tells, which news text flattened from web pages
// often runs on from the headlines before it.
func (d *reader) datelineAt(g *gazetteer, i int) int {
	j, ok := d.bracket(i, "(", "LRB")
	if !ok {
		return i
	}
	h, ok := d.matchForm(g, j)
	if !ok || g.ent(h.ent).code != "MED" {
		return i
	}
	k, ok := d.bracket(h.t1, ")", "RRB")
	if !ok || !dashes[d.Word(k)] || d.Toks[k].Sent != d.Toks[i].Sent {
		return i
	}
	for k < len(d.Toks) && dashes[d.Word(k)] && d.Toks[k].Sent == d.Toks[i].Sent {
		k++
	}
	return k
}

// dashes set a dateline off from the story.
var dashes = map[string]bool{"-": true, "—": true, "–": true}

// bracket reports whether a bracket is at token i, written as itself
// ("(") or as the Penn Treebank writes it in the news Chronicle reads
// ("-LRB-", split "-", "LRB", "-"), and the token after it.
func (d *reader) bracket(i int, b, ptb string) (int, bool) {
	switch {
	case i < len(d.Toks) && d.Word(i) == b:
		return i + 1, true
	case i+2 < len(d.Toks) && d.Word(i) == "-" && d.Word(i+1) == ptb && d.Word(i+2) == "-":
		return i + 3, true
	}
	return i, false
}

// datelinePlace makes the mention of the place a dateline's credit at
// token i follows an inner one: the story was filed from Tripoli, and
// Libya takes no part in what it tells for that, though bare police or
// protesters of its sentence are Libya's (see onlyStateAt). The place and
// the state after its comma ("Tripoli, Libya", see placeInState) end
// where the credit begins.
func (d *reader) datelinePlace(i int) {
	k := len(d.mentions) - 1
	if k < 0 {
		return
	}
	m := d.mentions[k]
	if d.actors[m.Actor].Kind != Country || m.Demonym || d.Toks[m.T0].Sent != d.Toks[i].Sent {
		return
	}
	for j := m.T1; j < i; j++ {
		if d.Word(j) != "," && !d.innerAt(j) {
			return
		}
	}
	d.mentions = d.mentions[:k]
	d.inner = append(d.inner, m)
	d.filed = append(d.filed, m)
}

// innerAt reports whether token j lies in an inner mention.
func (d *reader) innerAt(j int) bool {
	for _, n := range d.inner {
		if n.T0 <= j && j < n.T1 {
			return true
		}
	}
	return false
}
