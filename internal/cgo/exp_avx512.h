// exp_avx512.h defines ng_exp_d8, numgo's own exp on AVX-512, and its
// method ng_exp_tail_d8, which ng_pow_d8 shares (included by own_avx512.h,
// which says how to include them and what they assume).

// ng_exp_tail_d8 is ng_exp_d8's method for a in [-746, 710]: e^(a + tail)
// if has_tail is set (a constant, so that ng_exp_d8 has no addition),
// with |tail| at most an ULP or so of a (ng_pow_d8's low part), else e^a.
static inline __attribute__((always_inline)) __m512d ng_exp_tail_d8(__m512d a, __m512d tail, int has_tail) {
	static const double taylor[] = {1.0 / 5040, 1.0 / 720, 1.0 / 120, 1.0 / 24, 1.0 / 6, 0.5};
	const __m512d shift = _mm512_set1_pd(0x1.8p52); // k in the low bits of k + shift
	__m512d kshift = _mm512_fmadd_round_pd(a, _mm512_set1_pd(0x1.71547652b82fep+4), shift, NG_RN); // 16/ln2
	__m512d k = _mm512_sub_pd(kshift, shift);
	__m512d r = _mm512_fnmadd_pd(k, _mm512_set1_pd(0x1.62e42fefa4000p-5), a); // ln2/16, 39 bits
	r = _mm512_fnmadd_pd(k, _mm512_set1_pd(-0x1.8432a1b0e2634p-47), r);   // the rest of ln2/16
	if (has_tail) r = _mm512_add_pd(r, tail);
	__m512d u = _mm512_set1_pd(taylor[0]);
	for (int i = 1; i < (int)(sizeof taylor / sizeof taylor[0]); i++) u = _mm512_fmadd_pd(u, r, _mm512_set1_pd(taylor[i]));
	__m512d p = _mm512_fmadd_pd(_mm512_mul_pd(r, r), u, r); // e^r - 1
	__m512i j = _mm512_castpd_si512(kshift);                // vpermt2pd takes k mod 16 from the low bits
	__m512d thi = _mm512_permutex2var_pd(
		_mm512_setr_pd(1, 0x1.0b5586cf9890fp+0, 0x1.172b83c7d517bp+0, 0x1.2387a6e756238p+0,
			0x1.306fe0a31b715p+0, 0x1.3dea64c123422p+0, 0x1.4bfdad5362a27p+0, 0x1.5ab07dd485429p+0),
		j,
		_mm512_setr_pd(0x1.6a09e667f3bcdp+0, 0x1.7a11473eb0187p+0, 0x1.8ace5422aa0dbp+0, 0x1.9c49182a3f090p+0,
			0x1.ae89f995ad3adp+0, 0x1.c199bdd85529cp+0, 0x1.d5818dcfba487p+0, 0x1.ea4afa2a490dap+0));
	__m512d tlo = _mm512_permutex2var_pd(
		_mm512_setr_pd(0, 0x1.8a62e4adc610bp-54, -0x1.19041b9d78a76p-55, 0x1.9b07eb6c70573p-54,
			0x1.6f46ad23182e4p-55, 0x1.ada0911f09ebcp-55, 0x1.d4397afec42e2p-56, 0x1.6324c054647adp-54),
		j,
		_mm512_setr_pd(-0x1.bdd3413b26456p-54, -0x1.41577ee04992fp-55, 0x1.6e9f156864b27p-54, 0x1.c7c46b071f2bep-56,
			0x1.7a1cd345dcc81p-54, 0x1.11065895048ddp-55, 0x1.2ed02d75b3707p-55, -0x1.e9c23179c2893p-54));
	__m512d y = _mm512_add_pd(thi, _mm512_fmadd_pd(thi, p, tlo));
	return _mm512_scalef_pd(y, _mm512_mul_pd(k, _mm512_set1_pd(0.0625))); // y 2^floor(k/16)
}

// ng_exp_d8 is exp on AVX-512, within 0.56 ULP (0.77 where the result is
// subnormal): testdata/ulp.c found 0.558 ULP at most over 16 million
// arguments in each of ten ranges against long double expl (SLEEF's u10:
// 0.868, and 0.896 for subnormal results). It takes 0.70 ns per float64 on
// the test machine against 1.06 for SLEEF's, which left Exp of 1e6 float64
// at 0.8-1.06 of NumPy's AVX-512 loop. Tang's table-driven method:
//   - x = k ln2/16 + r with k = round(16x/ln2) and |r| <= ln2/32 (Cody and
//     Waite's two-part ln2/16; the FMA keeps x - k hi exact);
//   - e^x = 2^(k/16) e^r = 2^floor(k/16) 2^(j/16) (1 + p), j = k mod 16,
//     2^(j/16) as a high and a low part from a table (testdata/exp_table.py)
//     and p = e^r - 1 by its Taylor polynomial of degree 7 (error 2^-59);
//   - the result, 2^(j/16) + (2^(j/16) p + low part) rounded once, is scaled
//     by vscalefpd, which rounds once more only where it is subnormal and
//     gives 0 and inf past the ends.
// x is clamped to [-746, 710] first, beyond which exp rounds to 0 or
// overflows alike; NaN passes the clamp (AVX-512's max and min return their
// second operand when one is NaN) and stays NaN. Float32 and the AVX (not
// AVX-512) kernels keep SLEEF's exp.
static __m512d ng_exp_d8(__m512d x) {
	__m512d a = _mm512_min_pd(_mm512_set1_pd(710), _mm512_max_pd(_mm512_set1_pd(-746), x));
	return ng_exp_tail_d8(a, a, 0);
}
