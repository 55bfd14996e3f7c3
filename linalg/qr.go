package linalg

import (
	"github.com/numgo/numgo/ndarray"
)

// QR returns the QR factorisation a = q · r of each matrix of a, an array
// (..., M, N), like numpy.linalg.qr (LAPACK's geqrf and orgqr, or ungqr
// for complex a): q has orthonormal (unitary) columns and r is upper
// triangular. With K = min(M, N), the mode Reduced (the default) gives q
// (..., M, K) and r (..., K, N), Complete gives q (..., M, M) and r
// (..., M, N), and ROnly gives only r (..., K, N) with q nil. The signs
// (phases) of the rows of r and the columns of q are not unique but are
// those of LAPACK, as NumPy's. QR reads the option Mode. It panics with a
// *ndarray.ValueError if a has fewer than two axes or the mode is unknown.
func QR[T Inexact](a *ndarray.Array[T], opts ...Option) (q, r *ndarray.Array[T]) {
	if isComplex[T]() {
		return qr[T, complex128](a, newConfig(opts))
	}
	return qr[T, float64](a, newConfig(opts))
}

func qr[T Inexact, W work](a *ndarray.Array[T], cfg config) (q, r *ndarray.Array[T]) {
	st := matrices("QR", a, false)
	m, n := st.m, st.n
	k := min(m, n)
	qc, rr := k, k // the columns of q, the rows of r
	switch cfg.mode {
	case Reduced, ROnly:
	case Complete:
		qc, rr = m, m
	default:
		panicValue("QR", "unrecognized mode %d", cfg.mode)
	}
	r = ndarray.Zeros[T](st.shape(rr, n)...)
	rd := r.Data()
	var qd []T
	if cfg.mode != ROnly {
		q = ndarray.Zeros[T](st.shape(m, qc)...)
		qd = q.Data()
	}
	d := lapackFor[W]()
	st.each(func(i int, am matrix[T]) error {
		f, tau := load[T, W](am, nil), make([]W, k)
		d.geqrf(m, n, f, max(1, m), tau)
		// R is the upper triangle of f's first rr rows.
		rw := make([]W, rr*n)
		for j := range n {
			for p := range min(j+1, rr, m) {
				rw[p+j*rr] = f[p+j*m]
			}
		}
		store(block(rd, i, rr*n), rr, n, rw, max(1, rr))
		if q == nil {
			return nil
		}
		// orgqr forms the qc columns of Q in place of the reflectors,
		// which need m×qc storage: more than a's when Complete and M > N.
		w := f
		if qc > n {
			w = make([]W, m*qc)
			copy(w, f)
		}
		d.orgqr(m, qc, k, w, max(1, m), tau)
		store(block(qd, i, m*qc), m, qc, w, m)
		return nil
	})
	return q, r
}

// Cholesky returns the lower-triangular Cholesky factor L, with
// a = L · Lᴴ, of each symmetric (Hermitian for complex a) positive-definite
// matrix of a, an array (..., M, M), like numpy.linalg.cholesky (LAPACK's
// potrf). Only the lower triangle of a is read. It returns an error
// matching ErrNotPositiveDefinite if a matrix is not positive definite.
// Cholesky panics with a *ndarray.ValueError if a has fewer than two axes
// and with a *ndarray.ShapeError if its matrices are not square.
func Cholesky[T Inexact](a *ndarray.Array[T]) (*ndarray.Array[T], error) {
	if isComplex[T]() {
		return cholesky[T, complex128](a)
	}
	return cholesky[T, float64](a)
}

func cholesky[T Inexact, W work](a *ndarray.Array[T]) (*ndarray.Array[T], error) {
	st := matrices("Cholesky", a, true)
	n := st.n
	out := ndarray.Zeros[T](st.shape(n, n)...)
	data := out.Data()
	d := lapackFor[W]()
	err := st.each(func(i int, am matrix[T]) error {
		f := load[T, W](am, nil)
		if !d.potrf('L', n, f, max(1, n)) {
			return opError("Cholesky", ErrNotPositiveDefinite)
		}
		for j := range n {
			clear(f[j*n : j*n+j]) // the strict upper triangle, not read
		}
		store(block(data, i, n*n), n, n, f, n)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
