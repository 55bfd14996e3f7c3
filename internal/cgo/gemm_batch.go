//go:build cgo && !purego

package cgo

// Batches of small matrix products in one C call. A product of 8×8 matrices
// is about 500 multiply-adds, which OpenBLAS's dgemm takes 200 ns or more
// to set up and run, and each cgo call adds its own cost; NumPy pays both
// once per matrix of a stack. Here one call loops over the whole stack with
// register tiles of c, vectorized along the rows of b and c: 8 doubles or
// 16 floats per instruction with AVX-512F, 4 or 8 with AVX2 and FMA
// (chosen at run time, as sleef.go does), 2 or 4 with the SSE2 every
// x86-64 has. On the Zen 5 test machine the AVX-512 kernel runs stacks of
// n×n×n float64 products at 33, 100, 125 GFLOP/s on one core for n = 8,
// 16, 64 against 31, 58, 60 for AVX2, and float32 at 55-200 GFLOP/s
// against 5-11 for the compiler-vectorized AVX2 loop (BenchmarkGemmBatch).
// Complex products have an AVX-512 kernel (complex128 at 100-124 GFLOP/s
// on one core for n = 64, 128, counting 8 per complex multiply-add) and a
// plain loop elsewhere (8-11 GFLOP/s).

/*
#include <stddef.h>
#include <stdlib.h>

// NG_BATCH_PARAMS(T) is the parameter list of every batch kernel of
// element type T, NG_BATCH_ARGS the arguments that pass it on, and
// NG_BATCH_ARGS_NT(x) the same with x for nt (streaming stores, see
// NG_STORE_512).
#define NG_BATCH_PARAMS(T) ptrdiff_t count, ptrdiff_t m, ptrdiff_t n, ptrdiff_t k, \
	const T *a, ptrdiff_t ars, ptrdiff_t acs, ptrdiff_t sa, const T *b, ptrdiff_t brs, ptrdiff_t sb, \
	T *c, ptrdiff_t crs, ptrdiff_t sc, const ptrdiff_t *offs, int nt
#define NG_BATCH_ARGS NG_BATCH_ARGS_NT(nt)
#define NG_BATCH_ARGS_NT(nt) count, m, n, k, a, ars, acs, sa, b, brs, sb, c, crs, sc, offs, nt

// NG_OPERANDS declares the operands A, B, C of product t of a batch: at
// offs[3t], offs[3t+1], offs[3t+2] if offs is not NULL, else t steps of
// sa, sb, sc from a, b, c; offsets count elements of S values of type T
// (S = 2 for a complex element stored as its real and imaginary parts).
#define NG_OPERANDS(T, S) \
	const T *A = a + S*(offs ? offs[3*t] : t*sa); \
	const T *B = b + S*(offs ? offs[3*t+1] : t*sb); \
	T *C = c + S*(offs ? offs[3*t+2] : t*sc);

// One product in 4×8 tiles of c whose sums stay in registers across the
// whole k loop (with AVX2, eight 4-double vectors); the compiler unrolls
// the fixed-size loops of a full tile, and edge tiles take the same loops
// with their bounds. Each sum runs over p in order.
#define NG_GEMM_BATCH(name, T) \
static void name(NG_BATCH_PARAMS(T)) { \
	for (ptrdiff_t t = 0; t < count; t++) { \
		NG_OPERANDS(T, 1) \
		for (ptrdiff_t i0 = 0; i0 < m; i0 += 4) { \
			ptrdiff_t ib = m - i0 < 4 ? m - i0 : 4; \
			for (ptrdiff_t j0 = 0; j0 < n; j0 += 8) { \
				ptrdiff_t jb = n - j0 < 8 ? n - j0 : 8; \
				T acc[4][8] = {{0}}; \
				if (ib == 4 && jb == 8) { \
					for (ptrdiff_t p = 0; p < k; p++) { \
						const T *bp = B + p*brs + j0; \
						for (int ii = 0; ii < 4; ii++) { \
							const T av = A[(i0+ii)*ars + p*acs]; \
							for (int jj = 0; jj < 8; jj++) acc[ii][jj] += av * bp[jj]; \
						} \
					} \
				} else { \
					for (ptrdiff_t p = 0; p < k; p++) { \
						const T *bp = B + p*brs + j0; \
						for (int ii = 0; ii < ib; ii++) { \
							const T av = A[(i0+ii)*ars + p*acs]; \
							for (int jj = 0; jj < jb; jj++) acc[ii][jj] += av * bp[jj]; \
						} \
					} \
				} \
				for (int ii = 0; ii < ib; ii++) \
					for (int jj = 0; jj < jb; jj++) C[(i0+ii)*crs + j0 + jj] = acc[ii][jj]; \
			} \
		} \
	} \
}

#pragma GCC push_options
#pragma GCC optimize("O3")
NG_GEMM_BATCH(ng_gemm_batch_d_base, double)
NG_GEMM_BATCH(ng_gemm_batch_s_base, float)

// Complex products on elements stored as (re, im) pairs of R, strides and
// offsets counting complex elements. The sums are those of the AVX-512
// kernel below: s = Σ re(a)·b and u = Σ im(a)·(im(b), re(b)), then
// c = (re s − re u, im s + im u).
#define NG_ZGEMM_BATCH(name, R) \
static void name(NG_BATCH_PARAMS(R)) { \
	for (ptrdiff_t t = 0; t < count; t++) { \
		NG_OPERANDS(R, 2) \
		for (ptrdiff_t i = 0; i < m; i++) \
			for (ptrdiff_t j = 0; j < n; j++) { \
				R sr = 0, si = 0, ur = 0, ui = 0; \
				for (ptrdiff_t p = 0; p < k; p++) { \
					const R *x = A + 2*(i*ars + p*acs), *y = B + 2*(p*brs + j); \
					sr += x[0]*y[0]; si += x[0]*y[1]; ur += x[1]*y[1]; ui += x[1]*y[0]; \
				} \
				C[2*(i*crs + j)] = sr - ur; \
				C[2*(i*crs + j) + 1] = si + ui; \
			} \
	} \
}
NG_ZGEMM_BATCH(ng_gemm_batch_z_base, double)
NG_ZGEMM_BATCH(ng_gemm_batch_c_base, float)
#if defined(__x86_64__)
#pragma GCC target("avx2,fma")
#include <immintrin.h>
NG_GEMM_BATCH(ng_gemm_batch_s_avx2, float)

// The double kernel with intrinsics (GCC's own vectorization of the loops
// above shuffles more than it multiplies): a 4×8 tile of c in eight ymm
// registers, each step of k one broadcast of a and two loads of b per row
// of the tile; then 4×4 tiles, and scalar loops for the edges.
static void ng_gemm_batch_d_avx2(NG_BATCH_PARAMS(double)) {
	for (ptrdiff_t t = 0; t < count; t++) {
		NG_OPERANDS(double, 1)
		ptrdiff_t i0 = 0;
		for (; i0 + 4 <= m; i0 += 4) {
			const double *a0 = A + i0*ars, *a1 = a0 + ars, *a2 = a1 + ars, *a3 = a2 + ars;
			double *c0 = C + i0*crs, *c1 = c0 + crs, *c2 = c1 + crs, *c3 = c2 + crs;
			ptrdiff_t j0 = 0;
			for (; j0 + 8 <= n; j0 += 8) {
				__m256d s00 = _mm256_setzero_pd(), s01 = s00, s10 = s00, s11 = s00,
					s20 = s00, s21 = s00, s30 = s00, s31 = s00;
				const double *bp = B + j0;
				for (ptrdiff_t p = 0; p < k; p++, bp += brs) {
					__m256d b0 = _mm256_loadu_pd(bp), b1 = _mm256_loadu_pd(bp + 4), x;
					x = _mm256_broadcast_sd(a0 + p*acs);
					s00 = _mm256_fmadd_pd(x, b0, s00); s01 = _mm256_fmadd_pd(x, b1, s01);
					x = _mm256_broadcast_sd(a1 + p*acs);
					s10 = _mm256_fmadd_pd(x, b0, s10); s11 = _mm256_fmadd_pd(x, b1, s11);
					x = _mm256_broadcast_sd(a2 + p*acs);
					s20 = _mm256_fmadd_pd(x, b0, s20); s21 = _mm256_fmadd_pd(x, b1, s21);
					x = _mm256_broadcast_sd(a3 + p*acs);
					s30 = _mm256_fmadd_pd(x, b0, s30); s31 = _mm256_fmadd_pd(x, b1, s31);
				}
				_mm256_storeu_pd(c0 + j0, s00); _mm256_storeu_pd(c0 + j0 + 4, s01);
				_mm256_storeu_pd(c1 + j0, s10); _mm256_storeu_pd(c1 + j0 + 4, s11);
				_mm256_storeu_pd(c2 + j0, s20); _mm256_storeu_pd(c2 + j0 + 4, s21);
				_mm256_storeu_pd(c3 + j0, s30); _mm256_storeu_pd(c3 + j0 + 4, s31);
			}
			for (; j0 + 4 <= n; j0 += 4) {
				__m256d s0 = _mm256_setzero_pd(), s1 = s0, s2 = s0, s3 = s0;
				const double *bp = B + j0;
				for (ptrdiff_t p = 0; p < k; p++, bp += brs) {
					__m256d b0 = _mm256_loadu_pd(bp);
					s0 = _mm256_fmadd_pd(_mm256_broadcast_sd(a0 + p*acs), b0, s0);
					s1 = _mm256_fmadd_pd(_mm256_broadcast_sd(a1 + p*acs), b0, s1);
					s2 = _mm256_fmadd_pd(_mm256_broadcast_sd(a2 + p*acs), b0, s2);
					s3 = _mm256_fmadd_pd(_mm256_broadcast_sd(a3 + p*acs), b0, s3);
				}
				_mm256_storeu_pd(c0 + j0, s0); _mm256_storeu_pd(c1 + j0, s1);
				_mm256_storeu_pd(c2 + j0, s2); _mm256_storeu_pd(c3 + j0, s3);
			}
			for (; j0 < n; j0++) {
				double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
				for (ptrdiff_t p = 0; p < k; p++) {
					double bv = B[p*brs + j0];
					s0 += a0[p*acs] * bv; s1 += a1[p*acs] * bv; s2 += a2[p*acs] * bv; s3 += a3[p*acs] * bv;
				}
				c0[j0] = s0; c1[j0] = s1; c2[j0] = s2; c3[j0] = s3;
			}
		}
		for (; i0 < m; i0++) {
			const double *ai = A + i0*ars;
			double *ci = C + i0*crs;
			ptrdiff_t j0 = 0;
			for (; j0 + 4 <= n; j0 += 4) {
				__m256d s = _mm256_setzero_pd();
				const double *bp = B + j0;
				for (ptrdiff_t p = 0; p < k; p++, bp += brs) {
					s = _mm256_fmadd_pd(_mm256_broadcast_sd(ai + p*acs), _mm256_loadu_pd(bp), s);
				}
				_mm256_storeu_pd(ci + j0, s);
			}
			for (; j0 < n; j0++) {
				double s = 0;
				for (ptrdiff_t p = 0; p < k; p++) s += ai[p*acs] * B[p*brs + j0];
				ci[j0] = s;
			}
		}
	}
}

#pragma GCC target("avx512f,avx2,fma")
// NG_STORE_512 stores vector v at p, its elements where mask is set. With
// nt set, a store that fills a whole aligned cache line goes around the
// cache (a non-temporal store), which skips reading the line before
// writing it: for a result in memory not touched lately, such as one just
// allocated, that read is a second pass over memory. The kernels end
// their stores with an sfence when nt is set, and each is compiled once
// for nt 0 and once for 1 (name##_all inlined twice), so that no store
// tests nt as it runs: testing it made products into a reused result
// 15% slower.
#define NG_STORE_512(px, sx, M, p, mask, v, nt) \
	((nt) && (mask) == (M)~0ULL && !((size_t)(p) & 63) ? px##_stream_##sx(p, v) : px##_mask_storeu_##sx(p, mask, v))

// The AVX-512 kernel, one macro for both types (W elements to a zmm
// register): tiles of up to 8 rows by 2 registers of c, 16 sums in zmm
// registers across the k loop, each step one broadcast of a per row and
// two loads of b; the columns past n are masked off in the loads and
// stores, so every tail of n takes the same code, and the rows past the
// last 8 take tiles of 4, 2 and 1. The sums run over p in order.
#define NG_GEMM_BATCH_512(name, T, V, W, M, px, sx) \
static inline __attribute__((always_inline)) void name##_tile(int mr, int nv, ptrdiff_t k, \
		const T *A, ptrdiff_t ars, ptrdiff_t acs, const T *B, ptrdiff_t brs, T *C, ptrdiff_t crs, M m0, M m1, int nt) { \
	V s[8][2]; \
	_Pragma("GCC unroll 8") for (int i = 0; i < mr; i++) \
		_Pragma("GCC unroll 2") for (int v = 0; v < nv; v++) s[i][v] = px##_setzero_##sx(); \
	for (ptrdiff_t p = 0; p < k; p++, A += acs, B += brs) { \
		V b0 = px##_maskz_loadu_##sx(m0, B), b1 = nv > 1 ? px##_maskz_loadu_##sx(m1, B + W) : b0; \
		_Pragma("GCC unroll 8") for (int i = 0; i < mr; i++) { \
			V x = px##_set1_##sx(A[i*ars]); \
			s[i][0] = px##_fmadd_##sx(x, b0, s[i][0]); \
			if (nv > 1) s[i][1] = px##_fmadd_##sx(x, b1, s[i][1]); \
		} \
	} \
	_Pragma("GCC unroll 8") for (int i = 0; i < mr; i++) { \
		NG_STORE_512(px, sx, M, C + i*crs, m0, s[i][0], nt); \
		if (nv > 1) NG_STORE_512(px, sx, M, C + i*crs + W, m1, s[i][1], nt); \
	} \
} \
static inline __attribute__((always_inline)) void name##_panel(int nv, ptrdiff_t m, ptrdiff_t k, \
		const T *A, ptrdiff_t ars, ptrdiff_t acs, const T *B, ptrdiff_t brs, T *C, ptrdiff_t crs, M m0, M m1, int nt) { \
	ptrdiff_t i = 0; \
	for (; i + 8 <= m; i += 8) name##_tile(8, nv, k, A + i*ars, ars, acs, B, brs, C + i*crs, crs, m0, m1, nt); \
	if (i + 4 <= m) { name##_tile(4, nv, k, A + i*ars, ars, acs, B, brs, C + i*crs, crs, m0, m1, nt); i += 4; } \
	if (i + 2 <= m) { name##_tile(2, nv, k, A + i*ars, ars, acs, B, brs, C + i*crs, crs, m0, m1, nt); i += 2; } \
	if (i < m) name##_tile(1, nv, k, A + i*ars, ars, acs, B, brs, C + i*crs, crs, m0, m1, nt); \
} \
static inline __attribute__((always_inline)) void name##_all(NG_BATCH_PARAMS(T)) { \
	for (ptrdiff_t t = 0; t < count; t++) { \
		NG_OPERANDS(T, 1) \
		for (ptrdiff_t j = 0; j < n; j += 2*W) { \
			ptrdiff_t jb = n - j < 2*W ? n - j : 2*W; \
			M m0 = (M)(jb >= W ? ~0ULL : (1ULL << jb) - 1), m1 = (M)(jb >= 2*W ? ~0ULL : jb > W ? (1ULL << (jb - W)) - 1 : 0); \
			if (jb > W) name##_panel(2, m, k, A, ars, acs, B + j, brs, C + j, crs, m0, m1, nt); \
			else name##_panel(1, m, k, A, ars, acs, B + j, brs, C + j, crs, m0, m1, nt); \
		} \
	} \
	if (nt) _mm_sfence(); \
} \
static void name(NG_BATCH_PARAMS(T)) { \
	if (nt) name##_all(NG_BATCH_ARGS_NT(1)); else name##_all(NG_BATCH_ARGS_NT(0)); \
}
NG_GEMM_BATCH_512(ng_gemm_batch_d_avx512, double, __m512d, 8, __mmask8, _mm512, pd)
NG_GEMM_BATCH_512(ng_gemm_batch_s_avx512, float, __m512, 16, __mmask16, _mm512, ps)

// The complex kernel with AVX-512, one macro for both precisions (W reals,
// W/2 complex elements, to a zmm register): tiles of up to 6 rows by 2
// registers of c, each with two sums, s += re(a)·b and u += im(a)·swap(b)
// where swap exchanges the real and imaginary parts of b's row; at the end
// c = s ∓ u (fmaddsub: re s − re u, im s + im u). 24 sums and 4 of b's
// values fill the 32 zmm registers. Columns past n are masked off; rows
// past the last 6 take tiles of 4, 2 and 1.
#define NG_ZGEMM_BATCH_512(name, R, V, W, M, px, sx, swap) \
static inline __attribute__((always_inline)) void name##_tile(int mr, int nv, ptrdiff_t k, \
		const R *A, ptrdiff_t ars, ptrdiff_t acs, const R *B, ptrdiff_t brs, R *C, ptrdiff_t crs, M m0, M m1, int nt) { \
	V s[6][2], u[6][2]; \
	_Pragma("GCC unroll 6") for (int i = 0; i < mr; i++) \
		_Pragma("GCC unroll 2") for (int v = 0; v < nv; v++) s[i][v] = u[i][v] = px##_setzero_##sx(); \
	for (ptrdiff_t p = 0; p < k; p++, A += 2*acs, B += 2*brs) { \
		V b0 = px##_maskz_loadu_##sx(m0, B), b1 = nv > 1 ? px##_maskz_loadu_##sx(m1, B + W) : b0; \
		V w0 = swap(b0), w1 = swap(b1); \
		_Pragma("GCC unroll 6") for (int i = 0; i < mr; i++) { \
			V xr = px##_set1_##sx(A[2*i*ars]), xi = px##_set1_##sx(A[2*i*ars + 1]); \
			s[i][0] = px##_fmadd_##sx(xr, b0, s[i][0]); \
			u[i][0] = px##_fmadd_##sx(xi, w0, u[i][0]); \
			if (nv > 1) { \
				s[i][1] = px##_fmadd_##sx(xr, b1, s[i][1]); \
				u[i][1] = px##_fmadd_##sx(xi, w1, u[i][1]); \
			} \
		} \
	} \
	V one = px##_set1_##sx(1); \
	_Pragma("GCC unroll 6") for (int i = 0; i < mr; i++) { \
		NG_STORE_512(px, sx, M, C + 2*i*crs, m0, px##_fmaddsub_##sx(s[i][0], one, u[i][0]), nt); \
		if (nv > 1) NG_STORE_512(px, sx, M, C + 2*i*crs + W, m1, px##_fmaddsub_##sx(s[i][1], one, u[i][1]), nt); \
	} \
} \
static inline __attribute__((always_inline)) void name##_panel(int nv, ptrdiff_t m, ptrdiff_t k, \
		const R *A, ptrdiff_t ars, ptrdiff_t acs, const R *B, ptrdiff_t brs, R *C, ptrdiff_t crs, M m0, M m1, int nt) { \
	ptrdiff_t i = 0; \
	for (; i + 6 <= m; i += 6) name##_tile(6, nv, k, A + 2*i*ars, ars, acs, B, brs, C + 2*i*crs, crs, m0, m1, nt); \
	if (i + 4 <= m) { name##_tile(4, nv, k, A + 2*i*ars, ars, acs, B, brs, C + 2*i*crs, crs, m0, m1, nt); i += 4; } \
	if (i + 2 <= m) { name##_tile(2, nv, k, A + 2*i*ars, ars, acs, B, brs, C + 2*i*crs, crs, m0, m1, nt); i += 2; } \
	if (i < m) name##_tile(1, nv, k, A + 2*i*ars, ars, acs, B, brs, C + 2*i*crs, crs, m0, m1, nt); \
} \
static inline __attribute__((always_inline)) void name##_all(NG_BATCH_PARAMS(R)) { \
	for (ptrdiff_t t = 0; t < count; t++) { \
		NG_OPERANDS(R, 2) \
		for (ptrdiff_t j = 0; j < n; j += W) { \
			ptrdiff_t rb = 2 * (n - j < W ? n - j : W); \
			M m0 = (M)(rb >= W ? ~0ULL : (1ULL << rb) - 1), m1 = (M)(rb >= 2*W ? ~0ULL : rb > W ? (1ULL << (rb - W)) - 1 : 0); \
			if (rb > W) name##_panel(2, m, k, A, ars, acs, B + 2*j, brs, C + 2*j, crs, m0, m1, nt); \
			else name##_panel(1, m, k, A, ars, acs, B + 2*j, brs, C + 2*j, crs, m0, m1, nt); \
		} \
	} \
	if (nt) _mm_sfence(); \
} \
static void name(NG_BATCH_PARAMS(R)) { \
	if (nt) name##_all(NG_BATCH_ARGS_NT(1)); else name##_all(NG_BATCH_ARGS_NT(0)); \
}
#define NG_SWAP_PD(x) _mm512_permute_pd(x, 0x55)
#define NG_SWAP_PS(x) _mm512_permute_ps(x, 0xB1)
NG_ZGEMM_BATCH_512(ng_gemm_batch_z_avx512, double, __m512d, 8, __mmask8, _mm512, pd, NG_SWAP_PD)
NG_ZGEMM_BATCH_512(ng_gemm_batch_c_avx512, float, __m512, 16, __mmask16, _mm512, ps, NG_SWAP_PS)
#else
#define ng_gemm_batch_d_avx2 ng_gemm_batch_d_base
#define ng_gemm_batch_s_avx2 ng_gemm_batch_s_base
#define ng_gemm_batch_d_avx512 ng_gemm_batch_d_base
#define ng_gemm_batch_s_avx512 ng_gemm_batch_s_base
#define ng_gemm_batch_z_avx512 ng_gemm_batch_z_base
#define ng_gemm_batch_c_avx512 ng_gemm_batch_c_base
#endif
#pragma GCC pop_options

// ng_isa is the widest kernel the CPU runs: 2 AVX-512F, 1 AVX2 and FMA,
// 0 neither (GCC's check includes the OS's support for the registers).
// It is compiled for the base target, which every x86-64 runs.
static int ng_isa(void) {
#if defined(__x86_64__)
	return __builtin_cpu_supports("avx512f") ? 2 :
		__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") ? 1 : 0;
#else
	return 0;
#endif
}

static void ng_gemm_batch_d(int isa, NG_BATCH_PARAMS(double)) {
	// Rows of 4 or fewer doubles fit the AVX2 kernel's 4×4 tiles, which
	// run them faster than masked zmm registers.
	(isa == 2 && n > 4 ? ng_gemm_batch_d_avx512 : isa >= 1 ? ng_gemm_batch_d_avx2 : ng_gemm_batch_d_base)(NG_BATCH_ARGS);
}

static void ng_gemm_batch_s(int isa, NG_BATCH_PARAMS(float)) {
	(isa == 2 ? ng_gemm_batch_s_avx512 : isa == 1 ? ng_gemm_batch_s_avx2 : ng_gemm_batch_s_base)(NG_BATCH_ARGS);
}

// Complex products: the AVX-512 kernel where the CPU has it, else the base
// kernel (linalg sends complex products to the batch kernels only where
// the AVX-512 one runs; see GemmBatchComplex).
static void ng_gemm_batch_z(int isa, NG_BATCH_PARAMS(double)) {
	(isa == 2 ? ng_gemm_batch_z_avx512 : ng_gemm_batch_z_base)(NG_BATCH_ARGS);
}

static void ng_gemm_batch_c(int isa, NG_BATCH_PARAMS(float)) {
	(isa == 2 ? ng_gemm_batch_c_avx512 : ng_gemm_batch_c_base)(NG_BATCH_ARGS);
}

// NG_PACK_STACK is the size in bytes of the buffer on the stack that
// NG_PACKED copies b into; a larger b gets one from malloc.
#define NG_PACK_STACK 32768

// NG_PACKED runs the products with kernel f of elements of S reals of type
// T whose b has rows that are not unit-stride (columns bcs elements
// apart, such as the transpose of a C-ordered matrix): each b_t is first
// copied into a row-major buffer, k·n elements that the k·n·m
// multiply-adds of the product then read m times, unless it is the b of
// the product before (a b that the stack shares). It returns -1 from the
// enclosing function if malloc fails.
#define NG_PACKED(T, S, f) { \
	T stack[NG_PACK_STACK / sizeof(T)]; \
	T *pb = k*n*S <= (ptrdiff_t)(NG_PACK_STACK / sizeof(T)) ? stack : malloc(k*n*S*sizeof(T)); \
	if (pb == NULL) return -1; \
	const T *packed = NULL; \
	for (ptrdiff_t t = 0; t < count; t++) { \
		const T *B = (const T *)b + S*(offs ? offs[3*t+1] : t*sb); \
		if (B != packed) { \
			for (ptrdiff_t p = 0; p < k; p++) \
				for (ptrdiff_t j = 0; j < n; j++) \
					for (int r = 0; r < S; r++) pb[S*(p*n + j) + r] = B[S*(p*brs + j*bcs) + r]; \
			packed = B; \
		} \
		const T *A = (const T *)a + S*(offs ? offs[3*t] : t*sa); \
		T *C = (T *)c + S*(offs ? offs[3*t+2] : t*sc); \
		f(isa, 1, m, n, k, A, ars, acs, 0, pb, n, 0, C, crs, 0, NULL, nt); \
	} \
	if (pb != stack) free(pb); \
}

// ng_gemm_batch runs the kernels of one element type on operands passed
// untyped: kind 0 double, 1 float, 2 double complex, 3 float complex; b's
// columns are bcs elements apart. It returns 0, or -1 if it ran out of
// memory.
static int ng_gemm_batch(int kind, int isa, NG_BATCH_PARAMS(void), ptrdiff_t bcs) {
	if (bcs == 1) {
		switch (kind) {
		case 0: ng_gemm_batch_d(isa, NG_BATCH_ARGS); break;
		case 1: ng_gemm_batch_s(isa, NG_BATCH_ARGS); break;
		case 2: ng_gemm_batch_z(isa, NG_BATCH_ARGS); break;
		case 3: ng_gemm_batch_c(isa, NG_BATCH_ARGS); break;
		}
		return 0;
	}
	if (count == 0)
		return 0;
	switch (kind) {
	case 0: NG_PACKED(double, 1, ng_gemm_batch_d) break;
	case 1: NG_PACKED(float, 1, ng_gemm_batch_s) break;
	case 2: NG_PACKED(double, 2, ng_gemm_batch_z) break;
	case 3: NG_PACKED(float, 2, ng_gemm_batch_c) break;
	}
	return 0;
}
*/
import "C"

import (
	"fmt"
	"slices"
	"strings"
	"unsafe"
)

// gemmISA selects the kernel: 2 AVX-512F, 1 AVX2 and FMA, 0 the base
// build (ng_isa); tests set it to run each kernel the CPU supports.
var gemmISA = int(C.ng_isa())

// GemmBatchWide reports whether the batch kernels run on 512-bit vectors
// (gemmISA 2, AVX-512F) while the linked BLAS is an OpenBLAS whose gemm
// does not: its core, which openblas_get_config names, is not one of the
// AVX-512 cores of openBLASWideCores (OPENBLAS_CORETYPE=Haswell, which
// older OpenBLAS builds need on newer CPUs, makes it run AVX2 code). Then
// the AVX-512 kernel beats the BLAS's gemm on mid-size products too: on
// the Zen 5 test machine a 512×512×512 float64 product split by rows over
// two threads took 1.3-1.4 ms in it against 2.2 ms in Haswell dgemm and
// 1.34 ms in Cooperlake dgemm (linalg's midGemm).
func GemmBatchWide() bool {
	return gemmISA == 2 && haveOpenBLAS && !openBLASWideCore(OpenBLASConfig())
}

// GemmBatchComplex reports whether the batch kernels of complex types are
// vectorized (gemmISA 2, AVX-512F); elsewhere they are plain loops.
func GemmBatchComplex() bool { return gemmISA == 2 }

// openBLASWideCores are the OpenBLAS cores (as of 0.3.21) whose gemm
// kernels use AVX-512.
var openBLASWideCores = []string{"SkylakeX", "Cooperlake", "SapphireRapids"}

// openBLASWideCore reports whether an openblas_get_config string names one
// of openBLASWideCores.
func openBLASWideCore(config string) bool {
	for _, f := range strings.Fields(config) {
		if slices.Contains(openBLASWideCores, f) {
			return true
		}
	}
	return false
}

// GemmBatch computes count products c_t = a_t·b_t of m×k by k×n matrices
// in one C call: a_t starts at a[offs[3t]] with rows ars and columns acs
// apart, b_t at b[offs[3t+1]] with rows brs and columns bcs apart, and c_t
// at c[offs[3t+2]] with unit-stride rows crs apart; with offs nil, they
// start at a[t*sa], b[t*sb] and c[t*sc] instead. A b_t whose columns are
// not adjacent (bcs != 1) is copied into a row-major buffer first. With
// stream set, the AVX-512 kernels write whole aligned cache lines of c
// with non-temporal stores (NG_STORE_512). The caller has checked every
// index; C keeps no pointer after the call. GemmBatch panics if C cannot
// allocate that buffer.
func GemmBatch[T float32 | float64 | complex64 | complex128](count, m, n, k int, a []T, ars, acs, sa int,
	b []T, brs, bcs, sb int, c []T, crs, sc int, offs []int, stream bool) {
	var kind C.int // as ng_gemm_batch numbers them
	switch any(a).(type) {
	case []float32:
		kind = 1
	case []complex128:
		kind = 2
	case []complex64:
		kind = 3
	}
	rc := C.ng_gemm_batch(kind, C.int(gemmISA), C.ptrdiff_t(count), C.ptrdiff_t(m), C.ptrdiff_t(n), C.ptrdiff_t(k),
		unsafe.Pointer(unsafe.SliceData(a)), C.ptrdiff_t(ars), C.ptrdiff_t(acs), C.ptrdiff_t(sa),
		unsafe.Pointer(unsafe.SliceData(b)), C.ptrdiff_t(brs), C.ptrdiff_t(sb),
		unsafe.Pointer(unsafe.SliceData(c)), C.ptrdiff_t(crs), C.ptrdiff_t(sc),
		(*C.ptrdiff_t)(unsafe.Pointer(unsafe.SliceData(offs))), cbool(stream), C.ptrdiff_t(bcs))
	if rc != 0 {
		panic(fmt.Sprintf("cgo: GemmBatch: out of memory for a %d×%d buffer", k, n))
	}
}

// The offsets are passed to C as ptrdiff_t.
var _ [unsafe.Sizeof(C.ptrdiff_t(0)) - unsafe.Sizeof(int(0))]struct{}
var _ [unsafe.Sizeof(int(0)) - unsafe.Sizeof(C.ptrdiff_t(0))]struct{}
