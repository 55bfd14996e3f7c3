package ndarray

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"testing"
)

// TestReduceLayoutsAgree checks that the SIMD kernels of the cgo build
// (contiguous runs) and the Go loops (the same values behind a step of 2)
// give the same results bit for bit: sums and squared deviations block and
// split alike, max/min and arg-reductions pick the same elements, and rows
// folded into a result keep their order. It runs on every backend.
func TestReduceLayoutsAgree(t *testing.T) {
	const n = 5003
	wide := make([]float64, 2*n)
	for i := range wide {
		wide[i] = math.Sin(float64(i)*0.37)*100 + 1/float64(i+1)
	}
	a := FromSlice(wide[:n], n)
	b := make([]float64, 2*n) // b[::2] holds a's values
	for i, x := range wide[:n] {
		b[2*i] = x
		b[2*i+1] = math.NaN()
	}
	strided := FromSlice(b, 2*n).Slice("::2")
	for name, f := range map[string]func(*Array[float64]) float64{
		"Sum":    func(x *Array[float64]) float64 { return Sum(x).Item() },
		"Var":    func(x *Array[float64]) float64 { return Var(x).Item() },
		"Max":    func(x *Array[float64]) float64 { return Max(x).Item() },
		"Min":    func(x *Array[float64]) float64 { return Min(x).Item() },
		"ArgMax": func(x *Array[float64]) float64 { return float64(ArgMax(x).Item()) },
		"ArgMin": func(x *Array[float64]) float64 { return float64(ArgMin(x).Item()) },
	} {
		if got, want := f(a), f(strided); got != want {
			t.Errorf("%s: contiguous %v, strided %v", name, got, want)
		}
	}

	// Rows folded into the result (axis 0, NaNs included) against the
	// same reduction of a Fortran-ordered copy, which folds each column.
	m := FromSlice(wide[:9*301], 9, 301).Copy()
	m.Set(math.NaN(), 4, 17)
	m.Set(math.NaN(), 8, 300)
	f := m.T().Copy().T()
	for name, r := range map[string]func(*Array[float64]) *Array[float64]{
		"Max": func(x *Array[float64]) *Array[float64] { return Max(x, Axis(0)) },
		"Min": func(x *Array[float64]) *Array[float64] { return Min(x, Axis(0)) },
	} {
		got, want := r(m).ToSlice(), r(f).ToSlice()
		for j := range got {
			if got[j] != want[j] && !(got[j] != got[j] && want[j] != want[j]) {
				t.Fatalf("%s axis 0 [%d]: C order %v, Fortran order %v", name, j, got[j], want[j])
			}
		}
	}
	// A sum along axis 0 adds the rows in order in both layouts.
	sumC := Sum(m, Axis(0)).ToSlice()
	for j := range sumC {
		var s float64
		for i := range 9 {
			s += m.At(i, j)
		}
		if sumC[j] != s && !(s != s && sumC[j] != sumC[j]) {
			t.Fatalf("Sum axis 0 [%d]: %v, rows in order give %v", j, sumC[j], s)
		}
	}
}

// TestReduceToLongRowsNoAlloc checks that the out= forms allocate nothing
// when every row of the result goes to a SIMD kernel (a boxed result or a
// pointer handed to C would allocate once per row).
func TestReduceToLongRowsNoAlloc(t *testing.T) {
	a := Ones[float64](50, 300)
	rows, cols := Zeros[float64](50), Zeros[float64](300)
	allocs := testing.AllocsPerRun(10, func() {
		MaxTo(rows, a, Axis(1))
		MinTo(rows, a, Axis(1))
		SumTo(rows, a, Axis(1))
		MaxTo(cols, a, Axis(0))
		SumTo(cols, a, Axis(0))
	})
	if allocs != 0 {
		t.Errorf("SumTo/MaxTo/MinTo along long rows: %v allocations, want 0", allocs)
	}
}

// rowReductions are the reductions with a block-of-rows kernel along the
// contiguous axis, in allocating and out= forms.
func rowReductions[T Float]() map[string][2]func(dst, a *Array[T], o ...ReduceOption) *Array[T] {
	alloc := func(f func(*Array[T], ...ReduceOption) *Array[T]) func(_, a *Array[T], o ...ReduceOption) *Array[T] {
		return func(_, a *Array[T], o ...ReduceOption) *Array[T] { return f(a, o...) }
	}
	return map[string][2]func(dst, a *Array[T], o ...ReduceOption) *Array[T]{
		"sum":  {alloc(Sum[T]), SumTo[T]},
		"mean": {alloc(Mean[T]), MeanTo[T]},
		"max":  {alloc(Max[T]), MaxTo[T]},
		"min":  {alloc(Min[T]), MinTo[T]},
	}
}

// TestReduceRowsGolden checks reductions along the contiguous axis (the
// block-of-rows kernel of the cgo build, the per-row Go loop otherwise)
// against NumPy: rows of 1029 and of 13 elements, NaN and infinite
// elements, an outer reduced axis around the rows, inputs large enough to
// split across goroutines, and results written through a step of 3 and a
// step of -1. Each case also runs on a Fortran-ordered copy.
func TestReduceRowsGolden(t *testing.T) {
	var doc struct {
		Inputs  map[string]golden `json:"inputs"`
		Formula map[string]struct {
			Dtype string `json:"dtype"`
			Shape []int  `json:"shape"`
		} `json:"formula"`
		Cases []reduceCase `json:"cases"`
	}
	loadGolden(t, "testdata/reduce/rows.json", &doc)
	for _, c := range doc.Cases {
		in, ok := doc.Inputs[c.Input]
		if !ok {
			// x[i] = ((i*7919) % 1000 + 0.5) / 64, as gen_reduce_rows.py has it.
			f := doc.Formula[c.Input]
			in = golden{Dtype: f.Dtype, Shape: f.Shape}
			n := 1
			for _, d := range f.Shape {
				n *= d
			}
			for i := range n {
				in.Data = append(in.Data, json.Number(strconv.FormatFloat((float64(i*7919%1000)+0.5)/64, 'g', -1, 64)))
			}
		}
		name := fmt.Sprintf("%s(%s, axis=%s)", c.Func, c.Input, c.Axis)
		switch in.Dtype {
		case "float64":
			runRowsCase(t, name, c, goldenAs[float64](in))
		case "float32":
			runRowsCase(t, name, c, goldenAs[float32](in))
		default:
			t.Fatalf("%s: unexpected dtype %s", name, in.Dtype)
		}
	}
}

func runRowsCase[T Float](t *testing.T, name string, c reduceCase, a *Array[T]) {
	t.Helper()
	f := rowReductions[T]()[c.Func]
	opts := c.opts(t)
	want := goldenAs[T](*c.Out)
	n := want.Size()
	for layout, in := range map[string]*Array[T]{"C": a, "F": a.T().Copy().T()} {
		// The sums of 1029 terms a Fortran-ordered copy adds one by one
		// along axis 1 are further from NumPy's pairwise ones.
		ulps := 4.0
		if layout == "F" {
			ulps = 256
		}
		check := func(form string, got *Array[T]) {
			t.Helper()
			checkClose[T, T](t, name+" "+layout+" "+form, got, *c.Out, ulps)
		}
		check("allocating", f[0](nil, in, opts...))
		wide := Full(T(-7), 3*n)
		check("into step 3", f[1](wide.Slice("::3").Reshape(want.shape...), in, opts...))
		if got := wide.Slice("1::3"); !ArrayEqual(got, Full(T(-7), n)) {
			t.Errorf("%s %s: wrote between the elements of a step-3 result", name, layout)
		}
		rev := Full(T(-7), n)
		f[1](rev.Slice("::-1").Reshape(want.shape...), in, opts...)
		check("into step -1", rev.Slice("::-1").Reshape(want.shape...))
	}
}

// TestReduceRowsParallelMatchesSerial requires reductions along the
// contiguous axis and along outer axes to give the same results, bit for
// bit, with and without the goroutine split.
func TestReduceRowsParallelMatchesSerial(t *testing.T) {
	x := Linspace(-3.0, 5.0, 9*(parallelMin/4+7))
	m := Mul(x, x).Reshape(9, -1) // 9 rows, not a multiple of the workers
	deep := m.Reshape(3, 3, -1)
	run := func() []*Array[float64] {
		var r []*Array[float64]
		for _, f := range []func(*Array[float64], ...ReduceOption) *Array[float64]{Sum[float64], Mean[float64], Max[float64], Min[float64]} {
			r = append(r, f(m, Axis(1)), f(m.T(), Axis(0)), f(deep, Axis(0, 2)), f(deep, Axis(1)))
		}
		return r
	}
	par := run()
	saved := parallelMin
	parallelMin = 1 << 62
	defer func() { parallelMin = saved }()
	for i, ser := range run() {
		if !ArrayEqual(par[i], ser) {
			t.Errorf("reduction %d: parallel %v, serial %v", i, par[i], ser)
		}
	}
}

// TestFoldLongGolden runs Max, Min, ArgMax and ArgMin over runs long enough
// to be scanned in two halves (parallelFoldMin) against NumPy: ties that
// span both halves, NaNs in the upper half or in both, a new extreme in
// either half, signed zeros (compared as equal: NumPy's pick of a zero
// follows its SIMD order). The inputs are computed as gen_reduce_long.py
// has them.
func TestFoldLongGolden(t *testing.T) {
	var cases []struct {
		Name, Dtype    string
		N              int
		Fill           *float64
		Set            [][2]any
		Max, Min       golden
		ArgMax, ArgMin int
	}
	loadGolden(t, "testdata/reduce/long.json", &cases)
	for _, c := range cases {
		x := make([]float64, c.N)
		for i := range x {
			x[i] = (float64(i*7919%1000) + 0.5) / 64
			if c.Fill != nil {
				x[i] = *c.Fill
			}
		}
		for _, s := range c.Set {
			x[int(num(s[0]))] = num(s[1])
		}
		name := c.Name + " " + c.Dtype
		switch c.Dtype {
		case "float64":
			checkFoldLong(t, name, FromSlice(x), c.Max, c.Min, c.ArgMax, c.ArgMin)
		case "float32":
			checkFoldLong(t, name, Convert[float32](FromSlice(x)), c.Max, c.Min, c.ArgMax, c.ArgMin)
		}
	}
}

func checkFoldLong[T Float](t *testing.T, name string, a *Array[T], max, min golden, argMax, argMin int) {
	t.Helper()
	same := func(x, y T) bool { return x == y || x != x && y != y }
	if got, want := Max(a).Item(), goldenAs[T](max).Item(); !same(got, want) {
		t.Errorf("%s: Max %v, NumPy %v", name, got, want)
	}
	if got, want := Min(a).Item(), goldenAs[T](min).Item(); !same(got, want) {
		t.Errorf("%s: Min %v, NumPy %v", name, got, want)
	}
	if got := ArgMax(a).Item(); got != argMax {
		t.Errorf("%s: ArgMax %d, NumPy %d", name, got, argMax)
	}
	if got := ArgMin(a).Item(); got != argMin {
		t.Errorf("%s: ArgMin %d, NumPy %d", name, got, argMin)
	}
}
