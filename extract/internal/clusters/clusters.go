package clusters

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/chronicle-kg/chronicle/extract/internal/hashtab"
)

// ErrFormat is the error of a clusters file that does not parse.
var ErrFormat = errors.New("clusters: bad format")

// A Cluster names a node of the cluster tree: the root is 1 and the nodes
// are numbered level by level, 0 before 1 within a level. A word's cluster
// is a leaf; its prefixes are inner nodes. The zero Cluster is [Unknown].
type Cluster uint16

// Unknown is the cluster of a word the file lacks, and its every prefix.
const Unknown Cluster = 0

// A node is one node of the tree: where it hangs and the bits that reach it.
type node struct {
	parent Cluster
	depth  uint16
	leaf   bool // some word's cluster
	path   string
}

// Clusters maps words to their clusters. It is read-only once loaded and
// safe for concurrent use. A nil *Clusters knows no word.
type Clusters struct {
	words *hashtab.Table // word → Cluster
	nodes []node         // by Cluster; nodes[0] stands for Unknown
	data  string         // the compact form (compact.go)
}

// Load reads a clusters file (see the package doc).
func Load(r io.Reader) (*Clusters, error) {
	// the whole file as one string, its words slices of it: no
	// allocation a line
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	text := string(data)
	t := newTrie()
	lines := strings.Count(text, "\n") + 1
	seen := make(map[string]bool, lines)
	words := make([]string, 0, lines) // in file order, for the first error to be the same each time
	leaves := make([]int, 0, lines)   // the trie node of each
	for line := 1; text != ""; line++ {
		var s string
		s, text, _ = strings.Cut(text, "\n")
		s = strings.TrimSuffix(s, "\r")
		if s == "" || strings.HasPrefix(s, "# ") {
			continue
		}
		word, path, ok := strings.Cut(s, "\t")
		if !ok || word == "" || len(word) > MaxWord || path == "" {
			return nil, fmt.Errorf("%w: line %d: want word, tab, path", ErrFormat, line)
		}
		if seen[word] {
			return nil, fmt.Errorf("%w: line %d: %q again", ErrFormat, line, word)
		}
		n, err := t.insert(path)
		if err != nil {
			return nil, fmt.Errorf("%w: line %d: %v", ErrFormat, line, err)
		}
		seen[word] = true
		words, leaves = append(words, word), append(leaves, n)
	}
	for i, w := range words {
		if t.child[leaves[i]] != [2]int32{-1, -1} {
			return nil, fmt.Errorf("%w: the path of %q is a prefix of another", ErrFormat, w)
		}
	}
	id, nodes, err := t.number()
	if err != nil {
		return nil, err
	}
	ids := make([]Cluster, len(words))
	for i := range words {
		ids[i] = id[leaves[i]]
	}
	form, err := compact(words, ids, nodes)
	if err != nil {
		return nil, err
	}
	return Open(string(form))
}

// Of returns the cluster of word, a token as written: it is keyed as the
// package doc says, without allocating.
func (c *Clusters) Of(word string) Cluster {
	if c == nil || len(word) > MaxWord {
		return Unknown
	}
	var buf [MaxWord]byte
	k := AppendFold(buf[:0], word)
	if hasUpper(k) {
		if id, ok := c.words.GetBytes(k); ok {
			return Cluster(id) // a word that keeps its capitals
		}
		lower(k)
	}
	id, _ := c.words.GetBytes(k)
	return Cluster(id)
}

// Prefix returns the ancestor of k at depth n, the cluster of the first n
// bits of its path; k itself when its path is no longer than n (as Koo et
// al. take the whole of a short bit string for a long prefix). A depth
// below 0 is 0, the root. The prefix of Unknown is Unknown.
func (c *Clusters) Prefix(k Cluster, n int) Cluster {
	if c == nil || int(k) >= len(c.nodes) {
		return Unknown
	}
	n = max(n, 0)
	for k != Unknown && int(c.nodes[k].depth) > n {
		k = c.nodes[k].parent
	}
	return k
}

// Path returns the bits of k from the root, "" for the root and for
// Unknown.
func (c *Clusters) Path(k Cluster) string {
	if c == nil || int(k) >= len(c.nodes) {
		return ""
	}
	return c.nodes[k].path
}

// Depth returns the length of k's path.
func (c *Clusters) Depth(k Cluster) int { return len(c.Path(k)) }

// Words returns the number of words with a cluster.
func (c *Clusters) Words() int {
	if c == nil {
		return 0
	}
	return c.words.Len()
}

// Leaves returns the number of distinct word clusters.
func (c *Clusters) Leaves() int {
	if c == nil {
		return 0
	}
	n := 0
	for k := 1; k < len(c.nodes); k++ {
		if c.nodes[k].leaf {
			n++
		}
	}
	return n
}

// Paths returns every word the file has, as it keys them, with the path
// of its cluster.
func (c *Clusters) Paths() map[string]string {
	if c == nil {
		return nil
	}
	out := make(map[string]string, c.words.Len())
	for i := range c.words.Len() {
		out[c.words.Key(i)] = c.nodes[c.words.Value(i)].path
	}
	return out
}
