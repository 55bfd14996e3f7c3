// Package colmat is the column-major test matrix of the LAPACK driver tests
// of packages lapack and internal/cgo, which alone import it. A matrix can
// be stored with a leading dimension larger than its row count and NaN in
// the padding rows, so that a driver's read outside the matrix shows in its
// result and a write outside it in PaddingIntact.
package colmat

import (
	"math"
	"math/cmplx"
	"math/rand/v2"
	"slices"
)

// Elem is the element type of a Mat.
type Elem interface{ float64 | complex128 }

// Mat is a column-major M×N matrix with leading dimension LD: element
// (i, j) is A[i+j*LD].
type Mat[T Elem] struct {
	M, N, LD int
	A        []T
}

// New returns an m×n matrix with pad rows of padding below each column
// (LD = max(m+pad, 1)) whose every element, padding included, is NaN.
func New[T Elem](m, n, pad int) Mat[T] {
	ld := max(m+pad, 1)
	x := Mat[T]{m, n, ld, make([]T, ld*max(n, 1))}
	var nan T
	switch p := any(&nan).(type) {
	case *float64:
		*p = math.NaN()
	case *complex128:
		*p = cmplx.NaN()
	}
	for i := range x.A {
		x.A[i] = nan
	}
	return x
}

// Zeros returns an m×n zero matrix without padding (LD = max(m, 1)).
func Zeros[T Elem](m, n int) Mat[T] {
	x := New[T](m, n, 0)
	clear(x.A)
	return x
}

// Eye returns the n×n identity without padding (LD = max(n, 1)).
func Eye[T Elem](n int) Mat[T] {
	x := Zeros[T](n, n)
	for i := range n {
		x.Set(i, i, 1)
	}
	return x
}

// Rand returns New(m, n, pad) with the m×n elements drawn column by column
// from the standard normal distribution (the real part, then the imaginary
// part, of a complex element).
func Rand[T Elem](r *rand.Rand, m, n, pad int) Mat[T] {
	x := New[T](m, n, pad)
	for j := range n {
		for i := range m {
			switch p := any(&x.A[i+j*x.LD]).(type) {
			case *float64:
				*p = r.NormFloat64()
			case *complex128:
				*p = complex(r.NormFloat64(), r.NormFloat64())
			}
		}
	}
	return x
}

// At returns element (i, j).
func (x Mat[T]) At(i, j int) T { return x.A[i+j*x.LD] }

// Set sets element (i, j) to v.
func (x Mat[T]) Set(i, j int, v T) { x.A[i+j*x.LD] = v }

// Clone returns a copy of x, padding included.
func (x Mat[T]) Clone() Mat[T] { x.A = slices.Clone(x.A); return x }

// H returns the conjugate transpose of x (the transpose if real) without
// padding.
func (x Mat[T]) H() Mat[T] {
	y := Zeros[T](x.N, x.M)
	for j := range x.N {
		for i := range x.M {
			v := x.At(i, j)
			if c, ok := any(v).(complex128); ok {
				v = any(cmplx.Conj(c)).(T)
			}
			y.Set(j, i, v)
		}
	}
	return y
}

// Mul returns x·y without padding.
func Mul[T Elem](x, y Mat[T]) Mat[T] {
	z := Zeros[T](x.M, y.N)
	for j := range y.N {
		for p := range x.N {
			v := y.At(p, j)
			for i := range x.M {
				z.A[i+j*z.LD] += x.At(i, p) * v
			}
		}
	}
	return z
}

// MaxDiff returns max |x - y| over the elements, +Inf if the shapes differ.
func MaxDiff[T Elem](x, y Mat[T]) float64 {
	if x.M != y.M || x.N != y.N {
		return math.Inf(1)
	}
	d := 0.0
	for j := range x.N {
		for i := range x.M {
			d = max(d, abs(x.At(i, j)-y.At(i, j)))
		}
	}
	return d
}

// MaxAbs returns max |x| over the elements.
func (x Mat[T]) MaxAbs() float64 {
	d := 0.0
	for j := range x.N {
		for i := range x.M {
			d = max(d, abs(x.At(i, j)))
		}
	}
	return d
}

// PaddingIntact reports whether the padding rows of x all still hold NaN.
func (x Mat[T]) PaddingIntact() bool {
	for j := range x.N {
		for i := x.M; i < x.LD; i++ {
			// |v| is NaN exactly when v is NaN: an infinite part makes it
			// +Inf, as for cmplx.IsNaN.
			if !math.IsNaN(abs(x.At(i, j))) {
				return false
			}
		}
	}
	return true
}

func abs[T Elem](v T) float64 {
	if c, ok := any(v).(complex128); ok {
		return cmplx.Abs(c)
	}
	return math.Abs(any(v).(float64))
}
