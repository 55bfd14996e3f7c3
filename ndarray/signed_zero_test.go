package ndarray

import (
	"fmt"
	"math"
	"testing"

	gold "github.com/numgo/numgo/internal/golden"
)

// signedZeroCases is testdata/gen_signed_zero.py's golden data: which zero
// (0.0 or -0.0) Maximum, Minimum, FMax, FMin, Clip and the max/min
// reductions return when zeros of both signs tie.
type signedZeroCases struct {
	Binary []struct {
		Func      string
		A, B, Out golden
		ScalarA   golden `json:"scalar_a"`
		ScalarB   golden `json:"scalar_b"`
	}
	Clip []struct {
		A      golden
		Lo, Hi any
		Out    golden
	}
	Reduce []struct {
		Func, Dtype, Layout string
		Shape               []int
		Axis                *int
		Input               *golden
		Formula             *struct {
			Seed, Nsym int
			Other      float64
		}
		Numpy, Rule      golden
		NumpyFollowsRule bool `json:"numpy_follows_rule"`
	}
	Quantile []struct {
		Func   string
		Q      float64
		A, Out golden
		Axis   *int
	}
	Scan []struct {
		Func   string
		A, Out golden
	}
}

func loadSignedZero(t *testing.T) signedZeroCases {
	t.Helper()
	var c signedZeroCases
	loadGolden(t, "testdata/signed_zero/cases.json", &c)
	return c
}

// checkSigned compares got with want exactly: values, NaNs, and the sign
// of every zero.
func checkSigned[T Float](t *testing.T, name string, got *Array[T], want golden) {
	t.Helper()
	w := gold.Values[T](want.Data)
	g := got.ToSlice()
	if got.Size() != len(w) {
		t.Errorf("%s: %d elements, want %d", name, got.Size(), len(w))
		return
	}
	for i := range w {
		x, y := float64(g[i]), float64(w[i])
		if !sameFloat(x, y) {
			t.Errorf("%s: [%d] = %v (signbit %v), want %v (signbit %v)", name, i, x, math.Signbit(x), y, math.Signbit(y))
			return
		}
	}
}

// TestSignedZeroBinaryGolden checks that Maximum, Minimum, FMax and FMin
// return the second operand of a tie between 0.0 and -0.0, as NumPy does:
// runs shorter and longer than the SIMD cut-offs, contiguous, strided,
// reversed and broadcast operands, and the To forms into an operand.
func TestSignedZeroBinaryGolden(t *testing.T) {
	for i, c := range loadSignedZero(t).Binary {
		name := fmt.Sprintf("%s#%d(%s, n=%d)", c.Func, i, c.A.Dtype, len(c.A.Data))
		switch c.A.Dtype {
		case "float64":
			checkSignedBinary[float64](t, name, c.Func, c.A, c.B, c.Out, c.ScalarA, c.ScalarB)
		case "float32":
			checkSignedBinary[float32](t, name, c.Func, c.A, c.B, c.Out, c.ScalarA, c.ScalarB)
		}
	}
}

func checkSignedBinary[T Float](t *testing.T, name, fn string, ga, gb, out, scalarA, scalarB golden) {
	f := map[string]func(dst, a, b *Array[T]) *Array[T]{
		"maximum": MaximumTo[T], "minimum": MinimumTo[T], "fmax": FMaxTo[T], "fmin": FMinTo[T],
	}[fn]
	a, b := goldenAs[T](ga), goldenAs[T](gb)
	n := a.Size()
	strided := func(x *Array[T]) *Array[T] {
		v := Zeros[T](2 * n).Slice("::2")
		CopyTo(v, x)
		return v
	}
	reversed := func(x *Array[T]) *Array[T] { return Flip(Flip(x, 0).Copy(), 0) }
	checkSigned(t, name, f(nil, a, b), out)
	checkSigned(t, name+" strided", f(nil, strided(a), strided(b)), out)
	checkSigned(t, name+" reversed", f(nil, reversed(a), b), out)
	checkSigned(t, name+" into a reversed view", f(Flip(Zeros[T](n), 0), a, b), out)
	checkSigned(t, name+" into a", f(a.Copy(), a.Copy(), b), out)
	checkSigned(t, name+" into b", f(b.Copy(), a, b.Copy()), out)
	checkSigned(t, name+" scalar a", f(nil, Scalar(a.At(0)), b), scalarA)
	checkSigned(t, name+" scalar b", f(nil, a, Scalar(b.At(0))), scalarB)
}

// TestSignedZeroClipGolden checks Clip against NumPy's clip, which is
// minimum(maximum(x, lo), hi) with the second operand winning ties, for
// bounds of either sign of zero.
func TestSignedZeroClipGolden(t *testing.T) {
	for i, c := range loadSignedZero(t).Clip {
		lo, hi := gold.Float(c.Lo), gold.Float(c.Hi)
		name := fmt.Sprintf("clip#%d(%s, n=%d, %v, %v)", i, c.A.Dtype, len(c.A.Data), lo, hi)
		switch c.A.Dtype {
		case "float64":
			a := goldenAs[float64](c.A)
			checkSigned(t, name, Clip(a, lo, hi), c.Out)
			checkSigned(t, name+" reversed", Flip(Clip(Flip(a, 0), lo, hi), 0), c.Out)
		case "float32":
			a := goldenAs[float32](c.A)
			checkSigned(t, name, Clip(a, float32(lo), float32(hi)), c.Out)
		}
	}
}

// TestSignedZeroReduceGolden checks which zero Max, Min, NanMax and NanMin
// return: of the elements equal to the result, the last one met along the
// reduced axes (in NumPy's order: axes by decreasing |stride|, each in
// index order). The inputs mix 0.0, -0.0 and one other value; the layouts
// are C and Fortran order, every other element, and reversed memory, so
// that every kernel runs: the Go folds, the SIMD run and row kernels of
// the cgo build, and the goroutine split. Where NumPy folds in order its
// result is that rule's and the test compares with it; where NumPy's
// result depends on its SIMD lanes the test holds numgo to the rule
// (docs/numpy.md).
func TestSignedZeroReduceGolden(t *testing.T) {
	for i, c := range loadSignedZero(t).Reduce {
		axis := "None"
		if c.Axis != nil {
			axis = fmt.Sprint(*c.Axis)
		}
		name := fmt.Sprintf("%s#%d(%s %v %s, axis=%s)", c.Func, i, c.Dtype, c.Shape, c.Layout, axis)
		want := c.Rule
		if c.NumpyFollowsRule {
			want = c.Numpy
		}
		switch c.Dtype {
		case "float64":
			checkSignedReduce(t, name, c.Func, c.Layout, c.Axis, signedZeroInput[float64](c.Input, c.Formula, c.Shape), want)
		case "float32":
			checkSignedReduce(t, name, c.Func, c.Layout, c.Axis, signedZeroInput[float32](c.Input, c.Formula, c.Shape), want)
		}
	}
}

// signedZeroInput returns the stored input or gen_signed_zero.py's formula
// syms[(i*7919 + seed) % nsym] over the C-order index i.
func signedZeroInput[T Float](in *golden, f *struct {
	Seed, Nsym int
	Other      float64
}, shape []int) *Array[T] {
	if in != nil {
		return goldenAs[T](*in)
	}
	neg := T(math.Copysign(0, -1))
	syms := []T{0, neg, T(f.Other), neg, 0, T(f.Other), neg}[:f.Nsym]
	a := Zeros[T](shape...)
	d := a.Data()
	for i := range d {
		d[i] = syms[(i*7919+f.Seed)%f.Nsym]
	}
	return a
}

func checkSignedReduce[T Float](t *testing.T, name, fn, layout string, axis *int, base *Array[T], want golden) {
	t.Helper()
	var a *Array[T]
	switch layout {
	case "C":
		a = base
	case "F":
		a = base.T().Copy().T()
	case "step2":
		shape := base.Shape()
		shape[len(shape)-1] *= 2
		a = Zeros[T](shape...).Slice("..., ::2")
		CopyTo(a, base)
	case "rev":
		a = Flip(Flip(base, 0).Copy(), 0)
	default:
		t.Fatalf("%s: unknown layout", name)
	}
	var opts []ReduceOption
	if axis != nil {
		opts = append(opts, Axis(*axis))
	}
	f := map[string]func(*Array[T], ...ReduceOption) *Array[T]{
		"max": Max[T], "min": Min[T], "nanmax": NanMax[T], "nanmin": NanMin[T],
	}[fn]
	checkSigned(t, name, f(a, opts...), want)
}

// TestSignedZeroQuantileGolden checks the sign of zero medians and
// quantiles against NumPy's: a median is a mean (a sum from 0, so a middle
// -0 gives 0) and a quantile NumPy's interpolation, whose sign of zero
// depends on the weight, also at the last element.
func TestSignedZeroQuantileGolden(t *testing.T) {
	for i, c := range loadSignedZero(t).Quantile {
		name := fmt.Sprintf("%s#%d(q=%v, %s %v, axis %v)", c.Func, i, c.Q, c.A.Dtype, c.A.Data, c.Axis)
		switch c.A.Dtype {
		case "float64":
			checkSignedQuantile[float64](t, name, c.Func, c.Q, goldenAs[float64](c.A), c.Axis, c.Out)
		case "float32":
			checkSignedQuantile[float32](t, name, c.Func, c.Q, goldenAs[float32](c.A), c.Axis, c.Out)
		}
	}
}

func checkSignedQuantile[T Float](t *testing.T, name, fn string, q float64, a *Array[T], axis *int, want golden) {
	t.Helper()
	var opts []ReduceOption
	if axis != nil {
		opts = append(opts, Axis(*axis))
	}
	if fn == "median" {
		checkSigned(t, name, Median(a, opts...), want)
		return
	}
	checkSigned(t, name, Quantile(a, q, opts...), want)
	checkSigned(t, name+" Percentile", Percentile(a, 100*q, opts...), want)
}

// TestSignedZeroScanGolden checks complex CumProd and CumSum against
// NumPy's, to the sign of every zero part and the place of every NaN: both
// start from the first element itself.
func TestSignedZeroScanGolden(t *testing.T) {
	for i, c := range loadSignedZero(t).Scan {
		a := goldenAs[complex128](c.A)
		got := CumSum(a)
		if c.Func == "cumprod" {
			got = CumProd(a)
		}
		want := gold.Values[complex128](c.Out.Data)
		for j, g := range got.ToSlice() {
			w := want[j]
			if !sameFloat(real(g), real(w)) || !sameFloat(imag(g), imag(w)) {
				t.Errorf("%s#%d(%v): [%d] = %v, want %v", c.Func, i, a.ToSlice(), j, g, w)
			}
		}
	}
}
