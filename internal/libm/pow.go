package libm

import "math"

// Pow is numgo's AVX-512 pow (ng_pow_d8 in internal/cgo/pow_avx512.h) in
// scalar Go: ARM's optimized-routines pow (glibc's scalar pow) with tables
// of 32 entries in place of 128:
//   - |x| = 2^k m with m in [0.75, 1.5), from the bits (a subnormal x is
//     scaled by 2^52 first, exactly);
//   - log|x| = k ln2 + log c + log1p(r), with 1/c = q/32 for q the integer
//     nearest 32/m (in [21, 43]) and r = m q/32 - 1, which one FMA gives
//     exactly (q has 6 bits), |r| < 0.0236; log c from a table as a high
//     part, a multiple of 2^-43, so that k ln2hi plus it is exact, and a low
//     part; log1p r = r - r^2/2 + r^3 P(r), P of degree 8; the sum carried
//     as a double-double lh + ll;
//   - y log|x| as a double-double eh + el (an FMA residual), and e^(eh + el)
//     by expTail, Tang's method with a 16-entry table (ng_exp_tail_d8 in
//     internal/cgo/exp_avx512.h).
//
// The tables and the polynomials are those of the C headers
// (internal/cgo/testdata/pow_poly.py and exp_table.py print them). Where
// |eh| > 708, the result nears the ends of the float64 range, and its
// scaling by a power of 2 is split so that it rounds once, in the
// subnormal range too (ARM's specialcase in exp_inline).
//
// The error analysis needs each operation rounded on its own: a product
// whose rounding matters is converted with float64(), which keeps the
// compiler from fusing it into an FMA with the sum that uses it (Go
// fuses on arm64, and on amd64 from GOAMD64=v3).

// Pow returns x**y within 0.7 ulp (0.65 at most over 14 million pairs,
// against long double powl), as glibc's pow is, where Go's math.Pow is off
// by hundreds of ulp for large results and wrong for subnormal x
// (math.Pow(5e-324, 0.1) is 1.6e-31, not 4.7e-33). It corresponds to
// numpy.power on float64 (C's pow), with C99's special values, which are
// math.Pow's too:
//
//	Pow(x, ±0) = 1 for any x, NaN too
//	Pow(1, y) = 1 for any y, NaN too
//	Pow(-1, ±Inf) = 1
//	Pow(x, y) = NaN if x or y is NaN otherwise
//	Pow(±0, y) = ±Inf for y an odd integer < 0, +Inf for other y < 0
//	Pow(±0, y) = ±0 for y an odd integer > 0, +0 for other y > 0
//	Pow(x, +Inf) = +Inf for |x| > 1, +0 for |x| < 1
//	Pow(x, -Inf) = +0 for |x| > 1, +Inf for |x| < 1
//	Pow(+Inf, y) = +Inf for y > 0, +0 for y < 0
//	Pow(-Inf, y) = Pow(-0, -y)
//	Pow(x, y) = NaN for finite x < 0 and finite y not an integer
//	Pow(x, y) = ±Pow(-x, y) for finite x < 0 and y an integer, negative
//	for y odd (|y| ≥ 2^53 is even)
func Pow(x, y float64) float64 {
	// One test each lets through x positive and finite (subnormal too)
	// and y finite and not 0: x ≤ 0, Inf and NaN have their top 12 bits
	// at 0x7ff and above, 0 wraps around; y shifted left loses its sign.
	ix, iy := math.Float64bits(x), math.Float64bits(y)
	if ix-1 < 0x7ff0000000000000-1 && iy<<1-1 < 0xffe0000000000000-1 {
		return powPos(x, y)
	}
	whole := y == math.Trunc(y) // Inf too
	odd := whole && math.Abs(y) < 1<<53 && int64(y)&1 != 0
	switch {
	case y == 0 || x == 1:
		return 1
	case x != x || y != y:
		return math.NaN()
	case math.IsInf(y, 0):
		switch ax := math.Abs(x); {
		case ax == 1:
			return 1
		case (ax < 1) == (y > 0):
			return 0
		}
		return math.Inf(1)
	case x == 0 || math.IsInf(x, 0):
		z := 0.0
		if (y < 0) == (x == 0) {
			z = math.Inf(1)
		}
		if odd && math.Signbit(x) {
			z = -z
		}
		return z
	case !whole:
		return math.NaN()
	case odd:
		return -powPos(-x, y)
	}
	return powPos(-x, y)
}

const (
	shift = 0x1.8p52 // rounds to an integer: n is in the low bits of n + shift
	// ln2Hi + ln2Lo is ln2, ln2Hi a multiple of 2^-43.
	ln2Hi = 0x1.62e42fefa3800p-1
	ln2Lo = 0x1.ef35793c76730p-45
)

// logC holds log c = log(32/q) at q mod 32 for q in [21, 43] as a high
// part, a multiple of 2^-43, and a low part (powPos's table; the other
// entries are unused).
var logC = [32][2]float64{
	{0, 0},
	{-0x1.f829b0e780000p-6, -0x1.980267c7e09e4p-45},
	{-0x1.f0a30c0118000p-5, 0x1.d599e83368e91p-45},
	{-0x1.6f0d28ae56000p-4, -0x1.69737c93373dap-45},
	{-0x1.e27076e2b0000p-4, 0x1.a342c2af0003cp-45},
	{-0x1.29552f81ff000p-3, -0x1.48d301771c408p-45},
	{-0x1.5ff3070a79000p-3, -0x1.e9e439f105039p-46},
	{-0x1.9525a9cf45000p-3, -0x1.ad1d904c1d4e3p-45},
	{-0x1.c8ff7c79aa000p-3, 0x1.7794f689f8434p-45},
	{-0x1.fb9186d5e4000p-3, 0x1.d572aab993c87p-47},
	{-0x1.1675cababa800p-2, 0x1.f1fc63382a8f0p-46},
	{-0x1.2e8e2bae12000p-2, 0x1.67b1e99b72bd8p-45},
	{}, {}, {}, {}, {}, {}, {}, {}, {},
	{0x1.af5295248d000p-2, -0x1.17cc552774458p-45},
	{0x1.7fafa3bd81800p-2, -0x1.72090c812566ap-45},
	{0x1.522ae0738a000p-2, 0x1.ebe708164c759p-45},
	{0x1.269621134d800p-2, 0x1.c93c1df5bb3b6p-45},
	{0x1.f991c6cb3b000p-3, 0x1.bcbecca0cdf30p-46},
	{0x1.a93ed3c8ae000p-3, -0x1.8724350562169p-45},
	{0x1.5bf406b544000p-3, -0x1.27023eb68981cp-46},
	{0x1.1178e8227e000p-3, 0x1.1ef78ce2d07f2p-45},
	{0x1.9335e5d594000p-4, 0x1.3115c3abd47dap-45},
	{0x1.08598b59e4000p-4, -0x1.7e5dd7009902cp-46},
	{0x1.0415d89e74000p-5, 0x1.111c05cf1d753p-47},
}

// powPos returns x**y for x positive and finite and y finite and not 0.
func powPos(x, y float64) float64 {
	ix := math.Float64bits(x)
	var k int64
	if ix < 1<<52 { // subnormal
		ix = math.Float64bits(x * 0x1p52)
		k = -52
	}
	// k is the exponent of the bits of x less those of 0.75, so that
	// m = x 2^-k is in [0.75, 1.5).
	t := ix - 0x3fe8000000000000
	k += int64(t) >> 52
	m := math.Float64frombits(ix - t&(0xfff<<52))
	qshift := 32/m + shift
	r := math.FMA(m, (qshift-shift)*(1.0/32), -1) // exact
	c := &logC[math.Float64bits(qshift)&31]
	// k ln2 + log c + r - r^2/2 to a double-double; each sum's error is
	// exact (Fast2Sum: t1 is 0, or |t1| >= log(32/31) > |r|; |t2| > r^2/2).
	kf := float64(k)
	t1 := math.FMA(kf, ln2Hi, c[0]) // exact
	t2 := t1 + r
	lo1 := math.FMA(kf, ln2Lo, c[1])
	lo2 := t1 - t2 + r
	ar := r * -0.5
	ar2 := float64(r * ar) // -r^2/2
	hi := t2 + ar2
	lo3 := math.FMA(ar, r, -ar2)
	lo4 := t2 - hi + ar2
	// r^3 P(r) = ar3 (c0 + u) with ar3 = -r^3/2, c0 + u = -2P(r) (u by
	// Estrin's scheme) and c0 = -2P(0), about -2/3, which goes in last and
	// inside an FMA so that lo rounds once at its scale (the C header says
	// what that is worth).
	r2 := r * r
	r4 := r2 * r2
	p01 := r * 0.49999999999999944
	p23 := math.FMA(r, 0.3333333333467068, -0.39999999999999947)
	p45 := math.FMA(r, 0.24999991326995336, -0.2857142857266306)
	p67 := math.FMA(r, 0.20020829363933096, -0.22222214216288275)
	p47 := math.FMA(r2, p67, p45)
	p48 := math.FMA(r4, -0.18201045439501692, p47)
	u := math.FMA(r4, p48, math.FMA(r2, p23, p01))
	ar3 := r * ar2
	lo := math.FMA(ar3, -0x1.5555555555555p-1, math.FMA(ar3, u, lo1+lo2+(lo3+lo4)))
	lh := hi + lo
	ll := hi - lh + lo
	// y log x = eh + el.
	eh := float64(y * lh)
	el := math.FMA(y, ll, math.FMA(y, lh, -eh))
	switch {
	case eh > 710: // e^709.79 overflows
		return math.Inf(1)
	case eh < -746: // e^-745.14 rounds to 0
		return 0
	}
	return expTail(eh, el)
}

// expTab holds 2^(j/16) for j in [0, 16) as a high and a low part
// (internal/cgo/exp_avx512.h's table).
var expTab = [16][2]float64{
	{1, 0},
	{0x1.0b5586cf9890fp+0, 0x1.8a62e4adc610bp-54},
	{0x1.172b83c7d517bp+0, -0x1.19041b9d78a76p-55},
	{0x1.2387a6e756238p+0, 0x1.9b07eb6c70573p-54},
	{0x1.306fe0a31b715p+0, 0x1.6f46ad23182e4p-55},
	{0x1.3dea64c123422p+0, 0x1.ada0911f09ebcp-55},
	{0x1.4bfdad5362a27p+0, 0x1.d4397afec42e2p-56},
	{0x1.5ab07dd485429p+0, 0x1.6324c054647adp-54},
	{0x1.6a09e667f3bcdp+0, -0x1.bdd3413b26456p-54},
	{0x1.7a11473eb0187p+0, -0x1.41577ee04992fp-55},
	{0x1.8ace5422aa0dbp+0, 0x1.6e9f156864b27p-54},
	{0x1.9c49182a3f090p+0, 0x1.c7c46b071f2bep-56},
	{0x1.ae89f995ad3adp+0, 0x1.7a1cd345dcc81p-54},
	{0x1.c199bdd85529cp+0, 0x1.11065895048ddp-55},
	{0x1.d5818dcfba487p+0, 0x1.2ed02d75b3707p-55},
	{0x1.ea4afa2a490dap+0, -0x1.e9c23179c2893p-54},
}

// expTail returns e^(a + tail) for a in [-746, 710] and |tail| at most an
// ulp or so of a, by ng_exp_tail_d8's method (Tang's):
//   - a = k ln2/16 + r with k = round(16a/ln2) and |r| <= ln2/32 (Cody and
//     Waite's two-part ln2/16; the FMA keeps a - k hi exact), tail added
//     to r;
//   - e^a = 2^floor(k/16) 2^(j/16) (1 + p), j = k mod 16, 2^(j/16) from
//     expTab and p = e^r - 1 by its Taylor polynomial of degree 7.
func expTail(a, tail float64) float64 {
	kshift := math.FMA(a, 0x1.71547652b82fep+4, shift) // 16/ln2
	kf := kshift - shift
	r := math.FMA(-kf, 0x1.62e42fefa4000p-5, a)         // ln2/16, 39 bits
	r = math.FMA(-kf, -0x1.8432a1b0e2634p-47, r) + tail // the rest of ln2/16
	u := math.FMA(r, 1.0/5040, 1.0/720)
	u = math.FMA(u, r, 1.0/120)
	u = math.FMA(u, r, 1.0/24)
	u = math.FMA(u, r, 1.0/6)
	u = math.FMA(u, r, 0.5)
	p := math.FMA(r*r, u, r) // e^r - 1
	tab := &expTab[math.Float64bits(kshift)&15]
	tmp := math.FMA(tab[0], p, tab[1])
	e := int64(kf) >> 4 // floor(k/16)
	if e > -1022 && e < 1023 {
		// 2^(j/16) (1 + p) is in [0.97, 2.05): the result is normal.
		return (tab[0] + tmp) * math.Float64frombits(uint64(e+1023)<<52)
	}
	return scaleRare(tab[0], tmp, e)
}

// scaleRare returns (s + tmp) 2^e, s + tmp in [0.97, 2.05) and s ≥ |tmp|,
// rounded once where the result overflows or is subnormal.
func scaleRare(s, tmp float64, e int64) float64 {
	if e > 0 {
		// 2^e may be past the float64 range: the last factor 2 rounds.
		return (s + tmp) * math.Float64frombits(uint64(e-1+1023)<<52) * 2
	}
	// y = (s + tmp) 2^(e+1022) is exact and under 1 where the result is
	// subnormal; 1 + y rounds y at 2^-52, which is 2^-1074 once scaled
	// back by 2^-1022, so that the result rounds once (y and its error lo
	// from Fast2Sum, then 1 + y and its error).
	sc := math.Float64frombits(uint64(e+1022+1023) << 52)
	s, tmp = s*sc, tmp*sc // exact
	y := s + tmp
	if y < 1 {
		lo := s - y + tmp
		hi := 1 + y
		lo = 1 - hi + y + lo
		y = hi + lo - 1
	}
	return y * 0x1p-1022
}
