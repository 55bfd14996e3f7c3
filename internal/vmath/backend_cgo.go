//go:build cgo && !purego

package vmath

import "github.com/numgo/numgo/internal/cgo"

// Backend names the SIMD library.
const Backend = "sleef"

// Kernels reports whether the SIMD kernels run here: not on a CPU without
// AVX or one that is not x86-64, where every function reports false.
func Kernels() bool { return cgo.VecOps() }

func applyRows[T float32 | float64](f Func, rows, n int, d, s Strided[T], stream bool) bool {
	return cgo.VecMathRows(int(f), rows, n, cgo.Strided[T](d), cgo.Strided[T](s), stream)
}

func binaryRows[T float32 | float64](op Op, rows, n int, d, a, b Strided[T], stream bool) bool {
	return cgo.VecBinaryRows(int(op), rows, n, cgo.Strided[T](d), cgo.Strided[T](a), cgo.Strided[T](b), stream)
}

func compareRows[T float32 | float64](pred Cmp, rows, n int, d Strided[bool], a, b Strided[T], stream bool) bool {
	return cgo.VecCompareRows(int(pred), rows, n, cgo.Strided[bool](d), cgo.Strided[T](a), cgo.Strided[T](b), stream)
}

func narrow(dst []float32, src []float64) bool { return cgo.VecNarrow(dst, src) }
func widen(dst []float64, src []float32) bool  { return cgo.VecWiden(dst, src) }

func sum64(a []float64) (float64, bool)              { return cgo.VecSum64(a) }
func sum32(a []float32) (float32, bool)              { return cgo.VecSum32(a) }
func sumSq64(a []float64, m float64) (float64, bool) { return cgo.VecSumSq64(a, m) }
func sumSq32(a []float32, m float32) (float32, bool) { return cgo.VecSumSq32(a, m) }
func rows64(op RowOp, d, a []float64, rows, lda int) bool {
	return cgo.VecRows64(int(op), d, a, rows, lda)
}
func rows32(op RowOp, d, a []float32, rows, lda int) bool {
	return cgo.VecRows32(int(op), d, a, rows, lda)
}
func reduceRows64(op RowOp, d []float64, ds int, a []float64, n, rows, lda int) bool {
	return cgo.VecReduce64(int(op), d, ds, a, n, rows, lda)
}
func reduceRows32(op RowOp, d []float32, ds int, a []float32, n, rows, lda int) bool {
	return cgo.VecReduce32(int(op), d, ds, a, n, rows, lda)
}
func arg64(isMax bool, a []float64) (int, bool)               { return cgo.VecArg64(isMax, a) }
func arg32(isMax bool, a []float32) (int, bool)               { return cgo.VecArg32(isMax, a) }
func extreme64(isMax bool, a []float64) (float64, bool, bool) { return cgo.VecExtreme64(isMax, a) }
func extreme32(isMax bool, a []float32) (float32, bool, bool) { return cgo.VecExtreme32(isMax, a) }
