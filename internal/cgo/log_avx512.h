// log_avx512.h defines ng_log_d8, numgo's own natural logarithm on AVX-512
// (included by own_avx512.h, which says how to include it and what it
// assumes).

// ng_log_d8 is fdlibm's log (the algorithm of Go's math.Log) on AVX-512, within 0.76 ULP:
// testdata/ulp.c found 0.752 at most over 16 million arguments in each of
// ten ranges against long double logl (SLEEF's u10: 0.769). It takes 0.93
// ns per float64 (arguments in [0, 1)) on the test machine against 1.25
// for SLEEF's. (A reciprocal estimate refined twice by Newton's method in
// place of the division was slower: 1.09 ns.)
//   - x = 2^k m with m in [sqrt(2)/2, sqrt(2)] (vgetexppd and vgetmantpd,
//     which also take subnormals apart exactly, then halving m above
//     sqrt(2));
//   - log m = f - s (f - R) written as f - (f^2/2 - s (f^2/2 + R)), f = m
//     - 1, s = f / (2 + f), R a polynomial in s^2 of degree 7 (fdlibm's
//     Lg1-Lg7, error below 2^-58.45);
//   - k ln2 in two parts, the first of 32 bits, so that k ln2hi is exact.
// log(±0) = -inf, log of a negative number or NaN is NaN, log(inf) = inf.
static __m512d ng_log_d8(__m512d x) {
	__m512d m = _mm512_getmant_pd(x, _MM_MANT_NORM_1_2, _MM_MANT_SIGN_zero);
	__m512d k = _mm512_getexp_pd(x);
	__mmask8 big = _mm512_cmp_pd_mask(m, _mm512_set1_pd(0x1.6a09e667f3bcdp+0), _CMP_GT_OQ); // sqrt(2)
	m = _mm512_mask_mul_pd(m, big, m, _mm512_set1_pd(0.5));
	k = _mm512_mask_add_pd(k, big, k, _mm512_set1_pd(1));
	__m512d f = _mm512_sub_pd(m, _mm512_set1_pd(1));
	__m512d s = _mm512_div_pd(f, _mm512_add_pd(f, _mm512_set1_pd(2)));
	__m512d s2 = _mm512_mul_pd(s, s), s4 = _mm512_mul_pd(s2, s2);
	__m512d t1 = _mm512_fmadd_pd(s4, _mm512_set1_pd(1.479819860511658591e-01), _mm512_set1_pd(1.818357216161805012e-01));
	t1 = _mm512_fmadd_pd(s4, t1, _mm512_set1_pd(2.857142874366239149e-01));
	t1 = _mm512_fmadd_pd(s4, t1, _mm512_set1_pd(6.666666666666735130e-01));
	__m512d t2 = _mm512_fmadd_pd(s4, _mm512_set1_pd(1.531383769920937332e-01), _mm512_set1_pd(2.222219843214978396e-01));
	t2 = _mm512_fmadd_pd(s4, t2, _mm512_set1_pd(3.999999999940941908e-01));
	__m512d R = _mm512_fmadd_pd(s2, t1, _mm512_mul_pd(s4, t2));
	__m512d hf = _mm512_mul_pd(_mm512_set1_pd(0.5), f); // f^2/2 = hf f, fused into both its uses
	__m512d lo = _mm512_fmadd_pd(s, _mm512_fmadd_pd(hf, f, R), _mm512_mul_pd(k, _mm512_set1_pd(1.90821492927058770002e-10)));
	__m512d y = _mm512_fmsub_pd(k, _mm512_set1_pd(6.93147180369123816490e-01), _mm512_sub_pd(_mm512_fmsub_pd(hf, f, lo), f));
	// Special values: x = inf gives inf already; NaN and x < 0 give NaN, ±0 -inf.
	y = _mm512_mask_blend_pd(_mm512_cmp_pd_mask(x, _mm512_setzero_pd(), _CMP_NGE_UQ), y, _mm512_set1_pd(__builtin_nan("")));
	return _mm512_mask_blend_pd(_mm512_cmp_pd_mask(x, _mm512_setzero_pd(), _CMP_EQ_OQ), y, _mm512_set1_pd(-__builtin_inf()));
}
