package plover

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-kg/chronicle/extract/actor"
	"github.com/chronicle-kg/chronicle/extract/event"
)

// isoCodes maps the state codes of the CAMEO manual and its dictionaries
// that are not ISO 3166-1 alpha-3 to the ISO codes that the GSR and the
// extractor mostly use. The first three are in the GSR; the rest are ISO
// codes withdrawn since CAMEO was written, or Phoenix's own.
var isoCodes = map[string]string{
	"JAP": "JPN", // Japan; the GSR codes "Tokyo", "Japan" JAP
	"ITL": "ITA", // Italy; the GSR codes "Italy" ITL
	"VTN": "VNM", // Vietnam; the GSR codes "Vietnamese-led forces" VTN once, VNM once
	"TMP": "TLS", // East Timor: Phoenix and the extractor use TMP, the GSR TLS
	"ROM": "ROU", // Romania until 2002
	"ZAR": "COD", // Zaire, now the Democratic Republic of the Congo, until 1997
}

// CodeKey returns the part of a CAMEO actor code that scoring compares:
// IGO or NGO for an organisation of that class, whatever follows; else
// the first three letters, the state, as ISO 3166 writes it (JAP is JPN,
// USAGOV is USA). It returns "" for no code.
func CodeKey(code string) string {
	code = strings.ToUpper(strings.TrimSpace(code))
	if len(code) > 3 {
		code = code[:3]
	}
	if iso, ok := isoCodes[code]; ok {
		return iso
	}
	return code
}

// A sysActor is one of our actors on one side of a picked event: the
// participant, and the document's actor of that name for its other forms.
type sysActor struct {
	event.Participant
	actor *actor.Actor // nil if the result does not list it
}

// asActor returns a as a GSR actor, for reports.
func (a sysActor) asActor() Actor { return Actor{Text: a.Name, Code: a.Code} }

// matches reports whether our actor s matches gold actor g: by code when g
// has one, else by text.
func matches(g Actor, s sysActor) bool {
	if g.Code != "" {
		return s.Code != "" && CodeKey(g.Code) == CodeKey(s.Code)
	}
	return textMatches(g.Text, s)
}

// textMatches reports whether one of the forms of s — its name, aliases
// and mentions — contains text or is contained in it, as whole words and
// ignoring case: "Tigers" is in "the Tamil Tigers", "US" is not in
// "Russian".
func textMatches(text string, s sysActor) bool {
	text = strings.ToLower(strings.TrimSpace(text))
	if text == "" {
		return false
	}
	forms := []string{s.Name}
	if s.actor != nil {
		forms = append(forms, s.actor.Aliases...)
		for _, m := range s.actor.Mentions {
			forms = append(forms, m.Text)
		}
	}
	for _, f := range forms {
		f = strings.ToLower(strings.TrimSpace(f))
		if f != "" && (containsWords(f, text) || containsWords(text, f)) {
			return true
		}
	}
	return false
}

// containsWords reports whether s contains sub beginning and ending at
// word boundaries.
func containsWords(s, sub string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], sub)
		if k < 0 {
			return false
		}
		start, end := i+k, i+k+len(sub)
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		_, size := utf8.DecodeRuneInString(s[start:])
		i = start + size
	}
}

// isWordRune reports whether r is part of a word: a letter or a digit.
// The runes outside a string (utf8.RuneError) are not.
func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// pairing pairs gold actors with ours, each at most once, making as many
// pairs as can be: goldOf[j] is the index of the gold actor paired with
// ours j, or -1.
func pairing(gold []Actor, sys []sysActor) (goldOf []int, pairs int) {
	goldOf = make([]int, len(sys))
	for j := range goldOf {
		goldOf[j] = -1
	}
	sysOf := make([]int, len(gold))
	for i := range sysOf {
		sysOf[i] = -1
	}
	// Augmenting paths (Kuhn's algorithm); the lists are short.
	var augment func(i int, seen []bool) bool
	augment = func(i int, seen []bool) bool {
		for j, s := range sys {
			if seen[j] || !matches(gold[i], s) {
				continue
			}
			seen[j] = true
			if goldOf[j] < 0 || augment(goldOf[j], seen) {
				goldOf[j], sysOf[i] = i, j
				return true
			}
		}
		return false
	}
	for i := range gold {
		if augment(i, make([]bool, len(sys))) {
			pairs++
		}
	}
	return goldOf, pairs
}
