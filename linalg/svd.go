package linalg

import (
	"math"

	"github.com/numgo/numgo/ndarray"
)

// SVD returns the singular value decomposition a = u · diag(s) · vh of each
// matrix of a, an array (..., M, N), like numpy.linalg.svd: s (..., K)
// holds the K = min(M, N) singular values in descending order, u is
// (..., M, M) and vh (..., N, N), or (..., M, K) and (..., K, N) with
// FullMatrices(false). It uses LAPACK's divide-and-conquer gesdd as NumPy
// does (gonum's gesvd in a pure-Go build); the signs of the singular vectors
// are not unique and may differ from NumPy's. It returns an error matching
// ErrNoConvergence if the iteration does not converge (as for NaN input).
// SVD reads the option FullMatrices. It panics with a *ndarray.ValueError
// if a has fewer than two axes.
func SVD[T ndarray.Float](a *ndarray.Array[T], opts ...Option) (u, s, vh *ndarray.Array[T], err error) {
	cfg := newConfig(opts)
	st := matrices("SVD", a, false)
	m, n := st.m, st.n
	k := min(m, n)
	jobz, ucols, vrows := byte('S'), k, k
	if cfg.fullMatrices {
		jobz, ucols, vrows = 'A', m, n
	}
	u = ndarray.Zeros[T](st.shape(m, ucols)...)
	s = ndarray.Zeros[T](st.shape(k)...)
	vh = ndarray.Zeros[T](st.shape(vrows, n)...)
	ud, sd, vd := u.Data(), s.Data(), vh.Data()
	err = st.each(func(i int, am matrix[T]) error {
		sv, uw, vw := make([]float64, k), make([]float64, m*ucols), make([]float64, vrows*n)
		if k == 0 {
			// LAPACK returns at once; NumPy's factors are identities.
			uw, vw = identity(ucols), identity(vrows)
		} else if !drivers.Dgesdd(jobz, m, n, load(am, nil), max(1, m), sv, uw, max(1, m), vw, max(1, vrows)) {
			return opError("SVD", ErrNoConvergence)
		}
		store(block(ud, i, m*ucols), m, ucols, uw, m)
		store(block(sd, i, k), k, 1, sv, k)
		store(block(vd, i, vrows*n), vrows, n, vw, vrows)
		return nil
	})
	if err != nil {
		return nil, nil, nil, err
	}
	return u, s, vh, nil
}

// SVDVals returns the singular values of each matrix of a, an array
// (..., M, N), in descending order, like numpy.linalg.svd with
// compute_uv=False: an array (..., min(M, N)). It returns an error matching
// ErrNoConvergence if the iteration does not converge. SVDVals panics with
// a *ndarray.ValueError if a has fewer than two axes.
func SVDVals[T ndarray.Float](a *ndarray.Array[T]) (*ndarray.Array[T], error) {
	sv, err := singularValues("SVDVals", a)
	if err != nil {
		return nil, err
	}
	return convertFloat[T](sv), nil
}

// singularValues returns the singular values of the stack a in float64,
// shape (..., min(M, N)).
func singularValues[T ndarray.Float](op string, a *ndarray.Array[T]) (*ndarray.Array[float64], error) {
	st := matrices(op, a, false)
	m, n := st.m, st.n
	k := min(m, n)
	s := ndarray.Zeros[float64](st.shape(k)...)
	sd := s.Data()
	err := st.each(func(i int, am matrix[T]) error {
		if !drivers.Dgesdd('N', m, n, load(am, nil), max(1, m), block(sd, i, k), nil, 1, nil, 1) {
			return opError(op, ErrNoConvergence)
		}
		return nil
	})
	return s, err
}

// convertFloat returns the float64 array a as T, a itself for float64.
func convertFloat[T ndarray.Float](a *ndarray.Array[float64]) *ndarray.Array[T] {
	if b, ok := any(a).(*ndarray.Array[T]); ok {
		return b
	}
	return ndarray.Convert[T](a)
}

// Pinv returns the Moore-Penrose pseudo-inverse of each matrix of a, an
// array (..., M, N), like numpy.linalg.pinv: the (..., N, M) matrix
// V · diag(1/s) · Uᵀ from the reduced SVD, where singular values at most
// rcond times the largest count as zero (RCond, default 1e-15). It returns
// an error matching ErrNoConvergence if the SVD does not converge. Pinv
// reads the options RCond and Hermitian (with Hermitian the SVD comes from
// the symmetric eigenvalue decomposition, reading the lower triangle). It
// panics with a *ndarray.ValueError if a has fewer than two axes.
func Pinv[T ndarray.Float](a *ndarray.Array[T], opts ...Option) (*ndarray.Array[T], error) {
	cfg := newConfig(opts)
	rcond := cfg.rcond
	if math.IsNaN(rcond) {
		rcond = 1e-15
	}
	st := matrices("Pinv", a, false)
	m, n := st.m, st.n
	k := min(m, n)
	out := ndarray.Zeros[T](st.shape(n, m)...)
	data := out.Data()
	err := st.each(func(i int, am matrix[T]) error {
		u, s, vt, ok := svdOf(am, cfg.hermitian)
		if !ok {
			return opError("Pinv", ErrNoConvergence)
		}
		// pinv = Σ_l v_l (1/s_l) u_lᵀ over the large singular values.
		cutoff := 0.0
		if k > 0 {
			cutoff = rcond * maxAbs(s)
		}
		x := make([]float64, n*m) // column-major n×m
		for l := range k {
			if !(s[l] > cutoff) {
				continue
			}
			r := 1 / s[l]
			for j := range m {
				c := u[j+l*m] * r
				col := x[j*n : (j+1)*n]
				for p := range col {
					col[p] += vt[l+p*k] * c
				}
			}
		}
		store(block(data, i, n*m), n, m, x, n)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// svdOf returns the reduced SVD of the matrix a, column-major: u (m×k),
// s (k) and vt (k×n). With hermitian it comes from the symmetric eigenvalue
// decomposition a = Q Λ Qᵀ as NumPy derives it: s = |λ| in descending
// order, u = Q, vt = (Q · sign(λ))ᵀ.
func svdOf[T ndarray.Float](a matrix[T], hermitian bool) (u, s, vt []float64, ok bool) {
	m, n := a.rows, a.cols
	k := min(m, n)
	if !hermitian || m != n {
		u, s, vt = make([]float64, m*k), make([]float64, k), make([]float64, k*n)
		ok = drivers.Dgesdd('S', m, n, load(a, nil), max(1, m), s, u, max(1, m), vt, max(1, k))
		return u, s, vt, ok
	}
	q, w := load(a, nil), make([]float64, n)
	if !drivers.Dsyevd('V', 'L', n, q, max(1, n), w) {
		return nil, nil, nil, false
	}
	order := make([]int, n)
	for j := range order {
		order[j] = j
	}
	// Sort by |λ| descending; ties keep the ascending order of λ, stable.
	for j := 1; j < n; j++ {
		for p := j; p > 0 && math.Abs(w[order[p]]) > math.Abs(w[order[p-1]]); p-- {
			order[p], order[p-1] = order[p-1], order[p]
		}
	}
	u, s, vt = make([]float64, n*n), make([]float64, n), make([]float64, n*n)
	for l, j := range order {
		s[l] = math.Abs(w[j])
		sg := 1.0
		if w[j] < 0 {
			sg = -1
		}
		for p := range n {
			u[p+l*n] = q[p+j*n]
			vt[l+p*n] = sg * q[p+j*n]
		}
	}
	return u, s, vt, true
}

func maxAbs(s []float64) float64 {
	m := 0.0
	for _, v := range s {
		m = max(m, math.Abs(v))
	}
	return m
}

// MatrixRank returns the rank of each matrix of a, an array (..., M, N),
// like numpy.linalg.matrix_rank: the number of singular values above the
// threshold S.max() · max(M, N) · eps(T), or above Tol. The result has
// shape (...), 0-d for a single matrix. It returns an error matching
// ErrNoConvergence if the SVD does not converge. MatrixRank reads the
// options Tol and Hermitian. It panics with a *ndarray.ValueError if a has
// fewer than two axes.
func MatrixRank[T ndarray.Float](a *ndarray.Array[T], opts ...Option) (*ndarray.Array[int], error) {
	cfg := newConfig(opts)
	st := matrices("MatrixRank", a, false)
	m, n := st.m, st.n
	out := ndarray.Zeros[int](st.lead...)
	data := out.Data()
	err := st.each(func(i int, am matrix[T]) error {
		var s []float64
		if cfg.hermitian && m == n {
			_, sv, _, ok := svdOf(am, true)
			if !ok {
				return opError("MatrixRank", ErrNoConvergence)
			}
			s = sv
		} else {
			s = make([]float64, min(m, n))
			if !drivers.Dgesdd('N', m, n, load(am, nil), max(1, m), s, nil, 1, nil, 1) {
				return opError("MatrixRank", ErrNoConvergence)
			}
		}
		tol := cfg.tol
		if math.IsNaN(tol) {
			tol = maxAbs(s) * float64(max(m, n)) * eps[T]()
		}
		for _, v := range s {
			if T(v) > T(tol) {
				data[i]++
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
