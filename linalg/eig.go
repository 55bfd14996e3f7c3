package linalg

import (
	"github.com/numgo/numgo/ndarray"
)

// Eig returns the eigenvalues w (..., M) and the right eigenvectors v
// (..., M, M), in its columns, of each matrix of a, an array (..., M, M),
// like numpy.linalg.eig (LAPACK's geev): a · v[:, j] = w[j] · v[:, j],
// each column of unit 2-norm, for real a complex conjugate pairs adjacent
// with the positive imaginary part first, and no particular order
// otherwise. The results are always complex128, whereas NumPy returns real
// arrays when all eigenvalues of real input happen to be real, and
// complex64 for float32 and complex64 input; convert with ndarray.Convert.
// It returns an error matching ErrNotFinite for NaN or Inf input and
// ErrNoConvergence if the QR algorithm does not converge. Eig panics with
// a *ndarray.ValueError if a has fewer than two axes and with a
// *ndarray.ShapeError if its matrices are not square.
func Eig[T Inexact](a *ndarray.Array[T]) (w, v *ndarray.Array[complex128], err error) {
	if isComplex[T]() {
		return eig[T, complex128]("Eig", a, true)
	}
	return eig[T, float64]("Eig", a, true)
}

// Eigvals returns the eigenvalues of each matrix of a, an array
// (..., M, M), as Eig does without the eigenvectors, like
// numpy.linalg.eigvals. It returns the errors and panics of Eig.
func Eigvals[T Inexact](a *ndarray.Array[T]) (*ndarray.Array[complex128], error) {
	var w *ndarray.Array[complex128]
	var err error
	if isComplex[T]() {
		w, _, err = eig[T, complex128]("Eigvals", a, false)
	} else {
		w, _, err = eig[T, float64]("Eigvals", a, false)
	}
	return w, err
}

func eig[T Inexact, W work](op string, a *ndarray.Array[T], vectors bool) (w, v *ndarray.Array[complex128], err error) {
	st := matrices(op, a, true, nil)
	n := st.n
	w = ndarray.Zeros[complex128](st.shape(nil, n)...)
	wd := w.Data()
	var vd []complex128
	if vectors {
		v = ndarray.Zeros[complex128](st.shape(nil, n, n)...)
		vd = v.Data()
	}
	d := lapackFor[W]()
	err = st.each(func(i int, am matrix[T]) error {
		buf := load[T, W](am, nil)
		if !allFinite(buf) {
			return opError(op, ErrNotFinite)
		}
		var vc []complex128
		if vectors {
			vc = make([]complex128, n*n)
		}
		if !d.geev(n, buf, block(wd, i, n), vc) {
			return opError(op, ErrNoConvergence)
		}
		if vectors {
			store(block(vd, i, n*n), n, n, vc, n)
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return w, v, nil
}

// Eigh returns the eigenvalues w (..., M), in ascending order, and the
// orthonormal eigenvectors v (..., M, M), in its columns, of each
// symmetric or, for complex a, Hermitian matrix of a, an array (..., M, M),
// like numpy.linalg.eigh (LAPACK's divide-and-conquer syevd or heevd).
// Only the lower triangle is read, or the upper one with the option Upper
// (the imaginary parts of the diagonal are ignored, as LAPACK does). For
// complex a the eigenvalues, real in NumPy, are returned as complex numbers
// with zero imaginary parts (ndarray.RealPart gives a float64 view of
// them). The phases of the eigenvectors are not unique. It returns an
// error matching ErrNoConvergence if the iteration does not converge, and
// for any NaN in the triangle it reads; a triangle with ±Inf and no NaN has
// NaN eigenvalues and vectors. NumPy's answers to non-finite input vary
// with the matrix (NaN eigenvalues, finite ones, or its own
// non-convergence error): see docs/numpy.md. Eigh panics with a
// *ndarray.ValueError if a has fewer than two axes and with a
// *ndarray.ShapeError if its matrices are not square.
func Eigh[T Inexact](a *ndarray.Array[T], opts ...Option) (w, v *ndarray.Array[T], err error) {
	if isComplex[T]() {
		return eigh[T, complex128]("Eigh", a, newConfig(opts).upper, true)
	}
	return eigh[T, float64]("Eigh", a, newConfig(opts).upper, true)
}

// Eigvalsh returns the eigenvalues, in ascending order, of each symmetric
// or Hermitian matrix of a, an array (..., M, M), as Eigh does without the
// eigenvectors, like numpy.linalg.eigvalsh. It reads the option Upper,
// returns an error matching ErrNoConvergence and panics as Eigh does.
func Eigvalsh[T Inexact](a *ndarray.Array[T], opts ...Option) (*ndarray.Array[T], error) {
	var w *ndarray.Array[T]
	var err error
	if isComplex[T]() {
		w, _, err = eigh[T, complex128]("Eigvalsh", a, newConfig(opts).upper, false)
	} else {
		w, _, err = eigh[T, float64]("Eigvalsh", a, newConfig(opts).upper, false)
	}
	return w, err
}

func eigh[T Inexact, W work](op string, a *ndarray.Array[T], upper, vectors bool) (w, v *ndarray.Array[T], err error) {
	st := matrices(op, a, true, nil)
	n := st.n
	// The row-major copy of A is Aᵀ to LAPACK, whose upper triangle is the
	// lower one of A: heevd reads the opposite triangle of the copy, which
	// needs no transpose. Aᵀ = conj(A) for Hermitian A, with the same
	// eigenvalues and the eigenvectors conj(V); transposing and conjugating
	// LAPACK's column-major result gives V in row-major order, in place in
	// v's memory for float64 and complex128.
	uplo, jobz := byte('U'), byte('N')
	if upper {
		uplo = 'L'
	}
	w = ndarray.Empty[T](st.shape(nil, n)...)
	wd := w.Data()
	var vd []T
	if vectors {
		jobz = 'V'
		v = ndarray.Empty[T](st.shape(nil, n, n)...)
		vd = v.Data()
	}
	d := lapackFor[W]()
	err = st.each(func(i int, am matrix[T]) error {
		var dst []T
		if vectors {
			dst = block(vd, i, n*n)
		}
		f, direct := any(dst).([]W)
		if direct = direct && vectors; !direct {
			buf := getScratch[W](n * n)
			defer putScratch(buf)
			f = *buf
		}
		ev, realW := any(block(wd, i, n)).([]float64)
		if !realW {
			ev = make([]float64, n)
		}
		if !d.heevd(jobz, uplo, n, load(am.t(), f), max(1, n), ev) {
			return opError(op, ErrNoConvergence)
		}
		if !realW {
			storeReal(block(wd, i, n), ev)
		}
		if vectors {
			conj(f)
			if direct {
				transposeSquare(f, n)
			} else {
				store(dst, n, n, f, n)
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return w, v, nil
}

// allFinite reports whether no element of x is NaN or ±Inf (in either
// part).
func allFinite[W work](x []W) bool {
	for _, v := range x {
		if v-v != 0 {
			return false
		}
	}
	return true
}
