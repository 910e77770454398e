package event

import "strings"

var (
	negCues  = words.Set("neg-cues")
	hypoCues = words.Set("hypo-cues")
	planCues = words.Set("plan-cues")
)

// requestTypes are events whose "to" clause names what is asked, refused or
// threatened, not what is done.
var requestTypes = words.Set("request-types")

// warningTypes are events whose target is asked or warned to do, or not
// to do, what a following nominal event names.
var warningTypes = words.Set("warning-types")

// modality reads the cues before the trigger in its clause: negation,
// then possibility, then plans.
func (d *reader) modality(i, left int) Modality {
	from := max(left, i-8)
	neg, hypo, plan := false, false, false
	for j := from; j <= i; j++ {
		w := d.Lower(j)
		neg = neg || negCues[w]
		hypo = hypo || hypoCues[w]
		plan = plan || planCues[w] || w == "to" && j+1 < len(d.Toks) && d.Lower(j+1) == "be" && strings.HasSuffix(d.Lower(j+2), "ed")
	}
	switch {
	case neg:
		return Negated
	case hypo:
		return Hypothetical
	case plan:
		return Planned
	}
	return Asserted
}
