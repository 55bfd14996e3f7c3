package linalg

import (
	"github.com/numgo/numgo/ndarray"
)

// QR returns the QR factorisation a = q · r of each matrix of a, an array
// (..., M, N), like numpy.linalg.qr (LAPACK's geqrf and orgqr): q has
// orthonormal columns and r is upper triangular. With K = min(M, N), the
// mode Reduced (the default) gives q (..., M, K) and r (..., K, N),
// Complete gives q (..., M, M) and r (..., M, N), and ROnly gives only r
// (..., K, N) with q nil. The signs of the rows of r and the columns of q
// are not unique but are those of LAPACK, as NumPy's. QR reads the option
// Mode. It panics with a *ndarray.ValueError if a has fewer than two axes
// or the mode is unknown.
func QR[T ndarray.Float](a *ndarray.Array[T], opts ...Option) (q, r *ndarray.Array[T]) {
	cfg := newConfig(opts)
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
	st.each(func(i int, am matrix[T]) error {
		f, tau := load(am, nil), make([]float64, k)
		drivers.Dgeqrf(m, n, f, max(1, m), tau)
		rb := block(rd, i, rr*n)
		for p := range min(rr, m) {
			for j := p; j < n; j++ {
				rb[p*n+j] = T(f[p+j*m])
			}
		}
		if q == nil {
			return nil
		}
		// orgqr forms the qc columns of Q in place of the reflectors,
		// which need m×qc storage: more than a's when Complete and M > N.
		w := f
		if qc > n {
			w = make([]float64, m*qc)
			copy(w, f)
		}
		drivers.Dorgqr(m, qc, k, w, max(1, m), tau)
		store(block(qd, i, m*qc), m, qc, w, m)
		return nil
	})
	return q, r
}

// Cholesky returns the lower-triangular Cholesky factor L, with
// a = L · Lᵀ, of each symmetric positive-definite matrix of a, an array
// (..., M, M), like numpy.linalg.cholesky (LAPACK's potrf). Only the lower
// triangle of a is read. It returns an error matching
// ErrNotPositiveDefinite if a matrix is not positive definite. Cholesky
// panics with a *ndarray.ValueError if a has fewer than two axes and with
// a *ndarray.ShapeError if its matrices are not square.
func Cholesky[T ndarray.Float](a *ndarray.Array[T]) (*ndarray.Array[T], error) {
	st := matrices("Cholesky", a, true)
	n := st.n
	out := ndarray.Zeros[T](st.shape(n, n)...)
	data := out.Data()
	err := st.each(func(i int, am matrix[T]) error {
		f := load(am, nil)
		if !drivers.Dpotrf('L', n, f, max(1, n)) {
			return opError("Cholesky", ErrNotPositiveDefinite)
		}
		b := block(data, i, n*n)
		for p := range n {
			for j := 0; j <= p; j++ {
				b[p*n+j] = T(f[p+j*n])
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
