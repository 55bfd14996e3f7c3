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
	st := matrices("QR", a, false, nil)
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
	r = ndarray.Empty[T](st.shape(nil, rr, n)...)
	rd := r.Data()
	var qd []T
	if cfg.mode != ROnly {
		q = ndarray.Empty[T](st.shape(nil, m, qc)...)
		qd = q.Data()
	}
	d := lapackFor[W]()
	// orgqr forms the qc columns of Q in place of the reflectors, which
	// need m×qc storage: more than a's when Complete and M > N.
	fc := max(n, qc)
	st.each(func(i int, am matrix[T]) error {
		fb := getScratch[W](m * fc)
		defer putScratch(fb)
		f, tau := *fb, make([]W, k)
		d.geqrf(m, n, load(am, f[:m*n]), max(1, m), tau)
		// R is the upper triangle of f's first rr rows (with Complete and
		// M > N, its rows past N are zero).
		rb := block(rd, i, rr*n)
		store(rb, rr, n, f, max(1, m))
		for p := range rr {
			clear(rb[p*n : p*n+min(p, n)])
		}
		if q == nil {
			return nil
		}
		d.orgqr(m, qc, k, f, max(1, m), tau)
		store(block(qd, i, m*qc), m, qc, f, m)
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
	st := matrices("Cholesky", a, true, nil)
	n := st.n
	out := ndarray.Empty[T](st.shape(nil, n, n)...)
	data := out.Data()
	d := lapackFor[W]()
	// The row-major copy of A is Aᵀ to LAPACK, whose upper triangle is the
	// lower one of A: potrf('U') factors it as Uᴴ U with U = Lᵀ (for
	// Hermitian A, Aᵀ = conj(A) = conj(L) Lᵀ), and the column-major U read
	// in row-major order is L. So the copy in is a plain copy, the result
	// needs no transpose, and for float64 and complex128 LAPACK works in the
	// result's own memory, as NumPy's linearize, potrf, delinearize does in
	// three passes.
	err := st.each(func(i int, m matrix[T]) error {
		dst := block(data, i, n*n)
		f, direct := any(dst).([]W)
		if !direct {
			buf := getScratch[W](n * n)
			defer putScratch(buf)
			f = *buf
		}
		load(m.t(), f)
		if !d.potrf('U', n, f, max(1, n)) {
			return opError("Cholesky", ErrNotPositiveDefinite)
		}
		for j := range n {
			clear(f[j*n+j+1 : (j+1)*n]) // the strict lower triangle, not read
		}
		if !direct {
			store(dst, 1, n*n, f, 1)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
