package ndarray

import "fmt"

// Index helpers: the indices of triangles and diagonals, the open mesh of
// numpy.ix_, fill_diagonal, and the flips and axis roll that NumPy keeps
// beside them: NumPy's triu_indices, tril_indices, triu_indices_from,
// tril_indices_from, diag_indices, diag_indices_from, fill_diagonal, ix_,
// flipud, fliplr and rollaxis. Tuples of index arrays are returned as
// []*Array[int], as Nonzero returns them.

// TriuIndices returns the indices of the upper triangle of an n×m array,
// like numpy.triu_indices(n, k, m): the elements (i, j) with j >= i+k (k
// > 0 starts above the main diagonal, k < 0 below), as two arrays of rows
// and columns in C order. m is optional and n by default, as in NumPy
// (and the argument order is NumPy's); a negative n or m counts as 0. The
// results are new arrays. TriuIndices panics with a *ValueError for more
// than one m.
func TriuIndices(n, k int, m ...int) []*Array[int] {
	return triIndices("TriuIndices", n, k, m, true)
}

// TrilIndices returns the indices of the lower triangle of an n×m array,
// like numpy.tril_indices(n, k, m): the elements (i, j) with j <= i+k, as
// two arrays of rows and columns in C order. Its arguments are those of
// TriuIndices, and it panics as TriuIndices does.
func TrilIndices(n, k int, m ...int) []*Array[int] {
	return triIndices("TrilIndices", n, k, m, false)
}

// TriuIndicesFrom returns TriuIndices(rows, k, cols) for the 2-d a of
// shape (rows, cols), like numpy.triu_indices_from. It panics with a
// *ValueError if a is not 2-d.
func TriuIndicesFrom[T Dtype](a *Array[T], k int) []*Array[int] {
	rows, cols := triIndicesShape("TriuIndicesFrom", a)
	return triIndices("TriuIndicesFrom", rows, k, []int{cols}, true)
}

// TrilIndicesFrom returns TrilIndices(rows, k, cols) for the 2-d a of
// shape (rows, cols), like numpy.tril_indices_from. It panics with a
// *ValueError if a is not 2-d.
func TrilIndicesFrom[T Dtype](a *Array[T], k int) []*Array[int] {
	rows, cols := triIndicesShape("TrilIndicesFrom", a)
	return triIndices("TrilIndicesFrom", rows, k, []int{cols}, false)
}

// triIndicesShape returns the shape of the 2-d a, NumPy's check of
// tri[lu]_indices_from.
func triIndicesShape[T Dtype](op string, a *Array[T]) (rows, cols int) {
	checkNil(op, a)
	if a.Ndim() != 2 {
		panicValue(op, "input array must be 2-d")
	}
	return a.shape[0], a.shape[1]
}

// triIndices returns the rows and columns of the upper (j >= i+k) or
// lower (j <= i+k) triangle of an n×m array, row by row: NumPy's
// (broadcast_to(inds, tri.shape)[tri] for inds in indices(tri.shape,
// sparse=True)) without the mask.
func triIndices(op string, n, k int, mArg []int, upper bool) []*Array[int] {
	m := n
	switch len(mArg) {
	case 0:
	case 1:
		m = mArg[0]
	default:
		panicValue(op, "takes n, k and m, got %d arguments", 2+len(mArg))
	}
	n, m = max(n, 0), max(m, 0)
	// Row i holds columns [lo, hi) with lo, hi = i+k, m (upper) or 0,
	// i+k+1 (lower), clipped to [0, m]. Clipping k to [-n, m] changes no
	// row and keeps i+k from overflowing.
	k = min(max(k, -n), m)
	cols := func(i int) (lo, hi int) {
		if upper {
			return min(max(i+k, 0), m), m
		}
		return 0, min(max(i+k+1, 0), m)
	}
	// Only rows [first, last) hold elements, so that the loops are as long
	// as the result however many rows are empty (n ≫ m).
	first, last := 0, min(n, satSub(m, k))
	if !upper {
		first, last = min(max(-k, 0), n), n
	}
	if m == 0 {
		last = first
	}
	// The length of the result is summed in closed form, as looping over
	// up to n rows took hours for a huge n (found by the audit): in float64
	// first, to refuse a result too big for int, then exactly. Every row in
	// [first, last) holds at least one element, so the loops below are no
	// longer than the result.
	count := 0
	if first < last {
		est := clampedSum(float64(first), float64(last), float64(k)+1, float64(m))
		if upper {
			est = float64(m)*float64(last-first) - clampedSum(float64(first), float64(last), float64(k), float64(m))
		}
		switch {
		case est > float64(maxInt)/8:
			count = maxInt // too big to allocate: emptyArray panics
		case upper: // m·rows - Σ, exact modulo 2⁶⁴ and known to fit
			count = int(uint64(m)*uint64(last-first) - clampedSumInt(first, last, k, m))
		default:
			count = int(clampedSumInt(first, last, k+1, m))
		}
	}
	rowIdx, colIdx := emptyArray[int](op, []int{count}), emptyArray[int](op, []int{count})
	p := 0
	for i := first; i < last; i++ {
		lo, hi := cols(i)
		for j := lo; j < hi; j++ {
			rowIdx.data[p], colIdx.data[p] = i, j
			p++
		}
	}
	return []*Array[int]{rowIdx, colIdx}
}

// clampedSum returns Σ min(max(i+c, 0), m) for i in [a, b), a < b, whose
// terms are 0, then i+c, then m, in float64, to bound it.
func clampedSum(a, b, c, m float64) float64 {
	var sum float64
	// i+c lies in (0, m) for i in [lo, hi).
	if lo, hi := max(a, -c), min(b, m-c); lo < hi {
		sum += (lo + c + hi - 1 + c) * (hi - lo) / 2
	}
	if top := max(a, m-c); top < b {
		sum += m * (b - top)
	}
	return sum
}

// clampedSumInt is clampedSum in uint64 arithmetic, exact modulo 2⁶⁴: the
// sum of the first and last linear terms is below 2m < 2⁶⁴ and so exact,
// and halved before it multiplies when the number of terms is odd.
func clampedSumInt(a, b, c, m int) uint64 {
	var sum uint64
	if lo, hi := max(a, -c), min(b, satSub(m, c)); lo < hi {
		ends, n := uint64(lo+c)+uint64(hi-1+c), uint64(hi-lo)
		if n%2 == 0 {
			sum += n / 2 * ends
		} else {
			sum += ends / 2 * n
		}
	}
	if top := max(a, satSub(m, c)); top < b {
		sum += uint64(m) * uint64(b-top)
	}
	return sum
}

// satSub returns m-c for m >= 0 and c >= -maxInt, or maxInt where that
// overflows (found by the audit: TriuIndices(maxInt, minInt) overflowed
// to an empty triangle).
func satSub(m, c int) int {
	if c < 0 && m > maxInt+c {
		return maxInt
	}
	return m - c
}

// DiagIndices returns the indices of the main diagonal of an array of
// ndim dimensions of extent n, like numpy.diag_indices(n, ndim): ndim
// arrays 0, 1, ..., n-1, so that element i of the diagonal is at (i, i,
// ..., i). Pass 2 for NumPy's default ndim. A negative n counts as 0, and
// ndim <= 0 gives no arrays, as in NumPy. The results are new arrays,
// each its own (NumPy returns one array ndim times).
func DiagIndices(n, ndim int) []*Array[int] {
	out := make([]*Array[int], max(ndim, 0))
	for k := range out {
		out[k] = Arange(max(n, 0))
	}
	return out
}

// DiagIndicesFrom returns DiagIndices(n, a.Ndim()) for the array a whose
// axes all have extent n, like numpy.diag_indices_from. It panics with a
// *ValueError if a has fewer than two dimensions or axes of different
// extents.
func DiagIndicesFrom[T Dtype](a *Array[T]) []*Array[int] {
	const op = "DiagIndicesFrom"
	checkNil(op, a)
	if a.Ndim() < 2 {
		panicValue(op, "input array must be at least 2-d")
	}
	checkDiagEqualDims(op, a)
	return DiagIndices(a.shape[0], a.Ndim())
}

// checkDiagEqualDims panics with NumPy's message unless all of a's axes have
// one extent.
func checkDiagEqualDims[T Dtype](op string, a *Array[T]) {
	for _, n := range a.shape {
		if n != a.shape[0] {
			panicValue(op, "All dimensions of input must be of equal length")
		}
	}
}

// FillDiagonal writes val into the main diagonal of a, in place, like
// numpy.fill_diagonal: the elements (i, i, ..., i). val is flattened in C
// order and repeated as often as needed, as NumPy's a.flat assignment
// does: Scalar(v) fills the diagonal with v, an empty val writes nothing.
// A 2-d a may be rectangular; a tall one's diagonal stops at its last
// column unless wrap is true, in which case it starts again every m+1
// rows (m columns), continuing NumPy's flat step of m+1 past the square
// block. An a of more than two dimensions must have axes of one extent.
// FillDiagonal panics with a *ValueError if a has fewer than two
// dimensions, axes of different extents (for more than two), or is a
// read-only (broadcast) view.
func FillDiagonal[T Dtype](a, val *Array[T], wrap bool) {
	const op = "FillDiagonal"
	checkNil(op, a)
	checkNil(op, val)
	nd := a.Ndim()
	if nd < 2 {
		panicValue(op, "array must be at least 2-d")
	}
	if nd > 2 {
		checkDiagEqualDims(op, a)
	}
	a.checkWritable(op)
	vals := val.ToSlice() // a copy: val may overlap a
	if len(vals) == 0 {
		return
	}
	var step int // between diagonal elements: one row and one column
	for _, s := range a.strides {
		step += s
	}
	n := a.shape[0]
	if nd == 2 {
		n = min(a.shape[0], a.shape[1])
	}
	for i := range n {
		a.data[a.offset+i*step] = vals[i%len(vals)]
	}
	if nd != 2 || !wrap || a.shape[1] == 0 {
		return
	}
	// NumPy's a.flat[::m+1] on a tall matrix: after the square block its
	// flat position p = i*(m+1) goes on in row p/m, column p%m.
	rows, m := a.shape[0], a.shape[1]
	for i := n; i*(m+1)/m < rows; i++ {
		p := i * (m + 1)
		a.data[a.offset+(p/m)*a.strides[0]+(p%m)*a.strides[1]] = vals[i%len(vals)]
	}
}

// Ix builds an open mesh from one-dimensional sequences, like numpy.ix_:
// result k holds seqs[k] along axis k and has extent 1 along the other
// len(seqs)-1 axes, so that the results broadcast together to the grid of
// every combination, and index an array's cross product of rows, columns,
// ... (Take along each axis, or as coordinates). A bool sequence becomes
// the indices of its true elements, as in NumPy. The results are
// *Array[int]: a view of seqs[k] (sharing memory with it) for an int
// sequence, a new array for other integer types, which NumPy would keep
// in their own dtype. Ix panics with a *ValueError if a sequence is not
// 1-d.
func Ix[T Integer | bool](seqs ...*Array[T]) []*Array[int] {
	const op = "Ix"
	out := make([]*Array[int], len(seqs))
	for k, s := range seqs {
		checkNil(op, s)
		if s.Ndim() != 1 {
			panicValue(op, "Cross index must be 1 dimensional")
		}
		var idx *Array[int]
		switch s := any(s).(type) {
		case *Array[int]:
			idx = s
		case *Array[bool]:
			idx = Nonzero(s)[0]
		default:
			idx = Convert[int](s.(*Array[T]))
		}
		shape := onesShape(len(seqs))
		shape[k] = idx.shape[0]
		out[k] = idx.Reshape(shape...)
	}
	return out
}

// Flipud returns a with the order of its first axis reversed, like
// numpy.flipud: Flip(a, 0), for arrays of one or more dimensions. The
// result is a view that shares memory with a. Flipud panics with a
// *ValueError for a 0-d a.
func Flipud[T Dtype](a *Array[T]) *Array[T] {
	checkNil("Flipud", a)
	if a.Ndim() < 1 {
		panicValue("Flipud", "Input must be >= 1-d.")
	}
	return Flip(a, 0)
}

// Fliplr returns a with the order of its second axis (the columns of a
// matrix) reversed, like numpy.fliplr: Flip(a, 1), for arrays of two or
// more dimensions. The result is a view that shares memory with a.
// Fliplr panics with a *ValueError for an a of fewer than two dimensions.
func Fliplr[T Dtype](a *Array[T]) *Array[T] {
	checkNil("Fliplr", a)
	if a.Ndim() < 2 {
		panicValue("Fliplr", "Input must be >= 2-d.")
	}
	return Flip(a, 1)
}

// RollAxis returns a with axis moved to just before position start, the
// other axes keeping their order, like numpy.rollaxis: start counts
// positions of a's axes, 0..Ndim, negative ones from the end (-1 is before
// the last axis). MoveAxis, which names the final position, is the
// clearer form, as NumPy's documentation says. The result shares memory
// with a. RollAxis panics with an *AxisError for an axis out of range or
// a start outside -Ndim..Ndim, with NumPy's messages.
func (a *Array[T]) RollAxis(axis, start int) *Array[T] {
	const op = "RollAxis"
	nd := a.Ndim()
	axis = normAxis(op, axis, nd)
	if start < 0 {
		start += nd
	}
	if start < 0 || start > nd {
		panic(&AxisError{Op: op, Axis: start, Ndim: nd,
			Msg: fmt.Sprintf("'start' arg requires %d <= start < %d, but %d was passed in", -nd, nd+1, start)})
	}
	if axis < start {
		start-- // the axis is taken out before it is put back
	}
	if axis == start {
		return a.view(a.offset, a.shape, a.strides)
	}
	perm := make([]int, 0, nd)
	for k := range nd {
		if k != axis {
			perm = append(perm, k)
		}
	}
	perm = append(perm[:start], append([]int{axis}, perm[start:]...)...)
	return a.Transpose(perm...)
}
