package ndarray

import (
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"

	"github.com/numgo/numgo/internal/cmath"
	"github.com/numgo/numgo/internal/vmath"
)

// Mean returns the arithmetic mean of a over the axes given by Axis (all by
// default), like numpy.mean: the pairwise sum divided by the count. The
// mean of nothing is NaN (NumPy also warns). For integer arrays convert
// first: Mean(Convert[float64](a)).
func Mean[T Float | Complex](a *Array[T], opts ...ReduceOption) *Array[T] {
	return MeanTo(nil, a, opts...)
}

// MeanTo stores Mean(a, opts...) in dst (allocated when nil) and returns
// it, without allocating when dst is given.
func MeanTo[T Float | Complex](dst, a *Array[T], opts ...ReduceOption) *Array[T] {
	dst = reduceWith("Mean", &sumReduceKernels, vmath.RowAdd, 0, dst, a, opts)
	if n := dst.Size(); n > 0 {
		// The count of elements per result element: 0 for an empty
		// reduction, whose mean is then NaN.
		divideBy(dst, fromFloat[T](float64(a.Size()/n)))
	}
	return dst
}

// NanMean is Mean ignoring NaNs, like numpy.nanmean; an all-NaN slice gives NaN.
func NanMean[T Float | Complex](a *Array[T], opts ...ReduceOption) *Array[T] {
	s := NanSum(a, opts...)
	n := reduceWith[T, T]("NanMean", &countNonNaNReduceKernels, noRows, 0, nil, a, opts)
	return DivTo(s, s, n)
}

// Var returns the variance of a over the axes given by Axis (all by
// default), like numpy.var: the mean of the squared deviations from the
// mean, divided by N - ddof (Ddof option, default 0).
func Var[T Float](a *Array[T], opts ...ReduceOption) *Array[T] {
	return variance("Var", a, opts, false)
}

// Std returns the standard deviation of a, the square root of Var, like numpy.std.
func Std[T Float](a *Array[T], opts ...ReduceOption) *Array[T] {
	v := Var(a, opts...)
	return SqrtTo(v, v)
}

// NanVar is Var ignoring NaNs, like numpy.nanvar: where the count of
// non-NaN elements minus ddof is 0 or less, the result is NaN (NumPy also
// warns), where Var gives inf or NaN.
func NanVar[T Float](a *Array[T], opts ...ReduceOption) *Array[T] {
	return variance("NanVar", a, opts, true)
}

// NanStd is Std ignoring NaNs, like numpy.nanstd.
func NanStd[T Float](a *Array[T], opts ...ReduceOption) *Array[T] {
	v := NanVar(a, opts...)
	return SqrtTo(v, v)
}

// VarComplex returns the variance of a complex array over the axes given
// by Axis (all by default), like numpy.var on complex input: the mean of
// the squared moduli |a - mean|², divided by N - ddof (Ddof option), a
// real array: VarComplex[float64](z) for a complex128 z. It panics with a
// *ValueError if R is not the float type of T's parts.
func VarComplex[R Float, T Complex](a *Array[T], opts ...ReduceOption) *Array[R] {
	return complexVariance[R]("VarComplex", a, opts, false)
}

// StdComplex returns the standard deviation of a complex array, the square
// root of VarComplex, like numpy.std on complex input.
func StdComplex[R Float, T Complex](a *Array[T], opts ...ReduceOption) *Array[R] {
	v := complexVariance[R]("StdComplex", a, opts, false)
	return SqrtTo(v, v)
}

// NanVarComplex is VarComplex ignoring NaNs (elements with a NaN part),
// like numpy.nanvar on complex input: where the count of the others minus
// ddof is 0 or less, the result is NaN.
func NanVarComplex[R Float, T Complex](a *Array[T], opts ...ReduceOption) *Array[R] {
	return complexVariance[R]("NanVarComplex", a, opts, true)
}

// NanStdComplex is StdComplex ignoring NaNs, like numpy.nanstd on complex
// input.
func NanStdComplex[R Float, T Complex](a *Array[T], opts ...ReduceOption) *Array[R] {
	v := complexVariance[R]("NanStdComplex", a, opts, true)
	return SqrtTo(v, v)
}

// complexVariance computes the variance of complex input as NumPy's _var
// and _nanvar do: the deviations from the mean (kept dims) in a temporary
// of a's size, whose parts are squared and added in place into its real
// parts (0 where a is NaN, with skipNaN), which are then summed pairwise
// and divided by the degrees of freedom.
func complexVariance[R Float, T Complex](op string, a *Array[T], opts []ReduceOption, skipNaN bool) *Array[R] {
	var p reducePlan
	planReduce(&p, op, a.shape, opts)
	keep := append(opts[:len(opts):len(opts)], KeepDims())
	var mean *Array[T]
	var nan *Array[bool]
	if skipNaN {
		nan = IsNaN(a)
		mean = NanMean(a, keep...)
	} else {
		mean = Mean(a, keep...)
	}
	dev := Sub(a, mean)
	re, im := complexPart[R](op, dev, 0), complexPart[R](op, dev, 1)
	MulTo(re, re, re)
	MulTo(im, im, im)
	sq := AddTo(re, re, im)
	if !skipNaN {
		return divideBy(Sum(sq, opts...), R(max(p.count-p.ddof, 0)))
	}
	sq.SetMask(nan, Scalar[R](0))
	v := Sum(sq, opts...)
	// NaN where the count of non-NaN elements less ddof is 0 or less, as
	// NumPy's nanvar.
	dof := CountNonzero(LogicalNot(nan), opts...).Data()
	vd := v.Data()
	for i, c := range dof {
		if c -= p.ddof; c > 0 {
			vd[i] /= R(c)
		} else {
			vd[i] = R(math.NaN())
		}
	}
	return v
}

// variance computes sum((a - mean)^2) / (N - ddof) as NumPy's _var does,
// without its full-size temporary a - mean: one pass over a adds the
// squared deviations from the mean of each result element, in the order
// and with the pairwise blocking in which Sum would add the temporary.
func variance[T Float](op string, a *Array[T], opts []ReduceOption, skipNaN bool) *Array[T] {
	var p reducePlan
	planReduce(&p, op, a.shape, opts)
	var mean, count *Array[T]
	if skipNaN {
		// One count of the non-NaN elements serves the mean and the divisor.
		count = reduceWith[T, T](op, &countNonNaNReduceKernels, noRows, 0, nil, a, opts)
		mean = NanSum(a, opts...)
		DivTo(mean, mean, count)
	} else {
		mean = Mean(a, opts...)
	}
	v := Zeros[T](p.shape()...)
	var vb, mb [maxDims]int
	var l loop
	l.init(a.shape, p.dstOperand(v.layout(), &vb), p.dstOperand(mean.layout(), &mb), a.layout())
	it := l.iter(0, l.size())
	for it.next() {
		sqDevRun(v.data, it.off[0], it.st[0], mean.data, it.off[1], it.st[1], a.data, it.off[2], it.st[2], it.n, skipNaN)
	}
	if skipNaN {
		// NumPy's nanvar gives NaN where count - ddof <= 0 (plain var
		// divides by max(N - ddof, 0), giving inf or NaN).
		nan, ddof := T(math.NaN()), T(p.ddof)
		dof := count.Data()
		for i, c := range dof {
			if c -= ddof; c > 0 {
				dof[i] = c
			} else {
				dof[i] = nan
			}
		}
		return DivTo(v, v, count)
	}
	return divideBy(v, T(max(p.count-p.ddof, 0)))
}

// sqDevRun adds (a[ai+i*as] - m[mi+i*ms])² to d[di+i*ds] for i < n, where
// ds == ms == 0 adds a whole run into d[di] by pairwise summation; with
// skipNaN, NaN elements of a add nothing.
func sqDevRun[T Float](d []T, di, ds int, m []T, mi, ms int, a []T, ai, as, n int, skipNaN bool) {
	if ds == 0 {
		d[di] += pairwiseSum(a, ai, as, n, sumSpec[T]{skipNaN: skipNaN, sq: true, mean: m[mi]})
		return
	}
	for ; n > 0; n-- {
		if x := a[ai]; !skipNaN || x == x {
			dev := x - m[mi]
			d[di] += T(dev * dev)
		}
		di, mi, ai = di+ds, mi+ms, ai+as
	}
}

// divideBy divides every element of a by c in place and returns a, as
// NumPy's true_divide by a count: complex elements by NumPy's complex
// division (cmath's, which multiplies by the reciprocal of c where Go's /
// divides, and rounds otherwise in the last bit).
func divideBy[T Float | Complex](a *Array[T], c T) *Array[T] {
	q, complexDiv := complexQuotients[TypeOf[T]()].(func(T, T) T)
	return mapTo("divide", a, a, func(d []T, di, ds int, x []T, xi, xs, n int) {
		for ; n > 0; n-- {
			if complexDiv {
				d[di] = q(x[xi], c)
			} else {
				d[di] = x[xi] / c
			}
			di, xi = di+ds, xi+xs
		}
	})
}

// complexQuotients holds NumPy's complex division by element type.
var complexQuotients = [numTypes]any{Complex64: cmath.Divf, Complex128: cmath.Div}

// Average returns the weighted average of a over the axes given by Axis
// (all by default), like numpy.average: sum(a*w)/sum(w), where weights has
// a's shape or, with a single axis, is 1-d along that axis. Nil weights give
// the plain mean. Average panics with a *ShapeError if weights do not fit,
// and with a *ValueError if the weights of a reduced slice sum to zero (as
// NumPy raises ZeroDivisionError "Weights sum to zero, can't be
// normalized").
func Average[T Float](a, weights *Array[T], opts ...ReduceOption) *Array[T] {
	if weights == nil {
		return Mean(a, opts...)
	}
	var p reducePlan
	planReduce(&p, "Average", a.shape, opts)
	w := weights
	if !sameShape(w.shape, a.shape) {
		// NumPy's checks, in its order and words.
		axes := apply(opts).axes
		if len(axes) != 1 {
			panicShape("Average", "Axis must be specified when shapes of a and weights differ.")
		}
		if w.Ndim() != 1 {
			panicShape("Average", "1D weights expected when shapes of a and weights differ.")
		}
		ax := normAxis("Average", axes[0], a.Ndim())
		if w.shape[0] != a.shape[ax] {
			panicShape("Average", "Length of weights not compatible with specified axis.")
		}
		shape := make([]int, a.Ndim())
		for k := range shape {
			shape[k] = 1
		}
		shape[ax] = w.shape[0]
		w = w.Reshape(shape...)
	}
	// The denominator sums the weights before they broadcast against a, as
	// NumPy's does: 1-d weights that sum to zero fail even for an empty a.
	den := Sum(w, opts...)
	if slices.Contains(den.data, 0) {
		panicValue("Average", "Weights sum to zero, can't be normalized")
	}
	// The products a*w go to reused scratch memory (see scratchPools).
	scratch := getScratch[T](a.Size())
	defer putScratch(scratch)
	num := Sum(MulTo(scratchArray(scratch, a.shape, a.dims(), w.dims()), a, w), opts...)
	return DivTo(num, num, den)
}

// Median returns the median of a over the axes given by Axis (all by
// default), like numpy.median: the middle element, or the mean of the two
// middle ones, computed in T as NumPy does (so float32 halves a float32
// sum). A NaN in a slice makes its median NaN; the median of an empty
// slice is NaN (NumPy also warns). MedianFloat64 takes integer arrays.
// Median panics with a *ValueError as Quantile does where several axes are
// reduced and the kept axes hold no element.
func Median[T Float](a *Array[T], opts ...ReduceOption) *Array[T] {
	return quantile[T, T]("Median", a, []float64{0.5}, false, opts, true, false)
}

// NanMedian is Median ignoring NaNs, like numpy.nanmedian: the median of
// the other elements of each slice, NaN where there are none (NumPy also
// warns "All-NaN slice encountered") and for an empty slice.
func NanMedian[T Float](a *Array[T], opts ...ReduceOption) *Array[T] {
	return quantile[T, T]("NanMedian", a, []float64{0.5}, false, opts, true, true)
}

// Quantile returns the q-th quantile (0 <= q <= 1) of a over the axes given
// by Axis (all by default), like numpy.quantile with its default 'linear'
// method: between the sorted elements x[i] <= x[i+1] around position
// q*(n-1), the float64 x[i] + (x[i+1]-x[i])*t, where the difference is
// taken in T as NumPy's is. The result is float64 for every T, as NumPy
// 1.24's is (for float32 too); where NumPy's integer difference wraps
// around (int8 [-128, 127]) numgo's does not. Quantile panics with a
// *ValueError if q is outside [0, 1] and with an *IndexError if a reduced
// axis is empty, with NumPy's text ("cannot do a non-empty take from an
// empty axes", or where the other axes are empty too "index -1 is out of
// bounds for axis 0 with size 0", or for integers and q > 0 "index 0
// ..."). As in NumPy, Quantiles of integers with an empty qs returns an
// empty result (of shape (0, ...)) even then. Where several axes are
// reduced and the kept axes hold no element, it panics with NumPy's
// *ValueError from merging the reduced axes, "cannot reshape array of size
// 0 into shape (0,newaxis)", whatever the reduced axes' lengths.
func Quantile[T Real](a *Array[T], q float64, opts ...ReduceOption) *Array[float64] {
	return quantile[T, float64]("Quantile", a, checkQuantiles("Quantile", []float64{q}), false, opts, false, false)
}

// Quantiles returns the quantiles of a at each of qs, like numpy.quantile
// with a sequence q: its first axis runs over qs, and entry i along it is
// Quantile(a, qs[i], opts...). a is copied and partitioned once for all of
// them. It panics as Quantile does.
func Quantiles[T Real](a *Array[T], qs []float64, opts ...ReduceOption) *Array[float64] {
	return quantile[T, float64]("Quantiles", a, checkQuantiles("Quantiles", qs), true, opts, false, false)
}

// NanQuantile is Quantile ignoring NaNs, like numpy.nanquantile: the
// quantile of the other elements of each slice, NaN where there are none
// and for an empty slice (where Quantile panics). It panics with a
// *ValueError if q is outside [0, 1].
func NanQuantile[T Real](a *Array[T], q float64, opts ...ReduceOption) *Array[float64] {
	return quantile[T, float64]("NanQuantile", a, checkQuantiles("NanQuantile", []float64{q}), false, opts, false, true)
}

// NanQuantiles is Quantiles ignoring NaNs, like numpy.nanquantile with a
// sequence q.
func NanQuantiles[T Real](a *Array[T], qs []float64, opts ...ReduceOption) *Array[float64] {
	return quantile[T, float64]("NanQuantiles", a, checkQuantiles("NanQuantiles", qs), true, opts, false, true)
}

// Percentile returns the p-th percentile (0 <= p <= 100) of a, like
// numpy.percentile: Quantile with q = p/100. It panics as Quantile does,
// with a *ValueError if p is outside [0, 100].
func Percentile[T Real](a *Array[T], p float64, opts ...ReduceOption) *Array[float64] {
	return quantile[T, float64]("Percentile", a, percentQuantiles("Percentile", []float64{p}), false, opts, false, false)
}

// Percentiles is Quantiles for percentiles, like numpy.percentile with a
// sequence q: entry i along the result's first axis is Percentile(a,
// ps[i], opts...).
func Percentiles[T Real](a *Array[T], ps []float64, opts ...ReduceOption) *Array[float64] {
	return quantile[T, float64]("Percentiles", a, percentQuantiles("Percentiles", ps), true, opts, false, false)
}

// NanPercentile is Percentile ignoring NaNs, like numpy.nanpercentile:
// NanQuantile with q = p/100. It panics with a *ValueError if p is outside
// [0, 100].
func NanPercentile[T Real](a *Array[T], p float64, opts ...ReduceOption) *Array[float64] {
	return quantile[T, float64]("NanPercentile", a, percentQuantiles("NanPercentile", []float64{p}), false, opts, false, true)
}

// NanPercentiles is Percentiles ignoring NaNs, like numpy.nanpercentile
// with a sequence q.
func NanPercentiles[T Real](a *Array[T], ps []float64, opts ...ReduceOption) *Array[float64] {
	return quantile[T, float64]("NanPercentiles", a, percentQuantiles("NanPercentiles", ps), true, opts, false, true)
}

// checkQuantiles returns qs, after panicking with NumPy's ValueError if one
// is outside [0, 1].
func checkQuantiles(op string, qs []float64) []float64 {
	for _, q := range qs {
		if !(q >= 0 && q <= 1) {
			panicValue(op, "Quantiles must be in the range [0, 1]")
		}
	}
	return qs
}

// percentQuantiles returns the quantiles p/100 of the percentiles ps, after
// panicking with NumPy's ValueError if one is outside [0, 100].
func percentQuantiles(op string, ps []float64) []float64 {
	qs := make([]float64, len(ps))
	for i, p := range ps {
		if !(p >= 0 && p <= 100) {
			panicValue(op, "Percentiles must be in the range [0, 100]")
		}
		qs[i] = p / 100
	}
	return qs
}

// quantile moves the reduced axes to the end, copies each slice into a
// scratch buffer and takes its quantile at each of qs (quantileOf), giving
// an R: T for Median of floats, float64 otherwise. With lead, the result
// has a first axis that runs over qs; without it, qs holds one quantile.
// With median, two middle elements give their mean; with skipNaN, a
// slice's NaNs are left out first, as NumPy's nan functions remove them.
func quantile[T Real, R Float](op string, a *Array[T], qs []float64, lead bool, opts []ReduceOption, median, skipNaN bool) *Array[R] {
	checkNil(op, a)
	var p reducePlan
	planReduce(&p, op, a.shape, opts)
	var kept, reduced []int
	for k := range a.Ndim() {
		if p.reduced[k] {
			reduced = append(reduced, k)
		} else {
			kept = append(kept, k)
		}
	}
	shape := p.shape()
	rows := checkedSize(op, shape)
	if !skipNaN && len(reduced) > 1 && len(kept) > 0 && rows == 0 {
		emptyMerge(op, a.shape, kept)
	}
	if lead {
		shape = append([]int{len(qs)}, shape...)
	}
	dst := emptyArray[R](op, shape)
	n := p.count
	if n == 0 {
		if !median && !skipNaN {
			emptyQuantile[T](op, qs, rows)
		}
		dst.Fill(R(math.NaN()))
		return dst
	}
	// Rows of the moved copy are the slices to take quantiles of.
	src := a.Transpose(append(kept, reduced...)...)
	scratch := getScratch[T](a.Size())
	defer putScratch(scratch)
	copyArray(scratchArray(scratch, src.shape), src)
	out := dst.data
	for r := range rows {
		row := (*scratch)[r*n : (r+1)*n]
		if skipNaN {
			row = slices.DeleteFunc(row, isNaN)
		}
		nan := len(row) == 0 || !skipNaN && slices.ContainsFunc(row, isNaN)
		for j, q := range qs {
			if nan {
				out[j*rows+r] = R(math.NaN())
			} else {
				out[j*rows+r] = quantileOf[T, R](row, q, median)
			}
		}
	}
	return dst
}

// emptyQuantile panics as NumPy 1.24's _quantile fails on an empty axis,
// leaving the slices rows long (the kept axes' size): for floats, its
// np.take of the last element, to look for NaNs, raises whatever qs are;
// for integers, which have no NaN, the np.take of the elements below each
// quantile's position raises unless qs is empty, and the result is then
// empty. A take from an empty axis fails with emptyTake if its result
// would have elements, else on the first index: -1 for the last element,
// and for quantile q NumPy's virtual index (n-1)·q = -q made -1 if not
// below 0 (q = 0), else 0.
func emptyQuantile[T Real](op string, qs []float64, rows int) {
	idx := -1
	if !isFloat[T]() {
		if len(qs) == 0 {
			return
		}
		if qs[0] > 0 {
			idx = 0
		}
	}
	if rows > 0 {
		panicIndex(op, emptyTake)
	}
	panicIndex(op, "index %d is out of bounds for axis 0 with size 0", idx)
}

// emptyMerge panics as NumPy 1.24's _ureduce fails where it merges
// several reduced axes, a.reshape(kept + (-1,)), and the kept axes hold
// no element: the -1 cannot be inferred from a size of 0.
func emptyMerge(op string, shape, kept []int) {
	var b strings.Builder
	for _, k := range kept {
		fmt.Fprintf(&b, "%d,", shape[k])
	}
	panicValue(op, "cannot reshape array of size 0 into shape (%snewaxis)", b.String())
}

// quantileOf returns the q-th quantile of the non-empty, NaN-free row,
// which it reorders: it selects the two elements around position q*(n-1)
// (as NumPy partitions rather than sorts) and interpolates as NumPy's
// _lerp does; with median, as NumPy's median, the mean of the two.
func quantileOf[T Real, R Float](row []T, q float64, median bool) R {
	m := len(row)
	idx := q * float64(m-1)
	lo := int(math.Floor(idx))
	t := idx - float64(lo)
	selectNth(row, lo)
	vlo, vhi := row[lo], row[lo]
	if lo+1 < m {
		// Everything after row[lo] is at least row[lo]; the next element
		// of the sorted row is the smallest of them.
		vhi = slices.Min(row[lo+1:])
	}
	x, y := float64(vlo), float64(vhi)
	// NumPy subtracts in T: float32 rounds the difference. A signed integer
	// difference that wraps (it is never negative, as vhi >= vlo) is taken
	// in float64 instead.
	d := float64(vhi - vlo)
	if d < 0 {
		d = y - x
	}
	switch {
	case median && t == 0:
		// NumPy's median of an odd count is the mean of the middle value,
		// a sum that starts from 0 (so -0 gives 0), where the formula
		// below gives NaN next to an inf.
		return 0 + R(vlo)
	case median:
		// Otherwise the mean of the two middle values in R, which stays
		// finite for [-1e308, 1e308] and is inf for [1, inf].
		return (0 + R(vlo) + R(vhi)) / 2
	case lo == m-1:
		// NumPy takes an index at the last element as above the bounds:
		// both neighbours are that element and the weight counts from
		// index -1. Only the sign of a zero result shows it.
		return R(y - d*(1-(idx+1)))
	case t >= 0.5:
		return R(y - d*(1-t))
	default:
		return R(x + d*t)
	}
}

// isNaN reports whether x is a NaN.
func isNaN[T Real](x T) bool { return x != x }

// scratchPools hold the quantiles' scratch copies, a pool per element
// type (as *[]T). Fresh memory costs a page fault per 4 KiB page on first
// touch (see alloc.go), more than selecting in it; reused memory does not,
// as NumPy's malloc reuses its heap for the copy it partitions.
var scratchPools [numTypes]sync.Pool

// getScratch returns a pooled slice of n elements with unspecified contents.
func getScratch[T Dtype](n int) *[]T {
	if p, ok := scratchPools[TypeOf[T]()].Get().(*[]T); ok && cap(*p) >= n {
		*p = (*p)[:n]
		return p
	}
	s := uninitData[T](n)
	return &s
}

// putScratch returns a slice from getScratch to its pool.
func putScratch[T Dtype](p *[]T) { scratchPools[TypeOf[T]()].Put(p) }

// scratchArray returns an array of the given shape (0-d for an empty one)
// over the scratch slice p: C-ordered, or with ins laid out as a ufunc's
// result of those inputs (order='K'), so that a reduction of the scratch
// adds in the order NumPy's reduction of that result does.
func scratchArray[T Dtype](p *[]T, shape []int, ins ...dims) *Array[T] {
	strides := make([]int, len(shape))
	if keepOrder(strides, shape, ufuncOrder, ins...) == nil {
		fillCStrides(strides, shape)
	}
	return &Array[T]{data: *p, shape: slices.Clone(shape), strides: strides}
}

// selectNth reorders the NaN-free x so that x[k] holds the element a sort
// would put there, with no larger element before it and no smaller one
// after it: Hoare's quickselect with a median-of-three pivot, O(n) on
// average. After 2·log2(n) rounds it sorts what is left, so the worst case
// stays O(n log n) (introselect, as NumPy's partition).
func selectNth[T Real](x []T, k int) {
	lo, hi := 0, len(x)-1
	for rounds := 2 * bits.Len(uint(len(x))); hi-lo >= 16; rounds-- {
		if rounds == 0 {
			break
		}
		m := lo + (hi-lo)/2
		if x[m] < x[lo] {
			x[m], x[lo] = x[lo], x[m]
		}
		if x[hi] < x[lo] {
			x[hi], x[lo] = x[lo], x[hi]
		}
		if x[hi] < x[m] {
			x[hi], x[m] = x[m], x[hi]
		}
		// x[lo] <= p <= x[hi] stop the scans below on the first pass;
		// later the swapped elements do.
		p := x[m]
		i, j := lo, hi
		for i <= j {
			for x[i] < p {
				i++
			}
			for p < x[j] {
				j--
			}
			if i <= j {
				x[i], x[j] = x[j], x[i]
				i++
				j--
			}
		}
		// Now x[lo:j+1] <= p <= x[i:hi+1], and x[j+1:i] == p.
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return
		}
	}
	slices.Sort(x[lo : hi+1])
}
