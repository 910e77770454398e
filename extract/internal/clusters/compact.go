package clusters

import (
	"encoding/binary"
	"fmt"

	"github.com/chronicle-kg/chronicle/extract/internal/hashtab"
)

// The compact form of Clusters is what [Load] makes of a clusters file,
// laid out to be used where it lies: [Open] reads the tree's nodes, a
// thousand or so, and looks words up in place, so that a program that
// embeds it pays nothing at start for its tens of thousands of words.
//
//	magic "CHRONICLE-CLUSTERS-1\n"
//	nodes uint32, little-endian
//	for each node after Unknown: its parent (uint16, little-endian), its
//	bit (0 or 1: the last of its path; 0 for the root) and 1 if a leaf
//	the words: a table of package hashtab, each word valued by its Cluster
//
// Nodes are numbered as the package doc says, each after its parent.
const compactMagic = "CHRONICLE-CLUSTERS-1\n"

// compact lays out words with their clusters ids, in order, and nodes.
func compact(words []string, ids []Cluster, nodes []node) ([]byte, error) {
	var b hashtab.Builder
	for i, w := range words {
		b.Add(w, uint32(ids[i]))
	}
	tab, err := b.Bytes()
	if err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	out := binary.LittleEndian.AppendUint32([]byte(compactMagic), uint32(len(nodes)))
	for _, n := range nodes[1:] {
		bit, leaf := byte(0), byte(0)
		if n.path != "" {
			bit = n.path[len(n.path)-1] - '0'
		}
		if n.leaf {
			leaf = 1
		}
		out = append(binary.LittleEndian.AppendUint16(out, uint16(n.parent)), bit, leaf)
	}
	return append(out, tab...), nil
}

// AppendBinary appends the compact form of c to b.
func (c *Clusters) AppendBinary(b []byte) ([]byte, error) { return append(b, c.data...), nil }

// Open returns the Clusters of the compact form in data, which it uses
// where it lies: data must not change while they are in use (a string's
// bytes never do).
func Open(data string) (*Clusters, error) {
	p := len(compactMagic)
	if len(data) < p+4 || data[:p] != compactMagic {
		return nil, fmt.Errorf("%w: not a compact form", ErrFormat)
	}
	n := int(hashtab.Uint32(data, p))
	p += 4
	if n < 1 || len(data)-p < 4*(n-1) {
		return nil, fmt.Errorf("%w: cut short", ErrFormat)
	}
	c := &Clusters{nodes: make([]node, n)}
	for k := 1; k < n; k++ {
		parent, bit, leaf := Cluster(data[p])|Cluster(data[p+1])<<8, data[p+2], data[p+3]
		p += 4
		if k > 1 && (parent < 1 || int(parent) >= k || bit > 1) {
			return nil, fmt.Errorf("%w: node %d after its parent %d", ErrFormat, k, parent)
		}
		nd := node{parent: parent, leaf: leaf == 1}
		if k > 1 {
			nd.path = c.nodes[parent].path + string(rune('0'+bit))
		}
		nd.depth = uint16(len(nd.path))
		c.nodes[k] = nd
	}
	words, size, err := hashtab.Open(data[p:])
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	c.words, c.data = words, data[:p+size]
	return c, nil
}
