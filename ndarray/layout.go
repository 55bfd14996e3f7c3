package ndarray

import (
	"math/bits"
	"slices"
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

// The layout of a new result. NumPy's ufuncs allocate their result in
// order='K': its axes lie in memory in the order of its inputs' strides,
// so that np.exp(x.T) is Fortran-contiguous, like x.T, and the loop over
// result and input is one contiguous run that a SIMD kernel takes whole,
// where a C-order result would walk x.T with strides. numgo allocates its
// element-wise results in the same layout, following NumPy's rules to the
// stride (resultOrder names them).
//
// The result's strides are positive and contiguous in the order chosen,
// whatever the inputs' signs (np.exp(x[::-1]) is C-contiguous). Empty and
// 0-d results are C-contiguous.

// A resultOrder is one of NumPy's rules for laying out a new result.
type resultOrder int

const (
	// ufuncOrder is the rule of NumPy's ufuncs. Inputs of one shape (0-d
	// inputs aside) that are each C- or Fortran-contiguous (or 1-d) give a
	// Fortran-order result when some are Fortran-contiguous and none is only
	// C-contiguous, else a C-order one: the "trivial loop" of the ufunc
	// machinery. Other inputs give iterOrder's result.
	ufuncOrder resultOrder = iota
	// iterOrder is the axis order NumPy's iterator chooses
	// (npyiter_find_best_axis_ordering in nditer_constr.c), by which
	// numpy.where allocates: a stable insertion sort of the axes, innermost
	// first, in which an axis moves inside another only if every input that
	// steps along both (not broadcast, not of length 1 there) has the
	// smaller absolute stride along it, so that C order wins ties and
	// conflicts between inputs.
	iterOrder
	// fortranOrder is Fortran order for an input that is Fortran- and not
	// C-contiguous, else C order: numpy.round's with decimals != 0, which
	// allocates with PyArray_ISFORTRAN.
	fortranOrder
)

// dims is the shape and strides of one input of an element-wise operation,
// as a result's layout is derived from them.
type dims struct{ shape, strides []int }

func (a *Array[T]) dims() dims { return dims{a.shape, a.strides} }

// keepOrder stores in strides (of len(shape)) the strides of a new result
// of shape computed from ins by the given rule, and returns them; it
// returns nil for C order.
func keepOrder(strides, shape []int, rule resultOrder, ins ...dims) []int {
	nd := len(shape)
	if nd < 2 || isEmpty(shape) {
		return nil
	}
	// Inputs all C-contiguous give C order, and so does one C-contiguous
	// input of the result's shape without axes of length 1, which decides
	// every pair of axes for C order; both cost less than the sort.
	allC, full := true, !slices.Contains(shape, 1)
	for _, in := range ins {
		c := isCContiguous(in.shape, in.strides)
		if c && full && sameShape(in.shape, shape) {
			return nil
		}
		allC = allC && c
	}
	if allC {
		return nil
	}
	var perm [maxDims]int // the axes, innermost first
	if rule != iterOrder {
		fortran, ok := trivialOrder(shape, ins)
		if rule == fortranOrder || ok {
			if !fortran {
				return nil
			}
			for k := range nd {
				perm[k] = k
			}
			return permStrides(strides, shape, perm[:nd])
		}
	}
	for i := range nd {
		perm[i] = nd - 1 - i
	}
	for i0 := 1; i0 < nd; i0++ {
		j0, pos := perm[i0], i0
		for i1 := i0 - 1; i1 >= 0; i1-- {
			j1 := perm[i1]
			decided, swap := false, false
			for _, in := range ins {
				s0, s1 := loopStride(in, nd, j0), loopStride(in, nd, j1)
				if s0 == 0 || s1 == 0 {
					continue
				}
				if abs(s1) <= abs(s0) {
					swap = false // C order wins a conflict between inputs
				} else if !decided {
					swap = true
				}
				decided = true
			}
			if decided {
				if !swap {
					break
				}
				pos = i1
			}
		}
		copy(perm[pos+1:i0+1], perm[pos:i0])
		perm[pos] = j0
	}
	if isCOrder(perm[:nd]) {
		return nil
	}
	return permStrides(strides, shape, perm[:nd])
}

// loopStride returns in's stride along axis k of a result of nd axes as
// NumPy's iterator sees it: 0 where in is broadcast or has length 1.
func loopStride(in dims, nd, k int) int {
	k -= nd - len(in.shape)
	if k < 0 || in.shape[k] == 1 {
		return 0
	}
	return in.strides[k]
}

// trivialOrder reports whether ins qualify for NumPy's trivial ufunc loop
// (one shape, 0-d inputs aside, each N-d input C- or Fortran-contiguous in
// one common order), and whether that order is Fortran's: some input is
// Fortran- and not C-contiguous.
func trivialOrder(shape []int, ins []dims) (fortran, ok bool) {
	cOnly, fOnly := false, false
	for _, in := range ins {
		if len(in.shape) == 0 {
			continue
		}
		if !sameShape(in.shape, shape) {
			return false, false
		}
		if len(in.shape) == 1 {
			continue
		}
		c, f := isCContiguous(in.shape, in.strides), isFContiguous(in.shape, in.strides)
		switch {
		case !c && !f:
			return false, false
		case c && !f:
			cOnly = true
		case f && !c:
			fOnly = true
		}
	}
	return fOnly, !(cOnly && fOnly)
}

// isCOrder reports whether perm, innermost axis first, is C order.
func isCOrder(perm []int) bool {
	for i, k := range perm {
		if k != len(perm)-1-i {
			return false
		}
	}
	return true
}

// permStrides stores in strides the contiguous strides of shape whose axes
// lie in memory in the order perm, innermost first, and returns them.
func permStrides(strides, shape, perm []int) []int {
	s := 1
	for _, k := range perm {
		strides[k] = s
		s *= shape[k]
	}
	return strides
}

// emptyLike returns an array of shape with unspecified contents, for a
// result of an element-wise operation on ins whose every element the
// caller writes, laid out by rule.
func emptyLike[T Dtype](op string, shape []int, rule resultOrder, ins ...dims) *Array[T] {
	n := allocSize[T](op, shape)
	var buf [maxDims]int
	strides := keepOrder(buf[:len(shape)], shape, rule, ins...)
	return newView(uninitData[T](n), 0, shape, strides)
}
