package linalg

import (
	"math"

	"github.com/numgo/numgo/lapack"
)

// driver is the LAPACK of the build in the precision W, one method per
// driver numpy.linalg calls: lapack.Drivers for W = float64,
// lapack.ComplexDrivers for W = complex128. The methods have LAPACK's
// arguments and results (column-major, one-based pivots); geev returns the
// eigenvalues and right eigenvectors as complex numbers in either precision.
type driver[W work] interface {
	gesv(n, nrhs int, a []W, lda int, ipiv []int32, b []W, ldb int) bool
	getrf(m, n int, a []W, lda int, ipiv []int32) bool
	gesdd(jobz byte, m, n int, a []W, lda int, s []float64, u []W, ldu int, vt []W, ldvt int) bool
	heevd(jobz, uplo byte, n int, a []W, lda int, w []float64) bool
	// geev stores in w the eigenvalues of the n×n matrix a and, if v is not
	// nil, the unit right eigenvectors in the columns of v (n×n,
	// column-major).
	geev(n int, a []W, w, v []complex128) bool
	gelsd(m, n, nrhs int, a []W, lda int, b []W, ldb int, s []float64, rcond float64) (int, bool)
	potrf(uplo byte, n int, a []W, lda int) bool
	geqrf(m, n int, a []W, lda int, tau []W)
	orgqr(m, n, k int, a []W, lda int, tau []W)
}

// realDriver and complexDriver adapt the build's lapack.Drivers and
// lapack.ComplexDrivers to driver.
type (
	realDriver    struct{ d lapack.Drivers }
	complexDriver struct{ d lapack.ComplexDrivers }
)

var (
	realLAPACK    driver[float64]    = realDriver{lapack.Float64Drivers()}
	complexLAPACK driver[complex128] = complexDriver{lapack.Complex128Drivers()}
)

// lapackFor returns the driver of precision W.
func lapackFor[W work]() driver[W] {
	if d, ok := realLAPACK.(driver[W]); ok {
		return d
	}
	return complexLAPACK.(driver[W])
}

func (r realDriver) gesv(n, nrhs int, a []float64, lda int, ipiv []int32, b []float64, ldb int) bool {
	return r.d.Dgesv(n, nrhs, a, lda, ipiv, b, ldb)
}

func (r realDriver) getrf(m, n int, a []float64, lda int, ipiv []int32) bool {
	return r.d.Dgetrf(m, n, a, lda, ipiv)
}

func (r realDriver) gesdd(jobz byte, m, n int, a []float64, lda int, s, u []float64, ldu int, vt []float64, ldvt int) bool {
	if infNotNaN(m, n, a, lda, 0) {
		nanFill(s, u, vt)
		return true
	}
	return r.d.Dgesdd(jobz, m, n, a, lda, s, u, ldu, vt, ldvt)
}

func (r realDriver) heevd(jobz, uplo byte, n int, a []float64, lda int, w []float64) bool {
	if infNotNaN(n, n, a, lda, uplo) {
		if jobz != 'V' {
			a = nil
		}
		nanFill(w, a, nil)
		return true
	}
	return r.d.Dsyevd(jobz, uplo, n, a, lda, w)
}

// geev unpacks dgeev's real form: a complex conjugate pair j, j+1 has the
// eigenvectors vr[:, j] ± i·vr[:, j+1].
func (r realDriver) geev(n int, a []float64, w, v []complex128) bool {
	jobvr, vn := byte('N'), 0
	if v != nil {
		jobvr, vn = 'V', n
	}
	wr, wi, vr := make([]float64, n), make([]float64, n), make([]float64, vn*n)
	if !r.d.Dgeev(jobvr, n, a, max(1, n), wr, wi, vr, max(1, vn)) {
		return false
	}
	for j := range n {
		w[j] = complex(wr[j], wi[j])
	}
	for j := 0; j < vn; j++ {
		col := v[j*n : (j+1)*n]
		if wi[j] == 0 || j == n-1 {
			for p := range col {
				col[p] = complex(vr[p+j*n], 0)
			}
			continue
		}
		next := v[(j+1)*n : (j+2)*n]
		for p := range col {
			re, im := vr[p+j*n], vr[p+(j+1)*n]
			col[p], next[p] = complex(re, im), complex(re, -im)
		}
		j++
	}
	return true
}

func (r realDriver) gelsd(m, n, nrhs int, a []float64, lda int, b []float64, ldb int, s []float64, rcond float64) (int, bool) {
	return r.d.Dgelsd(m, n, nrhs, a, lda, b, ldb, s, rcond)
}

func (r realDriver) potrf(uplo byte, n int, a []float64, lda int) bool {
	return r.d.Dpotrf(uplo, n, a, lda)
}

func (r realDriver) geqrf(m, n int, a []float64, lda int, tau []float64) {
	r.d.Dgeqrf(m, n, a, lda, tau)
}

func (r realDriver) orgqr(m, n, k int, a []float64, lda int, tau []float64) {
	r.d.Dorgqr(m, n, k, a, lda, tau)
}

func (c complexDriver) gesv(n, nrhs int, a []complex128, lda int, ipiv []int32, b []complex128, ldb int) bool {
	return c.d.Zgesv(n, nrhs, a, lda, ipiv, b, ldb)
}

func (c complexDriver) getrf(m, n int, a []complex128, lda int, ipiv []int32) bool {
	return c.d.Zgetrf(m, n, a, lda, ipiv)
}

func (c complexDriver) gesdd(jobz byte, m, n int, a []complex128, lda int, s []float64, u []complex128, ldu int, vt []complex128, ldvt int) bool {
	if infNotNaN(m, n, a, lda, 0) {
		nanFill(s, u, vt)
		return true
	}
	return c.d.Zgesdd(jobz, m, n, a, lda, s, u, ldu, vt, ldvt)
}

// infNotNaN reports whether the m×n column-major matrix a holds an
// infinity but no NaN (in a real or an imaginary part), reading only its
// uplo triangle ('L' or 'U'; 0 for all of it). The gesdd and heevd methods
// do not hand such a matrix to LAPACK: lapack's drivers refuse it, as
// LAPACK's dgesdd may loop forever on it (NumPy's svd of some 3×3 matrices
// with an Inf never returns); where dgesdd and dsyevd do return, their
// singular values or eigenvalues are all NaN with info 0, and NumPy's
// matrix_rank, cond, norm, pinv and eigvalsh follow from those. A NaN
// makes them fail, NumPy's "SVD did not converge", which the drivers
// report.
func infNotNaN[W work](m, n int, a []W, lda int, uplo byte) bool {
	inf := false
	for j := range n * min(m, 1) {
		lo, hi := 0, m
		switch uplo {
		case 'L':
			lo = min(j, m)
		case 'U':
			hi = min(j+1, m)
		}
		for _, v := range floats[W, float64](a[j*lda+lo : j*lda+hi]) {
			if math.IsNaN(v) {
				return false
			}
			inf = inf || math.IsInf(v, 0)
		}
	}
	return inf
}

// nanFill sets the singular values or eigenvalues s and the vectors u and
// vt (nil or empty unless computed) to NaN: what gesdd and heevd return
// for a matrix with an infinity, as far as it is defined (the vectors of
// NumPy's are whatever LAPACK left, NaN from dsyevd, often finite from
// dgesdd).
func nanFill[W work](s []float64, u, vt []W) {
	for i := range s {
		s[i] = math.NaN()
	}
	for _, x := range [][]float64{floats[W, float64](u), floats[W, float64](vt)} {
		for i := range x {
			x[i] = math.NaN()
		}
	}
}

func (c complexDriver) heevd(jobz, uplo byte, n int, a []complex128, lda int, w []float64) bool {
	if infNotNaN(n, n, a, lda, uplo) {
		if jobz != 'V' {
			a = nil
		}
		nanFill(w, a, nil)
		return true
	}
	return c.d.Zheevd(jobz, uplo, n, a, lda, w)
}

func (c complexDriver) geev(n int, a []complex128, w, v []complex128) bool {
	jobvr, ldv := byte('N'), 1
	if v != nil {
		jobvr, ldv = 'V', max(1, n)
	}
	return c.d.Zgeev(jobvr, n, a, max(1, n), w, v, ldv)
}

func (c complexDriver) gelsd(m, n, nrhs int, a []complex128, lda int, b []complex128, ldb int, s []float64, rcond float64) (int, bool) {
	return c.d.Zgelsd(m, n, nrhs, a, lda, b, ldb, s, rcond)
}

func (c complexDriver) potrf(uplo byte, n int, a []complex128, lda int) bool {
	return c.d.Zpotrf(uplo, n, a, lda)
}

func (c complexDriver) geqrf(m, n int, a []complex128, lda int, tau []complex128) {
	c.d.Zgeqrf(m, n, a, lda, tau)
}

func (c complexDriver) orgqr(m, n, k int, a []complex128, lda int, tau []complex128) {
	c.d.Zungqr(m, n, k, a, lda, tau)
}
