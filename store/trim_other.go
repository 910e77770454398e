//go:build !linux

package store

import "time"

// trimEvery and fileBudget stand for Linux's (see trim_linux.go):
// elsewhere a writer hands back no pages.
const (
	trimEvery  = time.Hour
	fileBudget = 0
)

// trimMappings does nothing but on Linux.
func (db *DB) trimMappings(int64) bool { return false }
