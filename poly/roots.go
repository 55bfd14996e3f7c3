package poly

import (
	"cmp"
	"slices"

	"github.com/numgo/numgo/linalg"
	"github.com/numgo/numgo/ndarray"
)

// Roots returns the roots of the polynomial p, like numpy.roots: the
// leading zeros of p are dropped, each trailing zero is a root 0 (appended
// last), and the other roots are the eigenvalues of the companion matrix
// of what remains (first row -p[1:]/p[0], ones below the diagonal),
// computed by linalg.Eigvals, in LAPACK's order. An all-zero or empty p, or
// one of degree 0, has no roots: the result is then empty. A 0-d p counts as
// a polynomial of degree 0. The result is always complex128, where NumPy
// returns a real array when every root is real (and complex64 for float32
// or complex64 input). Roots returns an error matching
// linalg.ErrNotFinite if a coefficient is infinite or NaN (NumPy's
// LinAlgError), or linalg.ErrNoConvergence. It panics with a
// *ndarray.ValueError if p has more than one axis ("Input must be a rank-1
// array.").
func Roots[T linalg.Inexact](p *ndarray.Array[T]) (*ndarray.Array[complex128], error) {
	checkNil("Roots", "p", p)
	if p.Ndim() > 1 {
		panicValue("Roots", "Input must be a rank-1 array.")
	}
	ps := p.ToSlice()
	first := slices.IndexFunc(ps, func(v T) bool { return v != 0 })
	if first < 0 {
		return ndarray.Zeros[complex128](0), nil
	}
	last := len(ps) - 1
	for ps[last] == 0 {
		last--
	}
	trailing := len(ps) - 1 - last
	ps = ps[first : last+1]
	n := len(ps) - 1
	out := make([]complex128, 0, n+trailing)
	if n > 0 {
		a := ndarray.Zeros[T](n, n)
		for i := 1; i < n; i++ {
			a.Set(1, i, i-1)
		}
		// ndarray.Div divides as NumPy does (Smith's algorithm for complex numbers).
		row := ndarray.Div(ndarray.Negative(ndarray.FromSlice(ps[1:])), ndarray.Scalar(ps[0]))
		copy(a.Data()[:n], row.Data())
		w, err := linalg.Eigvals(a)
		if err != nil {
			return nil, err
		}
		out = append(out, w.Data()...)
	}
	out = append(out, make([]complex128, trailing)...)
	return ndarray.FromSlice(out), nil
}

// FromRoots returns the coefficients of the monic polynomial whose roots are
// the elements of the 1-d r, like numpy.poly of a sequence: starting from
// [1], the coefficients are convolved (ndarray.Convolve) with [1, -r[i]]
// for each root in turn. For complex T, if the roots are closed under
// conjugation (the sorted roots equal the sorted conjugates, exactly),
// the imaginary parts of the result are set to zero; NumPy returns a real
// array then. An empty r gives [1] (NumPy returns the scalar 1.0). A 0-d r
// counts as one root. The result is a new 1-d array of len(r)+1 elements.
// FromRoots panics with a *ndarray.ValueError if r has more than one axis
// (CharPoly takes the matrices numpy.poly accepts).
func FromRoots[T linalg.Inexact](r *ndarray.Array[T]) *ndarray.Array[T] {
	checkNil("FromRoots", "r", r)
	if r.Ndim() > 1 {
		panicValue("FromRoots", "input must be 1d (CharPoly takes a square 2d array)")
	}
	return fromRoots(r.ToSlice())
}

func fromRoots[T linalg.Inexact](roots []T) *ndarray.Array[T] {
	a := ndarray.Ones[T](1)
	for _, z := range roots {
		a = ndarray.Convolve(a, ndarray.FromSlice([]T{1, -z}), ndarray.ConvolveFull)
	}
	if ndarray.TypeOf[T]().IsComplex() && conjugateClosed(roots) {
		d := a.Data()
		for i, v := range d {
			d[i] = realOf(v)
		}
	}
	return a
}

// conjugateClosed reports whether the sorted roots equal their sorted
// conjugates, NumPy's test (a NaN makes it false).
func conjugateClosed[T linalg.Inexact](roots []T) bool {
	z := make([]complex128, len(roots))
	c := make([]complex128, len(roots))
	for i, v := range roots {
		z[i] = toComplex(v)
		c[i] = complex(real(z[i]), -imag(z[i]))
	}
	byParts := func(a, b complex128) int {
		return cmp.Or(cmp.Compare(real(a), real(b)), cmp.Compare(imag(a), imag(b)))
	}
	slices.SortFunc(z, byParts)
	slices.SortFunc(c, byParts)
	for i := range z {
		if z[i] != c[i] {
			return false
		}
	}
	return true
}

// CharPoly returns the coefficients of the characteristic polynomial
// det(x·I - a) of the square matrix a, like numpy.poly of a 2-d array: the
// polynomial whose roots are the eigenvalues of a (linalg.Eigvals),
// computed from them as FromRoots does, in complex128, then converted to T
// (for real T the eigenvalues come in exact conjugate pairs and the result
// is real, as NumPy's). The result is a new 1-d array of M+1 elements.
// CharPoly returns an error matching linalg.ErrNotFinite if a holds an
// infinity or a NaN, or linalg.ErrNoConvergence. It panics with a
// *ndarray.ValueError if a is not a non-empty square 2-d array ("input
// must be 1d or non-empty square 2d array.").
func CharPoly[T linalg.Inexact](a *ndarray.Array[T]) (*ndarray.Array[T], error) {
	checkNil("CharPoly", "a", a)
	if sh := a.Shape(); len(sh) != 2 || sh[0] != sh[1] || sh[0] == 0 {
		panicValue("CharPoly", "input must be 1d or non-empty square 2d array.")
	}
	w, err := linalg.Eigvals(a)
	if err != nil {
		return nil, err
	}
	return ndarray.Convert[T](fromRoots(w.Data())), nil
}

// toComplex returns v as a complex128.
func toComplex[T linalg.Inexact](v T) complex128 {
	switch x := any(v).(type) {
	case float32:
		return complex(float64(x), 0)
	case float64:
		return complex(x, 0)
	case complex64:
		return complex128(x)
	default:
		return any(v).(complex128)
	}
}

// realOf returns v with its imaginary part zeroed.
func realOf[T linalg.Inexact](v T) T {
	var z T
	switch p := any(&z).(type) {
	case *complex64:
		*p = complex(real(any(v).(complex64)), 0)
	case *complex128:
		*p = complex(real(any(v).(complex128)), 0)
	default:
		return v
	}
	return z
}
