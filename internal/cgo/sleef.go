//go:build cgo && !purego

package cgo

// SLEEF's vectorised math functions over whole runs: one cgo call applies a
// function to a stack of runs of n contiguous elements (one run, or the
// rows of a strided view) with SLEEF's ≤1-ULP (_u10) variants, 8
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
#include <stdint.h>
#include <string.h>

// Declared here instead of including sleef.h, which Debian installs under a
// multiarch directory other platforms do not have.
extern double Sleef_exp_u10(double);

// NG_FUNCS(X, ...) lists SLEEF's functions in vmath's order; NG_<f> is the
// number of function f (the square root, not SLEEF's, comes last).
#define NG_FUNCS(X, ...) X(exp, __VA_ARGS__) X(log, __VA_ARGS__) X(log10, __VA_ARGS__) \
	X(log2, __VA_ARGS__) X(exp2, __VA_ARGS__) X(expm1, __VA_ARGS__) X(log1p, __VA_ARGS__) \
	X(sin, __VA_ARGS__) X(cos, __VA_ARGS__) X(tan, __VA_ARGS__) X(asin, __VA_ARGS__) \
	X(acos, __VA_ARGS__) X(atan, __VA_ARGS__) X(sinh, __VA_ARGS__) X(cosh, __VA_ARGS__) \
	X(tanh, __VA_ARGS__) X(asinh, __VA_ARGS__) X(acosh, __VA_ARGS__) X(atanh, __VA_ARGS__) \
	X(cbrt, __VA_ARGS__)
#define NG_INDEX(f, ...) NG_##f,
enum { NG_FUNCS(NG_INDEX) };

#if defined(__x86_64__)
// NG_APPLY defines ng_apply_<s>(fn, nt, dst, src, n) = funcs[fn] over n
// elements, W per vector of type V; the tail goes through a vector padded
// with 1, which is in every function's domain. With nt set (and dst
// aligned to its elements), the vectors from the first vector-aligned
// element of dst on are written with the non-temporal stream (see
// NG_STREAM in vecops.go), which the caller fences (ng_apply_d); the
// elements before it go through the padded vector too.
#define NG_APPLY(s, T, V, W, funcs, load, store, stream, set1)                      \
static void ng_apply_##s(int fn, int nt, T *dst, const T *src, ptrdiff_t n) {       \
	V (*f)(V) = funcs[fn];                                                      \
	ptrdiff_t i = 0;                                                            \
	if (nt && (size_t)dst % sizeof(T) == 0) {                                   \
		i = (sizeof(V) - (size_t)dst % sizeof(V)) % sizeof(V) / sizeof(T);  \
		if (i >= n) {                                                       \
			i = 0;                                                      \
		} else if (i > 0) {                                                 \
			T buf[W];                                                   \
			store(buf, set1(1));                                        \
			memcpy(buf, src, i * sizeof(T));                            \
			store(buf, f(load(buf)));                                   \
			memcpy(dst, buf, i * sizeof(T));                            \
		}                                                                   \
		for (; i + W <= n; i += W) stream(dst + i, f(load(src + i)));       \
	}                                                                           \
	for (; i + W <= n; i += W) store(dst + i, f(load(src + i)));                \
	if (i < n) {                                                                \
		T buf[W];                                                           \
		store(buf, set1(1));                                                \
		memcpy(buf, src + i, (n - i) * sizeof(T));                          \
		store(buf, f(load(buf)));                                           \
		memcpy(dst + i, buf, (n - i) * sizeof(T));                          \
	}                                                                           \
}

// NG_WIDTH declares SLEEF's functions on vectors of WD doubles (type VD,
// SLEEF's suffix sd) and WF floats (VF, sf), builds their tables ng_<sd>
// and ng_<sf> in vmath's order with the CPU's square root (intrinsics
// prefix px) last, and defines ng_apply_<sd> and ng_apply_<sf>. Further
// arguments are designated initializers ([NG_exp] = f) that put numgo's
// own functions in ng_<sd> in place of SLEEF's.
#define NG_DECL(f, VD, VF, sd, sf) extern VD Sleef_##f##sd##_u10(VD); extern VF Sleef_##f##sf##_u10(VF);
#define NG_ENTRY(f, sx) Sleef_##f##sx##_u10,
#define NG_WIDTH(VD, VF, WD, WF, sd, sf, px, ...)                               \
	NG_FUNCS(NG_DECL, VD, VF, sd, sf)                                       \
	static VD ng_sqrt_##sd(VD x) { return px##_sqrt_pd(x); }                \
	static VF ng_sqrt_##sf(VF x) { return px##_sqrt_ps(x); }                \
	static VD (*const ng_##sd[])(VD) = { NG_FUNCS(NG_ENTRY, sd) ng_sqrt_##sd, __VA_ARGS__ }; \
	static VF (*const ng_##sf[])(VF) = { NG_FUNCS(NG_ENTRY, sf) ng_sqrt_##sf }; \
	NG_APPLY(sd, double, VD, WD, ng_##sd, px##_loadu_pd, px##_storeu_pd, px##_stream_pd, px##_set1_pd) \
	NG_APPLY(sf, float, VF, WF, ng_##sf, px##_loadu_ps, px##_storeu_ps, px##_stream_ps, px##_set1_ps)

// ng_tan_<sd> is SLEEF's tan but below 2^-27 in magnitude, where tan(x)
// rounds to x itself, which it returns: SLEEF 3.5's tan gives +0 for the
// smallest subnormal, ±5e-324 (NumPy: ±5e-324).
#define NG_TAN(sd, VD, small)                                                   \
	extern VD Sleef_tan##sd##_u10(VD);                                      \
	static VD ng_tan_##sd(VD x) { return small(Sleef_tan##sd##_u10(x), x); }
#define NG_SMALL_D4(t, x) _mm256_blendv_pd(t, x, _mm256_cmp_pd(                \
	_mm256_andnot_pd(_mm256_set1_pd(-0.0), x), _mm256_set1_pd(0x1p-27), _CMP_LT_OQ))
#define NG_SMALL_D8(t, x) _mm512_mask_blend_pd(_mm512_cmp_pd_mask(              \
	_mm512_abs_pd(x), _mm512_set1_pd(0x1p-27), _CMP_LT_OQ), t, x)

#pragma GCC push_options
#pragma GCC target("avx")
#include <immintrin.h>
NG_TAN(d4, __m256d, NG_SMALL_D4)
NG_WIDTH(__m256d, __m256, 4, 8, d4, f8, _mm256, [NG_tan] = ng_tan_d4)
#pragma GCC pop_options

#pragma GCC push_options
#pragma GCC target("avx512f")
#include "own_avx512.h"
NG_TAN(d8, __m512d, NG_SMALL_D8)
NG_WIDTH(__m512d, __m512, 8, 16, d8, f16, _mm512, [NG_exp] = ng_exp_d8, [NG_log] = ng_log_d8,
	[NG_sin] = ng_sin_d8, [NG_cos] = ng_cos_d8, [NG_tan] = ng_tan_d8, [NG_tanh] = ng_tanh_d8)
#pragma GCC pop_options

#define NG_NFUNCS ((int)(sizeof ng_d4 / sizeof ng_d4[0]))

// ng_isa is the widest vector set the CPU runs: 2 AVX-512F, 1 AVX, 0
// neither (GCC's check includes the OS's support for the registers).
static int ng_isa(void) {
	return __builtin_cpu_supports("avx512f") ? 2 : __builtin_cpu_supports("avx") ? 1 : 0;
}

// ng_apply_<s>(isa, fn, nt, rows, n, d0, dld, s0, sld) runs the widest
// ng_apply_<s><W> the CPU has over rows runs of n elements, run r from d0 +
// r*dld and s0 + r*sld (the rows of a strided array in one call), and with
// nt set fences once after the last (written out: GCC refuses to inline
// _mm_sfence outside the target regions above).
#define NG_APPLY_ROWS(s, T, wide, narrow)                                       \
static void ng_apply_##s(int isa, int fn, int nt, ptrdiff_t rows, ptrdiff_t n, \
		T *d0, ptrdiff_t dld, const T *s0, ptrdiff_t sld) {            \
	for (ptrdiff_t r = 0; r < rows; r++)                                    \
		(isa == 2 ? wide : narrow)(fn, nt, d0 + r * dld, s0 + r * sld, n); \
	if (nt) __asm__ volatile("sfence" ::: "memory");                       \
}
NG_APPLY_ROWS(d, double, ng_apply_d8, ng_apply_d4)
NG_APPLY_ROWS(f, float, ng_apply_f16, ng_apply_f8)
#else
#define NG_NFUNCS 0
static int ng_isa(void) { return 0; }
static void ng_apply_d(int isa, int fn, int nt, ptrdiff_t rows, ptrdiff_t n, double *d0, ptrdiff_t dld, const double *s0, ptrdiff_t sld) {}
static void ng_apply_f(int isa, int fn, int nt, ptrdiff_t rows, ptrdiff_t n, float *d0, ptrdiff_t dld, const float *s0, ptrdiff_t sld) {}
#endif

static int ng_nfuncs(void) { return NG_NFUNCS; }
*/
import "C"

// ownFuncs are the functions whose AVX-512 float64 kernels are numgo's own
// (own_avx512.h), by name; the others are SLEEF's.
var ownFuncs = map[string]int{"exp": C.NG_exp, "log": C.NG_log, "sin": C.NG_sin, "cos": C.NG_cos, "tanh": C.NG_tanh}

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

// VecMathRows applies function fn (internal/vmath's numbering) to rows
// runs of n elements of s into d, both stepping by 1 within a run, and
// reports whether it could; a run of d may be the same memory as s's. With
// stream set it writes d with non-temporal stores. It panics, on any CPU,
// if a run reaches outside its slice or steps by other than 1 (Strided).
// C keeps no pointer after the call.
func VecMathRows[T float32 | float64](fn, rows, n int, d, s Strided[T], stream bool) bool {
	if rows <= 0 || n <= 0 {
		return false
	}
	pd, ps := d.at(rows, n, false), s.at(rows, n, false)
	if fn >= vecFuncs {
		return false
	}
	nt, cr, cn, dld, sld := cbool(stream), C.ptrdiff_t(rows), C.ptrdiff_t(n), C.ptrdiff_t(d.LD), C.ptrdiff_t(s.LD)
	switch any(d.X).(type) {
	case []float64:
		C.ng_apply_d(C.int(isa), C.int(fn), nt, cr, cn, (*C.double)(pd), dld, (*C.double)(ps), sld)
	case []float32:
		C.ng_apply_f(C.int(isa), C.int(fn), nt, cr, cn, (*C.float)(pd), dld, (*C.float)(ps), sld)
	}
	return true
}

// SLEEFExp returns e**x computed by SLEEF's scalar Sleef_exp_u10 (error
// bound 1.0 ULP).
func SLEEFExp(x float64) float64 {
	return float64(C.Sleef_exp_u10(C.double(x)))
}
