package ndarray

import (
	"math"
	"unsafe"

	"github.com/numgo/numgo/internal/par"
)

// Element-wise functions that are not plain ufuncs: Where with three
// operands, Clip and Round with scalar parameters, the complex parts, the
// ufuncs whose operands have two types (Ldexp) or that have two results
// (Frexp, Modf, Divmod), and Fix, another name of Trunc's kernels.

// Where returns an array holding a's elements where cond is true and b's
// elsewhere, like numpy.where(cond, a, b); the three are broadcast
// together. It panics with a *ShapeError if their shapes do not broadcast.
func Where[T Dtype](cond *Array[bool], a, b *Array[T]) *Array[T] {
	return WhereTo(nil, cond, a, b)
}

// WhereTo stores Where(cond, a, b) in dst (allocated when nil) and returns
// it, without allocating when dst is given.
func WhereTo[T Dtype](dst *Array[T], cond *Array[bool], a, b *Array[T]) *Array[T] {
	const op = "Where"
	var shapeBuf, cs, as, bs [maxDims]int
	shape := broadcastInto(op, shapeBuf[:0], cond.shape, a.shape, b.shape)
	if dst == nil {
		// numpy.where lays out its result by its iterator's order alone.
		dst = emptyLike[T](op, shape, iterOrder, cond.dims(), a.dims(), b.dims())
	} else {
		dst = prepareDst(op, dst, shape)
	}
	cond, a, b = unaliased(dst, cond), unaliased(dst, a), unaliased(dst, b)
	var l loop
	l.init(dst.shape, dst.layout(),
		operand{cond.offset, broadcastStridesInto(op, cs[:len(shape)], cond.shape, cond.strides, shape)},
		operand{a.offset, broadcastStridesInto(op, as[:len(shape)], a.shape, a.strides, shape)},
		operand{b.offset, broadcastStridesInto(op, bs[:len(shape)], b.shape, b.strides, shape)})
	it := l.iter(0, l.size())
	for it.next() {
		d, c, x, y := it.off[0], it.off[1], it.off[2], it.off[3]
		for range it.n {
			if cond.data[c] {
				dst.data[d] = a.data[x]
			} else {
				dst.data[d] = b.data[y]
			}
			d, c, x, y = d+it.st[0], c+it.st[1], x+it.st[2], y+it.st[3]
		}
	}
	return dst
}

// Clip returns a with every element limited to [lo, hi], like
// numpy.clip(a, lo, hi): Minimum(Maximum(x, lo), hi) (so hi wins when
// lo > hi, and of equal zeros the bound), with NaN propagated.
func Clip[T Real](a *Array[T], lo, hi T) *Array[T] { return ClipTo(nil, a, lo, hi) }

// ClipTo stores Clip(a, lo, hi) in dst (allocated when nil) and returns it;
// dst may be a. It panics with a *ShapeError if a does not broadcast to
// dst's shape.
func ClipTo[T Real](dst, a *Array[T], lo, hi T) *Array[T] {
	return mapTo("Clip", dst, a, func(d []T, di, ds int, x []T, xi, xs, n int) {
		for ; n > 0; n-- {
			d[di] = minimum(maximum(x[xi], lo), hi)
			di, xi = di+ds, xi+xs
		}
	})
}

// Ldexp returns x * 2**e element-wise, like numpy.ldexp; x and e are
// broadcast together. It scales exactly, rounding once where the result
// is subnormal in T, and overflows to ±Inf and underflows to ±0 as C's
// ldexp; exponents beyond int32's range act as int32's extremes, as in
// NumPy's loop for long exponents. Ldexp panics with a *ShapeError if the
// shapes do not broadcast, and with a *ValueError carrying NumPy's
// TypeError text for uint64 exponents, which NumPy cannot cast safely to
// its int64 loop.
func Ldexp[T Float, E Integer](x *Array[T], e *Array[E]) *Array[T] { return LdexpTo(nil, x, e) }

// LdexpTo stores Ldexp(x, e) in dst (allocated when nil) and returns it,
// without allocating when dst is given; dst may be x. It panics with a
// *ShapeError if x and e do not broadcast to dst's shape.
func LdexpTo[T Float, E Integer](dst, x *Array[T], e *Array[E]) *Array[T] {
	const op = "Ldexp"
	checkNil(op, x)
	checkNil(op, e)
	if TypeOf[E]() == Uint64 {
		panicValue(op, "ufunc 'ldexp' not supported for the input types, and the inputs could not be safely "+
			"coerced to any supported types according to the casting rule ''safe''")
	}
	var shapeBuf, xs, es [maxDims]int
	var shape []int
	if dst != nil {
		shape = outShape(op, dst.shape, x.shape, e.shape)
	} else {
		shape = broadcastInto(op, shapeBuf[:0], x.shape, e.shape)
	}
	dst = prepareDst(op, dst, shape, x.dims(), e.dims())
	x, e = unaliased(dst, x), unaliased(dst, e)
	var l loop
	l.init(dst.shape, dst.layout(),
		operand{x.offset, broadcastStridesInto(op, xs[:len(shape)], x.shape, x.strides, shape)},
		operand{e.offset, broadcastStridesInto(op, es[:len(shape)], e.shape, e.strides, shape)})
	it := l.iter(0, l.size())
	for it.next() {
		d, xi, ei := it.off[0], it.off[1], it.off[2]
		for range it.n {
			dst.data[d] = ldexp(x.data[xi], e.data[ei])
			d, xi, ei = d+it.st[0], xi+it.st[1], ei+it.st[2]
		}
	}
	return dst
}

// ldexp clamps e to int32's range, as NumPy's loop does, which changes no
// result (any float overflows or underflows long before) and keeps Go's
// math.Ldexp from wrapping its exponent sum. A float32 x scaled in float64
// is exact, so that the conversion to T is C's ldexpf's one rounding.
func ldexp[T Float, E Integer](x T, e E) T {
	k := max(math.MinInt32, min(int64(e), math.MaxInt32))
	return T(math.Ldexp(float64(x), int(k)))
}

// Frexp splits each element of a into a mantissa and a power of two,
// a = mantissa * 2**exponent with 0.5 <= |mantissa| < 1, like numpy.frexp;
// ±0, ±Inf and NaN are their own mantissa with exponent 0. The exponents
// are int32, NumPy's C int, which Ldexp takes back.
func Frexp[T Float](a *Array[T]) (mantissa *Array[T], exponent *Array[int32]) {
	return FrexpTo(nil, nil, a)
}

// FrexpTo stores Frexp(a) in mantissa and exponent (each allocated when
// nil) and returns them, without allocating when both are given; a is
// broadcast to their shape. It panics with a *ShapeError if a does not
// broadcast to their shape or their shapes differ.
func FrexpTo[T Float](mantissa *Array[T], exponent *Array[int32], a *Array[T]) (*Array[T], *Array[int32]) {
	return unary2To("Frexp", mantissa, exponent, a, func(m []T, mi, ms int, e []int32, ei, es int, x []T, xi, xs, n int) {
		for ; n > 0; n-- {
			f, k := math.Frexp(float64(x[xi]))
			m[mi], e[ei] = T(f), int32(k)
			mi, ei, xi = mi+ms, ei+es, xi+xs
		}
	})
}

// Modf splits each element of a into its fractional and integral parts,
// both with a's sign, like numpy.modf and in its order (Go's math.Modf
// returns them the other way round); an infinity's fractional part is ±0,
// as C's modf (math.Modf gives NaN).
func Modf[T Float](a *Array[T]) (frac, integral *Array[T]) { return ModfTo(nil, nil, a) }

// ModfTo stores Modf(a) in frac and integral (each allocated when nil) and
// returns them, without allocating when both are given; either may be a,
// and a is broadcast to their shape. It panics with a *ShapeError if a
// does not broadcast to their shape or their shapes differ.
func ModfTo[T Float](frac, integral, a *Array[T]) (*Array[T], *Array[T]) {
	return unary2To("Modf", frac, integral, a, func(f []T, fi, fs int, g []T, gi, gs int, x []T, xi, xs, n int) {
		for ; n > 0; n-- {
			i, r := math.Modf(float64(x[xi]))
			if math.IsInf(i, 0) {
				r = math.Copysign(0, i)
			}
			g[gi] = T(i)
			f[fi] = T(r) // last, as NumPy stores it: frac wins when both are one array
			fi, gi, xi = fi+fs, gi+gs, xi+xs
		}
	})
}

// unary2To computes a ufunc of two results on a into d1 and d2 (allocated
// when nil), broadcasting a to their shape: the shape of the one given, or
// a's. k computes one run of both, as a generated kernel computes one of
// its result.
func unary2To[T, R1, R2 Dtype](op string, d1 *Array[R1], d2 *Array[R2], a *Array[T],
	k func(d1 []R1, i1, s1 int, d2 []R2, i2, s2 int, a []T, ai, as, n int)) (*Array[R1], *Array[R2]) {
	checkNil(op, a)
	shape := outShape2(op, a.shape, shapeOf(d1), shapeOf(d2), a.shape)
	d1, d2 = prepareDst(op, d1, shape, a.dims()), prepareDst(op, d2, shape, a.dims())
	a = unaliased(d2, unaliased(d1, a))
	var as [maxDims]int
	var l loop
	l.init(shape, d1.layout(), d2.layout(), operand{a.offset, broadcastStridesInto(op, as[:len(shape)], a.shape, a.strides, shape)})
	it := l.iter(0, l.size())
	for it.next() {
		k(d1.data, it.off[0], it.st[0], d2.data, it.off[1], it.st[1], a.data, it.off[2], it.st[2], it.n)
	}
	return d1, d2
}

// Divmod returns the floor quotient and the remainder of a / b
// element-wise, FloorDivide(a, b) and Remainder(a, b) computed in one pass
// with their kernels, like numpy.divmod; a and b are broadcast together.
// The remainder takes the divisor's sign; integer division by zero gives
// 0 for both, as in NumPy. Divmod panics with a *ShapeError if the shapes
// do not broadcast.
func Divmod[T Real](a, b *Array[T]) (quotient, remainder *Array[T]) {
	return DivmodTo(nil, nil, a, b)
}

// DivmodTo stores Divmod(a, b) in quotient and remainder (each allocated
// when nil) and returns them, without allocating when both are given;
// either may be a or b, as NumPy's out=(a, b), and a and b are broadcast
// to their shape. It panics with a *ShapeError if a and b do not
// broadcast to a given destination's shape or the two differ.
func DivmodTo[T Real](quotient, remainder, a, b *Array[T]) (*Array[T], *Array[T]) {
	return binary2To("Divmod", &floorDivideKernels, &remainderKernels, quotient, remainder, a, b)
}

// binary2To computes two binary ufuncs of a and b, the kernels of t1 and
// t2, into d1 and d2 (each allocated when nil) in one pass over the
// broadcast operands, split across goroutines as binaryTo splits: NumPy's
// ufuncs of two results. Where d1 is an input itself (out=(a, ...)), each
// run of its results goes through a buffer, so that the kernel of t2
// still reads the input.
func binary2To[T Real](op string, t1, t2 *[numTypes]any, d1, d2, a, b *Array[T]) (*Array[T], *Array[T]) {
	k1 := kernelFor[binaryKernel[T, T]](op, t1, TypeOf[T]())
	k2 := kernelFor[binaryKernel[T, T]](op, t2, TypeOf[T]())
	checkNil(op, a)
	checkNil(op, b)
	var shapeBuf, as, bs [maxDims]int
	var shape []int
	if d1 == nil && d2 == nil {
		shape = broadcastInto(op, shapeBuf[:0], a.shape, b.shape)
	} else {
		shape = outShape2(op, nil, shapeOf(d1), shapeOf(d2), a.shape, b.shape)
	}
	d1 = prepareDst(op, d1, shape, a.dims(), b.dims())
	d2 = prepareDst(op, d2, shape, a.dims(), b.dims())
	a, b = unaliased(d2, unaliased(d1, a)), unaliased(d2, unaliased(d1, b))
	j := binary2Job[T]{k1: k1, k2: k2, d1: d1.data, d2: d2.data, a: a.data, b: b.data,
		buffered: sameElements(d1, a) || sameElements(d1, b)}
	j.l.init(shape, d1.layout(), d2.layout(),
		operand{a.offset, broadcastStridesInto(op, as[:len(shape)], a.shape, a.strides, shape)},
		operand{b.offset, broadcastStridesInto(op, bs[:len(shape)], b.shape, b.strides, shape)})
	n := j.l.size()
	if w := workers(n); w > 1 {
		pj := par.GetJob[binary2Job[T]]()
		*pj = j
		parallelFor(n, 1, w, pj)
		par.PutJob(pj)
		return d1, d2
	}
	j.Run(0, n)
	return d1, d2
}

// A binary2Job is binary2To's loop, run on the caller's goroutine or split
// over several.
type binary2Job[T Real] struct {
	l        loop
	k1, k2   binaryKernel[T, T]
	d1, d2   []T
	a, b     []T
	buffered bool // d1 is a or b: its runs go through a buffer
}

// Run computes elements [lo, hi) of the loop.
func (j *binary2Job[T]) Run(lo, hi int) {
	var buf []T
	if j.buffered {
		p := gatherBufs.Get().(*[stridedChunk]float64)
		defer gatherBufs.Put(p)
		buf = unsafe.Slice((*T)(unsafe.Pointer(p)), stridedChunk) // T has at most 8 bytes
	}
	it := j.l.iter(lo, hi)
	for it.next() {
		off, st := it.off, it.st
		for n := it.n; n > 0; {
			m := n
			if buf != nil {
				m = min(n, stridedChunk)
				j.k1(buf, 0, 1, j.a, off[2], st[2], j.b, off[3], st[3], m)
			} else {
				j.k1(j.d1, off[0], st[0], j.a, off[2], st[2], j.b, off[3], st[3], m)
			}
			j.k2(j.d2, off[1], st[1], j.a, off[2], st[2], j.b, off[3], st[3], m)
			if buf != nil {
				copyRun(j.d1, off[0], st[0], buf, 0, 1, m)
			}
			for i := range 4 {
				off[i] += m * st[i]
			}
			n -= m
		}
	}
}

// Fix returns each element of a rounded toward zero, like numpy.fix: Trunc
// under NumPy's other name (np.fix is ceil below 0 and floor elsewhere,
// which is trunc for every float, -0 and NaN included). It takes float
// arrays, as NumPy's result is a float array.
func Fix[T Float](a *Array[T]) *Array[T] { return unaryTo[T, T]("Fix", &truncKernels, nil, a) }

// FixTo stores Fix(a) in dst and returns dst, without allocating; dst may
// be a, and a is broadcast to dst's shape. It panics with a *ShapeError if
// a does not broadcast to dst's shape.
func FixTo[T Float](dst, a *Array[T]) *Array[T] { return unaryTo("Fix", &truncKernels, dst, a) }

// powerOfTen returns 10**n as NumPy's round computes it (power_of_ten in
// multiarray/calculation.c): exact up to 1e22, and beyond 1e9 a product
// of tens, each rounded, which from 1e23 on is not always the float64
// nearest 10**n (math.Pow's): Round(1.5, 39) is 1.5 with NumPy's factor,
// 1.4999999999999998 with the nearest one.
func powerOfTen(n int) float64 {
	if n < 9 {
		return [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8}[n]
	}
	p := 1e9
	for ; n > 9; n-- {
		p *= 10
	}
	return p
}

// Round returns a rounded to the given number of decimals, half to even,
// like numpy.round (around): rint(x * 10**decimals) / 10**decimals, and
// for negative decimals rint(x / 10**-decimals) * 10**-decimals.
func Round[T Float](a *Array[T], decimals int) *Array[T] { return RoundTo(nil, a, decimals) }

// RoundTo stores Round(a, decimals) in dst (allocated when nil) and returns
// it; dst may be a.
func RoundTo[T Float](dst, a *Array[T], decimals int) *Array[T] {
	f := powerOfTen(abs(decimals))
	scale := T(f)
	// NumPy scales by the Python float 10**|decimals|: in T where it fits
	// T, else (float32 from 39 decimals) in float64, each step's result
	// rounded to T, so that -40 decimals give 0 where T's scale is +Inf.
	wide := math.IsInf(float64(scale), 1) && !math.IsInf(f, 1)
	if dst == nil && decimals != 0 {
		// numpy.round's result is np.rint's, laid out as ufuncs lay out
		// theirs, for decimals 0, and otherwise a new array in C order, or
		// in Fortran order for a Fortran-contiguous a (PyArray_Round).
		dst = emptyLike[T]("Round", a.shape, fortranOrder, a.dims())
	}
	return mapTo("Round", dst, a, func(d []T, di, ds int, x []T, xi, xs, n int) {
		for ; n > 0; n-- {
			switch {
			case wide && decimals >= 0:
				d[di] = T(float64(T(math.RoundToEven(float64(T(float64(x[xi])*f))))) / f)
			case wide:
				d[di] = T(float64(T(math.RoundToEven(float64(T(float64(x[xi])/f))))) * f)
			case decimals >= 0:
				d[di] = T(math.RoundToEven(float64(x[xi]*scale))) / scale
			default:
				d[di] = T(math.RoundToEven(float64(x[xi]/scale))) * scale
			}
			di, xi = di+ds, xi+xs
		}
	})
}

// mapTo runs a kernel with parameters (a closure called once per run, not
// per element) over a into dst.
func mapTo[T, R Dtype](op string, dst *Array[R], a *Array[T], k unaryKernel[T, R]) *Array[R] {
	shape := a.shape
	if dst != nil {
		shape = outShape(op, dst.shape, a.shape)
	}
	dst = prepareDst(op, dst, shape, a.dims())
	a = unaliased(dst, a)
	var as [maxDims]int
	var l loop
	l.init(dst.shape, dst.layout(), operand{a.offset, broadcastStridesInto(op, as[:len(shape)], a.shape, a.strides, shape)})
	it := l.iter(0, l.size())
	for it.next() {
		k(dst.data, it.off[0], it.st[0], a.data, it.off[1], it.st[1], it.n)
	}
	return dst
}

// RealPart returns the real parts of a complex array as a view, like
// NumPy's a.real (numgo's name Real is the constraint of real types):
// RealPart[float64](z) for a complex128 z. The result shares memory with a,
// so writing to it changes a. RealPart panics with a *ValueError if R
// is not the float type of T's parts.
func RealPart[R Float, T Complex](a *Array[T]) *Array[R] { return complexPart[R]("RealPart", a, 0) }

// ImagPart returns the imaginary parts of a complex array as a view, like
// NumPy's a.imag: ImagPart[float64](z) for a complex128 z. The result
// shares memory with a. ImagPart panics with a *ValueError if R is not the float type
// of T's parts.
func ImagPart[R Float, T Complex](a *Array[T]) *Array[R] { return complexPart[R]("ImagPart", a, 1) }

// complexPart views a complex array as its float parts: a complex element
// is two floats in memory (real, then imaginary), as in C and NumPy, so the
// part view has doubled offset and strides over the same bytes.
func complexPart[R Float, T Complex](op string, a *Array[T], part int) *Array[R] {
	var r R
	var c T
	if 2*unsafe.Sizeof(r) != unsafe.Sizeof(c) {
		panicValue(op, "%s parts are not %s; use %s", TypeOf[T](), TypeOf[R](), map[bool]string{true: "float64", false: "float32"}[TypeOf[T]() == Complex128])
	}
	var data []R
	if len(a.data) > 0 {
		data = unsafe.Slice((*R)(unsafe.Pointer(unsafe.SliceData(a.data))), 2*len(a.data))
	}
	var strides [maxDims]int
	for k, s := range a.strides {
		strides[k] = 2 * s
	}
	v := newView(data, 2*a.offset+part, a.shape, strides[:len(a.strides)])
	v.readOnly = a.readOnly
	return v
}

// Angle returns the argument (phase angle in radians) of each element of a
// complex array, like numpy.angle: Angle[float64](z) for a complex128 z.
func Angle[R Float, T Complex](a *Array[T]) *Array[R] {
	return angle[R]("Angle", a)
}

// AngleDeg returns the argument of each element of a complex array in
// degrees, like numpy.angle(z, deg=True): Angle's radians times 180/π,
// rounded to R as NumPy rounds the factor for complex64 input.
func AngleDeg[R Float, T Complex](a *Array[T]) *Array[R] {
	r := angle[R]("AngleDeg", a)
	return MulTo(r, r, Scalar(R(180/math.Pi)))
}

func angle[R Float, T Complex](op string, a *Array[T]) *Array[R] {
	re, im := complexPart[R](op, a, 0), complexPart[R](op, a, 1)
	return Arctan2(im, re)
}

// AbsComplex returns the modulus of each element of a complex array, like
// numpy.abs on complex input: AbsComplex[float64](z) for a complex128 z.
func AbsComplex[R Float, T Complex](a *Array[T]) *Array[R] {
	return Hypot(complexPart[R]("AbsComplex", a, 0), complexPart[R]("AbsComplex", a, 1))
}
