package ndarray

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
)

// float64Cases is testdata/gen_float64_forms.py's golden data.
type float64Cases struct {
	TrueDivide []struct{ A, B, Out golden } `json:"true_divide"`
	Average    []struct {
		A       golden
		Weights *golden
		Axis    *int
		Out     golden
	} `json:"average"`
	QuantileWrap []struct {
		A                    golden
		Q                    float64
		NumPy, Exact, Median golden
	} `json:"quantile_wrap"`
	Bool []struct {
		Mask                              golden
		Axis                              *int
		Sum, Argmax, Argmin, Mean, Cumsum golden
	} `json:"bool"`
	Empty []struct {
		Shape         []int
		Axis          *int
		Median        golden
		Quantile      *golden
		QuantileError string `json:"quantile_error"`
	} `json:"empty"`
}

func loadFloat64Cases(t *testing.T) float64Cases {
	t.Helper()
	var c float64Cases
	loadGolden(t, "testdata/float64/cases.json", &c)
	return c
}

// axisOpts turns a golden axis (nil for all axes) into options.
func axisOpts(axis *int) []ReduceOption {
	if axis == nil {
		return nil
	}
	return []ReduceOption{Axis(*axis)}
}

// stridedLayouts returns a and a copy of it with Fortran-ordered strides,
// so that each case runs on the strided loops too.
func stridedLayouts[T Dtype](a *Array[T]) []*Array[T] {
	return []*Array[T]{a, a.T().Copy().T()}
}

func TestTrueDivideGolden(t *testing.T) {
	for i, c := range loadFloat64Cases(t).TrueDivide {
		name := fmt.Sprintf("true_divide#%d(%s %v, %s %v)", i, c.A.Dtype, c.A.Shape, c.B.Dtype, c.B.Shape)
		switch c.A.Dtype {
		case "int64":
			checkTrueDivide(t, name, goldenAs[int64](c.A), goldenAs[int64](c.B), c.Out)
		case "int8":
			checkTrueDivide(t, name, goldenAs[int8](c.A), goldenAs[int8](c.B), c.Out)
		case "uint8":
			checkTrueDivide(t, name, goldenAs[uint8](c.A), goldenAs[uint8](c.B), c.Out)
		case "float32":
			checkTrueDivide(t, name, goldenAs[float32](c.A), goldenAs[float32](c.B), c.Out)
		default:
			t.Fatalf("%s: no case for %s", name, c.A.Dtype)
		}
	}
}

// checkTrueDivide checks TrueDivide and TrueDivideTo (into a reversed
// view) on every layout: the quotients of exactly converted values are
// correctly rounded, so they equal NumPy's bit for bit.
func checkTrueDivide[T Real](t *testing.T, name string, a, b *Array[T], want golden) {
	t.Helper()
	for _, x := range stridedLayouts(a) {
		for _, y := range stridedLayouts(b) {
			checkArray(t, name, TrueDivide(x, y), want)
			dst := Zeros[float64](want.Shape...)
			view := dst
			if dst.Ndim() > 0 {
				view = Flip(dst, 0)
			}
			if got := TrueDivideTo(view, x, y); got != view {
				t.Errorf("%s: TrueDivideTo returned another array than dst", name)
			}
			checkArray(t, name+" To a reversed view", view, want)
		}
	}
}

func TestAverageFloat64Golden(t *testing.T) {
	for i, c := range loadFloat64Cases(t).Average {
		name := fmt.Sprintf("average#%d(axis=%v, weights=%v)", i, c.Axis, c.Weights != nil)
		var w *Array[int64]
		if c.Weights != nil {
			w = goldenAs[int64](*c.Weights)
		}
		for _, a := range stridedLayouts(goldenAs[int64](c.A)) {
			got := AverageFloat64(a, w, axisOpts(c.Axis)...)
			checkClose(t, name, got, c.Out, 4, a)
		}
	}
}

// TestQuantileIntWrap checks quantiles of int8 neighbours further apart
// than 127: NumPy's int8 difference wraps around (its quantile 0.5 of
// [-128, 127, -100, 100] is 128), numgo's is exact, as NumPy's is for the
// same values in int64.
func TestQuantileIntWrap(t *testing.T) {
	for _, c := range loadFloat64Cases(t).QuantileWrap {
		a := goldenAs[int8](c.A)
		name := fmt.Sprintf("Quantile(%v, %v)", a, c.Q)
		checkClose(t, name, Quantile(a, c.Q), c.Exact, 1, a)
		checkClose(t, name, Percentile(a, 100*c.Q), c.Exact, 1, a)
		checkClose(t, "MedianFloat64", MedianFloat64(a), c.Median, 0, a)
	}
}

// TestBoolReductions checks the integer forms that docs/numpy.md gives for
// NumPy's reductions of a mask against NumPy's: np.sum(mask) is
// CountNonzero, np.argmax(mask) is ArgMax of the mask as uint8, np.mean is
// MeanFloat64 of it, np.cumsum is CumSum of it as int.
func TestBoolReductions(t *testing.T) {
	for _, c := range loadFloat64Cases(t).Bool {
		mask := goldenAs[bool](c.Mask)
		o := axisOpts(c.Axis)
		name := fmt.Sprintf("mask %v, axis %v", mask, c.Axis)
		checkArray(t, "CountNonzero "+name, CountNonzero(mask, o...), c.Sum)
		checkArray(t, "ArgMax "+name, ArgMax(Convert[uint8](mask), o...), c.Argmax)
		checkArray(t, "ArgMin "+name, ArgMin(Convert[uint8](mask), o...), c.Argmin)
		checkClose(t, "MeanFloat64 "+name, MeanFloat64(Convert[uint8](mask), o...), c.Mean, 1, mask)
		checkArray(t, "CumSum "+name, CumSum(Convert[int](mask), o...), c.Cumsum)
	}
}

// TestQuantileEmpty checks NumPy's answers for nothing: the median of an
// empty slice is NaN, its quantile an IndexError, and both are empty
// arrays where no slice is left.
func TestQuantileEmpty(t *testing.T) {
	for _, c := range loadFloat64Cases(t).Empty {
		a := Zeros[float64](c.Shape...)
		name := fmt.Sprintf("shape %v axis %v", c.Shape, c.Axis)
		o := axisOpts(c.Axis)
		checkArray(t, "Median "+name, Median(a, o...), c.Median)
		checkArray(t, "MedianFloat64 "+name, MedianFloat64(Convert[int](a), o...), c.Median)
		for _, f := range []func() *Array[float64]{
			func() *Array[float64] { return Quantile(a, 0.5, o...) },
			func() *Array[float64] { return Percentile(Convert[int32](a), 50, o...) },
		} {
			var got *Array[float64]
			err := catch(func() { got = f() })
			switch {
			case c.QuantileError != "":
				if !errors.Is(err, ErrIndex) {
					t.Errorf("Quantile %s: got %v, want a panic like NumPy's IndexError %q", name, err, c.QuantileError)
				}
			case err != nil:
				t.Errorf("Quantile %s: panicked: %v", name, err)
			default:
				checkArray(t, "Quantile "+name, got, *c.Quantile)
			}
		}
	}
}

// TestMeanFloat64Long checks MeanFloat64 over runs long enough for
// pairwiseSumFloat64's splits and the parallel reduction paths, against
// the exact means of arithmetic progressions.
func TestMeanFloat64Long(t *testing.T) {
	const n = 1<<18 + 13
	a := Arange(n)
	if got, want := MeanFloat64(a).Item(), float64(n-1)/2; got != want {
		t.Errorf("MeanFloat64(Arange(%d)) = %v, want %v", n, got, want)
	}
	// Columns of the (n/3, 3) matrix 0, 1, 2, ... have means n/2 - 1.5 + j:
	// a reduction along the outer axis, folded row by row.
	m := Arange(3*(n/3)).Reshape(-1, 3)
	for _, in := range stridedLayouts(Convert[int32](m)) {
		got := MeanFloat64(in, Axis(0)).ToSlice()
		for j, g := range got {
			if want := float64(3*(n/3))/2 - 1.5 + float64(j); g != want {
				t.Errorf("MeanFloat64 along axis 0, column %d: %v, want %v", j, g, want)
			}
		}
		rows := MeanFloat64(in, Axis(1), KeepDims())
		if r := rows.At(7, 0); r != 22 {
			t.Errorf("MeanFloat64 along axis 1, row 7: %v, want 22", r)
		}
	}
}

// TestMeanFloat64ToNoAlloc checks that MeanFloat64To and TrueDivideTo into
// a given dst allocate nothing, as the other ...To forms.
func TestMeanFloat64ToNoAlloc(t *testing.T) {
	a := Arange(600).Reshape(20, 30)
	m, q := Zeros[float64](30), Zeros[float64](20, 30)
	allocs := testing.AllocsPerRun(20, func() {
		MeanFloat64To(m, a, Axis(0))
		TrueDivideTo(q, a, a)
	})
	if allocs != 0 {
		t.Errorf("MeanFloat64To and TrueDivideTo: %v allocations, want 0", allocs)
	}
}

// TestFloat64FormsOfFloat64 checks that the float64 forms of a float64
// array are the plain functions (sharing no memory with the input).
func TestFloat64FormsOfFloat64(t *testing.T) {
	a := FromSlice([]float64{4, 1, 3, 2, 10})
	for name, got := range map[string]float64{
		"MeanFloat64": MeanFloat64(a).Item(), "VarFloat64": VarFloat64(a).Item(),
		"StdFloat64": StdFloat64(a).Item(), "MedianFloat64": MedianFloat64(a).Item(),
		"AverageFloat64": AverageFloat64(a, nil).Item(),
	} {
		want := map[string]float64{"MeanFloat64": 4, "VarFloat64": 10, "StdFloat64": math.Sqrt(10),
			"MedianFloat64": 3, "AverageFloat64": 4}[name]
		if got != want {
			t.Errorf("%s([4 1 3 2 10]) = %v, want %v", name, got, want)
		}
	}
}

// TestNilArrayPanics checks that a nil *Array reaching the iteration
// engine panics with a *ValueError naming the operation, not a nil
// dereference.
func TestNilArrayPanics(t *testing.T) {
	var null *Array[float64]
	one := Scalar(1.0)
	for name, f := range map[string]func(){
		"Add":         func() { Add(null, one) },
		"AddTo b":     func() { AddTo(nil, one, null) },
		"Exp":         func() { Exp(null) },
		"Sum":         func() { Sum(null) },
		"Max":         func() { Max(null) },
		"ArgMax":      func() { ArgMax(null) },
		"Median":      func() { Median(null) },
		"MeanFloat64": func() { MeanFloat64[int](nil) },
		"VarFloat64":  func() { VarFloat64[int](nil) },
		"TrueDivide":  func() { TrueDivide(nil, Scalar(1)) },
	} {
		err := catch(f)
		if !errors.Is(err, ErrValue) {
			t.Errorf("%s(nil): got %v, want a *ValueError", name, err)
		}
	}
}

// TestInvalidEnums checks that out-of-range PadMode and Side values panic
// as NumPy's unknown mode and side strings raise ValueError.
func TestInvalidEnums(t *testing.T) {
	for name, f := range map[string]func(){
		"Pad":          func() { Pad(Arange(3), [][2]int{{1, 1}}, PadMode(9)) },
		"Pad negative": func() { Pad(Arange(3), [][2]int{{1, 1}}, PadMode(-1)) },
		"SearchSorted": func() { SearchSorted(Arange(3), Scalar(1), Side(2)) },
	} {
		if err := catch(f); !errors.Is(err, ErrValue) {
			t.Errorf("%s with an invalid mode: got %v, want a *ValueError", name, err)
		}
	}
}

// TestZeroDimAxis checks the documented difference from NumPy's ufunc
// reductions, which accept axis 0 and -1 on a 0-d array
// (np.sum(np.array(5), axis=0) is 5) where numgo panics, as np.mean and
// np.median do, with an *AxisError.
func TestZeroDimAxis(t *testing.T) {
	for _, ax := range []int{0, -1} {
		if err := catch(func() { Sum(Scalar(5), Axis(ax)) }); !errors.Is(err, ErrAxis) {
			t.Errorf("Sum(Scalar(5), Axis(%d)): got %v, want an *AxisError", ax, err)
		}
	}
}

// TestAverageZeroWeights checks that Average and AverageFloat64 panic as
// NumPy raises ZeroDivisionError when the weights of a reduced slice sum to
// zero (one slice of several, a full reduction, a -0 sum, float32), with
// NumPy's message.
func TestAverageZeroWeights(t *testing.T) {
	const msg = "Weights sum to zero, can't be normalized"
	negZero := math.Copysign(0, -1)
	a := FromSlice([]float64{1, 2, 3, 3}, 2, 2)
	for name, f := range map[string]func(){
		"axis 1, second row":  func() { Average(a, FromSlice([]float64{1, 2, 2, -2}, 2, 2), Axis(1)) },
		"1-d weights, axis 1": func() { Average(a, FromSlice([]float64{0, 0}, 2), Axis(1)) },
		"all axes":            func() { Average(a, FromSlice([]float64{1, -1, 2, -2}, 2, 2)) },
		"-0 sum":              func() { Average(a, FromSlice([]float64{negZero, 1, negZero, -1}, 2, 2), Axis(0)) },
		"float32":             func() { Average(FromSlice([]float32{1, 2}, 2), FromSlice([]float32{3, -3}, 2)) },
		"AverageFloat64":      func() { AverageFloat64(FromSlice([]int{1, 2, 3}, 3), FromSlice([]int{1, 1, -2}, 3)) },
	} {
		err := catch(f)
		var ve *ValueError
		if !errors.As(err, &ve) || ve.Msg != msg {
			t.Errorf("%s: got %v, want a *ValueError %q", name, err, msg)
		}
	}
}

// TestFloat64FormsKeepOrder: the float64 forms convert a transposed input
// in its memory order, as NumPy's astype (order='K'), so that a reduction
// along its contiguous axis is pairwise as NumPy's: the sum of 2⁵³, seven
// ones and -2⁵³ is 6 pairwise and 0 added in order. The wants are
// NumPy's np.average(a, axis=0), np.var and np.std of the same a, and
// np.average of a.astype(float64) (Fortran-ordered) with weights of ones.
func TestFloat64FormsKeepOrder(t *testing.T) {
	rows := FromSlice([]int64{1 << 53, 1, 1, 1, 1, 1, 1, 1, -1 << 53, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 2, 9)
	a := rows.T()
	for name, c := range map[string]struct{ got, want []float64 }{
		"AverageFloat64":    {AverageFloat64(a, nil, Axis(0)).ToSlice(), []float64{0.6666666666666666, 0}},
		"VarFloat64":        {VarFloat64(a, Axis(0)).ToSlice(), []float64{1.8028808536579262e+31, 0}},
		"StdFloat64":        {StdFloat64(a, Axis(0)).ToSlice(), []float64{4246034448350515.0, 0}},
		"Average, weighted": {Average(Convert[float64](rows).T(), Ones[float64](9), Axis(0)).ToSlice(), []float64{0.6666666666666666, 0}},
	} {
		if !slices.Equal(c.got, c.want) {
			t.Errorf("%s of a transposed array along axis 0 = %v, NumPy's %v", name, c.got, c.want)
		}
	}
}

// TestAverageWeightErrors checks Average's panics on weights that do not
// fit a, with the messages np.average raises (its TypeErrors and ValueError
// as *ShapeError), and that 1-d weights summing to zero fail for an empty a
// too, as NumPy sums them before they broadcast (ZeroDivisionError).
func TestAverageWeightErrors(t *testing.T) {
	a := Ones[float64](2, 3)
	for _, c := range []struct {
		name string
		f    func()
		want error
		msg  string
	}{
		{"no axis", func() { Average(a, Ones[float64](3)) }, ErrShape,
			"Axis must be specified when shapes of a and weights differ."},
		{"2-d weights", func() { Average(a, Ones[float64](1, 3), Axis(1)) }, ErrShape,
			"1D weights expected when shapes of a and weights differ."},
		{"length", func() { Average(a, Ones[float64](2), Axis(1)) }, ErrShape,
			"Length of weights not compatible with specified axis."},
		{"empty a", func() { Average(Zeros[float64](0, 3), FromSlice([]float64{-2, 1, 1}), Axis(1)) }, ErrValue,
			"Weights sum to zero, can't be normalized"},
	} {
		err := catch(c.f)
		if !errors.Is(err, c.want) || !strings.HasSuffix(err.Error(), ": "+c.msg) {
			t.Errorf("%s: got %v, want %v with %q", c.name, err, c.want, c.msg)
		}
	}
}

// TestSelectNth checks the quantiles' selection against a full sort on
// orderings that trouble quickselects (sorted, reversed, organ pipe, all
// equal, few values) for every k.
func TestSelectNth(t *testing.T) {
	const n = 200
	patterns := map[string]func(i int) int{
		"sorted":    func(i int) int { return i },
		"reversed":  func(i int) int { return n - i },
		"organpipe": func(i int) int { return min(i, n-i) },
		"equal":     func(i int) int { return 7 },
		"fewvalues": func(i int) int { return (i * 7919) % 3 },
		"scrambled": func(i int) int { return (i * 7919) % 211 },
	}
	for name, f := range patterns {
		x := make([]int, n)
		for i := range x {
			x[i] = f(i)
		}
		sorted := slices.Clone(x)
		slices.Sort(sorted)
		for k := range n {
			y := slices.Clone(x)
			selectNth(y, k)
			if y[k] != sorted[k] || slices.Max(y[:k+1]) != y[k] || slices.Min(y[k:]) != y[k] {
				t.Fatalf("selectNth(%s, %d): x[k] = %d, want %d, or not partitioned around it", name, k, y[k], sorted[k])
			}
		}
	}
}

// TestFloat64FormsZeroDim checks the statistics of 0-d arrays, whose
// scratch copies are 0-d too: NumPy's are the element (variance 0).
func TestFloat64FormsZeroDim(t *testing.T) {
	for name, c := range map[string][2]float64{
		"MeanFloat64":    {MeanFloat64(Scalar(7)).Item(), 7},
		"VarFloat64":     {VarFloat64(Scalar(7)).Item(), 0},
		"StdFloat64":     {StdFloat64(Scalar(int8(7))).Item(), 0},
		"MedianFloat64":  {MedianFloat64(Scalar(uint16(7))).Item(), 7},
		"Median":         {Median(Scalar(2.5)).Item(), 2.5},
		"Quantile":       {Quantile(Scalar(int32(7)), 0.3).Item(), 7},
		"Average":        {Average(Scalar(2.0), Scalar(3.0)).Item(), 2},
		"AverageFloat64": {AverageFloat64(Scalar(4), Scalar(1)).Item(), 4},
		"TrueDivide":     {TrueDivide(Scalar(1), Scalar(4)).Item(), 0.25},
	} {
		if c[0] != c[1] {
			t.Errorf("%s of a 0-d array: %v, want %v", name, c[0], c[1])
		}
	}
}
