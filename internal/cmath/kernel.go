package cmath

import (
	"math"

	"github.com/numgo/numgo/internal/libm"
)

// The real functions under the complex ones, where Go's math differs from
// the C library that NumPy's complex functions call.

// atan2 is math.Atan2 with the sign of y kept when y/x underflows: Go's
// Atan2(-5e-324, -2) is +π, C's is -π.
func atan2(y, x float64) float64 {
	return math.Copysign(math.Atan2(y, x), y)
}

// hypot returns sqrt(x²+y²) as glibc's hypot (2.35 and later, built
// without FMA as Debian's is) rounds it: the square root of the rounded
// sum, corrected by the rounding errors of the squares (Borges, "An
// improved algorithm for hypot(a, b)", 2019), with glibc's scaling.
// math.Hypot can be an ulp away, which NumPy's log|1+z| near |1+z| = 1
// turns into thousands.
func hypot(x, y float64) float64 {
	if !isFinite(x) || !isFinite(y) {
		if isInf(x) || isInf(y) {
			return math.Inf(1)
		}
		return math.NaN()
	}
	ax, ay := math.Abs(x), math.Abs(y)
	if ax < ay {
		ax, ay = ay, ax
	}
	const scale, large, tiny, eps = 0x1p-600, 0x1p511, 0x1p-511, 0x1p-54
	switch {
	case ax > large:
		if ay <= ax*eps {
			return ax + ay
		}
		return hypotKernel(ax*scale, ay*scale) / scale
	case ay < tiny:
		if ax >= ay/eps {
			return ax + ay
		}
		return hypotKernel(ax/scale, ay/scale) * scale
	case ay <= ax*eps:
		return ax + ay
	}
	return hypotKernel(ax, ay)
}

// hypotKernel is glibc's hypot kernel for ax >= ay, both in range.
func hypotKernel(ax, ay float64) float64 {
	h := math.Sqrt(ax*ax + ay*ay)
	var t1, t2 float64
	if h <= 2*ay {
		d := h - ay
		t1 = ax * (2*d - ax)
		t2 = (d - 2*(ax-ay)) * d
	} else {
		d := h - ax
		t1 = 2 * d * (ax - 2*ay)
		t2 = (4*d-ay)*ay + d*d
	}
	return h - (t1+t2)/(2*h)
}

// sincos returns sin(y) and cos(y) within an ulp, as glibc's: by
// internal/libm, whose reduction keeps r's relative accuracy next to every
// multiple of π/2 (math.Sincos's leaves an absolute error: sin(100π) is
// 200 ulp off) and for huge y (sin(1e300) is 25 ulp off in Go's math).
func sincos(y float64) (s, c float64) { return libm.Sincos(y) }
