package cmath

import (
	"math"

	"github.com/numgo/numgo/internal/libm"
)

const (
	minNormal = 0x1p-1022 // DBL_MIN, the smallest normal float64
	// expLimit is the largest integer t with exp(t) finite: exponentials
	// of larger arguments are taken in steps of exp(expLimit) so that a
	// product with a small sine or cosine stays finite where it should.
	expLimit = 709
	// tanhLimit is half of expLimit: beyond it tanh's real part is ±1.
	tanhLimit = 354
)

func isInf(x float64) bool { return math.Abs(x) > math.MaxFloat64 }

func isFinite(x float64) bool { return math.Abs(x) <= math.MaxFloat64 }

// scaledExp returns exp(x)*c and exp(x)*s for x > expLimit, multiplying by
// exp(expLimit) in steps so that the products overflow only when the
// results do (glibc's cexp, csinh and ccosh). half halves the result, for
// sinh and cosh.
func scaledExp(x, c, s float64, half bool) (float64, float64) {
	et := math.Exp(expLimit)
	x -= expLimit
	f := et
	if half {
		f = et / 2
	}
	c, s = c*f, s*f
	if x > expLimit {
		x -= expLimit
		c, s = c*et, s*et
	}
	if x > expLimit {
		return math.MaxFloat64 * c, math.MaxFloat64 * s
	}
	e := math.Exp(x)
	return e * c, e * s
}

// sinhCosh returns sinh(x) and cosh(x) for |x| <= expLimit from one
// exponential, as math/cmplx does; sinh of |x| <= 0.5, where e - 1/e
// cancels, is math.Sinh's polynomial.
func sinhCosh(x float64) (sh, ch float64) {
	e := math.Exp(math.Abs(x))
	ch = 0.5*e + 0.5/e
	if math.Abs(x) <= 0.5 {
		return math.Sinh(x), ch
	}
	return math.Copysign(0.5*e-0.5/e, x), ch
}

// Exp returns e**z, as C99's cexp.
func Exp(z complex128) complex128 {
	x, y := real(z), imag(z)
	switch {
	case isFinite(x) && isFinite(y):
		if y == 0 {
			return complex(libm.Exp(x), y)
		}
		s, c := sincos(y)
		if x > expLimit {
			re, im := scaledExp(x, c, s, false)
			return complex(re, im)
		}
		e := math.Exp(x)
		return complex(e*c, e*s)
	case isInf(x):
		if isFinite(y) {
			v := math.Inf(1)
			if x < 0 {
				v = 0
			}
			if y == 0 {
				return complex(v, y)
			}
			s, c := sincos(y)
			return complex(math.Copysign(v, c), math.Copysign(v, s))
		}
		if x > 0 {
			return complex(x, math.NaN())
		}
		return complex(0, math.Copysign(0, y))
	case math.IsNaN(x) && y == 0:
		return complex(x, y)
	}
	return complex(math.NaN(), math.NaN())
}

// Exp2 returns 2**z, as NumPy's exp2 of a complex number: Exp(z·ln 2).
func Exp2(z complex128) complex128 {
	return Exp(complex(real(z)*math.Ln2, imag(z)*math.Ln2))
}

// Expm1 returns e**z - 1, as NumPy's expm1 of a complex number: the real
// part is expm1(x)·cos(y) - 2·sin²(y/2), which keeps its accuracy near 0.
func Expm1(z complex128) complex128 {
	x, y := real(z), imag(z)
	a, _ := sincos(y / 2)
	s, c := sincos(y)
	return complex(math.Expm1(x)*c-2*a*a, libm.Exp(x)*s)
}

// Sinh returns the hyperbolic sine of z, as C99's csinh.
func Sinh(z complex128) complex128 {
	x, y := real(z), imag(z)
	neg := math.Signbit(x)
	rx := math.Abs(x)
	switch {
	case isFinite(rx):
		if !isFinite(y) {
			if rx == 0 {
				return complex(x, y-y)
			}
			return complex(math.NaN(), math.NaN())
		}
		s, c := sincos(y)
		var re, im float64
		if rx > expLimit {
			re, im = scaledExp(rx, c, s, true)
		} else {
			sh, ch := sinhCosh(rx)
			re, im = sh*c, ch*s
		}
		if neg {
			re = -re
		}
		return complex(re, im)
	case isInf(rx):
		switch {
		case y == 0:
			return complex(x, y)
		case isFinite(y):
			s, c := sincos(y)
			re := math.Copysign(math.Inf(1), c)
			if neg {
				re = -re
			}
			return complex(re, math.Copysign(math.Inf(1), s))
		}
		return complex(math.Inf(1), y-y)
	}
	if y == 0 {
		return complex(x, y)
	}
	return complex(math.NaN(), math.NaN())
}

// Cosh returns the hyperbolic cosine of z, as C99's ccosh.
func Cosh(z complex128) complex128 {
	x, y := real(z), imag(z)
	switch {
	case isFinite(x):
		if !isFinite(y) {
			im := math.NaN()
			if x == 0 {
				im = 0
			}
			return complex(y-y, im)
		}
		s, c := sincos(y)
		if rx := math.Abs(x); rx > expLimit {
			if x < 0 {
				s = -s
			}
			re, im := scaledExp(rx, c, s, true)
			return complex(re, im)
		}
		sh, ch := sinhCosh(x)
		return complex(ch*c, sh*s)
	case isInf(x):
		switch {
		case y == 0:
			return complex(math.Inf(1), y*math.Copysign(1, x))
		case isFinite(y):
			s, c := sincos(y)
			return complex(math.Copysign(math.Inf(1), c), math.Copysign(math.Inf(1), s)*math.Copysign(1, x))
		}
		return complex(math.Inf(1), y-y)
	}
	if y == 0 {
		return complex(x, y)
	}
	return complex(math.NaN(), math.NaN())
}

// Tanh returns the hyperbolic tangent of z, as C99's ctanh.
func Tanh(z complex128) complex128 {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		switch {
		case isInf(x):
			im := math.Copysign(0, y)
			if isFinite(y) && math.Abs(y) > 1 {
				s, c := sincos(y)
				im = math.Copysign(0, s*c)
			}
			return complex(math.Copysign(1, x), im)
		case y == 0:
			return z
		case x == 0:
			return complex(x, math.NaN())
		}
		return complex(math.NaN(), math.NaN())
	}
	s, c := sincos(y)
	if math.Abs(x) > tanhLimit {
		// The real part is ±1; the imaginary part is
		// sin(y)cos(y)/sinh(x)² = 4 sin(y)cos(y)/exp(2|x|), divided in
		// steps so that it underflows only when it must.
		e2t := math.Exp(2 * tanhLimit)
		im := 4 * s * c / e2t
		rx := math.Abs(x) - tanhLimit
		if rx > tanhLimit {
			im /= e2t
		} else {
			im /= math.Exp(2 * rx)
		}
		return complex(math.Copysign(1, x), im)
	}
	sh, ch := x, 1.0
	if math.Abs(x) > minNormal {
		sh, ch = sinhCosh(x)
	}
	den := c * c
	if math.Abs(sh) > math.Abs(c)*0x1p-52 {
		den += sh * sh
	}
	return complex(sh*ch/den, s*c/den)
}

// Sin returns the sine of z, as C99's csin: -i·Sinh(i·z), except that
// glibc makes the imaginary part of sin(±inf|NaN ± i·inf) +inf.
func Sin(z complex128) complex128 {
	if isInf(imag(z)) && !isFinite(real(z)) {
		return complex(math.NaN(), math.Inf(1))
	}
	w := Sinh(complex(-imag(z), real(z)))
	return complex(imag(w), -real(w))
}

// Cos returns the cosine of z, as C99's ccos: Cosh(i·z).
func Cos(z complex128) complex128 {
	return Cosh(complex(-imag(z), real(z)))
}

// Tan returns the tangent of z, as C99's ctan: -i·Tanh(i·z).
func Tan(z complex128) complex128 {
	w := Tanh(complex(-imag(z), real(z)))
	return complex(imag(w), -real(w))
}
