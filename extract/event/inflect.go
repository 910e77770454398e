package event

import "strings"

// Verb forms for the trigger table: a token written "agree+" stands for
// agree, agrees, agreed and agreeing.

// irregular verbs: lemma → past, past participle.
var irregular = map[string][2]string{
	"meet": {"met", "met"}, "hold": {"held", "held"}, "give": {"gave", "given"}, "take": {"took", "taken"},
	"make": {"made", "made"}, "send": {"sent", "sent"}, "lead": {"led", "led"}, "seek": {"sought", "sought"},
	"fight": {"fought", "fought"}, "break": {"broke", "broken"}, "sell": {"sold", "sold"}, "tell": {"told", "told"},
	"win": {"won", "won"}, "lose": {"lost", "lost"}, "shoot": {"shot", "shot"}, "beat": {"beat", "beaten"},
	"freeze": {"froze", "frozen"}, "forgive": {"forgave", "forgiven"}, "withdraw": {"withdrew", "withdrawn"},
	"undertake": {"undertook", "undertaken"}, "strike": {"struck", "struck"}, "speak": {"spoke", "spoken"},
	"set": {"set", "set"}, "cut": {"cut", "cut"}, "put": {"put", "put"}, "bring": {"brought", "brought"},
	"begin": {"began", "begun"}, "flee": {"fled", "fled"}, "say": {"said", "said"}, "pay": {"paid", "paid"},
	"see": {"saw", "seen"}, "go": {"went", "gone"}, "come": {"came", "come"}, "keep": {"kept", "kept"},
	"shut": {"shut", "shut"}, "blow": {"blew", "blown"}, "swear": {"swore", "sworn"}, "forbid": {"forbade", "forbidden"},
	"arise": {"arose", "arisen"}, "overthrow": {"overthrew", "overthrown"}, "upset": {"upset", "upset"},
	"bid": {"bid", "bid"}, "spend": {"spent", "spent"}, "build": {"built", "built"}, "hit": {"hit", "hit"},
	"stand": {"stood", "stood"}, "sit": {"sat", "sat"}, "write": {"wrote", "written"}, "drive": {"drove", "driven"},
	"ride": {"rode", "ridden"}, "rise": {"rose", "risen"}, "fall": {"fell", "fallen"}, "lay": {"laid", "laid"},
}

// doubling verbs double their last consonant before -ed and -ing.
var doubling = set("ban bar stop plan ship drop commit permit admit submit regret rob kidnap " +
	"equip shop grab jam nab quit rebut refer prefer transfer occur control patrol propel expel compel " +
	"trap tap wrap scrap slam step top")

// inflect returns the forms of verb lemma v.
func inflect(v string) []string {
	if p, ok := irregular[v]; ok {
		return uniq(v, thirdPerson(v), p[0], p[1], ing(v))
	}
	past := ""
	switch {
	case doubling[v]:
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
	case doubling[v]:
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
