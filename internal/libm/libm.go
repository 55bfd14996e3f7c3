// Package libm holds the real functions whose Go math versions differ from
// the C library's (glibc's) that NumPy calls, at arguments where the C
// result is the right one: Go's amd64 assembly Exp overflows to +Inf from
// about 709.09 where exp(x) is finite up to 709.78, its assembly Log is
// wrong for subnormal arguments (Log(5e-324) = -709.09, not -744.44), and
// its Atan2 puts (x, y) = (-1e300, -1e-300) in the upper half-plane.
// Elsewhere each function is Go's own.
package libm

import "math"

const (
	minNormal = 0x1p-1022 // DBL_MIN, the smallest normal float64
	// expLimit is an integer below the x from which Go's Exp overflows:
	// exp(x) is exp(x-expLimit)·exp(expLimit) above it.
	expLimit = 709
)

// Exp returns e**x, finite up to its true overflow at about 709.78.
func Exp(x float64) float64 {
	if x > expLimit {
		return math.Exp(x-expLimit) * math.Exp(expLimit)
	}
	return math.Exp(x)
}

// Log returns the natural logarithm of x, also right for subnormal x.
func Log(x float64) float64 {
	if x > 0 && x < minNormal {
		return math.Log(x*0x1p52) - 52*math.Ln2
	}
	return math.Log(x)
}

// Log10 returns the base-10 logarithm of x, also right for subnormal x.
func Log10(x float64) float64 {
	if x > 0 && x < minNormal {
		return math.Log10(x*0x1p52) - 52*(math.Ln2/math.Ln10)
	}
	return math.Log10(x)
}

// Atan2 returns the arc tangent of y/x in the quadrant of (x, y). Go's
// Atan2 takes the sign of y from Atan(y/x), so where y/x underflows to +0
// with x < 0 and y < 0 it returns +π instead of -π.
func Atan2(y, x float64) float64 {
	r := math.Atan2(y, x)
	if r == math.Pi && y < 0 {
		return -math.Pi
	}
	return r
}
