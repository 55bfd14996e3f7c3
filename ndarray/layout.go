package ndarray

import "math/bits"

// maxDims is the largest number of dimensions an Array may have, NumPy 2's
// limit. The iteration engine keeps per-axis state in fixed arrays of this
// length, so it needs no heap allocation.
const maxDims = 64

// checkedSize returns the product of shape, panicking if an extent is
// negative, the product overflows int, or there are too many dimensions.
func checkedSize(op string, shape []int) int {
	if len(shape) > maxDims {
		panicValue(op, "maximum supported dimension for an ndarray is %d, found %d", maxDims, len(shape))
	}
	size := 1
	overflow := false
	for _, n := range shape {
		if n < 0 {
			panicValue(op, "negative dimensions are not allowed")
		}
		hi, lo := bits.Mul64(uint64(size), uint64(n))
		if hi != 0 || lo > uint64(maxInt) {
			overflow = true
		}
		size = int(lo)
	}
	// A zero extent makes the product zero however large the others are, as in NumPy.
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
// consecutive elements. Axes of length 1 may have any stride, as in NumPy.
func isCContiguous(shape, strides []int) bool {
	s := 1
	for k := len(shape) - 1; k >= 0; k-- {
		if shape[k] == 0 {
			return true
		}
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
	s := 1
	for k := range shape {
		if shape[k] == 0 {
			return true
		}
		if shape[k] != 1 {
			if strides[k] != s {
				return false
			}
			s *= shape[k]
		}
	}
	return true
}

// reshapeStrides returns strides that let the elements of (shape, strides)
// be read as newShape in C order without copying, or nil when no such
// strides exist. It is NumPy's _attempt_nocopy_reshape: runs of old axes are
// matched to runs of new axes with the same element count, and each old run
// must itself be contiguous.
func reshapeStrides(shape, strides, newShape []int) []int {
	var oldDims, oldStrides []int
	for k, n := range shape {
		if n != 1 {
			oldDims = append(oldDims, n)
			oldStrides = append(oldStrides, strides[k])
		}
	}
	newStrides := make([]int, len(newShape))
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
