//go:build !cgo || purego

package blas

import (
	"runtime"
	"sync/atomic"

	gblas "gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// implementation is gonum's pure-Go BLAS, with Sgemm and Dgemm that keep
// NaN and infinities.
type implementation struct{ gonum.Implementation }

// Sgemm and Dgemm are gonum's, except where b holds a NaN or an infinity:
// gonum skips the products of a's zeros (a row of b times 0), which would
// drop them where C's BLAS, NumPy's, gives NaN (0·Inf), so such products
// run plainGemm. Checking b costs one pass over it.
func (i implementation) Sgemm(tA, tB gblas.Transpose, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	if finiteMatrix(tB, k, n, b, ldb) {
		i.Implementation.Sgemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
		return
	}
	plainGemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

func (i implementation) Dgemm(tA, tB gblas.Transpose, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	if finiteMatrix(tB, k, n, b, ldb) {
		i.Implementation.Dgemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
		return
	}
	plainGemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

// finiteMatrix reports whether op(b), k×n, holds only finite numbers.
func finiteMatrix[T float32 | float64](tB gblas.Transpose, k, n int, b []T, ldb int) bool {
	rows, cols := k, n
	if tB != gblas.NoTrans {
		rows, cols = n, k
	}
	for r := range rows {
		for _, v := range b[r*ldb : r*ldb+cols] {
			if v-v != 0 { // NaN or ±Inf
				return false
			}
		}
	}
	return true
}

// plainGemm sets c to alpha·op(a)·op(b) + beta·c (c not read where beta is
// 0, as BLAS) by the sum of every product, none skipped.
func plainGemm[T float32 | float64](tA, tB gblas.Transpose, m, n, k int, alpha T, a []T, lda int, b []T, ldb int, beta T, c []T, ldc int) {
	at := func(i, l int) T {
		if tA == gblas.NoTrans {
			return a[i*lda+l]
		}
		return a[l*lda+i]
	}
	bt := func(l, j int) T {
		if tB == gblas.NoTrans {
			return b[l*ldb+j]
		}
		return b[j*ldb+l]
	}
	for i := range m {
		for j := range n {
			var s T
			for l := range k {
				s += at(i, l) * bt(l, j)
			}
			if beta == 0 {
				c[i*ldc+j] = alpha * s
			} else {
				c[i*ldc+j] = alpha*s + beta*c[i*ldc+j]
			}
		}
	}
}

// backendName is the BLAS family this build links.
const backendName = "gonum"

var (
	_ gblas.Float32    = implementation{}
	_ gblas.Float64    = implementation{}
	_ gblas.Complex64  = implementation{}
	_ gblas.Complex128 = implementation{}
)

// threads holds the value given to SetNumThreads; gonum has no thread knob.
var threads atomic.Int64

func backend() string     { return backendName }
func setNumThreads(n int) { threads.Store(int64(n)) }

func numThreads() int {
	if n := threads.Load(); n > 0 {
		return int(n)
	}
	return runtime.GOMAXPROCS(0)
}

// haveGemmBatch tells GemmBatch that this build has no batched kernel.
const haveGemmBatch = false

// gemmBatch is never called without cgo: GemmBatch and GemmStrided report
// false first.
func gemmBatch[T Scalar](count, m, n, k int, a []T, ars, acs, sa int, b []T, brs, bcs, sb int, c []T, crs, sc int, offs []int, stream bool) {
	panic("blas: no batched kernel in a pure-Go build")
}

// gemmBatchWide and gemmBatchComplex report that this build has no
// kernel.
func gemmBatchWide() bool    { return false }
func gemmBatchComplex() bool { return false }

// haveGemv reports that this build has no Gemv kernel.
func haveGemv() bool { return false }

// gemv is never called without cgo: Gemv reports false first.
func gemv[T float32 | float64](m, k int, a []T, lda int, x, y []T, incY int) {
	panic("blas: no gemv kernel in a pure-Go build")
}
