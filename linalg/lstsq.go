package linalg

import (
	"fmt"
	"math"

	"github.com/numgo/numgo/ndarray"
)

// Lstsq returns the least-squares solution x of a · x = b, like
// numpy.linalg.lstsq, for a of shape (M, N) and b of shape (M,) or (M, K):
// x minimises the 2-norm of b - a·x and, among the minimisers, has the least
// norm (LAPACK's gelsd, an SVD of a). Singular values at most rcond times the
// largest count as zero; the default rcond is float64's machine precision
// times max(M, N) (for float32 input too, which NumPy solves in double
// precision), numpy's rcond=None (NumPy 1.24's bare default, rcond=-1, is
// machine precision alone: pass RCond(-1) for it). It also returns
// residuals, the squared 2-norm of b - a·x for each column of b, of shape
// (K,) or (1,) when the rank is N and M > N and of shape (0,) otherwise;
// the effective rank of a; and its min(M, N) singular values s in
// descending order. x has shape (N,) or (N, K). For complex input the
// residuals and s, real in NumPy, are returned as complex numbers with zero
// imaginary parts (ndarray.RealPart gives a float64 view of them). Lstsq
// reads the option
// RCond. It returns an error matching ErrNoConvergence if the SVD does not
// converge, as NaN or Inf in a makes it; NaN or Inf in b gives NaN in x (under
// cgo, as in NumPy, Inf makes every column NaN), not an error. It panics with a *ndarray.ValueError if a is not 2-d or b
// neither 1-d nor 2-d, and with a *ndarray.ShapeError if their M differ.
func Lstsq[T Inexact](a, b *ndarray.Array[T], opts ...Option) (x, residuals *ndarray.Array[T], rank int, s *ndarray.Array[T], err error) {
	if isComplex[T]() {
		return lstsq[T, complex128](a, b, newConfig(opts))
	}
	return lstsq[T, float64](a, b, newConfig(opts))
}

func lstsq[T Inexact, W work](a, b *ndarray.Array[T], cfg config) (x, residuals *ndarray.Array[T], rank int, s *ndarray.Array[T], err error) {
	if nd := a.Ndim(); nd != 2 || b.Ndim() < 1 || b.Ndim() > 2 {
		if nd == 2 { // NumPy names a first, then b
			nd = b.Ndim()
		}
		panicValue("Lstsq", "%d-dimensional array given. Array must be two-dimensional", nd)
	}
	m, n := a.Shape()[0], a.Shape()[1]
	is1d := b.Ndim() == 1
	if is1d {
		b = b.Reshape(-1, 1)
	}
	if bm := b.Shape()[0]; bm != m {
		panic(&ndarray.ShapeError{Op: "Lstsq", Msg: fmt.Sprintf("Incompatible dimensions: a has %d rows, b has %d", m, bm)})
	}
	nrhs := b.Shape()[1]
	rcond := cfg.rcond
	if math.IsNaN(rcond) {
		// NumPy solves in double precision for single-precision input
		// too, and takes that precision's epsilon.
		rcond = eps[float64]() * float64(max(m, n))
	}
	as, _ := stridedOf(a, nil)
	bs, _ := stridedOf(b, nil)
	ldb := max(1, m, n)
	// gelsd wants B with max(M, N) rows: x fills the first N, and for
	// M > N the other M - N hold the components of the residual.
	// LAPACK cannot take zero right-hand sides: as NumPy, solve for one
	// column of zeros then.
	bw := make([]W, ldb*max(nrhs, 1))
	bl := load[T, W](bs.matrix(bs.off), nil)
	for j := range nrhs {
		copy(bw[j*ldb:j*ldb+m], bl[j*m:(j+1)*m])
	}
	k := min(m, n)
	sv := make([]float64, k)
	if m > 0 && n > 0 {
		r, ok := lapackFor[W]().gelsd(m, n, max(nrhs, 1), load[T, W](as.matrix(as.off), nil), m, bw, ldb, sv, rcond)
		if !ok {
			return nil, nil, 0, nil, opError("Lstsq", ErrNoConvergence)
		}
		rank = r
	}
	x = ndarray.Zeros[T](n, nrhs)
	store(x.Data(), n, nrhs, bw, ldb)
	if rank == n && m > n {
		residuals = ndarray.Zeros[T](nrhs)
		rd := residuals.Data()
		res := make([]float64, nrhs)
		for j := range res {
			res[j] = sumSq(floats[W, float64](bw[j*ldb+n : j*ldb+m])) // Σ|v|²
		}
		storeReal(rd, res)
	} else {
		residuals = ndarray.Zeros[T](0)
	}
	if is1d {
		x = x.Reshape(n)
	}
	s = ndarray.Zeros[T](k)
	storeReal(s.Data(), sv)
	return x, residuals, rank, s, nil
}
