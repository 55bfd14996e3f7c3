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
// <op> b[i*bs] for op 0..3 = + - * /, with steps as, bs of 0 or 1. The
// switch picks one of sixteen loops in which the operation and the steps
// are constants, two vectors per iteration.
#define NG_BIN_LOOP(T, V, W, load, store, set1, vop, sop, AS, BS)              \
	{                                                                       \
		V x = set1(a[0]), y = set1(b[0]);                                   \
		ptrdiff_t i = 0;                                                    \
		for (; i + 2 * W <= n; i += 2 * W) {                                \
			V x0 = AS ? load(a + i) : x, x1 = AS ? load(a + i + W) : x;      \
			V y0 = BS ? load(b + i) : y, y1 = BS ? load(b + i + W) : y;      \
			store(d + i, vop(x0, y0));                                      \
			store(d + i + W, vop(x1, y1));                                  \
		}                                                                   \
		for (; i < n; i++) d[i] = a[AS * i] sop b[BS * i];                  \
		return;                                                             \
	}
#define NG_BIN_OP(k, T, V, W, load, store, set1, vop, sop)                      \
	case 4 * k + 0: NG_BIN_LOOP(T, V, W, load, store, set1, vop, sop, 0, 0)  \
	case 4 * k + 1: NG_BIN_LOOP(T, V, W, load, store, set1, vop, sop, 0, 1)  \
	case 4 * k + 2: NG_BIN_LOOP(T, V, W, load, store, set1, vop, sop, 1, 0)  \
	case 4 * k + 3: NG_BIN_LOOP(T, V, W, load, store, set1, vop, sop, 1, 1)
#define NG_BINARY(s, T, V, W, load, store, set1, add, sub, mul, div)            \
static void ng_binary_##s(int op, T *d, const T *a, int as, const T *b, int bs, \
		ptrdiff_t n) {                                                          \
	switch (4 * op + 2 * as + bs) {                                             \
	NG_BIN_OP(0, T, V, W, load, store, set1, add, +)                            \
	NG_BIN_OP(1, T, V, W, load, store, set1, sub, -)                            \
	NG_BIN_OP(2, T, V, W, load, store, set1, mul, *)                            \
	NG_BIN_OP(3, T, V, W, load, store, set1, div, /)                            \
	}                                                                           \
}
NG_BINARY(d, double, __m256d, 4, _mm256_loadu_pd, _mm256_storeu_pd, _mm256_set1_pd,
	_mm256_add_pd, _mm256_sub_pd, _mm256_mul_pd, _mm256_div_pd)
NG_BINARY(f, float, __m256, 8, _mm256_loadu_ps, _mm256_storeu_ps, _mm256_set1_ps,
	_mm256_add_ps, _mm256_sub_ps, _mm256_mul_ps, _mm256_div_ps)

// NG_FOLD defines ng_fold_<s>(isMax, a, n, nan): the largest (smallest)
// element of a[0:n], n >= 1, in four vector accumulators; *nan is set when
// a holds a NaN, which the caller then finds and returns. NG_FOLD_DIR
// writes the loop once per direction, so that it holds no branch.
#define NG_FOLD_DIR(name, T, V, W, load, set1, vop, gt, cmp, or, movemask, store) \
static T name(const T *a, ptrdiff_t n, int *nan) {                              \
	V m0 = set1(a[0]), m1 = m0, m2 = m0, m3 = m0, u = cmp(m0, m0, _CMP_UNORD_Q); \
	ptrdiff_t i = 0;                                                            \
	for (; i + 4 * W <= n; i += 4 * W) {                                        \
		V x0 = load(a + i), x1 = load(a + i + W);                               \
		V x2 = load(a + i + 2 * W), x3 = load(a + i + 3 * W);                   \
		u = or(u, or(or(cmp(x0, x0, _CMP_UNORD_Q), cmp(x1, x1, _CMP_UNORD_Q)),   \
			or(cmp(x2, x2, _CMP_UNORD_Q), cmp(x3, x3, _CMP_UNORD_Q))));         \
		m0 = vop(x0, m0); m1 = vop(x1, m1); m2 = vop(x2, m2); m3 = vop(x3, m3); \
	}                                                                           \
	m0 = vop(vop(m0, m1), vop(m2, m3));                                         \
	T buf[W], r = a[0];                                                         \
	store(buf, m0);                                                             \
	for (int j = 0; j < W; j++) {                                               \
		if (buf[j] gt r) r = buf[j];                                            \
	}                                                                           \
	int isnan = movemask(u) != 0;                                               \
	for (; i < n; i++) {                                                        \
		T x = a[i];                                                             \
		isnan |= x != x;                                                        \
		if (x gt r) r = x;                                                      \
	}                                                                           \
	*nan = isnan;                                                               \
	return r;                                                                   \
}
#define NG_FOLD(s, T, V, W, load, set1, maxv, minv, cmp, or, movemask, store)   \
NG_FOLD_DIR(ng_fold_max_##s, T, V, W, load, set1, maxv, >, cmp, or, movemask, store) \
NG_FOLD_DIR(ng_fold_min_##s, T, V, W, load, set1, minv, <, cmp, or, movemask, store) \
static T ng_fold_##s(int isMax, const T *a, ptrdiff_t n, int *nan) {            \
	return isMax ? ng_fold_max_##s(a, n, nan) : ng_fold_min_##s(a, n, nan);     \
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
