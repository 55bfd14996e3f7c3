//go:build !cgo || purego

package vmath

// Backend names the SIMD library: none in the pure-Go build.
const Backend = "go"

// Kernels reports whether the SIMD kernels run here: never in the pure-Go
// build.
func Kernels() bool { return false }

func applyRows[T float32 | float64](Func, int, int, Strided[T], Strided[T], bool) bool { return false }

func binaryRows[T float32 | float64](Op, int, int, Strided[T], Strided[T], Strided[T], bool) bool {
	return false
}
func compareRows[T float32 | float64](Cmp, int, int, Strided[bool], Strided[T], Strided[T], bool) bool {
	return false
}

func narrow([]float32, []float64) bool { return false }
func widen([]float64, []float32) bool  { return false }

func sum64([]float64) (float64, bool)                                   { return 0, false }
func sum32([]float32) (float32, bool)                                   { return 0, false }
func sumSq64([]float64, float64) (float64, bool)                        { return 0, false }
func sumSq32([]float32, float32) (float32, bool)                        { return 0, false }
func rows64(RowOp, []float64, []float64, int, int) bool                 { return false }
func rows32(RowOp, []float32, []float32, int, int) bool                 { return false }
func reduceRows64(RowOp, []float64, int, []float64, int, int, int) bool { return false }
func reduceRows32(RowOp, []float32, int, []float32, int, int, int) bool { return false }
func arg64(bool, []float64) (int, bool)                                 { return 0, false }
func arg32(bool, []float32) (int, bool)                                 { return 0, false }
func extreme64(bool, []float64) (float64, bool, bool)                   { return 0, false, false }
func extreme32(bool, []float32) (float32, bool, bool)                   { return 0, false, false }
