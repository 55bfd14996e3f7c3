// Package blas is the one place in numgo that chooses the BLAS.
//
// Float32, Float64, Complex64 and Complex128 return gonum's BLAS interfaces
// (gonum.org/v1/gonum/blas), implemented according to the build:
//
//	build                             implementation                      Backend()
//	default, cgo on                   OpenBLAS via gonum.org/v1/netlib    "openblas 0.3.21"
//	-tags customblas, cgo on          the CBLAS named in CGO_LDFLAGS      "openblas X.Y.Z" or "cblas"
//	CGO_ENABLED=0 or -tags purego     gonum.org/v1/gonum/blas/gonum       "gonum"
//
// The calls follow gonum's conventions: row-major storage, leading dimensions
// in elements, and a panic for arguments the BLAS standard rejects. Every
// implementation is safe for concurrent use.
//
// Beside them the package has numgo's own C kernels for what a BLAS call
// does badly, with a pure-Go build reporting that it has none: GemmBatch
// and GemmStrided for stacks of small matrix products, and Gemv for
// matrix-vector products in calls short enough to split over goroutines.
package blas
