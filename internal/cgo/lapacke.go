//go:build cgo && !purego

package cgo

/*
#include <lapacke.h>

// numgo_lapacke_init turns off LAPACKE's scan of its inputs for NaN, which
// otherwise makes every high-level driver refuse NaN input with a negative
// info. NumPy calls LAPACK without that scan: NaN in gives NaN out. The
// setting reaches only LAPACKE's high-level functions; gonum's netlib
// bindings call the _work variants, which never scan.
static void numgo_lapacke_init(void) { LAPACKE_set_nancheck(0); }
*/
import "C"

import (
	"fmt"
	"runtime"
	"unsafe"
)

// LAPACKE calls, in column-major storage, the LAPACK drivers NumPy's
// numpy.linalg calls, through LAPACKE's high-level interface (LAPACKE
// allocates the workspace). Each method is one LAPACKE call; C keeps no
// pointer into Go memory after it returns. A method whose LAPACK routine reports an
// illegal argument (info < 0) panics: that is a bug in the caller. The
// boolean results report info == 0.
//
// At most GOMAXPROCS calls run in C at once, whatever the number of
// goroutines calling: more would only oversubscribe the cores, and
// OpenBLAS's pthread build aborts when too many threads use it at once.
// A call on a mid-size matrix runs OpenBLAS on one thread (threads.go says
// why and how).
type LAPACKE struct{}

// calls bounds the LAPACKE calls in flight.
var calls = make(chan struct{}, runtime.GOMAXPROCS(0))

func init() { C.numgo_lapacke_init() }

const colMajor = C.LAPACK_COL_MAJOR

func dptr(s []float64) *C.double {
	if len(s) == 0 {
		return nil
	}
	return (*C.double)(unsafe.Pointer(&s[0]))
}

func zptr(s []complex128) *C.lapack_complex_double {
	if len(s) == 0 {
		return nil
	}
	return (*C.lapack_complex_double)(unsafe.Pointer(&s[0]))
}

// withSlack calls f with the lda×cols matrix a followed by lda elements
// that are a's own (its capacity holds them) or, if not, with a copy of a
// that has them, copied back after the call. OpenBLAS 0.3.21, Debian 12's,
// reads past the end of a matrix in the zgemv_n kernel of its Haswell and
// later cores when LAPACK's Householder reductions (zlarf in zgebrd, zlatrd
// in zhetrd) apply it to the matrix's trailing part: up to lda-2 elements
// past the last one, measured with a guard page after the matrix for
// zgesdd, zgelsd and zheevd('U') at n = 17 to 256 (reads only; see
// OpenMathLib/OpenBLAS#4013). Where the matrix ends at an unmapped page the
// process dies with SIGSEGV; a 128×128 Zheevd on Go's heap did in one run
// of three. zgeev, zgesv, zgeqrf and zpotrf did not read past the end.
func withSlack(a []complex128, lda, cols int, f func(a []complex128)) {
	if len(a) == 0 || cap(a) >= lda*(cols+1) {
		f(a)
		return
	}
	padded := make([]complex128, lda*(cols+1))
	copy(padded, a)
	f(padded)
	copy(a, padded)
}

func iptr(s []int32) *C.lapack_int {
	if len(s) == 0 {
		return nil
	}
	return (*C.lapack_int)(unsafe.Pointer(&s[0]))
}

func check(routine string, info C.lapack_int) bool {
	if info < 0 {
		panic(fmt.Sprintf("cgo: LAPACKE_%s: illegal value of argument %d", routine, -info))
	}
	return info == 0
}

// Dgesv solves A X = B by LU factorisation with partial pivoting (dgesv).
// It reports false if U is exactly singular.
func (LAPACKE) Dgesv(n, nrhs int, a []float64, lda int, ipiv []int32, b []float64, ldb int) bool {
	defer enterLAPACKWork(gesvWork(n, nrhs))()
	return check("dgesv", C.LAPACKE_dgesv(colMajor, C.lapack_int(n), C.lapack_int(nrhs),
		dptr(a), C.lapack_int(lda), iptr(ipiv), dptr(b), C.lapack_int(ldb)))
}

// Dgetrf computes the LU factorisation with partial pivoting of the m×n
// matrix A (dgetrf). It reports false if U has a zero on its diagonal; the
// factorisation is complete all the same.
func (LAPACKE) Dgetrf(m, n int, a []float64, lda int, ipiv []int32) bool {
	defer enterLAPACK(m, n)()
	return check("dgetrf", C.LAPACKE_dgetrf(colMajor, C.lapack_int(m), C.lapack_int(n),
		dptr(a), C.lapack_int(lda), iptr(ipiv)))
}

// Dgesdd computes the singular value decomposition of the m×n matrix A by
// divide and conquer (dgesdd); jobz is 'A', 'S' or 'N'. It reports false if
// the iteration did not converge, or if A holds NaN, which LAPACK 3.10 and
// later report as an illegal argument 4 (LAPACKE's 5).
func (LAPACKE) Dgesdd(jobz byte, m, n int, a []float64, lda int, s, u []float64, ldu int, vt []float64, ldvt int) bool {
	defer enterSpectral(m, n)()
	info := C.LAPACKE_dgesdd(colMajor, C.char(jobz), C.lapack_int(m), C.lapack_int(n),
		dptr(a), C.lapack_int(lda), dptr(s), dptr(u), C.lapack_int(ldu), dptr(vt), C.lapack_int(ldvt))
	return info != -5 && check("dgesdd", info)
}

// Dsyevd computes the eigenvalues, in ascending order, and if jobz is 'V'
// the eigenvectors (overwriting A) of the symmetric matrix A whose uplo
// triangle ('L' or 'U') is read, by divide and conquer (dsyevd). It reports
// false if the iteration did not converge.
func (LAPACKE) Dsyevd(jobz, uplo byte, n int, a []float64, lda int, w []float64) bool {
	defer enterSpectral(n, n)()
	return check("dsyevd", C.LAPACKE_dsyevd(colMajor, C.char(jobz), C.char(uplo), C.lapack_int(n),
		dptr(a), C.lapack_int(lda), dptr(w)))
}

// Dgeev computes the eigenvalues wr + i·wi of the general matrix A and, if
// jobvr is 'V', its right eigenvectors in LAPACK's packed real form (dgeev,
// no left eigenvectors). It reports false if the QR algorithm did not
// converge.
func (LAPACKE) Dgeev(jobvr byte, n int, a []float64, lda int, wr, wi, vr []float64, ldvr int) bool {
	defer enterLAPACK(n, n)()
	return check("dgeev", C.LAPACKE_dgeev(colMajor, 'N', C.char(jobvr), C.lapack_int(n),
		dptr(a), C.lapack_int(lda), dptr(wr), dptr(wi), nil, 1, dptr(vr), C.lapack_int(ldvr)))
}

// Dgelsd computes the minimum-norm least-squares solution of A X = B with
// the singular value decomposition of A (dgelsd); singular values at most
// rcond times the largest count as zero. B (ldb ≥ max(m, n)) is overwritten
// by X, s receives the min(m, n) singular values. It returns the effective
// rank and reports false if the SVD did not converge.
func (LAPACKE) Dgelsd(m, n, nrhs int, a []float64, lda int, b []float64, ldb int, s []float64, rcond float64) (int, bool) {
	defer enterLAPACK(max(m, n), max(n, nrhs))()
	var rank C.lapack_int
	ok := check("dgelsd", C.LAPACKE_dgelsd(colMajor, C.lapack_int(m), C.lapack_int(n), C.lapack_int(nrhs),
		dptr(a), C.lapack_int(lda), dptr(b), C.lapack_int(ldb), dptr(s), C.double(rcond), &rank))
	return int(rank), ok
}

// Dpotrf computes the Cholesky factor of the symmetric positive definite
// matrix A in its uplo triangle ('L' or 'U') (dpotrf). It reports false if A
// is not positive definite.
func (LAPACKE) Dpotrf(uplo byte, n int, a []float64, lda int) bool {
	defer enterLAPACK(n, n)()
	return check("dpotrf", C.LAPACKE_dpotrf(colMajor, C.char(uplo), C.lapack_int(n), dptr(a), C.lapack_int(lda)))
}

// Dgeqrf computes the QR factorisation of the m×n matrix A as R and
// Householder reflectors (dgeqrf); tau has min(m, n) elements.
func (LAPACKE) Dgeqrf(m, n int, a []float64, lda int, tau []float64) {
	defer enterLAPACK(m, n)()
	check("dgeqrf", C.LAPACKE_dgeqrf(colMajor, C.lapack_int(m), C.lapack_int(n), dptr(a), C.lapack_int(lda), dptr(tau)))
}

// Dorgqr forms in A the m×n matrix Q with orthonormal columns from the k
// reflectors Dgeqrf left in A and tau (dorgqr).
func (LAPACKE) Dorgqr(m, n, k int, a []float64, lda int, tau []float64) {
	defer enterLAPACK(m, n)()
	check("dorgqr", C.LAPACKE_dorgqr(colMajor, C.lapack_int(m), C.lapack_int(n), C.lapack_int(k),
		dptr(a), C.lapack_int(lda), dptr(tau)))
}

// Zgesv solves A X = B by LU factorisation with partial pivoting (zgesv).
// It reports false if U is exactly singular.
func (LAPACKE) Zgesv(n, nrhs int, a []complex128, lda int, ipiv []int32, b []complex128, ldb int) bool {
	defer enterLAPACKWork(gesvWork(n, nrhs))()
	return check("zgesv", C.LAPACKE_zgesv(colMajor, C.lapack_int(n), C.lapack_int(nrhs),
		zptr(a), C.lapack_int(lda), iptr(ipiv), zptr(b), C.lapack_int(ldb)))
}

// Zgetrf computes the LU factorisation with partial pivoting of the m×n
// matrix A (zgetrf). It reports false if U has a zero on its diagonal; the
// factorisation is complete all the same.
func (LAPACKE) Zgetrf(m, n int, a []complex128, lda int, ipiv []int32) bool {
	defer enterLAPACK(m, n)()
	return check("zgetrf", C.LAPACKE_zgetrf(colMajor, C.lapack_int(m), C.lapack_int(n),
		zptr(a), C.lapack_int(lda), iptr(ipiv)))
}

// Zgesdd computes the singular value decomposition A = U diag(s) Vᴴ of the
// m×n matrix A by divide and conquer (zgesdd); jobz is 'A', 'S' or 'N'. It
// reports false if the iteration did not converge, or if A holds NaN (see
// Dgesdd).
func (LAPACKE) Zgesdd(jobz byte, m, n int, a []complex128, lda int, s []float64, u []complex128, ldu int, vt []complex128, ldvt int) bool {
	defer enterSpectral(m, n)()
	var info C.lapack_int
	withSlack(a, lda, n, func(a []complex128) {
		info = C.LAPACKE_zgesdd(colMajor, C.char(jobz), C.lapack_int(m), C.lapack_int(n),
			zptr(a), C.lapack_int(lda), dptr(s), zptr(u), C.lapack_int(ldu), zptr(vt), C.lapack_int(ldvt))
	})
	return info != -5 && check("zgesdd", info)
}

// Zheevd computes the real eigenvalues, in ascending order, and if jobz is
// 'V' the eigenvectors (overwriting A) of the Hermitian matrix A whose uplo
// triangle ('L' or 'U') is read, by divide and conquer (zheevd). It reports
// false if the iteration did not converge.
func (LAPACKE) Zheevd(jobz, uplo byte, n int, a []complex128, lda int, w []float64) bool {
	defer enterSpectral(n, n)()
	var info C.lapack_int
	withSlack(a, lda, n, func(a []complex128) {
		info = C.LAPACKE_zheevd(colMajor, C.char(jobz), C.char(uplo), C.lapack_int(n), zptr(a), C.lapack_int(lda), dptr(w))
	})
	return check("zheevd", info)
}

// Zgeev computes the eigenvalues w of the general matrix A and, if jobvr is
// 'V', its right eigenvectors in the columns of vr (zgeev, no left
// eigenvectors). It reports false if the QR algorithm did not converge.
func (LAPACKE) Zgeev(jobvr byte, n int, a []complex128, lda int, w, vr []complex128, ldvr int) bool {
	defer enterLAPACK(n, n)()
	return check("zgeev", C.LAPACKE_zgeev(colMajor, 'N', C.char(jobvr), C.lapack_int(n),
		zptr(a), C.lapack_int(lda), zptr(w), nil, 1, zptr(vr), C.lapack_int(ldvr)))
}

// Zgelsd computes the minimum-norm least-squares solution of A X = B with
// the singular value decomposition of A (zgelsd), as Dgelsd does. It
// returns the effective rank and reports false if the SVD did not converge.
func (LAPACKE) Zgelsd(m, n, nrhs int, a []complex128, lda int, b []complex128, ldb int, s []float64, rcond float64) (int, bool) {
	defer enterLAPACK(max(m, n), max(n, nrhs))()
	var rank, info C.lapack_int
	withSlack(a, lda, n, func(a []complex128) {
		info = C.LAPACKE_zgelsd(colMajor, C.lapack_int(m), C.lapack_int(n), C.lapack_int(nrhs),
			zptr(a), C.lapack_int(lda), zptr(b), C.lapack_int(ldb), dptr(s), C.double(rcond), &rank)
	})
	return int(rank), check("zgelsd", info)
}

// Zpotrf computes the Cholesky factor of the Hermitian positive definite
// matrix A in its uplo triangle ('L': A = L Lᴴ, 'U': A = Uᴴ U) (zpotrf). It
// reports false if A is not positive definite.
func (LAPACKE) Zpotrf(uplo byte, n int, a []complex128, lda int) bool {
	defer enterLAPACK(n, n)()
	return check("zpotrf", C.LAPACKE_zpotrf(colMajor, C.char(uplo), C.lapack_int(n), zptr(a), C.lapack_int(lda)))
}

// Zgeqrf computes the QR factorisation of the m×n matrix A as R and
// Householder reflectors (zgeqrf); tau has min(m, n) elements.
func (LAPACKE) Zgeqrf(m, n int, a []complex128, lda int, tau []complex128) {
	defer enterLAPACK(m, n)()
	check("zgeqrf", C.LAPACKE_zgeqrf(colMajor, C.lapack_int(m), C.lapack_int(n), zptr(a), C.lapack_int(lda), zptr(tau)))
}

// Zungqr forms in A the m×n matrix Q with orthonormal columns from the k
// reflectors Zgeqrf left in A and tau (zungqr).
func (LAPACKE) Zungqr(m, n, k int, a []complex128, lda int, tau []complex128) {
	defer enterLAPACK(m, n)()
	check("zungqr", C.LAPACKE_zungqr(colMajor, C.lapack_int(m), C.lapack_int(n), C.lapack_int(k),
		zptr(a), C.lapack_int(lda), zptr(tau)))
}
