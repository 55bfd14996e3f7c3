//go:build cgo && !purego && !customblas

package cgo

// The default link: Debian's and Ubuntu's libopenblas-dev and liblapacke-dev.
// OpenBLAS provides the CBLAS symbols that gonum.org/v1/netlib/blas/netlib
// calls, liblapacke the LAPACKE_* symbols of gonum.org/v1/netlib/lapack/lapacke
// (Debian builds OpenBLAS without its bundled LAPACKE). NUMGO_OPENBLAS_LINKED
// makes openblas.go reference openblas_* strongly, so a library that is not
// OpenBLAS fails at link time instead of reporting a wrong backend.

/*
#cgo CFLAGS: -DNUMGO_OPENBLAS_LINKED
#cgo LDFLAGS: -lopenblas -llapacke -lm
*/
import "C"

// BLASLink names the BLAS library the build links by default: "openblas"
// here, "cblas" (whatever CGO_LDFLAGS names) under -tags customblas.
const BLASLink = "openblas"
