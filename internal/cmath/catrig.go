package cmath

import (
	"math"

	"github.com/numgo/numgo/internal/libm"
)

// The inverse functions follow FreeBSD's catrig.c, after Hull, Fairgrieve
// and Tang: casinh does the work, casin, cacos and cacosh are reflections
// of it, and catanh (with catan) is apart.
const (
	aCrossover   = 10     // Hull et al. suggest 1.5; 10 works better
	bCrossover   = 0.6417 // Hull et al.
	fourSqrtMin  = 0x1p-509
	quarterSqrtM = 0x1p509
	recipEpsilon = 1 / eps
	sqrt3Eps     = 2.5809568279517849e-8
	sqrt6Eps     = 3.6500241499888571e-8
	sqrtMin      = 0x1p-511
	pio2         = math.Pi / 2
)

// f is Hull et al.'s helper for A-1 and A-y without cancellation.
func f(a, b, hypotAB float64) float64 {
	if b < 0 {
		return (hypotAB - b) / 2
	}
	if b == 0 {
		return a / 2
	}
	return a * a / (hypotAB + b) / 2
}

// hardWork computes, for 0 <= x, y < 1/eps, rx = Re(casinh(x+iy)) and the
// pieces of the imaginary part: asin(b) if bUsable, else
// atan2(newY, sqrtA2my2).
func hardWork(x, y float64) (rx float64, bUsable bool, b, sqrtA2my2, newY float64) {
	r := hypot(x, y+1)
	s := hypot(x, y-1)
	a := (r + s) / 2
	if a < 1 {
		a = 1
	}
	if a < aCrossover {
		switch {
		case y == 1 && x < eps*eps/128:
			rx = math.Sqrt(x)
		case x >= eps*math.Abs(y-1):
			am1 := f(x, 1+y, r) + f(x, 1-y, s)
			rx = math.Log1p(am1 + math.Sqrt(am1*(a+1)))
		case y < 1:
			rx = x / math.Sqrt((1-y)*(1+y))
		default:
			rx = math.Log1p((y - 1) + math.Sqrt((y-1)*(y+1)))
		}
	} else {
		rx = libm.Log(a + math.Sqrt(a*a-1))
	}
	newY = y
	if y < fourSqrtMin {
		return rx, false, 0, a * (2 / eps), y * (2 / eps)
	}
	b = y / a
	if b <= bCrossover {
		return rx, true, b, 0, newY
	}
	switch {
	case y == 1 && x < eps/128:
		sqrtA2my2 = math.Sqrt(x) * math.Sqrt((a+y)/2)
	case x >= eps*math.Abs(y-1):
		amy := f(x, y+1, r) + f(x, y-1, s)
		sqrtA2my2 = math.Sqrt(amy * (a + y))
	case y > 1:
		sqrtA2my2 = x * (4 / eps / eps) * y / math.Sqrt((y+1)*(y-1))
		newY = y * (4 / eps / eps)
	default:
		sqrtA2my2 = math.Sqrt((1 - y) * (1 + y))
	}
	return rx, false, b, sqrtA2my2, newY
}

// logLarge returns log(z) for |z| finite and larger than about 1/eps, or
// infinite, without overflow.
func logLarge(x, y float64) (float64, float64) {
	ax, ay := math.Abs(x), math.Abs(y)
	if ax < ay {
		ax, ay = ay, ax
	}
	switch {
	case ax > math.MaxFloat64/2:
		return libm.Log(hypot(x/math.E, y/math.E)) + 1, atan2(y, x)
	case ax > quarterSqrtM || ay < sqrtMin:
		return libm.Log(hypot(x, y)), atan2(y, x)
	}
	return libm.Log(ax*ax+ay*ay) / 2, atan2(y, x)
}

// Asinh returns the inverse hyperbolic sine of z, as C99's casinh; the cuts
// run along the imaginary axis beyond ±i.
func Asinh(z complex128) complex128 {
	x, y := real(z), imag(z)
	ax, ay := math.Abs(x), math.Abs(y)
	if math.IsNaN(x) || math.IsNaN(y) {
		switch {
		case isInf(y):
			return complex(math.Copysign(math.Inf(1), x), math.NaN())
		case isInf(x):
			return complex(x, math.NaN())
		case y == 0:
			return complex(x, y)
		}
		return complex(math.NaN(), math.NaN())
	}
	if ax > recipEpsilon || ay > recipEpsilon {
		var re, im float64
		if !math.Signbit(x) {
			re, im = logLarge(x, y)
		} else {
			re, im = logLarge(-x, -y)
		}
		return complex(math.Copysign(re+math.Ln2, x), math.Copysign(im, y))
	}
	if x == 0 && y == 0 || ax < sqrt6Eps/4 && ay < sqrt6Eps/4 {
		return z
	}
	rx, bUsable, b, sqrtA2my2, newY := hardWork(ax, ay)
	var ry float64
	if bUsable {
		ry = math.Asin(b)
	} else {
		ry = atan2(newY, sqrtA2my2)
	}
	return complex(math.Copysign(rx, x), math.Copysign(ry, y))
}

// Asin returns the inverse sine of z, as C99's casin: the reflection
// i·conj(Asinh(i·conj(z))); the cuts run along the real axis beyond ±1.
func Asin(z complex128) complex128 {
	w := Asinh(complex(imag(z), real(z)))
	return complex(imag(w), real(w))
}

// Acos returns the inverse cosine of z, as C99's cacos: π/2 - Asin(z),
// computed so that it stays accurate near 1.
func Acos(z complex128) complex128 {
	x, y := real(z), imag(z)
	sx, sy := math.Signbit(x), math.Signbit(y)
	ax, ay := math.Abs(x), math.Abs(y)
	if math.IsNaN(x) || math.IsNaN(y) {
		switch {
		case isInf(x):
			return complex(math.NaN(), math.Inf(-1))
		case isInf(y):
			return complex(math.NaN(), -y)
		case x == 0:
			return complex(pio2, math.NaN())
		}
		return complex(math.NaN(), math.NaN())
	}
	if ax > recipEpsilon || ay > recipEpsilon {
		re, im := logLarge(x, y)
		rx := math.Abs(im)
		ry := re + math.Ln2
		if !sy {
			ry = -ry
		}
		return complex(rx, ry)
	}
	if x == 1 && y == 0 {
		return complex(0, -y)
	}
	if ax < sqrt6Eps/4 && ay < sqrt6Eps/4 {
		return complex(pio2-x, -y)
	}
	ry, bUsable, b, sqrtA2mx2, newX := hardWork(ay, ax)
	var rx float64
	if sx {
		b, newX = -b, -newX
	}
	if bUsable {
		rx = math.Acos(b)
	} else {
		rx = atan2(sqrtA2mx2, newX)
	}
	if !sy {
		ry = -ry
	}
	return complex(rx, ry)
}

// Acosh returns the inverse hyperbolic cosine of z, as C99's cacosh: ±i·Acos(z)
// with the sign that makes the real part non-negative.
func Acosh(z complex128) complex128 {
	w := Acos(z)
	rx, ry := real(w), imag(w)
	switch {
	case math.IsNaN(rx) && math.IsNaN(ry):
		return complex(ry, rx)
	case math.IsNaN(rx):
		return complex(math.Abs(ry), rx)
	case math.IsNaN(ry):
		return complex(ry, rx)
	}
	return complex(math.Abs(ry), math.Copysign(rx, imag(z)))
}

// recipReal returns Re(1/(x+iy)) = x/(x²+y²) for x, y not NaN and one of
// them larger than 1/eps, without spurious underflow or overflow.
func recipReal(x, y float64) float64 {
	// Biased exponents, as FreeBSD's: infinities have the largest.
	ex := int(math.Float64bits(x) >> 52 & 0x7ff)
	ey := int(math.Float64bits(y) >> 52 & 0x7ff)
	const cutoff = 27 // half of the mantissa and a guard digit
	switch {
	case isInf(x) || ex-ey >= cutoff:
		return 1 / x
	case ey-ex >= cutoff:
		return x / y / y
	case ex <= 1023+512-cutoff: // x² + y² cannot overflow
		return x / (x*x + y*y)
	}
	scale := math.Float64frombits(uint64(2047-ex) << 52) // 2**(1-ilogb(x))
	x, y = x*scale, y*scale
	return x / (x*x + y*y) * scale
}

// Atanh returns the inverse hyperbolic tangent of z, as C99's catanh; the
// cuts run along the real axis beyond ±1.
func Atanh(z complex128) complex128 {
	x, y := real(z), imag(z)
	ax, ay := math.Abs(x), math.Abs(y)
	if y == 0 && ax <= 1 {
		return complex(math.Atanh(x), y)
	}
	if x == 0 {
		return complex(x, math.Atan(y))
	}
	if math.IsNaN(x) || math.IsNaN(y) {
		switch {
		case isInf(x):
			return complex(math.Copysign(0, x), math.NaN())
		case isInf(y):
			return complex(math.Copysign(0, x), math.Copysign(pio2, y))
		}
		return complex(math.NaN(), math.NaN())
	}
	if ax > recipEpsilon || ay > recipEpsilon {
		return complex(recipReal(x, y), math.Copysign(pio2, y))
	}
	if ax < sqrt3Eps/2 && ay < sqrt3Eps/2 {
		return z
	}
	var rx, ry float64
	if ax == 1 && ay < eps {
		rx = (math.Ln2 - libm.Log(ay)) / 2
	} else {
		d := (ax - 1) * (ax - 1)
		if ay >= sqrtMin {
			d += ay * ay
		}
		rx = math.Log1p(4*ax/d) / 4
	}
	switch {
	case ax == 1:
		ry = atan2(2, -ay) / 2
	case ay < eps:
		ry = atan2(2*ay, (1-ax)*(1+ax)) / 2
	default:
		ry = atan2(2*ay, (1-ax)*(1+ax)-ay*ay) / 2
	}
	return complex(math.Copysign(rx, x), math.Copysign(ry, y))
}

// Atan returns the inverse tangent of z, as C99's catan: the reflection of
// Atanh; the cuts run along the imaginary axis beyond ±i.
func Atan(z complex128) complex128 {
	w := Atanh(complex(imag(z), real(z)))
	return complex(imag(w), real(w))
}
