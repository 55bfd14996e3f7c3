package linalg

import (
	"math"
	"math/cmplx"
	"slices"

	"github.com/numgo/numgo/blas"
	"github.com/numgo/numgo/internal/libm"
	"github.com/numgo/numgo/ndarray"
)

// Norm returns a vector or matrix norm of x, like numpy.linalg.norm.
//
// Without Axis: with the default order, the 2-norm of x flattened, whatever
// its number of axes; with an order, x must be 1-d (a vector norm) or 2-d
// (a matrix norm). Axis(k) computes vector norms along axis k, Axis(r, c)
// matrix norms of the matrices in axes r (rows) and c (columns); the
// result has the other axes, or with KeepDims all axes, the reduced ones of
// length 1.
//
// Vector orders: the default and Ord(2) sqrt(Σ|x|²), Ord(Inf) max|x|,
// Ord(-Inf) min|x|, Ord(0) the number of non-zeros, Ord(p) (Σ|x|^p)^(1/p)
// for any other p. Matrix orders: the default and Fro the Frobenius norm,
// Nuc the sum of the singular values, Ord(2) and Ord(-2) the largest and
// the smallest singular value, Ord(1) and Ord(-1) the largest and smallest
// column sum of |x|, Ord(Inf) and Ord(-Inf) the largest and smallest row
// sum. Sums run in float64; |x| is the modulus of a complex x. For complex
// x the norms, real in NumPy, are returned as complex numbers with zero
// imaginary parts (ndarray.RealPart gives a float64 view of them).
//
// Norm reads the options Ord, Fro, Nuc, Axis and KeepDims. It returns an
// error matching ErrNoConvergence if an SVD (orders ±2, Nuc) does not
// converge. It panics with a *ndarray.AxisError for an axis out of range and
// with a *ndarray.ValueError for a repeated axis, an order the vector or
// matrix case does not accept, more than two axes, or an empty reduction
// that has no value (the max or min of nothing).
func Norm[T Inexact](x *ndarray.Array[T], opts ...Option) (*ndarray.Array[T], error) {
	if isComplex[T]() {
		return norm[T, complex128](x, newConfig(opts))
	}
	return norm[T, float64](x, newConfig(opts))
}

func norm[T Inexact, W work](x *ndarray.Array[T], cfg config) (*ndarray.Array[T], error) {
	nd := x.Ndim()
	axes := cfg.axes
	// NumPy's fast path: the 2-norm of all elements, whatever the shape.
	flat := false
	if axes == nil {
		o := cfg.ord
		flat = o.kind == ordDefault || o.kind == ordFro && nd == 2 || o.kind == ordP && o.p == 2 && nd == 1
		axes = appendSeq(nil, 0, nd)
	}
	for i, ax := range axes {
		if ax < -nd || ax >= nd {
			panic(&ndarray.AxisError{Op: "Norm", Axis: ax, Ndim: nd})
		}
		if ax < 0 {
			axes[i] = ax + nd
		}
	}
	var f func(blk []W, shape []int) (float64, error)
	switch {
	case flat:
		f = func(blk []W, _ []int) (float64, error) { return math.Sqrt(dotSelf(blk)), nil }
	case len(axes) == 1:
		vn := vectorNorm(cfg.ord)
		f = func(blk []W, _ []int) (float64, error) { return vn(abs(blk)), nil }
	case len(axes) == 2:
		if axes[0] == axes[1] {
			panicValue("Norm", "Duplicate axes given.")
		}
		f = func(blk []W, shape []int) (float64, error) {
			return matrixNorm(cfg.ord, blk, shape[0], shape[1], shape[1], 1)
		}
	default:
		panicValue("Norm", "Improper number of dimensions to norm.")
	}
	return reduceBlocks(x, axes, cfg.keepDims, f)
}

// reduceBlocks moves the axes of x to the end, in their order, and reduces
// each block they span, in row-major order and converted to W, to one value
// with f, which must not modify the block.
func reduceBlocks[T Inexact, W work](x *ndarray.Array[T], axes []int, keepDims bool, f func([]W, []int) (float64, error)) (*ndarray.Array[T], error) {
	shape := x.Shape()
	var perm, outShape, core []int
	for k := range shape {
		if !slices.Contains(axes, k) {
			perm = append(perm, k)
			outShape = append(outShape, shape[k])
		}
	}
	for _, k := range axes {
		perm = append(perm, k)
		core = append(core, shape[k])
	}
	src := x.Transpose(perm...).AsContiguous().Data()
	w, ok := any(src).([]W)
	if !ok {
		w = make([]W, len(src))
		widen(floats[W, float64](w), floats[T, float32](src))
	}
	size := prod(core)
	out := ndarray.Zeros[T](outShape...)
	data := out.Data()
	for i := range data {
		v, err := f(w[i*size:(i+1)*size], core)
		if err != nil {
			return nil, err
		}
		data[i] = ofComplex[T](complex(v, 0))
	}
	if keepDims {
		for _, k := range axes {
			shape[k] = 1
		}
		return out.Reshape(shape...), nil
	}
	return out, nil
}

// dotSelf returns Σ|x|² as NumPy's norm of all elements computes it, with
// the BLAS's dot: x·x, for complex x the dot of the real parts plus that of
// the imaginary parts.
func dotSelf[W work](x []W) float64 {
	f, d := floats[W, float64](x), blas.Float64()
	switch {
	case len(x) == 0:
		return 0
	case len(f) == len(x):
		return d.Ddot(len(f), f, 1, f, 1)
	}
	return d.Ddot(len(x), f, 2, f, 2) + d.Ddot(len(x), f[1:], 2, f[1:], 2)
}

func sumSq(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x * x
	}
	return s
}

// abs returns |x| element-wise.
func abs[W work](x []W) []float64 {
	out := make([]float64, len(x))
	switch x := any(x).(type) {
	case []float64:
		for i, v := range x {
			out[i] = math.Abs(v)
		}
	case []complex128:
		for i, v := range x {
			out[i] = cmplx.Abs(v)
		}
	}
	return out
}

// vectorNorm returns the vector norm of order o of the moduli v.
func vectorNorm(o ord) func(v []float64) float64 {
	var fn func(v []float64) float64
	switch {
	case o.kind == ordFro:
		panicValue("Norm", "Invalid norm order 'fro' for vectors")
	case o.kind == ordNuc:
		panicValue("Norm", "Invalid norm order 'nuc' for vectors")
	case o.kind == ordDefault || o.p == 2:
		fn = func(v []float64) float64 { return math.Sqrt(sumSq(v)) }
	case math.IsInf(o.p, 0):
		fn = func(v []float64) float64 { return extremeAbs("Norm", v, o.p > 0) }
	case o.p == 0:
		fn = func(v []float64) float64 {
			c := 0.0
			for _, x := range v {
				if x != 0 {
					c++
				}
			}
			return c
		}
	case o.p == 1:
		fn = func(v []float64) float64 {
			s := 0.0
			for _, x := range v {
				s += math.Abs(x)
			}
			return s
		}
	default:
		fn = func(v []float64) float64 {
			s := 0.0
			for _, x := range v {
				s += libm.Pow(math.Abs(x), o.p)
			}
			return libm.Pow(s, 1/o.p)
		}
	}
	return fn
}

// extremeAbs returns max |v| (or min |v| unless largest), panicking on an
// empty v as NumPy's reductions without identity do.
func extremeAbs(op string, v []float64, largest bool) float64 {
	if len(v) == 0 {
		name := "minimum"
		if largest {
			name = "maximum"
		}
		panicValue(op, "zero-size array to reduction operation %s which has no identity", name)
	}
	r := math.Abs(v[0])
	for _, x := range v[1:] {
		a := math.Abs(x)
		if largest && a > r || !largest && a < r || math.IsNaN(a) {
			r = a
		}
		if math.IsNaN(r) {
			break
		}
	}
	return r
}

// matrixNorm returns the matrix norm of order o of the rows×cols matrix
// whose element (i, j) is a[i*rs+j*cs], the whole of a.
func matrixNorm[W work](o ord, a []W, rows, cols, rs, cs int) (float64, error) {
	// lineSums returns the sums of |a| over each column (or each row),
	// each line's sum from its first element on: the column sums row
	// after row, as NumPy adds them for its C-ordered copy.
	lineSums := func(columns bool) []float64 {
		rowMajor := a[:rows*cols]
		if rs != cols || cs != 1 {
			rowMajor = make([]W, rows*cols)
			for i := range rows {
				for j := range cols {
					rowMajor[i*cols+j] = a[i*rs+j*cs]
				}
			}
		}
		mod := abs(rowMajor)
		if columns {
			s := make([]float64, cols)
			for i := range rows {
				for j, v := range mod[i*cols : (i+1)*cols] {
					s[j] += v
				}
			}
			return s
		}
		s := make([]float64, rows)
		for i := range s {
			t := 0.0
			for _, v := range mod[i*cols : (i+1)*cols] {
				t += v
			}
			s[i] = t
		}
		return s
	}
	switch {
	case o.kind == ordDefault || o.kind == ordFro:
		return math.Sqrt(sumSq(floats[W, float64](a[:rows*cols]))), nil
	case o.kind == ordNuc || o.kind == ordP && math.Abs(o.p) == 2:
		buf := make([]W, rows*cols)
		for j := range cols {
			for i := range rows {
				buf[i+j*rows] = a[i*rs+j*cs]
			}
		}
		sv := make([]float64, min(rows, cols))
		if !lapackFor[W]().gesdd('N', rows, cols, buf, max(1, rows), sv, nil, 1, nil, 1) {
			return 0, opError("Norm", ErrNoConvergence)
		}
		switch {
		case o.kind == ordNuc:
			s := 0.0
			for _, v := range sv {
				s += v
			}
			return s, nil
		case o.p > 0:
			return extremeAbs("Norm", sv, true), nil
		default:
			return extremeAbs("Norm", sv, false), nil
		}
	case o.p == 1 || o.p == -1:
		return extremeAbs("Norm", lineSums(true), o.p > 0), nil
	case math.IsInf(o.p, 0):
		return extremeAbs("Norm", lineSums(false), o.p > 0), nil
	}
	panicValue("Norm", "Invalid norm order for matrices.")
	return 0, nil
}

// Cond returns the condition number of each matrix of x, an array
// (..., M, N), like numpy.linalg.cond: with the default order or Ord(2)
// the ratio of the largest to the smallest singular value (Ord(-2): its
// inverse), and for the other matrix orders of Norm (Fro, Nuc, Ord(±1),
// Ord(±Inf); square matrices only) Norm(A)·Norm(A⁻¹). A singular matrix
// has condition number +Inf (NaN if it holds NaN). The result has shape
// (...); for complex x its real values are held as complex numbers with
// zero imaginary parts. Cond reads the options Ord, Fro and Nuc. It returns an error
// matching ErrNoConvergence if an SVD does not converge. It panics with a
// *ndarray.ValueError if x has fewer than two axes, if its matrices are
// empty or for an order Norm refuses, and with a *ndarray.ShapeError if an
// order other than ±2 is asked of non-square matrices.
func Cond[T Inexact](x *ndarray.Array[T], opts ...Option) (*ndarray.Array[T], error) {
	if isComplex[T]() {
		return cond[T, complex128](x, newConfig(opts).ord)
	}
	return cond[T, float64](x, newConfig(opts).ord)
}

func cond[T Inexact, W work](x *ndarray.Array[T], o ord) (*ndarray.Array[T], error) {
	svdOrd := o.kind == ordDefault || o.kind == ordP && math.Abs(o.p) == 2
	st := matrices("Cond", x, !svdOrd, nil)
	m, n := st.m, st.n
	if m == 0 || n == 0 {
		panicValue("Cond", "cond is not defined on empty arrays")
	}
	out := ndarray.Zeros[T](st.lead...)
	data := out.Data()
	d := lapackFor[W]()
	err := st.each(func(i int, am matrix[T]) error {
		a := load[T, W](am, nil)
		hasNaN := slices.ContainsFunc(floats[W, float64](a), math.IsNaN)
		var r float64
		if svdOrd {
			sv := make([]float64, min(m, n))
			if !d.gesdd('N', m, n, slices.Clone(a), m, sv, nil, 1, nil, 1) {
				return opError("Cond", ErrNoConvergence)
			}
			r = sv[0] / sv[len(sv)-1]
			if o.kind == ordP && o.p < 0 {
				r = sv[len(sv)-1] / sv[0]
			}
		} else {
			na, err := matrixNorm(o, a, n, n, 1, n)
			if err != nil {
				return err
			}
			// As NumPy's inv under errstate(all='ignore'), a singular
			// matrix (found so as Inv finds it) has an inverse of NaN,
			// whose norm is NaN (or, for Nuc, an SVD that does not
			// converge).
			inv := make([]W, n*n)
			if !invert(am, inv) {
				f := floats[W, float64](inv)
				for j := range f {
					f[j] = math.NaN()
				}
			}
			ni, err := matrixNorm(o, inv, n, n, 1, n)
			if err != nil {
				return err
			}
			r = na * ni
		}
		if math.IsNaN(r) && !hasNaN {
			r = math.Inf(1)
		}
		data[i] = ofComplex[T](complex(r, 0))
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
