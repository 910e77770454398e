// Package records lays out rows of numbers and strings in bytes, to be
// made once, at go generate time, and read where they lie: each string
// once, in a table, and each row's fields as uvarints, a string by its
// number. A table of thousands of rows opens without decoding any, and a
// row is decoded when it is asked for, from where it starts ([Writer.Len]
// before it was written), which the caller keeps: in a hashtab table, in
// a list of numbers, in another row.
//
// # Layout
//
//	magic "RECORDS1"
//	strings, string bytes, record bytes: uint32, little-endian
//	where each string ends [strings]uint32, little-endian
//	the strings' bytes
//	the records
//
// String 0 is "". The same strings and rows written in the same order make
// the same bytes.
package records
