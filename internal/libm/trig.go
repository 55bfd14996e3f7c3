package libm

import (
	"math"
	"math/bits"
)

// Sin, Cos and Tan, within an ulp of the true result (glibc's, which
// NumPy's scalar loops call), where Go's math loses digits: its three-part
// reduction by π/4 keeps an absolute error, so Sin(π) is 40 ulp off and
// Tan(-π/2) 85, and the reduction of huge arguments keeps only 64 bits of
// the fraction. These are the method of numgo's AVX-512 kernels
// (internal/cgo/sincos_avx512.h), one element at a time:
//   - |x| = k π/2 + r, |r| <= π/4, as a double-double rh + rl: below 2^20
//     by π/2 in three parts (k·P1 exact by an FMA, the rest as 2Sum and
//     FMA residuals), from 2^20 on by Payne and Hanek's reduction with 192
//     bits of 2/π around x's exponent, which leaves 128 bits of r's
//     fraction (reducePio2);
//   - sin r and cos r by the kernel's polynomials, as double-doubles
//     (sinR, cosR);
//   - k mod 4 picks sin r or cos r and the sign; Tan divides the two
//     double-doubles.
// Over 1.8 million random arguments up to 1e308 the three differ from
// glibc's by at most an ulp (the kernel's error against long double is
// 0.77 ulp for sin and cos), and at the 4,260 golden arguments of
// trig_test.go, next to multiples of π/2 among them, from the correctly
// rounded values too (glibc's cos of 5.319372648326541e255 is 16 ulp off).

// Sin returns the sine of x; Sin(±0) = ±0, Sin(±Inf) = Sin(NaN) = NaN.
func Sin(x float64) float64 {
	rh, rl, k, ok := reducePio2(math.Abs(x))
	if !ok {
		return math.NaN()
	}
	s := sinCosOf(rh, rl, k)
	if math.Signbit(x) {
		return -s
	}
	return s
}

// Cos returns the cosine of x; Cos(±Inf) = Cos(NaN) = NaN.
func Cos(x float64) float64 {
	rh, rl, k, ok := reducePio2(math.Abs(x))
	if !ok {
		return math.NaN()
	}
	return sinCosOf(rh, rl, k+1)
}

// Tan returns the tangent of x; Tan(±0) = ±0, Tan(±Inf) = Tan(NaN) = NaN.
func Tan(x float64) float64 {
	rh, rl, k, ok := reducePio2(math.Abs(x))
	if !ok {
		return math.NaN()
	}
	sh, sl := sinR(rh, rl)
	ch, cl := cosR(rh, rl)
	if k&1 == 1 { // tan(r + π/2) = -cos r / sin r
		sh, sl, ch, cl = -ch, -cl, sh, sl
	}
	// (sh + sl) / (ch + cl): the quotient of the high parts, corrected by
	// the remainder, whose first term an FMA gives exactly.
	q := sh / ch
	t := q + (math.FMA(-q, ch, sh)+sl-float64(q*cl))/ch
	if math.Signbit(x) {
		return -t
	}
	return t
}

// Sincos returns Sin(x) and Cos(x), from one reduction of x.
func Sincos(x float64) (s, c float64) {
	rh, rl, k, ok := reducePio2(math.Abs(x))
	if !ok {
		return math.NaN(), math.NaN()
	}
	s, _ = sinR(rh, rl)
	c, _ = cosR(rh, rl)
	switch k & 3 {
	case 1:
		s, c = c, -s
	case 2:
		s, c = -s, -c
	case 3:
		s, c = -c, s
	}
	if math.Signbit(x) {
		s = -s
	}
	return s, c
}

// sinCosOf returns sin(k π/2 + r) for r = rh + rl.
func sinCosOf(rh, rl float64, k uint64) float64 {
	var v float64
	if k&1 == 0 {
		v, _ = sinR(rh, rl)
	} else {
		v, _ = cosR(rh, rl)
	}
	if k&2 == 2 {
		return -v
	}
	return v
}

// The polynomials of sin r and cos r on |r| <= π/4, Chebyshev fits of
// degree 6 and 5 in r² (internal/cgo/testdata/sincos_poly.py), within
// 2^-65 and 2^-59 of the result.
var (
	sinPoly = [...]float64{-7.586697117706918e-13, 1.6058531618986147e-10, -2.5052106232447578e-08,
		2.7557319219339167e-06, -0.00019841269841265065, 0.008333333333333331, -0.16666666666666666}
	cosPoly = [...]float64{-1.1382632425521717e-11, 2.08761462684032e-09, -2.7557317271729793e-07,
		2.480158729876569e-05, -0.0013888888888887398, 0.041666666666666664}
)

// sinR returns sin r = sh + sl (sh the rounded result) for r = rh + rl,
// |r| <= π/4: rh + (rh³ S(rh²) + rl (1 - rh²/2)).
func sinR(rh, rl float64) (sh, sl float64) {
	z := rh * rh
	s := sinPoly[0]
	for _, c := range sinPoly[1:] {
		s = math.FMA(s, z, c)
	}
	h := float64(0.5 * rh * rh)
	sl = math.FMA(float64(z*rh), s, math.FMA(-h, rl, rl))
	sh = rh + sl // Fast2Sum: |rh| > |sl|
	return sh, sl - (sh - rh)
}

// cosR returns cos r = ch + cl (ch the rounded result) for r = rh + rl,
// |r| <= π/4, as fdlibm's kernel cos: w + (((1 - w) - h) + (rh⁴ C(rh²) -
// hl - rh rl)) with h + hl = rh²/2 exactly and w = 1 - h.
func cosR(rh, rl float64) (ch, cl float64) {
	z := rh * rh
	c := cosPoly[0]
	for _, p := range cosPoly[1:] {
		c = math.FMA(c, z, p)
	}
	hrh := 0.5 * rh
	h := float64(hrh * rh)
	hl := math.FMA(hrh, rh, -h)
	w := 1 - h
	cl = (1 - w) - h + math.FMA(-rh, rl, math.FMA(float64(z*z), c, -hl))
	ch = w + cl // Fast2Sum: |w| > |cl|
	return ch, cl - (ch - w)
}

// π/2 in three parts, P1 + P2 - P3 (53, 53 and 53 more bits), and 2/π.
const (
	pio2P1    = 0x1.921fb54442d18p+0
	pio2P2    = 0x1.1a62633145c07p-54
	pio2P3    = 0x1.f1976b7ed8fbcp-110
	twoOverPi = 0x1.45f306dc9c883p-1
)

// reducePio2 returns r = rh + rl and k mod 4 (in the low bits of k) with
// a = k π/2 + r, |r| <= π/4, for a >= 0; ok is false for an infinite or
// NaN a.
func reducePio2(a float64) (rh, rl float64, k uint64, ok bool) {
	if a >= 0x1p20 {
		if a > math.MaxFloat64 {
			return 0, 0, 0, false
		}
		rh, rl, k = reduceLarge(a)
		return rh, rl, k, true
	}
	if a != a {
		return 0, 0, 0, false
	}
	const shift = 0x1.8p52 // k in the low bits of k + shift
	kshift := math.FMA(a, twoOverPi, shift)
	kf := kshift - shift
	r1 := math.FMA(-kf, pio2P1, a) // exact: k < 2^20
	y := float64(kf * pio2P2)
	ylo := math.FMA(kf, pio2P2, -y)
	// rh + rl = r1 - y exactly (2Sum), less the parts beyond.
	rh = r1 - y
	bb := rh - r1
	rl = (r1 - (rh - bb)) - (y + bb)
	rl = math.FMA(kf, pio2P3, rl-ylo)
	return rh, rl, math.Float64bits(kshift), true
}

// twoOverPiBits holds the first 1280 bits of the fraction of 2/π, most
// significant first (testdata/gen_libm_trig.py); Payne and Hanek's reduction of
// an x below 2^1024 reads 192 of them from bit e-1 on, for x = m 2^e.
var twoOverPiBits = [...]uint64{
	0xa2f9836e4e441529, 0xfc2757d1f534ddc0, 0xdb6295993c439041, 0xfe5163abdebbc561,
	0xb7246e3a424dd2e0, 0x06492eea09d1921c, 0xfe1deb1cb129a73e, 0xe88235f52ebb4484,
	0xe99c7026b45f7e41, 0x3991d639835339f4, 0x9c845f8bbdf9283b, 0x1ff897ffde05980f,
	0xef2f118b5a0a6d1f, 0x6d367ecf27cb09b7, 0x4f463f669e5fea2d, 0x7527bac7ebe5f17b,
	0x3d0739f78a5292ea, 0x6bfb5fb11f8d5d08, 0x56033046fc7b6bab, 0xf0cfbc209af4361d,
}

// reduceLarge is reducePio2 for a finite a >= 2^20, by Payne and Hanek's
// method: with a = m 2^e (m an integer of 53 bits), a·2/π mod 4 needs only
// the bits of 2/π from weight 2^(1-e) on, as the earlier ones add
// multiples of 4. m times the 192 bits from there is exact in 256 bits;
// its two bits above the point give k mod 4 and the 128 below it the
// fraction, rounded to the nearest quadrant and multiplied by π/2 as a
// double-double. Near a multiple of π/2 (at most 61 bits of cancellation
// for a float64) that leaves r 67 bits.
func reduceLarge(a float64) (rh, rl float64, k uint64) {
	b := math.Float64bits(a)
	m := b&(1<<52-1) | 1<<52
	e := int(b>>52) - 1075
	s := max(e-1, 1) // the first bit of 2/π used, counting the first after the point as 1
	j, sh := (s-1)/64, uint((s-1)%64)
	var w [3]uint64 // the 192 bits from s on, w[0] the highest
	for i := range w {
		w[i] = twoOverPiBits[j+i] << sh
		if sh > 0 {
			w[i] |= twoOverPiBits[j+i+1] >> (64 - sh)
		}
	}
	// p = m·w, p[0] the least significant limb.
	var p [4]uint64
	h2, l2 := bits.Mul64(m, w[2])
	h1, l1 := bits.Mul64(m, w[1])
	h0, l0 := bits.Mul64(m, w[0])
	var c uint64
	p[0] = l2
	p[1], c = bits.Add64(h2, l1, 0)
	p[2], c = bits.Add64(h1, l0, c)
	p[3] = h0 + c
	// The point lies fp bits from p's low end: p 2^-fp = a·2/π mod 4.
	fp := uint(s + 191 - e)
	k = bitsAt(&p, fp) & 3
	fhi, flo := bitsAt(&p, fp-64), bitsAt(&p, fp-128)
	neg := fhi >= 1<<63 // fraction >= 1/2: the next quadrant, r < 0
	if neg {
		k++
		flo, c = bits.Sub64(0, flo, 0)
		fhi, _ = bits.Sub64(0, fhi, c)
	}
	// The 128-bit fraction, fhi·2^-64 + flo·2^-128, to 106 bits as hi + lo.
	lz := bits.LeadingZeros64(fhi)
	if fhi == 0 { // at most 61 bits cancel, so flo holds the rest
		fhi, flo, lz = flo, 0, 64+bits.LeadingZeros64(flo)
		fhi <<= lz - 64
	} else if lz > 0 {
		fhi = fhi<<lz | flo>>(64-lz)
		flo <<= lz
	}
	scale := -64 - lz
	hi := math.Ldexp(float64(fhi>>11), scale+11)
	lo := math.Ldexp(float64(fhi&(1<<11-1)<<42|flo>>22), scale-42)
	// (hi + lo)·π/2 as a double-double.
	rh = float64(hi * pio2P1)
	rl = math.FMA(hi, pio2P1, -rh) + (hi*pio2P2 + lo*pio2P1)
	t := rh + rl
	rl -= t - rh
	rh = t
	if neg {
		rh, rl = -rh, -rl
	}
	return rh, rl, k
}

// bitsAt returns the 64 bits of the 256-bit p (p[0] the least significant
// limb) from bit n on, zeros past the top.
func bitsAt(p *[4]uint64, n uint) uint64 {
	i, sh := n/64, n%64
	v := p[i] >> sh
	if sh > 0 && i+1 < uint(len(p)) {
		v |= p[i+1] << (64 - sh)
	}
	return v
}
