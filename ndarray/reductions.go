package ndarray

import "github.com/numgo/numgo/internal/vmath"

// Sum returns the sum of a's elements over the axes given by Axis (all by
// default), like numpy.sum; an empty sum is 0. Floating-point sums use
// pairwise summation and give the same result whatever the number of
// goroutines. Integer sums wrap around in T, where NumPy widens small
// integer types to int64 first. Sum panics with an *AxisError for an axis
// out of range.
func Sum[T Number](a *Array[T], opts ...ReduceOption) *Array[T] {
	return reduceWith[T, T]("Sum", &sumReduceKernels, vmath.RowAdd, 0, nil, a, opts)
}

// SumTo stores Sum(a, opts...) in dst and returns it, without allocating.
// It panics with a *ShapeError if dst does not have the result's shape.
func SumTo[T Number](dst, a *Array[T], opts ...ReduceOption) *Array[T] {
	return reduceWith("SumTo", &sumReduceKernels, vmath.RowAdd, 0, dst, a, opts)
}

// Prod returns the product of a's elements over the axes given by Axis (all
// by default), like numpy.prod; an empty product is 1.
func Prod[T Number](a *Array[T], opts ...ReduceOption) *Array[T] {
	return reduceWith("Prod", &prodReduceKernels, noRows, one[T](), nil, a, opts)
}

// ProdTo stores Prod(a, opts...) in dst and returns it, without allocating.
func ProdTo[T Number](dst, a *Array[T], opts ...ReduceOption) *Array[T] {
	return reduceWith("ProdTo", &prodReduceKernels, noRows, one[T](), dst, a, opts)
}

// Max returns the largest element of a over the axes given by Axis (all by
// default), like numpy.max (amax); a NaN makes the result NaN. Max panics
// with a *ValueError if a reduced axis is empty, as the maximum of nothing
// is undefined.
func Max[T Real | bool](a *Array[T], opts ...ReduceOption) *Array[T] {
	return reduceFromFirst("Max", "maximum", &maxReduceKernels, vmath.RowMax, nil, a, opts)
}

// MaxTo stores Max(a, opts...) in dst and returns it, without allocating.
func MaxTo[T Real | bool](dst, a *Array[T], opts ...ReduceOption) *Array[T] {
	return reduceFromFirst("MaxTo", "maximum", &maxReduceKernels, vmath.RowMax, dst, a, opts)
}

// Min returns the smallest element of a over the axes given by Axis (all by
// default), like numpy.min (amin); a NaN makes the result NaN. Min panics
// with a *ValueError if a reduced axis is empty.
func Min[T Real | bool](a *Array[T], opts ...ReduceOption) *Array[T] {
	return reduceFromFirst("Min", "minimum", &minReduceKernels, vmath.RowMin, nil, a, opts)
}

// MinTo stores Min(a, opts...) in dst and returns it, without allocating.
func MinTo[T Real | bool](dst, a *Array[T], opts ...ReduceOption) *Array[T] {
	return reduceFromFirst("MinTo", "minimum", &minReduceKernels, vmath.RowMin, dst, a, opts)
}

// All reports whether every element of a over the axes given by Axis (all
// by default) is true or non-zero, like numpy.all; All of nothing is true.
func All[T Dtype](a *Array[T], opts ...ReduceOption) *Array[bool] {
	return reduceWith("All", &allReduceKernels, noRows, true, nil, a, opts)
}

// AllTo stores All(a, opts...) in dst and returns it, without allocating.
func AllTo[T Dtype](dst *Array[bool], a *Array[T], opts ...ReduceOption) *Array[bool] {
	return reduceWith("AllTo", &allReduceKernels, noRows, true, dst, a, opts)
}

// Any reports whether some element of a over the axes given by Axis (all
// by default) is true or non-zero, like numpy.any; Any of nothing is false.
func Any[T Dtype](a *Array[T], opts ...ReduceOption) *Array[bool] {
	return reduceWith("Any", &anyReduceKernels, noRows, false, nil, a, opts)
}

// AnyTo stores Any(a, opts...) in dst and returns it, without allocating.
func AnyTo[T Dtype](dst *Array[bool], a *Array[T], opts ...ReduceOption) *Array[bool] {
	return reduceWith("AnyTo", &anyReduceKernels, noRows, false, dst, a, opts)
}

// CountNonzero returns the number of true or non-zero elements of a over
// the axes given by Axis (all by default), like numpy.count_nonzero.
func CountNonzero[T Dtype](a *Array[T], opts ...ReduceOption) *Array[int] {
	return reduceWith[T, int]("CountNonzero", &countNonzeroReduceKernels, noRows, 0, nil, a, opts)
}

// NanSum is Sum with NaNs counted as zero, like numpy.nansum; the sum of an
// all-NaN slice is 0.
func NanSum[T Number](a *Array[T], opts ...ReduceOption) *Array[T] {
	return reduceWith[T, T]("NanSum", &nanSumReduceKernels, noRows, 0, nil, a, opts)
}

// NanSumTo stores NanSum(a, opts...) in dst and returns it, without allocating.
func NanSumTo[T Number](dst, a *Array[T], opts ...ReduceOption) *Array[T] {
	return reduceWith("NanSumTo", &nanSumReduceKernels, noRows, 0, dst, a, opts)
}

// NanProd is Prod with NaNs counted as one, like numpy.nanprod.
func NanProd[T Number](a *Array[T], opts ...ReduceOption) *Array[T] {
	return reduceWith("NanProd", &nanProdReduceKernels, noRows, one[T](), nil, a, opts)
}

// NanMax is Max ignoring NaNs, like numpy.nanmax; an all-NaN slice gives
// NaN (NumPy also warns). It panics with a *ValueError if a reduced axis is
// empty.
func NanMax[T Real](a *Array[T], opts ...ReduceOption) *Array[T] {
	return reduceFromFirst("NanMax", "fmax", &nanMaxReduceKernels, noRows, nil, a, opts)
}

// NanMaxTo stores NanMax(a, opts...) in dst and returns it, without allocating.
func NanMaxTo[T Real](dst, a *Array[T], opts ...ReduceOption) *Array[T] {
	return reduceFromFirst("NanMaxTo", "fmax", &nanMaxReduceKernels, noRows, dst, a, opts)
}

// NanMin is Min ignoring NaNs, like numpy.nanmin; an all-NaN slice gives
// NaN. It panics with a *ValueError if a reduced axis is empty.
func NanMin[T Real](a *Array[T], opts ...ReduceOption) *Array[T] {
	return reduceFromFirst("NanMin", "fmin", &nanMinReduceKernels, noRows, nil, a, opts)
}

// NanMinTo stores NanMin(a, opts...) in dst and returns it, without allocating.
func NanMinTo[T Real](dst, a *Array[T], opts ...ReduceOption) *Array[T] {
	return reduceFromFirst("NanMinTo", "fmin", &nanMinReduceKernels, noRows, dst, a, opts)
}

// Ptp returns the range (maximum minus minimum) of a over the axes given by
// Axis, like numpy.ptp. It panics with a *ValueError if a reduced axis is empty.
func Ptp[T Real](a *Array[T], opts ...ReduceOption) *Array[T] {
	mx := Max(a, opts...)
	return SubTo(mx, mx, Min(a, opts...))
}
