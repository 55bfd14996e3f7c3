package lapack

import (
	"fmt"
	"math"
	"slices"

	gblas "gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
	glapack "gonum.org/v1/gonum/lapack"
	lgonum "gonum.org/v1/gonum/lapack/gonum"
)

// Gonum implements Drivers in pure Go on gonum's LAPACK, which stores
// matrices row by row: each routine copies its column-major arguments into
// row-major ones and back, O(m·n) beside the O(m·n·min(m, n)) of the
// factorisation. Where gonum lacks NumPy's driver it runs the equivalent
// one: Dgesvd for Dgesdd, Dsyev for Dsyevd, an SVD for Dgelsd, so the
// results agree with LAPACKE's to rounding (factors that are not unique, such
// as the signs of singular vectors, may differ). It is the Drivers of the
// pure-Go build, and any build can use it. It implements ComplexDrivers too,
// in pure Go (zdrivers_gonum.go).
type Gonum struct{}

var _ Drivers = Gonum{}

var impl lgonum.Implementation

// toRow returns the m×n column-major matrix a as a row-major one.
func toRow(m, n int, a []float64, lda int) []float64 {
	r := make([]float64, m*n)
	for i := range m {
		for j := range n {
			r[i*n+j] = a[i+j*lda]
		}
	}
	return r
}

// fromRow writes the m×n row-major matrix r into the column-major a.
func fromRow(m, n int, r, a []float64, lda int) {
	for i := range m {
		for j := range n {
			a[i+j*lda] = r[i*n+j]
		}
	}
}

// work returns a workspace of the size a query (lwork -1) reported.
func work(query []float64) []float64 { return make([]float64, max(1, int(query[0]))) }

func uploOf(routine string, uplo byte) gblas.Uplo {
	switch uplo {
	case 'L':
		return gblas.Lower
	case 'U':
		return gblas.Upper
	}
	panic(fmt.Sprintf("lapack: %s: uplo must be 'L' or 'U', got %q", routine, uplo))
}

// Dgesv solves A X = B; see Drivers.
func (Gonum) Dgesv(n, nrhs int, a []float64, lda int, ipiv []int32, b []float64, ldb int) bool {
	if !(Gonum{}).Dgetrf(n, n, a, lda, ipiv) {
		return false
	}
	r := toRow(n, n, a, lda)
	piv := make([]int, n)
	for i := range piv {
		piv[i] = int(ipiv[i]) - 1
	}
	rb := toRow(n, nrhs, b, ldb)
	impl.Dgetrs(gblas.NoTrans, n, nrhs, r, max(1, n), piv, rb, max(1, nrhs))
	fromRow(n, nrhs, rb, b, ldb)
	return true
}

// Dgetrf computes an LU factorisation; see Drivers.
func (Gonum) Dgetrf(m, n int, a []float64, lda int, ipiv []int32) bool {
	r := toRow(m, n, a, lda)
	piv := make([]int, min(m, n))
	ok := impl.Dgetrf(m, n, r, max(1, n), piv)
	fromRow(m, n, r, a, lda)
	for i, p := range piv {
		ipiv[i] = int32(p + 1)
	}
	return ok
}

// Dgesdd computes a singular value decomposition with gonum's Dgesvd; see
// Drivers. It reports false for NaN input, as LAPACK 3.10's dgesdd does.
func (Gonum) Dgesdd(jobz byte, m, n int, a []float64, lda int, s, u []float64, ldu int, vt []float64, ldvt int) bool {
	k := min(m, n)
	job, ucols, vrows := glapack.SVDNone, 0, 0
	switch jobz {
	case 'A':
		job, ucols, vrows = glapack.SVDAll, m, n
	case 'S':
		job, ucols, vrows = glapack.SVDStore, k, k
	case 'N':
	default:
		panic(fmt.Sprintf("lapack: Dgesdd: jobz must be 'A', 'S' or 'N', got %q", jobz))
	}
	r := toRow(m, n, a, lda)
	if slices.ContainsFunc(r, math.IsNaN) {
		return false // as LAPACK 3.10's dgesdd, which refuses NaN
	}
	ru := make([]float64, m*ucols)
	rvt := make([]float64, vrows*n)
	q := []float64{0}
	impl.Dgesvd(job, job, m, n, r, max(1, n), s, ru, max(1, ucols), rvt, max(1, n), q, -1)
	w := work(q)
	ok := impl.Dgesvd(job, job, m, n, r, max(1, n), s, ru, max(1, ucols), rvt, max(1, n), w, len(w))
	fromRow(m, ucols, ru, u, ldu)
	fromRow(vrows, n, rvt, vt, ldvt)
	return ok
}

// Dsyevd computes the eigenvalues and vectors of a symmetric matrix with
// gonum's Dsyev; see Drivers.
func (Gonum) Dsyevd(jobz, uplo byte, n int, a []float64, lda int, w []float64) bool {
	job := glapack.EVNone
	switch jobz {
	case 'V':
		job = glapack.EVCompute
	case 'N':
	default:
		panic(fmt.Sprintf("lapack: Dsyevd: jobz must be 'V' or 'N', got %q", jobz))
	}
	ul := uploOf("Dsyevd", uplo)
	r := toRow(n, n, a, lda)
	q := []float64{0}
	impl.Dsyev(job, ul, n, r, max(1, n), w, q, -1)
	wk := work(q)
	ok := impl.Dsyev(job, ul, n, r, max(1, n), w, wk, len(wk))
	fromRow(n, n, r, a, lda)
	return ok
}

// Dgeev computes the eigenvalues and right eigenvectors of a general
// matrix; see Drivers.
func (Gonum) Dgeev(jobvr byte, n int, a []float64, lda int, wr, wi, vr []float64, ldvr int) bool {
	job, vcols := glapack.RightEVNone, 0
	switch jobvr {
	case 'V':
		job, vcols = glapack.RightEVCompute, n
	case 'N':
	default:
		panic(fmt.Sprintf("lapack: Dgeev: jobvr must be 'V' or 'N', got %q", jobvr))
	}
	r := toRow(n, n, a, lda)
	rv := make([]float64, n*vcols)
	q := []float64{0}
	impl.Dgeev(glapack.LeftEVNone, job, n, r, max(1, n), wr, wi, nil, 1, rv, max(1, vcols), q, -1)
	wk := work(q)
	first := impl.Dgeev(glapack.LeftEVNone, job, n, r, max(1, n), wr, wi, nil, 1, rv, max(1, vcols), wk, len(wk))
	fromRow(n, vcols, rv, vr, ldvr)
	return first == 0
}

// Dgelsd computes a minimum-norm least-squares solution from the SVD
// A = U·diag(s)·Vᵀ as X = V·diag(1/s)·Uᵀ·B over the singular values above
// the cutoff; see Drivers.
func (Gonum) Dgelsd(m, n, nrhs int, a []float64, lda int, b []float64, ldb int, s []float64, rcond float64) (int, bool) {
	k := min(m, n)
	a0 := toRow(m, n, a, lda) // for the residual: Dgesdd overwrites a
	u := make([]float64, m*k)
	vt := make([]float64, k*n)
	if !(Gonum{}).Dgesdd('S', m, n, a, lda, s, u, max(1, m), vt, max(1, k)) {
		return 0, false
	}
	if rcond < 0 {
		rcond = math.Nextafter(1, 2) - 1
	}
	rank := 0
	for rank < k && s[rank] > rcond*s[0] {
		rank++
	}
	// c = diag(1/s)·Uᵀ·B over the first rank singular values, then X = V·c,
	// both written as row-major products of the transposes (gonum's BLAS
	// reads a column-major matrix as its row-major transpose).
	bl := gonum.Implementation{}
	c := make([]float64, rank*nrhs)
	x := make([]float64, n*nrhs)
	if rank > 0 && nrhs > 0 {
		bl.Dgemm(gblas.NoTrans, gblas.Trans, nrhs, rank, m, 1, b, ldb, u, max(1, m), 0, c, rank)
		for j := range nrhs {
			for i := range rank {
				c[i+j*rank] /= s[i]
			}
		}
		bl.Dgemm(gblas.NoTrans, gblas.Trans, nrhs, n, rank, 1, c, rank, vt, max(1, k), 0, x, max(1, n))
	}
	// LAPACK leaves in rows n..m-1 of each column of B numbers whose sum
	// of squares is the residual; here they are the residual's norm and
	// zeros.
	for j := range nrhs {
		col := b[j*ldb : j*ldb+max(m, n)]
		if m > n {
			r := 0.0
			for i := range m {
				ri := col[i]
				for p := range n {
					ri -= a0[i*n+p] * x[p+j*n]
				}
				r = math.Hypot(r, ri)
			}
			clear(col[n:m])
			col[n] = r
		}
		copy(col[:n], x[j*n:(j+1)*n])
	}
	return rank, true
}

// Dpotrf computes a Cholesky factor; see Drivers. A column-major triangle
// is the other triangle of the same memory read row by row, so gonum's
// Dpotrf runs in place on the opposite triangle.
func (Gonum) Dpotrf(uplo byte, n int, a []float64, lda int) bool {
	ul := gblas.Upper
	if uploOf("Dpotrf", uplo) == gblas.Upper {
		ul = gblas.Lower
	}
	return impl.Dpotrf(ul, n, a, lda)
}

// Dgeqrf computes a QR factorisation; see Drivers.
func (Gonum) Dgeqrf(m, n int, a []float64, lda int, tau []float64) {
	if min(m, n) == 0 {
		return
	}
	r := toRow(m, n, a, lda)
	q := []float64{0}
	impl.Dgeqrf(m, n, r, max(1, n), tau, q, -1)
	wk := work(q)
	impl.Dgeqrf(m, n, r, max(1, n), tau, wk, len(wk))
	fromRow(m, n, r, a, lda)
}

// Dorgqr forms Q from a QR factorisation; see Drivers.
func (Gonum) Dorgqr(m, n, k int, a []float64, lda int, tau []float64) {
	r := toRow(m, n, a, lda)
	q := []float64{0}
	impl.Dorgqr(m, n, k, r, max(1, n), tau, q, -1)
	wk := work(q)
	impl.Dorgqr(m, n, k, r, max(1, n), tau, wk, len(wk))
	fromRow(m, n, r, a, lda)
}
