package fft

import (
	"slices"
	"strconv"

	"github.com/numgo/numgo/ndarray"
)

// The n-d transforms run axis by axis, as NumPy's _raw_fftnd (last axis of
// the list first), each axis through forLines on a C-ordered buffer. The
// input is read in place when it already is contiguous data of the working
// type and copied (converted) once otherwise, straight into the result when
// it has the input's shape; every later axis works in the buffer the
// previous one produced, in place when its length is unchanged. The result
// is allocated once, as an array (a ...To form's destination is written
// directly), and intermediate buffers come from the scratch pool, so a ...To
// form into a contiguous destination allocates nothing.

// The line transforms of the pure-Go engine, run by forLines: each
// transforms a batch of lines with a work buffer of its own from the
// scratch pool, the plan having been looked up once per call. The backend
// files define c2cAxis, r2cAxis and c2rAxis, the transforms along one axis,
// with these or with FFTW.

// goC2C transforms complex lines of length n (shorter input is
// zero-padded), times scale.
type goC2C[F float] struct {
	p     *plan[F]
	scale F
}

func (op goC2C[F]) lines(out, in []cpx[F], b batch) {
	work, h := getScratch[cpx[F]](op.p.workLen())
	n := op.p.n
	for j := range b.nb {
		o, i := out[j*b.outStep:][:n], in[j*b.inStep:][:b.use]
		if len(i) == n && &i[0] != &o[0] {
			op.p.execTo(o, i, work)
		} else { // in place, or padded
			copy(o, i)
			clear(o[len(i):])
			op.p.exec(o, work)
		}
		finish(o, op.scale, false)
	}
	putScratch(h)
}

// goR2C transforms real lines of length n to their n/2+1 spectrum values.
type goR2C[F float] struct {
	r     *rplan[F]
	scale F
	conj  bool
}

func (op goR2C[F]) lines(out []cpx[F], in []F, b batch) {
	work, h := getScratch[cpx[F]](op.r.workLen())
	for j := range b.nb {
		op.r.forward(out[j*b.outStep:][:b.lenOut], in[j*b.inStep:][:b.use], work, op.scale, op.conj)
	}
	putScratch(h)
}

// goC2R transforms half spectra to real lines of length n.
type goC2R[F float] struct {
	r     *rplan[F]
	scale F
	conj  bool
}

func (op goC2R[F]) lines(out []F, in []cpx[F], b batch) {
	work, h := getScratch[cpx[F]](op.r.workLen())
	for j := range b.nb {
		op.r.backward(out[j*b.outStep:][:b.lenOut], in[j*b.inStep:][:b.use], work, op.scale, op.conj)
	}
	putScratch(h)
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
// given shape, which it updates to the result's shape, and leaves the
// result in final. owned says whether data may be overwritten; data may be
// final itself when no length changes. Intermediate results, needed only
// when a length changes before the last step, live in scratch memory.
func c2cND[F float](data []cpx[F], owned bool, shape, s, axes []int, fwd bool, norm NormMode, final []cpx[F]) {
	if len(axes) == 0 { // the result is a copy of the input
		copy(final, data)
		return
	}
	// Steps from intoFinal down write into final: those after which no
	// axis changes length any more, so final can be worked on in place.
	intoFinal := 0
	for intoFinal < len(axes) && s[intoFinal] == shape[axes[intoFinal]] {
		intoFinal++
	}
	var held *[]float64 // the scratch that holds data, if it does
	for i := len(axes) - 1; i >= 0; i-- {
		ax, n := axes[i], s[i]
		l := linesAlong(shape, ax, n, n)
		dst, h := data, held
		switch {
		case i <= intoFinal:
			dst, h = final, nil
		case !owned || n != shape[ax]:
			dst, h = getScratch[cpx[F]](l.outer * n * l.inner)
		}
		c2cAxis(l, data, dst, n, fwd, F(norm.factor(n, fwd)))
		if held != nil && h != held {
			putScratch(held)
		}
		data, owned, shape[ax], held = dst, true, n, h
	}
}

// r2cND is the forward real transform into final: a real-to-half-spectrum
// transform along the last of axes, then complex transforms along the
// others, in place in final unless one of them changes a length. conj
// conjugates the result (IHFFT).
func r2cND[F float](data []F, shape, s, axes []int, norm NormMode, conj bool, final []cpx[F]) {
	last := len(axes) - 1
	ax, n := axes[last], s[last]
	l := linesAlong(shape, ax, n, n/2+1)
	out := final
	if resized(shape, s[:last], axes[:last]) {
		var h *[]float64
		out, h = getScratch[cpx[F]](l.outer * l.lenOut * l.inner)
		defer putScratch(h)
	}
	r2cAxis(l, data, out, n, F(norm.factor(n, true)), conj)
	shape[ax] = l.lenOut
	if last > 0 {
		c2cND(out, true, shape, s[:last], axes[:last], true, norm, final)
	}
}

// c2rND is the inverse real transform into final: complex inverse
// transforms along all but the last of axes (in place in data when it is
// owned and no length changes, else into scratch), then a
// half-spectrum-to-real transform of length s[-1] along the last. conj
// conjugates the input first (HFFT).
func c2rND[F float](data []cpx[F], owned bool, shape, s, axes []int, norm NormMode, conj bool, final []F) {
	last := len(axes) - 1
	if last > 0 {
		mid := data
		if !owned || resized(shape, s[:last], axes[:last]) {
			size := 1
			for i, d := range shape {
				if k := slices.Index(axes[:last], i); k >= 0 {
					d = s[k]
				}
				size *= d
			}
			var h *[]float64
			mid, h = getScratch[cpx[F]](size)
			defer putScratch(h)
		}
		c2cND(data, owned, shape, s[:last], axes[:last], false, norm, mid)
		data = mid
	}
	ax, n := axes[last], s[last]
	l := linesAlong(shape, ax, n/2+1, n)
	c2rAxis(l, data, final, n, F(norm.factor(n, false)), conj)
	shape[ax] = n
}

// resized reports whether a transform of lengths s along axes changes the
// length of one of them.
func resized(shape, s, axes []int) bool {
	for i, ax := range axes {
		if s[i] != shape[ax] {
			return true
		}
	}
	return false
}

// isSingle reports whether the complex type C is complex64.
func isSingle[C ndarray.Complex]() bool {
	_, ok := any(C(0)).(complex64)
	return ok
}

// resultShape returns the shape of a transform's result, appended to
// buf[:0]: the input's with each transformed axis of length s, except that
// the last axis of a real forward transform holds s/2+1 points.
func resultShape(shape []int, sp spec, halfLast bool, buf []int) []int {
	out := append(buf[:0], shape...)
	for i, ax := range sp.axes {
		out[ax] = sp.s[i]
	}
	if halfLast {
		out[sp.axes[len(sp.axes)-1]] = sp.s[len(sp.s)-1]/2 + 1
	}
	return out
}

// target returns the array a transform returns, res (dst, or a new array
// of the result's shape when dst is nil), and the contiguous array out the
// transform writes into: res itself, or a new array when dst is strided,
// which done copies into dst. It panics with an *ndarray.ShapeError if
// dst's shape is not the result's and with an *ndarray.ValueError if dst
// is read-only (a broadcast view).
func target[U ndarray.Dtype](op string, dst *ndarray.Array[U], shape []int) (res, out *ndarray.Array[U]) {
	if dst == nil {
		out = ndarray.Empty[U](shape...)
		return out, out
	}
	if ds := dst.Shape(); !slices.Equal(ds, shape) {
		panic(&ndarray.ShapeError{Op: op, Msg: "output array has shape " + tuple(ds) + ", the transform gives " + tuple(shape)})
	}
	if !dst.Writeable() {
		panic(&ndarray.ValueError{Op: op, Msg: "output array is read-only"})
	}
	if dst.IsContiguous() {
		return dst, dst
	}
	return dst, ndarray.Empty[U](shape...)
}

// done returns res after copying out into it if they differ (a strided
// ...To destination).
func done[U ndarray.Dtype](res, out *ndarray.Array[U]) *ndarray.Array[U] {
	if res != out {
		ndarray.CopyTo(res, out)
	}
	return res
}

// input returns a's elements converted to U in C order, and whether they
// may be overwritten: a's own data when a already is a contiguous array of
// U; else a copy, converted straight into out when out is a new array of
// a's shape (the transform then runs in place there).
func input[U, T ndarray.Dtype](a *ndarray.Array[T], out *ndarray.Array[U], outIsNew bool) (data []U, owned bool) {
	if u, ok := any(a).(*ndarray.Array[U]); ok && u.IsContiguous() {
		return u.Data(), false
	}
	if outIsNew && out != nil && slices.Equal(a.Shape(), out.Shape()) {
		return ndarray.ConvertTo(out, a).Data(), true
	}
	return ndarray.Convert[U](a).Data(), true
}

// c2c is the complex transform of a along c's axes, computed in C's
// precision (complex64 in float32 throughout, complex128 in float64), into
// dst if not nil. The input may be dst itself.
func c2c[C ndarray.Complex, T ndarray.Number](c call, dst *ndarray.Array[C], a *ndarray.Array[T], opts []Option, fwd bool) *ndarray.Array[C] {
	var sb, ob [specBuf]int
	shape := a.Shape()
	sp := resolve(c, shape, opts, sb[:0])
	res, out := target(c.op, dst, resultShape(shape, sp, false, ob[:0]))
	data, owned := input[C](a, out, out != dst)
	if isSingle[C]() {
		c2cND(cast[cpx[float32]](data), owned, shape, sp.s, sp.axes, fwd, sp.norm, cast[cpx[float32]](out.Data()))
	} else {
		c2cND(cast[cpx[float64]](data), owned, shape, sp.s, sp.axes, fwd, sp.norm, cast[cpx[float64]](out.Data()))
	}
	return done(res, out)
}

// r2c is the forward real transform of a, in C's precision (float32 input
// for complex64, float64 for complex128), into dst if not nil.
func r2c[C ndarray.Complex, T ndarray.Real](c call, dst *ndarray.Array[C], a *ndarray.Array[T], opts []Option, conj bool) *ndarray.Array[C] {
	var sb, ob [specBuf]int
	shape := a.Shape()
	sp := resolve(c, shape, opts, sb[:0])
	needAxis(c.op, sp)
	res, out := target(c.op, dst, resultShape(shape, sp, true, ob[:0]))
	if isSingle[C]() {
		data, _ := input[float32](a, nil, false)
		r2cND(data, shape, sp.s, sp.axes, sp.norm, conj, cast[cpx[float32]](out.Data()))
	} else {
		data, _ := input[float64](a, nil, false)
		r2cND(data, shape, sp.s, sp.axes, sp.norm, conj, cast[cpx[float64]](out.Data()))
	}
	return done(res, out)
}

// c2r is the inverse real transform of a, in F's precision, into dst if
// not nil.
func c2r[F ndarray.Float, T ndarray.Number](c call, dst *ndarray.Array[F], a *ndarray.Array[T], opts []Option, conj bool) *ndarray.Array[F] {
	var sb, ob [specBuf]int
	shape := a.Shape()
	sp := resolve(c, shape, opts, sb[:0])
	needAxis(c.op, sp)
	res, out := target(c.op, dst, resultShape(shape, sp, false, ob[:0]))
	if _, ok := any(F(0)).(float32); ok {
		data, owned := input[complex64](a, nil, false)
		c2rND(cast[cpx[float32]](data), owned, shape, sp.s, sp.axes, sp.norm, conj, cast[float32](out.Data()))
	} else {
		data, owned := input[complex128](a, nil, false)
		c2rND(cast[cpx[float64]](data), owned, shape, sp.s, sp.axes, sp.norm, conj, cast[float64](out.Data()))
	}
	return done(res, out)
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
