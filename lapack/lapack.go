package lapack

import (
	glapack "gonum.org/v1/gonum/lapack"
)

// Float64 returns the double-precision real LAPACK of this build.
func Float64() glapack.Float64 { return implementation{} }

// Backend names the LAPACK this build runs: "lapacke" followed by the BLAS
// in parentheses under cgo (e.g. "lapacke (openblas 0.3.21)"), "gonum" in a
// pure-Go build.
func Backend() string { return backend() }
