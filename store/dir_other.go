//go:build windows || plan9 || js || wasip1 || aix

package store

import "io/fs"

// lockDir does nothing here: Badger's own lock is all there is, so a
// store's files may be checked while another process changes them.
func lockDir(dir string, readOnly bool) (unlock func(), err error) {
	return func() {}, nil
}

// diskUsage is the length of the file fi.
func diskUsage(fi fs.FileInfo) int64 { return fi.Size() }
