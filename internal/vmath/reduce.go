package vmath

import "unsafe"

// The reduction kernels: each gives the result of ndarray's Go loop for
// the same reduction, bit for bit.

// cast returns p as a pointer to U, the type that a type switch has found T
// to be. Converting a T to any and asserting it back would box it, an
// allocation per call; so would &v escaping through an interface.
func cast[U, T any](p *T) *U { return (*U)(unsafe.Pointer(p)) }

// Extreme returns the largest (isMax) or smallest element of a, ignoring
// NaNs, and whether a holds a NaN; ok reports whether it ran (as for
// Binary). Of tied zeros (0.0 and -0.0) it may return either.
func Extreme[T any](isMax bool, a []T) (m T, nan, ok bool) {
	if len(a) < MinLenCheap {
		return m, false, false
	}
	switch a := any(a).(type) {
	case []float64:
		*cast[float64](&m), nan, ok = extreme64(isMax, a)
	case []float32:
		*cast[float32](&m), nan, ok = extreme32(isMax, a)
	}
	return m, nan, ok
}

// Sum returns the pairwise sum of a, with the blocks and split points of
// ndarray's Go pairwise summation, so the result is the same bit for bit;
// ok reports whether it ran (as for Binary).
func Sum[T any](a []T) (s T, ok bool) {
	if len(a) < MinLenCheap {
		return s, false
	}
	switch a := any(a).(type) {
	case []float64:
		*cast[float64](&s), ok = sum64(a)
	case []float32:
		*cast[float32](&s), ok = sum32(a)
	}
	return s, ok
}

// SumSq returns the pairwise sum of (a[i]-m)², each square rounded before
// it is added, as Sum adds; ok reports whether it ran.
func SumSq[T any](a []T, m T) (s T, ok bool) {
	if len(a) < MinLenCheap {
		return s, false
	}
	switch a := any(a).(type) {
	case []float64:
		*cast[float64](&s), ok = sumSq64(a, *cast[float64](&m))
	case []float32:
		*cast[float32](&s), ok = sumSq32(a, *cast[float32](&m))
	}
	return s, ok
}

// RowOp names the operation with which Rows folds rows into a result.
type RowOp int

// The operations of Rows: + and the maximum and minimum of ndarray's
// foldMax and foldMin (x replaces acc when x >= acc or x is NaN, so that
// of tied zeros the later one wins).
const (
	RowAdd RowOp = iota
	RowMax
	RowMin
)

// Rows folds rows rows of a into d in row order, d[j] = op(d[j],
// a[r*lda+j]) for r = 0..rows-1 and j < len(d), and reports whether it
// ran: not for fewer than MinLenCheap elements in all.
func Rows[T any](op RowOp, d, a []T, rows, lda int) bool {
	if len(d)*rows < MinLenCheap {
		return false
	}
	switch d := any(d).(type) {
	case []float64:
		return rows64(op, d, any(a).([]float64), rows, lda)
	case []float32:
		return rows32(op, d, any(a).([]float32), rows, lda)
	}
	return false
}

// ReduceRows reduces each of rows rows of a, row r being a[r*lda :
// r*lda+n], into d[r*ds] in row order: RowAdd adds the row's sum (Sum's
// pairwise sum, bit for bit), RowMax and RowMin fold the row's maximum or
// minimum as Rows does (Extreme's, or the row's first NaN; of tied zeros
// the row's last). It reports whether it ran: not for fewer than
// MinLenCheap elements in all, nor for a maximum or minimum of rows
// shorter than MinLenCheap, which Extreme leaves to ndarray's Go fold.
func ReduceRows[T any](op RowOp, d []T, ds int, a []T, n, rows, lda int) bool {
	if n*rows < MinLenCheap || op != RowAdd && n < MinLenCheap {
		return false
	}
	switch d := any(d).(type) {
	case []float64:
		return reduceRows64(op, d, ds, any(a).([]float64), n, rows, lda)
	case []float32:
		return reduceRows32(op, d, ds, any(a).([]float32), n, rows, lda)
	}
	return false
}

// Arg returns the index of the first largest (isMax) or smallest element
// of a, or of its first NaN; ok reports whether it ran (as for Binary).
func Arg[T any](isMax bool, a []T) (i int, ok bool) {
	if len(a) < MinLenCheap {
		return 0, false
	}
	switch a := any(a).(type) {
	case []float64:
		return arg64(isMax, a)
	case []float32:
		return arg32(isMax, a)
	}
	return 0, false
}
