// sincosulp measures the largest error, in ULP of the double result, of
// numgo's AVX-512 sin or cos (../sincos_avx512.h) and SLEEF's against long
// double sinl or cosl, over 16 million arguments in each of ten ranges,
// checks special values against sinl's or cosl's (printing those that
// differ), and times both on 1M arguments in [0, 100). It is not part of
// the build or the tests:
//
//	gcc -O2 -mavx512f -o /tmp/sincosulp internal/cgo/testdata/sincosulp.c -lsleef -lm
//	/tmp/sincosulp sin
//	/tmp/sincosulp cos
//
// Needs an AVX-512F CPU.
#include <immintrin.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <string.h>

#include "../sincos_avx512.h"

static __m512d (*numgo)(__m512d), (*theirs)(__m512d);
static long double (*exact)(long double);


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

int main(int argc, char **argv) {
	int cos = argc > 1 && strcmp(argv[1], "cos") == 0;
	numgo = cos ? ng_cos_d8 : ng_sin_d8, theirs = cos ? Sleef_cosd8_u10 : Sleef_sind8_u10, exact = cos ? cosl : sinl;
	enum { N = 1 << 20, REPS = 16 };
	double *x = aligned_alloc(64, N * 8), *y = aligned_alloc(64, N * 8), *z = aligned_alloc(64, N * 8);
	static const double ranges[][2] = {{-1e-300, 1e-300}, {-1e-8, 1e-8}, {-0.8, 0.8}, {-4, 4},
		{-100, 100}, {1e4, 1e5}, {-1e6, -1e5}, {1048000, 1049000}, {-1e10, 1e10}, {1e300, 1.1e300}};
	for (size_t k = 0; k < sizeof ranges / sizeof ranges[0]; k++) {
		double ours = 0, sleef = 0, at = 0;
		for (int rep = 0; rep < REPS; rep++) {
			for (int i = 0; i < N; i++) x[i] = ranges[k][0] + (ranges[k][1] - ranges[k][0]) * rnd();
			for (int i = 0; i < N; i += 8) {
				_mm512_store_pd(y + i, numgo(_mm512_load_pd(x + i)));
				_mm512_store_pd(z + i, theirs(_mm512_load_pd(x + i)));
			}
			for (int i = 0; i < N; i++) {
				long double want = exact(x[i]);
				double e = ulperr(y[i], want);
				if (e > ours) ours = e, at = x[i];
				if ((e = ulperr(z[i], want)) > sleef) sleef = e;
			}
		}
		printf("[%g, %g): numgo %.3f ULP (at %.17g), SLEEF %.3f\n", ranges[k][0], ranges[k][1], ours, at, sleef);
	}
	double sp[16] = {0.0, -0.0, INFINITY, -INFINITY, NAN, 4.9e-324, -1e-320, 355, 103993, 0x1p20,
		nextafter(0x1p20, 0), 0.78539816339744828, 0.78539816339744839, 1.5707963267948966, 3.1415926535897931, -1e300};
	for (int i = 0; i < 16; i += 8) _mm512_storeu_pd(y + i, numgo(_mm512_loadu_pd(sp + i)));
	for (int i = 0; i < 16; i++) {
		double want = (double)exact(sp[i]);
		if (!((y[i] == want && signbit(y[i]) == signbit(want)) || (isnan(y[i]) && isnan(want))))
			printf("%s(%.17g) = %.17g, want %.17g\n", cos ? "cos" : "sin", sp[i], y[i], want);
	}
	for (int i = 0; i < N; i++) x[i] = 100 * rnd();
	for (int rep = 0; rep < 3; rep++) {
		struct timespec t0;
		clock_gettime(CLOCK_MONOTONIC, &t0);
		for (int k = 0; k < 10; k++)
			for (int i = 0; i < N; i += 8) _mm512_store_pd(y + i, numgo(_mm512_load_pd(x + i)));
		double a = since(&t0);
		for (int k = 0; k < 10; k++)
			for (int i = 0; i < N; i += 8) _mm512_store_pd(z + i, theirs(_mm512_load_pd(x + i)));
		printf("ns per element: numgo %.3f, SLEEF %.3f\n", a / (10.0 * N), since(&t0) / (10.0 * N));
	}
}
