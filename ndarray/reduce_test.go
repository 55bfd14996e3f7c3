package ndarray

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
)

type reduceCase struct {
	Func     string          `json:"func"`
	Input    string          `json:"input"`
	Axis     json.RawMessage `json:"axis"`
	Keepdims bool            `json:"keepdims"`
	Ddof     int             `json:"ddof"`
	Out      *golden         `json:"out"`
	Error    string          `json:"error"`
}

func (c reduceCase) opts(t *testing.T) []ReduceOption {
	var opts []ReduceOption
	var axis any
	if err := json.Unmarshal(c.Axis, &axis); err != nil {
		t.Fatal(err)
	}
	switch ax := axis.(type) {
	case float64:
		opts = append(opts, Axis(int(ax)))
	case []any:
		axes := make([]int, len(ax))
		for i, v := range ax {
			axes[i] = int(v.(float64))
		}
		opts = append(opts, Axis(axes...))
	}
	if c.Keepdims {
		opts = append(opts, KeepDims())
	}
	if c.Ddof != 0 {
		opts = append(opts, Ddof(c.Ddof))
	}
	return opts
}

type reduceFunc[T Dtype] func(a *Array[T], opts []ReduceOption) any

var floatReductions = map[string]reduceFunc[float64]{
	"sum":           func(a *Array[float64], o []ReduceOption) any { return Sum(a, o...) },
	"prod":          func(a *Array[float64], o []ReduceOption) any { return Prod(a, o...) },
	"max":           func(a *Array[float64], o []ReduceOption) any { return Max(a, o...) },
	"min":           func(a *Array[float64], o []ReduceOption) any { return Min(a, o...) },
	"all":           func(a *Array[float64], o []ReduceOption) any { return All(a, o...) },
	"any":           func(a *Array[float64], o []ReduceOption) any { return Any(a, o...) },
	"nansum":        func(a *Array[float64], o []ReduceOption) any { return NanSum(a, o...) },
	"nanprod":       func(a *Array[float64], o []ReduceOption) any { return NanProd(a, o...) },
	"nanmax":        func(a *Array[float64], o []ReduceOption) any { return NanMax(a, o...) },
	"nanmin":        func(a *Array[float64], o []ReduceOption) any { return NanMin(a, o...) },
	"ptp":           func(a *Array[float64], o []ReduceOption) any { return Ptp(a, o...) },
	"mean":          func(a *Array[float64], o []ReduceOption) any { return Mean(a, o...) },
	"nanmean":       func(a *Array[float64], o []ReduceOption) any { return NanMean(a, o...) },
	"var":           func(a *Array[float64], o []ReduceOption) any { return Var(a, o...) },
	"std":           func(a *Array[float64], o []ReduceOption) any { return Std(a, o...) },
	"nanmedian":     func(a *Array[float64], o []ReduceOption) any { return NanMedian(a, o...) },
	"nanquantile":   func(a *Array[float64], o []ReduceOption) any { return NanQuantile(a, 0.3, o...) },
	"nanpercentile": func(a *Array[float64], o []ReduceOption) any { return NanPercentile(a, 90, o...) },
	"quantiles": func(a *Array[float64], o []ReduceOption) any {
		return Quantiles(a, []float64{0, 0.25, 0.5, 0.9, 1}, o...)
	},
	"nanquantiles":   func(a *Array[float64], o []ReduceOption) any { return NanQuantiles(a, []float64{0.3, 0.7}, o...) },
	"nanpercentiles": func(a *Array[float64], o []ReduceOption) any { return NanPercentiles(a, []float64{1, 75}, o...) },
	"nanvar":         func(a *Array[float64], o []ReduceOption) any { return NanVar(a, o...) },
	"nanstd":         func(a *Array[float64], o []ReduceOption) any { return NanStd(a, o...) },
	"median":         func(a *Array[float64], o []ReduceOption) any { return Median(a, o...) },
	"quantile":       func(a *Array[float64], o []ReduceOption) any { return Quantile(a, 0.3, o...) },
	"percentile":     func(a *Array[float64], o []ReduceOption) any { return Percentile(a, 90, o...) },
	"argmax":         func(a *Array[float64], o []ReduceOption) any { return ArgMax(a, o...) },
	"argmin":         func(a *Array[float64], o []ReduceOption) any { return ArgMin(a, o...) },
	"nanargmax":      func(a *Array[float64], o []ReduceOption) any { return NanArgMax(a, o...) },
	"nanargmin":      func(a *Array[float64], o []ReduceOption) any { return NanArgMin(a, o...) },
	"cumsum":         scanForms(CumSum[float64], CumSumTo[float64]),
	"cumprod":        scanForms(CumProd[float64], CumProdTo[float64]),
	"nancumsum":      scanForms(NanCumSum[float64], NanCumSumTo[float64]),
	"count_nonzero": func(a *Array[float64], o []ReduceOption) any {
		return CountNonzero(a, o...)
	},
}

var float32Reductions = map[string]reduceFunc[float32]{
	"sum":  func(a *Array[float32], o []ReduceOption) any { return Sum(a, o...) },
	"max":  func(a *Array[float32], o []ReduceOption) any { return Max(a, o...) },
	"min":  func(a *Array[float32], o []ReduceOption) any { return Min(a, o...) },
	"mean": func(a *Array[float32], o []ReduceOption) any { return Mean(a, o...) },
	"var":  func(a *Array[float32], o []ReduceOption) any { return Var(a, o...) },
	// NumPy 1.24's median of float32 is float32, its quantiles float64.
	"median":      func(a *Array[float32], o []ReduceOption) any { return Median(a, o...) },
	"quantile":    func(a *Array[float32], o []ReduceOption) any { return Quantile(a, 0.3, o...) },
	"percentile":  func(a *Array[float32], o []ReduceOption) any { return Percentile(a, 90, o...) },
	"percentiles": func(a *Array[float32], o []ReduceOption) any { return Percentiles(a, []float64{12.5, 50, 99}, o...) },
	"mean_f64":    func(a *Array[float32], o []ReduceOption) any { return MeanFloat64(a, o...) },
	"var_f64":     func(a *Array[float32], o []ReduceOption) any { return VarFloat64(a, o...) },
	"median_f64":  func(a *Array[float32], o []ReduceOption) any { return MedianFloat64(a, o...) },
}

var intReductions = map[string]reduceFunc[int64]{
	"sum":           func(a *Array[int64], o []ReduceOption) any { return Sum(a, o...) },
	"prod":          func(a *Array[int64], o []ReduceOption) any { return Prod(a, o...) },
	"max":           func(a *Array[int64], o []ReduceOption) any { return Max(a, o...) },
	"min":           func(a *Array[int64], o []ReduceOption) any { return Min(a, o...) },
	"all":           func(a *Array[int64], o []ReduceOption) any { return All(a, o...) },
	"any":           func(a *Array[int64], o []ReduceOption) any { return Any(a, o...) },
	"count_nonzero": func(a *Array[int64], o []ReduceOption) any { return CountNonzero(a, o...) },
	"nanmax":        func(a *Array[int64], o []ReduceOption) any { return NanMax(a, o...) },
	"nanmin":        func(a *Array[int64], o []ReduceOption) any { return NanMin(a, o...) },
	"ptp":           func(a *Array[int64], o []ReduceOption) any { return Ptp(a, o...) },
	"argmax":        func(a *Array[int64], o []ReduceOption) any { return ArgMax(a, o...) },
	"argmin":        func(a *Array[int64], o []ReduceOption) any { return ArgMin(a, o...) },
	"cumsum":        scanForms(CumSum[int64], CumSumTo[int64]),
	// NumPy's statistics of integers are float64.
	"mean":          func(a *Array[int64], o []ReduceOption) any { return MeanFloat64(a, o...) },
	"nanmean":       func(a *Array[int64], o []ReduceOption) any { return MeanFloat64(a, o...) },
	"var":           func(a *Array[int64], o []ReduceOption) any { return VarFloat64(a, o...) },
	"std":           func(a *Array[int64], o []ReduceOption) any { return StdFloat64(a, o...) },
	"nanquantile":   func(a *Array[int64], o []ReduceOption) any { return NanQuantile(a, 0.3, o...) },
	"nanpercentile": func(a *Array[int64], o []ReduceOption) any { return NanPercentile(a, 90, o...) },
	"quantiles": func(a *Array[int64], o []ReduceOption) any {
		return Quantiles(a, []float64{0, 0.25, 0.5, 0.9, 1}, o...)
	},
	"median":     func(a *Array[int64], o []ReduceOption) any { return MedianFloat64(a, o...) },
	"quantile":   func(a *Array[int64], o []ReduceOption) any { return Quantile(a, 0.3, o...) },
	"percentile": func(a *Array[int64], o []ReduceOption) any { return Percentile(a, 90, o...) },
}

// int8 sums and products wrap around in int8, where NumPy widens to int64:
// the golden values are wrapped into int8 when decoded.
var int8Reductions = map[string]reduceFunc[int8]{
	"sum":     func(a *Array[int8], o []ReduceOption) any { return Sum(a, o...) },
	"cumprod": func(a *Array[int8], o []ReduceOption) any { return CumProd(a, o...) },
	"mean":    func(a *Array[int8], o []ReduceOption) any { return MeanFloat64(a, o...) },
	"var":     func(a *Array[int8], o []ReduceOption) any { return VarFloat64(a, o...) },
	"median":  func(a *Array[int8], o []ReduceOption) any { return MedianFloat64(a, o...) },
}

var uint8Reductions = map[string]reduceFunc[uint8]{
	"mean":        func(a *Array[uint8], o []ReduceOption) any { return MeanFloat64(a, o...) },
	"var":         func(a *Array[uint8], o []ReduceOption) any { return VarFloat64(a, o...) },
	"std":         func(a *Array[uint8], o []ReduceOption) any { return StdFloat64(a, o...) },
	"median":      func(a *Array[uint8], o []ReduceOption) any { return MedianFloat64(a, o...) },
	"quantile":    func(a *Array[uint8], o []ReduceOption) any { return Quantile(a, 0.3, o...) },
	"percentile":  func(a *Array[uint8], o []ReduceOption) any { return Percentile(a, 90, o...) },
	"percentiles": func(a *Array[uint8], o []ReduceOption) any { return Percentiles(a, []float64{12.5, 50, 99}, o...) },
}

var boolReductions = map[string]reduceFunc[bool]{
	"max":           func(a *Array[bool], o []ReduceOption) any { return Max(a, o...) },
	"min":           func(a *Array[bool], o []ReduceOption) any { return Min(a, o...) },
	"all":           func(a *Array[bool], o []ReduceOption) any { return All(a, o...) },
	"any":           func(a *Array[bool], o []ReduceOption) any { return Any(a, o...) },
	"count_nonzero": func(a *Array[bool], o []ReduceOption) any { return CountNonzero(a, o...) },
}

var complexReductions = map[string]reduceFunc[complex128]{
	"sum":    func(a *Array[complex128], o []ReduceOption) any { return Sum(a, o...) },
	"prod":   func(a *Array[complex128], o []ReduceOption) any { return Prod(a, o...) },
	"nansum": func(a *Array[complex128], o []ReduceOption) any { return NanSum(a, o...) },
	"mean":   func(a *Array[complex128], o []ReduceOption) any { return Mean(a, o...) },
	"cumsum": func(a *Array[complex128], o []ReduceOption) any { return CumSum(a, o...) },
	"var":    func(a *Array[complex128], o []ReduceOption) any { return VarComplex[float64](a, o...) },
	"std":    func(a *Array[complex128], o []ReduceOption) any { return StdComplex[float64](a, o...) },
	"nanvar": func(a *Array[complex128], o []ReduceOption) any { return NanVarComplex[float64](a, o...) },
	"nanstd": func(a *Array[complex128], o []ReduceOption) any { return NanStdComplex[float64](a, o...) },
}

var complex64Reductions = map[string]reduceFunc[complex64]{
	"prod":    func(a *Array[complex64], o []ReduceOption) any { return Prod(a, o...) },
	"nanprod": func(a *Array[complex64], o []ReduceOption) any { return NanProd(a, o...) },
	"cumprod": func(a *Array[complex64], o []ReduceOption) any { return CumProd(a, o...) },
	"mean":    func(a *Array[complex64], o []ReduceOption) any { return Mean(a, o...) },
	"var":     func(a *Array[complex64], o []ReduceOption) any { return VarComplex[float32](a, o...) },
	"std":     func(a *Array[complex64], o []ReduceOption) any { return StdComplex[float32](a, o...) },
	"nanvar":  func(a *Array[complex64], o []ReduceOption) any { return NanVarComplex[float32](a, o...) },
}

// scanForms returns a scan's test function: the plain form for a
// contiguous input, the To form into a destination laid out backwards for
// runReduceCase's strided one, so that the golden cases check both.
func scanForms[T Number](plain func(*Array[T], ...ReduceOption) *Array[T],
	to func(dst, a *Array[T], opts ...ReduceOption) *Array[T]) reduceFunc[T] {
	return func(a *Array[T], o []ReduceOption) any {
		if a.IsContiguous() {
			return plain(a, o...)
		}
		dst := Zeros[T](plain(a, o...).Shape()...) // for its shape
		return to(Flip(dst), a, o...)
	}
}

func TestReductionsGolden(t *testing.T) {
	var doc struct {
		Inputs map[string]golden `json:"inputs"`
		Cases  []reduceCase      `json:"cases"`
	}
	loadGolden(t, "testdata/reduce/cases.json", &doc)
	for _, c := range doc.Cases {
		in := doc.Inputs[c.Input]
		name := fmt.Sprintf("%s(%s, axis=%s, keepdims=%v, ddof=%d)", c.Func, c.Input, c.Axis, c.Keepdims, c.Ddof)
		switch in.Dtype {
		case "float64":
			runReduceCase(t, name, c, goldenAs[float64](in), floatReductions)
		case "float32":
			runReduceCase(t, name, c, goldenAs[float32](in), float32Reductions)
		case "int64":
			runReduceCase(t, name, c, goldenAs[int64](in), intReductions)
		case "int8":
			runReduceCase(t, name, c, goldenAs[int8](in), int8Reductions)
		case "uint8":
			runReduceCase(t, name, c, goldenAs[uint8](in), uint8Reductions)
		case "bool":
			runReduceCase(t, name, c, goldenAs[bool](in), boolReductions)
		case "complex128":
			runReduceCase(t, name, c, goldenAs[complex128](in), complexReductions)
		case "complex64":
			runReduceCase(t, name, c, goldenAs[complex64](in), complex64Reductions)
		default:
			t.Fatalf("%s: no reductions for %s", name, in.Dtype)
		}
	}
}

// runReduceCase runs one golden case on a contiguous input and on the same
// values behind a transposed copy, so strided loops are covered too.
func runReduceCase[T Dtype](t *testing.T, name string, c reduceCase, a *Array[T], funcs map[string]reduceFunc[T]) {
	t.Helper()
	f, ok := funcs[c.Func]
	if !ok {
		t.Fatalf("%s: no numgo function for this dtype", name)
	}
	strided := a.T().Copy().T() // same values, Fortran-ordered strides
	for _, in := range []*Array[T]{a, strided} {
		var got any
		err := catch(func() { got = f(in, c.opts(t)) })
		if c.Error != "" {
			// NumPy's AxisError is a ValueError.
			if !errors.Is(err, ErrValue) && !errors.Is(err, ErrAxis) {
				t.Errorf("%s: got %v, want a panic like NumPy's ValueError %q", name, err, c.Error)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: panicked: %v", name, err)
			continue
		}
		if d := got.(interface{ Dtype() Type }).Dtype(); !wideningDtype(d, *c.Out) {
			t.Errorf("%s: dtype %v, NumPy's %s", name, d, c.Out.Dtype)
		}
		// Statistics of float32 accumulate rounding like NumPy's, but not
		// bit for bit; 64 ulps covers a few dozen terms.
		switch g := got.(type) {
		case *Array[float64]:
			checkClose(t, name, g, *c.Out, 64, in)
		case *Array[float32]:
			checkClose(t, name, g, *c.Out, 64, in)
		case *Array[complex128]:
			checkClose(t, name, g, *c.Out, 64, in)
		case *Array[complex64]:
			checkClose(t, name, g, *c.Out, 64, in)
		case *Array[int64]:
			checkClose(t, name, g, *c.Out, 0, in)
		case *Array[int8]:
			checkClose(t, name, g, *c.Out, 0, in)
		case *Array[uint8]:
			checkClose(t, name, g, *c.Out, 0, in)
		case *Array[int]:
			checkClose(t, name, g, *c.Out, 0, in)
		case *Array[bool]:
			checkClose(t, name, g, *c.Out, 0, in)
		default:
			t.Fatalf("%s: unexpected result %T", name, got)
		}
	}
}

// wideningDtype reports whether numgo's result dtype got matches that of
// NumPy's result want, or differs only as documented: NumPy widens integer
// sums and products to int64, where numgo keeps int8; NumPy's quantile
// over all axes of an array holding a NaN is that NaN, of the input's dtype.
func wideningDtype(got Type, want golden) bool {
	nan := len(want.Data) == 1 && want.Data[0] == "nan"
	return got.String() == want.Dtype || want.Dtype == "int64" && got == Int8 || nan && got == Float64
}

// TestFullReductionOneAlloc checks that a reduction to a 0-d result costs
// one allocation (the array and its element together), and that such a
// result behaves as any 0-d array.
func TestFullReductionOneAlloc(t *testing.T) {
	a := Arange(1000.0)
	allocs := testing.AllocsPerRun(20, func() {
		Sum(a)
		Mean(a)
		Max(a)
		Min(a)
	})
	if allocs != 4 {
		t.Errorf("Sum, Mean, Max and Min to 0-d results: %v allocations, want 4", allocs)
	}
	s := Sum(a)
	if s.Ndim() != 0 || s.Size() != 1 || s.Item() != 499500 {
		t.Fatalf("Sum(Arange(1000)): shape %v, item %v", s.Shape(), s.Item())
	}
	v := s.Reshape(1)
	v.Set(7, 0)
	if s.Item() != 7 || v.At(0) != 7 || s.String() != "7.0" {
		t.Errorf("0-d Sum result and its reshaped view: %v, %v (%q)", s.Item(), v.At(0), s.String())
	}
}

// TestMeanEmpty checks NumPy's means of nothing: NaN where a result element
// has no elements, an empty result where there are no result elements.
func TestMeanEmpty(t *testing.T) {
	if m := Mean(Zeros[float64](0)).Item(); m == m {
		t.Errorf("Mean of an empty array: %v, want NaN", m)
	}
	if m := Mean(Zeros[float64](0, 3), Axis(0)).ToSlice(); len(m) != 3 || m[0] == m[0] || m[2] == m[2] {
		t.Errorf("Mean of a (0,3) array along axis 0: %v, want 3 NaNs", m)
	}
	if m := Mean(Zeros[float64](3, 0), Axis(0)); !sameShape(m.Shape(), []int{0}) {
		t.Errorf("Mean of a (3,0) array along axis 0: shape %v, want (0,)", m.Shape())
	}
}

// TestReduceEmptyAxis checks reductions without an identity over an axis of
// length 0 when the result is empty too: NumPy 1.24 raises for
// np.zeros((0, 0)).max(axis=1) as for np.zeros((3, 0)).max(axis=1), and
// np.zeros((0, 3)).max(axis=1) is an empty (0,) array.
func TestReduceEmptyAxis(t *testing.T) {
	const msg = "zero-size array to reduction operation maximum which has no identity"
	for _, c := range []struct {
		shape []int
		axis  int
	}{{[]int{0, 0}, 1}, {[]int{0, 0}, 0}, {[]int{2, 0, 0}, 1}} {
		z := Zeros[float64](c.shape...)
		for name, f := range map[string]func(){
			"Max": func() { Max(z, Axis(c.axis)) },
			"Ptp": func() { Ptp(z, Axis(c.axis)) },
		} {
			if err := catch(f); !errors.Is(err, ErrValue) || !strings.Contains(err.Error(), msg) {
				t.Errorf("%s(Zeros%v, Axis(%d)): %v, want NumPy's %q", name, c.shape, c.axis, err, msg)
			}
		}
	}
	if m := Max(Zeros[float64](0, 3), Axis(1)); fmt.Sprint(m.Shape()) != "[0]" {
		t.Errorf("Max(Zeros(0, 3), Axis(1)).Shape() = %v, want [0]", m.Shape())
	}
}

// TestNanArgNaNAsInf checks NanArgMax and NanArgMin where a NaN comes
// before the extreme ∓Inf: NumPy 1.24's nanargmax counts NaN as -Inf
// (nanargmin as +Inf) and returns the first extreme. Wanted values are
// NumPy's (np.nanargmax(a), np.nanargmin(a), and along axis 1 and 0).
func TestNanArgNaNAsInf(t *testing.T) {
	n, i := math.NaN(), math.Inf(1)
	for _, c := range []struct {
		a    []float64
		want int
	}{{[]float64{n, -i}, 0}, {[]float64{n, n, -i}, 0}, {[]float64{1, n, -i}, 0}, {[]float64{-i, n}, 0}, {[]float64{n, 3, -i}, 1}, {[]float64{n, -i, 2}, 2}} {
		if got := NanArgMax(FromSlice(c.a)).Item(); got != c.want {
			t.Errorf("NanArgMax(%v) = %d, NumPy's %d", c.a, got, c.want)
		}
		neg := Negative(FromSlice(c.a))
		if got := NanArgMin(neg).Item(); got != c.want {
			t.Errorf("NanArgMin(%v) = %d, NumPy's %d", neg, got, c.want)
		}
		if got := NanArgMax(FromSlice(c.a, 1, len(c.a)), Axis(1)).Item(); got != c.want {
			t.Errorf("NanArgMax(%v, Axis(1)) = %d, NumPy's %d", c.a, got, c.want)
		}
	}
	m := FromSlice([]float64{n, -i, -i, n}, 2, 2)
	if got := NanArgMax(m, Axis(0)).ToSlice(); fmt.Sprint(got) != "[0 0]" {
		t.Errorf("NanArgMax(%v, Axis(0)) = %v, NumPy's [0 0]", m, got)
	}
}

// TestCumSumSignedZero checks the sign of zero sums against NumPy 1.24:
// np.cumsum([-0.0, 1.0]) is [-0, 1] (the first element is copied),
// np.nancumsum([-0.0, nan]) is [-0, 0] and np.nancumsum([nan, -0.0]) is
// [0, 0] (NaN counted as +0), and along axis 0 of [[-0, 1], [-0, 2]]
// [[-0, 1], [-0, 3]].
func TestCumSumSignedZero(t *testing.T) {
	n, z := math.NaN(), math.Copysign(0, -1)
	for _, c := range []struct {
		name      string
		got, want []float64
	}{
		{"CumSum([-0, 1])", CumSum(FromSlice([]float64{z, 1})).ToSlice(), []float64{z, 1}},
		{"CumSum([-0, -0])", CumSum(FromSlice([]float64{z, z})).ToSlice(), []float64{z, z}},
		{"NanCumSum([NaN, 1])", NanCumSum(FromSlice([]float64{n, 1})).ToSlice(), []float64{0, 1}},
		{"NanCumSum([-0, NaN])", NanCumSum(FromSlice([]float64{z, n})).ToSlice(), []float64{z, 0}},
		{"NanCumSum([NaN, -0])", NanCumSum(FromSlice([]float64{n, z})).ToSlice(), []float64{0, 0}},
		{"CumSum([[-0, 1], [-0, 2]], Axis(0))", CumSum(FromSlice([]float64{z, 1, z, 2}, 2, 2), Axis(0)).ToSlice(), []float64{z, 1, z, 3}},
		{"CumSum(strided [-0, 1])", CumSum(FromSlice([]float64{z, 9, 1, 9}).Slice("::2")).ToSlice(), []float64{z, 1}},
		{"NanCumSum(strided [NaN, -0])", NanCumSum(FromSlice([]float64{n, 9, z, 9}).Slice("::2")).ToSlice(), []float64{0, 0}},
	} {
		for i := range c.want {
			if c.got[i] != c.want[i] || math.Signbit(c.got[i]) != math.Signbit(c.want[i]) {
				t.Errorf("%s = %v, NumPy's %v", c.name, c.got, c.want)
				break
			}
		}
	}
}

// TestQuantilesArgs checks the sequence forms' edges: no quantiles give an
// empty first axis, and one out of range panics as NumPy raises.
func TestQuantilesArgs(t *testing.T) {
	a := Arange[float64](12).Reshape(3, 4)
	if got := Quantiles(a, nil, Axis(1)).Shape(); !slices.Equal(got, []int{0, 3}) {
		t.Errorf("Quantiles(a, nil, Axis(1)) has shape %v, want [0 3]", got)
	}
	for name, f := range map[string]func(){
		"Quantiles":      func() { Quantiles(a, []float64{0.5, 1.5}) },
		"NanQuantiles":   func() { NanQuantiles(a, []float64{-0.1}) },
		"Percentiles":    func() { Percentiles(a, []float64{50, 101}) },
		"NanPercentiles": func() { NanPercentiles(a, []float64{math.NaN()}) },
	} {
		if err := catch(f); !errors.Is(err, ErrValue) || !strings.Contains(err.Error(), "must be in the range") {
			t.Errorf("%s: got %v, want NumPy's ValueError", name, err)
		}
	}
}

// TestMeanComplexDivision checks that the mean of complex numbers divides
// the sum as NumPy's true_divide does (times the reciprocal of the count):
// NumPy 1.24's np.mean of these three is 0.4112133659160082 +
// 0.4045593743773198j, where the sum / 3 rounds the other way in a part.
func TestMeanComplexDivision(t *testing.T) {
	z := FromSlice([]complex128{0.23796462709189137 + 0.5442292252959519i, 0.36995516654807925 + 0.6039200385961945i,
		0.625720304108054 + 0.06552885923981311i})
	if got, want := Mean(z).Item(), 0.4112133659160082+0.4045593743773198i; got != want {
		t.Errorf("Mean = %v, NumPy %v", got, want)
	}
}

// TestDdofLaterWins: options apply in order, so a later Ddof(0) undoes an
// earlier Ddof(1) (np.var([1, 2, 3, 4]) is 1.25, with ddof=1 1.6666...).
func TestDdofLaterWins(t *testing.T) {
	a := FromSlice([]float64{1, 2, 3, 4})
	if got := Var(a, Ddof(1), Ddof(0)).Item(); got != 1.25 {
		t.Errorf("Var(a, Ddof(1), Ddof(0)) = %v, want np.var's 1.25", got)
	}
	if got := Var(a, Ddof(0), Ddof(1)).Item(); got != 5.0/3 {
		t.Errorf("Var(a, Ddof(0), Ddof(1)) = %v, want np.var(ddof=1)'s %v", got, 5.0/3)
	}
}
