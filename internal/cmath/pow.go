package cmath

import "math"

// Pow returns a**b as NumPy's npy_cpow: a**0 is 1 for every a; 0**b is 0
// for a real b > 0 and NaN otherwise; a real integer b with |b| < 100 is
// multiplied out by repeated squaring (so (1+1i)**2 is exactly 2i, and
// infinities stay where they would), with a negative power taken as the
// reciprocal; every other power is Exp(b·Log(a)), as C99's cpow.
func Pow(a, b complex128) complex128 {
	if r, ok := powSpecial(real(a), imag(a), real(b), imag(b)); ok {
		return complex(r[0], r[1])
	}
	l := Log(a)
	return Exp(complex(mulC99(real(b), imag(b), real(l), imag(l))))
}

// Powf is Pow for complex64, rounded as NumPy computes it in single
// precision: products and quotients of float32, and cpowf's
// exp(b·log a) with log a and the product rounded to float32.
func Powf(a, b complex64) complex64 {
	if r, ok := powSpecial(real(a), imag(a), real(b), imag(b)); ok {
		return complex(r[0], r[1])
	}
	l := complex64(Log(complex128(a)))
	w := complex(mulC99(real(b), imag(b), real(l), imag(l)))
	return complex64(Exp(complex128(w)))
}

// Mul returns x·y as NumPy's complex multiply: the textbook product, each
// multiplication rounded on its own.
func Mul(x, y complex128) complex128 {
	return complex(mul(real(x), imag(x), real(y), imag(y)))
}

// Mulf is Mul for complex64, in single precision as NumPy's (Go computes
// complex64 products in float64).
func Mulf(x, y complex64) complex64 {
	return complex(mul(real(x), imag(x), real(y), imag(y)))
}

// Div returns x/y as NumPy's complex divide (its loops' CDOUBLE_divide):
// Smith's method, multiplying by the reciprocal of the scaled
// denominator, a zero divisor dividing each part by +0. Go's division
// recovers infinities as C99's Annex G does, where NumPy does not:
// (1+1i)/(Inf+Inf i) is 0 in Go, NaN in NumPy.
func Div(x, y complex128) complex128 {
	return complex(div(real(x), imag(x), real(y), imag(y)))
}

// Divf is Div for complex64, in single precision as NumPy's CFLOAT_divide
// (Go computes complex64 quotients in float64).
func Divf(x, y complex64) complex64 {
	return complex(div(real(x), imag(x), real(y), imag(y)))
}

// powSpecial returns npy_cpow's result for the powers it does not take
// as exp(b·log a), and whether b is one of them.
func powSpecial[F float32 | float64](ar, ai, br, bi F) ([2]F, bool) {
	nan := F(math.NaN())
	switch {
	case br == 0 && bi == 0:
		return [2]F{1, 0}, true
	case ar == 0 && ai == 0:
		if br > 0 && bi == 0 {
			return [2]F{0, 0}, true
		}
		return [2]F{nan, nan}, true
	case bi != 0 || br <= -100 || br >= 100 || br != F(math.Trunc(float64(br))):
		return [2]F{}, false
	}
	n := int(br)
	switch n {
	case 1:
		return [2]F{ar, ai}, true
	case 2:
		r, i := mul(ar, ai, ar, ai)
		return [2]F{r, i}, true
	case 3:
		r, i := mul(ar, ai, ar, ai)
		r, i = mul(ar, ai, r, i)
		return [2]F{r, i}, true
	}
	if n < 0 {
		n = -n
	}
	rr, ri, pr, pi := F(1), F(0), ar, ai
	for {
		if n&1 != 0 {
			rr, ri = mul(rr, ri, pr, pi)
		}
		n >>= 1
		if n == 0 {
			break
		}
		pr, pi = mul(pr, pi, pr, pi)
	}
	if br < 0 {
		rr, ri = div(1, 0, rr, ri)
	}
	return [2]F{rr, ri}, true
}

// mul is the textbook complex product, as C computes it for NumPy's
// multiply, each product rounded on its own (float64() keeps Go from
// fusing one into an FMA).
func mul[F float32 | float64](ar, ai, br, bi F) (F, F) {
	return F(ar*br) - F(ai*bi), F(ar*bi) + F(ai*br)
}

// mulC99 is the product of C99's Annex G (GCC's __muldc3, which glibc's
// cpow uses for b·log a): where the textbook product is NaN in both parts,
// an infinite factor is "boxed" to ±1 and the other factor's NaNs become 0,
// so that an infinity survives ((Inf+NaN i)·(1+1i) is Inf+Inf i).
func mulC99[F float32 | float64](a, b, c, d F) (F, F) {
	ac, bd, ad, bc := F(a*c), F(b*d), F(a*d), F(b*c)
	x, y := ac-bd, ad+bc
	if x == x || y == y {
		return x, y
	}
	isInf := func(v F) bool { return math.IsInf(float64(v), 0) }
	isNaN := func(v F) bool { return v != v }
	box := func(v F) F { // ±1 for an infinity, ±0 otherwise
		if isInf(v) {
			return F(math.Copysign(1, float64(v)))
		}
		return F(math.Copysign(0, float64(v)))
	}
	zeroNaN := func(v F) F {
		if isNaN(v) {
			return F(math.Copysign(0, float64(v)))
		}
		return v
	}
	recalc := false
	if isInf(a) || isInf(b) {
		a, b, c, d = box(a), box(b), zeroNaN(c), zeroNaN(d)
		recalc = true
	}
	if isInf(c) || isInf(d) {
		c, d, a, b = box(c), box(d), zeroNaN(a), zeroNaN(b)
		recalc = true
	}
	if !recalc && (isInf(ac) || isInf(bd) || isInf(ad) || isInf(bc)) {
		a, b, c, d = zeroNaN(a), zeroNaN(b), zeroNaN(c), zeroNaN(d)
		recalc = true
	}
	if !recalc {
		return x, y
	}
	inf := F(math.Inf(1))
	return inf * (F(a*c) - F(b*d)), inf * (F(a*d) + F(b*c))
}

// div is Smith's complex quotient, as NumPy's cdiv: division by zero gives
// the quotients of the parts by zero.
func div[F float32 | float64](ar, ai, br, bi F) (F, F) {
	abr, abi := F(math.Abs(float64(br))), F(math.Abs(float64(bi)))
	if abr >= abi {
		if abr == 0 && abi == 0 {
			return ar / abr, ai / abi
		}
		rat := bi / br
		scl := 1 / (br + F(bi*rat))
		return F((ar + F(ai*rat)) * scl), F((ai - F(ar*rat)) * scl)
	}
	rat := br / bi
	scl := 1 / (bi + F(br*rat))
	return F((F(ar*rat) + ai) * scl), F((F(ai*rat) - ar) * scl)
}

// Recip returns 1/z as NumPy's reciprocal of a complex number (Smith's
// method; 1/0 is NaN+NaNi).
func Recip(z complex128) complex128 {
	return complex(recip(real(z), imag(z)))
}

// Recipf is Recip for complex64, in single precision as NumPy's.
func Recipf(z complex64) complex64 {
	return complex(recip(real(z), imag(z)))
}

func recip[F float32 | float64](x, y F) (F, F) {
	if math.Abs(float64(y)) <= math.Abs(float64(x)) {
		r := y / x
		d := x + y*r
		return 1 / d, -r / d
	}
	r := x / y
	d := x*r + y
	return r / d, -1 / d
}

// Sign returns NumPy 1.x's sign of a complex number: the sign (1, -1 or 0)
// of the real part, or of the imaginary part when the real part is zero,
// with a zero imaginary part; NaN when a part that decides it is NaN.
func Sign(z complex128) complex128 {
	x, y := real(z), imag(z)
	switch {
	case x > 0 && y == y || x == 0 && y > 0:
		return 1
	case x < 0 && y == y || x == 0 && y < 0:
		return -1
	case x == 0 && y == 0:
		return 0
	}
	return complex(math.NaN(), 0)
}
