package linalg

import "math"

// smallLU is the order up to which Inv, Solve, Det and Slogdet factor a
// real matrix with the Go kernels of this file instead of LAPACK: below it
// the cgo call, LAPACKE's checks and OpenBLAS's dispatch to its threads
// cost more than the arithmetic (a few thousand flops): inverting 8×8,
// 16×16 and 24×24 matrices took 2.2-3.2, 11.5-12.9 and 25-36 µs in Go
// against 16-33, 15-39 and 73-110 µs through LAPACKE, on a shared 2-core
// machine at load 13, so the bound is conservative. The kernels are
// LAPACK's unblocked algorithms (dgetf2, and dgetrs on one column at a
// time), so they pivot and report singularity as LAPACK does.
const smallLU = 16

// luSmall overwrites the n×n column-major matrix a with its LU
// factorisation with partial pivoting, P A = L U, as LAPACK's dgetf2: ipiv
// receives the one-based pivot rows. It reports false if U has an exact
// zero on its diagonal, where it leaves the column unpivoted as dgetf2
// does.
func luSmall(n int, a []float64, ipiv []int32) bool {
	ok := true
	for k := range n {
		col := a[k*n : (k+1)*n]
		p, big := k, math.Abs(col[k])
		for i := k + 1; i < n; i++ {
			if v := math.Abs(col[i]); v > big {
				p, big = i, v
			}
		}
		ipiv[k] = int32(p + 1)
		if col[p] == 0 {
			ok = false
			continue
		}
		if p != k {
			for j := range n {
				a[k+j*n], a[p+j*n] = a[p+j*n], a[k+j*n]
			}
		}
		r := 1 / col[k]
		for i := k + 1; i < n; i++ {
			col[i] *= r
		}
		for j := k + 1; j < n; j++ {
			cj := a[j*n : (j+1)*n]
			if f := cj[k]; f != 0 {
				for i := k + 1; i < n; i++ {
					cj[i] -= col[i] * f
				}
			}
		}
	}
	return ok
}

// luSolveSmall overwrites the nrhs columns of the n×nrhs column-major b
// (leading dimension n) with the solution of A X = B, given the
// factorisation luSmall left in lu and ipiv.
func luSolveSmall(n, nrhs int, lu []float64, ipiv []int32, b []float64) {
	for c := range nrhs {
		x := b[c*n : (c+1)*n]
		for k := range n {
			if p := int(ipiv[k]) - 1; p != k {
				x[k], x[p] = x[p], x[k]
			}
		}
		for k := range n { // L y = P b, L unit lower triangular
			if v := x[k]; v != 0 {
				col := lu[k*n : (k+1)*n]
				for i := k + 1; i < n; i++ {
					x[i] -= v * col[i]
				}
			}
		}
		for k := n - 1; k >= 0; k-- { // U x = y
			col := lu[k*n : (k+1)*n]
			x[k] /= col[k]
			if v := x[k]; v != 0 {
				for i := range k {
					x[i] -= v * col[i]
				}
			}
		}
	}
}
