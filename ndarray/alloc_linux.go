package ndarray

import (
	"syscall"
	"unsafe"
)

const hugePage = 2 << 20

// adviseHugePages marks the 2 MiB-aligned pages inside [p, p+n) for
// transparent huge pages. Errors (THP disabled, an old kernel) are ignored:
// the advice is only an optimisation.
func adviseHugePages(p unsafe.Pointer, n uintptr) {
	lo := (uintptr(p) + hugePage - 1) &^ (hugePage - 1)
	hi := (uintptr(p) + n) &^ (hugePage - 1)
	if hi <= lo {
		return
	}
	const madvHugePage = 14 // MADV_HUGEPAGE in linux/mman.h
	start := (*byte)(unsafe.Add(p, lo-uintptr(p)))
	_ = syscall.Madvise(unsafe.Slice(start, hi-lo), madvHugePage)
}
