package plover

import (
	"testing"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/event"
)

func TestCodeKey(t *testing.T) {
	tests := []struct{ code, want string }{
		{"USA", "USA"},
		{"USAGOV", "USA"},
		{"usagov", "USA"},
		{"JAP", "JPN"},
		{"JPN", "JPN"},
		{"JPNMED", "JPN"},
		{"ITL", "ITA"},
		{"VTN", "VNM"},
		{"TMP", "TLS"},
		{"ROM", "ROU"},
		{"IGO", "IGO"},
		{"IGOUNO", "IGO"},
		{"NGOHRIAMN", "NGO"},
		{"IMGMUSALQ", "IMG"},
		{" HUN ", "HUN"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := CodeKey(tc.code); got != tc.want {
			t.Errorf("CodeKey(%q) = %q, want %q", tc.code, got, tc.want)
		}
	}
}

// ours returns our actor called name with code, its forms those of a.
func ours(name, code string, a *actor.Actor) sysActor {
	return sysActor{Participant: event.Participant{Name: name, Code: code}, actor: a}
}

func TestMatches(t *testing.T) {
	rebels := &actor.Actor{Name: "Tamil Tigers", Aliases: []string{"LTTE"},
		Mentions: []actor.Mention{{Text: "the Tigers"}}}
	tests := []struct {
		name string
		gold Actor
		ours sysActor
		want bool
	}{
		{"JAP is JPN", Actor{Text: "Tokyo", Code: "JAP"}, ours("Japan", "JPN", nil), true},
		{"JAP is JPN's government", Actor{Text: "Tokyo", Code: "JAP"}, ours("Fumio Kishida", "JPNGOV", nil), true},
		{"JAP is not KOR", Actor{Text: "Tokyo", Code: "JAP"}, ours("South Korea", "KOR", nil), false},
		{"IGO is any IGO", Actor{Text: "U.N.", Code: "IGO"}, ours("United Nations", "IGOUNO", nil), true},
		{"IGO is NATO", Actor{Text: "NATO", Code: "IGO"}, ours("NATO", "IGOWSTNAT", nil), true},
		{"IGO is not an NGO", Actor{Text: "Red Cross", Code: "IGO"}, ours("International Committee of the Red Cross", "NGOHLHIRC", nil), false},
		{"NGO is an NGO", Actor{Text: "Amnesty", Code: "NGO"}, ours("Amnesty International", "NGOHRIAMN", nil), true},
		{"USAGOV is USA", Actor{Text: "White House", Code: "USAGOV"}, ours("United States", "USA", nil), true},
		{"USA is USAGOV", Actor{Text: "US", Code: "USA"}, ours("Joe Biden", "USAGOV", nil), true},
		{"USA is not a group without a code", Actor{Text: "US", Code: "USA"}, ours("US", "", nil), false},
		{"sector ignored", Actor{Text: "Hungarian", Code: "HUN", Sector: "GOV"}, ours("Hungary", "HUN", nil), true},
		{"no code: name contains text", Actor{Text: "tigers"}, ours("Tamil Tigers", "", nil), true},
		{"no code: text contains name", Actor{Text: "the Tamil Tigers rebels"}, ours("Tamil Tigers", "", nil), true},
		{"no code: alias", Actor{Text: "ltte"}, ours("Tamil Tigers", "", rebels), true},
		{"no code: mention", Actor{Text: "The Tigers"}, ours("Tamil Tigers", "", rebels), true},
		{"no code: whole words", Actor{Text: "US"}, ours("Russian negotiators", "", nil), false},
		{"no code: whole words at the end", Actor{Text: "negotiators"}, ours("Russian negotiators", "", nil), true},
		{"no code: no form", Actor{Text: "Karen guerrillas"}, ours("Tamil Tigers", "LKAREB", rebels), false},
		{"no code, no text", Actor{}, ours("Tamil Tigers", "", rebels), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := matches(tc.gold, tc.ours); got != tc.want {
				t.Errorf("matches(%v, %s %s) = %v, want %v", tc.gold, tc.ours.Name, tc.ours.Code, got, tc.want)
			}
		})
	}
}

func TestPairing(t *testing.T) {
	isr, pse, usa := ours("Israel", "ISR", nil), ours("Hamas", "PSEREBHMS", nil), ours("United States", "USA", nil)
	idf := ours("Israel Defense Forces", "ISRMIL", nil)
	tests := []struct {
		name  string
		gold  []Actor
		sys   []sysActor
		pairs int
	}{
		{"none", nil, nil, 0},
		{"no gold", nil, []sysActor{isr}, 0},
		{"none of ours", []Actor{{Code: "ISR"}}, nil, 0},
		{"one each", []Actor{{Code: "ISR"}, {Code: "PSE"}}, []sysActor{pse, isr}, 2},
		{"gold once", []Actor{{Code: "ISR"}}, []sysActor{isr, idf}, 1},
		{"ours once", []Actor{{Code: "ISR"}, {Code: "ISR"}}, []sysActor{isr}, 1},
		{"most pairs", []Actor{{Code: "USA"}, {Text: "Israel"}}, []sysActor{isr, usa, idf}, 2},
		// A greedy pairing would give the Israel Defense Forces to ISR and
		// leave the second gold actor, which only they match, without one.
		{"augmenting", []Actor{{Code: "ISR"}, {Text: "defense forces"}}, []sysActor{idf, isr}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			goldOf, pairs := pairing(tc.gold, tc.sys)
			if pairs != tc.pairs {
				t.Errorf("%d pairs, want %d", pairs, tc.pairs)
			}
			seen := map[int]bool{}
			for j, i := range goldOf {
				if i < 0 {
					continue
				}
				if seen[i] || !matches(tc.gold[i], tc.sys[j]) {
					t.Errorf("pairing %v: gold %d paired twice or with an actor it does not match", goldOf, i)
				}
				seen[i] = true
			}
		})
	}
}
