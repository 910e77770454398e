//go:build race

package tagger

// raceEnabled is set when the race detector is: sync.Pool then drops
// some of what is put in it, so tagging allocates.
const raceEnabled = true
