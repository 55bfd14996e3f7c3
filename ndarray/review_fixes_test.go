package ndarray

import (
	"errors"
	"math"
	"slices"
	"strings"
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

// TestNanVarDdofAtLeastCount: numpy.nanvar and nanstd give NaN where the
// count of non-NaN elements minus ddof is 0 or less; numpy.var gives inf.
func TestNanVarDdofAtLeastCount(t *testing.T) {
	x := FromSlice([]float64{1, math.NaN(), 2, 1, 2, 3}, 2, 3)
	// np.nanvar(x, axis=1, ddof=2) = [nan, 2.], np.nanstd: [nan, 1.41421356]
	v, s := NanVar(x, Axis(1), Ddof(2)).ToSlice(), NanStd(x, Axis(1), Ddof(2)).ToSlice()
	if !math.IsNaN(v[0]) || v[1] != 2 || !math.IsNaN(s[0]) || math.Abs(s[1]-math.Sqrt2) > 1e-15 {
		t.Errorf("NanVar, NanStd(axis=1, ddof=2) = %v, %v; NumPy [nan 2], [nan 1.41421356]", v, s)
	}
	for _, c := range []struct {
		x    []float64
		ddof int
	}{{[]float64{1, math.NaN(), 2}, 3}, {[]float64{5}, 1}, {[]float64{math.NaN(), math.NaN()}, 0}} {
		if got := NanVar(FromSlice(c.x), Ddof(c.ddof)).Item(); !math.IsNaN(got) {
			t.Errorf("NanVar(%v, ddof=%d) = %v, NumPy nan", c.x, c.ddof, got)
		}
	}
	if got := Var(FromSlice([]float64{1, 2}), Ddof(2)).Item(); !math.IsInf(got, 1) {
		t.Errorf("Var([1 2], ddof=2) = %v, NumPy inf", got)
	}
}

// TestArangeLengthOverflow: integer ranges whose length does not fit
// NumPy's intp raise "Maximum allowed size exceeded"; those near the
// bounds that fit are exact.
func TestArangeLengthOverflow(t *testing.T) {
	for name, f := range map[string]func(){
		"int64 full range":      func() { Arange[int64](math.MinInt64, math.MaxInt64) },
		"int64 full range down": func() { Arange[int64](math.MaxInt64, math.MinInt64, -1) },
		"uint64 to max":         func() { Arange[uint64](math.MaxUint64) },
	} {
		if err := catch(f); !errors.Is(err, ErrValue) || !strings.Contains(err.Error(), "Maximum allowed size exceeded") {
			t.Errorf("%s: got %v, want NumPy's ValueError: Maximum allowed size exceeded", name, err)
		}
	}
	// Values from np.arange with the same arguments and dtype.
	if got := Arange[int64](math.MaxInt64-2, math.MaxInt64).ToSlice(); !slices.Equal(got, []int64{math.MaxInt64 - 2, math.MaxInt64 - 1}) {
		t.Errorf("Arange(MaxInt64-2, MaxInt64) = %v", got)
	}
	if got := Arange[int64](math.MaxInt64, math.MinInt64, -(1 << 62)).ToSlice(); !slices.Equal(got,
		[]int64{9223372036854775807, 4611686018427387903, -1, -4611686018427387905}) {
		t.Errorf("Arange(MaxInt64, MinInt64, -2^62) = %v", got)
	}
	if got := Arange[uint64](math.MaxUint64-2, math.MaxUint64).ToSlice(); !slices.Equal(got, []uint64{18446744073709551613, 18446744073709551614}) {
		t.Errorf("Arange[uint64](MaxUint64-2, MaxUint64) = %v", got)
	}
	if got := Arange[int8](-128, 127, 100).ToSlice(); !slices.Equal(got, []int8{-128, -28, 72}) {
		t.Errorf("Arange[int8](-128, 127, 100) = %v, NumPy [-128 -28 72]", got)
	}
}

// TestTooBigToAllocate: every constructor raises NumPy's ValueError for an
// array whose size in bytes cannot be allocated, instead of a runtime panic.
func TestTooBigToAllocate(t *testing.T) {
	const msg = "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."
	for name, f := range map[string]func(){
		"Zeros 2^60":          func() { Zeros[float64](1 << 60) },
		"Zeros overflow":      func() { Zeros[int8](1<<40, 1<<40) },
		"Zeros int8 (2^62,4)": func() { Zeros[int8](1<<62, 4) },
		"Empty":               func() { Empty[complex128](1 << 50) },
		"Ones":                func() { Ones[float32](1<<30, 1<<30) },
		"Full":                func() { Full(true, 1<<49) },
		"Eye":                 func() { Eye[float64](1 << 30) },
		"Arange":              func() { Arange(0.0, 1<<50) },
		"Linspace":            func() { Linspace(0.0, 1.0, 1<<60) },
		"Tile":                func() { Tile(Arange(3.0), 1<<62) },
	} {
		if err := catch(f); !errors.Is(err, ErrValue) || !strings.Contains(err.Error(), msg) {
			t.Errorf("%s: got %v, want ValueError %q", name, err, msg)
		}
	}
	// A zero extent before the large ones keeps the byte count at 0, as in NumPy.
	if a := Zeros[float64](0, 1<<62, 1<<62); a.Size() != 0 {
		t.Errorf("Zeros(0, 2^62, 2^62) has size %d", a.Size())
	}
}

// TestEmptyContiguity: NumPy reports every empty array C- and
// F-contiguous, whatever its strides, and Data returns no elements.
func TestEmptyContiguity(t *testing.T) {
	for name, a := range map[string]*Array[float64]{
		"(0,3)[:, ::2]":         Zeros[float64](0, 3).Slice(":, ::2"),
		"(3,0,4)[::2, :, ::-1]": Zeros[float64](3, 0, 4).Slice("::2, :, ::-1"),
		"(4,5)[2:2].T":          Arange(20.0).Reshape(4, 5).Slice("2:2").T(),
		"(4,5)[::-1, 5:]":       Arange(20.0).Reshape(4, 5).Slice("::-1, 5:"),
	} {
		if !a.IsContiguous() || !a.IsFortranContiguous() {
			t.Errorf("%s: IsContiguous %v, IsFortranContiguous %v; NumPy True, True", name, a.IsContiguous(), a.IsFortranContiguous())
		}
		var d []float64
		if err := catch(func() { d = a.Data() }); err != nil || len(d) != 0 {
			t.Errorf("%s: Data() = %v, %v", name, d, err)
		}
		if a.AsContiguous() != a {
			t.Errorf("%s: AsContiguous copied", name)
		}
	}
}

// TestBroadcastViewsReadOnly: views of a broadcast view stay read-only as
// NumPy's do (its writeable flag is inherited), even without zero strides;
// a copy, or a reshape that has to copy, is writable.
func TestBroadcastViewsReadOnly(t *testing.T) {
	b := Arange(3.0).BroadcastTo(4, 3)
	for name, v := range map[string]*Array[float64]{
		"b[0]":                  b.Slice("0"),
		"b[1:3, ::-1].T":        b.Slice("1:3, ::-1").T(),
		"broadcast_to(a, (3,))": Arange(3.0).BroadcastTo(3),
		"b[0].reshape(3, 1)":    b.Slice("0").Reshape(3, 1),
		"b[:1].squeeze()":       b.Slice(":1").Squeeze(),
		"broadcast_to(z, (2, 3)).real[0]": RealPart[float64](
			FromSlice([]complex128{1, 2i, 3}).BroadcastTo(2, 3)).Slice("0"),
	} {
		for op, f := range map[string]func(){
			"Set":    func() { v.Set(1, make([]int, v.Ndim())...) },
			"Fill":   func() { v.Fill(1) },
			"CopyTo": func() { CopyTo(v, Zeros[float64](v.shape...)) },
			"AddTo":  func() { AddTo(v, v, v) },
		} {
			if err := catch(f); !errors.Is(err, ErrValue) {
				t.Errorf("%s on %s (strides %v): got %v, want ErrValue (NumPy: read-only)", op, name, v.Strides(), err)
			}
		}
	}
	for name, v := range map[string]*Array[float64]{
		"b.copy()":           b.Copy(),
		"b[0:2].reshape(6)":  b.Slice("0:2").Reshape(6),
		"Convert(b)":         Convert[float64](b),
		"Concatenate([b,b])": Concatenate([]*Array[float64]{b, b}, 0),
	} {
		if err := catch(func() { v.Set(7, make([]int, v.Ndim())...) }); err != nil {
			t.Errorf("Set on %s: %v, NumPy writable", name, err)
		}
	}
}
