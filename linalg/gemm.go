package linalg

import (
	gblas "gonum.org/v1/gonum/blas"

	"github.com/numgo/numgo/blas"
	"github.com/numgo/numgo/ndarray"
)

// gemmFunc computes c = a·b for one matrix product, a m×k, b k×n and c m×n,
// overwriting c. c must not overlap a or b.
type gemmFunc[T ndarray.Number] func(a, b, c matrix[T])

// tinyGemm is the largest m*n*k for which a product runs in the Go kernel
// even when T has a BLAS: below it the cgo call and OpenBLAS's set-up cost
// more than the arithmetic. Measured in CPU time per float64 product on
// this project's machines: 4×4×4 takes 80 ns in Go and 170 ns through
// dgemm, 8×8×8 450 ns in Go and 230 ns through dgemm; the two meet near
// 5×5×6.
const tinyGemm = 150

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
			blas.Float32().Sgemv(tA, m, n, 1, a, lda, x, incX, 0, y, incY)
		},
	})
	gemmFloat64 = blasGemm(blasKernels[float64]{
		gemm: func(tA, tB gblas.Transpose, m, n, k int, a []float64, lda int, b []float64, ldb int, c []float64, ldc int) {
			blas.Float64().Dgemm(tA, tB, m, n, k, 1, a, lda, b, ldb, 0, c, ldc)
		},
		gemv: func(tA gblas.Transpose, m, n int, a []float64, lda int, x []float64, incX int, y []float64, incY int) {
			blas.Float64().Dgemv(tA, m, n, 1, a, lda, x, incX, 0, y, incY)
		},
	})
	gemmComplex64 = blasGemm(blasKernels[complex64]{
		gemm: func(tA, tB gblas.Transpose, m, n, k int, a []complex64, lda int, b []complex64, ldb int, c []complex64, ldc int) {
			blas.Complex64().Cgemm(tA, tB, m, n, k, 1, a, lda, b, ldb, 0, c, ldc)
		},
		gemv: func(tA gblas.Transpose, m, n int, a []complex64, lda int, x []complex64, incX int, y []complex64, incY int) {
			blas.Complex64().Cgemv(tA, m, n, 1, a, lda, x, incX, 0, y, incY)
		},
	})
	gemmComplex128 = blasGemm(blasKernels[complex128]{
		gemm: func(tA, tB gblas.Transpose, m, n, k int, a []complex128, lda int, b []complex128, ldb int, c []complex128, ldc int) {
			blas.Complex128().Zgemm(tA, tB, m, n, k, 1, a, lda, b, ldb, 0, c, ldc)
		},
		gemv: func(tA gblas.Transpose, m, n int, a []complex128, lda int, x []complex128, incX int, y []complex128, incY int) {
			blas.Complex128().Zgemv(tA, m, n, 1, a, lda, x, incX, 0, y, incY)
		},
	})
)

// blasKernels are one dtype's BLAS routines with alpha = 1 and beta = 0.
type blasKernels[T float32 | float64 | complex64 | complex128] struct {
	gemm func(tA, tB gblas.Transpose, m, n, k int, a []T, lda int, b []T, ldb int, c []T, ldc int)
	gemv func(tA gblas.Transpose, m, n int, a []T, lda int, x []T, incX int, y []T, incY int)
}

// blasGemm returns the gemmFunc that hands products to k. a and b must be
// BLAS layouts (see blasLayout); c must be one, untransposed or transposed.
// Tiny products and empty ones stay in Go; matrix-vector products go to gemv.
func blasGemm[T float32 | float64 | complex64 | complex128](k blasKernels[T]) gemmFunc[T] {
	return func(a, b, c matrix[T]) {
		m, n, kk := a.rows, b.cols, a.cols
		if m*n*kk <= tinyGemm {
			goGemm(a, b, c)
			return
		}
		if tC, _, _ := blasLayout(c); tC == gblas.Trans {
			a, b, c = b.t(), a.t(), c.t() // cᵀ = bᵀ·aᵀ
		}
		tA, lda, _ := blasLayout(a)
		tB, ldb, _ := blasLayout(b)
		_, ldc, _ := blasLayout(c)
		switch {
		case c.cols == 1: // c = a·x
			k.gemv(tA, stored(a, tA), stored(a.t(), tA), a.data[a.off:], lda,
				b.data[b.off:], vecStride(b.rows, b.rs), c.data[c.off:], vecStride(c.rows, c.rs))
		case c.rows == 1: // cᵀ = bᵀ·aᵀ
			k.gemv(flip(tB), stored(b, tB), stored(b.t(), tB), b.data[b.off:], ldb,
				a.data[a.off:], vecStride(a.cols, a.cs), c.data[c.off:], vecStride(c.cols, c.cs))
		default:
			k.gemm(tA, tB, c.rows, c.cols, a.cols, a.data[a.off:], lda, b.data[b.off:], ldb, c.data[c.off:], ldc)
		}
	}
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
// float64) stays in L2 cache while every row of a passes over it.
const (
	kBlock = 64
	nBlock = 256
)

// goGemm is the Go product kernel, for integer dtypes (whose sums wrap
// around as NumPy's do) and for tiny float and complex products, for which
// it beats a cgo call. It reads any strides; rows of b and c with unit
// stride take a bounds-check-free inner loop, and blocking over k and j
// keeps a panel of b in cache.
func goGemm[T ndarray.Number](a, b, c matrix[T]) {
	m, n, k := a.rows, b.cols, a.cols
	for i := range m {
		for j := range n {
			c.data[c.off+i*c.rs+j*c.cs] = 0
		}
	}
	for j0 := 0; j0 < n; j0 += nBlock {
		nb := min(nBlock, n-j0)
		for p0 := 0; p0 < k; p0 += kBlock {
			p1 := min(k, p0+kBlock)
			for i := range m {
				ci := c.off + i*c.rs + j0*c.cs
				for p := p0; p < p1; p++ {
					aip := a.data[a.off+i*a.rs+p*a.cs]
					bi := b.off + p*b.rs + j0*b.cs
					if b.cs == 1 && c.cs == 1 {
						axpy(c.data[ci:ci+nb], b.data[bi:bi+nb], aip)
						continue
					}
					for j := range nb {
						c.data[ci+j*c.cs] += aip * b.data[bi+j*b.cs]
					}
				}
			}
		}
	}
}

// axpy adds alpha*x to y, which have the same length.
func axpy[T ndarray.Number](y, x []T, alpha T) {
	x = x[:len(y)]
	for j, v := range x {
		y[j] += alpha * v
	}
}
