//go:build cgo && !purego

package vmath

import "github.com/numgo/numgo/internal/cgo"

// Backend names the SIMD library.
const Backend = "sleef"

func apply64(f Func, dst, src []float64) bool { return cgo.VecMath64(int(f), dst, src) }
func apply32(f Func, dst, src []float32) bool { return cgo.VecMath32(int(f), dst, src) }
