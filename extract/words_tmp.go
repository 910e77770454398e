package extract

import "strings"

// set is the word-list helper of the code not yet split into stages.
func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
