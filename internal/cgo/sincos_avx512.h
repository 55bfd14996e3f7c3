// sincos_avx512.h defines ng_sin_d8 and ng_cos_d8, numgo's own sin and cos
// on AVX-512 (included by own_avx512.h, which says how to include them and
// what they assume).

// ng_sin_d8 and ng_cos_d8 are within 0.77 ULP: testdata/ulp.c found 0.751
// (sin) and 0.763 (cos) at most over 16 million arguments in each of seven
// ranges below 2^20 against long double sinl and cosl (SLEEF's u10: 0.771,
// 0.771). They take 1.43 and 1.35 ns per float64 on the test machine
// (arguments in [0, 100)) against 2.52 and 2.84 for SLEEF's, whose u10
// functions carry the whole evaluation in double-double arithmetic; for
// |x| < 1, where SLEEF takes a shorter path, 1.40 and 1.33 against 1.27 and
// 1.45. SinTo and CosTo of 1e6 float64 in [0, 100) took 1.2-1.5 and 1.8 ms
// with SLEEF's, 0.73 and 0.69 with these (NumPy: 0.87 and 0.97).
//   - |x| = k pi/2 + r, |r| <= pi/4, k = round(2|x|/pi): pi/2 in three
//     parts P1 + P2 + P3 (106 + 53 bits), |x| - k P1 exact (an FMA, k <
//     2^20), then r as a double-double rh + rl (2Sum and FMA residuals), so
//     that r keeps its relative accuracy however close |x| is to a multiple
//     of pi/2.
//   - sin r = rh + (rh^3 S(rh^2) + rl (1 - rh^2/2)) and
//     cos r = w + (((1 - w) - h) + (rh^4 C(rh^2) - hl - rh rl)) with
//     h + hl = rh^2/2 exactly and w = 1 - h (as fdlibm's kernel cos); S and
//     C are Chebyshev fits of degree 6 and 5 (testdata/sincos_poly.py, with
//     the reduction's constants), within 2^-65 and 2^-59 of the result.
//   - quadrant k mod 4 (k + 1 for cos) picks sin r or cos r and the sign;
//     sin takes x's sign back, so sin(-0) = -0.
// Elements with an |x| of 2^20 or more, inf or NaN take the result of
// SLEEF's u10 function (its reduction covers every float64), which runs
// only for vectors that hold one; the others' results never depend on
// their neighbours.
extern __m512d Sleef_sind8_u10(__m512d), Sleef_cosd8_u10(__m512d);

static __m512d ng_sincos_d8(__m512d x, int cos) {
	static const double sp[] = {-7.586697117706918e-13, 1.6058531618986147e-10, -2.5052106232447578e-08,
		2.7557319219339167e-06, -0.00019841269841265065, 0.008333333333333331, -0.16666666666666666};
	static const double cp[] = {-1.1382632425521717e-11, 2.08761462684032e-09, -2.7557317271729793e-07,
		2.480158729876569e-05, -0.0013888888888887398, 0.041666666666666664};
	__m512d a = _mm512_abs_pd(x);
	__mmask8 far = _mm512_cmp_pd_mask(a, _mm512_set1_pd(0x1p20), _CMP_NLT_UQ);
	const __m512d shift = _mm512_set1_pd(0x1.8p52); // k in the low bits of k + shift
	__m512d kshift = _mm512_fmadd_round_pd(a, _mm512_set1_pd(0x1.45f306dc9c883p-1), shift, NG_RN); // 2/pi
	__m512d k = _mm512_sub_round_pd(kshift, shift, NG_RN);
	__m512d r1 = _mm512_fnmadd_pd(k, _mm512_set1_pd(0x1.921fb54442d18p+0), a); // exact
	__m512d y = _mm512_mul_pd(k, _mm512_set1_pd(0x1.1a62633145c07p-54));
	__m512d ylo = _mm512_fmsub_pd(k, _mm512_set1_pd(0x1.1a62633145c07p-54), y);
	__m512d rh = _mm512_sub_pd(r1, y); // 2Sum of r1 and -y
	__m512d bb = _mm512_sub_pd(rh, r1);
	__m512d rl = _mm512_add_pd(_mm512_sub_pd(r1, _mm512_sub_pd(rh, bb)), _mm512_sub_pd(_mm512_setzero_pd(), _mm512_add_pd(y, bb)));
	rl = _mm512_fnmadd_pd(k, _mm512_set1_pd(-0x1.f1976b7ed8fbcp-110), _mm512_sub_pd(rl, ylo));

	__m512d z = _mm512_mul_pd(rh, rh);
	__m512d s = _mm512_set1_pd(sp[0]);
	for (int i = 1; i < (int)(sizeof sp / sizeof sp[0]); i++) s = _mm512_fmadd_pd(s, z, _mm512_set1_pd(sp[i]));
	__m512d hrh = _mm512_mul_pd(_mm512_set1_pd(0.5), rh);
	__m512d sl = _mm512_fnmadd_pd(_mm512_mul_pd(hrh, rh), rl, rl); // rl (1 - rh^2/2)
	__m512d sinr = _mm512_add_pd(rh, _mm512_fmadd_pd(_mm512_mul_pd(z, rh), s, sl));

	__m512d c = _mm512_set1_pd(cp[0]);
	for (int i = 1; i < (int)(sizeof cp / sizeof cp[0]); i++) c = _mm512_fmadd_pd(c, z, _mm512_set1_pd(cp[i]));
	__m512d h = _mm512_mul_pd(hrh, rh);
	__m512d hl = _mm512_fmsub_pd(hrh, rh, h);
	__m512d one = _mm512_set1_pd(1), w = _mm512_sub_pd(one, h);
	__m512d tail = _mm512_sub_pd(_mm512_sub_pd(one, w), h);
	__m512d ct = _mm512_fnmadd_pd(rh, rl, _mm512_fmsub_pd(_mm512_mul_pd(z, z), c, hl));
	__m512d cosr = _mm512_add_pd(w, _mm512_add_pd(tail, ct));

	__m512i q = _mm512_add_epi64(_mm512_castpd_si512(kshift), _mm512_set1_epi64(cos));
	__mmask8 odd = _mm512_test_epi64_mask(q, _mm512_set1_epi64(1));
	__m512i sign = _mm512_slli_epi64(_mm512_and_si512(q, _mm512_set1_epi64(2)), 62);
	if (!cos) sign = _mm512_xor_si512(sign, _mm512_and_si512(_mm512_castpd_si512(x), _mm512_set1_epi64(INT64_MIN)));
	__m512d v = _mm512_mask_blend_pd(odd, sinr, cosr);
	v = _mm512_castsi512_pd(_mm512_xor_si512(_mm512_castpd_si512(v), sign));
	return far ? _mm512_mask_blend_pd(far, v, cos ? Sleef_cosd8_u10(x) : Sleef_sind8_u10(x)) : v;
}

static __m512d ng_sin_d8(__m512d x) { return ng_sincos_d8(x, 0); }
static __m512d ng_cos_d8(__m512d x) { return ng_sincos_d8(x, 1); }
