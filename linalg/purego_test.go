//go:build !cgo || purego

package linalg

const cgoBuild = false

// haswellKernels is false: there is no OpenBLAS (see cgo_test.go).
const haswellKernels = false

// blasConfig describes the linked BLAS for test logs.
func blasConfig() string { return "gonum" }
