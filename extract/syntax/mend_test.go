package syntax

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chronicle-kg/chronicle/extract/text"
)

// TestFiniteVerb checks that a sentence with no finite verb gets one:
// the past participle after its subject is a past tense, unless an
// auxiliary governs it or the sentence is a fragment.
func TestFiniteVerb(t *testing.T) {
	for _, tc := range []struct {
		forms string
		vbn   int // the word tagged VBN
		want  string
	}{
		{"The central bank raised interest rates .", 3, "VBD"},
		{"A court in Lima sentenced the former mayor .", 4, "VBD"},
		{"The central bank has raised interest rates .", 4, "VBN"}, // an auxiliary
		{"Rates raised by the central bank", 1, "VBN"},             // a fragment
		{"The rates raised by the bank rose .", 2, "VBN"},          // a finite verb
		{"Kenya 's central bank raised rates .", 4, "VBD"},         // a possessive, no "is"
	} {
		forms := strings.Fields(tc.forms)
		upos, xpos := make([]string, len(forms)), make([]string, len(forms))
		for i, f := range forms {
			upos[i], xpos[i] = "NOUN", "NN"
			switch {
			case i == tc.vbn:
				upos[i], xpos[i] = "VERB", "VBN"
			case f == "has":
				upos[i], xpos[i] = "AUX", "VBZ"
			case f == "'s":
				upos[i], xpos[i] = "PART", "POS"
			case f == "rose":
				upos[i], xpos[i] = "VERB", "VBD"
			case f == "." || f == "The" || f == "A" || f == "the" || f == "in" || f == "by":
				upos[i], xpos[i] = "X", "X"
			}
		}
		finiteVerb(forms, upos, xpos)
		if xpos[tc.vbn] != tc.want {
			t.Errorf("%q: %s is %s, want %s", tc.forms, forms[tc.vbn], xpos[tc.vbn], tc.want)
		}
	}
	// and the parse that follows: the verb heads the sentence
	s := Parse(text.New("The central bank raised interest rates on Thursday."))
	if len(s) != 1 || s[0].Words[3].Head != 0 {
		t.Errorf("raised is not the root: %+v", s)
	}
}

// TestActiveAfterName checks that a participle right after a name and
// before an object, with no auxiliary or finite verb before it, is read
// as a past tense, and nothing else is.
func TestActiveAfterName(t *testing.T) {
	for _, tc := range []struct {
		forms, tags string
		want        string // the tag of the participle after the rule
	}{
		{"Serbia shelled villages", "NNP VBN NNS", "VBD"},
		{"Toyota recalled 1 million cars", "NNP VBN CD CD NNS", "VBD"},
		{"Serbia was shelled by Kosovo", "NNP VBD VBN IN NNP", "VBN"},      // a finite verb before
		{"Villages shelled by Serbia burned", "NNS VBN IN NNP VBD", "VBN"}, // no name before
		{"Serbia shelled by night", "NNP VBN IN NN", "VBN"},                // no object after
	} {
		forms, xpos := strings.Fields(tc.forms), strings.Fields(tc.tags)
		activeAfterName(forms, xpos)
		for i, tag := range strings.Fields(tc.tags) {
			if tag == "VBN" && xpos[i] != tc.want {
				t.Errorf("%q: %s is %s, want %s", tc.forms, forms[i], xpos[i], tc.want)
			}
		}
	}
}

// TestSubordinateClauses checks the mend of a clause whose subordinator
// the parser read as a preposition: its noun becomes the clause's
// subject, and the clause hangs on the main verb.
func TestSubordinateClauses(t *testing.T) {
	for _, src := range []string{
		"Peru suspended talks after rebels attacked a base.",
		"The army retreated as the rebels advanced on the city.",
		"Police detained 20 people as the opposition protested outside parliament.",
	} {
		s := Parse(text.New(src))[0]
		verb := map[string]string{"Peru": "attacked", "The": "advanced", "Police": "protested"}[s.Words[0].Form]
		subj := map[string]string{"Peru": "rebels", "The": "rebels", "Police": "opposition"}[s.Words[0].Form]
		for i, w := range s.Words {
			if w.Form == subj && (w.Rel != "nsubj" || s.Words[w.Head-1].Form != verb) {
				t.Errorf("%q: %s is %s of %s, want nsubj of %s", src, subj, w.Rel, s.Words[w.Head-1].Form, verb)
			}
			if w.Form == verb && (w.Rel != "advcl" || s.Words[w.Head-1].UPOS != "VERB") {
				t.Errorf("%q: %s (word %d) is %s of %s, want an adverbial clause of the main verb", src, verb, i+1, w.Rel, s.Words[w.Head-1].Form)
			}
		}
	}
}

// TestReducedRelatives checks that a participle straight after an object,
// hung on the verb as an adverbial clause with nothing of its own to make
// it one, hangs on the object, and that a clause with a subject, one
// after a comma and one after no object stay.
func TestReducedRelatives(t *testing.T) {
	for _, tc := range []struct {
		tags  string
		heads []int
		rels  string
		want  int // the participle's head after the mend (1-based)
	}{
		// Kenya deported men accused of smuggling
		{"NNP VBD NNS VBN IN NN", []int{2, 0, 2, 2, 6, 4}, "nsubj root obj advcl case obl", 3},
		// Kenya deported men , accused of smuggling
		{"NNP VBD NNS , VBN IN NN", []int{2, 0, 2, 5, 2, 7, 5}, "nsubj root obj punct advcl case obl", 2},
		// Kenya deported men police accused of smuggling
		{"NNP VBD NNS NNS VBN IN NN", []int{2, 0, 2, 5, 2, 7, 5}, "nsubj root obj nsubj advcl case obl", 2},
		// Kenya left angered by the ruling
		{"NNP VBD VBN IN DT NN", []int{2, 0, 2, 6, 6, 3}, "nsubj root advcl case det obl", 2},
	} {
		xpos, rels := strings.Fields(tc.tags), strings.Fields(tc.rels)
		heads := append([]int(nil), tc.heads...)
		reducedRelatives(xpos, heads, rels)
		for i, x := range xpos {
			if x == "VBN" && heads[i] != tc.want {
				t.Errorf("%s: the participle hangs on word %d (%s), want %d", tc.tags, heads[i], rels[i], tc.want)
			}
		}
	}
}

// TestPastLikeBase checks that a verb whose past is its base form, read
// as a noun after a name in a sentence with no verb, is a past tense, and
// that it stays a noun where a verb is elsewhere or no object follows.
func TestPastLikeBase(t *testing.T) {
	for _, tc := range []struct {
		forms, tags string
		want        string // the tag of "cut" or "shut" after the rule
	}{
		{"Tesla cut prices in China .", "NNP NN NNS IN NNP .", "VBD"},
		{"Toyota shut two plants .", "NNP NN CD NNS .", "VBD"},
		{"The Tesla cut was deep .", "DT NNP NN VBD JJ .", "NN"}, // a verb elsewhere
		{"A Tesla cut , again .", "DT NNP NN , RB .", "NN"},      // no object
	} {
		forms, xpos := strings.Fields(tc.forms), strings.Fields(tc.tags)
		upos := make([]string, len(forms))
		pastLikeBase(forms, upos, xpos)
		for i, f := range forms {
			if (f == "cut" || f == "shut") && xpos[i] != tc.want {
				t.Errorf("%q: %s is %s, want %s", tc.forms, f, xpos[i], tc.want)
			}
		}
	}
}

// TestParticipleAfterPreposition checks that a past tense between a
// preposition or an article and a noun is a participle, and that one
// after "that" or a subordinator stays a past tense.
func TestParticipleAfterPreposition(t *testing.T) {
	for _, tc := range []struct {
		forms, tags string
		want        string // the tag of the VBD after the rule
	}{
		{"beyond agreed limits", "IN VBD NNS", "VBN"},
		{"the disputed border", "DT VBD NN", "VBN"},
		{"said that armed men", "VBD IN VBD NNS", "VBD"}, // after "that"
		{"after rebels attacked towns", "IN NNS VBD NNS", "VBD"},
		{"because troops withdrew", "IN NNS VBD", "VBD"},
	} {
		forms, xpos := strings.Fields(tc.forms), strings.Fields(tc.tags)
		participleAfterPreposition(forms, xpos)
		last := -1 // the last VBD
		for i, tag := range strings.Fields(tc.tags) {
			if tag == "VBD" {
				last = i
			}
		}
		if xpos[last] != tc.want {
			t.Errorf("%q: %s is %s, want %s", tc.forms, forms[last], xpos[last], tc.want)
		}
	}
}

// TestCoordinatedPast checks that a past form after "and", read as an
// adjective on a noun coordinated with a past verb's object, becomes that
// verb's conjunct with the noun its object; a participle before a noun
// coordinated with a subject, or after a present verb, stays.
func TestCoordinatedPast(t *testing.T) {
	for _, tc := range []struct {
		tags  string
		heads []int
		rels  string
		want  string // the heads after the mend
	}{
		// Chile criticised the tariffs and imposed retaliatory duties .
		{"NNP VBD DT NNS CC VBN JJ NNS .", []int{2, 0, 4, 2, 8, 8, 8, 4, 2}, "nsubj root det obj cc amod amod conj punct", "2 0 4 2 6 2 8 6 2"},
		// the tariffs and imposed duties hurt Chile : a subject's conjunct
		{"DT NNS CC VBN NNS VBD NNP", []int{2, 6, 5, 5, 2, 0, 6}, "det nsubj cc amod conj root obj", "2 6 5 5 2 0 6"},
		// Chile criticises the tariffs and imposed duties : no past verb
		{"NNP VBZ DT NNS CC VBN NNS", []int{2, 0, 4, 2, 7, 7, 4}, "nsubj root det obj cc amod conj", "2 0 4 2 7 7 4"},
	} {
		xpos, rels := strings.Fields(tc.tags), strings.Fields(tc.rels)
		upos := make([]string, len(xpos))
		heads := append([]int(nil), tc.heads...)
		coordinatedPast(upos, xpos, heads, rels)
		if g := joinHeads(heads); g != tc.want {
			t.Errorf("%s: heads %s, want %s", tc.tags, g, tc.want)
		}
	}
}

// TestRelativeAsMain checks that a non-restrictive relative clause read as
// the main clause is made the relative clause of the noun before it, the
// conjunct after it the main verb; a relative clause read rightly stays.
func TestRelativeAsMain(t *testing.T) {
	for _, tc := range []struct {
		forms string
		heads []int
		rels  string
		want  string
	}{
		// Russia , which brokered a ceasefire , was not invited .
		{"Russia , which brokered a ceasefire , was not invited .", []int{4, 4, 4, 0, 6, 4, 10, 10, 10, 4, 4},
			"nsubj punct nsubj root det obj punct aux:pass advmod conj punct", "10 4 4 1 6 4 10 10 10 0 10"},
		// "brokered" hung as the subject of "invited"
		{"Russia , which brokered a ceasefire , was not invited .", []int{4, 4, 4, 10, 6, 4, 4, 10, 10, 0, 10},
			"nsubj punct nsubj nsubj:pass det obj punct aux:pass advmod root punct", "10 4 4 1 6 4 4 10 10 0 10"},
		// the same read rightly
		{"Russia , which brokered a ceasefire , was not invited .", []int{10, 4, 4, 1, 6, 4, 10, 10, 10, 0, 10},
			"nsubj:pass punct nsubj acl:relcl det obj punct aux:pass advmod root punct", "10 4 4 1 6 4 10 10 10 0 10"},
	} {
		forms, rels := strings.Fields(tc.forms), strings.Fields(tc.rels)
		heads := append([]int(nil), tc.heads...)
		relativeAsMain(forms, heads, rels)
		if g := joinHeads(heads); g != tc.want {
			t.Errorf("%v: heads %s, want %s", tc.heads, g, tc.want)
		}
	}
}

// TestRelativeAsComplement checks that a clause whose subject is "that"
// right after a noun, hung as a complement on the verb before, is the
// noun's relative clause; "said that was wrong" and a "that" marking a
// complement stay.
func TestRelativeAsComplement(t *testing.T) {
	for _, tc := range []struct {
		forms, upos string
		heads       []int
		rels        string
		want        string
	}{
		{"Britain warned of sanctions on banks that finance Syria 's army .", "PROPN VERB ADP NOUN ADP NOUN PRON VERB PROPN PART NOUN PUNCT",
			[]int{2, 0, 4, 2, 6, 4, 8, 2, 11, 9, 8, 2}, "nsubj root case obl case nmod nsubj ccomp nmod:poss case obj punct",
			"2 0 4 2 6 4 8 6 11 9 8 2"},
		{"He said that was wrong .", "PRON VERB PRON AUX ADJ PUNCT",
			[]int{2, 0, 5, 5, 2, 2}, "nsubj root nsubj cop ccomp punct", "2 0 5 5 2 2"},
		{"Britain warned banks that Syria lied .", "PROPN VERB NOUN SCONJ PROPN VERB PUNCT",
			[]int{2, 0, 2, 6, 6, 2, 2}, "nsubj root obj mark nsubj ccomp punct", "2 0 2 6 6 2 2"},
		// "who" as the subject of an adverbial clause right after a noun
		{"Police fired at protesters who were demanding his resignation .", "NOUN VERB ADP NOUN PRON AUX VERB PRON NOUN PUNCT",
			[]int{2, 0, 4, 2, 7, 7, 2, 9, 7, 2}, "nsubj root case obl nsubj aux advcl nmod:poss obj punct",
			"2 0 4 2 7 7 4 9 7 2"},
		// the noun below the verb already (the verb's subject's): hung on
		// it, the verb would be its own ancestor
		{"I think the Department of Energy which funded it failed .", "PRON VERB DET PROPN ADP PROPN PRON VERB PRON VERB PUNCT",
			[]int{2, 0, 4, 8, 6, 4, 8, 2, 8, 2, 2}, "nsubj root det nsubj case nmod nsubj ccomp obj conj punct",
			"2 0 4 8 6 4 8 2 8 2 2"},
	} {
		forms, upos, rels := strings.Fields(tc.forms), strings.Fields(tc.upos), strings.Fields(tc.rels)
		heads := append([]int(nil), tc.heads...)
		relativeAsComplement(forms, upos, heads, rels)
		if g := joinHeads(heads); g != tc.want {
			t.Errorf("%s: heads %s, want %s", tc.forms, g, tc.want)
		}
	}
}

// TestAttribution checks that ", the ministry announced." ending a
// sentence is a parataxis of the root with its subject, however the
// parser hung it; one read rightly, or with an object, stays.
func TestAttribution(t *testing.T) {
	for _, tc := range []struct {
		forms, upos string
		heads       []int
		rels        string
		want        string
	}{
		// Talks resumed in Jeddah , the ministry announced .
		{"Talks resumed in Jeddah , the ministry announced .", "NOUN VERB ADP PROPN PUNCT DET NOUN VERB PUNCT",
			[]int{2, 0, 4, 2, 7, 7, 4, 7, 2}, "nsubj root case obl punct det appos acl punct", "2 0 4 2 8 7 8 2 2"},
		// the same read rightly
		{"Talks resumed in Jeddah , the ministry announced .", "NOUN VERB ADP PROPN PUNCT DET NOUN VERB PUNCT",
			[]int{2, 0, 4, 2, 8, 7, 8, 2, 2}, "nsubj root case obl punct det nsubj parataxis punct", "2 0 4 2 8 7 8 2 2"},
		// Forces shelled Kharkiv , the military said on Monday . ("said"
		// an open complement of "shelled", "military" an apposition)
		{"Forces shelled Kharkiv , the military said on Monday .", "NOUN VERB PROPN PUNCT DET NOUN VERB ADP PROPN PUNCT",
			[]int{2, 0, 2, 6, 6, 3, 2, 9, 7, 2}, "nsubj root obj punct det appos xcomp case obl punct", "2 0 2 7 6 7 2 9 7 2"},
		// Forces shelled Kharkiv , the military said , on Monday : the
		// words after the verb are not all its own
		{"Forces shelled Kharkiv , the military said , citing Monday .", "NOUN VERB PROPN PUNCT DET NOUN VERB PUNCT VERB PROPN PUNCT",
			[]int{2, 0, 2, 6, 6, 3, 2, 9, 2, 9, 2}, "nsubj root obj punct det appos xcomp punct advcl obj punct", "2 0 2 6 6 3 2 9 2 9 2"},
	} {
		forms, upos, rels := strings.Fields(tc.forms), strings.Fields(tc.upos), strings.Fields(tc.rels)
		heads := append([]int(nil), tc.heads...)
		attribution(forms, upos, heads, rels)
		if g := joinHeads(heads); g != tc.want {
			t.Errorf("%v: heads %s, want %s", tc.heads, g, tc.want)
		}
	}
}

// TestReportedClause checks that a verb of saying or deciding read as a
// participle on its subject, which left the "that" clause's verb with two
// subjects, is the main verb again; another participle stays.
func TestReportedClause(t *testing.T) {
	for _, tc := range []struct {
		forms string
		heads []int
		rels  string
		want  string
	}{
		// judge ruled that Google monopolised search .
		{"judge ruled that Google monopolised search .", []int{5, 1, 5, 5, 0, 5, 5}, "nsubj acl mark nsubj root obj punct", "2 0 5 5 2 5 2"},
		// researchers interviewed that Google monopolised search .: not a verb of saying
		{"researchers interviewed that Google monopolised search .", []int{5, 1, 5, 5, 0, 5, 5}, "nsubj acl mark nsubj root obj punct", "5 1 5 5 0 5 5"},
	} {
		forms, rels := strings.Fields(tc.forms), strings.Fields(tc.rels)
		xpos := make([]string, len(forms))
		for i := range xpos {
			xpos[i] = "NN"
		}
		xpos[1] = "VBN"
		heads := append([]int(nil), tc.heads...)
		reportedClause(xpos, forms, heads, rels)
		if g := joinHeads(heads); g != tc.want {
			t.Errorf("%s: heads %s, want %s", tc.forms, g, tc.want)
		}
	}
}

// TestNounRootAndFiniteConjunct checks that a finite verb with no subject
// hung on a root noun whose phrase runs up to it becomes the root, and
// that a finite verb made a conjunct of another's bare infinitive hangs
// on that other.
func TestNounRootAndFiniteConjunct(t *testing.T) {
	// Brazil , Colombia called on Peru to publish results and offered to mediate
	upos := strings.Fields("PROPN PUNCT PROPN VERB ADP PROPN PART VERB NOUN CCONJ VERB PART VERB")
	xpos := strings.Fields("NNP , NNP VBD IN NNP TO VB NNS CC VBD TO VB")
	heads := []int{0, 3, 1, 1, 6, 4, 8, 4, 8, 11, 8, 13, 11}
	rels := strings.Fields("root punct conj parataxis case obl mark xcomp obj cc conj mark xcomp")
	nounRoot(upos, xpos, heads, rels)
	finiteConjunct(xpos, heads, rels)
	if g, want := joinHeads(heads), "4 3 1 0 6 4 8 4 8 11 4 13 11"; g != want {
		t.Errorf("heads %s, want %s", g, want)
	}
	if rels[0] != "nsubj" || rels[3] != "root" {
		t.Errorf("Brazil %s, called %s; want nsubj, root", rels[0], rels[3])
	}
}

// TestConjunctSubject checks that a noun conjunct ending right before a
// subjectless finite verb conjunct of the same head becomes its subject.
func TestConjunctSubject(t *testing.T) {
	// Hungary approved the package , and Orban refused to attend
	upos := strings.Fields("PROPN VERB DET NOUN PUNCT CCONJ PROPN VERB PART VERB")
	xpos := strings.Fields("NNP VBD DT NN , CC NNP VBD TO VB")
	heads := []int{2, 0, 4, 2, 7, 7, 2, 2, 10, 8}
	rels := strings.Fields("nsubj root det obj punct cc conj conj mark xcomp")
	conjunctSubject(upos, xpos, heads, rels)
	if g, want := joinHeads(heads), "2 0 4 2 8 8 8 2 10 8"; g != want || rels[6] != "nsubj" {
		t.Errorf("heads %s (Orban %s), want %s (nsubj)", g, rels[6], want)
	}
	// Paris signed deals on energy , and France pledged loans: "France"
	// hung on "energy"; and without the comma, "energy and defence and
	// pledged", "defence" stays
	for _, tc := range []struct {
		forms, upos, xpos, rels, want string
		heads                         []int
	}{
		{"Paris signed deals on energy , and France pledged loans", "PROPN VERB NOUN ADP NOUN PUNCT CCONJ PROPN VERB NOUN", "NNP VBD NNS IN NN , CC NNP VBD NNS",
			"nsubj root obj case nmod punct cc conj conj obj", "2 0 2 5 3 9 9 9 2 9", []int{2, 0, 2, 5, 3, 8, 8, 5, 2, 9}},
		// "pledged" hung as an open complement of "signed": a conjunct
		{"Paris signed deals on energy , and France pledged loans", "PROPN VERB NOUN ADP NOUN PUNCT CCONJ PROPN VERB NOUN", "NNP VBD NNS IN NN , CC NNP VBD NNS",
			"nsubj root obj case nmod punct cc conj xcomp obj", "2 0 2 5 3 9 9 9 2 9", []int{2, 0, 2, 5, 3, 8, 8, 5, 2, 9}},
		{"Paris signed deals on energy and defence and pledged loans", "PROPN VERB NOUN ADP NOUN CCONJ NOUN CCONJ VERB NOUN", "NNP VBD NNS IN NN CC NN CC VBD NNS",
			"nsubj root obj case nmod cc conj cc conj obj", "2 0 2 5 3 7 5 9 2 9", []int{2, 0, 2, 5, 3, 7, 5, 9, 2, 9}},
	} {
		heads, rels := append([]int(nil), tc.heads...), strings.Fields(tc.rels)
		conjunctSubject(strings.Fields(tc.upos), strings.Fields(tc.xpos), heads, rels)
		if g := joinHeads(heads); g != tc.want {
			t.Errorf("%s: heads %s, want %s", tc.forms, g, tc.want)
		}
	}
}

// joinHeads writes heads as the tests' want strings do: "2 0 4 2".
func joinHeads(heads []int) string {
	out := make([]string, len(heads))
	for i, h := range heads {
		out[i] = strconv.Itoa(h)
	}
	return strings.Join(out, " ")
}

// TestMendKeepsATree checks that the tree mends never leave a cycle, which
// would send whatever walks up the tree round it for ever: a mend that
// would make one is left out, the others kept.
func TestMendKeepsATree(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s := FromDoc(text.New("I think the Department of Energy which funded it failed."))[0]
	a.Analyze(&s)
	w := a.getWork(len(s.Words), a.models.Load().parser)
	defer a.work.Put(w)
	for i, wd := range s.Words {
		w.forms[i], w.upos[i], w.xpos[i] = wd.Form, wd.UPOS, wd.XPOS
	}
	w.parser.Parse(w.forms, w.xpos, w.heads, w.rels)
	saved := treeMends
	defer func() { treeMends = saved }()
	cycle := func(w *work) { w.heads[0], w.heads[1] = 2, 1 } // words 1 and 2 each other's head
	moved := func(w *work) { w.rels[9] = "parataxis" }       // a mend that keeps a tree
	treeMends = append(append([]func(*work){}, saved...), cycle, moved)
	w.mend()
	if !w.isTree() {
		t.Fatalf("heads %s: not a tree", joinHeads(w.heads))
	}
	if w.heads[0] == 2 && w.heads[1] == 1 || w.rels[9] != "parataxis" {
		t.Errorf("heads %s rels %v: want the cycle's mend left out and the other made", joinHeads(w.heads), w.rels)
	}
}

func TestIsTree(t *testing.T) {
	for _, tc := range []struct {
		heads []int
		want  bool
	}{
		{[]int{2, 0, 2}, true},
		{[]int{2, 3, 1}, false}, // a cycle of all
		{[]int{0, 3, 2}, false}, // a cycle below a root
		{[]int{0, 5}, false},    // a head out of range
		{[]int{}, true},
		{[]int{0, 1, 2, 3, 4}, true},  // a chain
		{[]int{3, 3, 0, 5, 4}, false}, // a cycle of two after a tree
	} {
		if got := isTree(tc.heads, make([]uint8, len(tc.heads))); got != tc.want {
			t.Errorf("isTree(%v) = %v, want %v", tc.heads, got, tc.want)
		}
	}
}

// TestPresentAfterName checks that a plural noun in "s" after a
// subordinator and a name, before a determiner or possessive, is the
// name's verb, and that one after a name alone stays a noun.
func TestPresentAfterName(t *testing.T) {
	for _, tc := range []struct{ forms, xpos, want string }{
		{"until Greece withdraws its troops", "IN NNP NNS PRP$ NNS", "IN NNP VBZ PRP$ NNS"},
		{"if North Korea tests a missile", "IN NNP NNP NNS DT NN", "IN NNP NNP VBZ DT NN"},
		{"the Apple shares the fund holds", "DT NNP NNS DT NN VBZ", "DT NNP NNS DT NN VBZ"},
	} {
		forms, xpos := strings.Fields(tc.forms), strings.Fields(tc.xpos)
		upos := make([]string, len(forms))
		presentAfterName(forms, upos, xpos)
		if g := strings.Join(xpos, " "); g != tc.want {
			t.Errorf("%s: %s, want %s", tc.forms, g, tc.want)
		}
	}
}
