package text

import (
	"slices"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // each token's text, with its kind: w word, n number, p punctuation
	}{
		{"words", "Russia's troops", []string{"w:Russia", "w:'s", "w:troops"}},
		{"abbreviation", "the U.S. and U.N.", []string{"w:the", "w:U.S.", "w:and", "w:U.N."}},
		{"hyphens", "a full-scale war", []string{"w:a", "w:full-scale", "w:war"}},
		{"numbers", "10,000 troops in 1990s, 3.5%", []string{"n:10,000", "w:troops", "w:in", "n:1990s", "p:,", "n:3.5", "p:%"}},
		{"ordinal", "on the 12th", []string{"w:on", "w:the", "n:12th"}},
		{"accents", "Mitterrand and Chávez", []string{"w:Mitterrand", "w:and", "w:Chávez"}},
		{"quote", "“Yes,” he said.", []string{"p:“", "w:Yes", "p:,", "p:”", "w:he", "w:said", "p:."}},
	}
	kinds := map[Kind]string{Word: "w", Number: "n", Punct: "p"}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, tok := range Tokenize(tc.text, nil) {
				got = append(got, kinds[tok.Kind]+":"+tc.text[tok.Start:tok.End])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"stops", "Russia met NATO. The talks failed.", []string{"Russia met NATO.", "The talks failed."}},
		{"abbreviation", "Mr. Biden met Gen. Milley on Jan. 12.", []string{"Mr. Biden met Gen. Milley on Jan. 12."}},
		{"us", "He went to the U.S. The trip was long.", []string{"He went to the U.S.", "The trip was long."}},
		{"us inside", "The U.S. Army left.", []string{"The U.S. Army left."}},
		{"quote", "“We will go.” They went.", []string{"“We will go.”", "They went."}},
		{"paragraph", "No stop here\n\nNew paragraph", []string{"No stop here", "New paragraph"}},
		{"opening quote", "They met.\n\n\"We will go,\" he said.", []string{"They met.", "\"We will go,\" he said."}},
		{"decimal", "It grew 3.5 percent.", []string{"It grew 3.5 percent."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := New(tc.text)
			var got []string
			for _, s := range d.Sents {
				got = append(got, tc.text[s[0]:s[1]])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("sentences of %q = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestOffsets(t *testing.T) {
	s := "é“a”b"
	o := NewOffsets(s)
	// bytes: é 0-1, “ 2-4, a 5, ” 6-8, b 9
	for b, want := range map[int]int{0: 0, 2: 1, 5: 2, 6: 3, 9: 4, len(s): 5} {
		if got := o.Char(b); got != want {
			t.Errorf("Char(%d) = %d, want %d", b, got, want)
		}
	}
	if got := NewOffsets("ascii").Char(3); got != 3 {
		t.Errorf("ASCII Char(3) = %d, want 3", got)
	}
}

func TestDocWords(t *testing.T) {
	d := New("NATO Met. Russia")
	if got := d.Word(1); got != "Met" {
		t.Errorf("Word(1) = %q", got)
	}
	if got := d.Lower(1); got != "met" {
		t.Errorf("Lower(1) = %q", got)
	}
	if got := d.Word(-1) + d.Word(99); got != "" {
		t.Errorf("Word out of range = %q, want empty", got)
	}
	if s, e := d.SentStart(3), d.SentEnd(0); s != 3 || e != 3 {
		t.Errorf("SentStart(3), SentEnd(0) = %d, %d; want 3, 3", s, e)
	}
}

func TestTenseAt(t *testing.T) {
	tests := []struct {
		text, at string
		want     Tense
	}{
		{"Officials said on Saturday that troops left", "Saturday", Past},
		{"The ministers will meet on Monday", "Monday", Future},
		{"The deal takes effect by Jan. 14", "Jan", Future},
		{"a cooperation plan for Friday", "Friday", NoTense},
		{"three days later on Monday", "Monday", NoTense},
		{"The plan is to be completed in May", "May", NoTense},
		// a name in "-ed" is no past tense
		{"Japan is expected to join patrols with the United States in June", "June", Future},
		{"Talks with the United Nations begin in June", "June", NoTense},
		{"Troops arrived in the capital in June", "June", Past},
	}
	for _, tc := range tests {
		d := New(tc.text)
		i := slices.IndexFunc(d.Toks, func(tok Token) bool { return tc.text[tok.Start:tok.End] == tc.at })
		if got := d.TenseAt(i); got != tc.want {
			t.Errorf("TenseAt(%q in %q) = %d, want %d", tc.at, tc.text, got, tc.want)
		}
	}
}

func TestLexicon(t *testing.T) {
	l, err := ParseLexicon("test", "# a comment\n= set\nsaid says # verbs\n  told\n= table\nno more than\tEQUAL_OR_LESS\nover\tMORE_THAN\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := l.Set("set"); len(got) != 3 || !got["said"] || !got["told"] {
		t.Errorf("Set = %v", got)
	}
	if got := l.Table("table"); !slices.Equal(got, []Row{{"no more than", "EQUAL_OR_LESS"}, {"over", "MORE_THAN"}}) {
		t.Errorf("Table = %v", got)
	}
	for _, bad := range []string{"word before a list\n", "= a\n= a\n"} {
		if _, err := ParseLexicon("bad", bad); err == nil || !strings.HasPrefix(err.Error(), "bad:") {
			t.Errorf("ParseLexicon(%q) = %v, want an error naming the file and line", bad, err)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("Set of a missing list did not panic")
		}
	}()
	l.Set("missing")
}

// TestWordsParse checks the embedded lexicon: it parses (or Words would
// have panicked) and each list has words.
func TestWordsParse(t *testing.T) {
	for _, name := range Words.Lists() {
		if len(Words.Set(name)) == 0 {
			t.Errorf("list %q of words.txt is empty", name)
		}
	}
}

// TestByte checks that Byte inverts Char at every character's first byte.
func TestByte(t *testing.T) {
	for _, s := range []string{"ascii only", "é“a”b", "Chávez met “Lula” in São Paulo"} {
		d := New(s)
		c := 0
		for b := range s {
			if got := d.Byte(c); got != b {
				t.Errorf("%q: Byte(%d) = %d, want %d", s, c, got, b)
			}
			if got := d.Off.Char(b); got != c {
				t.Errorf("%q: Char(%d) = %d, want %d", s, b, got, c)
			}
			c++
		}
		if got := d.Byte(c); got != len(s) {
			t.Errorf("%q: Byte(end) = %d, want %d", s, got, len(s))
		}
	}
}
