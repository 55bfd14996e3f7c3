//go:build cgo && !purego

package blas

import (
	gblas "gonum.org/v1/gonum/blas"
	"gonum.org/v1/netlib/blas/netlib"

	"github.com/numgo/numgo/internal/cgo"
)

// implementation calls the C BLAS through netlib's cgo bindings; internal/cgo
// links OpenBLAS (or, under -tags customblas, leaves the choice to
// CGO_LDFLAGS). Its matrix products (gemm, gemv, syrk) and dot products
// large enough for OpenBLAS to thread wait while a LAPACK call runs
// OpenBLAS on one thread (see internal/cgo's threads.go), so that they
// always run on the count of SetNumThreads.
type implementation struct{ netlib.Implementation }

// backendName is the BLAS family this build links: "openblas", or "cblas"
// under -tags customblas.
const backendName = cgo.BLASLink

var (
	_ gblas.Float32    = implementation{}
	_ gblas.Float64    = implementation{}
	_ gblas.Complex64  = implementation{}
	_ gblas.Complex128 = implementation{}
)

func backend() string     { return cgo.BLASBackend() }
func setNumThreads(n int) { cgo.SetNumThreads(n) }
func numThreads() int     { return cgo.NumThreads() }

// haveGemmBatch tells GemmBatch that this build has a batched kernel.
const haveGemmBatch = true

// gemmBatchWide and gemmBatchComplex are internal/cgo's.
var (
	gemmBatchWide    = cgo.GemmBatchWide
	gemmBatchComplex = cgo.GemmBatchComplex
)

// haveGemv and gemv are internal/cgo's.
func haveGemv() bool { return cgo.HasGemv() }

func gemv[T float32 | float64](m, k int, a []T, lda int, x, y []T, incY int) {
	cgo.Gemv(m, k, a, lda, x, y, incY)
}

// gemmBatch hands a checked batch to internal/cgo's kernels.
func gemmBatch[T Scalar](count, m, n, k int, a []T, ars, acs, sa int, b []T, brs, bcs, sb int, c []T, crs, sc int, offs []int, stream bool) {
	cgo.GemmBatch(count, m, n, k, a, ars, acs, sa, b, brs, bcs, sb, c, crs, sc, offs, stream)
}

func (i implementation) Sgemm(tA, tB gblas.Transpose, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	defer cgo.EnterThreaded(m * n * k)()
	i.Implementation.Sgemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

func (i implementation) Sgemv(tA gblas.Transpose, m, n int, alpha float32, a []float32, lda int, x []float32, incX int, beta float32, y []float32, incY int) {
	defer cgo.EnterThreaded(m * n)()
	i.Implementation.Sgemv(tA, m, n, alpha, a, lda, x, incX, beta, y, incY)
}

func (i implementation) Dgemm(tA, tB gblas.Transpose, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	defer cgo.EnterThreaded(m * n * k)()
	i.Implementation.Dgemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

func (i implementation) Dgemv(tA gblas.Transpose, m, n int, alpha float64, a []float64, lda int, x []float64, incX int, beta float64, y []float64, incY int) {
	defer cgo.EnterThreaded(m * n)()
	i.Implementation.Dgemv(tA, m, n, alpha, a, lda, x, incX, beta, y, incY)
}

func (i implementation) Cgemm(tA, tB gblas.Transpose, m, n, k int, alpha complex64, a []complex64, lda int, b []complex64, ldb int, beta complex64, c []complex64, ldc int) {
	defer cgo.EnterThreaded(m * n * k)()
	i.Implementation.Cgemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

func (i implementation) Cgemv(tA gblas.Transpose, m, n int, alpha complex64, a []complex64, lda int, x []complex64, incX int, beta complex64, y []complex64, incY int) {
	defer cgo.EnterThreaded(m * n)()
	i.Implementation.Cgemv(tA, m, n, alpha, a, lda, x, incX, beta, y, incY)
}

func (i implementation) Zgemm(tA, tB gblas.Transpose, m, n, k int, alpha complex128, a []complex128, lda int, b []complex128, ldb int, beta complex128, c []complex128, ldc int) {
	defer cgo.EnterThreaded(m * n * k)()
	i.Implementation.Zgemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

func (i implementation) Zgemv(tA gblas.Transpose, m, n int, alpha complex128, a []complex128, lda int, x []complex128, incX int, beta complex128, y []complex128, incY int) {
	defer cgo.EnterThreaded(m * n)()
	i.Implementation.Zgemv(tA, m, n, alpha, a, lda, x, incX, beta, y, incY)
}

func (i implementation) Ssyrk(ul gblas.Uplo, t gblas.Transpose, n, k int, alpha float32, a []float32, lda int, beta float32, c []float32, ldc int) {
	defer cgo.EnterThreaded(n * n * k)()
	i.Implementation.Ssyrk(ul, t, n, k, alpha, a, lda, beta, c, ldc)
}

func (i implementation) Dsyrk(ul gblas.Uplo, t gblas.Transpose, n, k int, alpha float64, a []float64, lda int, beta float64, c []float64, ldc int) {
	defer cgo.EnterThreaded(n * n * k)()
	i.Implementation.Dsyrk(ul, t, n, k, alpha, a, lda, beta, c, ldc)
}

func (i implementation) Csyrk(ul gblas.Uplo, t gblas.Transpose, n, k int, alpha complex64, a []complex64, lda int, beta complex64, c []complex64, ldc int) {
	defer cgo.EnterThreaded(n * n * k)()
	i.Implementation.Csyrk(ul, t, n, k, alpha, a, lda, beta, c, ldc)
}

func (i implementation) Zsyrk(ul gblas.Uplo, t gblas.Transpose, n, k int, alpha complex128, a []complex128, lda int, beta complex128, c []complex128, ldc int) {
	defer cgo.EnterThreaded(n * n * k)()
	i.Implementation.Zsyrk(ul, t, n, k, alpha, a, lda, beta, c, ldc)
}

func (i implementation) Sdot(n int, x []float32, incX int, y []float32, incY int) float32 {
	defer cgo.EnterThreaded(n)()
	return i.Implementation.Sdot(n, x, incX, y, incY)
}

func (i implementation) Ddot(n int, x []float64, incX int, y []float64, incY int) float64 {
	defer cgo.EnterThreaded(n)()
	return i.Implementation.Ddot(n, x, incX, y, incY)
}

func (i implementation) Cdotu(n int, x []complex64, incX int, y []complex64, incY int) complex64 {
	defer cgo.EnterThreaded(n)()
	return i.Implementation.Cdotu(n, x, incX, y, incY)
}

func (i implementation) Cdotc(n int, x []complex64, incX int, y []complex64, incY int) complex64 {
	defer cgo.EnterThreaded(n)()
	return i.Implementation.Cdotc(n, x, incX, y, incY)
}

func (i implementation) Zdotu(n int, x []complex128, incX int, y []complex128, incY int) complex128 {
	defer cgo.EnterThreaded(n)()
	return i.Implementation.Zdotu(n, x, incX, y, incY)
}

func (i implementation) Zdotc(n int, x []complex128, incX int, y []complex128, incY int) complex128 {
	defer cgo.EnterThreaded(n)()
	return i.Implementation.Zdotc(n, x, incX, y, incY)
}
