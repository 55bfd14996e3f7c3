package lapack

import (
	"fmt"
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/blas/gonum"
)

// The complex drivers of the pure-Go build. gonum has no complex LAPACK, so
// these are written here from reference LAPACK's unblocked algorithms, on
// column-major storage and gonum's complex Level 1 BLAS (whose unit-stride
// kernels are assembly): zgetf2/zgetrs, zpotf2, zgeqr2/zung2r with zlarfg's
// conventions (so tau and R match LAPACK's to rounding), zhetd2 + Dsteqr for
// Zheevd, zgehd2 + zlahqr + ztrevc for Zgeev (zeig_gonum.go) and zgebd2 +
// Dbdsqr for Zgesdd and Zgelsd (zsvd_gonum.go). All are O(n³).

var _ ComplexDrivers = Gonum{}

// zb is gonum's pure-Go complex BLAS; its methods are called directly, not
// through an interface.
var zb gonum.Implementation

const (
	dlamchE = 0x1p-53   // LAPACK's relative machine epsilon
	dlamchP = 0x1p-52   // eps·base, LAPACK's "precision" (ulp)
	dlamchS = 0x1p-1022 // smallest normal, LAPACK's "safe minimum"
)

// cabs1 is |re| + |im|, the cheap modulus LAPACK pivots and tests with.
func cabs1(z complex128) float64 { return math.Abs(real(z)) + math.Abs(imag(z)) }

// zlarfg generates an elementary reflector H = I - tau·v·vᴴ, v[0] = 1,
// such that Hᴴ·[alpha; x] = [beta; 0] with beta real, as LAPACK's zlarfg
// (beta takes the sign opposite to re(alpha); tau is 0 when x is zero and
// alpha real). x is overwritten with v[1:].
func zlarfg(alpha complex128, x []complex128) (beta float64, tau complex128) {
	n := len(x)
	xnorm := zb.Dznrm2(n, x, 1)
	ar, ai := real(alpha), imag(alpha)
	if xnorm == 0 && ai == 0 {
		return ar, 0
	}
	beta = -math.Copysign(dlapy3(ar, ai, xnorm), ar)
	const safmin = dlamchS / dlamchE
	knt := 0
	if math.Abs(beta) < safmin {
		// x and beta may be inaccurate: scale up and recompute.
		for knt < 20 && math.Abs(beta) < safmin {
			knt++
			zb.Zdscal(n, 1/safmin, x, 1)
			beta /= safmin
			ar /= safmin
			ai /= safmin
		}
		xnorm = zb.Dznrm2(n, x, 1)
		beta = -math.Copysign(dlapy3(ar, ai, xnorm), ar)
	}
	tau = complex((beta-ar)/beta, -ai/beta)
	zb.Zscal(n, 1/complex(ar-beta, ai), x, 1)
	for range knt {
		beta *= safmin
	}
	return beta, tau
}

// dlapy3 is sqrt(x²+y²+z²) without needless overflow.
func dlapy3(x, y, z float64) float64 {
	w := max(math.Abs(x), math.Abs(y), math.Abs(z))
	if w == 0 {
		return math.Abs(x) + math.Abs(y) + math.Abs(z)
	}
	x, y, z = x/w, y/w, z/w
	return w * math.Sqrt(x*x+y*y+z*z)
}

// zlarfLeft overwrites the len(v)×ncols matrix C (column j at c[j*ldc:]) with
// (I - tau·v·vᴴ)·C, as LAPACK's zlarf('L').
func zlarfLeft(tau complex128, v, c []complex128, ldc, ncols int) {
	if tau == 0 {
		return
	}
	m := len(v)
	for j := range ncols {
		col := c[j*ldc : j*ldc+m]
		s := zb.Zdotc(m, v, 1, col, 1)
		zb.Zaxpy(m, -tau*s, v, 1, col, 1)
	}
}

// zlarfRight overwrites the mrows×len(v) matrix C with C·(I - tau·v·vᴴ),
// as LAPACK's zlarf('R'); w is scratch of mrows elements.
func zlarfRight(tau complex128, v, c []complex128, ldc, mrows int, w []complex128) {
	if tau == 0 {
		return
	}
	w = w[:mrows]
	clear(w)
	for j, vj := range v {
		zb.Zaxpy(mrows, vj, c[j*ldc:j*ldc+mrows], 1, w, 1)
	}
	for j, vj := range v {
		zb.Zaxpy(mrows, -tau*cmplx.Conj(vj), w, 1, c[j*ldc:j*ldc+mrows], 1)
	}
}

// Zgesv solves A X = B; see ComplexDrivers.
func (Gonum) Zgesv(n, nrhs int, a []complex128, lda int, ipiv []int32, b []complex128, ldb int) bool {
	if !(Gonum{}).Zgetrf(n, n, a, lda, ipiv) {
		return false
	}
	if n == 0 {
		return true
	}
	// Row interchanges, then L (unit diagonal) and U by columns.
	for i := range n {
		if p := int(ipiv[i]) - 1; p != i {
			zb.Zswap(nrhs, b[i:], ldb, b[p:], ldb)
		}
	}
	for k := range nrhs {
		x := b[k*ldb : k*ldb+n]
		for j := range n {
			if t := x[j]; t != 0 {
				zb.Zaxpy(n-j-1, -t, a[j+1+j*lda:n+j*lda], 1, x[j+1:], 1)
			}
		}
		for j := n - 1; j >= 0; j-- {
			x[j] /= a[j+j*lda]
			if t := x[j]; t != 0 {
				zb.Zaxpy(j, -t, a[j*lda:j+j*lda], 1, x[:j], 1)
			}
		}
	}
	return true
}

// Zgetrf computes an LU factorisation with partial pivoting (the largest
// |re|+|im| in the column, as izamax); see ComplexDrivers.
func (Gonum) Zgetrf(m, n int, a []complex128, lda int, ipiv []int32) bool {
	ok := true
	for j := range min(m, n) {
		col := a[j*lda : m+j*lda]
		p, pmax := j, cabs1(col[j])
		for i := j + 1; i < m; i++ {
			if v := cabs1(col[i]); v > pmax {
				p, pmax = i, v
			}
		}
		ipiv[j] = int32(p + 1)
		piv := col[p]
		if piv == 0 {
			ok = false
			continue
		}
		if p != j {
			zb.Zswap(n, a[j:], lda, a[p:], lda)
		}
		if cmplx.Abs(piv) >= dlamchS {
			zb.Zscal(m-j-1, 1/piv, col[j+1:], 1)
		} else {
			for i := j + 1; i < m; i++ {
				col[i] /= piv
			}
		}
		for c := j + 1; c < n; c++ {
			if t := a[j+c*lda]; t != 0 {
				zb.Zaxpy(m-j-1, -t, col[j+1:], 1, a[j+1+c*lda:m+c*lda], 1)
			}
		}
	}
	return ok
}

// Zpotrf computes a Cholesky factor, A = L·Lᴴ ('L') or Uᴴ·U ('U'), reading
// and writing only the uplo triangle and the real part of the diagonal;
// see ComplexDrivers.
func (Gonum) Zpotrf(uplo byte, n int, a []complex128, lda int) bool {
	switch uplo {
	case 'L':
		// Right-looking: scale column j, update the trailing lower
		// triangle column by column.
		for j := range n {
			ajj := real(a[j+j*lda])
			if !(ajj > 0) {
				a[j+j*lda] = complex(ajj, 0)
				return false
			}
			ajj = math.Sqrt(ajj)
			a[j+j*lda] = complex(ajj, 0)
			col := a[j+1+j*lda : n+j*lda]
			zb.Zdscal(len(col), 1/ajj, col, 1)
			for c := j + 1; c < n; c++ {
				zb.Zaxpy(n-c, -cmplx.Conj(a[c+j*lda]), a[c+j*lda:n+j*lda], 1, a[c+c*lda:n+c*lda], 1)
			}
		}
	case 'U':
		// Left-looking: row j of U from dot products of columns.
		for j := range n {
			uj := a[j*lda : j+j*lda]
			ajj := real(a[j+j*lda]) - real(zb.Zdotc(j, uj, 1, uj, 1))
			if !(ajj > 0) {
				a[j+j*lda] = complex(ajj, 0)
				return false
			}
			ajj = math.Sqrt(ajj)
			a[j+j*lda] = complex(ajj, 0)
			for c := j + 1; c < n; c++ {
				a[j+c*lda] = (a[j+c*lda] - zb.Zdotc(j, uj, 1, a[c*lda:j+c*lda], 1)) / complex(ajj, 0)
			}
		}
	default:
		panic(fmt.Sprintf("lapack: Zpotrf: uplo must be 'L' or 'U', got %q", uplo))
	}
	return true
}

// Zgeqrf computes a QR factorisation with Householder reflectors as
// LAPACK's zgeqr2: R on and above the diagonal (its diagonal real), the
// reflectors' v[1:] below it; see ComplexDrivers.
func (Gonum) Zgeqrf(m, n int, a []complex128, lda int, tau []complex128) {
	for i := range min(m, n) {
		col := a[i+i*lda : m+i*lda]
		beta, t := zlarfg(col[0], col[1:])
		tau[i] = t
		if i < n-1 {
			col[0] = 1
			zlarfLeft(cmplx.Conj(t), col, a[i+(i+1)*lda:], lda, n-i-1)
		}
		col[0] = complex(beta, 0)
	}
}

// Zungqr forms Q from the reflectors of Zgeqrf as LAPACK's zung2r; see
// ComplexDrivers. It requires m ≥ n ≥ k, as LAPACK does.
func (Gonum) Zungqr(m, n, k int, a []complex128, lda int, tau []complex128) {
	if m < n || n < k {
		panic(fmt.Sprintf("lapack: Zungqr: need m >= n >= k, got m=%d n=%d k=%d", m, n, k))
	}
	for j := k; j < n; j++ {
		clear(a[j*lda : m+j*lda])
		a[j+j*lda] = 1
	}
	for i := k - 1; i >= 0; i-- {
		col := a[i+i*lda : m+i*lda]
		if i < n-1 {
			col[0] = 1
			zlarfLeft(tau[i], col, a[i+(i+1)*lda:], lda, n-i-1)
		}
		zb.Zscal(m-i-1, -tau[i], col[1:], 1)
		col[0] = 1 - tau[i]
		clear(a[i*lda : i+i*lda])
	}
}

// Zgelsd computes a minimum-norm least-squares solution from the SVD
// A = U·diag(s)·Vᴴ as X = V·diag(1/s)·Uᴴ·B over the singular values above
// rcond·s[0] (machine epsilon if rcond < 0); see ComplexDrivers. As in
// Gonum.Dgelsd, for m > n row n of each column of B is left holding the
// residual norm and rows n+1..m-1 zero, whose sum of squares is LAPACK's.
func (Gonum) Zgelsd(m, n, nrhs int, a []complex128, lda int, b []complex128, ldb int, s []float64, rcond float64) (int, bool) {
	k := min(m, n)
	if k == 0 {
		return 0, true // as LAPACK: B is left as it is
	}
	a0 := make([]complex128, m*n) // for the residual: Zgesdd overwrites a
	for j := range n {
		copy(a0[j*m:(j+1)*m], a[j*lda:j*lda+m])
	}
	u := make([]complex128, m*k)
	vt := make([]complex128, k*n)
	if !(Gonum{}).Zgesdd('S', m, n, a, lda, s, u, max(1, m), vt, max(1, k)) {
		return 0, false
	}
	if rcond < 0 {
		rcond = dlamchP
	}
	rank := 0
	for rank < k && s[rank] > rcond*s[0] {
		rank++
	}
	c := make([]complex128, rank)
	x := make([]complex128, n)
	for j := range nrhs {
		bj := b[j*ldb : j*ldb+max(m, n)]
		// c = diag(1/s)·Uᴴ·b, x = Vᴴᴴ·c = Σ c_i·conj(Vt[i, :]).
		for i := range rank {
			c[i] = zb.Zdotc(m, u[i*m:(i+1)*m], 1, bj, 1) / complex(s[i], 0)
		}
		clear(x)
		for p := range n {
			var sum complex128
			for i := range rank {
				sum += cmplx.Conj(vt[i+p*k]) * c[i]
			}
			x[p] = sum
		}
		if m > n {
			r := 0.0
			for i := range m {
				ri := bj[i]
				for p := range n {
					ri -= a0[i+p*m] * x[p]
				}
				r = math.Hypot(r, cmplx.Abs(ri))
			}
			clear(bj[n:m])
			bj[n] = complex(r, 0)
		}
		copy(bj[:n], x)
	}
	return rank, true
}
