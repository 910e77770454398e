package clusters

import (
	"errors"
	"fmt"
	"math"
)

// A trie gathers the paths of a file as they come; number then names its
// nodes in the order of the package doc.
type trie struct {
	child [][2]int32 // by trie node: the nodes under bit 0 and bit 1, -1 for none
}

func newTrie() *trie { return &trie{child: [][2]int32{{-1, -1}}} }

// insert adds path and returns its node.
func (t *trie) insert(path string) (int, error) {
	n := 0
	for i := 0; i < len(path); i++ {
		b := path[i] - '0'
		if b > 1 {
			return 0, errors.New("a path is made of 0s and 1s")
		}
		next := t.child[n][b]
		if next < 0 {
			next = int32(len(t.child))
			t.child = append(t.child, [2]int32{-1, -1})
			t.child[n][b] = next
		}
		n = int(next)
	}
	if n == 0 {
		return 0, errors.New("an empty path")
	}
	return n, nil
}

// number walks the trie level by level, bit 0 first, and returns each trie
// node's Cluster and the nodes by Cluster.
func (t *trie) number() ([]Cluster, []node, error) {
	if len(t.child) >= math.MaxUint16 {
		return nil, nil, fmt.Errorf("%w: %d nodes, more than a Cluster can name", ErrFormat, len(t.child))
	}
	type item struct {
		n      int32
		parent Cluster
		path   string
	}
	id := make([]Cluster, len(t.child))
	nodes := make([]node, 1, len(t.child)+1) // nodes[0] is Unknown
	queue := []item{{n: 0}}
	for len(queue) > 0 {
		it := queue[0]
		queue = queue[1:]
		k := Cluster(len(nodes))
		id[it.n] = k
		kids := t.child[it.n]
		nodes = append(nodes, node{parent: it.parent, depth: uint16(len(it.path)), leaf: kids == [2]int32{-1, -1}, path: it.path})
		for b, c := range kids {
			if c >= 0 {
				queue = append(queue, item{c, k, it.path + string(rune('0'+b))})
			}
		}
	}
	return id, nodes, nil
}
