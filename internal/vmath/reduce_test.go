package vmath

import (
	"math"
	"testing"
)

// refReduceRows folds the reduction of each row of a into a copy of d with
// refStep: a row's pairwise sum (refPairwise), or its first NaN or else its
// extreme.
func refReduceRows[T float32 | float64](op RowOp, d []T, ds int, a []T, n, rows, lda int) []T {
	want := append([]T(nil), d...)
	for r := range rows {
		row := a[r*lda : r*lda+n]
		m := refPairwise(row, func(x T) T { return x })
		if op != RowAdd {
			m = row[0]
			for _, x := range row {
				if m == m {
					m = refStep(op, m, x)
				}
			}
		}
		want[r*ds] = refStep(op, want[r*ds], m)
	}
	return want
}

// TestReduceRows checks ReduceRows against the row-by-row Go reduction for
// every op, with NaNs in the result and in the rows (first NaN of a row
// kept), rows whose maximum or minimum is a tie of zeros (the last zero of
// the row wins), strided results, lengths around the vector widths and the
// pairwise block, and rows that overlap (lda < n) or repeat (lda 0).
func TestReduceRows(t *testing.T) {
	for _, op := range []RowOp{RowAdd, RowMax, RowMin} {
		for _, rows := range []int{1, 2, 5, 40} {
			for _, n := range []int{7, 8, 9, 129, 255, 256, 263, 1031} {
				for _, lda := range []int{n + 3, n / 2, 0} {
					ds := 1 + rows%3
					a := make([]float64, (rows-1)*lda+n)
					for i := range a {
						a[i] = math.Sin(float64(i))*10 + 1/float64(i+1)
					}
					for i := range n { // row 0 at most 0, row 1 at least 0
						a[i] = -math.Abs(a[i])
						if rows > 1 {
							a[lda+i] = math.Abs(a[lda+i])
						}
					}
					for r := range min(rows, 2) {
						a[r*lda+n/3] = math.Copysign(0, float64(r*2-1))
						a[r*lda+2*n/3] = math.Copysign(0, float64(1-r*2))
					}
					a[(rows/2)*lda+n/2] = math.NaN()
					a[(rows/2)*lda+n-1] = -math.NaN()
					d := make([]float64, (rows-1)*ds+1)
					for j := range d {
						d[j] = math.Cos(float64(j))
					}
					d[0] = math.NaN()
					d32, a32 := to32(d), to32(a)
					want, want32 := refReduceRows(op, d, ds, a, n, rows, lda), refReduceRows(op, d32, ds, a32, n, rows, lda)
					ok := ReduceRows(op, d, ds, a, n, rows, lda)
					ReduceRows(op, d32, ds, a32, n, rows, lda)
					runs := n*rows >= MinLenCheap && (op == RowAdd || n >= MinLenCheap) && Kernels()
					if ok != runs {
						t.Fatalf("op %d rows=%d n=%d lda=%d: ReduceRows reported %v on backend %s", op, rows, n, lda, ok, Backend)
					}
					if !ok {
						continue
					}
					for j := range want {
						// The sign of a NaN from a sum depends on the order of
						// its operands; max and min return the row's first NaN.
						same := sameFloat(d[j], want[j]) && sameFloat(d32[j], want32[j])
						if op != RowAdd {
							same = sameBits(d[j], want[j], d32[j], want32[j])
						}
						if !same {
							t.Fatalf("op %d rows=%d n=%d lda=%d [%d]: got %v (float32 %v), want %v (%v)",
								op, rows, n, lda, j, d[j], d32[j], want[j], want32[j])
						}
					}
				}
			}
		}
	}
}
