// logulp measures the largest error, in ULP of the double result, of
// numgo's AVX-512 log (../log_avx512.h) and SLEEF's against long double
// logl, over 16 million arguments in each of ten ranges, checks special
// values against logl's (printing those that differ), and times both on 1M
// arguments in [0, 1). It is not part of the build or the tests:
//
//	gcc -O2 -mavx512f -o /tmp/logulp internal/cgo/testdata/logulp.c -lsleef -lm
//	/tmp/logulp
//
// Needs an AVX-512F CPU.
#include <immintrin.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "../log_avx512.h"

extern __m512d Sleef_logd8_u10(__m512d);

static double ulperr(double got, long double ref) {
	if ((isnan(got) && isnan(ref)) || got == (double)ref) return 0;
	double r = (double)ref;
	int e;
	frexp(r, &e);
	double u = fmax(ldexp(1.0, e - 53), 0x1p-1074); // subnormals: their spacing
	return fabsl((long double)got - ref) / u;
}

static uint64_t state = 88172645463325252u;

// rnd returns a uniform double in [0, 1) (xorshift64).
static double rnd(void) {
	state ^= state << 13, state ^= state >> 7, state ^= state << 17;
	return (state >> 11) * 0x1p-53;
}

static double since(struct timespec *t0) {
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	double d = (t.tv_sec - t0->tv_sec) * 1e9 + (t.tv_nsec - t0->tv_nsec);
	*t0 = t;
	return d;
}

int main(void) {
	enum { N = 1 << 20, REPS = 16 };
	double *x = aligned_alloc(64, N * 8), *y = aligned_alloc(64, N * 8), *z = aligned_alloc(64, N * 8);
	static const double ranges[][2] = {{0, 2.2e-308}, {0, 1e-8}, {0, 1}, {0.7, 0.72}, {1.4, 1.42},
		{0.99, 1.01}, {1 - 1e-8, 1 + 1e-8}, {1, 100}, {0, 1e10}, {1e300, 1.7e308}};
	for (size_t k = 0; k < sizeof ranges / sizeof ranges[0]; k++) {
		double ours = 0, sleef = 0, at = 0;
		for (int rep = 0; rep < REPS; rep++) {
			for (int i = 0; i < N; i++) x[i] = ranges[k][0] + (ranges[k][1] - ranges[k][0]) * rnd();
			for (int i = 0; i < N; i += 8) {
				_mm512_store_pd(y + i, ng_log_d8(_mm512_load_pd(x + i)));
				_mm512_store_pd(z + i, Sleef_logd8_u10(_mm512_load_pd(x + i)));
			}
			for (int i = 0; i < N; i++) {
				long double want = logl(x[i]);
				double e = ulperr(y[i], want);
				if (e > ours) ours = e, at = x[i];
				if ((e = ulperr(z[i], want)) > sleef) sleef = e;
			}
		}
		printf("[%g, %g): numgo %.3f ULP (at %.17g), SLEEF %.3f\n", ranges[k][0], ranges[k][1], ours, at, sleef);
	}
	double sp[16] = {0.0, -0.0, INFINITY, -INFINITY, NAN, 4.9e-324, -1e-320, 1, 2, 0.5, 1.4142135623730951,
		0.70710678118654746, 0.70710678118654757, 1.7976931348623157e308, 2.2250738585072014e-308, -1};
	for (int i = 0; i < 16; i += 8) _mm512_storeu_pd(y + i, ng_log_d8(_mm512_loadu_pd(sp + i)));
	for (int i = 0; i < 16; i++) {
		double want = (double)logl(sp[i]);
		if (!((y[i] == want && signbit(y[i]) == signbit(want)) || (isnan(y[i]) && isnan(want))))
			printf("log(%.17g) = %.17g, want %.17g\n", sp[i], y[i], want);
	}
	for (int i = 0; i < N; i++) x[i] = rnd();
	for (int rep = 0; rep < 3; rep++) {
		struct timespec t0;
		clock_gettime(CLOCK_MONOTONIC, &t0);
		for (int k = 0; k < 10; k++)
			for (int i = 0; i < N; i += 8) _mm512_store_pd(y + i, ng_log_d8(_mm512_load_pd(x + i)));
		double a = since(&t0);
		for (int k = 0; k < 10; k++)
			for (int i = 0; i < N; i += 8) _mm512_store_pd(z + i, Sleef_logd8_u10(_mm512_load_pd(x + i)));
		printf("ns per element: numgo %.3f, SLEEF %.3f\n", a / (10.0 * N), since(&t0) / (10.0 * N));
	}
}
