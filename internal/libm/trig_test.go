package libm

import (
	"encoding/json"
	"math"
	"os"
	"testing"
)

// ulpDiff returns how many float64 values lie between got and want (0 when
// both are NaN, or the same zero).
func ulpDiff(got, want float64) float64 {
	switch {
	case math.IsNaN(got) || math.IsNaN(want):
		if math.IsNaN(got) && math.IsNaN(want) {
			return 0
		}
		return math.Inf(1)
	case got == want:
		if math.Signbit(got) != math.Signbit(want) {
			return math.Inf(1)
		}
		return 0
	}
	// Ordered integers of the bits: negative floats count down from 0.
	ord := func(x float64) float64 {
		b := int64(math.Float64bits(x))
		if b < 0 {
			b = math.MinInt64 - b
		}
		return float64(b)
	}
	return math.Abs(ord(got) - ord(want))
}

// TestTrigGolden checks Sin, Cos and Tan against glibc's (NumPy's scalar
// loops) at the arguments of testdata/gen_libm_trig.py: next to multiples
// of π/2, where Go's math loses digits (Sin(π), Tan(-π/2)), over ranges up
// to 1e308 and at the float64 closest to a multiple of π/2.
func TestTrigGolden(t *testing.T) {
	raw, err := os.ReadFile("testdata/trig.json")
	if err != nil {
		t.Fatal(err)
	}
	var rows [][4]int64
	if err := json.Unmarshal(raw, &rows); err != nil {
		t.Fatal(err)
	}
	f := func(b int64) float64 { return math.Float64frombits(uint64(b)) }
	var worst [3]float64
	for _, r := range rows {
		x := f(r[0])
		for i, fn := range []func(float64) float64{Sin, Cos, Tan} {
			got, want := fn(x), f(r[i+1])
			d := ulpDiff(got, want)
			worst[i] = max(worst[i], d)
			if d > 1 {
				t.Errorf("%s(%v) = %v, glibc %v (%v ulp)", [...]string{"Sin", "Cos", "Tan"}[i], x, got, want, d)
			}
		}
	}
	t.Logf("%d arguments; largest difference from glibc: Sin %v, Cos %v, Tan %v ulp", len(rows), worst[0], worst[1], worst[2])
	for _, x := range []float64{math.Inf(1), math.Inf(-1), math.NaN()} {
		if !math.IsNaN(Sin(x)) || !math.IsNaN(Cos(x)) || !math.IsNaN(Tan(x)) {
			t.Errorf("Sin, Cos, Tan of %v = %v, %v, %v; want NaN", x, Sin(x), Cos(x), Tan(x))
		}
	}
}

func BenchmarkSin(b *testing.B) {
	var s float64
	for i := 0; b.Loop(); i++ {
		s += Sin(float64(i&1023) * 0.1)
	}
	sink = s
}

func BenchmarkMathSin(b *testing.B) {
	var s float64
	for i := 0; b.Loop(); i++ {
		s += math.Sin(float64(i&1023) * 0.1)
	}
	sink = s
}

var sink float64
