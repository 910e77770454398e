// Package perceptron is the learner under Chronicle's tagger and parser:
// a multiclass averaged perceptron (Collins, 2002) over hashed features.
//
// A feature is a 64-bit hash of a template and the values it joins (see
// [Hash]). A [Trainer] keeps, for each feature, the weights of the classes
// that updates have touched, and averages them lazily: a weight's running
// total is brought up to date only when it changes. [Trainer.Model] makes
// the compact read-only [Model] that is shipped: averaged weights, pruned
// of the near-zero ones, quantised to 9 bits (or, for the features with
// weights for most classes, 12), in a table of cache-line blocks keyed by
// 32 bits of the feature's hash. Scoring a feature is one block read and
// a short run of (class, weight) pairs, which is what makes tagging and
// parsing fast enough to run on every sentence. A model's file is its
// memory: [Open] uses one embedded in a program where it lies, so that a
// program that scores a sentence pays for the pages it reads, not for
// the whole model.
package perceptron
