// Package wordclass holds word classes for the features of the tagger:
// words that occur in like contexts ("Monday", "Friday"; "killed",
// "wounded") share a class, so that what the tagger learns of one
// carries to the others, and to words its training data never saw.
//
// A word's classes from coarse to fine form a path, levels of one tree,
// so that a feature can use any level. [FromPaths] makes them of Brown
// clusters' bit strings (see extract/internal/clusters); the tagger's
// model keeps its classes with its weights in a compact form that
// [Open] uses where it lies ([Classes.WriteTo]).
package wordclass
