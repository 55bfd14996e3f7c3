//go:build cgo && !purego

package cgo

// Element-wise arithmetic, maximum and minimum, comparisons and
// float32/float64 conversion over whole runs with AVX, 4 doubles or 8
// floats per instruction, where Go's compiler emits one element per
// instruction (the reductions' kernels are in vecops_reduce.go). One cgo
// call covers a run, or a stack of runs (the rows of a broadcast); the
// results are those of the Go loops they replace
// (IEEE arithmetic, comparison and conversion are exact per element),
// except for power, which is numgo's own pow for float64 on AVX-512
// (own_avx512.h), SLEEF's on AVX, and SLEEF's or glibc libmvec's powf for
// float32 (all within 1 ULP, as C's).

/*
#cgo linux LDFLAGS: -ldl
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__linux__)
#include <dlfcn.h>
#endif

// NG_ROWS_ARGS(T, D) is the parameter list of a kernel over a stack of
// runs (NG_ROWS) of D results from T operands.
#define NG_ROWS_ARGS(T, D) int nt, ptrdiff_t rows, ptrdiff_t n, D *d0, ptrdiff_t dld, \
	const T *a0, ptrdiff_t ald, int as, const T *b0, ptrdiff_t bld, int bs

#if defined(__x86_64__)
#pragma GCC push_options
#pragma GCC target("avx")
#include <immintrin.h>

extern __m256d Sleef_powd4_u10(__m256d, __m256d);
extern __m256 Sleef_powf8_u10(__m256, __m256);

// NumPy's maximum, minimum (a NaN in either wins), fmax and fmin (a NaN
// loses unless both are NaN): of equal operands (0.0 and -0.0) the second
// wins, as max_pd(x, y) returns y where x == y or either is NaN; a blend
// then picks x where it is NaN (maximum) or where y is (fmax).
#define NG_MINMAX(s, V, op, blendv, cmp)                                        \
static inline V ng_maximum_##s(V x, V y) { return blendv(op##max_##s(x, y), x, cmp(x, x, _CMP_UNORD_Q)); } \
static inline V ng_minimum_##s(V x, V y) { return blendv(op##min_##s(x, y), x, cmp(x, x, _CMP_UNORD_Q)); } \
static inline V ng_fmax_##s(V x, V y) { return blendv(op##max_##s(x, y), x, cmp(y, y, _CMP_UNORD_Q)); }    \
static inline V ng_fmin_##s(V x, V y) { return blendv(op##min_##s(x, y), x, cmp(y, y, _CMP_UNORD_Q)); }
NG_MINMAX(pd, __m256d, _mm256_, _mm256_blendv_pd, _mm256_cmp_pd)
NG_MINMAX(ps, __m256, _mm256_, _mm256_blendv_ps, _mm256_cmp_ps)

// Element i of an operand with step S (-1, 0 or 1) from p: a walk forward,
// a broadcast element, or a walk backward. NG_LD_<s>(p, S, k, dflt) loads
// elements i+k to i+k+W-1 in that order, dflt for S == 0; backward it
// loads the vector below p-i-k and reverses it.
static inline __m256d ng_rev_d(__m256d v) {
	return _mm256_permute_pd(_mm256_permute2f128_pd(v, v, 1), 5);
}
static inline __m256 ng_rev_f(__m256 v) {
	return _mm256_permute_ps(_mm256_permute2f128_ps(v, v, 1), 0x1B);
}
#define NG_LD_D(p, S, k, dflt) ((S) > 0 ? _mm256_loadu_pd((p) + i + (k)) : \
	(S) < 0 ? ng_rev_d(_mm256_loadu_pd((p) - i - (k) - 3)) : (dflt))
#define NG_LD_F(p, S, k, dflt) ((S) > 0 ? _mm256_loadu_ps((p) + i + (k)) : \
	(S) < 0 ? ng_rev_f(_mm256_loadu_ps((p) - i - (k) - 7)) : (dflt))

// NG_STEPS(LOOP, k, ...) expands LOOP(..., AS, BS) as the cases 9k+0 to
// 9k+8 of a switch on 9*k + 3*(as+1) + (bs+1), for steps of -1, 0 and 1.
#define NG_STEPS(LOOP, k, ...)                                                  \
	case 9 * k + 0: LOOP(__VA_ARGS__, -1, -1)                                \
	case 9 * k + 1: LOOP(__VA_ARGS__, -1, 0)                                 \
	case 9 * k + 2: LOOP(__VA_ARGS__, -1, 1)                                 \
	case 9 * k + 3: LOOP(__VA_ARGS__, 0, -1)                                 \
	case 9 * k + 4: LOOP(__VA_ARGS__, 0, 0)                                  \
	case 9 * k + 5: LOOP(__VA_ARGS__, 0, 1)                                  \
	case 9 * k + 6: LOOP(__VA_ARGS__, 1, -1)                                 \
	case 9 * k + 7: LOOP(__VA_ARGS__, 1, 0)                                  \
	case 9 * k + 8: LOOP(__VA_ARGS__, 1, 1)
#define NG_CASE(k, as, bs) (9 * (k) + 3 * ((as) + 1) + (bs) + 1)

// NG_STREAM(store) names the non-temporal form of an unaligned vector
// store: it writes whole cache lines to memory without reading them first,
// which for a result in no cache saves a read of every line (see ndarray's
// stream.go). It needs an address aligned to the vector's size. NG_LOAD
// (store) names the matching unaligned load.
#define NG_STREAM(store) NG_STREAM_##store
#define NG_STREAM__mm256_storeu_pd _mm256_stream_pd
#define NG_STREAM__mm256_storeu_ps _mm256_stream_ps
#define NG_STREAM__mm512_storeu_pd _mm512_stream_pd
#define NG_STREAM__mm512_storeu_ps _mm512_stream_ps
#define NG_LOAD(store) NG_LOAD_##store
#define NG_LOAD__mm256_storeu_pd _mm256_loadu_pd
#define NG_LOAD__mm256_storeu_ps _mm256_loadu_ps
#define NG_LOAD__mm512_storeu_pd _mm512_loadu_pd
#define NG_LOAD__mm512_storeu_ps _mm512_loadu_ps

// NG_BINARY defines ng_binary_<s>(op, nt, d, a, as, b, bs, n): d[i] =
// a[i*as] <op> b[i*bs] for op 0..8 = + - * / pow maximum minimum fmax
// fmin, with steps as, bs of -1, 0 or 1. The switch picks one of 81 loops
// in which the operation and the steps are constants, two vectors per
// iteration. Every element goes through the vector operation, the last
// fewer than W through a vector padded with 1 (NG_BIN_PART), so that an
// element's result does not depend on where its run starts (pow's scalar
// and vector functions can differ in the last bit). With nt set, the loop
// stores with NG_STREAM from the first element of d at a vector-aligned
// address (the ones before it through a padded vector) if the run holds
// two vectors or more; the caller fences (NG_ROWS).
#define NG_BIN_PART(V, W, store, set1, vop, AS, BS, from, m)                        \
	{                                                                           \
		__typeof__(*d) pa[W], pb[W], pr[W];                                 \
		store(pa, set1(1));                                                 \
		store(pb, set1(1));                                                 \
		for (ptrdiff_t k = 0; k < (m); k++) {                               \
			pa[k] = a[AS * ((from) + k)];                               \
			pb[k] = b[BS * ((from) + k)];                               \
		}                                                                   \
		store(pr, vop(NG_LOAD(store)(pa), NG_LOAD(store)(pb)));             \
		memcpy(d + (from), pr, (m) * sizeof(*d));                           \
	}
#define NG_BIN_LOOP(V, W, ld, store, set1, vop, AS, BS)                             \
	{                                                                           \
		V x = set1(a[0]), y = set1(b[0]);                                   \
		ptrdiff_t i = 0;                                                    \
		if (nt && n >= 2 * W && (size_t)d % sizeof(*d) == 0) {              \
			i = (sizeof(V) - (size_t)d % sizeof(V)) % sizeof(V) / sizeof(*d); \
			if (i > 0) NG_BIN_PART(V, W, store, set1, vop, AS, BS, 0, i) \
			for (; i + 2 * W <= n; i += 2 * W) {                        \
				NG_STREAM(store)(d + i, vop(ld(a, AS, 0, x), ld(b, BS, 0, y))); \
				NG_STREAM(store)(d + i + W, vop(ld(a, AS, W, x), ld(b, BS, W, y))); \
			}                                                           \
		}                                                                   \
		for (; i + 2 * W <= n; i += 2 * W) {                                \
			store(d + i, vop(ld(a, AS, 0, x), ld(b, BS, 0, y)));        \
			store(d + i + W, vop(ld(a, AS, W, x), ld(b, BS, W, y)));    \
		}                                                                   \
		for (; i + W <= n; i += W) store(d + i, vop(ld(a, AS, 0, x), ld(b, BS, 0, y))); \
		if (i < n) NG_BIN_PART(V, W, store, set1, vop, AS, BS, i, n - i)    \
		return;                                                             \
	}
#define NG_BINARY(s, T, V, W, ld, store, set1, add, sub, mul, div, pow, v)        \
static void ng_binary_##s(int op, int nt, T *d, const T *a, int as, const T *b, int bs, \
		ptrdiff_t n) {                                                          \
	switch (NG_CASE(op, as, bs)) {                                              \
	NG_STEPS(NG_BIN_LOOP, 0, V, W, ld, store, set1, add)                    \
	NG_STEPS(NG_BIN_LOOP, 1, V, W, ld, store, set1, sub)                    \
	NG_STEPS(NG_BIN_LOOP, 2, V, W, ld, store, set1, mul)                    \
	NG_STEPS(NG_BIN_LOOP, 3, V, W, ld, store, set1, div)                    \
	NG_STEPS(NG_BIN_LOOP, 4, V, W, ld, store, set1, pow)                    \
	NG_STEPS(NG_BIN_LOOP, 5, V, W, ld, store, set1, ng_maximum_##v)         \
	NG_STEPS(NG_BIN_LOOP, 6, V, W, ld, store, set1, ng_minimum_##v)         \
	NG_STEPS(NG_BIN_LOOP, 7, V, W, ld, store, set1, ng_fmax_##v)            \
	NG_STEPS(NG_BIN_LOOP, 8, V, W, ld, store, set1, ng_fmin_##v)            \
	}                                                                           \
}
NG_BINARY(d, double, __m256d, 4, NG_LD_D, _mm256_storeu_pd, _mm256_set1_pd,
	_mm256_add_pd, _mm256_sub_pd, _mm256_mul_pd, _mm256_div_pd, Sleef_powd4_u10, pd)
NG_BINARY(f, float, __m256, 8, NG_LD_F, _mm256_storeu_ps, _mm256_set1_ps,
	_mm256_add_ps, _mm256_sub_ps, _mm256_mul_ps, _mm256_div_ps, Sleef_powf8_u10, ps)

// ng_spread[m] holds byte k = bit k of m: 8 comparison results as Go bools.
static unsigned long long ng_spread[256];

static void ng_vec_init(void) {
	for (int m = 0; m < 256; m++) {
		unsigned long long v = 0;
		for (int k = 0; k < 8; k++) v |= (unsigned long long)((m >> k) & 1) << (8 * k);
		ng_spread[m] = v;
	}
}

// NG_COMPARE defines ng_compare_<s>(pred, nt, d, a, as, b, bs, n): d[i] =
// a[i*as] <pred> b[i*bs] as a byte 0 or 1, for pred 0..5 = == != < <= > >=
// (a NaN is unequal to everything, as in Go), with steps as NG_BINARY's.
// mask8 compares 8 elements into the bits of an int. With nt set, the
// loop writes 32 results at a time with a non-temporal store from the
// first 32-byte-aligned element of d on, as NG_BINARY's (without a fence).
#define NG_CMP_LOOP(V, set1, mask8, P, sop, AS, BS)                             \
	{                                                                       \
		V x = set1(a[0]), y = set1(b[0]);                               \
		ptrdiff_t i = 0;                                                \
		if (nt) {                                                       \
			for (; i < n && (size_t)(d + i) % 32 != 0; i++)         \
				d[i] = a[AS * i] sop b[BS * i];                 \
			while (i + 32 <= n) {                                   \
				unsigned long long v[4];                        \
				for (int q = 0; q < 4; q++, i += 8)             \
					v[q] = ng_spread[mask8(AS, BS, P)];     \
				_mm256_stream_si256((__m256i *)(d + i - 32),    \
					_mm256_loadu_si256((const __m256i *)v)); \
			}                                                       \
		}                                                               \
		for (; i + 8 <= n; i += 8) {                                    \
			unsigned long long v = ng_spread[mask8(AS, BS, P)];     \
			memcpy(d + i, &v, 8);                                   \
		}                                                               \
		for (; i < n; i++) d[i] = a[AS * i] sop b[BS * i];              \
		return;                                                         \
	}
#define NG_COMPARE(s, T, V, set1, mask8)                                        \
static void ng_compare_##s(int pred, int nt, unsigned char *d, const T *a, int as,      \
		const T *b, int bs, ptrdiff_t n) {                                      \
	switch (NG_CASE(pred, as, bs)) {                                            \
	NG_STEPS(NG_CMP_LOOP, 0, V, set1, mask8, _CMP_EQ_OQ, ==)                    \
	NG_STEPS(NG_CMP_LOOP, 1, V, set1, mask8, _CMP_NEQ_UQ, !=)                   \
	NG_STEPS(NG_CMP_LOOP, 2, V, set1, mask8, _CMP_LT_OQ, <)                     \
	NG_STEPS(NG_CMP_LOOP, 3, V, set1, mask8, _CMP_LE_OQ, <=)                    \
	NG_STEPS(NG_CMP_LOOP, 4, V, set1, mask8, _CMP_GT_OQ, >)                     \
	NG_STEPS(NG_CMP_LOOP, 5, V, set1, mask8, _CMP_GE_OQ, >=)                    \
	}                                                                           \
}
#define NG_MASK8_D(AS, BS, P)                                                   \
	(_mm256_movemask_pd(_mm256_cmp_pd(NG_LD_D(a, AS, 0, x), NG_LD_D(b, BS, 0, y), P)) | \
	 _mm256_movemask_pd(_mm256_cmp_pd(NG_LD_D(a, AS, 4, x), NG_LD_D(b, BS, 4, y), P)) << 4)
#define NG_MASK8_F(AS, BS, P)                                                   \
	_mm256_movemask_ps(_mm256_cmp_ps(NG_LD_F(a, AS, 0, x), NG_LD_F(b, BS, 0, y), P))
NG_COMPARE(d, double, __m256d, _mm256_set1_pd, NG_MASK8_D)
NG_COMPARE(f, float, __m256, _mm256_set1_ps, NG_MASK8_F)

// ng_narrow and ng_widen convert float64 to float32 (rounding to nearest
// even, as Go's conversion) and back.
static void ng_narrow(float *d, const double *s, ptrdiff_t n) {
	ptrdiff_t i = 0;
	for (; i + 8 <= n; i += 8) {
		_mm_storeu_ps(d + i, _mm256_cvtpd_ps(_mm256_loadu_pd(s + i)));
		_mm_storeu_ps(d + i + 4, _mm256_cvtpd_ps(_mm256_loadu_pd(s + i + 4)));
	}
	for (; i < n; i++) d[i] = (float)s[i];
}

static void ng_widen(double *d, const float *s, ptrdiff_t n) {
	ptrdiff_t i = 0;
	for (; i + 8 <= n; i += 8) {
		_mm256_storeu_pd(d + i, _mm256_cvtps_pd(_mm_loadu_ps(s + i)));
		_mm256_storeu_pd(d + i + 4, _mm256_cvtps_pd(_mm_loadu_ps(s + i + 4)));
	}
	for (; i < n; i++) d[i] = s[i];
}

#pragma GCC pop_options

// Pow, the one operation here that computes rather than moves memory,
// also has AVX-512 loops, with the steps of NG_BINARY. For float64 they
// run numgo's own pow (ng_pow_d8 in own_avx512.h: within 0.69 ULP, 2.35 ns
// per element on the Zen 4 test machine), which hands the elements it
// leaves (zero, inf or NaN operands, results near the ends of the range)
// to libmvec's or SLEEF's. For float32, and for those elements, glibc's
// vector math library, libmvec, is loaded at run time where it can be
// (ng_mvec_init; numgo builds and runs where there is none, on macOS or
// musl, with SLEEF's pow): within 1 ULP as SLEEF's (measured: at most
// 1.009 ULP for float64 (testdata/ulp.c) and 0.62 for float32 over 32
// million arguments, against SLEEF's 0.67 and 0.59) and faster (float64:
// 4.1 against 5.2 ns per element on the Zen 4 test machine, 2.1 against
// 3.2 on the Zen 5 one).
#pragma GCC push_options
#pragma GCC target("avx512f")
extern __m512d Sleef_powd8_u10(__m512d, __m512d);
extern __m512 Sleef_powf16_u10(__m512, __m512);
static __m512d (*ng_mvec_pow8)(__m512d, __m512d);
static __m512 (*ng_mvec_powf16)(__m512, __m512);

// ng_mvec_init loads libmvec's AVX-512 pow and powf and reports whether it
// could. The library stays loaded for the life of the process. libmvec's
// AVX-512 functions pick their own code by the CPU's features (with an AVX2
// fallback), so AVX-512F, which the callers check, is enough.
static int ng_mvec_init(void) {
#if defined(__linux__)
	void *h = dlopen("libmvec.so.1", RTLD_NOW | RTLD_LOCAL);
	if (h == NULL) return 0;
	ng_mvec_pow8 = (__m512d (*)(__m512d, __m512d))dlsym(h, "_ZGVeN8vv_pow");
	ng_mvec_powf16 = (__m512 (*)(__m512, __m512))dlsym(h, "_ZGVeN16vv_powf");
	return ng_mvec_pow8 != NULL && ng_mvec_powf16 != NULL;
#else
	return 0;
#endif
}
#define NG_LD_D8(p, S, k, dflt) ((S) > 0 ? _mm512_loadu_pd((p) + i + (k)) : \
	(S) < 0 ? _mm512_permutexvar_pd(_mm512_set_epi64(0, 1, 2, 3, 4, 5, 6, 7), \
		_mm512_loadu_pd((p) - i - (k) - 7)) : (dflt))
#define NG_LD_F16(p, S, k, dflt) ((S) > 0 ? _mm512_loadu_ps((p) + i + (k)) : \
	(S) < 0 ? _mm512_permutexvar_ps(_mm512_set_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), \
		_mm512_loadu_ps((p) - i - (k) - 15)) : (dflt))
// ng_power_<s><w>(mvec, nt, d, a, as, b, bs, n) is pow's case of
// NG_BINARY: numgo's own pow for float64 (own_avx512.h), which hands its
// rare elements to libmvec's pow where mvec is set, to SLEEF's otherwise;
// libmvec's or SLEEF's powf for float32.
#include "own_avx512.h"
static __m512d ng_pow_sleef_d8(__m512d x, __m512d y) { return ng_pow_d8(x, y, Sleef_powd8_u10); }
static __m512d ng_pow_mvec_d8(__m512d x, __m512d y) { return ng_pow_d8(x, y, ng_mvec_pow8); }
static void ng_power_d8(int mvec, int nt, double *d, const double *a, int as, const double *b, int bs, ptrdiff_t n) {
	switch (NG_CASE(mvec != 0, as, bs)) {
	NG_STEPS(NG_BIN_LOOP, 0, __m512d, 8, NG_LD_D8, _mm512_storeu_pd, _mm512_set1_pd, ng_pow_sleef_d8)
	NG_STEPS(NG_BIN_LOOP, 1, __m512d, 8, NG_LD_D8, _mm512_storeu_pd, _mm512_set1_pd, ng_pow_mvec_d8)
	}
}
static void ng_power_f16(int mvec, int nt, float *d, const float *a, int as, const float *b, int bs, ptrdiff_t n) {
	switch (NG_CASE(mvec != 0, as, bs)) {
	NG_STEPS(NG_BIN_LOOP, 0, __m512, 16, NG_LD_F16, _mm512_storeu_ps, _mm512_set1_ps, Sleef_powf16_u10)
	NG_STEPS(NG_BIN_LOOP, 1, __m512, 16, NG_LD_F16, _mm512_storeu_ps, _mm512_set1_ps, ng_mvec_powf16)
	}
}
#pragma GCC pop_options

// NG_ROWS(D, T, kernel) is the body of a function that runs kernel on d,
// a and b over rows runs of n elements, run r from d0 + r*dld, a0 + r*ald
// and b0 + r*bld, and with nt set fences once after the last: one call, and
// one wait for the non-temporal stores, for a whole stack of short runs
// (the rows of a broadcast). (The fence is written out because this code
// is compiled for plain x86-64, where GCC refuses _mm_sfence's inlining
// into functions outside the avx region of immintrin.h's definitions.)
#define NG_ROWS(D, T, kernel)                                                   \
	{                                                                       \
		for (ptrdiff_t r = 0; r < rows; r++) {                          \
			D *d = d0 + r * dld;                                    \
			const T *a = a0 + r * ald, *b = b0 + r * bld;           \
			kernel;                                                 \
		}                                                               \
		if (nt) __asm__ volatile("sfence" ::: "memory");               \
	}

// ng_binary_<s>x runs ng_binary_<s>, with pow on AVX-512 where isa is 2,
// and ng_compare_<s>x ng_compare_<s>, over rows (NG_ROWS).
static void ng_binary_dx(int isa, int mvec, int op, NG_ROWS_ARGS(double, double))
	NG_ROWS(double, double, isa == 2 && op == 4 ? ng_power_d8(mvec, nt, d, a, as, b, bs, n) : ng_binary_d(op, nt, d, a, as, b, bs, n))
static void ng_binary_fx(int isa, int mvec, int op, NG_ROWS_ARGS(float, float))
	NG_ROWS(float, float, isa == 2 && op == 4 ? ng_power_f16(mvec, nt, d, a, as, b, bs, n) : ng_binary_f(op, nt, d, a, as, b, bs, n))
static void ng_compare_dx(int pred, NG_ROWS_ARGS(double, unsigned char))
	NG_ROWS(unsigned char, double, ng_compare_d(pred, nt, d, a, as, b, bs, n))
static void ng_compare_fx(int pred, NG_ROWS_ARGS(float, unsigned char))
	NG_ROWS(unsigned char, float, ng_compare_f(pred, nt, d, a, as, b, bs, n))
#else
static void ng_vec_init(void) {}
static int ng_mvec_init(void) { return 0; }
static void ng_binary_dx(int isa, int mvec, int op, NG_ROWS_ARGS(double, double)) {}
static void ng_binary_fx(int isa, int mvec, int op, NG_ROWS_ARGS(float, float)) {}
static void ng_compare_dx(int pred, NG_ROWS_ARGS(double, unsigned char)) {}
static void ng_compare_fx(int pred, NG_ROWS_ARGS(float, unsigned char)) {}
static void ng_narrow(float *d, const double *s, ptrdiff_t n) {}
static void ng_widen(double *d, const float *s, ptrdiff_t n) {}
#endif
*/
import "C"

import (
	"fmt"
	"unsafe"
)

// vecOps reports whether the AVX kernels of this file can run here.
var vecOps = func() bool {
	C.ng_vec_init()
	return vecFuncs > 0
}()

// VecOps reports whether this package's AVX kernels run on this CPU; the
// Vec functions report false whenever they do not.
func VecOps() bool { return vecOps }

// mvecLoaded reports whether libmvec's AVX-512 pow was loaded
// (ng_mvec_init), and mvec whether pow's AVX-512 kernels call it; tests
// clear mvec to run SLEEF's.
var (
	mvecLoaded = isa == 2 && C.ng_mvec_init() != 0
	mvec       = mvecLoaded
)

// A Strided is an operand of rows runs of n elements (VecBinaryRows):
// element i of run r is X[Off + r*LD + i*Step].
type Strided[T any] struct {
	X             []T
	Off, LD, Step int
}

// at returns the address of s's first element, after checking that its
// rows runs of n elements lie in X and that it steps by 1, or if walk is
// set by -1, 0 or 1.
func (s Strided[T]) at(rows, n int, walk bool) unsafe.Pointer {
	lo, hi := s.Off, s.Off
	for _, d := range [...]int{(rows - 1) * s.LD, (n - 1) * s.Step} {
		if d < 0 {
			lo += d
		} else {
			hi += d
		}
	}
	if lo < 0 || hi >= len(s.X) || s.Step != 1 && (!walk || s.Step < -1 || s.Step > 1) {
		panic(fmt.Sprintf("cgo: %d runs of %d elements from %d, %d apart, step %d, in a slice of %d",
			rows, n, s.Off, s.LD, s.Step, len(s.X)))
	}
	return unsafe.Pointer(&s.X[s.Off])
}

// VecBinaryRows computes d_ri = a_ri op b_ri for rows runs of n elements
// (d walks with step 1, a and b with steps of 1, 0 for a broadcast element,
// or -1), for op 0 to 8 (+ - * / pow, NumPy's maximum minimum fmax fmin),
// and reports whether it could. A run of d may be the same memory as a's or
// b's. With stream set it writes d with non-temporal stores (NG_STREAM).
// It panics if an operand's runs reach outside its slice or step otherwise,
// whether or not the CPU runs the kernels.
func VecBinaryRows[T float32 | float64](op, rows, n int, d, a, b Strided[T], stream bool) bool {
	if rows <= 0 || n <= 0 {
		return false
	}
	pd, pa, pb := d.at(rows, n, false), a.at(rows, n, true), b.at(rows, n, true)
	if !vecOps {
		return false
	}
	nt, cr, cn, dld := cbool(stream), C.ptrdiff_t(rows), C.ptrdiff_t(n), C.ptrdiff_t(d.LD)
	switch any(d.X).(type) {
	case []float64:
		C.ng_binary_dx(C.int(isa), cbool(mvec), C.int(op), nt, cr, cn, (*C.double)(pd), dld,
			(*C.double)(pa), C.ptrdiff_t(a.LD), C.int(a.Step), (*C.double)(pb), C.ptrdiff_t(b.LD), C.int(b.Step))
	case []float32:
		C.ng_binary_fx(C.int(isa), cbool(mvec), C.int(op), nt, cr, cn, (*C.float)(pd), dld,
			(*C.float)(pa), C.ptrdiff_t(a.LD), C.int(a.Step), (*C.float)(pb), C.ptrdiff_t(b.LD), C.int(b.Step))
	}
	return true
}

// VecCompareRows sets d_ri to a_ri pred b_ri for pred 0..5 (== != < <= >
// >=), with runs as VecBinaryRows's, and reports whether it could.
func VecCompareRows[T float32 | float64](pred, rows, n int, d Strided[bool], a, b Strided[T], stream bool) bool {
	if rows <= 0 || n <= 0 {
		return false
	}
	pd, pa, pb := (*C.uchar)(d.at(rows, n, false)), a.at(rows, n, true), b.at(rows, n, true)
	if !vecOps {
		return false
	}
	nt, cr, cn, dld := cbool(stream), C.ptrdiff_t(rows), C.ptrdiff_t(n), C.ptrdiff_t(d.LD)
	switch any(a.X).(type) {
	case []float64:
		C.ng_compare_dx(C.int(pred), nt, cr, cn, pd, dld,
			(*C.double)(pa), C.ptrdiff_t(a.LD), C.int(a.Step), (*C.double)(pb), C.ptrdiff_t(b.LD), C.int(b.Step))
	case []float32:
		C.ng_compare_fx(C.int(pred), nt, cr, cn, pd, dld,
			(*C.float)(pa), C.ptrdiff_t(a.LD), C.int(a.Step), (*C.float)(pb), C.ptrdiff_t(b.LD), C.int(b.Step))
	}
	return true
}

// VecNarrow converts src to float32 in dst, which has src's length, and
// reports whether it could.
func VecNarrow(dst []float32, src []float64) bool {
	if !vecOps || len(dst) == 0 {
		return false
	}
	C.ng_narrow((*C.float)(unsafe.Pointer(&dst[0])), (*C.double)(unsafe.Pointer(&src[0])), C.ptrdiff_t(len(dst)))
	return true
}

// VecWiden converts src to float64 in dst, which has src's length, and
// reports whether it could.
func VecWiden(dst []float64, src []float32) bool {
	if !vecOps || len(dst) == 0 {
		return false
	}
	C.ng_widen((*C.double)(unsafe.Pointer(&dst[0])), (*C.float)(unsafe.Pointer(&src[0])), C.ptrdiff_t(len(dst)))
	return true
}

// cbool converts b for C.
func cbool(b bool) C.int {
	if b {
		return 1
	}
	return 0
}
