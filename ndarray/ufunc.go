package ndarray

import (
	"math"
	"runtime"
	"sync"
	"unsafe"

	"github.com/numgo/numgo/internal/cmath"
	"github.com/numgo/numgo/internal/libm"
	"github.com/numgo/numgo/internal/par"
	"github.com/numgo/numgo/internal/vmath"
)

//go:generate go run ./internal/kernelgen

// Element-wise ufuncs. Each ufunc is a table (kernels_gen.go, written by
// internal/kernelgen) holding one typed kernel per element type; the drivers
// below broadcast the operands, build a loop of the iteration engine and
// call the kernel once per innermost run. A type with no kernel panics,
// as NumPy raises "ufunc ... not supported for the input types".

// numTypes is the number of element types, the length of a kernel table.
const numTypes = int(Complex128) + 1

// binaryKernel computes n elements d[di+i*ds] = f(a[ai+i*as], b[bi+i*bs]).
type binaryKernel[T, R Dtype] func(d []R, di, ds int, a []T, ai, as int, b []T, bi, bs int, n int)

// unaryKernel computes n elements d[di+i*ds] = f(a[ai+i*as]).
type unaryKernel[T, R Dtype] func(d []R, di, ds int, a []T, ai, as int, n int)

// parallelMin is the number of elements above which an element-wise
// operation is split across goroutines. Below it, starting goroutines costs
// more than it saves.
var parallelMin = 1 << 16

// workers returns how many goroutines an operation on n elements uses.
func workers(n int) int { return workersFrom(n, parallelMin) }

// workersFrom is workers for an operation that splits from split elements.
func workersFrom(n, split int) int {
	if n < split {
		return 1 // without asking GOMAXPROCS, which takes a scheduler lock
	}
	return min(runtime.GOMAXPROCS(0), n/(split/2))
}

// unarySplit returns the number of elements from which unaryTo splits the
// ufunc of table on n elements across goroutines: parallelMin, or a
// quarter of it for vmath's functions other than the square root, whose
// elements cost 10 to 50 times an addition's. Measured on the 2-core test
// VM (2026-11-29, helpers that spin between loops), ExpTo of 16384 and
// 32768 float64 took 11-14 and 19-26 µs split against 19-20 and 34-37 on
// one goroutine, while AddTo did not gain (16384: 4.2-4.7 µs split, 3.8 on
// one; 32768: 7.1-12.6 split, 8.2 on one).
func unarySplit(table *[numTypes]any, n int) int {
	if n >= parallelMin/4 && n < parallelMin {
		if f, ok := unaryVec[table]; ok && f != vmath.Sqrt {
			return parallelMin / 4
		}
	}
	return parallelMin
}

// parallelFor runs body over [0, n), indices of unit elements each, on w
// goroutines, the caller's among them, which take chunks of at least
// parallelMin/8 elements in turn (par.Run). A panic in body (a kernel's
// typed panic) is re-raised in the caller, where it can be recovered,
// instead of killing the process.
func parallelFor(n, unit, w int, body par.Body) {
	par.Run(n, w, max(w, min(w*par.ChunksPerProc, n*unit/(parallelMin/8))), body)
}

// forRange calls f over [0, n): split across goroutines as parallelFor
// does when n is large enough (workers), else at once on the caller's. The
// creation functions fill their results with it: results of several MiB,
// whose memory is seldom in the cache, fill at the speed both cores can
// write memory (2026-11-29, the 2-core VM, bench medians: Full of 1e6
// float64 472-516 against 614 µs, Arange 503-662 against 1110, Linspace
// 598-665 against 2930, which also lost a branch per element).
func forRange(n int, f func(lo, hi int)) {
	if w := workers(n); w > 1 {
		parallelFor(n, 1, w, par.Func(f))
	} else if n > 0 {
		f(0, n)
	}
}

// kernelFor returns the kernel of table for the element type t. A type
// without one panics with a *ValueError: NumPy's TypeError text where it
// has its own (bool subtraction, reached through the Sub method of an
// *Array[bool]), else "not supported for the input type".
func kernelFor[K any](op string, table *[numTypes]any, t Type) K {
	k, ok := table[t].(K)
	if !ok {
		if op == "Sub" && t == Bool {
			panicValue(op, "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, "+
				"the `^` operator, or the logical_xor function instead.")
		}
		panicValue(op, "not supported for the input type %s", t)
	}
	return k
}

// outShape returns out, the shape of a ufunc's destination, after checking
// that its inputs, of the given shapes, broadcast to it: NumPy's out= may
// add axes to the inputs' broadcast shape and lengthen its length-1 ones.
// It panics with a *ShapeError in NumPy's words if the operands do not
// broadcast together or out is not their broadcast shape.
func outShape(op string, out []int, ins ...[]int) []int {
	for _, s := range ins {
		if !broadcastsTo(s, out) {
			var shapes [4][]int
			panicOutShape(op, out, broadcastInto(op, nil, append(append(shapes[:0], ins...), out)...))
		}
	}
	return out
}

// panicOutShape panics with NumPy's message for a destination of shape
// out where the operands broadcast to full.
func panicOutShape(op string, out, full []int) {
	panicShape(op, "non-broadcastable output operand with shape %s doesn't match the broadcast shape %s",
		shapeString(out), shapeString(full))
}

// outShape2 is outShape for a ufunc of two results: the shape of its loop
// over inputs of the given shapes, whose broadcast shape is shape, into
// destinations of shapes out1 and out2 (nil for a result to allocate; see
// shapeOf), which must both be the broadcast shape of all the operands.
func outShape2(op string, shape, out1, out2 []int, ins ...[]int) []int {
	switch {
	case out1 == nil && out2 == nil:
		return shape
	case out1 == nil:
		return outShape(op, out2, ins...)
	case out2 == nil:
		return outShape(op, out1, ins...)
	}
	var shapes [4][]int
	var buf [maxDims]int
	full := broadcastInto(op, buf[:0], append(append(shapes[:0], ins...), out1, out2)...)
	// NumPy names the one that differs nearer the end, else the first.
	first, second := out1, out2
	if matchingTail(out2, full) < matchingTail(out1, full) {
		first, second = out2, out1
	}
	for _, out := range [2][]int{first, second} {
		if !sameShape(out, full) {
			panicOutShape(op, out, full)
		}
	}
	return out1
}

// matchingTail returns the number of out's last axes, each counted as 1
// where out lacks it, that equal full's before one differs.
func matchingTail(out, full []int) int {
	for k := 1; k <= len(full); k++ {
		n := 1
		if k <= len(out) {
			n = out[len(out)-k]
		}
		if n != full[len(full)-k] {
			return k - 1
		}
	}
	return len(full)
}

// shapeOf returns a's shape, never nil, or nil for a nil a.
func shapeOf[T Dtype](a *Array[T]) []int {
	switch {
	case a == nil:
		return nil
	case a.shape == nil:
		return []int{}
	}
	return a.shape
}

// prepareDst returns dst, after checking that it has the given shape and
// can be written, or when dst is nil a new array of shape laid out for the
// inputs ins as NumPy's ufuncs lay out theirs (see keepOrder).
func prepareDst[R Dtype](op string, dst *Array[R], shape []int, ins ...dims) *Array[R] {
	if dst == nil {
		return emptyLike[R](op, shape, ufuncOrder, ins...)
	}
	if !sameShape(dst.shape, shape) {
		panicOutShape(op, dst.shape, shape)
	}
	if !dst.writable() {
		panicValue(op, "output array is read-only") // NumPy's words for out=
	}
	return dst
}

// unaliased returns a, or a copy of it when its elements overlap dst's in
// another layout, where writing dst while reading a would read elements
// already overwritten. (NumPy makes the same copy.) dst == a, as in a += b,
// needs no copy. Overlap is judged on the address ranges the two span, as
// NumPy's check does, so arrays over different sub-slices of one buffer
// are caught too.
func unaliased[T, R Dtype](dst *Array[R], a *Array[T]) *Array[T] {
	if len(dst.data) == 0 || len(a.data) == 0 || dst.Size() == 0 || a.Size() == 0 {
		return a
	}
	if sameElements(dst, a) {
		return a
	}
	dlo, dhi := span(dst)
	alo, ahi := span(a)
	if dlo < ahi && alo < dhi {
		return a.Copy()
	}
	return a
}

// sameElements reports whether dst and a are the same elements of one
// buffer in the same layout, so that a kernel writing dst reads each
// element of a just before it overwrites it.
func sameElements[T, R Dtype](dst *Array[R], a *Array[T]) bool {
	return unsafe.Pointer(unsafe.SliceData(dst.data)) == unsafe.Pointer(unsafe.SliceData(a.data)) &&
		a.offset == dst.offset && sameShape(a.shape, dst.shape) && sameShape(a.strides, dst.strides)
}

// span returns the byte addresses [lo, hi) that a's elements lie within.
func span[T Dtype](a *Array[T]) (lo, hi uintptr) {
	first, last := a.offset, a.offset
	for k, n := range a.shape {
		if s := a.strides[k] * (n - 1); s < 0 {
			first += s
		} else {
			last += s
		}
	}
	var z T
	size := unsafe.Sizeof(z)
	base := uintptr(unsafe.Pointer(unsafe.SliceData(a.data)))
	return base + uintptr(first)*size, base + uintptr(last+1)*size
}

// binaryTo computes the ufunc of table on a and b into dst (allocated when
// nil), broadcasting a and b to their common shape. It allocates nothing
// when dst is given, unless dst overlaps an input in another layout.
func binaryTo[T, R Dtype](op string, table *[numTypes]any, dst *Array[R], a, b *Array[T]) *Array[R] {
	k := kernelFor[binaryKernel[T, R]](op, table, TypeOf[T]())
	checkNil(op, a)
	checkNil(op, b)
	// The short path of small operands of one shape that are whole C-order
	// blocks: one kernel call, without broadcasting or loop setup.
	if n, ok := flatLen(a); ok && n < parallelMin && sameShape(a.shape, b.shape) {
		if nb, ok := flatLen(b); ok && nb == n {
			if d, ok := flatDst(op, dst, a.shape, n); ok && disjointOrSame(d, a, n) && disjointOrSame(d, b, n) {
				k(d.data, d.offset, 1, a.data, a.offset, 1, b.data, b.offset, 1, n)
				return d
			}
		}
	}
	// The per-axis buffers are declared where they are needed: zeroing
	// three of maxDims ints costs a small op a third of its time.
	shape := a.shape
	switch {
	case dst != nil && !(sameShape(a.shape, b.shape) && sameShape(a.shape, dst.shape)):
		shape = outShape(op, dst.shape, a.shape, b.shape)
	case !sameShape(a.shape, b.shape):
		var buf [maxDims]int
		shape = broadcastInto(op, buf[:0], a.shape, b.shape)
	}
	fresh := dst == nil
	dst = prepareDst(op, dst, shape, a.dims(), b.dims())
	a, b = unaliased(dst, a), unaliased(dst, b)
	if dst.IsContiguous() && blockRuns(k, dst, a, b) {
		return dst
	}
	var as, bs [maxDims]int
	var l loop
	l.init(dst.shape, dst.layout(),
		operand{a.offset, broadcastStridesInto(op, as[:len(shape)], a.shape, a.strides, shape)},
		operand{b.offset, broadcastStridesInto(op, bs[:len(shape)], b.shape, b.strides, shape)})
	n := l.size()
	// Float kernels run over stacks of runs, and a large result just
	// allocated is streamed (stream.go).
	st := stacksFor[T, R](table, &l, n, fresh)
	if w := workers(n); w > 1 || st.stream {
		j := par.GetJob[binaryJob[T, R]]()
		*j = binaryJob[T, R]{l, k, st, dst.data, a.data, b.data}
		parallelFor(n, 1, w, j)
		par.PutJob(j)
		return dst
	}
	it := l.iter(0, n)
	binaryRuns(k, st, dst.data, a.data, b.data, &it)
	return dst
}

// unaryTo computes the ufunc of table on a into dst (allocated when nil),
// broadcasting a to dst's shape.
func unaryTo[T, R Dtype](op string, table *[numTypes]any, dst *Array[R], a *Array[T]) *Array[R] {
	k := kernelFor[unaryKernel[T, R]](op, table, TypeOf[T]())
	checkNil(op, a)
	if n, ok := flatLen(a); ok && n < unarySplit(table, n) && (dst == nil || sameShape(dst.shape, a.shape)) {
		if d, ok := flatDst(op, dst, a.shape, n); ok && disjointOrSame(d, a, n) {
			k(d.data, d.offset, 1, a.data, a.offset, 1, n)
			return d
		}
	}
	shape := a.shape
	if dst != nil {
		shape = outShape(op, dst.shape, a.shape)
	}
	fresh := dst == nil
	dst = prepareDst(op, dst, shape, a.dims())
	a = unaliased(dst, a)
	split := unarySplit(table, dst.Size())
	if n := dst.Size(); n < split && dst.IsContiguous() {
		// A small operand that is a whole contiguous block, or a single
		// element, needs no loop: one kernel call covers it.
		if p, ok := patternOf(dst, a); ok {
			if step, ok := p.direct(n); ok {
				k(dst.data, dst.offset, 1, a.data, a.offset, step, n)
				return dst
			}
		}
	}
	var as [maxDims]int
	var l loop
	l.init(dst.shape, dst.layout(), operand{a.offset, broadcastStridesInto(op, as[:len(shape)], a.shape, a.strides, shape)})
	n := l.size()
	st := stacksFor[T, R](table, &l, n, fresh)
	if w := workersFrom(n, split); w > 1 || st.stream {
		j := par.GetJob[unaryJob[T, R]]()
		*j = unaryJob[T, R]{l, k, st, dst.data, a.data}
		parallelFor(n, 1, w, j)
		par.PutJob(j)
		return dst
	}
	it := l.iter(0, n)
	unaryRuns(k, st, dst.data, a.data, &it)
	return dst
}

// A binaryJob is binaryTo's loop split over goroutines.
type binaryJob[T, R Dtype] struct {
	l    loop
	k    binaryKernel[T, R]
	st   stacker
	d    []R
	a, b []T
}

// Run computes elements [lo, hi) of the loop.
func (j *binaryJob[T, R]) Run(lo, hi int) {
	it := j.l.iter(lo, hi)
	binaryRuns(j.k, j.st, j.d, j.a, j.b, &it)
}

// A unaryJob is unaryTo's loop split over goroutines.
type unaryJob[T, R Dtype] struct {
	l  loop
	k  unaryKernel[T, R]
	st stacker
	d  []R
	a  []T
}

// Run computes elements [lo, hi) of the loop.
func (j *unaryJob[T, R]) Run(lo, hi int) {
	it := j.l.iter(lo, hi)
	unaryRuns(j.k, j.st, j.d, j.a, &it)
}

// flatLen returns the number of elements of a and whether they are one
// C-order block of its data (isCContiguous and Size in one pass). It may
// report false for an empty array, which then takes the general path.
func flatLen[T Dtype](a *Array[T]) (n int, ok bool) {
	n = 1
	for k := len(a.shape) - 1; k >= 0; k-- {
		if d := a.shape[k]; d != 1 {
			if a.strides[k] != n {
				return 0, false
			}
			n *= d
		}
	}
	return n, true
}

// flatDst returns dst, or a new array of shape when dst is nil, if it is a
// writable C-order block of n elements of that shape; ok is false when the
// general path must judge it (and panic if it is wrong).
func flatDst[R Dtype](op string, dst *Array[R], shape []int, n int) (d *Array[R], ok bool) {
	if dst == nil {
		return emptyArray[R](op, shape), true
	}
	m, ok := flatLen(dst)
	return dst, ok && m == n && !dst.readOnly && sameShape(dst.shape, shape)
}

// disjointOrSame reports whether the C-order blocks of n elements of dst
// and a share no memory or are the same elements, so that the kernel may
// write dst while it reads a; unaliased copies a otherwise.
func disjointOrSame[T, R Dtype](dst *Array[R], a *Array[T], n int) bool {
	if n == 0 {
		return true
	}
	var zd R
	var za T
	pd := uintptr(unsafe.Pointer(&dst.data[dst.offset]))
	pa := uintptr(unsafe.Pointer(&a.data[a.offset]))
	sd, sa := unsafe.Sizeof(zd), unsafe.Sizeof(za)
	return pd == pa && sd == sa || pd+uintptr(n)*sd <= pa || pa+uintptr(n)*sa <= pd
}

// Scalar helpers inlined into the generated kernels.

// floorDivInt is Python's // on integers; division by zero gives 0, as in NumPy.
func floorDivInt[T Integer](x, y T) T {
	if y == 0 {
		return 0
	}
	q := x / y
	if (x%y != 0) && ((x < 0) != (y < 0)) {
		q--
	}
	return q
}

// remInt is Python's % on integers: the result takes the divisor's sign.
func remInt[T Integer](x, y T) T {
	if y == 0 {
		return 0
	}
	r := x % y
	if r != 0 && ((r < 0) != (y < 0)) {
		r += y
	}
	return r
}

// intFmod is C's % on integers, the remainder with the dividend's sign:
// Go's %, which gives 0 for the most negative integer by -1 as NumPy's
// fmod does. By zero it gives 0, as in NumPy.
func intFmod[T Integer](x, y T) T {
	if y == 0 {
		return 0
	}
	return x % y
}

// floatFmod is C's fmod (math.Mod: NaN for an infinite x or a zero y, x
// for an infinite y, a zero with x's sign). The remainder is exact, so
// computing it in float64 and rounding to float32 gives fmodf's result.
func floatFmod[T Float](x, y T) T {
	return T(math.Mod(float64(x), float64(y)))
}

// divmod is NumPy's npy_divmod: the floor quotient and remainder of x/y,
// computed from fmod so that x == q*y + r to within rounding, with the
// remainder taking the divisor's sign. Each step rounds to T, as NumPy's
// npy_divmodf does for float32 (fmod is exact in either precision).
func divmod[T Float](x, y T) (q, r T) {
	r = floatFmod(x, y)
	if y == 0 {
		return x / y, r
	}
	div := (x - r) / y
	if r != 0 {
		if (y < 0) != (r < 0) {
			r += y
			div--
		}
	} else {
		r = T(math.Copysign(0, float64(y)))
	}
	if div != 0 {
		q = T(math.Floor(float64(div)))
		if div-q > 0.5 {
			q++
		}
	} else {
		q = T(math.Copysign(0, float64(x/y)))
	}
	return q, r
}

func floorDivFloat[T Float](x, y T) T {
	q, _ := divmod(x, y)
	return q
}

func remFloat[T Float](x, y T) T {
	_, r := divmod(x, y)
	return r
}

// rad2degScale is NumPy's factor of rad2deg in T, 180 over π rounded to
// T, divided in T (C's 180.0f/NPY_PIf and 180.0/NPY_PI): for float32
// 57.295776, where float32(180/math.Pi) is 57.29578.
func rad2degScale[T Float]() T {
	var z T
	if unsafe.Sizeof(z) == 4 {
		return T(float32(180) / float32(math.Pi))
	}
	return T(180 / float64(math.Pi))
}

// powInt raises x to the power y by repeated squaring, wrapping around.
func powInt[T Integer](x, y T) T {
	if y < 0 {
		panicValue("Pow", "Integers to negative integer powers are not allowed.")
	}
	r := T(1)
	for ; y > 0; y >>= 1 {
		if y&1 != 0 {
			r *= x
		}
		x *= x
	}
	return r
}

// maximum and minimum are NumPy's maximum and minimum of two numbers: a
// NaN in either gives NaN, and of equal operands (0.0 and -0.0) the second
// wins, as in NumPy's loops (x86's maxsd), where Go's builtin max puts 0.0
// above -0.0. The tie is a branch that random data predicts well, beside
// the builtin's branch-free max (a branch on x > y would not be).
func maximum[T Real](x, y T) T {
	if x == y {
		return y
	}
	return max(x, y)
}

func minimum[T Real](x, y T) T {
	if x == y {
		return y
	}
	return min(x, y)
}

// fmax and fmin ignore a NaN unless both are NaN; of equal operands the
// second wins, as in maximum.
func fmax[T Float](x, y T) T {
	if y != y {
		return x
	}
	if x != x {
		return y
	}
	return maximum(x, y)
}

func fmin[T Float](x, y T) T {
	if y != y {
		return x
	}
	if x != x {
		return y
	}
	return minimum(x, y)
}

// shiftLeft and shiftRight give NumPy's results for counts out of range,
// where Go would panic (negative) or C is undefined (too large).
func shiftLeft[T Integer](x, y T) T {
	if y < 0 || uint64(y) >= uint64(unsafe.Sizeof(x))*8 {
		return 0
	}
	return x << y
}

func shiftRight[T Integer](x, y T) T {
	if y < 0 || uint64(y) >= uint64(unsafe.Sizeof(x))*8 {
		if x < 0 {
			return ^T(0)
		}
		return 0
	}
	return x >> y
}

func absInt[T Signed](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func sign[T Real](x T) T {
	switch {
	case x > 0:
		return 1
	case x < 0:
		var minusOne T
		return minusOne - 1 // T may be unsigned, where -1 is not a constant of T
	case x == 0:
		return 0
	}
	return x // NaN
}

// isNaNComplex reports whether either part of x is NaN, as NumPy's isnan
// does (cmplx.IsNaN is false when the other part is infinite).
func isNaNComplex[T Complex](x T) bool {
	c := complex128(x)
	return real(c) != real(c) || imag(c) != imag(c)
}

// foldMax and foldMin are Max and Min's fold: one predictable compare per
// element, a NaN, once met, stays, and an element equal to acc (0.0 and
// -0.0) replaces it, so that the last of the tied zeros wins, as in
// NumPy's maximum.reduce where it folds one element after the other.
func foldMax[T Float](acc, x T) T {
	if x >= acc || x != x {
		return x
	}
	return acc
}

func foldMin[T Float](acc, x T) T {
	if x <= acc || x != x {
		return x
	}
	return acc
}

// sinh and cosh stay finite up to |x| ≈ 710.47 as NumPy's do, where Go's
// math.Sinh and math.Cosh overflow from exp(x) at 709.78: exp(|x|/2)
// squared in two steps.
func sinh(x float64) float64 {
	if math.Abs(x) < 709 {
		return math.Sinh(x)
	}
	h := math.Exp(math.Abs(x) / 2)
	return math.Copysign(h/2*h, x)
}

func cosh(x float64) float64 {
	if math.Abs(x) < 709 {
		return math.Cosh(x)
	}
	h := math.Exp(math.Abs(x) / 2)
	return h / 2 * h
}

func isFinite[T Float](x T) bool {
	return !math.IsInf(float64(x), 0) && !math.IsNaN(float64(x))
}

// logaddexp is NumPy's npy_logaddexp, each step in T as its float32 loop
// (npy_logaddexpf with expf and log1pf) takes them: x == y, infinities of
// one sign included, gives x + log 2 without the NaN of inf - inf; a NaN
// fails both comparisons of the difference and is returned.
func logaddexp[T Float](x, y T) T {
	if x == y {
		return x + T(math.Ln2)
	}
	switch d := x - y; {
	case d > 0:
		return x + T(math.Log1p(float64(T(libm.Exp(float64(-d))))))
	case d <= 0:
		return y + T(math.Log1p(float64(T(libm.Exp(float64(d))))))
	default:
		return d
	}
}

// logaddexp2 is NumPy's npy_logaddexp2, in T as logaddexp: log2(1 + v) is
// its npy_log2_1p, log2(e) * log1p(v).
func logaddexp2[T Float](x, y T) T {
	if x == y {
		return x + 1
	}
	log2p1 := func(v T) T { return T(math.Log2E) * T(math.Log1p(float64(v))) }
	switch d := x - y; {
	case d > 0:
		return x + log2p1(T(math.Exp2(float64(-d))))
	case d <= 0:
		return y + log2p1(T(math.Exp2(float64(d))))
	default:
		return d
	}
}

// heaviside is NumPy's npy_heaviside: h0 at 0, NaN for NaN.
func heaviside[T Float](x, h0 T) T {
	switch {
	case x < 0:
		return 0
	case x > 0:
		return 1
	case x == 0:
		return h0
	default:
		return x
	}
}

// nextafter is C's nextafter in T's precision: y where x == y, so that
// nextafter(0, -0) is -0 (Go's math.Nextafter returns x).
func nextafter[T Float](x, y T) T {
	if x == y {
		return y
	}
	if unsafe.Sizeof(x) == 4 {
		return T(math.Nextafter32(float32(x), float32(y)))
	}
	return T(math.Nextafter(float64(x), float64(y)))
}

// spacing is NumPy's npy_spacing: the step to the next number away from
// zero (toward +Inf from -0 as from 0), exact by Sterbenz's lemma; for an
// infinity inf - inf gives its NaN, and MaxFloat's step is +Inf.
func spacing[T Float](x T) T {
	away := T(math.Inf(1))
	if x < 0 {
		away = -away
	}
	return nextafter(x, away) - x
}

// sinc is numpy.sinc's formula, y = pi * where(x == 0, 1e-20, x) and then
// sin(y) / y, each step in T, so that the results agree with NumPy's to
// the rounding of the sine.
func sinc[T Float](x T) T {
	if x == 0 {
		x = 1e-20
	}
	y := T(math.Pi) * x
	return T(libm.Sin(float64(y))) / y
}

// csinc is sinc of complex numbers: NumPy's complex product, sine and
// quotient.
func csinc[T Complex](z T) T {
	if z == 0 {
		z = 1e-20
	}
	y := T(math.Pi) * z
	return T(cmath.Div(complex128(T(cmath.Sin(complex128(y)))), complex128(y)))
}

// magnitude returns |x| as a uint64: the magnitude of the most negative
// integer too, which a negation in T would leave negative.
func magnitude[T Integer](x T) uint64 {
	if x < 0 {
		return -uint64(x)
	}
	return uint64(x)
}

// gcd is Euclid's algorithm, as NumPy's npy_gcdu.
func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// lcm is NumPy's npy_lcmu. Its product wraps around modulo 2**64, which
// the conversion to a narrower T reduces modulo T's range, as NumPy's
// product in T's unsigned type does.
func lcm(a, b uint64) uint64 {
	g := gcd(a, b)
	if g == 0 {
		return 0
	}
	return a / g * b
}

// recipInt is C's 1/x, truncating; 1/0 gives 0 as in NumPy.
func recipInt[T Integer](x T) T {
	if x == 0 {
		return 0
	}
	return 1 / x
}

// stridedChunk is the number of elements applyStrided gathers at a time: a
// few KiB, long enough to amortise the cgo call.
const stridedChunk = 256

// gatherBufs holds applyStrided's buffers, of stridedChunk elements of
// either float type. A buffer on the stack would move to the heap, as
// memory passed to C does: an allocation per call, on the paths the
// ...To forms promise to run without one.
var gatherBufs = sync.Pool{New: func() any { return new([stridedChunk]float64) }}

// applyStrided computes d[di+i*ds] = f(a[ai+i*as]) for n elements of
// non-contiguous runs with internal/vmath's SIMD kernels: it gathers chunks
// of a into a buffer, applies f in place and scatters the buffer into d.
// For the transcendental functions the gather costs little beside the
// function, which SIMD runs several times faster than Go's math. It
// reports false when there are no kernels (the pure-Go build, or a cgo
// build on a CPU without AVX) or the run is too short for them; the caller
// then writes every element itself.
func applyStrided[T Float](f vmath.Func, d []T, di, ds int, a []T, ai, as, n int) bool {
	if !vmath.Kernels() || n < vmath.MinLen {
		return false
	}
	p := gatherBufs.Get().(*[stridedChunk]float64)
	defer gatherBufs.Put(p)
	buf := unsafe.Slice((*T)(unsafe.Pointer(p)), stridedChunk)
	for n > 0 {
		m := min(n, stridedChunk)
		if r := n - m; r > 0 && r < vmath.MinLen {
			m -= vmath.MinLen // leave a last chunk long enough for f
		}
		b := buf[:m]
		for i := range b {
			b[i] = a[ai]
			ai += as
		}
		if !vmath.Apply(f, b, b) {
			return false
		}
		for _, x := range b {
			d[di] = x
			di += ds
		}
		n -= m
	}
	return true
}
