package ndarray

import (
	"math/bits"
	"unsafe"
)

// maxDims is the largest number of dimensions an Array may have, NumPy 2's
// limit. The iteration engine keeps per-axis state in fixed arrays of this
// length, so it needs no heap allocation.
const maxDims = 64

// checkedSize returns the product of shape, panicking if an extent is
// negative, the product overflows int, or there are too many dimensions.
func checkedSize(op string, shape []int) int {
	checkDims(op, shape)
	size := 1
	overflow := false
	for _, n := range shape {
		hi, lo := bits.Mul64(uint64(size), uint64(n))
		if hi != 0 || lo > uint64(maxInt) {
			overflow = true
		}
		size = int(lo)
	}
	// A zero extent makes the product zero however large the others are.
	for _, n := range shape {
		if n == 0 {
			return 0
		}
	}
	if overflow {
		panicShape(op, "array is too big; the product of shape %s overflows int", tupleString(shape))
	}
	return size
}

// checkDims panics if shape has too many dimensions or a negative extent.
func checkDims(op string, shape []int) {
	if len(shape) > maxDims {
		panicValue(op, "maximum supported dimension for an ndarray is %d, found %d", maxDims, len(shape))
	}
	for _, n := range shape {
		if n < 0 {
			panicValue(op, "negative dimensions are not allowed")
		}
	}
}

// maxAllocBytes is the largest block the Go runtime can allocate: its
// maxAlloc, 2^48-1 bytes on 64-bit platforms (the heap's address bits), or
// the largest int on 32-bit ones.
const maxAllocBytes uint64 = min(1<<48-1, uint64(maxInt))

// panicTooBig panics with NumPy's ValueError for an array too big to allocate.
func panicTooBig(op string) {
	panicValue(op, "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
}

// extentMul returns the extent n*r of an axis repeated r times, panicking
// as allocSize does when it overflows int (n, r >= 0).
func extentMul(op string, n, r int) int {
	if r != 0 && n > maxInt/r {
		panicTooBig(op)
	}
	return n * r
}

// allocSize returns the number of elements of a new array of shape. Like
// NumPy, which multiplies the item size by the extents in order and raises
// when the product overflows, it panics with a *ValueError when the size in
// bytes exceeds what can be allocated (NumPy raises a MemoryError for sizes
// between that and 2^63; numgo cannot, since Go's out-of-memory is fatal,
// and a size that fits this limit but not the machine still ends the
// process as Go does). It also panics as checkDims does.
func allocSize[T Dtype](op string, shape []int) int {
	checkDims(op, shape)
	var z T
	bytes := uint64(unsafe.Sizeof(z))
	for _, n := range shape {
		hi, lo := bits.Mul64(bytes, uint64(n))
		if hi != 0 || lo > maxAllocBytes {
			panicTooBig(op)
		}
		bytes = lo
	}
	size := 1
	for _, n := range shape {
		size *= n
	}
	return size
}

const maxInt = int(^uint(0) >> 1)

// cStrides returns the C-order (row-major) strides, in elements, of shape.
func cStrides(shape []int) []int {
	strides := make([]int, len(shape))
	fillCStrides(strides, shape)
	return strides
}

// fillCStrides stores cStrides(shape) in strides.
func fillCStrides(strides, shape []int) {
	s := 1
	for k := len(shape) - 1; k >= 0; k-- {
		strides[k] = s
		if shape[k] > 1 {
			s *= shape[k]
		}
	}
}

// isCContiguous reports whether shape and strides address a C-order block of
// consecutive elements. Axes of length 1 may have any stride, and an empty
// array is both C- and Fortran-contiguous whatever its strides, as in NumPy.
func isCContiguous(shape, strides []int) bool {
	if isEmpty(shape) {
		return true
	}
	s := 1
	for k := len(shape) - 1; k >= 0; k-- {
		if shape[k] != 1 {
			if strides[k] != s {
				return false
			}
			s *= shape[k]
		}
	}
	return true
}

// isFContiguous reports whether shape and strides address a Fortran-order
// (column-major) block of consecutive elements.
func isFContiguous(shape, strides []int) bool {
	if isEmpty(shape) {
		return true
	}
	s := 1
	for k := range shape {
		if shape[k] != 1 {
			if strides[k] != s {
				return false
			}
			s *= shape[k]
		}
	}
	return true
}

// isEmpty reports whether shape has a zero extent.
func isEmpty(shape []int) bool {
	for _, n := range shape {
		if n == 0 {
			return true
		}
	}
	return false
}

// reshapeStrides appends to dst strides that let the elements of (shape,
// strides) be read as newShape in C order without copying, or returns nil
// when no such strides exist. It is NumPy's _attempt_nocopy_reshape: runs of old axes are
// matched to runs of new axes with the same element count, and each old run
// must itself be contiguous.
func reshapeStrides(dst, shape, strides, newShape []int) []int {
	var dimsBuf, stridesBuf [2 * inlineDims]int
	oldDims, oldStrides := dimsBuf[:0], stridesBuf[:0]
	for k, n := range shape {
		if n != 1 {
			oldDims = append(oldDims, n)
			oldStrides = append(oldStrides, strides[k])
		}
	}
	newStrides := append(dst, make([]int, len(newShape))...)
	oi, oj := 0, 1
	ni, nj := 0, 1
	for ni < len(newShape) && oi < len(oldDims) {
		np, op := newShape[ni], oldDims[oi]
		for np != op {
			if np < op {
				np *= newShape[nj]
				nj++
			} else {
				op *= oldDims[oj]
				oj++
			}
		}
		for k := oi; k < oj-1; k++ {
			if oldStrides[k] != oldDims[k+1]*oldStrides[k+1] {
				return nil
			}
		}
		newStrides[nj-1] = oldStrides[oj-1]
		for k := nj - 1; k > ni; k-- {
			newStrides[k-1] = newStrides[k] * newShape[k]
		}
		ni, nj = nj, nj+1
		oi, oj = oj, oj+1
	}
	// Trailing new axes of length 1 take the stride of the last element.
	last := 1
	if ni >= 1 {
		last = newStrides[ni-1]
	}
	for k := ni; k < len(newShape); k++ {
		newStrides[k] = last
	}
	return newStrides
}
