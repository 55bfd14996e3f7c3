//go:build !cgo || purego

package vmath

// Backend names the SIMD library: none in the pure-Go build.
const Backend = "go"

func apply64(Func, []float64, []float64) bool { return false }
func apply32(Func, []float32, []float32) bool { return false }
