// Package hugepage copies read-only data, such as a model's weights, into
// memory the kernel is asked to back with huge pages.
//
// A tagger or parser looks its weights up at random across megabytes: in
// pages of 4 KiB nearly every lookup also misses the processor's table of
// page translations, and in pages of 2 MiB nearly none does. On Linux,
// where transparent huge pages are enabled for memory that asks for them
// (the "madvise" setting, the common default) or for all, [Copy] makes
// such memory; elsewhere, or if the kernel refuses, it returns its
// argument as it is.
package hugepage
