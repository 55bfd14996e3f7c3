package cmath

import (
	"fmt"
	"math"
	"testing"
)

// TestRealKernels checks the real functions that stand in for Go's math
// where it differs from glibc, against glibc's values on Debian (NumPy's
// hypot; Python's math.sin, cos and atan2), to the bit or
// within an ulp.
func TestRealKernels(t *testing.T) {
	type check struct {
		name      string
		got, want float64
		ulps      uint64
	}
	cases := []check{
		{"atan2(-5e-324, -2)", atan2(-5e-324, -2), -math.Pi, 0},
		{"hypot(0.5004112558189071, 0.8657773372614134)", hypot(0.5004112558189071, 0.8657773372614134), 0.9999909112915571, 0},
	}
	for _, y := range []struct{ y, sin, cos float64 }{
		{1e300, -0.8178819121159085, -0.5753861119575491},
		{314.1592653589793, 1.964386723728472e-15, 1.0},
		{1e22, -0.8522008497671888, 0.523214785395139},
		{1610612736, 0.8403938762564861, -0.5419761366984693},
		{7, 0.6569865987187891, 0.7539022543433046},
	} {
		s, c := sincos(y.y)
		cases = append(cases, check{fmt.Sprintf("sin(%v)", y.y), s, y.sin, 1}, check{fmt.Sprintf("cos(%v)", y.y), c, y.cos, 1})
	}
	for _, c := range cases {
		a, b := math.Float64bits(c.got), math.Float64bits(c.want)
		if max(a, b)-min(a, b) > c.ulps {
			t.Errorf("%s = %v, glibc %v", c.name, c.got, c.want)
		}
	}
}

// TestPowSpecial checks npy_cpow's exact cases against NumPy 1.24.
func TestPowSpecial(t *testing.T) {
	nan := complex(math.NaN(), math.NaN())
	for _, c := range []struct{ a, b, want complex128 }{
		{1 + 1i, 2, 2i},
		{0, 0, 1},
		{0, 2, 0},
		{0, -1, nan},
		{0, 1i, nan},
		{0, 1 + 1i, nan},
		{2, -2, 0.25},
		{complex(math.Inf(1), 0), 1, complex(math.Inf(1), 0)},
	} {
		got := Pow(c.a, c.b)
		same := func(x, y float64) bool { return x == y || math.IsNaN(x) && math.IsNaN(y) }
		if !same(real(got), real(c.want)) || !same(imag(got), imag(c.want)) {
			t.Errorf("Pow(%v, %v) = %v, NumPy %v", c.a, c.b, got, c.want)
		}
	}
}
