// Package eval holds what Chronicle's scorers share: precision, recall
// and F1 ([PRF], [Of]).
//
// It is internal: the scorers measure the library, they are not part of
// it. The `chronicle eval` command is their way in.
package eval
