//go:build !cgo || purego

package blas

import (
	"runtime"
	"sync/atomic"

	gblas "gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// implementation is gonum's pure-Go BLAS.
type implementation = gonum.Implementation

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
