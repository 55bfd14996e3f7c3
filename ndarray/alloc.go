package ndarray

import "unsafe"

// Memory for large arrays. The first touch of fresh memory costs a page
// fault per 4 KiB page (about 14 µs each on the machines numgo is measured
// on), which for a result of several MiB can cost more than the arithmetic
// that fills it. NumPy asks the kernel for transparent huge pages for
// arrays of 4 MiB or more (madvise(MADV_HUGEPAGE)), so one fault maps 2 MiB;
// numgo does the same for the 2 MiB-aligned interior of a large backing
// slice, right after allocating it and before anything touches it. Go's
// heap stays the owner of the memory: the advice only changes how the
// kernel backs it. For loops, the ...To forms avoid allocation altogether.

// hugePageMin is the size in bytes from which backing slices get the advice.
const hugePageMin = 4 << 20

// makeData returns a zeroed slice of n elements for an array's data.
func makeData[T Dtype](n int) []T {
	data := make([]T, n)
	var z T
	if bytes := uintptr(n) * unsafe.Sizeof(z); bytes >= hugePageMin {
		adviseHugePages(unsafe.Pointer(unsafe.SliceData(data)), bytes)
	}
	return data
}
