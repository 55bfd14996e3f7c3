//go:build cgo && !purego

package cgo

// SLEEF's vectorised math functions over whole runs: one cgo call applies a
// function to n contiguous elements with SLEEF's ≤1-ULP (_u10) variants, 8
// doubles or 16 floats per instruction where the CPU has AVX-512F, 4 or 8
// with AVX (SLEEF's dispatchers then pick AVX, AVX2+FMA or FMA4 at run
// time); sqrt is the CPU's own vector square root, correctly rounded. The
// AVX-512 functions are SLEEF's same algorithms on wider vectors: on an
// AVX-512 machine they take half (exp, sin) to a third (log) of the AVX2
// ones' time. The order of the functions is internal/vmath's Func
// constants.

/*
#cgo LDFLAGS: -lsleef
#include <stddef.h>
#include <string.h>

// Declared here instead of including sleef.h, which Debian installs under a
// multiarch directory other platforms do not have.
extern double Sleef_exp_u10(double);

#if defined(__x86_64__)
#define NG_FUNCS(X) X(exp) X(log) X(log10) X(log2) X(exp2) X(expm1) X(log1p) \
	X(sin) X(cos) X(tan) X(asin) X(acos) X(atan) X(sinh) X(cosh) X(tanh) \
	X(asinh) X(acosh) X(atanh) X(cbrt)

// NG_APPLY defines ng_apply_<s>(fn, dst, src, n) = funcs[fn] over n
// elements, W per vector of type V; the tail goes through a vector padded
// with 1, which is in every function's domain.
#define NG_APPLY(s, T, V, W, funcs, load, store, set1)                          \
static void ng_apply_##s(int fn, T *dst, const T *src, ptrdiff_t n) {           \
	V (*f)(V) = funcs[fn];                                                  \
	ptrdiff_t i = 0;                                                        \
	for (; i + W <= n; i += W) store(dst + i, f(load(src + i)));            \
	if (i < n) {                                                            \
		T buf[W];                                                           \
		store(buf, set1(1));                                                \
		memcpy(buf, src + i, (n - i) * sizeof(T));                          \
		store(buf, f(load(buf)));                                           \
		memcpy(dst + i, buf, (n - i) * sizeof(T));                          \
	}                                                                       \
}

#pragma GCC push_options
#pragma GCC target("avx")
#include <immintrin.h>
#define NG_DECL(f) extern __m256d Sleef_##f##d4_u10(__m256d); extern __m256 Sleef_##f##f8_u10(__m256);
NG_FUNCS(NG_DECL)
#define NG_D4(f) Sleef_##f##d4_u10,
#define NG_F8(f) Sleef_##f##f8_u10,
static __m256d ng_sqrt_d4(__m256d x) { return _mm256_sqrt_pd(x); }
static __m256 ng_sqrt_f8(__m256 x) { return _mm256_sqrt_ps(x); }
static __m256d (*const ng_d4[])(__m256d) = { NG_FUNCS(NG_D4) ng_sqrt_d4 };
static __m256 (*const ng_f8[])(__m256) = { NG_FUNCS(NG_F8) ng_sqrt_f8 };
NG_APPLY(d4, double, __m256d, 4, ng_d4, _mm256_loadu_pd, _mm256_storeu_pd, _mm256_set1_pd)
NG_APPLY(f8, float, __m256, 8, ng_f8, _mm256_loadu_ps, _mm256_storeu_ps, _mm256_set1_ps)
#pragma GCC pop_options

#pragma GCC push_options
#pragma GCC target("avx512f")
#define NG_DECL512(f) extern __m512d Sleef_##f##d8_u10(__m512d); extern __m512 Sleef_##f##f16_u10(__m512);
NG_FUNCS(NG_DECL512)
#define NG_D8(f) Sleef_##f##d8_u10,
#define NG_F16(f) Sleef_##f##f16_u10,
static __m512d ng_sqrt_d8(__m512d x) { return _mm512_sqrt_pd(x); }
static __m512 ng_sqrt_f16(__m512 x) { return _mm512_sqrt_ps(x); }
static __m512d (*const ng_d8[])(__m512d) = { NG_FUNCS(NG_D8) ng_sqrt_d8 };
static __m512 (*const ng_f16[])(__m512) = { NG_FUNCS(NG_F16) ng_sqrt_f16 };
NG_APPLY(d8, double, __m512d, 8, ng_d8, _mm512_loadu_pd, _mm512_storeu_pd, _mm512_set1_pd)
NG_APPLY(f16, float, __m512, 16, ng_f16, _mm512_loadu_ps, _mm512_storeu_ps, _mm512_set1_ps)
#pragma GCC pop_options

#define NG_NFUNCS ((int)(sizeof ng_d4 / sizeof ng_d4[0]))

// ng_isa is the widest vector set the CPU runs: 2 AVX-512F, 1 AVX, 0
// neither (GCC's check includes the OS's support for the registers).
static int ng_isa(void) {
	return __builtin_cpu_supports("avx512f") ? 2 : __builtin_cpu_supports("avx") ? 1 : 0;
}

static void ng_apply_d(int isa, int fn, double *dst, const double *src, ptrdiff_t n) {
	(isa == 2 ? ng_apply_d8 : ng_apply_d4)(fn, dst, src, n);
}
static void ng_apply_f(int isa, int fn, float *dst, const float *src, ptrdiff_t n) {
	(isa == 2 ? ng_apply_f16 : ng_apply_f8)(fn, dst, src, n);
}
#else
#define NG_NFUNCS 0
static int ng_isa(void) { return 0; }
static void ng_apply_d(int isa, int fn, double *dst, const double *src, ptrdiff_t n) {}
static void ng_apply_f(int isa, int fn, float *dst, const float *src, ptrdiff_t n) {}
#endif

static int ng_nfuncs(void) { return NG_NFUNCS; }
*/
import "C"

import "unsafe"

// isa is the widest vector instruction set the CPU runs (ng_isa).
var isa = int(C.ng_isa())

// vecFuncs is the number of functions SLEEF runs here, 0 when the CPU has
// no AVX or is not x86-64 (callers then use their Go loops).
var vecFuncs = func() int {
	if isa == 0 {
		return 0
	}
	return int(C.ng_nfuncs())
}()

// VecMath64 applies function fn (internal/vmath's numbering) to src into
// dst, which have the same length, and reports whether it could; dst may be
// src. C keeps no pointer after the call.
func VecMath64(fn int, dst, src []float64) bool {
	if fn >= vecFuncs || len(dst) == 0 {
		return false
	}
	C.ng_apply_d(C.int(isa), C.int(fn), (*C.double)(unsafe.Pointer(&dst[0])), (*C.double)(unsafe.Pointer(&src[0])), C.ptrdiff_t(len(dst)))
	return true
}

// VecMath32 is VecMath64 for float32.
func VecMath32(fn int, dst, src []float32) bool {
	if fn >= vecFuncs || len(dst) == 0 {
		return false
	}
	C.ng_apply_f(C.int(isa), C.int(fn), (*C.float)(unsafe.Pointer(&dst[0])), (*C.float)(unsafe.Pointer(&src[0])), C.ptrdiff_t(len(dst)))
	return true
}

// SLEEFExp returns e**x computed by SLEEF's scalar Sleef_exp_u10 (error
// bound 1.0 ULP).
func SLEEFExp(x float64) float64 {
	return float64(C.Sleef_exp_u10(C.double(x)))
}
