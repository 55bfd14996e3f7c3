// Package vmath applies math functions to long contiguous runs of floats
// with SIMD: SLEEF through cgo in the default build, nothing in the pure-Go
// build, where Apply reports false and callers keep their Go loops. It is
// the only place ndarray learns which backend is built.
package vmath

// Func names a function of one argument. The order is that of the C table
// in internal/cgo/sleef.go.
type Func int

// The functions that have SIMD kernels.
const (
	Exp Func = iota
	Log
	Log10
	Log2
	Exp2
	Expm1
	Log1p
	Sin
	Cos
	Tan
	Asin
	Acos
	Atan
	Sinh
	Cosh
	Tanh
	Asinh
	Acosh
	Atanh
	Cbrt
)

// MinLen is the run length below which a cgo call costs more than it saves.
const MinLen = 16

// Apply computes dst[i] = f(src[i]) for the whole of dst (len(src) ==
// len(dst); dst may be src) and reports whether it did. It does nothing
// and reports false when the backend has no kernel, for runs shorter than
// MinLen, and for element types other than float32 and float64.
func Apply[T any](f Func, dst, src []T) bool {
	if len(dst) < MinLen {
		return false
	}
	switch d := any(dst).(type) {
	case []float64:
		return apply64(f, d, any(src).([]float64))
	case []float32:
		return apply32(f, d, any(src).([]float32))
	}
	return false
}
