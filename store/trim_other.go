//go:build !linux

package store

import "time"

// trimEvery is how often a writer would hand back the pages of the
// store's files; elsewhere than on Linux it does not.
const trimEvery = time.Hour

// trimMappings does nothing but on Linux.
func (db *DB) trimMappings() bool { return false }
