package linalg

import (
	"github.com/numgo/numgo/blas"
	"github.com/numgo/numgo/ndarray"
)

// dotVectors returns Σ_i a[i]·b[i], or Σ_i conj(a[i])·b[i] with conjA, for
// 1-d a and b of the same length, in one call of the BLAS's dot (sdot,
// ddot, cdotu/cdotc, zdotu/zdotc) as numpy.dot and numpy.vdot make it. A
// vector that is not unit-stride is read from a contiguous copy. ok is
// false for integer dtypes, which have no BLAS: Matmul's kernel, whose sums
// wrap around as NumPy's, serves them.
func dotVectors[T ndarray.Number](a, b *ndarray.Array[T], conjA bool) (dot T, ok bool) {
	if isInteger[T]() {
		return dot, false
	}
	n := a.Size()
	if n == 0 {
		return dot, true
	}
	x, y := contiguous(a), contiguous(b)
	switch x := any(x).(type) {
	case []float64:
		dot = any(blas.Float64().Ddot(n, x, 1, any(y).([]float64), 1)).(T)
	case []float32:
		dot = any(blas.Float32().Sdot(n, x, 1, any(y).([]float32), 1)).(T)
	case []complex128:
		if conjA {
			dot = any(blas.Complex128().Zdotc(n, x, 1, any(y).([]complex128), 1)).(T)
		} else {
			dot = any(blas.Complex128().Zdotu(n, x, 1, any(y).([]complex128), 1)).(T)
		}
	case []complex64:
		if conjA {
			dot = any(blas.Complex64().Cdotc(n, x, 1, any(y).([]complex64), 1)).(T)
		} else {
			dot = any(blas.Complex64().Cdotu(n, x, 1, any(y).([]complex64), 1)).(T)
		}
	}
	return dot, true
}

// contiguous returns the elements of the 1-d a in order: its own memory if
// it is C-contiguous, else a copy.
func contiguous[T ndarray.Dtype](a *ndarray.Array[T]) []T {
	if a.IsContiguous() {
		return a.Data()
	}
	return a.ToSlice()
}
