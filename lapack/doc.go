// Package lapack is the one place in numgo that chooses the LAPACK.
//
// Float64 returns gonum's LAPACK interface (gonum.org/v1/gonum/lapack),
// implemented according to the build:
//
//	build                             implementation                              Backend()
//	default, cgo on                   LAPACKE via gonum.org/v1/netlib/lapack      "lapacke (openblas 0.3.21)"
//	CGO_ENABLED=0 or -tags purego     gonum.org/v1/gonum/lapack/gonum             "gonum"
//
// Under cgo, LAPACKE (liblapacke) calls the LAPACK that the system provides;
// on Debian and Ubuntu with libopenblas-dev installed that is OpenBLAS's, and
// the parenthesis names the BLAS the build links (see numgo's blas.Backend).
//
// Complex and single-precision routines that gonum lacks will get a pure-Go
// path here, so that every build offers the same set.
package lapack
