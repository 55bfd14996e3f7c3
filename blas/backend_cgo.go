//go:build cgo && !purego

package blas

import (
	gblas "gonum.org/v1/gonum/blas"
	"gonum.org/v1/netlib/blas/netlib"

	"github.com/numgo/numgo/internal/cgo"
)

// implementation calls the C BLAS through netlib's cgo bindings; internal/cgo
// links OpenBLAS (or, under -tags customblas, leaves the choice to CGO_LDFLAGS).
type implementation = netlib.Implementation

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

var (
	gemmBatch64 = cgo.GemmBatch64
	gemmBatch32 = cgo.GemmBatch32
)
