// ulp measures numgo's own AVX-512 kernels of float64 (../own_avx512.h)
// against SLEEF's u10 functions, which they replace: for each, the largest
// error in ULP of the double result against the long double function of
// glibc, over 16 million arguments in each of its ranges; special values,
// printed where they differ from the long double result rounded; and the
// time per element of both on 1M arguments of its timing range. pow is
// measured the same way, over 4 million pairs per range, against glibc libmvec's pow (which
// vecops.go ran before, and whose float32 powf it still runs) as well as
// SLEEF's. It is not part of the build or the tests:
//
//	gcc -O2 -mavx512f -o /tmp/ulp internal/cgo/testdata/ulp.c -lsleef -lmvec -lm
//	/tmp/ulp            // every function
//	/tmp/ulp exp pow    // these
//
// Needs an AVX-512F CPU.
#include <immintrin.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../own_avx512.h"

extern __m512d Sleef_expd8_u10(__m512d), Sleef_logd8_u10(__m512d), Sleef_tanhd8_u10(__m512d);
extern __m512d Sleef_powd8_u10(__m512d, __m512d);
__m512d _ZGVeN8vv_pow(__m512d, __m512d);

enum { MAXRANGES = 12, MAXSPECIAL = 24 };

// NG_TRIG is sin's and cos's ranges, special values and timing range:
// near multiples of pi/2 (355/113 and 103993/33102 are close to pi), at
// the quadrants' seam pi/4, below and past 2^20, where SLEEF takes over.
#define NG_TRIG                                                                                            \
	{{-1e-300, 1e-300}, {-1e-8, 1e-8}, {-0.8, 0.8}, {-4, 4}, {-100, 100}, {1e4, 1e5}, {-1e6, -1e5},    \
		{1048000, 1049000}, {-1e10, 1e10}, {1e300, 1.1e300}},                                       \
	{0.0, -0.0, INFINITY, -INFINITY, NAN, 4.9e-324, -1e-320, 355, 103993, 0x1p20, 0x1.fffffffffffffp19, \
		0.78539816339744828, 0.78539816339744839, 1.5707963267948966, 3.1415926535897931, -1e300}, \
	16, {0, 100}

static const struct func {
	const char *name;
	__m512d (*numgo)(__m512d), (*sleef)(__m512d);
	long double (*exact)(long double);
	double ranges[MAXRANGES][2]; // {0, 0} ends the list
	double special[MAXSPECIAL];  // NaN-free list ended by nspecial
	int nspecial;
	double timing[2];
} funcs[] = {
	{"exp", ng_exp_d8, Sleef_expd8_u10, expl,
		{{-1e-8, 1e-8}, {-0.03, 0.03}, {-1, 1}, {-10, 10}, {-100, 100}, {-708, -600}, {600, 709.78},
			{-745.2, -708}, {-745.2, 709.79}, {-1e-300, 1e-300}},
		{0.0, -0.0, INFINITY, -INFINITY, NAN, 4.9e-324, -1e-320, 709.782712893384, 709.7827128933841,
			-745.1332191019411, -745.1332191019412, -708.3964185322641, 710, -746, 1e300, -1e300},
		16, {-10, 10}},
	{"log", ng_log_d8, Sleef_logd8_u10, logl,
		{{1e-320, 2.2e-308}, {1e-320, 1e-8}, {0, 1}, {0.7, 0.72}, {1.4, 1.42}, {0.99, 1.01},
			{1 - 1e-8, 1 + 1e-8}, {1, 100}, {0, 1e10}, {1e300, 1.7e308}},
		{0.0, -0.0, INFINITY, -INFINITY, NAN, 4.9e-324, -1e-320, 1, 2, 0.5, 1.4142135623730951,
			0.70710678118654746, 0.70710678118654757, 1.7976931348623157e308, 2.2250738585072014e-308, -1},
		16, {0, 1}},
	{"sin", ng_sin_d8, Sleef_sind8_u10, sinl, NG_TRIG},
	{"cos", ng_cos_d8, Sleef_cosd8_u10, cosl, NG_TRIG},
	{"tanh", ng_tanh_d8, Sleef_tanhd8_u10, tanhl,
		{{0, 1e-300}, {0, 1e-8}, {0, 0.1}, {0, 0.4}, {0.35, 0.45}, {0.4, 1}, {1, 3}, {3, 10}, {10, 25},
			{-1, 1}},
		{0.0, -0.0, INFINITY, -INFINITY, NAN, 4.9e-324, -1e-320, 19.06, 19.1, 400, -800, 0.4, 0x1.9999999999999p-2},
		13, {0, 1}},
};

// ulperr returns |got - ref| in ULP of ref rounded to double (the spacing
// of subnormals below their range); 0 where both are NaN or got is ref
// rounded (the infinities included).
static double ulperr(double got, long double ref) {
	if ((isnan(got) && isnan(ref)) || got == (double)ref) return 0;
	double r = (double)ref;
	int e;
	frexp(r, &e);
	double u = fmax(ldexp(1.0, e - 53), 0x1p-1074);
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

// apply sets y to f of the n (a multiple of 8) elements of x.
static void apply(__m512d (*f)(__m512d), double *y, const double *x, int n) {
	for (int i = 0; i < n; i += 8) _mm512_store_pd(y + i, f(_mm512_load_pd(x + i)));
}

static void measure(const struct func *f, double *x, double *y, double *z, int n) {
	for (int k = 0; k < MAXRANGES && f->ranges[k][0] < f->ranges[k][1]; k++) {
		const double *r = f->ranges[k];
		double ours = 0, sleef = 0, at = 0;
		for (int rep = 0; rep < 16; rep++) {
			for (int i = 0; i < n; i++) x[i] = r[0] + (r[1] - r[0]) * rnd();
			apply(f->numgo, y, x, n);
			apply(f->sleef, z, x, n);
			for (int i = 0; i < n; i++) {
				long double want = f->exact(x[i]);
				double e = ulperr(y[i], want);
				if (e > ours) ours = e, at = x[i];
				if ((e = ulperr(z[i], want)) > sleef) sleef = e;
			}
		}
		printf("%s [%g, %g): numgo %.3f ULP (at %.17g), SLEEF %.3f\n", f->name, r[0], r[1], ours, at, sleef);
	}
	double sp[MAXSPECIAL] = {0}, got[MAXSPECIAL];
	memcpy(sp, f->special, sizeof sp);
	apply(f->numgo, got, sp, MAXSPECIAL);
	for (int i = 0; i < f->nspecial; i++) {
		double want = (double)f->exact(sp[i]);
		if (!((got[i] == want && signbit(got[i]) == signbit(want)) || (isnan(got[i]) && isnan(want))))
			printf("%s(%.17g) = %.17g, want %.17g\n", f->name, sp[i], got[i], want);
	}
	for (int i = 0; i < n; i++) x[i] = f->timing[0] + (f->timing[1] - f->timing[0]) * rnd();
	for (int rep = 0; rep < 3; rep++) {
		struct timespec t0;
		clock_gettime(CLOCK_MONOTONIC, &t0);
		for (int k = 0; k < 10; k++) apply(f->numgo, y, x, n);
		double a = since(&t0);
		for (int k = 0; k < 10; k++) apply(f->sleef, z, x, n);
		printf("%s [%g, %g): ns per element: numgo %.3f, SLEEF %.3f\n", f->name, f->timing[0], f->timing[1],
			a / (10.0 * n), since(&t0) / (10.0 * n));
	}
}

// ng_pow is the kernel as vecops.go runs it where libmvec loads.
static __m512d ng_pow(__m512d x, __m512d y) { return ng_pow_d8(x, y, _ZGVeN8vv_pow); }

// powRanges are pow's ranges of x and y; in the last, every other y is an
// integer (negative bases). The two after {0.99, 1.01} put |y log x| around
// the kernel's end at 708 with x at the edge of the table's middle entry
// (1/c = 1), where the log's relative error is largest (a review found 0.81
// ULP there before -r^3/2 times P's constant term went into the sum last,
// inside an FMA).
static const double powRanges[][4] = {{0, 1, 0, 1}, {0.5, 1.5, -10, 10}, {1 - 1e-6, 1 + 1e-6, -1e6, 1e6},
	{0.99, 1.01, -6e4, 6e4}, {1.0145, 1.0165, 4.27e4, 4.92e4}, {0.984, 0.986, -4.92e4, -4.27e4},
	{1e-300, 1e300, -1, 1}, {1e-5, 1e5, -60, 60}, {1.5, 2.5, 760, 1100}, {1e-320, 2.2e-308, 0.01, 0.99},
	{-10, 10, -10, 10}};

// powSpecial are pairs whose result must be powl's rounded.
static const double powSpecial[][2] = {{0, 0}, {-0.0, -3}, {-0.0, 3}, {0, -1}, {-0.0, -1}, {INFINITY, 0.5},
	{-INFINITY, 3}, {-INFINITY, -3}, {NAN, 0}, {1, NAN}, {-1, INFINITY}, {0.5, INFINITY}, {2, -INFINITY},
	{-2, 0.5}, {-2, 3}, {-2, -3}, {2, 1024}, {2, -1075}, {2, -1074}, {3, 2}, {-3, 2}, {1e-310, 0.5},
	{1.7976931348623157e308, 1}, {7, 1}};

// apply2 sets z to f of the n (a multiple of 16) pairs of x and y, two
// vectors per step as vecops.go's loops.
static void apply2(__m512d (*f)(__m512d, __m512d), double *z, const double *x, const double *y, int n) {
	for (int i = 0; i < n; i += 16) {
		_mm512_store_pd(z + i, f(_mm512_load_pd(x + i), _mm512_load_pd(y + i)));
		_mm512_store_pd(z + i + 8, f(_mm512_load_pd(x + i + 8), _mm512_load_pd(y + i + 8)));
	}
}

static void measurePow(double *x, double *y, double *z, int n) {
	__m512d (*const fs[])(__m512d, __m512d) = {ng_pow, _ZGVeN8vv_pow, Sleef_powd8_u10};
	double *w = aligned_alloc(64, n * 8);
	for (size_t k = 0; k < sizeof powRanges / sizeof powRanges[0]; k++) {
		const double *r = powRanges[k];
		double worst[3] = {0}, at[2] = {0};
		for (int rep = 0; rep < 4; rep++) { // 4 million pairs: powl is slow
			for (int i = 0; i < n; i++) {
				x[i] = r[0] + (r[1] - r[0]) * rnd(), y[i] = r[2] + (r[3] - r[2]) * rnd();
				if (r[0] < 0 && i % 2) y[i] = round(y[i]);
			}
			for (int f = 0; f < 3; f++) {
				apply2(fs[f], z, x, y, n);
				for (int i = 0; i < n; i++) {
					double e = ulperr(z[i], powl(x[i], y[i]));
					if (e > worst[f]) {
						worst[f] = e;
						if (f == 0) at[0] = x[i], at[1] = y[i];
					}
				}
			}
		}
		printf("pow x [%g, %g) y [%g, %g): numgo %.3f ULP (at %.17g, %.17g), libmvec %.3f, SLEEF %.3f\n", r[0], r[1],
			r[2], r[3], worst[0], at[0], at[1], worst[1], worst[2]);
	}
	enum { NS = sizeof powSpecial / sizeof powSpecial[0] };
	for (int i = 0; i < 32; i++) x[i] = i < NS ? powSpecial[i][0] : 1, y[i] = i < NS ? powSpecial[i][1] : 1;
	apply2(ng_pow, z, x, y, 32);
	for (int i = 0; i < NS; i++) {
		double want = (double)powl(x[i], y[i]);
		if (!((z[i] == want && signbit(z[i]) == signbit(want)) || (isnan(z[i]) && isnan(want))))
			printf("pow(%.17g, %.17g) = %.17g, want %.17g\n", x[i], y[i], z[i], want);
	}
	for (int i = 0; i < n; i++) x[i] = rnd(), y[i] = rnd();
	double best[3] = {1e9, 1e9, 1e9};
	for (int rep = 0; rep < 10; rep++) {
		for (int f = 0; f < 3; f++) {
			struct timespec t0;
			clock_gettime(CLOCK_MONOTONIC, &t0);
			for (int k = 0; k < 4; k++) apply2(fs[f], w, x, y, n);
			best[f] = fmin(best[f], since(&t0) / (4.0 * n));
		}
	}
	printf("pow [0, 1) x [0, 1): ns per element (fastest of 10): numgo %.3f, libmvec %.3f, SLEEF %.3f\n", best[0],
		best[1], best[2]);
	free(w);
}

int main(int argc, char **argv) {
	enum { N = 1 << 20 };
	double *x = aligned_alloc(64, N * 8), *y = aligned_alloc(64, N * 8), *z = aligned_alloc(64, N * 8);
	for (size_t i = 0; i < sizeof funcs / sizeof funcs[0]; i++) {
		int on = argc == 1;
		for (int a = 1; a < argc; a++) on |= strcmp(argv[a], funcs[i].name) == 0;
		if (on) measure(&funcs[i], x, y, z, N);
	}
	int on = argc == 1;
	for (int a = 1; a < argc; a++) on |= strcmp(argv[a], "pow") == 0;
	if (on) measurePow(x, y, z, N);
}
