//go:build cgo && !purego

package cgo

// Arithmetic and max/min folds over whole contiguous runs with AVX, 4
// doubles or 8 floats per instruction, where Go's compiler emits one
// element per instruction. One cgo call covers a run; the element order
// and the results are those of the Go loops they replace (IEEE arithmetic
// is exact per element; max/min pick the same elements, NaN first).

/*
#include <stddef.h>

#if defined(__x86_64__)
#pragma GCC push_options
#pragma GCC target("avx")
#include <immintrin.h>

// NG_BINARY defines ng_binary_<s>(op, d, a, as, b, bs, n): d[i] = a[i*as]
// <op> b[i*bs] for op 0..3 = + - * /, with steps as, bs of 0 or 1.
#define NG_BINARY(s, T, V, W, load, store, set1, add, sub, mul, div)            \
static void ng_binary_##s(int op, T *d, const T *a, int as, const T *b, int bs, \
		ptrdiff_t n) {                                                          \
	ptrdiff_t i = 0;                                                            \
	V x = set1(a[0]), y = set1(b[0]);                                           \
	for (; i + W <= n; i += W) {                                                \
		if (as) x = load(a + i);                                                \
		if (bs) y = load(b + i);                                                \
		switch (op) {                                                           \
		case 0: store(d + i, add(x, y)); break;                                 \
		case 1: store(d + i, sub(x, y)); break;                                 \
		case 2: store(d + i, mul(x, y)); break;                                 \
		default: store(d + i, div(x, y)); break;                                \
		}                                                                       \
	}                                                                           \
	for (; i < n; i++) {                                                        \
		T p = a[as * i], q = b[bs * i];                                         \
		d[i] = op == 0 ? p + q : op == 1 ? p - q : op == 2 ? p * q : p / q;    \
	}                                                                           \
}
NG_BINARY(d, double, __m256d, 4, _mm256_loadu_pd, _mm256_storeu_pd, _mm256_set1_pd,
	_mm256_add_pd, _mm256_sub_pd, _mm256_mul_pd, _mm256_div_pd)
NG_BINARY(f, float, __m256, 8, _mm256_loadu_ps, _mm256_storeu_ps, _mm256_set1_ps,
	_mm256_add_ps, _mm256_sub_ps, _mm256_mul_ps, _mm256_div_ps)

// NG_FOLD defines ng_fold_<s>(isMax, a, n, nan): the largest (smallest)
// element of a[0:n], n >= 1, in four vector accumulators; *nan is set when
// a holds a NaN, which the caller then finds and returns.
#define NG_FOLD(s, T, V, W, load, set1, maxv, minv, cmp, or, movemask, store)   \
static T ng_fold_##s(int isMax, const T *a, ptrdiff_t n, int *nan) {            \
	V m0 = set1(a[0]), m1 = m0, m2 = m0, m3 = m0, u = cmp(m0, m0, _CMP_UNORD_Q); \
	ptrdiff_t i = 0;                                                            \
	for (; i + 4 * W <= n; i += 4 * W) {                                        \
		V x0 = load(a + i), x1 = load(a + i + W);                               \
		V x2 = load(a + i + 2 * W), x3 = load(a + i + 3 * W);                   \
		u = or(u, or(or(cmp(x0, x0, _CMP_UNORD_Q), cmp(x1, x1, _CMP_UNORD_Q)),   \
			or(cmp(x2, x2, _CMP_UNORD_Q), cmp(x3, x3, _CMP_UNORD_Q))));         \
		if (isMax) {                                                            \
			m0 = maxv(x0, m0); m1 = maxv(x1, m1); m2 = maxv(x2, m2); m3 = maxv(x3, m3); \
		} else {                                                                \
			m0 = minv(x0, m0); m1 = minv(x1, m1); m2 = minv(x2, m2); m3 = minv(x3, m3); \
		}                                                                       \
	}                                                                           \
	m0 = isMax ? maxv(maxv(m0, m1), maxv(m2, m3)) : minv(minv(m0, m1), minv(m2, m3)); \
	T buf[W], r = a[0];                                                         \
	store(buf, m0);                                                             \
	for (int j = 0; j < W; j++) {                                               \
		r = isMax ? (buf[j] > r ? buf[j] : r) : (buf[j] < r ? buf[j] : r);      \
	}                                                                           \
	int isnan = movemask(u) != 0;                                               \
	for (; i < n; i++) {                                                        \
		T x = a[i];                                                             \
		isnan |= x != x;                                                        \
		r = isMax ? (x > r ? x : r) : (x < r ? x : r);                          \
	}                                                                           \
	*nan = isnan;                                                               \
	return r;                                                                   \
}
NG_FOLD(d, double, __m256d, 4, _mm256_loadu_pd, _mm256_set1_pd, _mm256_max_pd, _mm256_min_pd,
	_mm256_cmp_pd, _mm256_or_pd, _mm256_movemask_pd, _mm256_storeu_pd)
NG_FOLD(f, float, __m256, 8, _mm256_loadu_ps, _mm256_set1_ps, _mm256_max_ps, _mm256_min_ps,
	_mm256_cmp_ps, _mm256_or_ps, _mm256_movemask_ps, _mm256_storeu_ps)
#pragma GCC pop_options
#else
static void ng_binary_d(int op, double *d, const double *a, int as, const double *b, int bs, ptrdiff_t n) {}
static void ng_binary_f(int op, float *d, const float *a, int as, const float *b, int bs, ptrdiff_t n) {}
static double ng_fold_d(int isMax, const double *a, ptrdiff_t n, int *nan) { return 0; }
static float ng_fold_f(int isMax, const float *a, ptrdiff_t n, int *nan) { return 0; }
#endif
*/
import "C"

import "unsafe"

// vecOps reports whether the AVX kernels of this file can run here.
var vecOps = vecFuncs > 0

// VecBinary64 computes dst[i] = a[i*as] op b[i*bs] for op 0, 1, 2, 3 (+ - *
// /) and steps as, bs of 0 (a broadcast scalar) or 1, over the whole of
// dst, and reports whether it could. a and b hold at least one element,
// and len(dst) elements where their step is 1; dst may be a or b.
func VecBinary64(op int, dst, a []float64, as int, b []float64, bs int) bool {
	if !vecOps || len(dst) == 0 {
		return false
	}
	C.ng_binary_d(C.int(op), (*C.double)(unsafe.Pointer(&dst[0])), (*C.double)(unsafe.Pointer(&a[0])), C.int(as),
		(*C.double)(unsafe.Pointer(&b[0])), C.int(bs), C.ptrdiff_t(len(dst)))
	return true
}

// VecBinary32 is VecBinary64 for float32.
func VecBinary32(op int, dst, a []float32, as int, b []float32, bs int) bool {
	if !vecOps || len(dst) == 0 {
		return false
	}
	C.ng_binary_f(C.int(op), (*C.float)(unsafe.Pointer(&dst[0])), (*C.float)(unsafe.Pointer(&a[0])), C.int(as),
		(*C.float)(unsafe.Pointer(&b[0])), C.int(bs), C.ptrdiff_t(len(dst)))
	return true
}

// VecFold64 returns the largest (isMax) or smallest element of the
// non-empty a, ignoring NaNs, whether a holds a NaN, and whether it could
// run at all.
func VecFold64(isMax bool, a []float64) (m float64, nan, ok bool) {
	if !vecOps || len(a) == 0 {
		return 0, false, false
	}
	var n C.int
	r := C.ng_fold_d(cbool(isMax), (*C.double)(unsafe.Pointer(&a[0])), C.ptrdiff_t(len(a)), &n)
	return float64(r), n != 0, true
}

// VecFold32 is VecFold64 for float32.
func VecFold32(isMax bool, a []float32) (m float32, nan, ok bool) {
	if !vecOps || len(a) == 0 {
		return 0, false, false
	}
	var n C.int
	r := C.ng_fold_f(cbool(isMax), (*C.float)(unsafe.Pointer(&a[0])), C.ptrdiff_t(len(a)), &n)
	return float32(r), n != 0, true
}

func cbool(b bool) C.int {
	if b {
		return 1
	}
	return 0
}
