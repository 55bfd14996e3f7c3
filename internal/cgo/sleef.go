//go:build cgo && !purego

package cgo

// SLEEF's vectorised math functions over whole runs: one cgo call applies a
// function to n contiguous elements, 4 doubles or 8 floats per AVX
// instruction (SLEEF's dispatchers pick AVX, AVX2+FMA or FMA4 at run time),
// with the ≤1-ULP (_u10) variants; sqrt is the CPU's own vector square
// root, correctly rounded. The order of the functions is
// internal/vmath's Func constants.

/*
#cgo LDFLAGS: -lsleef
#include <stddef.h>
#include <string.h>

// Declared here instead of including sleef.h, which Debian installs under a
// multiarch directory other platforms do not have.
extern double Sleef_exp_u10(double);

#if defined(__x86_64__)
#pragma GCC push_options
#pragma GCC target("avx")
#include <immintrin.h>

#define NG_FUNCS(X) X(exp) X(log) X(log10) X(log2) X(exp2) X(expm1) X(log1p) \
	X(sin) X(cos) X(tan) X(asin) X(acos) X(atan) X(sinh) X(cosh) X(tanh) \
	X(asinh) X(acosh) X(atanh) X(cbrt)

#define NG_DECL(f) extern __m256d Sleef_##f##d4_u10(__m256d); extern __m256 Sleef_##f##f8_u10(__m256);
NG_FUNCS(NG_DECL)
#define NG_D4(f) Sleef_##f##d4_u10,
#define NG_F8(f) Sleef_##f##f8_u10,
// sqrt is the CPU's own correctly rounded instruction, after SLEEF's.
static __m256d ng_sqrt_d4(__m256d x) { return _mm256_sqrt_pd(x); }
static __m256 ng_sqrt_f8(__m256 x) { return _mm256_sqrt_ps(x); }
static __m256d (*const ng_d4[])(__m256d) = { NG_FUNCS(NG_D4) ng_sqrt_d4 };
static __m256 (*const ng_f8[])(__m256) = { NG_FUNCS(NG_F8) ng_sqrt_f8 };
#define NG_NFUNCS ((int)(sizeof ng_d4 / sizeof ng_d4[0]))

static void ng_apply_d(int fn, double *dst, const double *src, ptrdiff_t n) {
	__m256d (*f)(__m256d) = ng_d4[fn];
	ptrdiff_t i = 0;
	for (; i + 4 <= n; i += 4) {
		_mm256_storeu_pd(dst + i, f(_mm256_loadu_pd(src + i)));
	}
	if (i < n) { // the tail, padded with 1, which is in every function's domain
		double buf[4] = {1, 1, 1, 1};
		memcpy(buf, src + i, (n - i) * sizeof(double));
		_mm256_storeu_pd(buf, f(_mm256_loadu_pd(buf)));
		memcpy(dst + i, buf, (n - i) * sizeof(double));
	}
}

static void ng_apply_f(int fn, float *dst, const float *src, ptrdiff_t n) {
	__m256 (*f)(__m256) = ng_f8[fn];
	ptrdiff_t i = 0;
	for (; i + 8 <= n; i += 8) {
		_mm256_storeu_ps(dst + i, f(_mm256_loadu_ps(src + i)));
	}
	if (i < n) {
		float buf[8] = {1, 1, 1, 1, 1, 1, 1, 1};
		memcpy(buf, src + i, (n - i) * sizeof(float));
		_mm256_storeu_ps(buf, f(_mm256_loadu_ps(buf)));
		memcpy(dst + i, buf, (n - i) * sizeof(float));
	}
}
#pragma GCC pop_options

static int ng_have_avx(void) { return __builtin_cpu_supports("avx"); }
#else
#define NG_NFUNCS 0
static int ng_have_avx(void) { return 0; }
static void ng_apply_d(int fn, double *dst, const double *src, ptrdiff_t n) {}
static void ng_apply_f(int fn, float *dst, const float *src, ptrdiff_t n) {}
#endif

static int ng_nfuncs(void) { return NG_NFUNCS; }
*/
import "C"

import "unsafe"

// vecFuncs is the number of functions SLEEF runs here, 0 when the CPU has
// no AVX or is not x86-64 (callers then use their Go loops).
var vecFuncs = func() int {
	if C.ng_have_avx() == 0 {
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
	C.ng_apply_d(C.int(fn), (*C.double)(unsafe.Pointer(&dst[0])), (*C.double)(unsafe.Pointer(&src[0])), C.ptrdiff_t(len(dst)))
	return true
}

// VecMath32 is VecMath64 for float32.
func VecMath32(fn int, dst, src []float32) bool {
	if fn >= vecFuncs || len(dst) == 0 {
		return false
	}
	C.ng_apply_f(C.int(fn), (*C.float)(unsafe.Pointer(&dst[0])), (*C.float)(unsafe.Pointer(&src[0])), C.ptrdiff_t(len(dst)))
	return true
}

// SLEEFExp returns e**x computed by SLEEF's scalar Sleef_exp_u10 (error
// bound 1.0 ULP).
func SLEEFExp(x float64) float64 {
	return float64(C.Sleef_exp_u10(C.double(x)))
}
