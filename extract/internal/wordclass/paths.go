package wordclass

import (
	"fmt"
	"strings"
)

// FromPaths makes classes of words from their paths in a binary tree of
// classes, strings of '0' and '1' such as Brown clustering gives. A word's
// class at level l is the first bits[l] bits of its path, a shorter path
// padded with zeros. bits must rise, from at least one to at most 16.
func FromPaths(paths map[string]string, bits []int, lower bool) (*Classes, error) {
	if len(bits) < 2 || len(bits) > 16 {
		return nil, fmt.Errorf("wordclass: %d levels, want 2 to 16", len(bits))
	}
	last := bits[len(bits)-1]
	var shift []uint8
	leaves := make(map[string]uint16, len(paths))
	for l, b := range bits {
		if b < 1 || b > 16 || l > 0 && b <= bits[l-1] {
			return nil, fmt.Errorf("wordclass: levels of %v bits do not rise from 1 to 16", bits)
		}
		shift = append(shift, uint8(last-b))
	}
	for w, p := range paths {
		if strings.Trim(p, "01") != "" {
			return nil, fmt.Errorf("wordclass: the path %q of %q is not of 0s and 1s", p, w)
		}
		var leaf uint16
		for i := range last {
			leaf <<= 1
			if i < len(p) && p[i] == '1' {
				leaf |= 1
			}
		}
		leaves[w] = leaf
	}
	return compact(lower, shift, leaves)
}
