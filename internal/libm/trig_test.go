package libm

import (
	"encoding/json"
	"math"
	"os"
	"testing"
)

// TestTrigGolden checks Sin, Cos and Tan against the correctly rounded
// values (testdata/gen_libm_trig.py computes them in 1400-bit fixed point)
// next to multiples of π/2, where Go's math loses digits (Sin(π),
// Tan(-π/2)), over ranges up to 1e308 and at the float64 closest to a
// multiple of π/2.
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
	for _, r := range rows {
		x := f(r[0])
		for i, fn := range []func(float64) float64{Sin, Cos, Tan} {
			// Within an ulp: the same bits (signed zeros too), or one step.
			if got, want := fn(x), f(r[i+1]); !sameFloat(got, want) && math.Nextafter(got, want) != want {
				t.Errorf("%s(%v) = %v, correctly rounded %v", [...]string{"Sin", "Cos", "Tan"}[i], x, got, want)
			}
		}
	}
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
