package cmath

import (
	"math"
	"math/big"
	"sync"
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

// sincos returns sin(y) and cos(y) to within about an ulp of each
// even where one of them is near zero, which math.Sincos is not: its
// argument reduction leaves an absolute error, about |y|·4e-31 below 2^29
// (so sin(100π) is 200 ulp off) and 1e-17 above (sin(1e300) is 25 ulp
// off). Such arguments are reduced modulo π/2 in multiple precision, which
// costs microseconds but is needed only within |y|·2^-40 of a zero below
// 2^29.
//
// For |y| at most the smallest normal it returns y and 1 exactly, as glibc
// does, so that signed zeros and subnormals pass through.
func sincos(y float64) (s, c float64) {
	ay := math.Abs(y)
	if ay <= minNormal {
		return y, 1
	}
	s, c = math.Sincos(y)
	if ay > math.Pi/4 && (ay >= 0x1p29 || min(math.Abs(s), math.Abs(c)) <= ay*0x1p-40) {
		return sincosReduced(y)
	}
	return s, c
}

// sincosReduced is sincos's slow path.
func sincosReduced(y float64) (s, c float64) {
	if !isFinite(y) {
		return math.NaN(), math.NaN()
	}
	n, r, rr := reduceHalfPi(y)
	s0, c0 := math.Sincos(r)
	s, c = s0+rr*c0, c0-rr*s0
	switch n {
	case 1:
		s, c = c, -s
	case 2:
		s, c = -s, -c
	case 3:
		s, c = -c, s
	}
	return s, c
}

const reducePrec = 1300 // bits: 2^1024·2^-reducePrec leaves 2^-270 of π/2

var (
	reduceOnce sync.Once
	twoOverPi  *big.Float // 2/π
	halfPi     *big.Float // π/2
)

// initPi computes π to reducePrec bits by Machin's formula,
// π = 16·atan(1/5) - 4·atan(1/239).
func initPi() {
	p := uint(reducePrec + 64)
	atanInv := func(k int64) *big.Float {
		// atan(1/k) = Σ (-1)^i / ((2i+1)·k^(2i+1))
		sum := new(big.Float).SetPrec(p)
		pow := new(big.Float).SetPrec(p).Quo(big.NewFloat(1).SetPrec(p), new(big.Float).SetPrec(p).SetInt64(k))
		k2 := new(big.Float).SetPrec(p).SetInt64(k * k)
		term := new(big.Float).SetPrec(p)
		limit := new(big.Float).SetPrec(p).SetMantExp(big.NewFloat(1), -int(p))
		for i := int64(0); ; i++ {
			term.Quo(pow, new(big.Float).SetPrec(p).SetInt64(2*i+1))
			if term.Cmp(limit) < 0 {
				return sum
			}
			if i%2 == 0 {
				sum.Add(sum, term)
			} else {
				sum.Sub(sum, term)
			}
			pow.Quo(pow, k2)
		}
	}
	pi := new(big.Float).SetPrec(p).Mul(big.NewFloat(16).SetPrec(p), atanInv(5))
	pi.Sub(pi, new(big.Float).SetPrec(p).Mul(big.NewFloat(4).SetPrec(p), atanInv(239)))
	halfPi = new(big.Float).SetPrec(reducePrec).Quo(pi, big.NewFloat(2).SetPrec(p))
	twoOverPi = new(big.Float).SetPrec(reducePrec).Quo(big.NewFloat(2).SetPrec(p), pi)
}

// reduceHalfPi returns n mod 4 and r+rr = y - n·π/2 with |r| <= π/4, for
// finite y, with r+rr accurate to far beyond double precision.
func reduceHalfPi(y float64) (n int, r, rr float64) {
	reduceOnce.Do(initPi)
	q := new(big.Float).SetPrec(reducePrec).SetFloat64(y)
	q.Mul(q, twoOverPi)
	// n = q rounded to the nearest integer.
	half := big.NewFloat(0.5)
	if q.Sign() < 0 {
		half.Neg(half)
	}
	ni, _ := new(big.Float).SetPrec(reducePrec).Add(q, half).Int(nil)
	f := new(big.Float).SetPrec(reducePrec).SetInt(ni)
	f.Sub(q, f)
	f.Mul(f, halfPi)
	r, _ = f.Float64()
	rr, _ = f.Sub(f, new(big.Float).SetFloat64(r)).Float64()
	return int(new(big.Int).And(ni, big.NewInt(3)).Int64()), r, rr
}
