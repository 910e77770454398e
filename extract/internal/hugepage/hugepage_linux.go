//go:build linux && (amd64 || arm64)

package hugepage

import (
	"syscall"
	"unsafe"
)

// size is a huge page's size on amd64 and on arm64 with 4 KiB pages.
const size = 2 << 20

// Copy returns a read-only copy of b in memory of its own, aligned to a
// huge page and advised to be backed by huge pages, or b itself where
// that memory cannot be had. The copy is never freed: it is for data a
// program keeps to its end.
func Copy(b []byte) []byte {
	if len(b) == 0 {
		return b
	}
	n := (len(b) + size - 1) / size * size
	m, err := syscall.Mmap(-1, 0, n+size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return b
	}
	// the aligned n bytes within, the rest given back
	off := 0
	if r := uintptr(unsafe.Pointer(&m[0])) % size; r != 0 {
		off = size - int(r)
	}
	unmap(m[:off])
	unmap(m[off+n:])
	m = m[off : off+n : off+n]
	_ = syscall.Madvise(m, syscall.MADV_HUGEPAGE) // advice: refused, the copy still serves
	copy(m, b)
	_ = syscall.Mprotect(m, syscall.PROT_READ)
	return m[:len(b):len(b)]
}

// unmap gives back the pages of b, if any, by the system call itself:
// syscall.Munmap knows only whole mappings it made.
func unmap(b []byte) {
	if len(b) == 0 {
		return
	}
	syscall.Syscall(syscall.SYS_MUNMAP, uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)), 0)
}
