package blas

import "fmt"

// Gemv sets y[i*incY] = Σ_p a[i*lda+p]·x[p] for i < m and p < k: the
// product y = A·x of the m×k row-major matrix A with leading dimension lda
// and a unit-stride x, as Dgemv(NoTrans, m, k, 1, a, lda, x, 1, 0, y,
// incY) computes it. It runs a kernel of 512-bit vectors that reads A
// once, and reports true, where the build and the CPU have one (HasGemv:
// the cgo build on a CPU with AVX-512F); elsewhere it does nothing and
// reports false, and the caller calls the BLAS. One call is one C call:
// for a large A, callers split the rows over goroutines so that each call
// stays short (see internal/cgo's gemv.go for why). Whether the kernel
// beats the BLAS's gemv is the caller's call: linalg uses it where
// GemmBatchWide holds, as for GemmBatch's kernel.
//
// Gemv panics if m or k is below 1, lda is below k, incY is below 1, or an
// element lies outside its slice, in every build.
func Gemv[T float32 | float64](m, k int, a []T, lda int, x, y []T, incY int) bool {
	if m < 1 || k < 1 || lda < k || incY < 1 || (m-1)*lda+k > len(a) || k > len(x) || (m-1)*incY >= len(y) {
		panic(fmt.Sprintf("blas: Gemv: bad arguments m=%d k=%d lda=%d incY=%d for slices of %d, %d, %d",
			m, k, lda, incY, len(a), len(x), len(y)))
	}
	if !HasGemv() {
		return false
	}
	gemv(m, k, a, lda, x, y, incY)
	return true
}

// HasGemv reports whether Gemv has a kernel here.
func HasGemv() bool { return haveGemv() }
