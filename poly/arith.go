package poly

import (
	"fmt"
	"math"
	"math/cmplx"

	"github.com/numgo/numgo/linalg"
	"github.com/numgo/numgo/ndarray"
)

// Val evaluates the polynomial p at every element of x, like
// numpy.polyval: with y starting at zero, y = y·x + p[i] for each
// coefficient in turn (Horner's scheme in NumPy's order, without fused
// multiply-adds, so that real results are NumPy's bit for bit; NumPy's
// complex multiplication may fuse them on CPUs with AVX-512, which changes
// the last bits, and the pattern of infinities and NaNs after an overflow).
// As in NumPy the first step computes 0·x, so an infinite x gives NaN. x
// may have any shape, 0-d included; the result is a new array of x's
// shape. An empty p gives zeros. Val panics with a *ndarray.ValueError if p is not 1-d
// (NumPy iterates over the first axis of an n-d p).
func Val[T linalg.Inexact](p, x *ndarray.Array[T]) *ndarray.Array[T] {
	ps := coefs("Val", "p", p, false)
	checkNil("Val", "x", x)
	xs := x.ToSlice()
	y := make([]T, len(xs))
	for _, c := range ps {
		for i, v := range xs {
			y[i] = mulRound(y[i], v) + c // the product rounded: no FMA
		}
	}
	return ndarray.FromSlice(y, x.Shape()...)
}

// Add returns the sum of the polynomials a and b, like numpy.polyadd: the
// shorter is padded with leading zeros. A 0-d input counts as a polynomial
// of degree 0. The result is a new array of max(len(a), len(b)) elements,
// leading zeros kept. Add panics with a *ndarray.ValueError if a or b has
// more than one axis.
func Add[T linalg.Inexact](a, b *ndarray.Array[T]) *ndarray.Array[T] {
	x, y := padPair("Add", a, b)
	return ndarray.Add(x, y)
}

// Sub returns the difference a - b of the polynomials a and b, like
// numpy.polysub, padding as Add does. It panics as Add does.
func Sub[T linalg.Inexact](a, b *ndarray.Array[T]) *ndarray.Array[T] {
	x, y := padPair("Sub", a, b)
	return ndarray.Sub(x, y)
}

// padPair returns a and b as 1-d arrays of the same length, the shorter
// padded with leading zeros.
func padPair[T linalg.Inexact](op string, a, b *ndarray.Array[T]) (*ndarray.Array[T], *ndarray.Array[T]) {
	as, bs := coefs(op, "a", a, true), coefs(op, "b", b, true)
	n := max(len(as), len(bs))
	return ndarray.FromSlice(padFront(as, n)), ndarray.FromSlice(padFront(bs, n))
}

func padFront[T linalg.Inexact](s []T, n int) []T {
	if len(s) == n {
		return s
	}
	out := make([]T, n)
	copy(out[n-len(s):], s)
	return out
}

// Mul returns the product of the polynomials a and b, like numpy.polymul:
// the convolution of their coefficients after the leading zeros of each
// are dropped (numpy.poly1d drops them; an all-zero or empty input becomes
// the polynomial 0), computed by ndarray.Convolve. A 0-d input counts as a
// polynomial of degree 0. The result is a new 1-d array. Mul panics with a
// *ndarray.ValueError if a or b has more than one axis ("Polynomial must be
// 1d only.").
func Mul[T linalg.Inexact](a, b *ndarray.Array[T]) *ndarray.Array[T] {
	for _, p := range []*ndarray.Array[T]{a, b} {
		if checkNil("Mul", "a or b", p); p.Ndim() > 1 {
			panicValue("Mul", "Polynomial must be 1d only.")
		}
	}
	as, bs := trimLeading(a.ToSlice()), trimLeading(b.ToSlice())
	return ndarray.Convolve(ndarray.FromSlice(as), ndarray.FromSlice(bs), ndarray.ConvolveFull)
}

// trimLeading drops the leading zeros of p (-0 is zero, NaN is not) and
// returns [0] if nothing is left, as numpy.poly1d does.
func trimLeading[T linalg.Inexact](p []T) []T {
	for i, v := range p {
		if v != 0 {
			return p[i:]
		}
	}
	return make([]T, 1)
}

// Div returns the quotient q and the remainder r of the division of the
// polynomial u by v, u = q·v + r, as numpy.polydiv computes them: q[k] is
// r[k]·(1/v[0]) (NumPy's scalars: in float64 or complex128 for 32-bit T,
// then rounded to T) and v·q[k] is subtracted from r[k:], for k from 0 to
// len(u)-len(v) (q is [0] when v is the longer), after which the leading
// elements of r are dropped while their absolute value is at most 1e-8
// (NumPy's allclose(r[0], 0, rtol=1e-14): an absolute tolerance, whatever
// the scale of u), keeping one. A zero v[0] gives infinities and NaNs, as
// in NumPy, not a panic (NumPy's u + 0.0 and v + 0.0 make a -0 coefficient
// +0 first, and so does Div). A 0-d input counts as a polynomial of degree 0.
// q and r are new arrays. Div panics with a *ndarray.IndexError if u or v
// is empty (NumPy's "index 0 is out of bounds") and with a
// *ndarray.ValueError if either has more than one axis.
func Div[T linalg.Inexact](u, v *ndarray.Array[T]) (q, r *ndarray.Array[T]) {
	us, vs := coefs("Div", "u", u, true), coefs("Div", "v", v, true)
	if len(us) == 0 || len(vs) == 0 {
		panic(&ndarray.IndexError{Op: "poly.Div", Msg: "index 0 is out of bounds for axis 0 with size 0"})
	}
	// NumPy adds 0.0 to u and v, which turns -0 into +0 (1/v[0] is then +Inf).
	for _, s := range [][]T{us, vs} {
		for i := range s {
			s[i] += 0
		}
	}
	m, n := len(us)-1, len(vs)-1
	step := elimination(vs)
	qs := make([]T, max(m-n+1, 1))
	rs := us // a copy already
	for k := 0; k <= m-n; k++ {
		step(rs, qs, k)
	}
	for len(rs) > 1 && abs(rs[0]) <= 1e-8 {
		rs = rs[1:]
	}
	return ndarray.FromSlice(qs), ndarray.FromSlice(rs)
}

// elimination returns Div's step k, which sets q[k] and subtracts
// q[k]·v from r[k:], computed as NumPy's: d = (1/v[0])·r[k] is a NumPy
// scalar, float64 (complex128) for float32 (complex64) too, q[k] is d
// rounded to T, and r[k:] -= d·v runs in T with d rounded to T, unless
// value-based casting finds that float32 cannot hold d (a finite part beyond
// ±3.4e38; for complex64, also a NaN or infinite part), when it runs in
// float64 (complex128) and rounds the results to T. ndarray.Div divides as
// NumPy does (Smith's algorithm for complex numbers).
func elimination[T linalg.Inexact](vs []T) func(rs, qs []T, k int) {
	fits := func(x float64) bool { return x > -3.4e38 && x < 3.4e38 } // NumPy's min_scalar_type
	switch v := any(vs).(type) {
	case []float32:
		s := 1 / float64(v[0])
		return func(rs, qs []T, k int) {
			r := any(rs).([]float32)
			d := s * float64(r[k])
			any(qs).([]float32)[k] = float32(d)
			if fits(d) || math.IsInf(d, 0) || math.IsNaN(d) {
				for j, c := range v {
					r[k+j] -= float32(float32(d) * c)
				}
				return
			}
			for j, c := range v {
				r[k+j] = float32(float64(r[k+j]) - float64(d*float64(c)))
			}
		}
	case []complex64:
		s := ndarray.Div(ndarray.Scalar(complex128(1)), ndarray.Scalar(complex128(v[0]))).Item()
		return func(rs, qs []T, k int) {
			r := any(rs).([]complex64)
			d := s * complex128(r[k])
			any(qs).([]complex64)[k] = complex64(d)
			if fits(real(d)) && fits(imag(d)) {
				for j, c := range v {
					r[k+j] -= mulRound(complex64(d), c)
				}
				return
			}
			for j, c := range v {
				r[k+j] = complex64(complex128(r[k+j]) - mulRound(d, complex128(c)))
			}
		}
	}
	s := ndarray.Div(ndarray.Scalar(T(1)), ndarray.Scalar(vs[0])).Item()
	return func(rs, qs []T, k int) {
		d := s * rs[k]
		qs[k] = d
		for j, c := range vs {
			rs[k+j] -= mulRound(d, c)
		}
	}
}

// mulRound returns a·b rounded to T as NumPy's loops compute it: for
// complex numbers (ac - bd) + (ad + bc)i, each product rounded to T's
// precision (Go multiplies complex64 values in float64) and none fused.
func mulRound[T linalg.Inexact](a, b T) T {
	switch x := any(a).(type) {
	case complex64:
		y := any(b).(complex64)
		ar, ai, br, bi := real(x), imag(x), real(y), imag(y)
		return any(complex(float32(ar*br)-float32(ai*bi), float32(ar*bi)+float32(ai*br))).(T)
	case complex128:
		y := any(b).(complex128)
		ar, ai, br, bi := real(x), imag(x), real(y), imag(y)
		return any(complex(float64(ar*br)-float64(ai*bi), float64(ar*bi)+float64(ai*br))).(T)
	}
	return T(a * b)
}

// Der returns the m-th derivative of the polynomial p, like numpy.polyder:
// each derivative multiplies p[i] by its power len(p)-1-i and drops the
// constant term, so a polynomial of degree below m gives an empty array
// (NumPy's result for a 1-d p). m = 0 returns a copy of p. The result is a
// new 1-d array. Der panics with a *ndarray.ValueError if m is negative
// ("Order of derivative must be positive (see polyint)") or p is not 1-d.
func Der[T linalg.Inexact](p *ndarray.Array[T], m int) *ndarray.Array[T] {
	ps := coefs("Der", "p", p, false)
	if m < 0 {
		panicValue("Der", "Order of derivative must be positive (see polyint)")
	}
	for ; m > 0 && len(ps) > 0; m-- {
		n := len(ps) - 1
		for i := range n {
			ps[i] *= fromInt[T](n - i)
		}
		ps = ps[:n]
	}
	return ndarray.FromSlice(ps)
}

// Int returns the m-th antiderivative of the polynomial p, like
// numpy.polyint: each integration divides p[i] by len(p)-i and appends an
// integration constant. The constants k are given in the order of
// integration, the first integration's first (it ends up as the coefficient
// of x^(m-1)): none means zeros, one is used for every integration, and
// otherwise at least m are needed (the ones after the m-th are ignored).
// m = 0 returns a copy of p. The result is a new 1-d array of len(p)+m
// elements. Int panics with a *ndarray.ValueError if m is negative ("Order
// of integral must be positive (see polyder)"), if k holds more than one but
// fewer than m constants, or if p is not 1-d.
func Int[T linalg.Inexact](p *ndarray.Array[T], m int, k ...T) *ndarray.Array[T] {
	ps := coefs("Int", "p", p, false)
	if m < 0 {
		panicValue("Int", "Order of integral must be positive (see polyder)")
	}
	if len(k) > 1 && len(k) < m {
		panicValue("Int", "k must be a scalar or a rank-1 array of length 1 or >m.")
	}
	n := len(ps)
	out := ndarray.Zeros[T](n + m) // the size check of every constructor
	d := out.Data()
	copy(d, ps)
	pow := make([]T, n+m)
	for i := range m {
		for j := range n {
			pow[j] = fromInt[T](n - j)
		}
		// ndarray.Div divides complex numbers as NumPy does.
		head := out.SliceOf(ndarray.S(0, n))
		ndarray.DivTo(head, head, ndarray.FromSlice(pow[:n]))
		if len(k) > 0 {
			d[n] = k[min(i, len(k)-1)]
		}
		n++
	}
	return out
}

// coefs returns a copy of the coefficients of the 1-d p (a 0-d p counts as
// one coefficient if scalarOK), panicking for a nil p or one of other
// dimensions.
func coefs[T linalg.Inexact](op, name string, p *ndarray.Array[T], scalarOK bool) []T {
	checkNil(op, name, p)
	if nd := p.Ndim(); nd != 1 && (nd != 0 || !scalarOK) {
		panicValue(op, "%s must be a 1-d array of coefficients, got %d dimensions", name, nd)
	}
	return p.ToSlice()
}

// checkNil panics with a *ndarray.ValueError if the argument name of op is
// nil.
func checkNil[T linalg.Inexact](op, name string, a *ndarray.Array[T]) {
	if a == nil {
		panicValue(op, "%s is a nil *Array[%s]", name, ndarray.TypeOf[T]().GoName())
	}
}

func panicValue(op, format string, args ...any) {
	panic(&ndarray.ValueError{Op: "poly." + op, Msg: fmt.Sprintf(format, args...)})
}

// fromInt returns n as a T (n + 0i for complex types).
func fromInt[T linalg.Inexact](n int) T {
	var z T
	switch p := any(&z).(type) {
	case *float32:
		*p = float32(n)
	case *float64:
		*p = float64(n)
	case *complex64:
		*p = complex(float32(n), 0)
	case *complex128:
		*p = complex(float64(n), 0)
	}
	return z
}

// abs returns |v| in float64 (the modulus, computed by hypot, for complex
// numbers, as NumPy's absolute).
func abs[T linalg.Inexact](v T) float64 {
	switch x := any(v).(type) {
	case float32:
		return math.Abs(float64(x))
	case float64:
		return math.Abs(x)
	case complex64:
		return cmplx.Abs(complex128(x))
	default:
		return cmplx.Abs(any(v).(complex128))
	}
}
