//go:build !cgo || purego

package lapack

import (
	glapack "gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/lapack/gonum"
)

// implementation is gonum's pure-Go LAPACK.
type implementation = gonum.Implementation

// backendName is the LAPACK this build calls.
const backendName = "gonum"

var _ glapack.Float64 = implementation{}

func backend() string { return backendName }

// drivers is gonum's LAPACK behind NumPy's driver set.
type drivers = Gonum
