package fold

import (
	"testing"
	"unicode"
)

// foldAccent is package extract's table (extract/fuzzy.go), copied: the
// fuzzy name match will use this package, and must fold as before.
var foldAccent = map[rune]rune{'à': 'a', 'á': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'ç': 'c', 'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e',
	'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ñ': 'n', 'ò': 'o', 'ó': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o', 'ù': 'u', 'ú': 'u',
	'û': 'u', 'ü': 'u', 'ý': 'y', 'ş': 's', 'ğ': 'g', 'ı': 'i'}

// oldFold is the replacer phoenixpeople folded with (its fold()), as
// pairs: people.tsv was made with it.
var oldFold = []string{"á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "é", "e", "è", "e",
	"ê", "e", "ë", "e", "í", "i", "ì", "i", "î", "i", "ï", "i", "ó", "o", "ò", "o", "ô", "o", "ö", "o",
	"õ", "o", "ø", "o", "ú", "u", "ù", "u", "û", "u", "ü", "u", "ç", "c", "ñ", "n", "ş", "s", "ș", "s",
	"ţ", "t", "ț", "t", "ğ", "g", "ı", "i", "č", "c", "ć", "c", "š", "s", "ž", "z", "ł", "l", "ő", "o",
	"ű", "u", "ý", "y", "ř", "r", "ě", "e", "ń", "n", "ś", "s", "ź", "z", "ż", "z"}

func TestFoldAccent(t *testing.T) {
	for r, want := range foldAccent {
		if got := Rune(r); got != want {
			t.Errorf("Rune(%q) = %q, want %q", r, got, want)
		}
		if got := String(string(r)); got != string(want) {
			t.Errorf("String(%q) = %q, want %q", string(r), got, string(want))
		}
	}
}

// TestOldFold checks that the table is phoenixpeople's old one: no letter
// more, none less.
func TestOldFold(t *testing.T) {
	old := map[rune]rune{}
	for i := 0; i < len(oldFold); i += 2 {
		old[[]rune(oldFold[i])[0]] = []rune(oldFold[i+1])[0]
	}
	for r, want := range old {
		if got := Rune(r); got != want {
			t.Errorf("Rune(%q) = %q, want %q", r, got, want)
		}
	}
	for r := range table {
		if _, ok := old[r]; !ok {
			t.Errorf("%q is in the table but was not in phoenixpeople's fold", r)
		}
	}
	if len(table) != 46 || len(old) != 46 {
		t.Errorf("%d letters in the table, %d in the old fold; want 46", len(table), len(old))
	}
}

func TestTable(t *testing.T) {
	for r, f := range table {
		if !unicode.IsLower(r) || f < 'a' || f > 'z' {
			t.Errorf("%q → %q: want a lower-case letter to an ASCII one", r, f)
		}
	}
}

func TestString(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"museveni", "museveni"},
		{"recep tayyip erdoğan", "recep tayyip erdogan"},
		{"kılıçdaroğlu", "kilicdaroglu"},
		{"jonas gahr støre", "jonas gahr store"},
		{"traian băsescu", "traian băsescu"}, // ă is not in the table
		{"Érdoğan", "Érdogan"},               // upper case is left: lower-case first
		{"a\xffé\xc3", "a\xffe\xc3"},         // invalid UTF-8 kept byte for byte
		{"mesûd barzanî", "mesud barzani"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := String(tc.in); got != tc.want {
				t.Errorf("String(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
	if got := Rune('x'); got != 'x' {
		t.Errorf("Rune('x') = %q", got)
	}
}

func BenchmarkString(b *testing.B) {
	for _, s := range []string{
		"Recep Tayyip Erdoğan and Ahmet Davutoğlu met Jonas Gahr Støre",
		"Yoweri Kaguta Museveni", // nothing folds: no allocation
	} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				String(s)
			}
		})
	}
}
