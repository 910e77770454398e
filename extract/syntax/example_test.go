package syntax_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/syntax"
	"github.com/chronicle-kg/chronicle/extract/text"
)

// Read CoNLL-U: each word with its head and relation.
func ExampleReadCoNLLU() {
	const conllu = "# sent_id = 1\n" +
		"1\tRussia\tRussia\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t2:nsubj\t_\n" +
		"2\tmet\tmeet\tVERB\tVBD\tTense=Past\t0\troot\t0:root\t_\n" +
		"3\tNATO\tNATO\tPROPN\tNNP\tNumber=Sing\t2\tobj\t2:obj\tSpaceAfter=No\n" +
		"4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t2:punct\t_\n\n"
	sents, err := syntax.ReadCoNLLU("example.conllu", strings.NewReader(conllu))
	if err != nil {
		fmt.Println(err)
		return
	}
	s := sents[0]
	id, _ := s.Comment("sent_id")
	fmt.Println("sentence", id)
	for _, w := range s.Words {
		head := "ROOT"
		if w.Head > 0 {
			head = s.Words[w.Head-1].Form
		}
		fmt.Printf("%s %s -%s-> %s\n", w.Form, w.UPOS, w.Rel, head)
	}
	// Output:
	// sentence 1
	// Russia PROPN -nsubj-> met
	// met VERB -root-> ROOT
	// NATO PROPN -obj-> met
	// . PUNCT -punct-> met
}

// Split a text into sentences of words, ready for Analyze, and write them
// as CoNLL-U.
func ExampleFromDoc() {
	sents := syntax.FromDoc(text.New("NATO's envoys met. Talks\tfailed."))
	for _, s := range sents {
		w := s.Words[0]
		fmt.Printf("%q at %d-%d\n", w.Form, w.Start, w.End)
	}
	if err := syntax.WriteCoNLLU(os.Stdout, sents); err != nil {
		fmt.Println(err)
	}
	// Output:
	// "NATO" at 0-4
	// "Talks" at 19-24
	// # sent_id = 1
	// # text = NATO's envoys met.
	// 1	NATO	_	_	_	_	_	_	_	SpaceAfter=No
	// 2	's	_	_	_	_	_	_	_	_
	// 3	envoys	_	_	_	_	_	_	_	_
	// 4	met	_	_	_	_	_	_	_	SpaceAfter=No
	// 5	.	_	_	_	_	_	_	_	_
	//
	// # sent_id = 2
	// # text = Talks failed.
	// 1	Talks	_	_	_	_	_	_	_	_
	// 2	failed	_	_	_	_	_	_	_	SpaceAfter=No
	// 3	.	_	_	_	_	_	_	_	_
}

// Parse a text and ask its tree who did what to whom: the subjects and
// objects of each verb, through coordination and control, and the agent
// of a passive.
func ExampleParse() {
	src := "France and Germany agreed to send tanks. The convoy was attacked by rebels."
	for _, s := range syntax.Parse(text.New(src)) {
		t := syntax.NewTree(&s)
		for i, w := range s.Words {
			if w.UPOS != "VERB" {
				continue
			}
			forms := func(is []int) []string {
				var out []string
				for _, j := range is {
					out = append(out, s.Words[j].Form)
				}
				return out
			}
			fmt.Printf("%s: subjects %v, objects %v", w.Lemma, forms(t.Subjects(i)), forms(t.Objects(i)))
			if t.Passive(i) {
				fmt.Printf(", passive, by %v", forms(t.Agent(i)))
			}
			fmt.Println()
		}
	}
	// Output:
	// agree: subjects [France Germany], objects []
	// send: subjects [France Germany], objects [tanks]
	// attack: subjects [convoy], objects [], passive, by [rebels]
}
