package linalg

import (
	"math"

	"github.com/numgo/numgo/lapack"
)

// smallLU is the largest order for which OpenBLAS's getrf (which NumPy
// calls) runs its unblocked getf2: its blocking, n/2 rounded up to a
// multiple of GEMM_UNROLL_N = 8 on Haswell and Zen, is at most
// 2·GEMM_UNROLL_N. luSmall repeats getf2's arithmetic exactly, so up to
// this order its factors, and so whether a matrix is singular, are NumPy's.
const smallLU = 33

// luMax is the order up to which Inv, Solve, Det and Slogdet factor real
// matrices with luSmall instead of LAPACK. In a pure-Go build it is
// smallLU, as gonum's getrf rounds otherwise than OpenBLAS's; with OpenBLAS
// it is 16: single-threaded (as numgo runs it for small matrices) its getrf
// leaves luSmall's bits up to smallLU as well (TestLUSmallIsOpenBLAS), and
// from 17 on it is faster than the Go kernels (inverting 20×20: 9 µs
// against 18 µs), below which the cgo call costs more than the arithmetic.
var luMax = map[bool]int{true: smallLU, false: 16}[lapack.Backend() == "gonum"]

// luStack is the order up to which the callers of luSmall keep its
// buffers in arrays on the stack; Go zeroes those on every call, which for
// 33×33 arrays cost more than inverting a 4×4 matrix, so larger orders
// take pooled scratch.
const luStack = 8

// smallFactors holds the LU factorisation luSmall computes of a matrix of
// order up to smallLU: in arrays on the stack up to luStack, in pooled
// scratch above (which release returns).
type smallFactors struct {
	buf  [luStack * luStack]float64
	ipiv [smallLU]int32
	p    *[]float64
}

// factorSmall loads the square matrix m into f in column-major order and
// factors it by luSmall. It returns the factors, the pivots, and whether
// U's diagonal has no exact zero.
func factorSmall[T Inexact](f *smallFactors, m matrix[T]) (lu []float64, ipiv []int32, ok bool) {
	n := m.rows
	lu = f.buf[:]
	if n > luStack {
		f.p = getScratch[float64](n * n)
		lu = *f.p
	}
	lu, ipiv = load(m, lu[:0]), f.ipiv[:n]
	return lu, ipiv, luSmall(n, lu, ipiv)
}

func (f *smallFactors) release() {
	if f.p != nil {
		putScratch(f.p)
		f.p = nil
	}
}

// luSmall overwrites the n×n column-major matrix a with its LU
// factorisation with partial pivoting, P A = L U: ipiv receives the
// one-based pivot rows. It reports false if U has an exact zero on its
// diagonal, where it leaves the column unpivoted and unscaled.
//
// luSmall performs the floating-point operations of OpenBLAS 0.3.21's
// getf2 (lapack/getf2/getf2.c) with the double-precision kernels of its
// Haswell and Zen targets, in the same order, so its results are the same
// bits as NumPy's dgetrf and dgesv factors: getf2 is left-looking (Crout),
// not the right-looking dgetf2 of reference LAPACK, and the two disagree
// on which integer matrices have an exact zero pivot. For each column j it
// applies the earlier row interchanges, solves for the U part with dot
// products, updates the rest with a matrix-vector product (gemvSub), picks the first entry of largest modulus as pivot and scales
// by the pivot's reciprocal. The kernels convert products with float64()
// where OpenBLAS rounds them, which keeps the compiler from fusing them into
// the next addition (as Go may on arm64 or with GOAMD64=v3).
func luSmall(n int, a []float64, ipiv []int32) bool {
	ok := true
	for j := range n {
		b := a[j*n : (j+1)*n]
		for i := range j {
			if p := int(ipiv[i]) - 1; p != i {
				b[i], b[p] = b[p], b[i]
			}
		}
		for i := 1; i < j; i++ {
			// OpenBLAS's x86-64 ddot for a non-unit stride (the row i of
			// L): two partial sums, fed (x0y0 + x2y2) and (x1y1 + x3y3)
			// per group of four, the remainder added to the first.
			s1, s2 := 0.0, 0.0
			k := 0
			for ; k+4 <= i; k += 4 {
				s1 += float64(a[i+k*n]*b[k]) + float64(a[i+(k+2)*n]*b[k+2])
				s2 += float64(a[i+(k+1)*n]*b[k+1]) + float64(a[i+(k+3)*n]*b[k+3])
			}
			for ; k < i; k++ {
				s1 += float64(a[i+k*n] * b[k])
			}
			b[i] -= s1 + s2
		}
		gemvSub(n-j, j, a[j:], n, b, b[j:])
		p, big := j, math.Abs(b[j])
		for i := j + 1; i < n; i++ {
			if v := math.Abs(b[i]); v > big {
				p, big = i, v
			}
		}
		ipiv[j] = int32(p + 1)
		if b[p] == 0 {
			ok = false
			continue
		}
		r := 1 / b[p]
		if p != j {
			for k := 0; k <= j; k++ {
				a[j+k*n], a[p+k*n] = a[p+k*n], a[j+k*n]
			}
		}
		for i := j + 1; i < n; i++ {
			b[i] *= r
		}
	}
	return ok
}

// gemvSub overwrites y (m) with y - A x, for the m×n column-major A of
// leading dimension lda, as OpenBLAS's dgemv_n kernel for Haswell and Zen
// does: the rows in groups of four take the columns four at a time with
// fused multiply-adds, ((a0x0 + a2x2) + (a1x1 + a3x3)) subtracted at once,
// then a pair (a0x0 + a1x1) and a single column; the last m mod 4 rows
// subtract a plain sum over all columns. Each row's operations keep that
// order; the loops run down the columns, which is faster in Go.
func gemvSub(m, n int, a []float64, lda int, x, y []float64) {
	if m < 1 || n < 1 {
		return
	}
	m4 := m &^ 3
	yk := y[:m4]
	c := 0
	for ; c+4 <= n && m4 > 0; c += 4 {
		a0, a1 := a[c*lda:c*lda+m4], a[(c+1)*lda:(c+1)*lda+m4]
		a2, a3 := a[(c+2)*lda:(c+2)*lda+m4], a[(c+3)*lda:(c+3)*lda+m4]
		x0, x1, x2, x3 := x[c], x[c+1], x[c+2], x[c+3]
		for r := range yk {
			yk[r] -= math.FMA(a2[r], x2, float64(a0[r]*x0)) + math.FMA(a3[r], x3, float64(a1[r]*x1))
		}
	}
	if m4 == 0 {
		c = n
	}
	if n&2 != 0 && c < n {
		a0, a1 := a[c*lda:c*lda+m4], a[(c+1)*lda:(c+1)*lda+m4]
		x0, x1 := x[c], x[c+1]
		for r := range yk {
			yk[r] -= float64(a0[r]*x0) + float64(a1[r]*x1)
		}
		c += 2
	}
	if n&1 != 0 && c < n {
		a0, x0 := a[c*lda:c*lda+m4], x[c]
		for r := range yk {
			yk[r] -= float64(a0[r] * x0)
		}
	}
	for r := m4; r < m; r++ {
		t := 0.0
		for c, v := range x[:n] {
			t += float64(a[r+c*lda] * v)
		}
		y[r] -= t
	}
}

// luSolveSmall overwrites the nrhs columns of the n×nrhs column-major b
// (leading dimension n) with the solution of A X = B, given the
// factorisation luSmall left in lu and ipiv (n ≤ smallLU). It skips the updates by a zero
// (most of them for the identity Inv solves with) only when the factors
// are finite: OpenBLAS's triangular solves skip nothing, and 0·Inf is NaN
// in NumPy's results.
func luSolveSmall(n, nrhs int, lu []float64, ipiv []int32, b []float64) {
	lu, ipiv = lu[:n*n], ipiv[:n]
	skip := true
	for _, v := range lu {
		if v-v != 0 { // NaN or ±Inf
			skip = false
			break
		}
	}
	// As OpenBLAS's trsm (which gesv uses for several right-hand sides),
	// multiply by the reciprocals of U's diagonal.
	var rd [smallLU]float64
	for k := range n {
		rd[k] = 1 / lu[k*n+k]
	}
	// The right-hand sides take turns at each step k, so that the
	// processor overlaps their chains of dependent operations; each
	// element still sees its updates in the same order.
	b = b[:n*nrhs]
	for c := range nrhs {
		x := b[c*n : (c+1)*n]
		for k, p := range ipiv {
			if p := int(p) - 1; p != k {
				x[k], x[p] = x[p], x[k]
			}
		}
	}
	for k := range n { // L y = P b, L unit lower triangular
		col := lu[k*n+k+1 : (k+1)*n]
		for c := 0; c < len(b); c += n {
			if v := b[c+k]; v != 0 || !skip {
				x := b[c+k+1 : c+n]
				x = x[:len(col)]
				for i, l := range col {
					x[i] -= v * l
				}
			}
		}
	}
	for k := n - 1; k >= 0; k-- { // U x = y
		col := lu[k*n : k*n+k]
		for c := 0; c < len(b); c += n {
			x := b[c : c+n]
			x[k] *= rd[k]
			if v := x[k]; v != 0 || !skip {
				x = x[:len(col)]
				for i, u := range col {
					x[i] -= v * u
				}
			}
		}
	}
}
