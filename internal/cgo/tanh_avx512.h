// tanh_avx512.h defines ng_tanh_d8, numgo's own tanh on AVX-512 (included
// by own_avx512.h, which says how to include it and what it assumes).

// ng_tanh_d8 is tanh on AVX-512, within 0.62 ULP: testdata/ulp.c found
// 0.614 ULP at most over 168 million arguments against long double tanhl
// (SLEEF's: 0.504, and 1.0 for |x| in [10, 25)). It takes 1.78 ns per
// float64 on the test machine against 3.40 for SLEEF's, which made Tanh of
// 1e6 float64 slower than NumPy's: SLEEF's evaluates exp in double-double
// arithmetic, this one carries only e^2|x| and 2/(e^2|x| + 1) with a low
// part.
//   - |x| < 0.4: |x| + |x|^3 P(x^2), P of degree 9 (testdata/tanh_poly.py:
//     its error is 0.001 ULP of the result; 0.614 ULP measured, near 0.4).
//   - Otherwise 1 - 2/(e + 1) with e = e^2|x| (|x| clamped at 20, where tanh
//     rounds to 1): 2|x| = k ln2/8 + r with |r| <= ln2/16 (Cody and Waite's
//     two-part ln2/8), e = 2^(k/8) e^r with 2^(j/8) and its low part from a
//     table, e^r - 1 by its Taylor polynomial of degree 8 (error 2^-59).
//     e, e + 1 and the quotient are each carried as a high and a low part
//     (Fast2Sum, an FMA residual), and the result is rounded once: within
//     0.57 ULP measured.
// The sign is x's, so tanh(-0) = -0, and NaN stays NaN (min(20, NaN) is
// NaN in AVX-512's min). Float32 and the AVX (not AVX-512) kernels keep
// SLEEF's tanh.
static __m512d ng_tanh_d8(__m512d x) {
	static const double poly[] = {7.0613562168686585e-05, -0.0002307228307829282, 0.00058849265679479675,
		-0.0014556628733318807, 0.003592116096818484, -0.0088632350219784266, 0.021869488523713749,
		-0.053968253968098928, 0.13333333333333258, -0.33333333333333331};
	static const double taylor[] = {1.0 / 40320, 1.0 / 5040, 1.0 / 720, 1.0 / 120, 1.0 / 24, 1.0 / 6, 0.5};
	const __m512d one = _mm512_set1_pd(1), two = _mm512_set1_pd(2);
	__m512d a = _mm512_abs_pd(x);

	__m512d t = _mm512_mul_pd(a, a), p = _mm512_set1_pd(poly[0]);
	for (int i = 1; i < (int)(sizeof poly / sizeof poly[0]); i++) p = _mm512_fmadd_pd(p, t, _mm512_set1_pd(poly[i]));
	__m512d small = _mm512_fmadd_pd(_mm512_mul_pd(a, t), p, a);

	__m512d a20 = _mm512_min_pd(_mm512_set1_pd(20), a), x2 = _mm512_add_pd(a20, a20);
	const __m512d shift = _mm512_set1_pd(0x1.8p52); // k in the low bits of k + shift
	__m512d kshift = _mm512_fmadd_round_pd(x2, _mm512_set1_pd(0x1.71547652b82fep+3), shift, NG_RN); // 8/ln2
	__m512d k = _mm512_sub_pd(kshift, shift);
	__m512d r = _mm512_fnmadd_pd(k, _mm512_set1_pd(0x1.62e42fefa4000p-4), x2); // ln2/8, 40 bits: exact
	r = _mm512_fnmadd_pd(k, _mm512_set1_pd(-0x1.8432a1b0e2634p-46), r);   // the rest of ln2/8
	__m512d u = _mm512_set1_pd(taylor[0]);
	for (int i = 1; i < (int)(sizeof taylor / sizeof taylor[0]); i++) u = _mm512_fmadd_pd(u, r, _mm512_set1_pd(taylor[i]));
	u = _mm512_fmadd_pd(_mm512_mul_pd(r, r), u, r); // e^r - 1
	__m512i j = _mm512_castpd_si512(kshift);        // vpermpd takes k mod 8 from the low bits
	__m512d thi = _mm512_permutexvar_pd(j, _mm512_setr_pd(1, 0x1.172b83c7d517bp+0, 0x1.306fe0a31b715p+0,
		0x1.4bfdad5362a27p+0, 0x1.6a09e667f3bcdp+0, 0x1.8ace5422aa0dbp+0, 0x1.ae89f995ad3adp+0, 0x1.d5818dcfba487p+0));
	__m512d tlo = _mm512_permutexvar_pd(j, _mm512_setr_pd(0, -0x1.19041b9d78a76p-55, 0x1.6f46ad23182e4p-55,
		0x1.d4397afec42e2p-56, -0x1.bdd3413b26456p-54, 0x1.6e9f156864b27p-54, 0x1.7a1cd345dcc81p-54, 0x1.2ed02d75b3707p-55));
	__m512d n = _mm512_mul_pd(k, _mm512_set1_pd(0.125)); // vscalefpd scales by 2^floor(n)
	__m512d ehi = _mm512_fmadd_pd(thi, u, thi);
	__m512d elo = _mm512_add_pd(_mm512_fmadd_pd(thi, u, _mm512_sub_pd(thi, ehi)), tlo);
	ehi = _mm512_scalef_pd(ehi, n), elo = _mm512_scalef_pd(elo, n);
	__m512d s = _mm512_add_pd(ehi, one);
	__m512d slo = _mm512_add_pd(_mm512_sub_pd(one, _mm512_sub_pd(s, ehi)), elo); // e + 1 = s + slo
	__m512d q = _mm512_div_pd(two, s);
	__m512d res = _mm512_fnmadd_pd(q, slo, _mm512_fnmadd_pd(q, s, two));        // 2 - q(e + 1)
	__m512d qlo = _mm512_mul_pd(_mm512_mul_pd(res, q), _mm512_set1_pd(0.5));    // 2/(e + 1) = q + qlo
	__m512d d = _mm512_sub_pd(one, q);
	__m512d large = _mm512_add_pd(d, _mm512_sub_pd(_mm512_sub_pd(_mm512_sub_pd(one, d), q), qlo));

	__m512d y = _mm512_mask_blend_pd(_mm512_cmp_pd_mask(a, _mm512_set1_pd(0.4), _CMP_LT_OQ), large, small);
	return _mm512_castsi512_pd(_mm512_ternarylogic_epi64(_mm512_castpd_si512(y), _mm512_castpd_si512(x),
		_mm512_set1_epi64(INT64_MIN), 0xf8)); // y | (x & sign bit)
}
