//go:build cgo && !purego

package lapack

import (
	glapack "gonum.org/v1/gonum/lapack"
	"gonum.org/v1/netlib/lapack/netlib"

	"github.com/numgo/numgo/blas"
	"github.com/numgo/numgo/internal/cgo"
)

// implementation calls LAPACKE through netlib's cgo bindings; numgo's
// internal/cgo, imported by blas, links liblapacke.
type implementation = netlib.Implementation

// backendName is the LAPACK interface this build calls.
const backendName = "lapacke"

var _ glapack.Float64 = implementation{}

func backend() string { return backendName + " (" + blas.Backend() + ")" }

// drivers calls LAPACKE's high-level drivers directly.
type drivers = cgo.LAPACKE

var (
	_ Drivers        = drivers{}
	_ ComplexDrivers = drivers{}
)
