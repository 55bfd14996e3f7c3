package ndarray

// Building matrices from vectors and taking them apart: NumPy's diag,
// diagflat, tri, tril, triu, vander and rot90.

// Diag extracts a diagonal or builds a diagonal array, like numpy.diag:
// for a 1-d a it returns a new square array of side len(a)+|k| with a on
// diagonal k (k > 0 above the main diagonal, k < 0 below) and zeros
// elsewhere; for a 2-d a it returns a copy of a's diagonal k (NumPy returns
// a read-only view; a.Diagonal(k) is numgo's view). Diag panics with a
// *ValueError if a has another number of dimensions.
func Diag[T Dtype](a *Array[T], k int) *Array[T] {
	switch a.Ndim() {
	case 1:
		return diagFrom("Diag", a, k)
	case 2:
		return a.Diagonal(k).Copy()
	}
	panicValue("Diag", "Input must be 1- or 2-d.")
	return nil
}

// DiagFlat returns a new square array with the elements of a, flattened in
// C order, on diagonal k, like numpy.diagflat: Diag(a.Ravel(), k) for an a
// of any number of dimensions.
func DiagFlat[T Dtype](a *Array[T], k int) *Array[T] {
	return diagFrom("DiagFlat", a.Ravel(), k)
}

// diagFrom returns the square array with the 1-d v on diagonal k.
func diagFrom[T Dtype](op string, v *Array[T], k int) *Array[T] {
	n := v.shape[0] + abs(k)
	out := newArray[T](op, []int{n, n})
	CopyTo(out.Diagonal(k), v)
	return out
}

// Tri returns a 2-d array with ones (true for bool) on and below a
// diagonal and zeros above it, like numpy.tri: Tri[T](n) is n×n, Tri[T](n,
// m) is n×m, and Tri[T](n, m, k) fills up to diagonal k (k > 0 above the
// main diagonal, k < 0 below), so element (i, j) is one where j <= i+k. As
// in NumPy, a negative n or m counts as 0. Tri panics with a *ValueError
// for more than three arguments.
func Tri[T Dtype](n int, mk ...int) *Array[T] {
	m, k := matrixArgs("Tri", n, mk)
	n, m = max(n, 0), max(m, 0)
	out := newArray[T]("Tri", []int{n, m})
	for i := range n {
		ones := m // j <= i+k for every j, written so that a huge k does not overflow
		if k < m {
			ones = min(max(i+k+1, 0), m)
		}
		fillData(out.data[i*m:i*m+ones], one[T]())
	}
	return out
}

// Tril returns a copy of a with the elements above diagonal k of its last
// two axes zeroed, like numpy.tril: element (..., i, j) is kept where j <=
// i+k. An a of three or more dimensions is a stack of matrices, each
// treated alike; a 1-d a of length n is first broadcast to n×n, as NumPy
// does. Tril panics with a *ValueError for a 0-d a (NumPy raises a
// TypeError).
func Tril[T Dtype](a *Array[T], k int) *Array[T] {
	var zero T
	return Where(triMask("Tril", a, k), a, Scalar(zero))
}

// Triu returns a copy of a with the elements below diagonal k of its last
// two axes zeroed, like numpy.triu: element (..., i, j) is kept where j >=
// i+k. It treats stacks and 1-d arrays as Tril does and panics as Tril does.
func Triu[T Dtype](a *Array[T], k int) *Array[T] {
	var zero T
	return Where(triMask("Triu", a, k-1), Scalar(zero), a)
}

// triMask returns Tri[bool] over the last two axes of a (for a 1-d a, its
// one axis twice), NumPy's mask = tri(*m.shape[-2:], k=k, dtype=bool).
func triMask[T Dtype](op string, a *Array[T], k int) *Array[bool] {
	nd := a.Ndim()
	switch nd {
	case 0:
		panicValue(op, "the input must have at least one dimension")
	case 1:
		return Tri[bool](a.shape[0], a.shape[0], k)
	}
	return Tri[bool](a.shape[nd-2], a.shape[nd-1], k)
}

// Vander returns the Vandermonde matrix of the 1-d x with n columns, like
// numpy.vander: column j is x to the power n-1-j, or to the power j when
// increasing is true. The powers are running products x·x·…·x, as NumPy
// computes them, in T: NumPy computes in promote_types(x.dtype, int), so
// for int8..int32 and the unsigned types, float32 and complex64 its powers
// can differ from numgo's where they overflow or round. Pass x.Size() as n
// for NumPy's default square matrix. Vander panics with a *ValueError if x
// is not 1-d or n is negative.
func Vander[T Number](x *Array[T], n int, increasing bool) *Array[T] {
	const op = "Vander"
	if x.Ndim() != 1 {
		panicValue(op, "x must be a one-dimensional array or sequence.")
	}
	rows := x.shape[0]
	out := emptyArray[T](op, []int{rows, n})
	for i := range rows {
		xi := x.data[x.offset+i*x.strides[0]]
		row := out.data[i*n : (i+1)*n]
		p := one[T]()
		for j := range row {
			switch {
			case j == 1:
				p = xi // not 1·x, which a complex infinity would turn to NaN
			case j > 1:
				p *= xi
			}
			if increasing {
				row[j] = p
			} else {
				row[n-1-j] = p
			}
		}
	}
	return out
}

// Rot90 rotates a by 90 degrees k times in the plane of axes (by default
// 0 and 1), from the first axis towards the second, like numpy.rot90: for
// a matrix and k = 1, the last column becomes the first row. A negative k
// rotates the other way. The result is a view made of Flip and Transpose,
// and shares memory with a. Rot90 panics with a *ValueError unless exactly
// two axes are given, for axes that are the same (counting from either
// end) and for axes out of range, with NumPy's messages.
func Rot90[T Dtype](a *Array[T], k int, axes ...int) *Array[T] {
	const op = "Rot90"
	if axes == nil {
		axes = []int{0, 1}
	}
	if len(axes) != 2 {
		panicValue(op, "len(axes) must be 2.")
	}
	nd := a.Ndim()
	ax0, ax1 := axes[0], axes[1]
	if ax0 == ax1 || abs(ax0-ax1) == nd {
		panicValue(op, "Axes must be different.")
	}
	if ax0 >= nd || ax0 < -nd || ax1 >= nd || ax1 < -nd {
		panicValue(op, "Axes=(%d, %d) out of range for array of ndim=%d.", ax0, ax1, nd)
	}
	ax0, ax1 = normAxis(op, ax0, nd), normAxis(op, ax1, nd)
	perm := identityPerm(nd)
	perm[ax0], perm[ax1] = ax1, ax0
	switch (k%4 + 4) % 4 {
	case 1:
		return Flip(a, ax1).Transpose(perm...)
	case 2:
		return Flip(a, ax0, ax1)
	case 3:
		return Flip(a.Transpose(perm...), ax1)
	}
	return a.view(a.offset, a.shape, a.strides)
}
