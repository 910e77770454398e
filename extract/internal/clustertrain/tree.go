package main

import "context"

// A treeNode is a node of the cluster tree: a leaf, one of the c clusters
// left when every word is in, or the merge of two nodes in stage 2.
type treeNode struct {
	kid   [2]int32 // the nodes merged, bit 0 then bit 1; -1 at a leaf
	words []int32  // a leaf's words
}

// stage2 makes each cluster a leaf of the tree, in slot order, and merges
// them down to one, joining the nodes as they merge.
func (b *brown) stage2(ctx context.Context) error {
	b.tree = make([]treeNode, 0, 2*b.c)
	left := 0
	for x := range b.s {
		if b.used[x] {
			b.node[x] = int32(len(b.tree))
			b.tree = append(b.tree, treeNode{kid: [2]int32{-1, -1}, words: append([]int32(nil), b.members[x]...)})
			left++
		}
	}
	for ; left > 1; left-- {
		if err := ctx.Err(); err != nil {
			return err
		}
		b.merge(b.best())
	}
	return nil
}

// join adds the node merging x and y; the older node, with the lower
// number, takes bit 0.
func (b *brown) join(x, y int32) int32 {
	if x > y {
		x, y = y, x
	}
	b.tree = append(b.tree, treeNode{kid: [2]int32{x, y}})
	return int32(len(b.tree) - 1)
}

// paths returns each word's bit string: the path from the root (the last
// node made) to its leaf.
func (b *brown) paths() []string {
	out := make([]string, len(b.v.words))
	if len(b.tree) == 0 {
		return out
	}
	var walk func(n int32, path []byte)
	walk = func(n int32, path []byte) {
		t := b.tree[n]
		if t.kid[0] < 0 {
			p := string(path)
			if p == "" {
				p = "0" // a tree of one leaf
			}
			for _, w := range t.words {
				out[w] = p
			}
			return
		}
		walk(t.kid[0], append(path, '0'))
		walk(t.kid[1], append(path, '1'))
	}
	walk(int32(len(b.tree)-1), nil)
	return out
}
