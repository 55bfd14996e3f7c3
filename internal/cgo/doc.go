//go:build cgo && !purego

// Package cgo is the C glue that numgo's backend packages share: the linker
// flags for OpenBLAS, LAPACKE and SLEEF, OpenBLAS's version string and thread
// control, (under -tags fftw) the FFTW binding, and numgo's own C kernels:
// SLEEF's vector math over whole runs (with numgo's own AVX-512 exp, log,
// sin, cos and tanh), element-wise arithmetic, comparisons and reductions,
// batched small matrix products and matrix-vector products.
//
// It is the only package of the module with #cgo directives, and it is built
// only when cgo is on and the purego tag is off; every file carries that
// constraint. Only blas, lapack and fft import it, each from its
// cgo-side backend file, so a pure-Go build never sees it and needs no C
// compiler.
//
// The BLAS and LAPACK entry points themselves come from
// gonum.org/v1/netlib, whose cgo packages bring their own copies of cblas.h and
// lapacke.h but no #cgo LDFLAGS: a program importing them links only if some
// package names the libraries. link.go is that package-wide declaration, so
// that `go build` on Debian or Ubuntu needs no CGO_LDFLAGS. Building with
// -tags customblas drops those -l flags and leaves the choice of CBLAS and
// LAPACKE library to CGO_LDFLAGS (MKL, BLIS, a self-built OpenBLAS, ...).
package cgo
