package linalg

import (
	"math"

	"github.com/numgo/numgo/ndarray"
)

// Eig returns the eigenvalues w (..., M) and the right eigenvectors v
// (..., M, M), in its columns, of each matrix of a, an array (..., M, M),
// like numpy.linalg.eig (LAPACK's geev): a · v[:, j] = w[j] · v[:, j],
// each column of unit 2-norm, complex conjugate pairs adjacent with the
// positive imaginary part first, and no particular order otherwise. The
// results are always complex128, whereas NumPy returns real arrays when all
// eigenvalues happen to be real; convert with ndarray.Convert. It returns
// an error matching ErrNoConvergence if the QR algorithm does not converge.
// Eig panics with a *ndarray.ValueError if a has fewer than two axes and
// with a *ndarray.ShapeError if its matrices are not square.
func Eig[T ndarray.Float](a *ndarray.Array[T]) (w, v *ndarray.Array[complex128], err error) {
	return eig("Eig", a, true)
}

// Eigvals returns the eigenvalues of each matrix of a, an array
// (..., M, M), as Eig does without the eigenvectors, like
// numpy.linalg.eigvals. It returns the errors and panics of Eig.
func Eigvals[T ndarray.Float](a *ndarray.Array[T]) (*ndarray.Array[complex128], error) {
	w, _, err := eig("Eigvals", a, false)
	return w, err
}

func eig[T ndarray.Float](op string, a *ndarray.Array[T], vectors bool) (w, v *ndarray.Array[complex128], err error) {
	st := matrices(op, a, true)
	n := st.n
	jobvr, vn := byte('N'), 0
	if vectors {
		jobvr, vn = 'V', n
		v = ndarray.Zeros[complex128](st.shape(n, n)...)
	}
	w = ndarray.Zeros[complex128](st.shape(n)...)
	wd := w.Data()
	var vd []complex128
	if vectors {
		vd = v.Data()
	}
	err = st.each(func(i int, am matrix[T]) error {
		wr, wi, vr := make([]float64, n), make([]float64, n), make([]float64, vn*n)
		buf := load(am, nil)
		if !finite(buf) {
			return opError(op, ErrNotFinite)
		}
		if !drivers.Dgeev(jobvr, n, buf, max(1, n), wr, wi, vr, max(1, vn)) {
			return opError(op, ErrNoConvergence)
		}
		wb := block(wd, i, n)
		for j := range n {
			wb[j] = complex(wr[j], wi[j])
		}
		if !vectors {
			return nil
		}
		// geev packs a conjugate pair j, j+1 as the real columns
		// vr[:, j] ± i·vr[:, j+1].
		vb := block(vd, i, n*n)
		for j := 0; j < n; j++ {
			if wi[j] == 0 || j == n-1 {
				for p := range n {
					vb[p*n+j] = complex(vr[p+j*n], 0)
				}
				continue
			}
			for p := range n {
				re, im := vr[p+j*n], vr[p+(j+1)*n]
				vb[p*n+j], vb[p*n+j+1] = complex(re, im), complex(re, -im)
			}
			j++
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return w, v, nil
}

// Eigh returns the eigenvalues w (..., M), in ascending order, and the
// orthonormal eigenvectors v (..., M, M), in its columns, of each symmetric
// matrix of a, an array (..., M, M), like numpy.linalg.eigh (LAPACK's
// divide-and-conquer syevd; gonum's syev in a pure-Go build). Only the
// lower triangle is read, or the upper one with the option Upper. The signs
// of the eigenvectors are not unique. It returns an error matching
// ErrNoConvergence if the iteration does not converge. Eigh panics with a
// *ndarray.ValueError if a has fewer than two axes and with a
// *ndarray.ShapeError if its matrices are not square.
func Eigh[T ndarray.Float](a *ndarray.Array[T], opts ...Option) (w, v *ndarray.Array[T], err error) {
	return eigh("Eigh", a, newConfig(opts).upper, true)
}

// Eigvalsh returns the eigenvalues, in ascending order, of each symmetric
// matrix of a, an array (..., M, M), as Eigh does without the
// eigenvectors, like numpy.linalg.eigvalsh. It reads the option Upper,
// returns an error matching ErrNoConvergence and panics as Eigh does.
func Eigvalsh[T ndarray.Float](a *ndarray.Array[T], opts ...Option) (*ndarray.Array[T], error) {
	w, _, err := eigh("Eigvalsh", a, newConfig(opts).upper, false)
	return w, err
}

func eigh[T ndarray.Float](op string, a *ndarray.Array[T], upper, vectors bool) (w, v *ndarray.Array[T], err error) {
	st := matrices(op, a, true)
	n := st.n
	uplo, jobz := byte('L'), byte('N')
	if upper {
		uplo = 'U'
	}
	w = ndarray.Zeros[T](st.shape(n)...)
	wd := w.Data()
	var vd []T
	if vectors {
		jobz = 'V'
		v = ndarray.Zeros[T](st.shape(n, n)...)
		vd = v.Data()
	}
	err = st.each(func(i int, am matrix[T]) error {
		q, ev := load(am, nil), make([]float64, n)
		if !drivers.Dsyevd(jobz, uplo, n, q, max(1, n), ev) {
			return opError(op, ErrNoConvergence)
		}
		store(block(wd, i, n), n, 1, ev, n)
		if vectors {
			store(block(vd, i, n*n), n, n, q, n)
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return w, v, nil
}

// finite reports whether no element of x is NaN or ±Inf.
func finite(x []float64) bool {
	for _, v := range x {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}
