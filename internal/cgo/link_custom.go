//go:build cgo && !purego && customblas

package cgo

// Under -tags customblas this package names no library: CGO_LDFLAGS must list
// a CBLAS and a LAPACKE, for example
//
//	CGO_LDFLAGS="-lmkl_rt" go build -tags customblas ./...
//
// openblas.go then references the openblas_* functions weakly, so the binary
// links against any CBLAS and reports OpenBLAS only if it finds it at run time.

// BLASLink names the BLAS library the build links by default: "openblas"
// normally, "cblas" here, where CGO_LDFLAGS chooses the library.
const BLASLink = "cblas"
