package libm

import (
	"math"
	"testing"
)

// TestLibm checks the functions against glibc's values on Debian (NumPy
// 1.24's np.exp, np.log, np.log10, np.arctan2), to the ulp given, at the arguments
// where Go's math differs and at ordinary ones.
func TestLibm(t *testing.T) {
	for _, c := range []struct {
		name      string
		got, want float64
		ulps      uint64
	}{
		{"Exp(709.5)", Exp(709.5), 1.3549863193146328e+308, 1},
		{"Exp(709.78)", Exp(709.78), 1.7928227943945155e+308, 1},
		{"Exp(1)", Exp(1), math.E, 0},
		{"Exp(-745.2)", Exp(-745.2), 0, 0},
		{"Log(5e-324)", Log(5e-324), -744.4400719213812, 0},
		{"Log(1e-310)", Log(1e-310), -713.8013788281542, 1},
		{"Log(2)", Log(2), math.Ln2, 0},
		{"Log10(5e-324)", Log10(5e-324), -323.3062153431158, 1},
		{"Log10(1e-310)", Log10(1e-310), -310, 1},
		{"Log10(1000)", Log10(1000), 3, 0},
		// np.arctan2
		{"Atan2(-1e-300, -1e300)", Atan2(-1e-300, -1e300), -math.Pi, 0},
		{"Atan2(1e-300, -1e300)", Atan2(1e-300, -1e300), math.Pi, 0},
		{"Atan2(-1e-300, 1e300)", Atan2(-1e-300, 1e300), math.Copysign(0, -1), 0},
		{"Atan2(-0, -1)", Atan2(math.Copysign(0, -1), -1), -math.Pi, 0},
		{"Atan2(-1, -1)", Atan2(-1, -1), -3 * math.Pi / 4, 0},
	} {
		a, b := math.Float64bits(c.got), math.Float64bits(c.want)
		if max(a, b)-min(a, b) > c.ulps {
			t.Errorf("%s = %v, glibc %v", c.name, c.got, c.want)
		}
	}
	if !math.IsInf(Exp(709.8), 1) || !math.IsInf(Log(0), -1) || !math.IsNaN(Log(-1)) || !math.IsInf(Log10(0), -1) {
		t.Errorf("Exp(709.8), Log(0), Log(-1), Log10(0) = %v, %v, %v, %v; want +Inf, -Inf, NaN, -Inf", Exp(709.8), Log(0), Log(-1), Log10(0))
	}
}
