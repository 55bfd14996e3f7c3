package linalg

import (
	"runtime"
	"slices"
	"unsafe"

	gblas "gonum.org/v1/gonum/blas"

	"github.com/numgo/numgo/blas"
	"github.com/numgo/numgo/internal/par"
	"github.com/numgo/numgo/ndarray"
)

// gemmFunc computes c = a·b for one matrix product, a m×k, b k×n and c m×n,
// overwriting every element of c without reading it (c may be memory from
// ndarray.Empty). c must not overlap a or b.
type gemmFunc[T ndarray.Number] func(a, b, c matrix[T])

// tinyGemm is the largest m*n*k for which a product runs in the Go kernel
// even when T has a BLAS: below it a cgo call costs more than the
// arithmetic. smallGemm is the largest m*n*k for which a float32 or float64
// product goes to blas.GemmBatch's C kernel rather than to the BLAS's gemm,
// whose set-up costs more than the arithmetic of small products (OpenBLAS
// runs products up to 64×64×64 on one thread). Measured as thread CPU time
// per float64 product, the minimum of 6 runs on a loaded 2-core machine
// (load 12): n×n×n for n = 2, 3, 4 takes 86, 114, 162 ns in Go, 107, 173,
// 107 ns through GemmBatch; n = 8, 16, 32, 64 takes 149, 328, 2320,
// 15045 ns through GemmBatch and 299, 742, 4259, 21663 ns through dgemm.
// Go's tiny kernel (mulTiny) has since cut n = 2, 3, 4 to 15, 31, 34 ns
// (the kernel alone, min of 3, on the 2-core test machine), and would take
// 61 and 107 ns at n = 5 and 6, against 150 and 156 ns through GemmBatch
// (139 ns at n = 2); a larger bound would pay, but would change the bits
// of those products, which GemmBatch rounds otherwise (about 40% of the
// elements of random 5×5 products differ).
// Re-measured with the AVX-512 kernel (BenchmarkSmallGemm, one OpenBLAS
// thread, medians of 4): n = 64, 96, 128 takes 4.5, 14.4, 33.4 µs in it
// and 10.4, 31.2, 77.6 µs in dgemm, but the AVX2 kernel, which a host
// without AVX-512 runs, takes 8.7, 36, 78 µs (internal/cgo's
// BenchmarkGemmBatch): 64×64×64 is the bound that suits both.
const (
	tinyGemm  = 4 * 4 * 4
	smallGemm = 64 * 64 * 64
)

// splitGemm is the largest m*n*k that the batch kernel computes in one
// call on the calling goroutine; larger products that midKernel admits
// have their rows split over goroutines (gemmRows) from here on, as
// OpenBLAS threads its dgemm above 64×64×64 minus one. On the 2-core Zen 4
// test machine (MatmulTo of n×n float64, medians of 5 alternated runs,
// 2026-11-29) the split took 7.9 against 10.3 µs at n = 64 and 6.2
// against 7.1 at 56, but 4.6 against 4.5 at 48 and more below, where
// waking the second goroutine costs what it saves (3.1 against 1.8 µs at
// 32). NumPy's dgemm took 12 µs at 64.
const splitGemm = 48 * 48 * 48

// midGemm bounds the products that go to blas.GemmBatch's kernel, their
// rows split over goroutines (gemmRows), when that kernel is wider than
// the BLAS's gemm (blas.GemmBatchWide: AVX-512 against the AVX2 code
// OpenBLAS runs under OPENBLAS_CORETYPE=Haswell; as wide, up to
// sharedMidGemm): m and n at most midGemm,
// a (m·k elements) at most midGemm², and k from 32 to 4·midGemm, or to
// midGemm for complex types (midSized). The kernel reads a and b in place,
// without the packing that keeps large operands in cache: each goroutine
// passes over its rows of a once per strip of two zmm registers' width of
// the result (16 float64, 32 float32 or 8 complex128 columns), and over the
// matching k-row strip of b, which must stay in L2 cache; at k below 32
// the stores of the result outweigh the arithmetic. Measured on
// the Zen 5 test machine (1 MiB L2 per core, two threads, float64),
// m×n×k in the kernel against dgemm: 256³ 0.21 against 0.30 ms, 512³ 1.4
// against 2.2, 1024³ 15.3 against 18.2, 64×256×4096 0.83 against 1.54,
// 1024×1024×64 0.91 against 1.21 (BenchmarkMidGemm); with the bounds
// lifted, the kernel lost beyond them:
// 1024×1024×2048 38.7 against 35.6 ms, 512×512×4096 22.1 against 20.9,
// 1024×1024×16 0.53 against 0.40.
const midGemm = 1024

// midSized reports whether an m×k by k×n product of T is within midGemm's
// bounds. Complex products, whose tiles hold 6 rows and twice the bytes of
// a, keep k to midGemm: complex128 64×256×k took 0.98 against 1.20 ms in
// zgemm at k = 1024, 2.35 against 2.42 at 2048, 6.9 against 5.0 at 4096;
// 256³ 0.74 against 1.16 ms, 512³ 5.9 against 8.6.
func midSized[T ndarray.Number](m, n, k int) bool {
	kMax := 4 * midGemm
	if ndarray.TypeOf[T]().IsComplex() {
		kMax = midGemm
	}
	return max(m, n) <= midGemm && m*k <= midGemm*midGemm && 32 <= k && k <= kMax
}

// wideGemm is blas.GemmBatchWide, which the build and the CPU fix.
var wideGemm = blas.GemmBatchWide()

// sharedMidGemm bounds the products (m·n·k) that go to gemmRows when the
// batch kernel and the BLAS's gemm are both AVX-512 (OpenBLAS's SkylakeX
// and Cooperlake cores): on the 2-core Zen 4 test machine (Cooperlake
// kernels; BenchmarkMidGemm, three runs) n×n×n float64 products took
// 47-60 against 110-139 µs in dgemm for n = 128, 140-165 against 264-281
// for 192, 327-371 against 400-608 for 256, 690-771 against 973-1114 for
// 320, and about as long from 384 on (1.6-2.5 ms against 1.5-2.8 at 384,
// 4.1-6.2 against 3.7-7.0 at 512); float32 products alike (256: 300-426
// against 393-487 µs). Complex products stay with zgemm, which the kernel
// did not beat consistently there (128: 363-416 against 274-395 µs).
const sharedMidGemm = 320 * 320 * 320

// midKernel reports whether an m×k by k×n product of T goes to gemmRows:
// it is midSized, and the kernel is wider than the BLAS's gemm
// (wideGemm), or as wide (AVX-512, where complexBatch holds) and the
// product real and within sharedMidGemm.
func midKernel[T ndarray.Number](m, n, k int) bool {
	if !midSized[T](m, n, k) {
		return false
	}
	return wideGemm || complexBatch && !ndarray.TypeOf[T]().IsComplex() && m*n*k <= sharedMidGemm
}

// gemmHook, set only by tests, is called with the sizes of every float or
// complex matrix product the package computes and the number of products
// in that call: the tests count them to prove that contractions reach the
// product kernels whole, not as element loops.
var gemmHook func(m, n, k, count int)

// syrkHook, set only by tests, is called with the sizes of every product
// that goes to syrk.
var syrkHook func(n, k int)

// gemmBatch computes count products c_t = a_t·b_t in one call of the
// build's batched C kernel: with offs nil, product t's operands start at
// a.off + t*sa, b.off + t*sb and c.off + t*sc (blas.GemmStrided); else
// offs holds three offsets per product (a_t, b_t, c_t) and the offsets of
// a, b and c are unused (blas.GemmBatch). a, b and c give the data and the
// layout every product shares. It reports true if the kernel takes their
// type and layout (batchable); else it does nothing and reports false.
func gemmBatch[T ndarray.Number](a, b, c matrix[T], count, sa, sb, sc int, offs []int, stream bool) bool {
	if !batchable(a, b, c) {
		return false
	}
	m, n, k := a.rows, b.cols, a.cols
	// A length-1 axis may carry any stride; the kernel never uses it.
	ars, acs, brs, bcs, crs := a.rs, a.cs, b.rs, b.cs, c.rs
	if m == 1 {
		ars, crs = 0, 0
	}
	if k == 1 {
		acs, brs = 0, 0
	}
	if n == 1 {
		bcs = 1
	}
	switch ad := any(a.data).(type) {
	case []float64:
		batchKernel(m, n, k, ad, ars, acs, sa, any(b.data).([]float64), brs, bcs, sb, any(c.data).([]float64), crs, sc,
			a.off, b.off, c.off, count, offs, stream)
	case []float32:
		batchKernel(m, n, k, ad, ars, acs, sa, any(b.data).([]float32), brs, bcs, sb, any(c.data).([]float32), crs, sc,
			a.off, b.off, c.off, count, offs, stream)
	case []complex128:
		batchKernel(m, n, k, ad, ars, acs, sa, any(b.data).([]complex128), brs, bcs, sb, any(c.data).([]complex128), crs, sc,
			a.off, b.off, c.off, count, offs, stream)
	case []complex64:
		batchKernel(m, n, k, ad, ars, acs, sa, any(b.data).([]complex64), brs, bcs, sb, any(c.data).([]complex64), crs, sc,
			a.off, b.off, c.off, count, offs, stream)
	}
	return true
}

// batchType reports whether gemmBatch takes products of T: float32 and
// float64 in a build with the batched kernel, complex64 and complex128
// where that kernel is AVX-512 (complexBatch; elsewhere its complex code
// is a plain loop, slower than the BLAS). Under OpenBLAS's AVX-512 cores
// too, whose zgemm only mid-size products (gemmRows) do not beat: on the
// Zen 4 test machine (Cooperlake kernels), MatmulTo of two (1000, 8, 8)
// complex128 stacks took 100 µs in the kernel against 320-410 as 1000
// zgemm calls (NumPy: 307), and of single n×n complex128 products 0.3,
// 1.0, 6.1, 44 µs for n = 8, 16, 32, 64 against 0.5, 1.5, 7.4, 42.
func batchType[T ndarray.Number]() bool {
	switch any(*new(T)).(type) {
	case float32, float64:
		return blas.HasGemmBatch()
	case complex64, complex128:
		return complexBatch
	}
	return false
}

// complexBatch is blas.GemmBatchComplex, which the build and the CPU fix.
var complexBatch = blas.GemmBatchComplex()

// batchable reports whether gemmBatch computes products of a, b and c's
// layout: batchType[T], the sizes are not 0, the rows of c are
// unit-stride, and so are b's unless the kernel's copy of b pays (packs).
func batchable[T ndarray.Number](a, b, c matrix[T]) bool {
	n := b.cols
	return batchType[T]() && a.rows > 0 && n > 0 && a.cols > 0 &&
		(n == 1 || (c.cs == 1 && (b.cs == 1 || packs(a.rows, n, a.cols))))
}

// packs reports whether an m×k by k×n product whose b has rows that are
// not unit-stride goes to the batch kernel, which copies b (k·n elements)
// before the m·k·n multiply-adds: m is at least 2 and b at most 64×64,
// the size of the buffer the kernel keeps on its stack for float64 (a
// complex128 b beyond 2048 elements gets one from malloc).
// Measured on the 2-core test machine (Zen 4), MatmulTo of (1000, 8, 8)
// by the transpose of another (x @ y.swapaxes(1, 2)) took 239 µs as 1000
// dgemm calls and 59-70 µs in the kernel with the copy; NumPy takes 129
// µs, and 58 for the product without the transpose.
func packs(m, n, k int) bool {
	return m > 1 && k*n <= 64*64
}

// batchKernel calls blas.GemmBatch with offs, or blas.GemmStrided on the
// operands from offsets oa, ob and oc if offs is nil.
func batchKernel[F blas.Scalar](m, n, k int, a []F, ars, acs, sa int, b []F, brs, bcs, sb int, c []F, crs, sc int,
	oa, ob, oc, count int, offs []int, stream bool) {
	if offs != nil {
		blas.GemmBatch(m, n, k, a, ars, acs, b, brs, bcs, c, crs, offs, stream)
		return
	}
	blas.GemmStrided(count, m, n, k, a[oa:], ars, acs, sa, b[ob:], brs, bcs, sb, c[oc:], crs, sc, stream)
}

// gemmRows computes c = a·b in gemmBatch's kernel, the rows of c cut
// into chunks of whole 8-row blocks that as many goroutines as the BLAS's
// products may use threads (blas.NumThreads, at most GOMAXPROCS) take in
// turn (par.For): the kernel stands in for the BLAS's gemm and honours its
// thread count. It reports false, doing nothing, if the kernel does not
// take a, b and c's layout with b's rows unit-stride: a chunk may be one
// row, for which the kernel does not copy b (packs), so every chunk is
// batchable only if b need not be copied.
func gemmRows[T ndarray.Number](a, b, c matrix[T]) bool {
	if (b.cs != 1 && b.cols != 1) || !batchable(a, b, c) {
		return false
	}
	blocks := (a.rows + 7) / 8
	procs := min(runtime.GOMAXPROCS(0), blas.NumThreads())
	par.For(blocks, procs, procs*par.ChunksPerProc, func(lo, hi int) {
		r0, r1 := 8*lo, min(8*hi, a.rows)
		ar, cr := a, c
		ar.off, ar.rows = a.off+r0*a.rs, r1-r0
		cr.off, cr.rows = c.off+r0*c.rs, r1-r0
		gemmBatch(ar, b, cr, 1, 0, 0, 0, nil, false)
	})
	return true
}

// gemvChunk is the fewest multiply-adds of a chunk of rowGemv's rows, a few
// µs of work: smaller products run in one call.
const gemvChunk = 1 << 15

// rowGemv computes y = a·x, the m×k a read row by row (tA NoTrans) with a
// unit-stride x, in blas.Gemv's kernel where the BLAS runs narrower code
// (wideGemm, as for gemmRows), the rows cut into chunks that as many
// goroutines as the BLAS's products may use threads (blas.NumThreads, at
// most GOMAXPROCS) take in turn, one short C call per chunk. It reports
// false, doing nothing, where the kernel does not run or take the layout;
// the caller then calls the BLAS's gemv. Measured on the 2-core test
// machine, 2048×2048 float64: 290 against 415 µs for OpenBLAS's dgemv
// (internal/cgo's gemv.go says why).
func rowGemv[T float32 | float64](tA gblas.Transpose, m, k int, a []T, lda int, x []T, incX int, y []T, incY int) bool {
	if tA != gblas.NoTrans || incX != 1 || incY < 1 || !wideGemm || !blas.HasGemv() {
		return false
	}
	procs := min(runtime.GOMAXPROCS(0), blas.NumThreads())
	par.For(m, procs, min(procs*par.ChunksPerProc, m*k/gemvChunk), func(lo, hi int) {
		blas.Gemv(hi-lo, k, a[lo*lda:], lda, x, y[lo*incY:], incY)
	})
	return true
}

// gemmFor returns the product kernel for T: the BLAS's ?gemm and ?gemv for
// float32, float64, complex64 and complex128 (with the Go kernel for tiny
// products), the Go kernel for integers. Routines call it once per call, not
// per matrix.
func gemmFor[T ndarray.Number]() gemmFunc[T] {
	var f any
	switch any(*new(T)).(type) {
	case float32:
		f = gemmFloat32
	case float64:
		f = gemmFloat64
	case complex64:
		f = gemmComplex64
	case complex128:
		f = gemmComplex128
	default:
		return goGemm[T]
	}
	return f.(gemmFunc[T])
}

// The BLAS kernels of the four dtypes, bound once: the build fixes the BLAS.
var (
	gemmFloat32 = blasGemm(blasKernels[float32]{
		gemm: func(tA, tB gblas.Transpose, m, n, k int, a []float32, lda int, b []float32, ldb int, c []float32, ldc int) {
			blas.Float32().Sgemm(tA, tB, m, n, k, 1, a, lda, b, ldb, 0, c, ldc)
		},
		gemv: func(tA gblas.Transpose, m, n int, a []float32, lda int, x []float32, incX int, y []float32, incY int) {
			if !rowGemv(tA, m, n, a, lda, x, incX, y, incY) {
				blas.Float32().Sgemv(tA, m, n, 1, a, lda, x, incX, 0, y, incY)
			}
		},
		syrk: func(tA gblas.Transpose, n, k int, a []float32, lda int, c []float32, ldc int) {
			blas.Float32().Ssyrk(gblas.Upper, tA, n, k, 1, a, lda, 0, c, ldc)
		},
	})
	gemmFloat64 = blasGemm(blasKernels[float64]{
		gemm: func(tA, tB gblas.Transpose, m, n, k int, a []float64, lda int, b []float64, ldb int, c []float64, ldc int) {
			blas.Float64().Dgemm(tA, tB, m, n, k, 1, a, lda, b, ldb, 0, c, ldc)
		},
		gemv: func(tA gblas.Transpose, m, n int, a []float64, lda int, x []float64, incX int, y []float64, incY int) {
			if !rowGemv(tA, m, n, a, lda, x, incX, y, incY) {
				blas.Float64().Dgemv(tA, m, n, 1, a, lda, x, incX, 0, y, incY)
			}
		},
		syrk: func(tA gblas.Transpose, n, k int, a []float64, lda int, c []float64, ldc int) {
			blas.Float64().Dsyrk(gblas.Upper, tA, n, k, 1, a, lda, 0, c, ldc)
		},
	})
	gemmComplex64 = blasGemm(blasKernels[complex64]{
		gemm: func(tA, tB gblas.Transpose, m, n, k int, a []complex64, lda int, b []complex64, ldb int, c []complex64, ldc int) {
			blas.Complex64().Cgemm(tA, tB, m, n, k, 1, a, lda, b, ldb, 0, c, ldc)
		},
		gemv: func(tA gblas.Transpose, m, n int, a []complex64, lda int, x []complex64, incX int, y []complex64, incY int) {
			blas.Complex64().Cgemv(tA, m, n, 1, a, lda, x, incX, 0, y, incY)
		},
		syrk: func(tA gblas.Transpose, n, k int, a []complex64, lda int, c []complex64, ldc int) {
			blas.Complex64().Csyrk(gblas.Upper, tA, n, k, 1, a, lda, 0, c, ldc)
		},
	})
	gemmComplex128 = blasGemm(blasKernels[complex128]{
		gemm: func(tA, tB gblas.Transpose, m, n, k int, a []complex128, lda int, b []complex128, ldb int, c []complex128, ldc int) {
			blas.Complex128().Zgemm(tA, tB, m, n, k, 1, a, lda, b, ldb, 0, c, ldc)
		},
		gemv: func(tA gblas.Transpose, m, n int, a []complex128, lda int, x []complex128, incX int, y []complex128, incY int) {
			blas.Complex128().Zgemv(tA, m, n, 1, a, lda, x, incX, 0, y, incY)
		},
		syrk: func(tA gblas.Transpose, n, k int, a []complex128, lda int, c []complex128, ldc int) {
			blas.Complex128().Zsyrk(gblas.Upper, tA, n, k, 1, a, lda, 0, c, ldc)
		},
	})
)

// blasKernels are one dtype's BLAS routines with alpha = 1 and beta = 0;
// syrk writes the upper triangle of c = a·aᵀ (tA NoTrans) or aᵀ·a (Trans).
type blasKernels[T float32 | float64 | complex64 | complex128] struct {
	gemm func(tA, tB gblas.Transpose, m, n, k int, a []T, lda int, b []T, ldb int, c []T, ldc int)
	gemv func(tA gblas.Transpose, m, n int, a []T, lda int, x []T, incX int, y []T, incY int)
	syrk func(tA gblas.Transpose, n, k int, a []T, lda int, c []T, ldc int)
}

// blasGemm returns the gemmFunc that hands products to k. a and b must be
// BLAS layouts (see blasLayout); c must be one, untransposed or transposed.
// Tiny products and empty ones stay in Go; matrix-vector products go to gemv;
// a matrix times its own transpose (a.T() @ a, a @ a.T()) goes to syrk, as
// NumPy's matmul does: it computes one triangle, half the multiply-adds of
// gemm, and the result is exactly symmetric.
func blasGemm[T float32 | float64 | complex64 | complex128](k blasKernels[T]) gemmFunc[T] {
	return func(a, b, c matrix[T]) {
		m, n, kk := a.rows, b.cols, a.cols
		if gemmHook != nil {
			gemmHook(m, n, kk, 1)
		}
		switch work := m * n * kk; {
		case work <= tinyGemm:
			goGemm(a, b, c)
			return
		case work > splitGemm && m > 1 && n > 4 && midKernel[T](m, n, kk) && !isTranspose(a, b) && gemmRows(a, b, c):
			return
		case work <= smallGemm && !isTranspose(a, b) && gemmBatch(a, b, c, 1, 0, 0, 0, nil, false):
			return
		}
		if tC, _, _ := blasLayout(c); tC == gblas.Trans {
			a, b, c = b.t(), a.t(), c.t() // cᵀ = bᵀ·aᵀ
		}
		tA, lda, _ := blasLayout(a)
		tB, ldb, _ := blasLayout(b)
		_, ldc, _ := blasLayout(c)
		if c.cols == 1 || c.rows == 1 {
			// c may be uninitialized memory, and a gemv with beta 0 may
			// compute 0*y (NaN for a NaN there) instead of storing 0.
			for i := range c.rows {
				for j := range c.cols {
					c.data[c.off+i*c.rs+j*c.cs] = 0
				}
			}
		}
		switch {
		case c.cols == 1: // c = a·x
			k.gemv(tA, stored(a, tA), stored(a.t(), tA), a.data[a.off:], lda,
				b.data[b.off:], vecStride(b.rows, b.rs), c.data[c.off:], vecStride(c.rows, c.rs))
		case c.rows == 1: // cᵀ = bᵀ·aᵀ
			k.gemv(flip(tB), stored(b, tB), stored(b.t(), tB), b.data[b.off:], ldb,
				a.data[a.off:], vecStride(a.cols, a.cs), c.data[c.off:], vecStride(c.cols, c.cs))
		case isTranspose(a, b):
			if syrkHook != nil {
				syrkHook(c.rows, a.cols)
			}
			k.syrk(tA, c.rows, a.cols, a.data[a.off:], lda, c.data[c.off:], ldc)
			mirrorUpper(c.data[c.off:], ldc, c.rows)
		default:
			k.gemm(tA, tB, c.rows, c.cols, a.cols, a.data[a.off:], lda, b.data[b.off:], ldb, c.data[c.off:], ldc)
		}
	}
}

// isTranspose reports whether b is a's transpose in a's own memory, as
// NumPy tests it before calling syrk: the same first element and swapped
// strides.
func isTranspose[T ndarray.Dtype](a, b matrix[T]) bool {
	return a.rows == b.cols && a.cols == b.rows && a.rs == b.cs && a.cs == b.rs && a.off == b.off &&
		unsafe.SliceData(a.data) == unsafe.SliceData(b.data)
}

// blasLayout returns the transpose flag and leading dimension with which a
// row-major BLAS reads m as stored, and ok false if no flag fits: BLAS needs
// unit stride along one axis and a leading dimension at least the length of
// the other.
func blasLayout[T ndarray.Dtype](m matrix[T]) (t gblas.Transpose, ld int, ok bool) {
	switch {
	case m.cs == 1 || m.cols <= 1:
		ld = m.cols
		if m.rows > 1 {
			ld = m.rs
		}
		return gblas.NoTrans, max(ld, 1), ld >= m.cols
	case m.rs == 1 || m.rows <= 1:
		ld = m.rows
		if m.cols > 1 {
			ld = m.cs
		}
		return gblas.Trans, max(ld, 1), ld >= m.rows
	}
	return gblas.NoTrans, 0, false
}

// stored returns the number of rows of m as stored in memory when BLAS reads
// it with flag t; stored(m.t(), t) is the number of columns.
func stored[T ndarray.Dtype](m matrix[T], t gblas.Transpose) int {
	if t == gblas.Trans {
		return m.cols
	}
	return m.rows
}

func flip(t gblas.Transpose) gblas.Transpose {
	if t == gblas.Trans {
		return gblas.NoTrans
	}
	return gblas.Trans
}

// vecStride returns the BLAS increment of a vector of n elements s apart:
// BLAS rejects 0, which a length-1 axis may carry.
func vecStride(n, s int) int {
	if n <= 1 {
		return 1
	}
	return s
}

// Blocking of the Go kernel: a kBlock×nBlock panel of b (128 KiB of
// float64) stays in L2 cache while every pair of rows of a passes over it.
const (
	kBlock = 64
	nBlock = 256
)

// packMax is the largest block of a or b, in elements, that goGemm packs
// into a buffer on the stack instead of the heap.
const packMax = 256

// goGemm is the Go product kernel, for integer dtypes (whose sums wrap
// around as NumPy's do) and for small float and complex products, for which
// it beats a cgo call. It writes c with any strides. It reads a and b by
// rows: a block of either whose rows are not unit-stride is first packed
// into a row-major buffer (O(k·n) work beside the O(m·n·k) product).
// Blocking over k and j keeps a panel of b in cache, and a 2×4 tile of
// sums in registers (mulTile) does the arithmetic. Tiny products (m·n·k at
// most tinyGemm) whose rows are all unit-stride skip all that (mulTiny).
func goGemm[T ndarray.Number](a, b, c matrix[T]) {
	m, n, k := a.rows, b.cols, a.cols
	switch work := m * n * k; {
	case k == 0:
		for i := range m {
			for j := range n {
				c.data[c.off+i*c.rs+j*c.cs] = 0
			}
		}
	case 0 < work && work <= tinyGemm && (a.cs == 1 || k == 1) && (b.cs == 1 || n == 1) && (c.cs == 1 || n == 1):
		mulTiny(a, b, c)
	default:
		gemmBlocks(a, b, c)
	}
}

// gemmBlocks runs goGemm's blocked loops, packing blocks of a and b whose
// rows are not unit-stride into buffers on the stack when they fit, else
// into the heap. The buffers (4 KiB of float64) are declared here, not in
// goGemm, so that a tiny product (mulTiny) does not set up their frame: a
// 4×4×4 float64 product through goGemm took 39 ns of thread CPU time
// against 44 with them in goGemm (the 2-core test machine, min of 3).
func gemmBlocks[T ndarray.Number](a, b, c matrix[T]) {
	m, n, k := a.rows, b.cols, a.cols
	var stackA, stackB, heapA, heapB []T
	if (a.cs != 1 && k > 1) || (b.cs != 1 && n > 1) {
		// Declared only here: Go zeroes the arrays on every call that
		// declares them.
		var bufA, bufB [packMax]T
		stackA, stackB = bufA[:], bufB[:]
	}
	for j0 := 0; j0 < n; j0 += nBlock {
		nb := min(nBlock, n-j0)
		for p0 := 0; p0 < k; p0 += kBlock {
			kb := min(kBlock, k-p0)
			ab := matrix[T]{data: a.data, off: a.off + p0*a.cs, rows: m, cols: kb, rs: a.rs, cs: a.cs}
			if ab.cs != 1 && kb > 1 {
				ab = ab.packed(stackA, &heapA)
			}
			bb := matrix[T]{data: b.data, off: b.off + p0*b.rs + j0*b.cs, rows: kb, cols: nb, rs: b.rs, cs: b.cs}
			if bb.cs != 1 && nb > 1 {
				bb = bb.packed(stackB, &heapB)
			}
			cb := matrix[T]{data: c.data, off: c.off + j0*c.cs, rows: m, cols: nb, rs: c.rs, cs: c.cs}
			mulTile(ab, bb, cb, p0 > 0)
		}
	}
}

// packed returns a row-major copy of m in stack if it fits, else in *heap
// (grown as needed).
func (m matrix[T]) packed(stack []T, heap *[]T) matrix[T] {
	buf := stack
	if m.rows*m.cols > len(stack) {
		*heap = slices.Grow((*heap)[:0], m.rows*m.cols)
		buf = *heap
	}
	return matrix[T]{data: m.dense(buf, false), rows: m.rows, cols: m.cols, rs: m.cols, cs: 1}
}

// mulTile computes c = a·b, or c += a·b if acc, for a and b whose rows are
// unit-stride (or one column long). Each step of its inner loop loads two
// elements of a and four of b and does eight multiply-adds into sums held
// in registers: 14 values, within amd64's 16 floating-point registers. The
// sums run over p in order, as the BLAS's reference loop does.
func mulTile[T ndarray.Number](a, b, c matrix[T], acc bool) {
	m, n, k := a.rows, b.cols, a.cols
	bd := b.data
	i := 0
	for ; i+2 <= m; i += 2 {
		a0 := a.data[a.off+i*a.rs:][:k]
		a1 := a.data[a.off+(i+1)*a.rs:][:len(a0)]
		j := 0
		for ; j+4 <= n; j += 4 {
			var c00, c01, c02, c03, c10, c11, c12, c13 T
			q := b.off + j
			for p, x0 := range a0 {
				x1 := a1[p]
				r := bd[q : q+4 : q+4]
				c00 += x0 * r[0]
				c01 += x0 * r[1]
				c02 += x0 * r[2]
				c03 += x0 * r[3]
				c10 += x1 * r[0]
				c11 += x1 * r[1]
				c12 += x1 * r[2]
				c13 += x1 * r[3]
				q += b.rs
			}
			put(c, i, j, c00, acc)
			put(c, i, j+1, c01, acc)
			put(c, i, j+2, c02, acc)
			put(c, i, j+3, c03, acc)
			put(c, i+1, j, c10, acc)
			put(c, i+1, j+1, c11, acc)
			put(c, i+1, j+2, c12, acc)
			put(c, i+1, j+3, c13, acc)
		}
		for ; j < n; j++ {
			var c0, c1 T
			q := b.off + j
			for p, x0 := range a0 {
				v := bd[q]
				c0 += x0 * v
				c1 += a1[p] * v
				q += b.rs
			}
			put(c, i, j, c0, acc)
			put(c, i+1, j, c1, acc)
		}
	}
	if i == m {
		return
	}
	a0 := a.data[a.off+i*a.rs:][:k]
	j := 0
	for ; j+4 <= n; j += 4 {
		c0, c1, c2, c3 := dot4(a0, bd, b.off+j, b.rs)
		put(c, i, j, c0, acc)
		put(c, i, j+1, c1, acc)
		put(c, i, j+2, c2, acc)
		put(c, i, j+3, c3, acc)
	}
	for ; j < n; j++ {
		put(c, i, j, dot1(a0, bd, b.off+j, b.rs), acc)
	}
}

// dot4 returns the sums over p of x[p]·bd[q+p·rs+j] for j = 0 to 3, each
// in order of p: one row of a times four columns of b.
func dot4[T ndarray.Number](x, bd []T, q, rs int) (s0, s1, s2, s3 T) {
	for _, v := range x {
		r := bd[q : q+4 : q+4]
		s0 += v * r[0]
		s1 += v * r[1]
		s2 += v * r[2]
		s3 += v * r[3]
		q += rs
	}
	return s0, s1, s2, s3
}

// dot1 returns the sum over p of x[p]·bd[q+p·rs], in order of p.
func dot1[T ndarray.Number](x, bd []T, q, rs int) T {
	var s T
	for _, v := range x {
		s += v * bd[q]
		q += rs
	}
	return s
}

// mulTiny computes c = a·b for goGemm's tiny products (m·n·k at most
// tinyGemm) whose rows are all unit-stride, without mulTile's blocking,
// packing and per-element test of acc: it keeps four sums of a row of c in
// registers and stores them straight into c. The sums run over p in
// order, as mulTile's do, so the result is the same. Measured as thread
// CPU time on the 2-core test machine (min of 3), n×n×n float64 for n = 2,
// 3, 4 takes 15, 31, 34 ns in it against 39, 63, 85 ns in gemmBlocks; a
// 2×4 tile as mulTile's took 30 ns at n = 4, not worth its extra loops.
func mulTiny[T ndarray.Number](a, b, c matrix[T]) {
	m, n, k := a.rows, b.cols, a.cols
	bd := b.data
	for i := range m {
		ar := a.data[a.off+i*a.rs:][:k]
		cr := c.data[c.off+i*c.rs:][:n]
		j := 0
		for ; j+4 <= n; j += 4 {
			w := cr[j : j+4 : j+4]
			w[0], w[1], w[2], w[3] = dot4(ar, bd, b.off+j, b.rs)
		}
		for ; j < n; j++ {
			cr[j] = dot1(ar, bd, b.off+j, b.rs)
		}
	}
}

// put stores v in element (i, j) of m, or adds it if acc.
func put[T ndarray.Number](m matrix[T], i, j int, v T, acc bool) {
	e := &m.data[m.off+i*m.rs+j*m.cs]
	if acc {
		v += *e
	}
	*e = v
}
