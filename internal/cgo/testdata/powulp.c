// powulp measures the largest error, in ULP of the double result, of
// glibc libmvec's and SLEEF's AVX-512 pow against long double powl, over
// 32 million arguments in three ranges (the measurement behind vecops.go's
// choice of libmvec's pow). It is not part of the build or the tests:
//
//	gcc -O2 -o /tmp/powulp internal/cgo/testdata/powulp.c -lsleef -lmvec -lm
//	for m in 0 1 2; do /tmp/powulp $m; done
//
// Mode 0: bases and exponents in [0.5, 1.5); 1: bases 2^-100..2^100,
// exponents in (-10, 10); 2: bases e^-700..e^700, exponents in (-0.5, 0.5).
// Needs an AVX-512F CPU.
#include <immintrin.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

extern __m512d Sleef_powd8_u10(__m512d, __m512d);
__m512d _ZGVeN8vv_pow(__m512d, __m512d);

static double ulperr(double got, long double ref) {
	if (isnan(got) && isnan(ref)) return 0;
	if (isinf(ref)) return got == ref ? 0 : 1e9;
	double r = (double)ref;
	int e;
	frexp(r, &e);
	double u = r == 0 ? 4.9e-324 : ldexp(1.0, e - 53);
	return fabsl((long double)got - ref) / u;
}

static double rnd(void) { return rand() / (double)RAND_MAX; }

__attribute__((target("avx512f"))) int main(int argc, char **argv) {
	int mode = argc > 1 ? atoi(argv[1]) : 0;
	srand(1);
	double mvec = 0, sleef = 0;
	for (long it = 0; it < 4000000; it++) {
		double x[8], y[8], g[8], s[8];
		for (int k = 0; k < 8; k++) {
			if (mode == 0) x[k] = 0.5 + rnd(), y[k] = 0.5 + rnd();
			else if (mode == 1) x[k] = ldexp(rnd() + 0.5, (rand() % 200) - 100), y[k] = (rnd() - 0.5) * 20;
			else x[k] = exp((rnd() - 0.5) * 1400), y[k] = rnd() - 0.5;
		}
		_mm512_storeu_pd(g, _ZGVeN8vv_pow(_mm512_loadu_pd(x), _mm512_loadu_pd(y)));
		_mm512_storeu_pd(s, Sleef_powd8_u10(_mm512_loadu_pd(x), _mm512_loadu_pd(y)));
		for (int k = 0; k < 8; k++) {
			long double ref = powl(x[k], y[k]);
			mvec = fmax(mvec, ulperr(g[k], ref));
			sleef = fmax(sleef, ulperr(s[k], ref));
		}
	}
	printf("mode %d: largest error libmvec %.3f ULP, SLEEF %.3f ULP\n", mode, mvec, sleef);
	return 0;
}
