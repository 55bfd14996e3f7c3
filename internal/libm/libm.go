// Package libm holds the real functions whose Go math versions differ from
// the C library's (glibc's) that NumPy calls, at arguments where the C
// result is the right one: Go's amd64 assembly Exp overflows to +Inf from
// about 709.09 where exp(x) is finite up to 709.78, its assembly Log is
// wrong for subnormal arguments (Log(5e-324) = -709.09, not -744.44), and
// its Atan2 puts (x, y) = (-1e300, -1e-300) in the upper half-plane. Go's
// Log2, Asin and Acos lose most of their digits next to 1 (Log2 of
// 1.000000000000001 and Acos of 0.9999999 are off by 3e14 and 2e5 ulp),
// where their results come from a difference of nearly equal numbers:
// here Log2 takes the logarithm of a mantissa around 1 instead, and Asin
// and Acos are those of FreeBSD's msun (fdlibm's), within an ulp. Go's
// Sin, Cos and Tan keep an absolute error from their reduction (Sin(π) is
// 40 ulp off, Sin beyond 2^29 up to 4e4) and its Pow is off by hundreds
// of ulp for large results: trig.go and pow.go compute them as numgo's
// AVX-512 kernels do, within an ulp. Elsewhere each function is Go's own.
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

// Log2 returns the base-2 logarithm of x: exactly k for x = 2^k, and
// within 2 ulp elsewhere, next to 1 too.
func Log2(x float64) float64 {
	// x = f·2^e with f in [√½, √2): log2(x) = e + log(f)·log2(e), and
	// for x next to 1, e is 0 and f is x itself.
	f, e := math.Frexp(x)
	if f < math.Sqrt2/2 {
		f, e = 2*f, e-1
	}
	return Log(f)*math.Log2E + float64(e)
}

// The rational approximation of asin(x) = x + x·R(x²) on [0, ¼] shared by
// Asin and Acos (fdlibm's e_asin.c and e_acos.c), with π/2 as the sum of
// two float64s.
const (
	pio2Hi = 1.57079632679489655800e+00
	pio2Lo = 6.12323399573676603587e-17
	pS0    = 1.66666666666666657415e-01
	pS1    = -3.25565818622400915405e-01
	pS2    = 2.01212532134862925881e-01
	pS3    = -4.00555345006794114027e-02
	pS4    = 7.91534994289814532176e-04
	pS5    = 3.47933107596021167570e-05
	qS1    = -2.40339491173441421878e+00
	qS2    = 2.02094576023350569471e+00
	qS3    = -6.88283971605453293030e-01
	qS4    = 7.70381505559019352791e-02
)

// asinR returns R(z), for z in [0, ¼].
func asinR(z float64) float64 {
	p := z * (pS0 + z*(pS1+z*(pS2+z*(pS3+z*(pS4+z*pS5)))))
	q := 1 + z*(qS1+z*(qS2+z*(qS3+z*qS4)))
	return p / q
}

// hiHalf returns x with the low 32 bits of its mantissa cleared, so that
// its square is exact.
func hiHalf(x float64) float64 {
	return math.Float64frombits(math.Float64bits(x) &^ (1<<32 - 1))
}

// Asin returns the arc sine of x, within an ulp.
func Asin(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case !(ax <= 1): // NaN too
		return math.NaN()
	case ax < 0.5:
		return x + x*asinR(x*x)
	}
	// asin(|x|) = π/2 − 2·asin(s), s = √((1−|x|)/2), with s's leading
	// half f carried apart where the result is not close to π/2.
	z := (1 - ax) / 2
	s := math.Sqrt(z)
	r := asinR(z)
	var y float64
	if ax >= 0.975 {
		y = pio2Hi - (2*(s+s*r) - pio2Lo)
	} else {
		f := hiHalf(s)
		c := (z - f*f) / (s + f)
		y = pio2Hi/2 - (2*s*r - (pio2Lo - 2*c) - (pio2Hi/2 - 2*f))
	}
	return math.Copysign(y, x)
}

// Acos returns the arc cosine of x, within an ulp.
func Acos(x float64) float64 {
	switch ax := math.Abs(x); {
	case !(ax <= 1): // NaN too
		return math.NaN()
	case x == 1:
		return 0
	case ax < 0.5:
		return pio2Hi - (x - (pio2Lo - x*asinR(x*x)))
	case x < 0:
		// acos(x) = π − 2·asin(√((1+x)/2))
		z := (1 + x) / 2
		s := math.Sqrt(z)
		w := asinR(z)*s - pio2Lo
		return 2 * (pio2Hi - (s + w))
	}
	// acos(x) = 2·asin(√((1−x)/2)), the square root's leading half f
	// carried apart.
	z := (1 - x) / 2
	s := math.Sqrt(z)
	f := hiHalf(s)
	c := (z - f*f) / (s + f)
	return 2 * (f + (asinR(z)*s + c))
}
