//go:build !windows && !plan9 && !js && !wasip1 && !aix

package store

import (
	"io/fs"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// lockDir takes the lock Badger takes on the store directory dir, shared
// if readOnly, and returns a function that releases it. It fails, as
// Badger would, while another process holds the store: the store's
// files are checked under the lock, before Badger opens them, so that
// they are not checked while another process changes them.
func lockDir(dir string, readOnly bool) (unlock func(), err error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	how := unix.LOCK_EX | unix.LOCK_NB
	if readOnly {
		how = unix.LOCK_SH | unix.LOCK_NB
	}
	if err := unix.Flock(int(f.Fd()), how); err != nil {
		f.Close()
		return nil, err
	}
	return func() { f.Close() }, nil
}

// diskUsage is the space the file fi takes on disk, which for Badger's
// preallocated logs is far less than their length.
func diskUsage(fi fs.FileInfo) int64 {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return int64(st.Blocks) * 512
	}
	return fi.Size()
}
