package linalg

import (
	"math"
	"slices"

	"github.com/numgo/numgo/ndarray"
)

// SVD returns the singular value decomposition a = u · diag(s) · vh of each
// matrix of a, an array (..., M, N), like numpy.linalg.svd: s (..., K)
// holds the K = min(M, N) singular values in descending order, u is
// (..., M, M) and vh (..., N, N), or (..., M, K) and (..., K, N) with
// FullMatrices(false). For complex a, vh is the conjugate transpose of V,
// and s, real in NumPy, is returned as complex numbers with zero imaginary
// parts (ndarray.RealPart gives a float64 view of them). It uses LAPACK's
// divide-and-conquer gesdd as NumPy does (a one-sided Jacobi or gonum's
// gesvd in a pure-Go build); the phases of the singular vectors are not
// unique and may differ from NumPy's. It returns an error matching
// ErrNoConvergence if the iteration does not converge (as for NaN input);
// a matrix with ±Inf and no NaN has NaN singular values and vectors, as
// gesdd gives where it returns on one. SVD reads the option FullMatrices. It panics with a *ndarray.ValueError
// if a has fewer than two axes.
func SVD[T Inexact](a *ndarray.Array[T], opts ...Option) (u, s, vh *ndarray.Array[T], err error) {
	if isComplex[T]() {
		return svd[T, complex128](a, newConfig(opts))
	}
	return svd[T, float64](a, newConfig(opts))
}

func svd[T Inexact, W work](a *ndarray.Array[T], cfg config) (u, s, vh *ndarray.Array[T], err error) {
	st := matrices("SVD", a, false, nil)
	m, n := st.m, st.n
	k := min(m, n)
	jobz, ucols, vrows := byte('S'), k, k
	if cfg.fullMatrices {
		jobz, ucols, vrows = 'A', m, n
	}
	u = ndarray.Empty[T](st.shape(nil, m, ucols)...)
	s = ndarray.Empty[T](st.shape(nil, k)...)
	vh = ndarray.Empty[T](st.shape(nil, vrows, n)...)
	ud, sd, vd := u.Data(), s.Data(), vh.Data()
	d := lapackFor[W]()
	// The row-major copy of A is Aᵀ = conj(V) Σ Uᵀ to LAPACK, and gesdd of
	// Aᵀ returns conj(V) as its left and Uᵀ as its right factor, column-major:
	// read in row-major order, those are vh = Vᴴ and u. So the copy in is a
	// plain copy and, for float64 and complex128, gesdd writes u and vh in
	// place, where NumPy transposes the input and both factors.
	ldu, ldvt := max(1, n), max(1, ucols)
	err = st.each(func(i int, am matrix[T]) error {
		ub, vb := block(ud, i, m*ucols), block(vd, i, vrows*n)
		if k == 0 {
			// LAPACK returns at once; NumPy's factors are identities.
			setIdentity(ub, ucols)
			setIdentity(vb, vrows)
			return nil
		}
		sv, realS := any(block(sd, i, k)).([]float64)
		if !realS {
			sv = make([]float64, k)
		}
		in := getScratch[W](m * n)
		defer putScratch(in)
		lt, direct := any(vb).([]W)
		rt, _ := any(ub).([]W)
		if !direct {
			lb, rb := getScratch[W](len(vb)), getScratch[W](len(ub))
			defer putScratch(lb)
			defer putScratch(rb)
			lt, rt = *lb, *rb
		}
		if !d.gesdd(jobz, n, m, load(am.t(), *in), ldu, sv, lt, ldu, rt, ldvt) {
			return opError("SVD", ErrNoConvergence)
		}
		if !direct {
			store(ub, 1, len(ub), rt, 1)
			store(vb, 1, len(vb), lt, 1)
		}
		if !realS {
			storeReal(block(sd, i, k), sv)
		}
		return nil
	})
	if err != nil {
		return nil, nil, nil, err
	}
	return u, s, vh, nil
}

// SVDVals returns the singular values of each matrix of a, an array
// (..., M, N), in descending order, like numpy.linalg.svd with
// compute_uv=False: an array (..., min(M, N)), real values held as T (with
// zero imaginary parts for complex a). It returns an error matching
// ErrNoConvergence if the iteration does not converge. SVDVals panics with
// a *ndarray.ValueError if a has fewer than two axes.
func SVDVals[T Inexact](a *ndarray.Array[T]) (*ndarray.Array[T], error) {
	var sv *ndarray.Array[float64]
	var err error
	if isComplex[T]() {
		sv, err = singularValues[T, complex128]("SVDVals", a)
	} else {
		sv, err = singularValues[T, float64]("SVDVals", a)
	}
	if err != nil {
		return nil, err
	}
	return realArray[T](sv), nil
}

// singularValues returns the singular values of the stack a in float64,
// shape (..., min(M, N)).
func singularValues[T Inexact, W work](op string, a *ndarray.Array[T]) (*ndarray.Array[float64], error) {
	st := matrices(op, a, false, nil)
	m, n := st.m, st.n
	k := min(m, n)
	s := ndarray.Zeros[float64](st.shape(nil, k)...)
	sd := s.Data()
	d := lapackFor[W]()
	err := st.each(func(i int, am matrix[T]) error {
		if !d.gesdd('N', m, n, load[T, W](am, nil), max(1, m), block(sd, i, k), nil, 1, nil, 1) {
			return opError(op, ErrNoConvergence)
		}
		return nil
	})
	return s, err
}

// realArray returns the float64 array a as T: a itself for float64.
func realArray[T Inexact](a *ndarray.Array[float64]) *ndarray.Array[T] {
	if b, ok := any(a).(*ndarray.Array[T]); ok {
		return b
	}
	out := ndarray.Zeros[T](a.Shape()...)
	storeReal(out.Data(), a.Data())
	return out
}

// Pinv returns the Moore-Penrose pseudo-inverse of each matrix of a, an
// array (..., M, N), like numpy.linalg.pinv: the (..., N, M) matrix
// V · diag(1/s) · Uᴴ from the reduced SVD, where singular values at most
// rcond times the largest count as zero (RCond, default 1e-15). It returns
// an error matching ErrNoConvergence if the SVD does not converge. Pinv
// reads the options RCond and Hermitian (with Hermitian the SVD comes from
// the Hermitian eigenvalue decomposition, reading the lower triangle). It
// panics with a *ndarray.ValueError if a has fewer than two axes, or with
// Hermitian if its matrices are not square.
func Pinv[T Inexact](a *ndarray.Array[T], opts ...Option) (*ndarray.Array[T], error) {
	if isComplex[T]() {
		return pinv[T, complex128](a, newConfig(opts))
	}
	return pinv[T, float64](a, newConfig(opts))
}

func pinv[T Inexact, W work](a *ndarray.Array[T], cfg config) (*ndarray.Array[T], error) {
	rcond := cfg.rcond
	if math.IsNaN(rcond) {
		rcond = 1e-15
	}
	st := matrices("Pinv", a, cfg.hermitian, nil)
	m, n := st.m, st.n
	k := min(m, n)
	out := ndarray.Zeros[T](st.shape(nil, n, m)...)
	data := out.Data()
	err := st.each(func(i int, am matrix[T]) error {
		u, s, vt, ok := svdOf[T, W](am, cfg.hermitian)
		if !ok {
			return opError("Pinv", ErrNoConvergence)
		}
		// pinv = conj(vt)ᵀ · diag(1/s) · conj(u)ᵀ over the large singular
		// values (as NumPy's matmul), as one product of the kept columns
		// of u, scaled, and rows of vt: the small ones are left out, not
		// multiplied by 0, which would turn an infinity beside them into
		// NaN.
		cutoff := 0.0
		if k > 0 {
			cutoff = rcond * maxAbs(s)
		}
		keep := 0
		for l := range k {
			if s[l] > cutoff {
				if keep != l {
					copy(u[keep*m:(keep+1)*m], u[l*m:(l+1)*m])
					for p := range n {
						vt[keep+p*k] = vt[l+p*k]
					}
				}
				scale(u[keep*m:(keep+1)*m], 1/s[l])
				keep++
			}
		}
		x := make([]W, n*m) // column-major n×m
		if keep > 0 && n > 0 && m > 0 {
			conj(u[:keep*m])
			conj(vt)
			// x[p, j] = Σ_l vt[l, p] u[j, l]: vt read as its transpose
			// (row p at p·k), u as its transpose (row l at l·m).
			gemmFor[W]()(matrix[W]{data: vt, rows: n, cols: keep, rs: k, cs: 1},
				matrix[W]{data: u, rows: keep, cols: m, rs: m, cs: 1},
				matrix[W]{data: x, rows: n, cols: m, rs: 1, cs: n})
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
// s (k) and vt (k×n). With hermitian (a is then square) it comes from the
// Hermitian eigenvalue decomposition a = Q Λ Qᴴ as NumPy derives it:
// s = |λ| in descending order, u = Q, vt = (Q · sign(λ))ᴴ.
func svdOf[T Inexact, W work](a matrix[T], hermitian bool) (u []W, s []float64, vt []W, ok bool) {
	m, n := a.rows, a.cols
	k := min(m, n)
	d := lapackFor[W]()
	if !hermitian {
		u, s, vt = make([]W, m*k), make([]float64, k), make([]W, k*n)
		ok = d.gesdd('S', m, n, load[T, W](a, nil), max(1, m), s, u, max(1, m), vt, max(1, k))
		return u, s, vt, ok
	}
	q, w := load[T, W](a, nil), make([]float64, n)
	if !d.heevd('V', 'L', n, q, max(1, n), w) {
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
	qh := slices.Clone(q)
	conj(qh)
	u, s, vt = make([]W, n*n), make([]float64, n), make([]W, n*n)
	for l, j := range order {
		s[l] = math.Abs(w[j])
		for p := range n {
			u[p+l*n] = q[p+j*n]
			v := qh[p+j*n]
			if w[j] < 0 {
				v = -v
			}
			vt[l+p*n] = v
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
// shape (...), 0-d for a single matrix; an array of fewer than two axes
// has rank 1 unless all its elements are zero, as in NumPy. It returns an
// error matching ErrNoConvergence if the SVD does not converge. MatrixRank
// reads the options Tol and Hermitian. It panics with a *ndarray.ValueError
// for matrices without elements and no Tol (NumPy: "zero-size array to
// reduction operation maximum which has no identity"), and with Hermitian
// if the matrices are not square.
func MatrixRank[T Inexact](a *ndarray.Array[T], opts ...Option) (*ndarray.Array[int], error) {
	if a.Ndim() < 2 {
		r := 0
		if ndarray.CountNonzero(a).Item() > 0 {
			r = 1
		}
		return ndarray.Full(r), nil
	}
	if isComplex[T]() {
		return matrixRank[T, complex128](a, newConfig(opts))
	}
	return matrixRank[T, float64](a, newConfig(opts))
}

func matrixRank[T Inexact, W work](a *ndarray.Array[T], cfg config) (*ndarray.Array[int], error) {
	st := matrices("MatrixRank", a, cfg.hermitian, nil)
	m, n := st.m, st.n
	if m*n == 0 && math.IsNaN(cfg.tol) && st.b.size > 0 {
		panicValue("MatrixRank", "zero-size array to reduction operation maximum which has no identity")
	}
	out := ndarray.Zeros[int](st.lead...)
	data := out.Data()
	d := lapackFor[W]()
	single := eps[T]() > 0x1p-52
	err := st.each(func(i int, am matrix[T]) error {
		var s []float64
		if cfg.hermitian {
			_, sv, _, ok := svdOf[T, W](am, true)
			if !ok {
				return opError("MatrixRank", ErrNoConvergence)
			}
			s = sv
		} else {
			s = make([]float64, min(m, n))
			if !d.gesdd('N', m, n, load[T, W](am, nil), max(1, m), s, nil, 1, nil, 1) {
				return opError("MatrixRank", ErrNoConvergence)
			}
		}
		// NumPy's singular values have the input's precision. Its default
		// threshold, S.max() · max(M, N) · eps, is computed and compared in
		// that precision too; a Tol is a float64 array, so S is compared
		// with it in float64.
		tol := cfg.tol
		switch {
		case !math.IsNaN(tol):
		case single:
			tol = float64(float32(float32(maxAbs(s))*float32(max(m, n))) * float32(eps[T]()))
		default:
			tol = maxAbs(s) * float64(max(m, n)) * eps[T]()
		}
		for _, v := range s {
			if single {
				v = float64(float32(v))
			}
			if v > tol {
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
