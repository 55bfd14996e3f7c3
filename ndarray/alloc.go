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
// kernel backs it. Blocks of 4 KiB to 16 MiB are also recycled
// (recycle.go), which keeps them mapped. For loops, the ...To forms avoid
// allocation altogether.
//
// Go's make zeroes every byte it returns; for a result that a kernel then
// overwrites in full that is a second pass over memory (about 0.7 ms of the
// 1.1 ms an allocating 1e6-element float64 Add costs over AddTo on the
// machines numgo is measured on). uninitData takes memory without zeroing
// it (a recycled block, or the runtime's), as NumPy's np.empty gets it
// from malloc: results that are written in full come from it, everything
// else from makeData.

// hugePageMin is the size in bytes from which backing slices get the
// advice, for the whole 2 MiB-aligned pages they hold. It is below NumPy's
// 4 MiB so that a million float32 (4e6 bytes) gets it: measured, that
// allocation then takes 0.3 page faults per call instead of 3.9.
const hugePageMin = 3 << 20

// makeData returns a zeroed slice of n elements for an array's data.
func makeData[T Dtype](n int) []T {
	var z T
	bytes := uintptr(n) * unsafe.Sizeof(z)
	if p := recycledBlock(bytes); p != nil {
		data := unsafe.Slice((*T)(p), n)
		if n < parallelMin {
			clear(data)
		} else {
			forRange(n, func(lo, hi int) { clear(data[lo:hi]) })
		}
		return data
	}
	data := make([]T, n)
	if bytes >= hugePageMin {
		adviseHugePages(unsafe.Pointer(unsafe.SliceData(data)), bytes)
	}
	return data
}

// uninitData returns a slice of n elements whose contents are unspecified:
// the caller must write every element before the slice is seen by anyone
// else. Dtypes hold no pointers, so stale contents are only stale numbers.
func uninitData[T Dtype](n int) []T {
	if n == 0 {
		return []T{}
	}
	var z T
	bytes := uintptr(n) * unsafe.Sizeof(z)
	p := allocRaw(bytes)
	data := unsafe.Slice((*T)(p), n)
	if poisonUninit {
		b := unsafe.Slice((*byte)(p), bytes)
		for i := range b {
			b[i] = 0xff
		}
	}
	return data
}

// poisonUninit, set by the package's tests, fills the memory uninitData
// returns with 0xff bytes (NaN for floats, -1 for signed integers), so that
// an element a kernel forgets to write fails the golden tests instead of
// passing as the zero that fresh memory happens to hold.
var poisonUninit bool

// mallocgc is the Go runtime's allocator. With a nil type (memory without
// pointers) and needzero false it skips the clearing that make does. The
// runtime keeps this signature for the packages that link to it (see the
// comment on mallocgc in runtime/malloc.go).
//
//go:linkname mallocgc runtime.mallocgc
func mallocgc(size uintptr, typ unsafe.Pointer, needzero bool) unsafe.Pointer

// allocRaw returns bytes of memory without pointers and with unspecified
// contents: a recycled block (recycle.go) if bytes is within the recycled
// sizes and budget, else fresh memory from the runtime.
func allocRaw(bytes uintptr) unsafe.Pointer {
	if p := recycledBlock(bytes); p != nil {
		return p
	}
	return runtimeRaw(bytes)
}

// runtimeRaw returns bytes of fresh memory from the runtime, without
// pointers and not zeroed, advised to huge pages from hugePageMin.
func runtimeRaw(bytes uintptr) unsafe.Pointer {
	p := mallocgc(bytes, nil, false)
	if bytes >= hugePageMin {
		adviseHugePages(p, bytes)
	}
	return p
}
