// Package vmath applies math functions to long contiguous runs of floats
// with SIMD: SLEEF through cgo in the default build, nothing in the pure-Go
// build, where Apply reports false and callers keep their Go loops. It is
// the only place ndarray learns which backend is built.
package vmath

import "unsafe"

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
	Sqrt
)

// MinLen is the run length below which a cgo call costs more than it saves.
const MinLen = 16

// Apply computes dst[i] = f(src[i]) for the whole of dst (len(src) ==
// len(dst); dst may be src) and reports whether it did. It does nothing
// and reports false when the backend has no kernel, for runs shorter than
// MinLen, and for element types other than float32 and float64.
func Apply[T any](f Func, dst, src []T) bool {
	return ApplyRows(f, 1, len(dst), Walk(dst, 1), Walk(src, 1), false)
}

// ApplyRows is Apply over rows runs of n elements, dst and src stepping by
// 1 within a run, in one call of the backend. With stream set it writes dst
// with non-temporal stores, which store whole cache lines to memory
// without first reading them into the caches: for a dst in no cache (an
// array just allocated) that saves reading it, for one in cache it costs
// writing it out; dst must then not overlap src. It reports false for runs
// shorter than MinLen, stacked or not (callers compute those with Go's
// math functions, which can differ from the kernels' in the last bits: a
// run's elements take the same function whether or not the run is
// stacked).
func ApplyRows[T any](f Func, rows, n int, dst, src Strided[T], stream bool) bool {
	if n < MinLen {
		return false
	}
	switch d := any(dst).(type) {
	case Strided[float64]:
		return applyRows(f, rows, n, d, any(src).(Strided[float64]), stream)
	case Strided[float32]:
		return applyRows(f, rows, n, d, any(src).(Strided[float32]), stream)
	}
	return false
}

// Op names an arithmetic operation of Binary. The order is that of the C
// kernels in internal/cgo/vecops.go.
type Op int

// The operations Binary runs with SIMD.
const (
	Add Op = iota
	Sub
	Mul
	Div
	Pow // SLEEF's pow, within 1 ULP
	// NumPy's maximum, minimum, fmax and fmin: of equal operands (0.0 and
	// -0.0) the second.
	Maximum
	Minimum
	FMax
	FMin
)

// MinLenCheap is the run length below which a cgo call costs more than it
// saves for the cheap operations of Binary and the reductions, which Go's loops run
// at about one element per cycle (Apply's functions cost ten times more).
const MinLenCheap = 256

// Binary computes dst[i] = a_i op b_i for the whole of dst and reports
// whether it did. An operand's step says how it walks: 1 forward (a_i =
// a[i]), 0 not at all (a_i = a[0], a broadcast element), -1 backward (a_i =
// a[len(dst)-1-i]: a holds the walk in memory order); RunOf slices it so.
// dst may be a or b. It reports false for runs shorter than MinLenCheap,
// other element types and a backend without kernels.
func Binary[T any](op Op, dst, a []T, as int, b []T, bs int) bool {
	return BinaryRows(op, 1, len(dst), Walk(dst, 1), Walk(a, as), Walk(b, bs), false)
}

// A Strided is an operand of rows runs of n elements (BinaryRows): element
// i of run r is X[Off + r*LD + i*Step].
type Strided[T any] struct {
	X             []T
	Off, LD, Step int
}

// Walk returns the Strided of one run with step s over a, as Binary walks
// its operands.
func Walk[T any](a []T, s int) Strided[T] {
	if s < 0 {
		return Strided[T]{X: a, Off: len(a) - 1, Step: s}
	}
	return Strided[T]{X: a, Step: s}
}

// BinaryRows is Binary over rows runs of n elements, dst stepping by 1 and
// a and b by -1, 0 or 1 within a run; with stream set it writes dst with
// non-temporal stores (see ApplyRows), and then dst must not overlap a or
// b. One call of the backend covers every run, so that the rows of a
// broadcast cost one call and one wait for their streamed stores. It
// reports false for fewer than BinaryMinLen(op) elements in all, for
// several runs shorter than VecBytes, and for Pow's runs shorter than
// MinLen (callers compute those with Go's math.Pow, which can differ from
// the kernel's pow in the last bits: a run's elements take the same
// function whether or not the run is stacked).
func BinaryRows[T any](op Op, rows, n int, dst, a, b Strided[T], stream bool) bool {
	if rows*n < BinaryMinLen(op) || shortRows[T](rows, n) || op == Pow && n < MinLen {
		return false
	}
	switch d := any(dst).(type) {
	case Strided[float64]:
		return binaryRows(op, rows, n, d, any(a).(Strided[float64]), any(b).(Strided[float64]), stream)
	case Strided[float32]:
		return binaryRows(op, rows, n, d, any(a).(Strided[float32]), any(b).(Strided[float32]), stream)
	}
	return false
}

// VecBytes is the size of the backend's vectors. A run shorter than one
// goes through a padded vector, which made stacks of runs of 2 float64
// (Add of a (500000, 2) array and a row) 1.5 times slower than Go's loop
// per run.
const VecBytes = 32

// shortRows reports whether rows runs of n elements of T are several runs
// shorter than VecBytes.
func shortRows[T any](rows, n int) bool {
	return rows > 1 && n*int(unsafe.Sizeof(*new(T))) < VecBytes
}

// BinaryMinLen returns the shortest run Binary runs op on: MinLen for
// Pow, whose kernel costs as much as Apply's functions, MinLenCheap for the
// others. Callers test it first so that a short run costs no call.
func BinaryMinLen(op Op) int {
	if op == Pow {
		return MinLen
	}
	return MinLenCheap
}

// RunOf returns the elements of x that a walk of n elements from x[i]
// with step s (-1, 0 or 1) covers, as Binary and Compare take them.
func RunOf[T any](x []T, i, s, n int) []T {
	if s < 0 {
		return x[i-n+1 : i+1]
	}
	return x[i:]
}

// Cmp names a comparison of Compare. The order is that of the C kernels in
// internal/cgo/vecops.go.
type Cmp int

// The comparisons Compare runs with SIMD. A NaN is unequal to everything,
// as in Go.
const (
	Equal Cmp = iota
	NotEqual
	Less
	LessEqual
	Greater
	GreaterEqual
)

// Compare sets dst[i] = a_i pred b_i for the whole of dst, with operands as
// Binary's, and reports whether it did (as Binary).
func Compare[T any](pred Cmp, dst []bool, a []T, as int, b []T, bs int) bool {
	return CompareRows(pred, 1, len(dst), Walk(dst, 1), Walk(a, as), Walk(b, bs), false)
}

// CompareRows is Compare over rows runs of n elements, as BinaryRows.
func CompareRows[T any](pred Cmp, rows, n int, dst Strided[bool], a, b Strided[T], stream bool) bool {
	if rows*n < MinLenCheap || shortRows[T](rows, n) {
		return false
	}
	switch a := any(a).(type) {
	case Strided[float64]:
		return compareRows(pred, rows, n, dst, a, any(b).(Strided[float64]), stream)
	case Strided[float32]:
		return compareRows(pred, rows, n, dst, a, any(b).(Strided[float32]), stream)
	}
	return false
}

// Convert sets dst[i] = D(src[i]) for the whole of dst (len(src) ==
// len(dst)) when one of D and S is float32 and the other float64, and
// reports whether it did (as Binary).
func Convert[D, S any](dst []D, src []S) bool {
	if len(dst) < MinLenCheap {
		return false
	}
	switch d := any(dst).(type) {
	case []float32:
		if s, ok := any(src).([]float64); ok {
			return narrow(d, s)
		}
	case []float64:
		if s, ok := any(src).([]float32); ok {
			return widen(d, s)
		}
	}
	return false
}
