package lapack

// ComplexDrivers is the double-precision complex LAPACK behind numgo's
// numpy.linalg routines on complex input: the complex twins of Drivers, with
// the same conventions (column-major storage, element (i, j) at a[i+j*lda],
// one-based pivots, matrix arguments overwritten as LAPACK's routine of the
// same name does, false for LAPACK's info > 0, a panic for info < 0).
// Singular values and the eigenvalues of a Hermitian matrix are real.
type ComplexDrivers interface {
	// Zgesv solves A X = B (n×n A, n×nrhs B) by LU factorisation with
	// partial pivoting. It reports false if A is exactly singular.
	Zgesv(n, nrhs int, a []complex128, lda int, ipiv []int32, b []complex128, ldb int) bool
	// Zgetrf overwrites the m×n matrix A with its LU factorisation with
	// partial pivoting. It reports false if U has a zero on its diagonal.
	Zgetrf(m, n int, a []complex128, lda int, ipiv []int32) bool
	// Zgesdd computes the singular values s (descending) of the m×n matrix
	// A and, for jobz 'A' or 'S', the singular vectors U and Vᴴ; jobz 'N'
	// computes values only. It reports false if it did not converge.
	Zgesdd(jobz byte, m, n int, a []complex128, lda int, s []float64, u []complex128, ldu int, vt []complex128, ldvt int) bool
	// Zheevd computes the eigenvalues w (ascending) of the Hermitian n×n
	// matrix A, reading its uplo ('L' or 'U') triangle, and for jobz 'V'
	// overwrites A with the orthonormal eigenvectors (columns). It reports
	// false if it did not converge.
	Zheevd(jobz, uplo byte, n int, a []complex128, lda int, w []float64) bool
	// Zgeev computes the eigenvalues w of the n×n matrix A and, for jobvr
	// 'V', its right eigenvectors (columns of vr, each of unit 2-norm with
	// its largest component real, as LAPACK normalises them). It reports
	// false if the QR algorithm did not converge.
	Zgeev(jobvr byte, n int, a []complex128, lda int, w, vr []complex128, ldvr int) bool
	// Zgelsd computes the minimum-norm least-squares solution of A X = B
	// as Dgelsd does. It returns the effective rank and reports false if
	// the SVD did not converge.
	Zgelsd(m, n, nrhs int, a []complex128, lda int, b []complex128, ldb int, s []float64, rcond float64) (rank int, ok bool)
	// Zpotrf overwrites the uplo triangle of the Hermitian n×n matrix A
	// with its Cholesky factor. It reports false if A is not positive
	// definite.
	Zpotrf(uplo byte, n int, a []complex128, lda int) bool
	// Zgeqrf overwrites the m×n matrix A with R and the Householder
	// reflectors of its QR factorisation; tau has min(m, n) elements.
	Zgeqrf(m, n int, a []complex128, lda int, tau []complex128)
	// Zungqr overwrites A with the m×n matrix Q with orthonormal columns
	// formed from the first k reflectors Zgeqrf left in A and tau.
	Zungqr(m, n, k int, a []complex128, lda int, tau []complex128)
}
