package ndarray

import (
	"errors"
	"math"
	"testing"
)

// Regression tests for review findings; expected values are NumPy 1.24's.
func TestReviewRegressions(t *testing.T) {
	y := Arange(9.0).Reshape(3, 3)
	SumTo(y.Slice("0"), y, Axis(0)) // the result overlaps the input
	if got := y.Slice("0").ToSlice(); got[0] != 9 || got[1] != 12 || got[2] != 15 {
		t.Errorf("SumTo into a row of its input: %v, NumPy [9 12 15]", got)
	}
	s := []float64{0, 1, 2, 3, 4, 5}
	AddTo(FromSlice(s[1:]), FromSlice(s[:5]), Scalar(0.0))
	if s[5] != 4 || s[1] != 0 {
		t.Errorf("AddTo over shifted sub-slices: %v, NumPy [0 0 1 2 3 4]", s)
	}
	n := 2 * parallelMin
	err := catch(func() { Pow(Full(2, n), Full(-1, n)) })
	if !errors.Is(err, ErrValue) {
		t.Errorf("Pow with negative integer exponent on the parallel path: %v", err)
	}
	if got := Clip(FromSlice([]float64{0, 2, 5}), 3, 1).ToSlice(); got[0] != 1 || got[2] != 1 {
		t.Errorf("Clip with lo > hi: %v, NumPy [1 1 1]", got)
	}
	if got := Median(FromSlice([]float64{-1e308, 1e308})).Item(); got != 0 {
		t.Errorf("Median([-1e308, 1e308]) = %v, NumPy 0", got)
	}
	if got := Median(FromSlice([]float64{1, math.Inf(1)})).Item(); !math.IsInf(got, 1) {
		t.Errorf("Median([1, inf]) = %v, NumPy inf", got)
	}
	if !IsNaN(FromSlice([]complex128{complex(math.Inf(1), math.NaN())})).Item() {
		t.Errorf("IsNaN(inf+nanj) is false, NumPy True")
	}
	big := Full(710.0, 32) // long enough for the SIMD path
	if got := Sinh(big).At(0); math.IsInf(got, 0) {
		t.Errorf("Sinh(710) = %v, NumPy 1.117e308", got)
	}
	if got := Arcsinh(Full(1e200, 32)).At(0); math.Abs(got-461.2101657793691) > 1e-12 {
		t.Errorf("Arcsinh(1e200) = %v, NumPy 461.2101657793691", got)
	}
	if got := Max(FromSlice([]float64{1, math.NaN(), 3})).Item(); !math.IsNaN(got) {
		t.Errorf("Max with NaN = %v", got)
	}
}
