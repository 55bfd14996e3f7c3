package ndarray

import (
	"math"

	"github.com/numgo/numgo/internal/cmath"
	"github.com/numgo/numgo/internal/vmath"
)

// Functions that work on 1-d lanes along one axis: arg-reductions and
// cumulative sums and products.

// eachLane calls fn for every 1-d lane of shape along axis with each
// operand's offset of the lane's first element. The operands' strides have
// len(shape) entries; a result without the axis has stride 0 there.
func eachLane(shape []int, axis int, fn func(off [maxOperands]int), ops ...operand) {
	var outer [maxDims]int
	var strides [maxOperands][maxDims]int
	nd := 0
	for k, n := range shape {
		if k == axis {
			continue
		}
		outer[nd] = n
		for i, op := range ops {
			strides[i][nd] = op.strides[k]
		}
		nd++
	}
	var outerOps [maxOperands]operand
	for i, op := range ops {
		outerOps[i] = operand{op.offset, strides[i][:nd]}
	}
	var l loop
	l.init(outer[:nd], outerOps[:len(ops)]...)
	it := l.iter(0, l.size())
	for it.next() {
		off := it.off
		for range it.n {
			fn(off)
			for i := range ops {
				off[i] += it.st[i]
			}
		}
	}
}

// singleAxis returns the one axis of opts, or -1 for none (a flattened
// reduction), and whether to keep dimensions.
func singleAxis(op string, ndim int, opts []ReduceOption) (axis int, keep bool) {
	c := apply(opts)
	if !c.axisSet {
		return -1, c.keepDims
	}
	if len(c.axes) != 1 {
		panic(&AxisError{Op: op, Msg: "takes exactly one axis"})
	}
	return normAxis(op, c.axes[0], ndim), c.keepDims
}

// argReduce returns, for every lane along the axis of opts (or of a
// flattened), the index that pick chooses.
func argReduce[T Real](op string, a *Array[T], opts []ReduceOption, pick func(x []T, off, st, n int) int) *Array[int] {
	checkNil(op, a)
	axis, keep := singleAxis(op, a.Ndim(), opts)
	src, flattened := a, axis < 0
	if flattened {
		src, axis = a.Ravel(), 0
	}
	switch {
	case src.shape[axis] > 0:
	case (op == "NanArgMax" || op == "NanArgMin") && TypeOf[T]().IsFloat():
		panicValue(op, "All-NaN slice encountered") // NumPy's text: it sees no number
	default:
		// Also NaN-aware ones of integers, which NumPy hands to argmax.
		fn := "argmin"
		if op == "ArgMax" || op == "NanArgMax" {
			fn = "argmax"
		}
		panicValue(op, "attempt to get %s of an empty sequence", fn)
	}
	outShape := make([]int, 0, src.Ndim())
	for k, n := range src.shape {
		if k != axis {
			outShape = append(outShape, n)
		}
	}
	out := newArray[int](op, outShape)
	dstStrides := make([]int, src.Ndim())
	copy(dstStrides, out.strides[:axis])
	copy(dstStrides[axis+1:], out.strides[axis:])
	n, st := src.shape[axis], src.strides[axis]
	eachLane(src.shape, axis, func(off [maxOperands]int) {
		out.data[off[0]] = pick(src.data, off[1], st, n)
	}, operand{0, dstStrides}, src.layout())
	switch {
	case keep && flattened:
		return out.Reshape(onesShape(a.Ndim())...)
	case keep:
		return out.ExpandDims(axis)
	}
	return out
}

func onesShape(n int) []int {
	s := make([]int, n)
	for k := range s {
		s[k] = 1
	}
	return s
}

// ArgMax returns the index of the largest element along the axis given by
// Axis (of the flattened array by default), like numpy.argmax: the first
// one when several are equal, and the first NaN if there is one. It panics
// with a *ValueError for an empty lane and an *AxisError for more than one axis.
func ArgMax[T Real](a *Array[T], opts ...ReduceOption) *Array[int] {
	return argReduce("ArgMax", a, opts, func(x []T, off, st, n int) int {
		if i, ok := argFold(x, off, st, n, true); ok {
			return i
		}
		best, bi := x[off], 0
		if best != best {
			return 0
		}
		for i := 1; i < n; i++ {
			v := x[off+i*st]
			if v > best {
				best, bi = v, i
			} else if v != v {
				return i
			}
		}
		return bi
	})
}

// ArgMin returns the index of the smallest element along the axis given by
// Axis (of the flattened array by default), like numpy.argmin, with ArgMax's
// rules for ties, NaN and panics.
func ArgMin[T Real](a *Array[T], opts ...ReduceOption) *Array[int] {
	return argReduce("ArgMin", a, opts, func(x []T, off, st, n int) int {
		if i, ok := argFold(x, off, st, n, false); ok {
			return i
		}
		best, bi := x[off], 0
		if best != best {
			return 0
		}
		for i := 1; i < n; i++ {
			v := x[off+i*st]
			if v < best {
				best, bi = v, i
			} else if v != v {
				return i
			}
		}
		return bi
	})
}

// argFold is ArgMax's (isMax) or ArgMin's lane for a contiguous float lane
// of x: vmath.Arg's one SIMD pass, or the extreme value by foldRun (four
// accumulators), then the first element equal to it, or the first NaN,
// which is what a scan with strict comparisons picks. ok is false for
// other lanes. Lanes from parallelFoldMin elements are scanned in two
// halves; the upper half's index wins if it holds a NaN and the lower does
// not, or a strictly more extreme element.
func argFold[T Real](x []T, off, st, n int, isMax bool) (i int, ok bool) {
	if st != 1 || !isFloat[T]() {
		return 0, false
	}
	x = x[off : off+n]
	if n < parallelFoldMin || workers(n) == 1 {
		return argSerial(x, isMax), true
	}
	r := halves(n, func(lo, hi int) int { return lo + argSerial(x[lo:hi], isMax) })
	a, b := x[r[0]], x[r[1]]
	if a == a && (b != b || isMax && b > a || !isMax && b < a) {
		return r[1], true
	}
	return r[0], true
}

// argSerial is argFold's scan of a whole float lane x on one goroutine.
func argSerial[T Real](x []T, isMax bool) int {
	if i, ok := vmath.Arg(isMax, x); ok {
		return i
	}
	switch x := any(x).(type) {
	case []float64:
		return firstOf(x, foldSerial(x, isMax))
	case []float32:
		return firstOf(x, foldSerial(x, isMax))
	}
	panic("argSerial: not a float lane") // argFold checks isFloat first
}

// firstOf returns the index of the first element of x equal to v, or of
// the first NaN if v is NaN.
func firstOf[T Float](x []T, v T) int {
	if v != v {
		for i, e := range x {
			if e != e {
				return i
			}
		}
	}
	for i, e := range x {
		if e == v {
			return i
		}
	}
	return 0
}

// NanArgMax is ArgMax ignoring NaNs, like numpy.nanargmax, which counts
// them as -Inf: the index of a NaN before the first -Inf of a lane whose
// largest value is -Inf. It panics with a *ValueError for an all-NaN
// lane, as NumPy raises "All-NaN slice encountered".
func NanArgMax[T Real](a *Array[T], opts ...ReduceOption) *Array[int] {
	return argReduce("NanArgMax", a, opts, func(x []T, off, st, n int) int {
		return nanArg("NanArgMax", x, off, st, n, true)
	})
}

// NanArgMin is ArgMin ignoring NaNs, like numpy.nanargmin, which counts
// them as +Inf. It panics with a *ValueError for an all-NaN lane.
func NanArgMin[T Real](a *Array[T], opts ...ReduceOption) *Array[int] {
	return argReduce("NanArgMin", a, opts, func(x []T, off, st, n int) int {
		return nanArg("NanArgMin", x, off, st, n, false)
	})
}

// nanArg returns the index of the first largest (isMax) or smallest
// element of a lane, counting NaN as -Inf (+Inf for the smallest), as
// NumPy's nanargmax replaces NaN before its argmax: in [NaN, -Inf] the
// first largest is the NaN, at 0.
func nanArg[T Real](op string, x []T, off, st, n int, isMax bool) int {
	bi, allNaN := 0, true
	var best T
	nanBest := false // x[bi] is NaN: only a value beyond ∓Inf replaces it
	for i := range n {
		v := x[off+i*st]
		switch {
		case v != v:
			nanBest = nanBest || i == 0
			continue
		case i == 0:
			best = v
		case nanBest:
			if isMax && !math.IsInf(float64(v), -1) || !isMax && !math.IsInf(float64(v), 1) {
				best, bi, nanBest = v, i, false
			}
		case isMax && v > best || !isMax && v < best:
			best, bi = v, i
		}
		allNaN = false
	}
	if allNaN {
		panicValue(op, "All-NaN slice encountered")
	}
	return bi
}

// CumSum returns the cumulative sums along the axis given by Axis (of the
// flattened array by default), like numpy.cumsum. The result has a's shape
// (1-d when flattened).
func CumSum[T Number](a *Array[T], opts ...ReduceOption) *Array[T] {
	return scan("CumSum", nil, a, opts, scanAdd)
}

// CumProd returns the cumulative products along the axis given by Axis (of
// the flattened array by default), like numpy.cumprod.
func CumProd[T Number](a *Array[T], opts ...ReduceOption) *Array[T] {
	return scan("CumProd", nil, a, opts, scanMul)
}

// NanCumSum is CumSum with NaNs counted as zero, like numpy.nancumsum.
func NanCumSum[T Number](a *Array[T], opts ...ReduceOption) *Array[T] {
	return scan("NanCumSum", nil, a, opts, scanNanAdd)
}

// CumSumTo stores CumSum(a, opts...) in dst and returns it (NumPy's out=),
// with NanCumProdTo's rules for dst.
func CumSumTo[T Number](dst, a *Array[T], opts ...ReduceOption) *Array[T] {
	return scan("CumSum", dst, a, opts, scanAdd)
}

// CumProdTo stores CumProd(a, opts...) in dst and returns it (NumPy's
// out=), with NanCumProdTo's rules for dst.
func CumProdTo[T Number](dst, a *Array[T], opts ...ReduceOption) *Array[T] {
	return scan("CumProd", dst, a, opts, scanMul)
}

// NanCumSumTo stores NanCumSum(a, opts...) in dst and returns it (NumPy's
// out=), with NanCumProdTo's rules for dst.
func NanCumSumTo[T Number](dst, a *Array[T], opts ...ReduceOption) *Array[T] {
	return scan("NanCumSum", dst, a, opts, scanNanAdd)
}

// NanCumProd is CumProd with NaNs counted as one, like numpy.nancumprod: a
// leading NaN gives 1, an all-NaN lane ones. A complex number with a NaN
// part counts as 1 (NumPy's isnan), and complex numbers multiply as
// CumProd's. Integers have no NaN: for them it is CumProd.
func NanCumProd[T Number](a *Array[T], opts ...ReduceOption) *Array[T] {
	return scan("NanCumProd", nil, a, opts, scanNanMul)
}

// NanCumProdTo stores NanCumProd(a, opts...) in dst and returns it; dst
// may be a (NumPy's out=a). dst has a's shape, or is 1-d of a's size when
// no Axis is given. It allocates nothing along an axis or for a 1-d a; a
// flattened n-d a is a new view of it, or a copy where a.Ravel copies. It
// panics with a *ShapeError if dst does not have the result's shape.
func NanCumProdTo[T Number](dst, a *Array[T], opts ...ReduceOption) *Array[T] {
	return scan("NanCumProd", dst, a, opts, scanNanMul)
}

// scanOp names the running combination of a scan.
type scanOp int

const (
	scanAdd    scanOp = iota // acc + x from -0
	scanMul                  // acc * x from the first element
	scanNanAdd               // acc + x from -0, NaN counted as +0
	scanNanMul               // acc * x from the first element, NaN counted as 1
)

// scan runs the running combination op along each lane into dst, a new
// C-order array when nil.
func scan[T Number](op string, dst, a *Array[T], opts []ReduceOption, sop scanOp) *Array[T] {
	checkNil(op, a)
	axis, _ := singleAxis(op, a.Ndim(), opts)
	src := a
	if axis < 0 {
		if a.Ndim() != 1 {
			src = a.Ravel()
		}
		axis = 0
	}
	if dst == nil {
		dst = newArray[T](op, src.shape)
	} else {
		dst = prepareDst(op, dst, src.shape)
		src = unaliased(dst, src)
	}
	if dst.Size() == 0 {
		return dst
	}
	n, ss, ds := src.shape[axis], src.strides[axis], dst.strides[axis]
	mul := complexProduct[T]()
	eachLane(src.shape, axis, func(off [maxOperands]int) {
		scanRun(dst.data, off[0], ds, src.data, off[1], ss, n, sop, mul)
	}, dst.layout(), src.layout())
	return dst
}

// scanRun writes the running combination op of n elements of a (from ai,
// step as) to d (from di, step ds). Products of complex numbers go
// through mul (complexProduct), nil for real T.
func scanRun[T Number](d []T, di, ds int, a []T, ai, as, n int, op scanOp, mul func(x, y T) T) {
	product := op == scanMul || op == scanNanMul
	skipNaN := op == scanNanAdd || op == scanNanMul
	// Sums start from -0, the identity of floating-point addition, so that
	// the first sum is the first element, -0 included, as NumPy's
	// accumulate copies it; the NaN-skipping ones count a NaN as +0, as
	// NumPy replaces it before it sums.
	var acc, fill T
	acc = -acc
	if product {
		// Products start from the first element itself, as NumPy's
		// accumulate copies it: 1·x of a complex x would turn a -0 real
		// part into +0, and the 0 beside an infinity into NaN.
		fill = 1
		acc = a[ai]
		if skipNaN && acc != acc {
			acc = fill
		}
		d[di] = acc
		di, ai, n = di+ds, ai+as, n-1
	}
	if ds == 1 && as == 1 && mul == nil {
		// A contiguous lane of real numbers: over slices, so that the
		// compiler drops the bounds checks, and a loop per operation with
		// nothing else in it (the branches of the general loop below
		// doubled the time of an integer CumSum).
		d, a := d[di:di+n], a[ai:ai+n]
		a = a[:len(d)]
		switch {
		case product && skipNaN:
			for i, x := range a {
				if x != x {
					x = fill
				}
				acc *= x
				d[i] = acc
			}
		case product:
			for i, x := range a {
				acc *= x
				d[i] = acc
			}
		case skipNaN:
			for i, x := range a {
				if x != x {
					x = fill
				}
				acc += x
				d[i] = acc
			}
		default:
			for i, x := range a {
				acc += x
				d[i] = acc
			}
		}
		return
	}
	for ; n > 0; n-- {
		x := a[ai]
		if skipNaN && x != x {
			x = fill
		}
		switch {
		case !product:
			acc += x
		case mul != nil:
			acc = mul(acc, x)
		default:
			acc *= x
		}
		d[di] = acc
		di, ai = di+ds, ai+as
	}
}

// complexProduct returns NumPy's complex product for complex T (cmath.Mul,
// or cmath.Mulf in single precision, where Go's * rounds complex64
// products in float64 and differs at infinities), and nil for real T,
// whose * is NumPy's.
func complexProduct[T Number]() func(x, y T) T {
	if f, ok := any(cmath.Mul).(func(x, y T) T); ok {
		return f
	}
	if f, ok := any(cmath.Mulf).(func(x, y T) T); ok {
		return f
	}
	return nil
}

// NanToNum returns a copy of a with NaN replaced by nan and infinities by
// posInf and negInf, like numpy.nan_to_num with those keywords (NumPy's
// defaults are 0 and the largest finite values, math.MaxFloat64 for float64).
func NanToNum[T Float](a *Array[T], nan, posInf, negInf T) *Array[T] {
	out := a.Copy()
	replaceNonFinite(out.data, nan, posInf, negInf)
	return out
}

// NanToNumComplex is NanToNum for a complex array, like numpy.nan_to_num
// on complex input: each part, real and imaginary, is replaced on its own.
// R is the float type of T's parts: NanToNumComplex[float64](z, 0, 1e300,
// -1e300) for a complex128 z. It panics with a *ValueError if R is not.
func NanToNumComplex[R Float, T Complex](a *Array[T], nan, posInf, negInf R) *Array[T] {
	out := a.Copy()
	// The copy's parts, both, are the view's backing floats.
	replaceNonFinite(complexPart[R]("NanToNumComplex", out, 0).data, nan, posInf, negInf)
	return out
}

// replaceNonFinite replaces NaN in x by nan, +Inf by posInf and -Inf by
// negInf.
func replaceNonFinite[T Float](x []T, nan, posInf, negInf T) {
	for i, v := range x {
		switch {
		case v != v:
			x[i] = nan
		case math.IsInf(float64(v), 1):
			x[i] = posInf
		case math.IsInf(float64(v), -1):
			x[i] = negInf
		}
	}
}
