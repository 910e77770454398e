package text

// A Tense is the tense of a clause, as far as time resolution needs it.
type Tense uint8

// Tenses.
const (
	NoTense Tense = iota
	Past
	Future
)

var futureCues = Words.Set("future-cues")

// deadlineWords, just before a date, put it ahead of the speaker.
var deadlineWords = Words.Set("deadline-words")

// participleAux are words after which an -ed form is a participle, not a
// past tense.
var participleAux = Words.Set("participle-aux")

var pastCues = Words.Set("past-cues")

// IsPastCue reports whether the lower-case word w tells of the past: a
// past form ("said", "met") or a word such as "ago" or "earlier".
func IsPastCue(w string) bool { return pastCues[w] }

// TenseAt reads the tense that governs token i from the words around it in
// its sentence: the nearest cue before it, else the nearest after it.
func (d *Doc) TenseAt(i int) Tense {
	src, toks := d.Text, d.Toks
	sent := toks[i].Sent
	var lower []byte
	look := func(j int) Tense {
		t := toks[j]
		if t.Kind != Word {
			return NoTense
		}
		lower = AppendLower(lower[:0], src[t.Start:t.End])
		w := string(lower)
		switch {
		case (w == "plan" || w == "plans") && !(j+1 < len(toks) && toks[j+1].Kind == Word && LowerIs(src, toks[j+1], "to")):
			return NoTense // "signed a cooperation plan Friday": a noun, not a plan to act
		case w == "later" && j > 0 && unitBefore(src, toks[j-1]):
			return NoTense // "three days later" tells an interval, not the future
		case futureCues[w]:
			return Future
		case pastCues[w]:
			return Past
		case len(w) > 4 && w[len(w)-2:] == "ed" && !midName(src, toks, j):
			// "had returned" is past; "to be completed" is not
			if j > 0 && toks[j-1].Kind == Word {
				lower = AppendLower(lower[:0], src[toks[j-1].Start:toks[j-1].End])
				if participleAux[string(lower)] {
					return NoTense
				}
			}
			return Past
		}
		return NoTense
	}
	if i > 0 && toks[i-1].Sent == sent && toks[i-1].Kind == Word {
		// "by Jan. 14", "effective Dec. 7", "through January": a deadline ahead
		lower = AppendLower(lower[:0], src[toks[i-1].Start:toks[i-1].End])
		if deadlineWords[string(lower)] {
			return Future
		}
		if string(lower) == "since" {
			return Past
		}
	}
	for j, n := i-1, 0; j >= 0 && toks[j].Sent == sent && n < 15; j, n = j-1, n+1 {
		if t := look(j); t != NoTense {
			return t
		}
	}
	for j, n := i+1, 0; j < len(toks) && toks[j].Sent == sent && n < 12; j, n = j+1, n+1 {
		if t := look(j); t != NoTense {
			return t
		}
	}
	return NoTense
}

// midName reports whether token j is a capitalised word within its
// sentence: "United" of "the United States" is a name, no past tense.
func midName(src string, toks []Token, j int) bool {
	c := src[toks[j].Start]
	return c >= 'A' && c <= 'Z' && j > 0 && toks[j-1].Sent == toks[j].Sent
}

// unitBefore reports whether token t is a plural unit of time: "days" in
// "three days later".
func unitBefore(src string, t Token) bool {
	for _, u := range []string{"hours", "days", "weeks", "months", "years", "minutes"} {
		if LowerIs(src, t, u) {
			return true
		}
	}
	return false
}
