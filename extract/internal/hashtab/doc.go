// Package hashtab is a read-only table from strings to numbers laid out
// in bytes, to be made once (at go generate time, or by a loader from a
// table's text form) and then used where it lies: [Open] reads a header
// of a few bytes, not the entries, so a program that embeds a table of
// tens of thousands of words pays at start for none of them, and for each
// word it looks up a hash, a probe or two and a comparison, about what a
// Go map costs.
//
// # Layout
//
// A table is little-endian numbers and its keys' bytes:
//
//	magic [8]byte
//	n, slots uint32
//	slots [slots]uint64: the high 32 bits of the key's hash, and its entry + 1 (0 is empty)
//	vals  [n]uint32
//	ends  [n]uint32: where each key ends in keys
//	keys  the keys one after another, in the order added
//
// Slots are open-addressed and probed linearly from a slot the hash's low
// bits choose; there are 2n+1 of them, so that at most half are filled. The hash is fixed (not seeded per
// process as Go's maps are), so the same keys added in the same order
// make the same bytes on every machine, and a generated file is
// reproducible.
package hashtab
