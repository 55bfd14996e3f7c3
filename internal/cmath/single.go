package cmath

import (
	"math"

	"github.com/numgo/numgo/internal/libm"
)

// The complex64 forms of the functions that NumPy computes with its own
// formulas rather than a C99 function: NumPy evaluates them in single
// precision, whose roundings (a product that underflows, an argument
// rounded to float32 before its sine) show in the result, so these round
// where NumPy's float code does.

// Exp2f is Exp2 for complex64: z·ln 2 is rounded to float32 first.
func Exp2f(z complex64) complex64 {
	const ln2 = float32(math.Ln2)
	return complex64(Exp(complex128(complex(real(z)*ln2, imag(z)*ln2))))
}

// Expm1f is Expm1 for complex64, from the float32 values of expm1(x),
// cos(y), sin(y/2), exp(x) and sin(y).
func Expm1f(z complex64) complex64 {
	x, y := real(z), imag(z)
	a, _ := sincos(float64(y / 2))
	s, c := sincos(float64(y))
	a32 := float32(a)
	return complex(float32(math.Expm1(float64(x)))*float32(c)-2*a32*a32, float32(libm.Exp(float64(x)))*float32(s))
}

// Log1pf is Log1p for complex64: 1+x and |1+z| are rounded to float32.
func Log1pf(z complex64) complex64 {
	x, y := float64(real(z)+1), float64(imag(z))
	l := float32(hypot(x, y))
	return complex(float32(libm.Log(float64(l))), float32(atan2(y, x)))
}
