package linalg

import (
	"testing"

	"github.com/numgo/numgo/ndarray"
)

// TestDotVectorsLayouts checks Dot, Vdot and Inner of long 1-d vectors (one
// BLAS dot call) on contiguous, stepped and reversed views for every
// inexact dtype. The elements are small integers (with integer imaginary
// parts), so every partial sum is exact and the expected value, summed in
// integers here, is the one NumPy returns whatever the summation order.
func TestDotVectorsLayouts(t *testing.T) {
	t.Run("float64", testDotVectors[float64])
	t.Run("float32", testDotVectors[float32])
	t.Run("complex128", testDotVectors[complex128])
	t.Run("complex64", testDotVectors[complex64])
}

func testDotVectors[T Inexact](t *testing.T) {
	const n = 1000
	cplx := isComplex[T]()
	xs, ys := make([]T, 2*n), make([]T, 2*n)
	re := func(i, s int) int64 { return int64((i*s)%7 - 3) }
	for i := range xs {
		xs[i] = ofComplex[T](complex(float64(re(i, 3)), float64(re(i, 5))))
		ys[i] = ofComplex[T](complex(float64(re(i, 2)), float64(re(i, 11))))
	}
	x, y := ndarray.FromSlice(xs, 2*n), ndarray.FromSlice(ys, 2*n)
	views := map[string]func(a *ndarray.Array[T]) *ndarray.Array[T]{
		"contiguous": func(a *ndarray.Array[T]) *ndarray.Array[T] { return a.Slice(":1000") },
		"stepped":    func(a *ndarray.Array[T]) *ndarray.Array[T] { return a.Slice("::2") },
		"reversed":   func(a *ndarray.Array[T]) *ndarray.Array[T] { return a.Slice("999::-1") },
	}
	for name, view := range views {
		a, b := view(x), view(y)
		// The exact sums of a[i]·b[i] and conj(a[i])·b[i] over the view.
		var dre, dim, vre, vim int64
		ad, bd := a.ToSlice(), b.ToSlice()
		for i := range ad {
			ar, ai := int64(real(toC(ad[i]))), int64(imag(toC(ad[i])))
			br, bi := int64(real(toC(bd[i]))), int64(imag(toC(bd[i])))
			if !cplx {
				ai, bi = 0, 0
			}
			dre += ar*br - ai*bi
			dim += ar*bi + ai*br
			vre += ar*br + ai*bi
			vim += ar*bi - ai*br
		}
		want := ofComplex[T](complex(float64(dre), float64(dim)))
		wantV := ofComplex[T](complex(float64(vre), float64(vim)))
		t.Run(name, func(t *testing.T) {
			if got := Dot(a, b); got.Ndim() != 0 || got.Item() != want {
				t.Errorf("Dot = %v (shape %v), want %v", got, got.Shape(), want)
			}
			if got := Inner(a, b); got.Ndim() != 0 || got.Item() != want {
				t.Errorf("Inner = %v, want %v", got, want)
			}
			if got := Vdot(a, b); got != wantV {
				t.Errorf("Vdot = %v, want %v", got, wantV)
			}
		})
	}
	if got := Dot(x.Slice(":0"), y.Slice(":0")); got.Item() != 0 {
		t.Errorf("Dot of empty vectors = %v, want 0", got)
	}
}
