package syntax

import "strings"

// The helpers the tree mends (mend_tree.go, mend_phrase.go) share: questions about a
// sentence's heads, 1-based as the parser gives them, of words indexed
// from 0.

// finiteTags are the tags of finite verbs.
var finiteTags = map[string]bool{"VBD": true, "VBZ": true, "VBP": true}

// isRelativePronoun reports whether form opens a relative clause as its
// subject.
func isRelativePronoun(form string) bool {
	switch form {
	case "which", "who":
		return true
	}
	return false
}

// firstOf returns the index of the first word of word c's phrase: the
// leftmost word below it.
func firstOf(heads []int, c int) int {
	first := c
	for k := range heads {
		if k < first && descends(heads, k, c) {
			first = k
		}
	}
	return first
}

// lastOf returns the index of the last word of word c's phrase.
func lastOf(heads []int, c int) int {
	last := c
	for k := c + 1; k < len(heads); k++ {
		if descends(heads, k, c) {
			last = k
		}
	}
	return last
}

// hasDependent reports whether word v has a dependent whose relation
// begins with one of rels.
func hasDependent(heads []int, rels []string, v int, of ...string) bool {
	for k, h := range heads {
		if h != v+1 {
			continue
		}
		for _, r := range of {
			if strings.HasPrefix(rels[k], r) {
				return true
			}
		}
	}
	return false
}

// descends reports whether word x lies below word a.
func descends(heads []int, x, a int) bool {
	for steps := 0; x >= 0 && steps <= len(heads); steps++ {
		x = heads[x] - 1
		if x == a {
			return true
		}
	}
	return false
}
