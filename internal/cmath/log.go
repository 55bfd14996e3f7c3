package cmath

import (
	"math"

	"github.com/numgo/numgo/internal/libm"
)

const eps = 0x1p-52 // DBL_EPSILON

// Log returns the natural logarithm of z, as C99's clog: the imaginary part
// is atan2(y, x) in [-π, π], with the cut along the negative real axis
// taking the sign of y's zero.
func Log(z complex128) complex128 {
	x, y := real(z), imag(z)
	if math.IsNaN(x) || math.IsNaN(y) {
		if isInf(x) || isInf(y) {
			return complex(math.Inf(1), math.NaN())
		}
		return complex(math.NaN(), math.NaN())
	}
	if x == 0 && y == 0 {
		im := 0.0
		if math.Signbit(x) {
			im = math.Pi
		}
		return complex(math.Inf(-1), math.Copysign(im, y))
	}
	return complex(logAbs(x, y), atan2(y, x))
}

// logAbs returns log|x+iy| for x and y not NaN and not both zero, as
// glibc's clog: near the unit circle it takes log1p of x²+y²-1, computed
// without cancellation.
func logAbs(x, y float64) float64 {
	ax, ay := math.Abs(x), math.Abs(y)
	if ax < ay {
		ax, ay = ay, ax
	}
	scale := 0
	switch {
	case ax > math.MaxFloat64/2:
		scale = -1
		ax /= 2
		if ay >= 2*minNormal {
			ay /= 2
		} else {
			ay = 0
		}
	case ax < minNormal && ay < minNormal:
		scale = 53
		ax, ay = math.Ldexp(ax, 53), math.Ldexp(ay, 53)
	}
	if scale == 0 {
		switch {
		case ax == 1:
			return math.Log1p(ay*ay) / 2
		case ax > 1 && ax < 2 && ay < 1:
			d := (ax - 1) * (ax + 1)
			if ay >= eps {
				d += ay * ay
			}
			return math.Log1p(d) / 2
		case ax < 1 && ax >= 0.5 && ay < eps/2:
			return math.Log1p((ax-1)*(ax+1)) / 2
		case ax < 1 && ax >= 0.5 && ax*ax+ay*ay >= 0.5:
			return math.Log1p(x2y2m1(ax, ay)) / 2
		}
	}
	if scale == 0 && 0x1p-500 < ay && ax < 0x1p500 {
		// |log|z|| > 0.34 here, so the rounding of x²+y² (one fused
		// multiply-add) costs under two ulp, and no square root is taken.
		return libm.Log(math.FMA(ax, ax, ay*ay)) / 2
	}
	return libm.Log(hypot(ax, ay)) - float64(scale)*math.Ln2
}

// x2y2m1 returns x²+y²-1 for 0.5 <= x < 1 and y <= x to nearly full
// precision: the squares are split exactly with fused multiply-adds and
// the five terms added smallest first, each sum split again (glibc's
// __x2y2m1).
func x2y2m1(x, y float64) float64 {
	var v [5]float64
	v[1] = x * x
	v[0] = math.FMA(x, x, -v[1])
	v[3] = y * y
	v[2] = math.FMA(y, y, -v[3])
	v[4] = -1
	sortAbs(v[:])
	for i := 0; i < 4; i++ {
		// Fast two-sum: |v[i+1]| >= |v[i]|.
		hi := v[i+1] + v[i]
		v[i] = (v[i+1] - hi) + v[i]
		v[i+1] = hi
		sortAbs(v[i+1:])
	}
	return v[4] + v[3] + v[2] + v[1] + v[0]
}

// sortAbs sorts a few values by increasing magnitude.
func sortAbs(v []float64) {
	for i := 1; i < len(v); i++ {
		for j := i; j > 0 && math.Abs(v[j]) < math.Abs(v[j-1]); j-- {
			v[j], v[j-1] = v[j-1], v[j]
		}
	}
}

// Log10 returns the base-10 logarithm of z, as NumPy: Log(z)·log10(e).
func Log10(z complex128) complex128 {
	w := Log(z)
	return complex(real(w)*math.Log10E, imag(w)*math.Log10E)
}

// Log2 returns the base-2 logarithm of z, as NumPy: Log(z)·log2(e).
func Log2(z complex128) complex128 {
	w := Log(z)
	return complex(real(w)*math.Log2E, imag(w)*math.Log2E)
}

// Log1p returns log(1+z), as NumPy's log1p of a complex number:
// log|1+z| + i·atan2(y, 1+x).
func Log1p(z complex128) complex128 {
	x, y := real(z)+1, imag(z)
	return complex(libm.Log(hypot(x, y)), atan2(y, x))
}

// Sqrt returns the square root of z with a non-negative real part, as C99's
// csqrt: the cut along the negative real axis takes the sign of y's zero.
func Sqrt(z complex128) complex128 {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		switch {
		case isInf(y):
			return complex(math.Inf(1), y)
		case isInf(x) && x < 0:
			re := 0.0
			if math.IsNaN(y) {
				re = math.NaN()
			}
			return complex(re, math.Copysign(math.Inf(1), y))
		case isInf(x):
			im := math.Copysign(0, y)
			if math.IsNaN(y) {
				im = math.NaN()
			}
			return complex(x, im)
		}
		return complex(math.NaN(), math.NaN())
	}
	switch {
	case y == 0:
		if x < 0 {
			return complex(0, math.Copysign(math.Sqrt(-x), y))
		}
		return complex(math.Abs(math.Sqrt(x)), math.Copysign(0, y))
	case x == 0:
		var r float64
		if math.Abs(y) >= 2*minNormal {
			r = math.Sqrt(0.5 * math.Abs(y))
		} else {
			r = 0.5 * math.Sqrt(2*math.Abs(y))
		}
		return complex(r, math.Copysign(r, y))
	}
	// Scale to keep hypot and the halving of tiny values exact.
	scale := 0
	switch {
	case math.Abs(x) > math.MaxFloat64/4:
		scale = 1
		x, y = math.Ldexp(x, -2), math.Ldexp(y, -2)
	case math.Abs(y) > math.MaxFloat64/4:
		scale = 1
		if math.Abs(x) >= 4*minNormal {
			x = math.Ldexp(x, -2)
		} else {
			x = 0
		}
		y = math.Ldexp(y, -2)
	case math.Abs(x) < 2*minNormal && math.Abs(y) < 2*minNormal:
		scale = -27
		x, y = math.Ldexp(x, 54), math.Ldexp(y, 54)
	}
	// Without cancellation here, math.Hypot's last bit costs no more.
	d := math.Hypot(x, y)
	var r, s float64
	if x > 0 {
		r = math.Sqrt(0.5 * (d + x))
		if scale == 1 && math.Abs(y) < 1 {
			s = y / r
			r = math.Ldexp(r, scale)
			scale = 0
		} else {
			s = 0.5 * (y / r)
		}
	} else {
		s = math.Sqrt(0.5 * (d - x))
		if scale == 1 && math.Abs(y) < 1 {
			r = math.Abs(y / s)
			s = math.Ldexp(s, scale)
			scale = 0
		} else {
			r = math.Abs(0.5 * (y / s))
		}
	}
	if scale != 0 {
		r, s = math.Ldexp(r, scale), math.Ldexp(s, scale)
	}
	return complex(r, math.Copysign(s, y))
}
