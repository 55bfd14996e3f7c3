package ndarray

import "math/cmplx"

// CloseOption sets a tolerance of IsClose and AllClose: RTol, ATol, EqualNaN.
type CloseOption struct {
	rtol, atol float64
	set        int // which of rtol (1), atol (2), equalNaN (4) it sets
	equalNaN   bool
}

// RTol sets the relative tolerance of IsClose and AllClose (default 1e-5).
func RTol(rtol float64) CloseOption { return CloseOption{rtol: rtol, set: 1} }

// ATol sets the absolute tolerance of IsClose and AllClose (default 1e-8).
func ATol(atol float64) CloseOption { return CloseOption{atol: atol, set: 2} }

// EqualNaN makes IsClose, AllClose and ArrayEqual count two NaNs as equal.
func EqualNaN() CloseOption { return CloseOption{equalNaN: true, set: 4} }

// IsClose reports element-wise whether a and b are equal within a
// tolerance, like numpy.isclose: |a - b| <= atol + rtol*|b| (not symmetric
// in a and b, as NumPy's), infinities equal only to themselves, NaN equal to
// nothing unless EqualNaN is given. a and b are broadcast together; complex
// differences are measured by modulus. IsClose panics with a *ShapeError if
// the shapes do not broadcast.
func IsClose[T Number](a, b *Array[T], opts ...CloseOption) *Array[bool] {
	c := CloseOption{rtol: 1e-5, atol: 1e-8}
	for _, o := range opts {
		if o.set&1 != 0 {
			c.rtol = o.rtol
		}
		if o.set&2 != 0 {
			c.atol = o.atol
		}
		c.equalNaN = c.equalNaN || o.equalNaN
	}
	if TypeOf[T]() == Float32 || TypeOf[T]() == Complex64 {
		// NumPy computes single-precision tolerances in single precision.
		return isCloseIn[complex64, float32](Convert[complex64](a), Convert[complex64](b), c)
	}
	return isCloseIn[complex128, float64](Convert[complex128](a), Convert[complex128](b), c)
}

// isCloseIn is IsClose in the precision of C, whose parts are F: the
// difference, the moduli and the tolerance each round to F.
func isCloseIn[C complex64 | complex128, F float32 | float64](x, y *Array[C], c CloseOption) *Array[bool] {
	atol, rtol := F(c.atol), F(c.rtol)
	var kernels [numTypes]any
	kernels[TypeOf[C]()] = binaryKernel[C, bool](
		func(d []bool, di, ds int, a []C, ai, as int, b []C, bi, bs int, n int) {
			for ; n > 0; n-- {
				x, y := a[ai], b[bi]
				switch {
				case isNaNComplex(x) || isNaNComplex(y):
					d[di] = c.equalNaN && isNaNComplex(x) && isNaNComplex(y)
				case cmplx.IsInf(complex128(x)) || cmplx.IsInf(complex128(y)):
					d[di] = x == y
				default:
					d[di] = F(cmplx.Abs(complex128(x-y))) <= atol+F(rtol*F(cmplx.Abs(complex128(y))))
				}
				di, ai, bi = di+ds, ai+as, bi+bs
			}
		})
	return binaryTo[C, bool]("IsClose", &kernels, nil, x, y)
}

// AllClose reports whether every element of a is close to b's, as IsClose
// decides, like numpy.allclose.
func AllClose[T Number](a, b *Array[T], opts ...CloseOption) bool {
	return All(IsClose(a, b, opts...)).Item()
}

// ArrayEqual reports whether a and b have the same shape and equal
// elements, like numpy.array_equal: NaN is not equal to NaN unless
// EqualNaN is given (equal_nan=True; a complex NaN is one with a NaN
// part). Other CloseOptions are ignored.
func ArrayEqual[T Dtype](a, b *Array[T], opts ...CloseOption) bool {
	if !sameShape(a.shape, b.shape) {
		return false
	}
	eq := Equal(a, b)
	for _, o := range opts {
		if o.equalNaN {
			LogicalOrTo(eq, eq, LogicalAnd(IsNaN(a), IsNaN(b)))
			break
		}
	}
	return All(eq).Item()
}
