package ndarray

import (
	"math"
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
