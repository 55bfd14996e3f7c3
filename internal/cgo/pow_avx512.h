// pow_avx512.h defines ng_pow_d8, numgo's own pow on AVX-512 (included by
// own_avx512.h, which says how to include it and what it assumes).

// ng_pow_d8 is x^y on AVX-512 as exp(y log|x|), within 0.69 ULP where it
// computes the result itself: testdata/ulp.c found 0.57 at most over 4
// million pairs in each of its ranges against long double powl, except
// where x is within 2% of 1 and |y log x| near 708: 0.66 there (0.69 in a
// longer search), as the log's relative error, about 2^-65, times |y log
// x| adds up to 0.18 ULP (under 0.05 for |y log x| < 200); glibc's
// libmvec: 1.004 at most, SLEEF's u10: 0.668. It takes 2.35 ns per float64
// (x and y in [0, 1)) on the Zen 4 test machine against 3.9 for libmvec's
// pow, which Power ran before (then 0.6 of NumPy's speed, whose SVML pow
// is faster than libmvec's). The method is that of ARM's
// optimized-routines pow (glibc's scalar pow) with tables of 32 entries,
// which vpermt2pd reads, in place of 128 (so r is 4 times larger and its
// terms weigh more):
//   - |x| = 2^k m with m in [0.75, 1.5) (vgetmantpd and vgetexppd, exact
//     for subnormals too);
//   - log|x| = k ln2 + log c + log1p(r), with 1/c = q/32 for q the integer
//     nearest 32/m's 14-bit estimate (vrcp14pd; q is in [21, 43]) and r = m
//     q/32 - 1, which one FMA gives exactly (q has 6 bits), |r| < 0.0236;
//     log c from a 32-entry table as a high part, a multiple of 2^-43, so
//     that k ln2hi plus it is exact, and a low part; log1p r = r - r^2/2 +
//     r^3 P(r), P a Chebyshev fit of degree 8 (testdata/pow_poly.py, with
//     the table); the sum carried as a double-double lh + ll;
//   - y log|x| as a double-double eh + el (an FMA residual), and e^(eh + el)
//     by ng_exp_tail_d8.
// A negative x gives the power of |x|, negated for an odd integer y, NaN for
// a y that is not an integer. Elements that need more (x zero, inf or NaN,
// y inf or NaN, or |eh| above 708, where the result nears the ends of the
// float64 range) take rare's result (libmvec's or SLEEF's pow, which follow
// C99's special values as NumPy does, except that SLEEF's overflows within
// about 2e-6 of the largest float64); it runs only for vectors that hold
// one, and no result depends on its neighbours.
static inline __attribute__((always_inline)) __m512d ng_pow_d8(__m512d x, __m512d y, __m512d (*rare)(__m512d, __m512d)) {
	const __m512d one = _mm512_set1_pd(1), shift = _mm512_set1_pd(0x1.8p52);
	__m512d ax = _mm512_abs_pd(x);
	__m512d m = _mm512_getmant_pd(ax, _MM_MANT_NORM_p75_1p5, _MM_MANT_SIGN_zero);
	__m512d k = _mm512_getexp_pd(ax);
	k = _mm512_mask_add_pd(k, _mm512_cmp_pd_mask(m, one, _CMP_LT_OQ), k, one); // m was halved
	__m512d qshift = _mm512_fmadd_round_pd(_mm512_rcp14_pd(m), _mm512_set1_pd(32), shift, NG_RN);
	__m512d r = _mm512_fmsub_pd(m, _mm512_mul_pd(_mm512_sub_pd(qshift, shift), _mm512_set1_pd(1.0 / 32)), one);
	// log c at q mod 32: vpermt2pd takes q mod 16 from the low bits, bit 4 picks the table.
	__m512i q = _mm512_castpd_si512(qshift);
	__mmask8 upper = _mm512_test_epi64_mask(q, _mm512_set1_epi64(16));
	__m512d chi = _mm512_mask_blend_pd(upper,
		_mm512_permutex2var_pd(
			_mm512_setr_pd(0, -0x1.f829b0e780000p-6, -0x1.f0a30c0118000p-5, -0x1.6f0d28ae56000p-4,
				-0x1.e27076e2b0000p-4, -0x1.29552f81ff000p-3, -0x1.5ff3070a79000p-3, -0x1.9525a9cf45000p-3),
			q,
			_mm512_setr_pd(-0x1.c8ff7c79aa000p-3, -0x1.fb9186d5e4000p-3, -0x1.1675cababa800p-2, -0x1.2e8e2bae12000p-2,
				0, 0, 0, 0)),
		_mm512_permutex2var_pd(
			_mm512_setr_pd(0, 0, 0, 0, 0, 0x1.af5295248d000p-2, 0x1.7fafa3bd81800p-2, 0x1.522ae0738a000p-2),
			q,
			_mm512_setr_pd(0x1.269621134d800p-2, 0x1.f991c6cb3b000p-3, 0x1.a93ed3c8ae000p-3, 0x1.5bf406b544000p-3,
				0x1.1178e8227e000p-3, 0x1.9335e5d594000p-4, 0x1.08598b59e4000p-4, 0x1.0415d89e74000p-5)));
	__m512d clo = _mm512_mask_blend_pd(upper,
		_mm512_permutex2var_pd(
			_mm512_setr_pd(0, -0x1.980267c7e09e4p-45, 0x1.d599e83368e91p-45, -0x1.69737c93373dap-45,
				0x1.a342c2af0003cp-45, -0x1.48d301771c408p-45, -0x1.e9e439f105039p-46, -0x1.ad1d904c1d4e3p-45),
			q,
			_mm512_setr_pd(0x1.7794f689f8434p-45, 0x1.d572aab993c87p-47, 0x1.f1fc63382a8f0p-46, 0x1.67b1e99b72bd8p-45,
				0, 0, 0, 0)),
		_mm512_permutex2var_pd(
			_mm512_setr_pd(0, 0, 0, 0, 0, -0x1.17cc552774458p-45, -0x1.72090c812566ap-45, 0x1.ebe708164c759p-45),
			q,
			_mm512_setr_pd(0x1.c93c1df5bb3b6p-45, 0x1.bcbecca0cdf30p-46, -0x1.8724350562169p-45, -0x1.27023eb68981cp-46,
				0x1.1ef78ce2d07f2p-45, 0x1.3115c3abd47dap-45, -0x1.7e5dd7009902cp-46, 0x1.111c05cf1d753p-47)));
	// k ln2 + log c + r - r^2/2 to a double-double; each sum's error is
	// exact (Fast2Sum: t1 is 0, or |t1| >= log(32/31) > |r|; |t2| > r^2/2).
	__m512d t1 = _mm512_fmadd_pd(k, _mm512_set1_pd(0x1.62e42fefa3800p-1), chi); // exact
	__m512d t2 = _mm512_add_pd(t1, r);
	__m512d lo1 = _mm512_fmadd_pd(k, _mm512_set1_pd(0x1.ef35793c76730p-45), clo);
	__m512d lo2 = _mm512_add_pd(_mm512_sub_pd(t1, t2), r);
	__m512d ar = _mm512_mul_pd(r, _mm512_set1_pd(-0.5));
	__m512d ar2 = _mm512_mul_pd(r, ar); // -r^2/2
	__m512d hi = _mm512_add_pd(t2, ar2);
	__m512d lo3 = _mm512_fmsub_pd(ar, r, ar2);
	__m512d lo4 = _mm512_add_pd(_mm512_sub_pd(t2, hi), ar2);
	// r^3 P(r) = ar3 (c0 + u) with ar3 = -r^3/2, c0 + u = -2P(r) (u by
	// Estrin's scheme) and c0 = -2P(0), about -2/3. ar3 c0, the largest
	// term of lo, goes in last and inside an FMA, so that lo rounds once at
	// its scale: with ar3 c0 in u and summed after the other terms the
	// kernel was off by 0.81 ULP where |y log|x|| nears 708 and x is within
	// 2% of 1 (a review's search), 0.69 so.
	__m512d r2 = _mm512_mul_pd(r, r), r4 = _mm512_mul_pd(r2, r2);
#define NG_C(c) _mm512_set1_pd(c)
	const __m512d c0 = NG_C(-0x1.5555555555555p-1);
	__m512d p01 = _mm512_mul_pd(r, NG_C(0.49999999999999944));
	__m512d p23 = _mm512_fmadd_pd(r, NG_C(0.3333333333467068), NG_C(-0.39999999999999947));
	__m512d p45 = _mm512_fmadd_pd(r, NG_C(0.24999991326995336), NG_C(-0.2857142857266306));
	__m512d p67 = _mm512_fmadd_pd(r, NG_C(0.20020829363933096), NG_C(-0.22222214216288275));
	__m512d p47 = _mm512_fmadd_pd(r2, p67, p45);
	__m512d p48 = _mm512_fmadd_pd(r4, NG_C(-0.18201045439501692), p47);
	__m512d u = _mm512_fmadd_pd(r4, p48, _mm512_fmadd_pd(r2, p23, p01));
#undef NG_C
	__m512d ar3 = _mm512_mul_pd(r, ar2);
	__m512d lo = _mm512_fmadd_pd(ar3, c0, _mm512_fmadd_pd(ar3, u, _mm512_add_pd(_mm512_add_pd(lo1, lo2), _mm512_add_pd(lo3, lo4))));
	__m512d lh = _mm512_add_pd(hi, lo);
	__m512d ll = _mm512_add_pd(_mm512_sub_pd(hi, lh), lo);
	// y log|x| = eh + el.
	__m512d eh = _mm512_mul_pd(y, lh);
	__m512d el = _mm512_fmadd_pd(y, ll, _mm512_fmsub_pd(y, lh, eh));
	__m512d z = ng_exp_tail_d8(eh, el, 1);
	// A negative x: an odd integer y negates, any other non-integer gives NaN.
	__mmask8 neg = _mm512_cmp_pd_mask(x, _mm512_setzero_pd(), _CMP_LT_OQ);
	if (neg) {
		__m512d half = _mm512_mul_pd(y, _mm512_set1_pd(0.5));
		__mmask8 whole = _mm512_cmp_pd_mask(_mm512_roundscale_pd(y, NG_RN), y, _CMP_EQ_OQ);
		__mmask8 odd = whole & _mm512_cmp_pd_mask(_mm512_roundscale_pd(half, NG_RN), half, _CMP_NEQ_UQ);
		z = _mm512_mask_sub_pd(z, neg & odd, _mm512_setzero_pd(), z);
		z = _mm512_mask_blend_pd(neg & ~whole, z, _mm512_set1_pd(__builtin_nan("")));
	}
	// x zero, inf or NaN or y inf or NaN make eh inf or NaN (subnormal x are
	// exact in vgetmantpd and vgetexppd, and take the fast path).
	__mmask8 fast = _mm512_cmp_pd_mask(_mm512_abs_pd(eh), _mm512_set1_pd(708), _CMP_LE_OQ);
	if (fast != 0xff) z = _mm512_mask_blend_pd(fast, rare(x, y), z);
	return z;
}
