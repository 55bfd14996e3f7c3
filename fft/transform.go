package fft

import (
	"strconv"
	"unsafe"

	"github.com/numgo/numgo/ndarray"
)

// The n-d transforms run axis by axis, as NumPy's _raw_fftnd (last axis of
// the list first), each axis through forLines on a C-ordered buffer. The
// input is read in place when it already is contiguous data of the working
// type and copied (converted) once otherwise; every later axis works in the
// buffer the previous one produced, in place when its length is unchanged.

// The line transforms of the pure-Go engine. Each returns what forLines
// calls once per goroutine: a function transforming one line, with its own
// work buffer, and one releasing that buffer. The plan is looked up once.
// The backend files define c2cAxis, r2cAxis and c2rAxis, the transforms
// along one axis, with these or with FFTW.

// goC2C transforms complex lines of length n (shorter input is
// zero-padded), times scale.
func goC2C[F float](n int, fwd bool, scale F) func() (func(out, in []cpx[F]), func()) {
	p := getPlan[F](n, fwd)
	return func() (func(out, in []cpx[F]), func()) {
		work, h := getScratch[cpx[F]](p.workLen())
		return func(out, in []cpx[F]) {
			if len(in) == n && &in[0] != &out[0] {
				p.execTo(out, in, work)
			} else { // in place, or padded
				copy(out, in)
				clear(out[len(in):])
				p.exec(out, work)
			}
			finish(out, scale, false)
		}, func() { putScratch(h) }
	}
}

// goR2C transforms real lines of length n to their n/2+1 spectrum values.
func goR2C[F float](n int, scale F, conj bool) func() (func(out []cpx[F], in []F), func()) {
	r := getRPlan[F](n, true)
	return func() (func(out []cpx[F], in []F), func()) {
		work, h := getScratch[cpx[F]](r.workLen())
		return func(out []cpx[F], in []F) { r.forward(out, in, work, scale, conj) }, func() { putScratch(h) }
	}
}

// goC2R transforms half spectra to real lines of length n.
func goC2R[F float](n int, scale F, conj bool) func() (func(out []F, in []cpx[F]), func()) {
	r := getRPlan[F](n, false)
	return func() (func(out []F, in []cpx[F]), func()) {
		work, h := getScratch[cpx[F]](r.workLen())
		return func(out []F, in []cpx[F]) { r.backward(out, in, work, scale, conj) }, func() { putScratch(h) }
	}
}

// linesAlong returns the line layout of a C-ordered shape along axis ax,
// transformed to lenOut output points from the first use input points.
func linesAlong(shape []int, ax, use, lenOut int) axisLines {
	l := axisLines{outer: 1, inner: 1, lenIn: shape[ax], use: min(use, shape[ax]), lenOut: lenOut}
	for _, d := range shape[:ax] {
		l.outer *= d
	}
	for _, d := range shape[ax+1:] {
		l.inner *= d
	}
	return l
}

// c2cND applies complex transforms of lengths s along axes to data of the
// given shape, which it updates to the result's shape. owned says whether
// data may be overwritten. The result goes into final when it is not nil
// (the ...To forms' destination), else into a new or reused buffer.
func c2cND[F float](data []cpx[F], owned bool, shape, s, axes []int, fwd bool, norm NormMode, final []cpx[F]) []cpx[F] {
	if len(axes) == 0 { // the result is a copy of the input
		if final == nil {
			final = fresh[cpx[F], F](len(data))
		}
		copy(final, data)
		return final
	}
	// Steps from intoFinal down write into final: those after which no
	// axis changes length any more, so final can be worked on in place.
	intoFinal := 0
	for intoFinal < len(axes) && s[intoFinal] == shape[axes[intoFinal]] {
		intoFinal++
	}
	for i := len(axes) - 1; i >= 0; i-- {
		ax, n := axes[i], s[i]
		l := linesAlong(shape, ax, n, n)
		dst := data
		switch {
		case final != nil && i <= intoFinal:
			dst = final
		case !owned || n != shape[ax]:
			dst = fresh[cpx[F], F](l.outer, n, l.inner)
		}
		c2cAxis(l, data, dst, n, fwd, F(norm.factor(n, fwd)))
		data, owned, shape[ax] = dst, true, n
	}
	return data
}

// r2cND is the forward real transform: a real-to-half-spectrum transform
// along the last of axes, then complex transforms along the others. conj
// conjugates the result (IHFFT).
func r2cND[F float](data []F, shape, s, axes []int, norm NormMode, conj bool, final []cpx[F]) []cpx[F] {
	last := len(axes) - 1
	ax, n := axes[last], s[last]
	l := linesAlong(shape, ax, n, n/2+1)
	out := final
	if last > 0 || final == nil {
		out = fresh[cpx[F], F](l.outer, l.lenOut, l.inner)
	}
	r2cAxis(l, data, out, n, F(norm.factor(n, true)), conj)
	shape[ax] = l.lenOut
	if last == 0 {
		return out
	}
	return c2cND(out, true, shape, s[:last], axes[:last], true, norm, final)
}

// c2rND is the inverse real transform: complex inverse transforms along all
// but the last of axes, then a half-spectrum-to-real transform of length
// s[-1] along the last. conj conjugates the input first (HFFT).
func c2rND[F float](data []cpx[F], owned bool, shape, s, axes []int, norm NormMode, conj bool, final []F) []F {
	last := len(axes) - 1
	if last > 0 {
		data = c2cND(data, owned, shape, s[:last], axes[:last], false, norm, nil)
	}
	ax, n := axes[last], s[last]
	l := linesAlong(shape, ax, n/2+1, n)
	out := final
	if out == nil {
		out = fresh[F, F](l.outer, n, l.inner)
	}
	c2rAxis(l, data, out, n, F(norm.factor(n, false)), conj)
	shape[ax] = n
	return out
}

// contiguous returns a's elements converted to U in C order: a's own data
// (not to be written) when a already is a contiguous array of U, else a
// fresh copy. owned tells which.
func contiguous[U, T ndarray.Dtype](a *ndarray.Array[T]) (data []U, owned bool) {
	if u, ok := any(a).(*ndarray.Array[U]); ok && u.IsContiguous() {
		return u.Data(), false
	}
	return ndarray.Convert[U](a).Data(), true
}

// isSingle reports whether the complex type C is complex64.
func isSingle[C ndarray.Complex]() bool {
	_, ok := any(C(0)).(complex64)
	return ok
}

// resultShape returns the shape of a transform's result: the input's with
// each transformed axis of length s, except that the last axis of a real
// forward transform holds s/2+1 points.
func resultShape(shape []int, sp spec, halfLast bool) []int {
	out := append([]int{}, shape...)
	for i, ax := range sp.axes {
		out[ax] = sp.s[i]
	}
	if halfLast {
		out[sp.axes[len(sp.axes)-1]] = sp.s[len(sp.s)-1]/2 + 1
	}
	return out
}

// target returns the buffer a transform writes its result into: dst's
// memory when dst is a contiguous array of the result's shape (a ...To
// form), nil to let the transform allocate. It panics with an
// *ndarray.ShapeError if dst's shape is not the result's.
func target[U ndarray.Dtype](op string, dst *ndarray.Array[U], shape []int) []U {
	if dst == nil {
		return nil
	}
	ds := dst.Shape()
	same := len(ds) == len(shape)
	for i := 0; same && i < len(ds); i++ {
		same = ds[i] == shape[i]
	}
	if !same {
		panic(&ndarray.ShapeError{Op: op, Msg: "output array has shape " + tuple(ds) + ", the transform gives " + tuple(shape)})
	}
	if !dst.IsContiguous() {
		return nil
	}
	return dst.Data()
}

// result wraps a transform's output: dst itself when the output was
// written into it (or copied into it, for a strided dst), else a new array.
func result[U ndarray.Dtype](dst *ndarray.Array[U], out []U, shape []int) *ndarray.Array[U] {
	if dst == nil {
		return ndarray.FromSlice(out, shape...)
	}
	if !dst.IsContiguous() {
		ndarray.CopyTo(dst, ndarray.FromSlice(out, shape...))
	}
	return dst
}

// c2c is the complex transform of a along sp's axes, computed in C's
// precision (complex64 in float32 throughout, complex128 in float64), into
// dst if not nil. The input may be dst itself.
func c2c[C ndarray.Complex, T ndarray.Number](op string, dst *ndarray.Array[C], a *ndarray.Array[T], sp spec, fwd bool) *ndarray.Array[C] {
	shape := a.Shape()
	outShape := resultShape(shape, sp, false)
	final := target(op, dst, outShape)
	data, owned := contiguous[C](a)
	var out []C
	if isSingle[C]() {
		out = cast[C](c2cND(cast[cpx[float32]](data), owned, shape, sp.s, sp.axes, fwd, sp.norm, cast[cpx[float32]](final)))
	} else {
		out = cast[C](c2cND(cast[cpx[float64]](data), owned, shape, sp.s, sp.axes, fwd, sp.norm, cast[cpx[float64]](final)))
	}
	return result(dst, out, outShape)
}

// r2c is the forward real transform of a, in C's precision (float32 input
// for complex64, float64 for complex128), into dst if not nil.
func r2c[C ndarray.Complex, T ndarray.Real](op string, dst *ndarray.Array[C], a *ndarray.Array[T], sp spec, conj bool) *ndarray.Array[C] {
	needAxis(op, sp)
	shape := a.Shape()
	outShape := resultShape(shape, sp, true)
	final := target(op, dst, outShape)
	var out []C
	if isSingle[C]() {
		data, _ := contiguous[float32](a)
		out = cast[C](r2cND(data, shape, sp.s, sp.axes, sp.norm, conj, cast[cpx[float32]](final)))
	} else {
		data, _ := contiguous[float64](a)
		out = cast[C](r2cND(data, shape, sp.s, sp.axes, sp.norm, conj, cast[cpx[float64]](final)))
	}
	return result(dst, out, outShape)
}

// c2r is the inverse real transform of a, in F's precision, into dst if
// not nil.
func c2r[F ndarray.Float, T ndarray.Number](op string, dst *ndarray.Array[F], a *ndarray.Array[T], sp spec, conj bool) *ndarray.Array[F] {
	needAxis(op, sp)
	shape := a.Shape()
	outShape := resultShape(shape, sp, false)
	final := target(op, dst, outShape)
	var out []F
	if _, ok := any(F(0)).(float32); ok {
		data, owned := contiguous[complex64](a)
		out = cast[F](c2rND(cast[cpx[float32]](data), owned, shape, sp.s, sp.axes, sp.norm, conj, cast[float32](final)))
	} else {
		data, owned := contiguous[complex128](a)
		out = cast[F](c2rND(cast[cpx[float64]](data), owned, shape, sp.s, sp.axes, sp.norm, conj, cast[float64](final)))
	}
	return result(dst, out, outShape)
}

// needAxis panics if a real transform is given no axis, where NumPy fails
// indexing axes[-1].
func needAxis(op string, sp spec) {
	if len(sp.axes) == 0 {
		panic(&ndarray.ValueError{Op: op, Msg: "the real transforms need at least one axis"})
	}
}

// tuple formats a shape as NumPy prints it: (2, 3), (4,), ().
func tuple(s []int) string {
	b := []byte{'('}
	for i, d := range s {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = strconv.AppendInt(b, int64(d), 10)
	}
	if len(s) == 1 {
		b = append(b, ',')
	}
	return string(append(b, ')'))
}

// fresh returns the product of dims elements of E (F or cpx[F]) for a
// transform's output or an intermediate result, which the transform writes
// in full; it panics as ndarray.Empty does when that is too big. The memory
// comes from ndarray.Empty: not cleared, as NumPy's results come from
// malloc (clearing the 16 MiB of a 2^20-point result costs milliseconds),
// and advised to huge pages when large.
func fresh[E any, F float](dims ...int) []E {
	var e E
	var f F
	a := ndarray.Empty[F](append(dims, int(unsafe.Sizeof(e)/unsafe.Sizeof(f)))...)
	if a.Size() == 0 {
		return []E{}
	}
	return cast[E](a.Data())
}
