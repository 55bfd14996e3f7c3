package ndarray

import (
	"math"
	"testing"
)

// TestExpLogExtremes checks Exp, Log, Log10 and Tan where Go's math differs from
// the C library NumPy calls (internal/libm), on runs short enough for the
// Go kernels and long enough for the SIMD ones, float64 and float32.
// Expected values are NumPy 1.24's: np.exp(709.5), np.log(5e-324),
// np.log10(5e-324), np.exp(np.float32(88.5)), np.log(np.float32(1e-45)),
// np.tan(5e-324).
func TestExpLogExtremes(t *testing.T) {
	for _, n := range []int{1, 3, 40} {
		for _, c := range []struct {
			name    string
			f       func(*Array[float64]) *Array[float64]
			x, want float64
		}{
			{"Exp", Exp[float64], 709.5, 1.3549863193146328e+308},
			{"Log", Log[float64], 5e-324, -744.4400719213812},
			{"Log10", Log10[float64], 5e-324, -323.3062153431158},
		} {
			got := c.f(Full(c.x, n)).ToSlice()
			for _, g := range got {
				if d := math.Abs(g-c.want) / math.Abs(c.want); d > 2e-16 {
					t.Errorf("%s of %d × %v = %v, NumPy %v", c.name, n, c.x, g, c.want)
					break
				}
			}
		}
		// np.tan(±5e-324) is ±5e-324, as tan(x) rounds to x for tiny x
		// (SLEEF's vector tan gives +0).
		for _, x := range []float64{5e-324, -5e-324, 1e-300} {
			if g := Tan(Full(x, n)).ToSlice(); g[n-1] != x {
				t.Errorf("Tan of %d × %v = %v, NumPy %v", n, x, g[n-1], x)
			}
		}
		// float32 within 2 ulp (NumPy's float32 exp is its own SIMD loop).
		if g := Exp(Full(float32(88.5), n)).At(0); math.Abs(float64(g)/2.7230877e+38-1) > 2.4e-7 {
			t.Errorf("Exp of %d float32 88.5 = %v, NumPy 2.7230877e+38", n, g)
		}
		if g := Log(Full(float32(1e-45), n)).At(0); math.Abs(float64(g)/-103.27893-1) > 2.4e-7 {
			t.Errorf("Log of %d float32 1e-45 = %v, NumPy -103.27893", n, g)
		}
	}
}
