package event

import (
	"strings"
	"sync"

	"github.com/chronicle-kg/chronicle/extract/internal/lemma"
)

// Verb forms for the trigger table: a token written "agree+" stands for
// agree, agrees, agreed and agreeing.

// doubling verbs double their last consonant before -ed and -ing.
var doubling = sync.OnceValue(func() map[string]bool { return words.Set("doubling") })

// inflect returns the forms of verb lemma v.
func inflect(v string) []string {
	if past, participle, ok := lemma.Irregular(v); ok {
		return uniq(v, thirdPerson(v), past, participle, ing(v))
	}
	past := ""
	switch {
	case doubling()[v]:
		past = v + v[len(v)-1:] + "ed"
	case strings.HasSuffix(v, "e"):
		past = v + "d"
	case strings.HasSuffix(v, "y") && len(v) > 1 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		past = v[:len(v)-1] + "ied"
	default:
		past = v + "ed"
	}
	forms := uniq(v, thirdPerson(v), past, ing(v))
	if n := len(v); n > 2 && v[n-1] == 'l' && strings.ContainsRune("aeiou", rune(v[n-2])) && !strings.ContainsRune("aeiou", rune(v[n-3])) {
		forms = append(forms, v+"led", v+"ling") // British "cancelled", "signalling"
	}
	return forms
}

func thirdPerson(v string) string {
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") ||
		strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") || strings.HasSuffix(v, "o"):
		return v + "es"
	case strings.HasSuffix(v, "y") && len(v) > 1 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		return v[:len(v)-1] + "ies"
	}
	return v + "s"
}

func ing(v string) string {
	switch {
	case doubling()[v]:
		return v + v[len(v)-1:] + "ing"
	case strings.HasSuffix(v, "ie"):
		return v[:len(v)-2] + "ying"
	case strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee") && len(v) > 2:
		return v[:len(v)-1] + "ing"
	}
	return v + "ing"
}

func uniq(ws ...string) []string {
	var out []string
	for _, w := range ws {
		dup := false
		for _, o := range out {
			dup = dup || o == w
		}
		if !dup {
			out = append(out, w)
		}
	}
	return out
}

// expandForm expands a trigger form whose tokens may end in "+" (a verb to
// inflect) into every surface form it stands for.
func expandForm(form string) [][]string {
	out := [][]string{nil}
	for _, tok := range strings.Fields(form) {
		alts := []string{tok}
		if strings.HasSuffix(tok, "+") && len(tok) > 1 {
			alts = inflect(strings.TrimSuffix(tok, "+"))
		}
		var next [][]string
		for _, o := range out {
			for _, a := range alts {
				next = append(next, append(append([]string(nil), o...), a))
			}
		}
		out = next
	}
	return out
}
