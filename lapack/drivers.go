package lapack

// Drivers is the double-precision LAPACK that numgo's numpy.linalg
// routines call: the drivers NumPy itself calls, several of which (dgesdd,
// dsyevd, dgelsd, dgesv) gonum's lapack.Float64 interface lacks.
//
// Unlike gonum's interface, Drivers works in LAPACK's own column-major
// storage: element (i, j) of a matrix with leading dimension lda is
// a[i+j*lda]. Pivot indices are one-based, as LAPACK returns them. Every
// routine overwrites its matrix arguments as the LAPACK routine of the same
// name does. A boolean result reports success (LAPACK's info == 0); an
// argument LAPACK rejects (info < 0) is a programming error and panics.
type Drivers interface {
	// Dgesv solves A X = B (n×n A, n×nrhs B) by LU factorisation with
	// partial pivoting; A and ipiv receive the factorisation, B the
	// solution. It reports false if A is exactly singular.
	Dgesv(n, nrhs int, a []float64, lda int, ipiv []int32, b []float64, ldb int) bool
	// Dgetrf overwrites the m×n matrix A with its LU factorisation with
	// partial pivoting. It reports false if U has a zero on its diagonal;
	// the factorisation is complete all the same.
	Dgetrf(m, n int, a []float64, lda int, ipiv []int32) bool
	// Dgesdd computes the singular values s (descending) of the m×n matrix
	// A and, for jobz 'A' (all) or 'S' (the first min(m, n)), the left and
	// right singular vectors U and Vᵀ; jobz 'N' computes values only. It
	// reports false if the iteration did not converge.
	Dgesdd(jobz byte, m, n int, a []float64, lda int, s, u []float64, ldu int, vt []float64, ldvt int) bool
	// Dsyevd computes the eigenvalues w (ascending) of the symmetric n×n
	// matrix A, reading its uplo ('L' or 'U') triangle, and for jobz 'V'
	// overwrites A with the orthonormal eigenvectors (columns). It reports
	// false if the iteration did not converge.
	Dsyevd(jobz, uplo byte, n int, a []float64, lda int, w []float64) bool
	// Dgeev computes the eigenvalues wr + i·wi of the n×n matrix A and, for
	// jobvr 'V', its right eigenvectors in vr, LAPACK's packed form: a
	// complex pair j, j+1 has the vectors vr[:, j] ± i·vr[:, j+1]. It
	// reports false if the QR algorithm did not converge.
	Dgeev(jobvr byte, n int, a []float64, lda int, wr, wi, vr []float64, ldvr int) bool
	// Dgelsd computes the minimum-norm least-squares solution of A X = B
	// (m×n A, B of ldb ≥ max(m, n) rows overwritten by X in its first n
	// rows), counting singular values at most rcond times the largest as
	// zero (machine precision if rcond < 0). s receives the min(m, n)
	// singular values. It returns the effective rank and reports false if
	// the SVD did not converge.
	Dgelsd(m, n, nrhs int, a []float64, lda int, b []float64, ldb int, s []float64, rcond float64) (rank int, ok bool)
	// Dpotrf overwrites the uplo ('L' or 'U') triangle of the symmetric
	// n×n matrix A with its Cholesky factor. It reports false if A is not
	// positive definite.
	Dpotrf(uplo byte, n int, a []float64, lda int) bool
	// Dgeqrf overwrites the m×n matrix A with R and the Householder
	// reflectors of its QR factorisation; tau has min(m, n) elements.
	Dgeqrf(m, n int, a []float64, lda int, tau []float64)
	// Dorgqr overwrites A with the m×n matrix Q with orthonormal columns
	// formed from the first k reflectors Dgeqrf left in A and tau.
	Dorgqr(m, n, k int, a []float64, lda int, tau []float64)
}

// Float64Drivers returns the Drivers of this build: LAPACKE (through numgo's
// internal/cgo) under cgo, Gonum in a pure-Go build. Its iterative drivers
// (Dgesdd, Dsyevd, Dgeev, Dgelsd) report false without calling LAPACK when
// their input holds NaN or ±Inf, on which LAPACK's iterations need not
// terminate: dgesdd loops forever on Inf, and NumPy's svd with it. Dgelsd
// looks only at A, whose SVD it iterates on: NaN or ±Inf in B gives NaN
// solutions, as numpy.linalg.lstsq returns.
func Float64Drivers() Drivers { return finiteOnly{drivers{}} }

// finiteOnly refuses non-finite input to the iterative drivers of d.
type finiteOnly struct{ Drivers }

func (d finiteOnly) Dgesdd(jobz byte, m, n int, a []float64, lda int, s, u []float64, ldu int, vt []float64, ldvt int) bool {
	return finite(m, n, a, lda, 0) && d.Drivers.Dgesdd(jobz, m, n, a, lda, s, u, ldu, vt, ldvt)
}

func (d finiteOnly) Dsyevd(jobz, uplo byte, n int, a []float64, lda int, w []float64) bool {
	return finite(n, n, a, lda, uplo) && d.Drivers.Dsyevd(jobz, uplo, n, a, lda, w)
}

func (d finiteOnly) Dgeev(jobvr byte, n int, a []float64, lda int, wr, wi, vr []float64, ldvr int) bool {
	return finite(n, n, a, lda, 0) && d.Drivers.Dgeev(jobvr, n, a, lda, wr, wi, vr, ldvr)
}

func (d finiteOnly) Dgelsd(m, n, nrhs int, a []float64, lda int, b []float64, ldb int, s []float64, rcond float64) (int, bool) {
	// Only A's SVD iterates: NaN or ±Inf in B gives NaN solutions, as in
	// NumPy's lstsq, not a failure.
	if !finite(m, n, a, lda, 0) {
		return 0, false
	}
	return d.Drivers.Dgelsd(m, n, nrhs, a, lda, b, ldb, s, rcond)
}

// Complex128Drivers returns the ComplexDrivers of this build: LAPACKE under
// cgo, Gonum in a pure-Go build. As Float64Drivers, its iterative drivers
// (Zgesdd, Zheevd, Zgeev, Zgelsd) report false without calling LAPACK when
// their input holds NaN or ±Inf in its real or imaginary part (Zgelsd: in
// A only).
func Complex128Drivers() ComplexDrivers { return finiteOnlyComplex{drivers{}} }

// finiteOnlyComplex refuses non-finite input to the iterative drivers of d.
type finiteOnlyComplex struct{ ComplexDrivers }

func (d finiteOnlyComplex) Zgesdd(jobz byte, m, n int, a []complex128, lda int, s []float64, u []complex128, ldu int, vt []complex128, ldvt int) bool {
	return finite(m, n, a, lda, 0) && d.ComplexDrivers.Zgesdd(jobz, m, n, a, lda, s, u, ldu, vt, ldvt)
}

func (d finiteOnlyComplex) Zheevd(jobz, uplo byte, n int, a []complex128, lda int, w []float64) bool {
	return finite(n, n, a, lda, uplo) && d.ComplexDrivers.Zheevd(jobz, uplo, n, a, lda, w)
}

func (d finiteOnlyComplex) Zgeev(jobvr byte, n int, a []complex128, lda int, w, vr []complex128, ldvr int) bool {
	return finite(n, n, a, lda, 0) && d.ComplexDrivers.Zgeev(jobvr, n, a, lda, w, vr, ldvr)
}

func (d finiteOnlyComplex) Zgelsd(m, n, nrhs int, a []complex128, lda int, b []complex128, ldb int, s []float64, rcond float64) (int, bool) {
	if !finite(m, n, a, lda, 0) { // as Dgelsd: B may hold NaN or ±Inf
		return 0, false
	}
	return d.ComplexDrivers.Zgelsd(m, n, nrhs, a, lda, b, ldb, s, rcond)
}

// finite reports whether the m×n column-major matrix a holds no NaN or
// ±Inf (in either part of a complex element): all of it, or only its lower
// or upper triangle for uplo 'L' or 'U'.
func finite[E float64 | complex128](m, n int, a []E, lda int, uplo byte) bool {
	if m == 0 {
		return true
	}
	for j := range n {
		lo, hi := 0, m
		switch uplo {
		case 'L':
			lo = min(j, m)
		case 'U':
			hi = min(j+1, m)
		}
		for _, v := range a[j*lda+lo : j*lda+hi] {
			if v-v != 0 { // NaN or ±Inf
				return false
			}
		}
	}
	return true
}
