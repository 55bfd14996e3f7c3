//go:build cgo && !purego

package cgo

// Reduction kernels with AVX: max/min, pairwise sums, sums of squared deviations,
// the accumulation of rows into a result (a reduction along an outer axis),
// the reduction of a block of rows each into one element of a result (along
// the contiguous axis) and arg-max/arg-min. Each gives the same result, bit for bit, as the Go
// loop it replaces: the pairwise sums split and block as numgo's Go
// pairwiseSum does (NumPy's scheme: blocks of at most 128 elements added in
// eight interleaved partial sums, which are exactly the lanes of two AVX
// double vectors or one float vector), and the row accumulation keeps the
// order of the rows.

/*
#include <stddef.h>

typedef struct { double m; int nan; } ng_ext_d_t;
typedef struct { float m; int nan; } ng_ext_f_t;

#if defined(__x86_64__)
#pragma GCC push_options
#pragma GCC target("avx")
#include <immintrin.h>

// NG_EXT defines ng_ext_<s>(isMax, a, n): the largest (smallest)
// element of a[0:n], n >= 1, in four vector accumulators, and whether a
// holds a NaN, which the caller then finds and returns. NG_EXT_DIR writes
// the loop once per direction, so that it holds no branch. The result
// comes back by value: a pointer to a Go variable would move the variable
// to the heap, an allocation per call.
#define NG_EXT_DIR(name, T, V, W, load, set1, vop, gt, cmp, or, movemask, store) \
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
#define NG_EXT(s, T, V, W, load, set1, maxv, minv, cmp, or, movemask, store)   \
NG_EXT_DIR(ng_ext_max_##s, T, V, W, load, set1, maxv, >, cmp, or, movemask, store) \
NG_EXT_DIR(ng_ext_min_##s, T, V, W, load, set1, minv, <, cmp, or, movemask, store) \
static ng_ext_##s##_t ng_ext_##s(int isMax, const T *a, ptrdiff_t n) {        \
	ng_ext_##s##_t r;                                                          \
	int nan;                                                                    \
	r.m = isMax ? ng_ext_max_##s(a, n, &nan) : ng_ext_min_##s(a, n, &nan);    \
	r.nan = nan;                                                                \
	return r;                                                                   \
}
NG_EXT(d, double, __m256d, 4, _mm256_loadu_pd, _mm256_set1_pd, _mm256_max_pd, _mm256_min_pd,
	_mm256_cmp_pd, _mm256_or_pd, _mm256_movemask_pd, _mm256_storeu_pd)
NG_EXT(f, float, __m256, 8, _mm256_loadu_ps, _mm256_set1_ps, _mm256_max_ps, _mm256_min_ps,
	_mm256_cmp_ps, _mm256_or_ps, _mm256_movemask_ps, _mm256_storeu_ps)


// NG_PAIRWISE defines ng_pw_<s>(a, n) (the pairwise sum of a[0:n]) and
// ng_pwsq_<s>(a, n, m) (the pairwise sum of (a[i]-m)^2). LEAF adds one
// block of at most 128 elements; the eight partial sums r[0..7] are the
// lanes of the accumulators.
#define NG_PW_REC(name, T, ...)                                                \
	if (n <= 128) return name##_leaf(a, n, ##__VA_ARGS__);                   \
	ptrdiff_t n2 = n / 2;                                                    \
	n2 -= n2 % 8;                                                            \
	return name(a, n2, ##__VA_ARGS__) + name(a + n2, n - n2, ##__VA_ARGS__);

static double ng_pw_d_leaf(const double *a, ptrdiff_t n) {
	__m256d v0 = _mm256_setzero_pd(), v1 = v0;
	ptrdiff_t i = 0;
	for (; i + 8 <= n; i += 8) {
		v0 = _mm256_add_pd(v0, _mm256_loadu_pd(a + i));
		v1 = _mm256_add_pd(v1, _mm256_loadu_pd(a + i + 4));
	}
	double r[8];
	_mm256_storeu_pd(r, v0);
	_mm256_storeu_pd(r + 4, v1);
	double s = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
	for (; i < n; i++) s += a[i];
	return s;
}
static double ng_pw_d(const double *a, ptrdiff_t n) { NG_PW_REC(ng_pw_d, double) }

static double ng_pwsq_d_leaf(const double *a, ptrdiff_t n, double m) {
	__m256d v0 = _mm256_setzero_pd(), v1 = v0, mv = _mm256_set1_pd(m);
	ptrdiff_t i = 0;
	for (; i + 8 <= n; i += 8) {
		__m256d x0 = _mm256_sub_pd(_mm256_loadu_pd(a + i), mv);
		__m256d x1 = _mm256_sub_pd(_mm256_loadu_pd(a + i + 4), mv);
		v0 = _mm256_add_pd(v0, _mm256_mul_pd(x0, x0));
		v1 = _mm256_add_pd(v1, _mm256_mul_pd(x1, x1));
	}
	double r[8];
	_mm256_storeu_pd(r, v0);
	_mm256_storeu_pd(r + 4, v1);
	double s = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
	for (; i < n; i++) {
		double x = a[i] - m, x2 = x * x;
		s += x2;
	}
	return s;
}
static double ng_pwsq_d(const double *a, ptrdiff_t n, double m) { NG_PW_REC(ng_pwsq_d, double, m) }

static float ng_pw_f_leaf(const float *a, ptrdiff_t n) {
	__m256 v = _mm256_setzero_ps();
	ptrdiff_t i = 0;
	for (; i + 8 <= n; i += 8) v = _mm256_add_ps(v, _mm256_loadu_ps(a + i));
	float r[8];
	_mm256_storeu_ps(r, v);
	float s = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
	for (; i < n; i++) s += a[i];
	return s;
}
static float ng_pw_f(const float *a, ptrdiff_t n) { NG_PW_REC(ng_pw_f, float) }

static float ng_pwsq_f_leaf(const float *a, ptrdiff_t n, float m) {
	__m256 v = _mm256_setzero_ps(), mv = _mm256_set1_ps(m);
	ptrdiff_t i = 0;
	for (; i + 8 <= n; i += 8) {
		__m256 x = _mm256_sub_ps(_mm256_loadu_ps(a + i), mv);
		v = _mm256_add_ps(v, _mm256_mul_ps(x, x));
	}
	float r[8];
	_mm256_storeu_ps(r, v);
	float s = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
	for (; i < n; i++) {
		float x = a[i] - m, x2 = x * x;
		s += x2;
	}
	return s;
}
static float ng_pwsq_f(const float *a, ptrdiff_t n, float m) { NG_PW_REC(ng_pwsq_f, float, m) }

// NG_ROWS defines ng_rows_<s>(op, d, a, n, rows, lda): d[j] = f(d[j],
// a[r*lda+j]) for r = 0, 1, ..., rows-1 in that order and j < n, where f
// is + (op 0), numgo's foldMax (op 1: x if x >= acc or x is NaN, else acc,
// so that of tied zeros the later row's wins) or foldMin (op 2). Rows go
// four at a time: each vector of d is loaded once, folded with four rows
// and stored, so memory sees five sequential streams. NG_ROWS_LOOP is one
// loop per op. max_pd(m, x), which returns x where they are equal or either
// is NaN, is foldMax except where m is NaN, so max/min note NaNs of d and
// of the rows in u and redo such a vector with the scalar step (a blend in
// the chain instead made the loop 6x slower).
#define NG_STEP_ADD(u, add, mx, cmp, or, m, x) add(m, x)
#define NG_STEP_EXT(u, add, mx, cmp, or, m, x) (u = or(u, cmp(x, x, _CMP_UNORD_Q)), mx(m, x))
#define NG_SSTEP_ADD(m, x) ((m) + (x))
#define NG_SSTEP_MAX(m, x) ((x) >= (m) || (x) != (x) ? (x) : (m))
#define NG_SSTEP_MIN(m, x) ((x) <= (m) || (x) != (x) ? (x) : (m))
#define NG_ROWS_LOOP(T, V, W, load, store, STEP, SSTEP, add, mx, cmp, or, movemask)  \
	{                                                                         \
		ptrdiff_t r = 0;                                                      \
		for (; r + 4 <= rows; r += 4) {                                       \
			const T *a0 = a + r * lda, *a1 = a0 + lda, *a2 = a1 + lda, *a3 = a2 + lda; \
			ptrdiff_t j = 0;                                                  \
			for (; j + W <= n; j += W) {                                      \
				V m = load(d + j), u = cmp(m, m, _CMP_UNORD_Q), x;            \
				x = load(a0 + j); m = STEP(u, add, mx, cmp, or, m, x);        \
				x = load(a1 + j); m = STEP(u, add, mx, cmp, or, m, x);        \
				x = load(a2 + j); m = STEP(u, add, mx, cmp, or, m, x);        \
				x = load(a3 + j); m = STEP(u, add, mx, cmp, or, m, x);        \
				if (movemask(u) == 0) { store(d + j, m); continue; }          \
				for (ptrdiff_t k = j; k < j + W; k++) {                       \
					T v = d[k];                                               \
					v = SSTEP(v, a0[k]); v = SSTEP(v, a1[k]);                 \
					v = SSTEP(v, a2[k]); v = SSTEP(v, a3[k]);                 \
					d[k] = v;                                                 \
				}                                                             \
			}                                                                 \
			for (; j < n; j++) {                                              \
				T v = d[j];                                                   \
				v = SSTEP(v, a0[j]); v = SSTEP(v, a1[j]);                     \
				v = SSTEP(v, a2[j]); v = SSTEP(v, a3[j]);                     \
				d[j] = v;                                                     \
			}                                                                 \
		}                                                                     \
		for (; r < rows; r++) {                                               \
			const T *a0 = a + r * lda;                                        \
			ptrdiff_t j = 0;                                                  \
			for (; j + W <= n; j += W) {                                      \
				V m = load(d + j), u = cmp(m, m, _CMP_UNORD_Q), x = load(a0 + j); \
				m = STEP(u, add, mx, cmp, or, m, x);                          \
				if (movemask(u) == 0) { store(d + j, m); continue; }          \
				for (ptrdiff_t k = j; k < j + W; k++) d[k] = SSTEP(d[k], a0[k]); \
			}                                                                 \
			for (; j < n; j++) d[j] = SSTEP(d[j], a0[j]);                     \
		}                                                                     \
		return;                                                               \
	}
#define NG_ROWS(s, T, V, W, load, store, add, max, min, cmp, or, movemask)       \
static void ng_rows_##s(int op, T *d, const T *a, ptrdiff_t n, ptrdiff_t rows,   \
		ptrdiff_t lda) {                                                         \
	switch (op) {                                                                \
	case 0: NG_ROWS_LOOP(T, V, W, load, store, NG_STEP_ADD, NG_SSTEP_ADD, add, max, cmp, or, movemask) \
	case 1: NG_ROWS_LOOP(T, V, W, load, store, NG_STEP_EXT, NG_SSTEP_MAX, add, max, cmp, or, movemask) \
	case 2: NG_ROWS_LOOP(T, V, W, load, store, NG_STEP_EXT, NG_SSTEP_MIN, add, min, cmp, or, movemask) \
	}                                                                            \
}
NG_ROWS(d, double, __m256d, 4, _mm256_loadu_pd, _mm256_storeu_pd, _mm256_add_pd, _mm256_max_pd,
	_mm256_min_pd, _mm256_cmp_pd, _mm256_or_pd, _mm256_movemask_pd)
NG_ROWS(f, float, __m256, 8, _mm256_loadu_ps, _mm256_storeu_ps, _mm256_add_ps, _mm256_max_ps,
	_mm256_min_ps, _mm256_cmp_ps, _mm256_or_ps, _mm256_movemask_ps)

// NG_RED defines ng_red_<s>(op, d, ds, a, n, rows, lda): the reduction of
// each of rows rows, row r being a[r*lda : r*lda+n], folded into
// d[r*ds] = f(d[r*ds], fold(row)) for r = 0, 1, ... in order: a reduction
// along the contiguous axis in one call instead of one per row. op 0 adds
// the row's pairwise sum (ng_pw, so each element is what Go's per-row
// pairwiseSum gives), op 1 and 2 fold the row's maximum or minimum (ng_ext,
// or the row's first NaN; a zero extreme is the row's last zero, as in
// numgo's foldRun) with numgo's foldMax or foldMin.
#define NG_RED(s, T)                                                           \
static void ng_red_##s(int op, T *d, ptrdiff_t ds, const T *a, ptrdiff_t n,    \
		ptrdiff_t rows, ptrdiff_t lda) {                                          \
	for (ptrdiff_t r = 0; r < rows; r++) {                                      \
		const T *row = a + r * lda;                                             \
		T *acc = d + r * ds, m;                                                 \
		int nan = 0;                                                            \
		switch (op) {                                                           \
		case 0: *acc += ng_pw_##s(row, n); continue;                            \
		case 1: m = ng_ext_max_##s(row, n, &nan); break;                        \
		default: m = ng_ext_min_##s(row, n, &nan); break;                       \
		}                                                                       \
		for (ptrdiff_t i = 0; nan && i < n; i++) {                              \
			if (row[i] != row[i]) { m = row[i]; break; }                        \
		}                                                                       \
		for (ptrdiff_t i = n - 1; m == 0 && i >= 0; i--) {                      \
			if (row[i] == 0) { m = row[i]; break; }                             \
		}                                                                       \
		if (m != m || (op == 1 ? m >= *acc : m <= *acc)) *acc = m;             \
	}                                                                           \
}
NG_RED(d, double)
NG_RED(f, float)

// NG_ARG defines ng_arg_<s>(isMax, a, n): the index of the first largest
// (smallest) element of a[0:n], n >= 1, or of its first NaN. Blocks of 4W
// elements are folded in vectors; only a block that holds a NaN or beats
// the best so far is scanned again for its index, so the work is one pass.
#define NG_ARG_DIR(name, T, V, W, load, set1, vop, GT, gt, cmp, or, movemask)    \
static ptrdiff_t name(const T *a, ptrdiff_t n) {                                \
	T best = a[0];                                                              \
	ptrdiff_t bi = 0, i = 0;                                                    \
	if (best != best) return 0;                                                 \
	for (; i + 4 * W <= n; i += 4 * W) {                                        \
		V x0 = load(a + i), x1 = load(a + i + W);                               \
		V x2 = load(a + i + 2 * W), x3 = load(a + i + 3 * W);                   \
		V u = or(or(cmp(x0, x0, _CMP_UNORD_Q), cmp(x1, x1, _CMP_UNORD_Q)),       \
			or(cmp(x2, x2, _CMP_UNORD_Q), cmp(x3, x3, _CMP_UNORD_Q)));           \
		V m = vop(vop(x0, x1), vop(x2, x3)), b = set1(best);                    \
		if (movemask(or(u, cmp(m, b, GT))) == 0) continue;                      \
		for (ptrdiff_t j = i; j < i + 4 * W; j++) {                             \
			T x = a[j];                                                         \
			if (x != x) return j;                                               \
			if (x gt best) { best = x; bi = j; }                            \
		}                                                                       \
	}                                                                           \
	for (; i < n; i++) {                                                        \
		T x = a[i];                                                             \
		if (x != x) return i;                                                   \
		if (x gt best) { best = x; bi = i; }                                \
	}                                                                           \
	return bi;                                                                  \
}
#define NG_ARG(s, T, V, W, load, set1, maxv, minv, cmp, or, movemask)          \
NG_ARG_DIR(ng_argmax_##s, T, V, W, load, set1, maxv, _CMP_GT_OQ, >, cmp, or, movemask) \
NG_ARG_DIR(ng_argmin_##s, T, V, W, load, set1, minv, _CMP_LT_OQ, <, cmp, or, movemask) \
static ptrdiff_t ng_arg_##s(int isMax, const T *a, ptrdiff_t n) {                 \
	return isMax ? ng_argmax_##s(a, n) : ng_argmin_##s(a, n);                   \
}
NG_ARG(d, double, __m256d, 4, _mm256_loadu_pd, _mm256_set1_pd, _mm256_max_pd, _mm256_min_pd,
	_mm256_cmp_pd, _mm256_or_pd, _mm256_movemask_pd)
NG_ARG(f, float, __m256, 8, _mm256_loadu_ps, _mm256_set1_ps, _mm256_max_ps, _mm256_min_ps,
	_mm256_cmp_ps, _mm256_or_ps, _mm256_movemask_ps)
#pragma GCC pop_options
#else
static ng_ext_d_t ng_ext_d(int isMax, const double *a, ptrdiff_t n) { ng_ext_d_t r = {0, 0}; return r; }
static ng_ext_f_t ng_ext_f(int isMax, const float *a, ptrdiff_t n) { ng_ext_f_t r = {0, 0}; return r; }
static double ng_pw_d(const double *a, ptrdiff_t n) { return 0; }
static double ng_pwsq_d(const double *a, ptrdiff_t n, double m) { return 0; }
static float ng_pw_f(const float *a, ptrdiff_t n) { return 0; }
static float ng_pwsq_f(const float *a, ptrdiff_t n, float m) { return 0; }
static void ng_rows_d(int op, double *d, const double *a, ptrdiff_t n, ptrdiff_t rows, ptrdiff_t lda) {}
static void ng_rows_f(int op, float *d, const float *a, ptrdiff_t n, ptrdiff_t rows, ptrdiff_t lda) {}
static void ng_red_d(int op, double *d, ptrdiff_t ds, const double *a, ptrdiff_t n, ptrdiff_t rows, ptrdiff_t lda) {}
static void ng_red_f(int op, float *d, ptrdiff_t ds, const float *a, ptrdiff_t n, ptrdiff_t rows, ptrdiff_t lda) {}
static ptrdiff_t ng_arg_d(int isMax, const double *a, ptrdiff_t n) { return 0; }
static ptrdiff_t ng_arg_f(int isMax, const float *a, ptrdiff_t n) { return 0; }
#endif
*/
import "C"

import "unsafe"

// VecExtreme64 returns the largest (isMax) or smallest element of the
// non-empty a, ignoring NaNs, whether a holds a NaN, and whether it could
// run at all.
func VecExtreme64(isMax bool, a []float64) (m float64, nan, ok bool) {
	if !vecOps || len(a) == 0 {
		return 0, false, false
	}
	r := C.ng_ext_d(cbool(isMax), (*C.double)(unsafe.Pointer(&a[0])), C.ptrdiff_t(len(a)))
	return float64(r.m), r.nan != 0, true
}

// VecExtreme32 is VecExtreme64 for float32.
func VecExtreme32(isMax bool, a []float32) (m float32, nan, ok bool) {
	if !vecOps || len(a) == 0 {
		return 0, false, false
	}
	r := C.ng_ext_f(cbool(isMax), (*C.float)(unsafe.Pointer(&a[0])), C.ptrdiff_t(len(a)))
	return float32(r.m), r.nan != 0, true
}

// VecSum64 returns the pairwise sum of a (the blocking and order of numgo's
// pairwiseSum) and whether it could run.
func VecSum64(a []float64) (float64, bool) {
	if !vecOps || len(a) == 0 {
		return 0, false
	}
	return float64(C.ng_pw_d((*C.double)(unsafe.Pointer(&a[0])), C.ptrdiff_t(len(a)))), true
}

// VecSum32 is VecSum64 for float32.
func VecSum32(a []float32) (float32, bool) {
	if !vecOps || len(a) == 0 {
		return 0, false
	}
	return float32(C.ng_pw_f((*C.float)(unsafe.Pointer(&a[0])), C.ptrdiff_t(len(a)))), true
}

// VecSumSq64 returns the pairwise sum of (a[i]-m)² and whether it could run.
func VecSumSq64(a []float64, m float64) (float64, bool) {
	if !vecOps || len(a) == 0 {
		return 0, false
	}
	return float64(C.ng_pwsq_d((*C.double)(unsafe.Pointer(&a[0])), C.ptrdiff_t(len(a)), C.double(m))), true
}

// VecSumSq32 is VecSumSq64 for float32.
func VecSumSq32(a []float32, m float32) (float32, bool) {
	if !vecOps || len(a) == 0 {
		return 0, false
	}
	return float32(C.ng_pwsq_f((*C.float)(unsafe.Pointer(&a[0])), C.ptrdiff_t(len(a)), C.float(m))), true
}

// VecRows64 folds rows rows of a, row r starting at a[r*lda], into d in
// row order: d[j] = f(d[j], a[r*lda+j]) for j < len(d), where op 0 adds,
// op 1 takes the maximum and op 2 the minimum (a NaN wins, as in numgo's
// foldMax). It reports whether it could run.
func VecRows64(op int, d, a []float64, rows, lda int) bool {
	if !vecOps || len(d) == 0 || rows == 0 {
		return false
	}
	_ = a[(rows-1)*lda+len(d)-1]
	C.ng_rows_d(C.int(op), (*C.double)(unsafe.Pointer(&d[0])), (*C.double)(unsafe.Pointer(&a[0])),
		C.ptrdiff_t(len(d)), C.ptrdiff_t(rows), C.ptrdiff_t(lda))
	return true
}

// VecRows32 is VecRows64 for float32.
func VecRows32(op int, d, a []float32, rows, lda int) bool {
	if !vecOps || len(d) == 0 || rows == 0 {
		return false
	}
	_ = a[(rows-1)*lda+len(d)-1]
	C.ng_rows_f(C.int(op), (*C.float)(unsafe.Pointer(&d[0])), (*C.float)(unsafe.Pointer(&a[0])),
		C.ptrdiff_t(len(d)), C.ptrdiff_t(rows), C.ptrdiff_t(lda))
	return true
}

// VecReduce64 reduces each of rows rows of a, row r being a[r*lda :
// r*lda+n], into d[r*ds] in row order: op 0 adds the row's pairwise sum
// (as VecSum64), op 1 folds its maximum and op 2 its minimum into d[r*ds]
// (a NaN in the row wins, as in numgo's foldMax). It reports whether it
// could run; ds and lda must not be negative.
func VecReduce64(op int, d []float64, ds int, a []float64, n, rows, lda int) bool {
	if !vecOps || n == 0 || rows == 0 || ds < 0 || lda < 0 {
		return false
	}
	_, _ = d[(rows-1)*ds], a[(rows-1)*lda+n-1]
	C.ng_red_d(C.int(op), (*C.double)(unsafe.Pointer(&d[0])), C.ptrdiff_t(ds), (*C.double)(unsafe.Pointer(&a[0])),
		C.ptrdiff_t(n), C.ptrdiff_t(rows), C.ptrdiff_t(lda))
	return true
}

// VecReduce32 is VecReduce64 for float32.
func VecReduce32(op int, d []float32, ds int, a []float32, n, rows, lda int) bool {
	if !vecOps || n == 0 || rows == 0 || ds < 0 || lda < 0 {
		return false
	}
	_, _ = d[(rows-1)*ds], a[(rows-1)*lda+n-1]
	C.ng_red_f(C.int(op), (*C.float)(unsafe.Pointer(&d[0])), C.ptrdiff_t(ds), (*C.float)(unsafe.Pointer(&a[0])),
		C.ptrdiff_t(n), C.ptrdiff_t(rows), C.ptrdiff_t(lda))
	return true
}

// VecArg64 returns the index of the first largest (isMax) or smallest
// element of the non-empty a, or of its first NaN, and whether it could run.
func VecArg64(isMax bool, a []float64) (int, bool) {
	if !vecOps || len(a) == 0 {
		return 0, false
	}
	return int(C.ng_arg_d(cbool(isMax), (*C.double)(unsafe.Pointer(&a[0])), C.ptrdiff_t(len(a)))), true
}

// VecArg32 is VecArg64 for float32.
func VecArg32(isMax bool, a []float32) (int, bool) {
	if !vecOps || len(a) == 0 {
		return 0, false
	}
	return int(C.ng_arg_f(cbool(isMax), (*C.float)(unsafe.Pointer(&a[0])), C.ptrdiff_t(len(a)))), true
}
