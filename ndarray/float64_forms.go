package ndarray

// The float64 forms. Where NumPy turns integers into floats (the mean,
// variance, median... of an integer array, true division) numgo's
// functions of the same name, which return their input's type, take float
// arrays only; the ...Float64 forms below take any real array and compute
// and return float64, as NumPy does for integers, and as NumPy's
// dtype=numpy.float64 argument does for float32. Mean and TrueDivide
// convert element by element as they go; the others convert a copy (in
// reused scratch memory), as NumPy's own computations make one.

// MeanFloat64 returns the mean of a over the axes given by Axis (all by
// default) in float64, like numpy.mean of an integer array: the elements
// converted to float64 and added by pairwise summation (NumPy's accuracy
// or better), with no float64 copy of a. For float32 it is numpy.mean(a,
// dtype=numpy.float64). For an integer array it is also numpy.nanmean,
// integers having no NaN. MeanFloat64 panics with an *AxisError for an
// axis out of range.
func MeanFloat64[T Real](a *Array[T], opts ...ReduceOption) *Array[float64] {
	return MeanFloat64To(nil, a, opts...)
}

// MeanFloat64To stores MeanFloat64(a, opts...) in dst (allocated when nil)
// and returns it, without allocating when dst is given. It panics with a
// *ShapeError if dst does not have the result's shape.
func MeanFloat64To[T Real](dst *Array[float64], a *Array[T], opts ...ReduceOption) *Array[float64] {
	if a64, ok := any(a).(*Array[float64]); ok {
		return MeanTo(dst, a64, opts...)
	}
	dst = reduceWith("MeanFloat64", &sumFloat64ReduceKernels, noRows, 0, dst, a, opts)
	if n := dst.Size(); n > 0 {
		divideBy(dst, float64(a.Size()/n))
	}
	return dst
}

// VarFloat64 returns the variance of a in float64, like numpy.var of an
// integer array: Var of a converted to float64, with the same options.
func VarFloat64[T Real](a *Array[T], opts ...ReduceOption) *Array[float64] {
	a64, scratch := asFloat64(a)
	defer putFloat64(scratch)
	return Var(a64, opts...)
}

// StdFloat64 returns the standard deviation of a in float64, like
// numpy.std of an integer array: Std of a converted to float64.
func StdFloat64[T Real](a *Array[T], opts ...ReduceOption) *Array[float64] {
	a64, scratch := asFloat64(a)
	defer putFloat64(scratch)
	return Std(a64, opts...)
}

// AverageFloat64 returns the weighted average of a in float64, like
// numpy.average of an integer array: Average of a and weights (nil for
// none) converted to float64, with Average's rules and panics.
func AverageFloat64[T Real](a, weights *Array[T], opts ...ReduceOption) *Array[float64] {
	var w *Array[float64]
	if weights != nil {
		var scratch *[]float64
		w, scratch = asFloat64(weights)
		defer putFloat64(scratch)
	}
	a64, scratch := asFloat64(a)
	defer putFloat64(scratch)
	return Average(a64, w, opts...)
}

// MedianFloat64 returns the median of a in float64, like numpy.median of an
// integer array: the middle element, or the float64 mean of the two middle
// ones. For float32 it computes the mean in float64 where Median computes
// it in float32.
func MedianFloat64[T Real](a *Array[T], opts ...ReduceOption) *Array[float64] {
	return quantile[T, float64]("Median", a, []float64{0.5}, false, opts, true, false)
}

// TrueDivide returns the element-wise quotient of a and b in float64,
// broadcasting their shapes, like numpy.true_divide (Python's /) of
// integer arrays: float64(a) / float64(b), so that 1/0 is +Inf and 0/0
// NaN. For float arrays Div keeps their type. TrueDivide panics with a
// *ShapeError if the shapes do not broadcast.
func TrueDivide[T Real](a, b *Array[T]) *Array[float64] {
	return TrueDivideTo(nil, a, b)
}

// TrueDivideTo stores TrueDivide(a, b) in dst (allocated when nil) and
// returns it, without allocating when dst is given. It panics with a
// *ShapeError if dst does not have the broadcast shape.
func TrueDivideTo[T Real](dst *Array[float64], a, b *Array[T]) *Array[float64] {
	return binaryTo("TrueDivide", &trueDivideKernels, dst, a, b)
}

// asFloat64 returns a converted to float64: a itself when it already is,
// else a contiguous copy in a's memory order (astype's order='K') in the
// pooled scratch memory it also returns, for putFloat64 once the caller is
// done with the copy.
func asFloat64[T Real](a *Array[T]) (*Array[float64], *[]float64) {
	if a64, ok := any(a).(*Array[float64]); ok {
		return a64, nil
	}
	checkNil("Convert", a)
	scratch := getScratch[float64](a.Size())
	a64 := scratchArray(scratch, a.shape, a.dims()) // astype's order='K
	convertTo(a64, a)
	return a64, scratch
}

// putFloat64 returns asFloat64's scratch, if any, to its pool.
func putFloat64(scratch *[]float64) {
	if scratch != nil {
		putScratch(scratch)
	}
}

// trueDivideKernels is TrueDivide's kernel table, one instance per real
// type as in kernels_gen.go's tables: a generic kernel taken as a value
// inside a generic function would cost an allocation per call.
var trueDivideKernels = [numTypes]any{
	Int8:    binaryKernel[int8, float64](trueDivideKernel[int8]),
	Int16:   binaryKernel[int16, float64](trueDivideKernel[int16]),
	Int32:   binaryKernel[int32, float64](trueDivideKernel[int32]),
	Int64:   binaryKernel[int64, float64](trueDivideKernel[int64]),
	Int:     binaryKernel[int, float64](trueDivideKernel[int]),
	Uint8:   binaryKernel[uint8, float64](trueDivideKernel[uint8]),
	Uint16:  binaryKernel[uint16, float64](trueDivideKernel[uint16]),
	Uint32:  binaryKernel[uint32, float64](trueDivideKernel[uint32]),
	Uint64:  binaryKernel[uint64, float64](trueDivideKernel[uint64]),
	Float32: binaryKernel[float32, float64](trueDivideKernel[float32]),
	Float64: binaryKernel[float64, float64](trueDivideKernel[float64]),
}

// sumFloat64Kernel is sumKernel for T elements added into float64.
func sumFloat64Kernel[T Real](d []float64, di, ds int, a []T, ai, as int, n int) {
	switch {
	case ds == 0:
		d[di] += pairwiseSumFloat64(a, ai, as, n)
		return
	case ds == 1 && as == 1:
		d, a := d[di:di+n], a[ai:ai+n]
		for i, x := range a {
			d[i] += float64(x)
		}
		return
	}
	for ; n > 0; n-- {
		d[di] += float64(a[ai])
		di, ai = di+ds, ai+as
	}
}

// pairwiseSumFloat64 is pairwiseSum of n elements of a converted to
// float64: it splits, and its leaves add in eight partial sums, as
// pairwiseSum's of a float64 copy would, so it rounds the same way
// without the copy.
func pairwiseSumFloat64[T Real](a []T, ai, as, n int) float64 {
	if n <= pairwiseBlock {
		var r0, r1, r2, r3, r4, r5, r6, r7 float64
		i := 0
		if as == 1 {
			x := a[ai : ai+n]
			for ; i+8 <= n; i += 8 {
				b := x[i : i+8 : i+8]
				r0, r1, r2, r3 = r0+float64(b[0]), r1+float64(b[1]), r2+float64(b[2]), r3+float64(b[3])
				r4, r5, r6, r7 = r4+float64(b[4]), r5+float64(b[5]), r6+float64(b[6]), r7+float64(b[7])
			}
		} else {
			for ; i+8 <= n; i += 8 {
				j := ai + i*as
				r0, r1, r2, r3 = r0+float64(a[j]), r1+float64(a[j+as]), r2+float64(a[j+2*as]), r3+float64(a[j+3*as])
				j += 4 * as
				r4, r5, r6, r7 = r4+float64(a[j]), r5+float64(a[j+as]), r6+float64(a[j+2*as]), r7+float64(a[j+3*as])
			}
		}
		s := (r0 + r1) + (r2 + r3) + ((r4 + r5) + (r6 + r7))
		for ; i < n; i++ {
			s += float64(a[ai+i*as])
		}
		return s
	}
	n2 := n / 2
	n2 -= n2 % 8
	return pairwiseSumFloat64(a, ai, as, n2) + pairwiseSumFloat64(a, ai+n2*as, as, n-n2)
}

// trueDivideKernel is the binaryKernel of TrueDivide.
func trueDivideKernel[T Real](d []float64, di, ds int, a []T, ai, as int, b []T, bi, bs int, n int) {
	if ds == 1 && as == 1 && bs == 1 {
		d, a, b := d[di:di+n], a[ai:ai+n], b[bi:bi+n]
		for i := range d {
			d[i] = float64(a[i]) / float64(b[i])
		}
		return
	}
	for ; n > 0; n-- {
		d[di] = float64(a[ai]) / float64(b[bi])
		di, ai, bi = di+ds, ai+as, bi+bs
	}
}
