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

// The batched kernels, never called without cgo.
var (
	gemmBatch64 func(count, m, n, k int, a []float64, ars, acs, sa int, b []float64, brs, sb int, c []float64, crs, sc int, offs []int)
	gemmBatch32 func(count, m, n, k int, a []float32, ars, acs, sa int, b []float32, brs, sb int, c []float32, crs, sc int, offs []int)
)

// gemmBatchWide reports that this build has no wide kernel.
func gemmBatchWide() bool { return false }
