package syntax

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// treeOf reads one hand-made CoNLL-U sentence given as "form upos head
// rel" lines.
func treeOf(t *testing.T, rows string) *Tree {
	t.Helper()
	var b strings.Builder
	for i, line := range strings.Split(strings.TrimSpace(rows), "\n") {
		f := strings.Fields(line)
		b.WriteString(strings.Join([]string{strconv.Itoa(i + 1), f[0], "_", f[1], "_", "_", f[2], f[3], "_", "_"}, "\t") + "\n")
	}
	b.WriteString("\n")
	ss, err := ReadCoNLLU("tree", strings.NewReader(b.String()))
	if err != nil || len(ss) != 1 {
		t.Fatalf("reading the tree: %v", err)
	}
	return NewTree(&ss[0])
}

// forms returns the forms of words ws.
func forms(t *Tree, ws []int) []string {
	var out []string
	for _, w := range ws {
		out = append(out, t.Word(w).Form)
	}
	return out
}

// find returns the index of the word spelled form.
func find(t *Tree, form string) int {
	for i, w := range t.s.Words {
		if w.Form == form {
			return i
		}
	}
	return -1
}

func TestTreeReadings(t *testing.T) {
	passive := treeOf(t, `
NATO PROPN 3 nsubj:pass
was AUX 3 aux:pass
attacked VERB 0 root
by ADP 5 case
Russia PROPN 3 obl:agent
. PUNCT 3 punct`)
	v := find(passive, "attacked")
	if !passive.Passive(v) || !slices.Equal(forms(passive, passive.Agent(v)), []string{"Russia"}) ||
		!slices.Equal(forms(passive, passive.Subjects(v)), []string{"NATO"}) {
		t.Errorf("passive: passive %t, agent %v, subjects %v", passive.Passive(v), forms(passive, passive.Agent(v)), forms(passive, passive.Subjects(v)))
	}

	coord := treeOf(t, `
The DET 2 det
US PROPN 5 nsubj
and CCONJ 4 cc
Russia PROPN 2 conj
met VERB 0 root
in ADP 7 case
Geneva PROPN 5 obl
. PUNCT 5 punct`)
	v = find(coord, "met")
	if got := forms(coord, coord.Subjects(v)); !slices.Equal(got, []string{"US", "Russia"}) {
		t.Errorf("coordinated subjects = %v", got)
	}
	if got := coord.Obliques(v); len(got) != 1 || got[0].Case != "in" || coord.Word(got[0].Word).Form != "Geneva" {
		t.Errorf("obliques = %+v", got)
	}

	raising := treeOf(t, `
The DET 2 det
ministers NOUN 4 nsubj:pass
are AUX 4 aux:pass
expected VERB 0 root
to PART 6 mark
meet VERB 4 xcomp
in ADP 8 case
July PROPN 6 obl
. PUNCT 4 punct`)
	if got := forms(raising, raising.Subjects(find(raising, "meet"))); !slices.Equal(got, []string{"ministers"}) {
		t.Errorf("raising: subjects of meet = %v", got)
	}

	relative := treeOf(t, `
penalties NOUN 0 root
against ADP 3 case
banks NOUN 1 nmod
that PRON 5 nsubj
finance VERB 3 acl:relcl
Iran PROPN 8 nmod:poss
's PART 6 case
program NOUN 5 obj`)
	fin := find(relative, "finance")
	if got := forms(relative, relative.Subjects(fin)); !slices.Equal(got, []string{"banks"}) {
		t.Errorf("relative clause: subjects of finance = %v", got)
	}
	if got := forms(relative, relative.Objects(fin)); !slices.Equal(got, []string{"program"}) {
		t.Errorf("relative clause: objects of finance = %v", got)
	}

	denial := treeOf(t, `
Tehran PROPN 2 nsubj
denied VERB 0 root
supplying VERB 2 xcomp
drones NOUN 3 obj
to ADP 6 case
Moscow PROPN 3 obl
. PUNCT 2 punct`)
	if c := denial.Controller(find(denial, "supplying")); c < 0 || denial.Word(c).Form != "Tehran" {
		t.Errorf("denial: controller of supplying = %d", c)
	}
	if got := denial.Clause(find(denial, "drones")); denial.Word(got).Form != "supplying" {
		t.Errorf("the clause of drones is headed by %q", denial.Word(got).Form)
	}

	control := treeOf(t, `
The DET 2 det
EU PROPN 3 nsubj
urged VERB 0 root
Russia PROPN 3 obj
to PART 6 mark
withdraw VERB 3 xcomp
. PUNCT 3 punct`)
	if got := forms(control, control.Subjects(find(control, "withdraw"))); !slices.Equal(got, []string{"Russia"}) {
		t.Errorf("object control: subjects of withdraw = %v", got)
	}

	negated := treeOf(t, `
Russia PROPN 4 nsubj
did AUX 4 aux
not PART 4 advmod
meet VERB 0 root
NATO PROPN 4 obj`)
	if !negated.Negated(find(negated, "meet")) || control.Negated(find(control, "urged")) {
		t.Error("negation not read")
	}
	neither := treeOf(t, `
Neither CCONJ 2 cc:preconj
India PROPN 5 nsubj
nor CCONJ 4 cc
Pakistan PROPN 2 conj
confirmed VERB 0 root
it PRON 5 obj`)
	noCountry := treeOf(t, `
No DET 2 det
country NOUN 3 nsubj
attended VERB 0 root
. PUNCT 3 punct`)
	if !neither.Negated(find(neither, "confirmed")) || !noCountry.Negated(find(noCountry, "attended")) {
		t.Error("a subject of none not read as negation")
	}
	if !IsRel("nsubj:pass", "nsubj") || IsRel("nsubj", "nsubj:pass") || IsRel("nsubjx", "nsubj") {
		t.Error("IsRel")
	}
}

func TestTreeError(t *testing.T) {
	sent := func(heads ...int) *Sentence {
		s := &Sentence{}
		for i, h := range heads {
			s.Words = append(s.Words, Word{ID: i + 1, Form: "w", Head: h})
		}
		return s
	}
	for _, tc := range []struct {
		heads []int
		err   string
	}{
		{[]int{2, 0, 2}, ""},
		{nil, ""},
		{[]int{0, 1, 2, 3}, ""},
		{[]int{2, 0, 0}, "2 words hang from the root, want 1"},
		{[]int{2, 3, 1}, "0 words hang from the root, want 1"},
		{[]int{0, 3, 2}, "word 2 is in a cycle of heads"},
		{[]int{0, 5}, "word 2 has head 5, outside the sentence's 2 words"},
		{[]int{0, NoHead}, "word 2 has head -1, outside the sentence's 2 words"},
	} {
		err := sent(tc.heads...).TreeError()
		if got := fmt.Sprint(err); tc.err == "" && err != nil || tc.err != "" && got != tc.err {
			t.Errorf("heads %v: TreeError() = %v, want %q", tc.heads, err, tc.err)
		}
	}
}

// TestPassiveConjunct checks that a participle coordinated with a passive
// verb, with no subject or auxiliary of its own, is passive too, and one
// with an auxiliary of its own is not.
func TestPassiveConjunct(t *testing.T) {
	const src = "1\tSamaha\t_\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n" +
		"2\twas\t_\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n" +
		"3\tarrested\t_\tVERB\tVBN\t_\t0\troot\t_\t_\n" +
		"4\tand\t_\tCCONJ\tCC\t_\t5\tcc\t_\t_\n" +
		"5\taccused\t_\tVERB\tVBN\t_\t3\tconj\t_\t_\n" +
		"6\tbut\t_\tCCONJ\tCC\t_\t8\tcc\t_\t_\n" +
		"7\thas\t_\tAUX\tVBZ\t_\t8\taux\t_\t_\n" +
		"8\tdenied\t_\tVERB\tVBN\t_\t3\tconj\t_\t_\n" +
		"9\tit\t_\tPRON\tPRP\t_\t8\tobj\t_\t_\n\n"
	ss, err := ReadCoNLLU("passive", strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	tr := NewTree(&ss[0])
	if !tr.Passive(4) {
		t.Error(`"was arrested and accused": accused is not passive`)
	}
	if tr.Passive(7) {
		t.Error(`"was arrested but has denied it": denied is passive`)
	}
}

// TestControlNouns checks that the verb of a "to" clause of a noun of
// intent takes as its subject the noun's owner, or the subject of the
// verb that has the noun as its object.
func TestControlNouns(t *testing.T) {
	for _, tc := range []struct{ text, verb, want string }{
		{"Honda announced plans to cut 2,000 jobs in Ohio.", "cut", "Honda"},
		{"Honda's plan to cut 2,000 jobs angered the unions.", "cut", "Honda"},
		{"Peru rejected a proposal to extend the ban.", "extend", ""},
	} {
		ss := Parse(text.New(tc.text))
		if len(ss) != 1 {
			t.Fatalf("%q: %d sentences", tc.text, len(ss))
		}
		tr := NewTree(&ss[0])
		got := strings.Join(forms(tr, tr.Subjects(find(tr, tc.verb))), " ")
		if got != tc.want {
			t.Errorf("%q: subjects of %s = %q, want %q", tc.text, tc.verb, got, tc.want)
		}
	}
}

// TestPurposeAndPassiveControl checks who does what a "to" clause says:
// the subject of a passive head ("was called on by the EU to release"),
// the object of a verb of asking even where the parser hangs the clause
// as one of purpose, and the subject where the clause is one of purpose.
// The trees are written by hand, each as the parser has read such
// sentences.
func TestPurposeAndPassiveControl(t *testing.T) {
	row := func(id int, form, upos string, head int, rel string) string {
		return fmt.Sprintf("%d\t%s\t_\t%s\t_\t_\t%d\t%s\t_\t_\n", id, form, upos, head, rel)
	}
	for _, tc := range []struct {
		name, src, verb, want string
	}{
		{"passive head", row(1, "Turkey", "PROPN", 3, "nsubj:pass") + row(2, "was", "AUX", 3, "aux:pass") +
			row(3, "called", "VERB", 0, "root") + row(4, "on", "ADP", 6, "case") + row(5, "by", "ADP", 6, "case") +
			row(6, "EU", "PROPN", 3, "obl") + row(7, "to", "PART", 8, "mark") + row(8, "release", "VERB", 3, "advcl") +
			row(9, "them", "PRON", 8, "obj"), "release", "Turkey"},
		{"asked, read as purpose", row(1, "Paris", "PROPN", 2, "nsubj") + row(2, "urged", "VERB", 0, "root") +
			row(3, "Rome", "PROPN", 2, "obj") + row(4, "to", "PART", 5, "mark") + row(5, "act", "VERB", 2, "advcl"), "act", "Rome"},
		{"purpose", row(1, "Russia", "PROPN", 2, "nsubj") + row(2, "massed", "VERB", 0, "root") +
			row(3, "troops", "NOUN", 2, "obj") + row(4, "to", "PART", 5, "mark") + row(5, "pressure", "VERB", 2, "advcl") +
			row(6, "Kyiv", "PROPN", 5, "obj"), "pressure", "Russia"},
	} {
		ss, err := ReadCoNLLU(tc.name, strings.NewReader(tc.src+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		tr := NewTree(&ss[0])
		lemmas := map[string]string{"urged": "urge", "called": "call", "massed": "mass"}
		for i, w := range ss[0].Words {
			ss[0].Words[i].Lemma = cmp.Or(lemmas[w.Form], w.Form)
		}
		if got := strings.Join(forms(tr, tr.Subjects(find(tr, tc.verb))), " "); got != tc.want {
			t.Errorf("%s: subjects of %s = %q, want %q", tc.name, tc.verb, got, tc.want)
		}
	}
}
