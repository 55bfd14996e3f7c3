//go:build cgo && !purego

package cgo

// Matrix-vector products y = A·x of a row-major A, each y_i the dot product
// of a row with x, on AVX-512: four rows at a time, one vector of partial
// sums per row, the rows' last k mod W elements through a masked load so
// that every element goes through the same multiply-add. The product
// reads A once and is bound by memory; the caller splits the rows over
// goroutines, a call per chunk. On the Zen 5 test machine a 2048×2048
// float64 product took 283-303 µs this way on two goroutines, against
// 413-441 µs for OpenBLAS's dgemv (its Haswell kernel, two threads) called
// once through cgo and 368-382 µs for the same dgemv looped inside C: the
// Go runtime's monitor thread wakes during a long cgo call and takes a core
// from one of OpenBLAS's threads, while a chunk here lasts about 10 µs.
// (When the matrix stays in the shared cache, dgemv looped in C took
// 202-222 µs and this 296-318: the second goroutine's wake-up.)

/*
#include <stddef.h>

#if defined(__x86_64__)
#pragma GCC push_options
#pragma GCC target("avx512f")
#include <immintrin.h>

// NG_GEMV defines ng_gemv_<s>(m, k, a, lda, x, y, incy): y[i*incy] =
// Σ_p a[i*lda + p]·x[p] for i < m, p < k, with vectors V of W elements of
// T and masks M.
#define NG_GEMV(s, T, V, W, M, load, mload, fmadd, reduce, zero)                  \
static void ng_gemv_##s(ptrdiff_t m, ptrdiff_t k, const T *a, ptrdiff_t lda,       \
		const T *x, T *y, ptrdiff_t incy) {                                \
	ptrdiff_t tail = k % W, body = k - tail;                                   \
	M mask = (M)((1u << tail) - 1);                                            \
	ptrdiff_t i = 0;                                                           \
	for (; i + 4 <= m; i += 4) {                                               \
		const T *r = a + i * lda;                                          \
		V s0 = zero(), s1 = zero(), s2 = zero(), s3 = zero();              \
		for (ptrdiff_t p = 0; p < body; p += W) {                          \
			V v = load(x + p);                                         \
			s0 = fmadd(load(r + p), v, s0);                            \
			s1 = fmadd(load(r + lda + p), v, s1);                      \
			s2 = fmadd(load(r + 2 * lda + p), v, s2);                  \
			s3 = fmadd(load(r + 3 * lda + p), v, s3);                  \
		}                                                                  \
		if (tail) {                                                        \
			V v = mload(mask, x + body);                               \
			s0 = fmadd(mload(mask, r + body), v, s0);                  \
			s1 = fmadd(mload(mask, r + lda + body), v, s1);            \
			s2 = fmadd(mload(mask, r + 2 * lda + body), v, s2);        \
			s3 = fmadd(mload(mask, r + 3 * lda + body), v, s3);        \
		}                                                                  \
		y[i * incy] = reduce(s0);                                          \
		y[(i + 1) * incy] = reduce(s1);                                    \
		y[(i + 2) * incy] = reduce(s2);                                    \
		y[(i + 3) * incy] = reduce(s3);                                    \
	}                                                                          \
	for (; i < m; i++) {                                                       \
		const T *r = a + i * lda;                                          \
		V s0 = zero();                                                     \
		for (ptrdiff_t p = 0; p < body; p += W) s0 = fmadd(load(r + p), load(x + p), s0); \
		if (tail) s0 = fmadd(mload(mask, r + body), mload(mask, x + body), s0); \
		y[i * incy] = reduce(s0);                                          \
	}                                                                          \
}
NG_GEMV(d, double, __m512d, 8, __mmask8, _mm512_loadu_pd, _mm512_maskz_loadu_pd,
	_mm512_fmadd_pd, _mm512_reduce_add_pd, _mm512_setzero_pd)
NG_GEMV(f, float, __m512, 16, __mmask16, _mm512_loadu_ps, _mm512_maskz_loadu_ps,
	_mm512_fmadd_ps, _mm512_reduce_add_ps, _mm512_setzero_ps)
#pragma GCC pop_options

static void ng_gemv(int single, ptrdiff_t m, ptrdiff_t k, const void *a, ptrdiff_t lda,
		const void *x, void *y, ptrdiff_t incy) {
	if (single) ng_gemv_f(m, k, a, lda, x, y, incy); else ng_gemv_d(m, k, a, lda, x, y, incy);
}
#else
static void ng_gemv(int single, ptrdiff_t m, ptrdiff_t k, const void *a, ptrdiff_t lda,
		const void *x, void *y, ptrdiff_t incy) {}
#endif
*/
import "C"

import "unsafe"

// HasGemv reports whether Gemv runs here: on an x86-64 CPU with AVX-512F.
func HasGemv() bool { return isa == 2 }

// Gemv sets y[i*incY] = Σ_p a[i*lda+p]·x[p] for i < m and p < k, if HasGemv
// (it does nothing otherwise). The caller has checked that m, k >= 1,
// incY >= 1 and every index lies in its slice; C keeps no pointer after the
// call.
func Gemv[T float32 | float64](m, k int, a []T, lda int, x, y []T, incY int) {
	if !HasGemv() {
		return
	}
	_, single := any(a).([]float32)
	C.ng_gemv(cbool(single), C.ptrdiff_t(m), C.ptrdiff_t(k), unsafe.Pointer(unsafe.SliceData(a)), C.ptrdiff_t(lda),
		unsafe.Pointer(unsafe.SliceData(x)), unsafe.Pointer(unsafe.SliceData(y)), C.ptrdiff_t(incY))
}
