package lapack

import (
	"cmp"
	"fmt"
	"math"
	"math/cmplx"
	"slices"
)

// Zgesdd computes a singular value decomposition; see ComplexDrivers. It
// runs a one-sided Jacobi SVD (Hestenes; Demmel & Veselić, "Jacobi's method
// is more accurate than QR", 1992) on W = A when m ≥ n and W = Aᴴ
// otherwise: after a QR factorisation of W, complex plane rotations
// orthogonalise the columns of Rᴴ until every pair is orthogonal to working
// precision; their norms are the singular values (to high relative
// accuracy), the normalised columns one set of singular vectors and Q times
// the accumulated rotations the other. Singular vectors that no nonzero
// singular value defines (rank deficiency) are completed to a unitary basis
// by a QR factorisation. Each sweep costs O(min(m,n)³), and 8 to 10 sweeps
// are typical. It reports false for input with NaN or Inf (LAPACK 3.10's
// zgesdd refuses NaN) and if the sweeps did not converge.
func (Gonum) Zgesdd(jobz byte, m, n int, a []complex128, lda int, s []float64, u []complex128, ldu int, vt []complex128, ldvt int) bool {
	k := min(m, n)
	var ucols, vrows int
	switch jobz {
	case 'A':
		ucols, vrows = m, n
	case 'S':
		ucols, vrows = k, k
	case 'N':
	default:
		panic(fmt.Sprintf("lapack: Zgesdd: jobz must be 'A', 'S' or 'N', got %q", jobz))
	}
	for j := range n {
		for _, v := range a[j*lda : m+j*lda] {
			if cmplx.IsNaN(v) || cmplx.IsInf(v) {
				return false
			}
		}
	}
	// W is the p×q matrix, p ≥ q, the rotations act on: A or Aᴴ.
	tall := m >= n
	p, q := m, n
	lcols := ucols
	if !tall {
		p, q, lcols = n, m, vrows
	}
	w := make([]complex128, p*q)
	for j := range n {
		for i, v := range a[j*lda : m+j*lda] {
			if tall {
				w[i+j*m] = v
			} else {
				w[j+i*n] = cmplx.Conj(v)
			}
		}
	}
	want := jobz != 'N'
	sw, l, r, ok := jacobiSVD(p, q, w, want, lcols)
	copy(s, sw)
	if !want {
		return ok
	}
	// W = L·diag(s)·Rᴴ, so A = L·diag(s)·Rᴴ or, when W = Aᴴ, R·diag(s)·Lᴴ.
	if tall {
		for j := range ucols {
			copy(u[j*ldu:j*ldu+m], l[j*p:(j+1)*p])
		}
		for j := range n {
			for i := range vrows {
				vt[i+j*ldvt] = cmplx.Conj(r[j+i*q])
			}
		}
	} else {
		for j := range ucols {
			copy(u[j*ldu:j*ldu+m], r[j*q:(j+1)*q])
		}
		for j := range n {
			for i := range vrows {
				vt[i+j*ldvt] = cmplx.Conj(l[j+i*p])
			}
		}
	}
	return ok
}

// jacobiSVD computes the singular values s (descending) of the p×q matrix
// W, p ≥ q (column-major, leading dimension p, overwritten), and when want
// the p×lcols matrix L of left singular vectors (lcols q or p, orthonormal
// columns) and the q×q unitary R with W = L·diag(s)·Rᴴ.
//
// The rotations act on Rᴴ of a QR factorisation W = Q·R_W (Drmač &
// Veselić's preconditioning: Rᴴ's columns are closer to orthogonal, so
// fewer sweeps, each on q×q instead of p×q): Rᴴ·V1 = U1·diag(s) gives
// W = (Q·V1)·diag(s)·U1ᴴ, so L = Q·V1, extended by Q's trailing columns when
// lcols = p, and R = U1.
func jacobiSVD(p, q int, w []complex128, want bool, lcols int) (s []float64, l, r []complex128, ok bool) {
	// Scale by a power of two (exact) so that column norms squared
	// neither overflow nor needlessly underflow.
	amax := 0.0
	for _, v := range w {
		amax = max(amax, cabs1(v))
	}
	scale := 1.0
	if amax > 0 {
		_, e := math.Frexp(amax)
		scale = math.Ldexp(1, -e)
		zb.Zdscal(len(w), scale, w, 1)
	}
	tau := make([]complex128, q)
	Gonum{}.Zgeqrf(p, q, w, max(1, p), tau)
	x := make([]complex128, q*q)
	for j := range q {
		for i := range j + 1 {
			x[j+i*q] = cmplx.Conj(w[i+j*p])
		}
	}
	var v1 []complex128
	if want {
		v1 = make([]complex128, q*q)
		for j := range q {
			v1[j+j*q] = 1
		}
	}
	ok = jacobiSweeps(q, q, x, v1)
	sv := make([]float64, q)
	for j := range q {
		sv[j] = zb.Dznrm2(q, x[j*q:(j+1)*q], 1)
	}
	order := make([]int, q)
	for j := range order {
		order[j] = j
	}
	slices.SortStableFunc(order, func(i, j int) int { return cmp.Compare(sv[j], sv[i]) })
	s = make([]float64, q)
	for i, j := range order {
		s[i] = sv[j] / scale
	}
	if !want {
		return s, nil, nil, ok
	}
	// A column whose norm squared underflowed took no part in the
	// rotations: its direction is completed like a zero one.
	const tiny = 0x1p-500
	r = make([]complex128, q*q)
	missing := make([]bool, q)
	l = make([]complex128, p*lcols)
	for i, j := range order {
		copy(l[i*p:i*p+q], v1[j*q:(j+1)*q])
		if sv[j] <= tiny {
			missing[i] = true
			continue
		}
		col := r[i*q : (i+1)*q]
		copy(col, x[j*q:(j+1)*q])
		zb.Zdscal(q, 1/sv[j], col, 1)
	}
	completeBasis(q, q, r, missing)
	for i := q; i < lcols; i++ {
		l[i+i*p] = 1
	}
	// L := Q·L = H(0)·H(1)···H(q-1)·L.
	for i := q - 1; i >= 0; i-- {
		v := w[i+i*p : p+i*p]
		v[0] = 1
		zlarfLeft(tau[i], v, l[i:], p, lcols)
	}
	return s, l, r, ok
}

// jacobiSweeps orthogonalises the columns of the p×q matrix W by cyclic
// sweeps of complex Jacobi rotations, applying each to the columns of the
// q×q matrix R too when R is not nil. A pair (a, b) is rotated while
// |aᴴb| > p·ε·‖a‖·‖b‖; it reports false if 80 sweeps did not get there.
func jacobiSweeps(p, q int, w, r []complex128) bool {
	tol := dlamchP * float64(max(p, 2))
	norms := make([]float64, q)
	for range 80 {
		for j := range q {
			nj := zb.Dznrm2(p, w[j*p:(j+1)*p], 1)
			norms[j] = nj * nj
		}
		// de Rijk: sweep the columns in order of decreasing norm.
		for i := range q - 1 {
			b := i
			for j := i + 1; j < q; j++ {
				if norms[j] > norms[b] {
					b = j
				}
			}
			if b != i {
				norms[i], norms[b] = norms[b], norms[i]
				zb.Zswap(p, w[i*p:(i+1)*p], 1, w[b*p:(b+1)*p], 1)
				if r != nil {
					zb.Zswap(q, r[i*q:(i+1)*q], 1, r[b*q:(b+1)*q], 1)
				}
			}
		}
		rotated := false
		for i := range q - 1 {
			for j := i + 1; j < q; j++ {
				alpha, beta := norms[i], norms[j]
				if alpha == 0 || beta == 0 {
					continue
				}
				ai, aj := w[i*p:(i+1)*p], w[j*p:(j+1)*p]
				g := zb.Zdotc(p, ai, 1, aj, 1)
				ga := cmplx.Abs(g)
				if !(ga > tol*math.Sqrt(alpha)*math.Sqrt(beta)) {
					continue
				}
				rotated = true
				// With b' = b·e^{-iφ}, g = |g|e^{iφ}, the pair is real:
				// rotate by the angle whose tangent t solves
				// t² + 2ζt - 1 = 0 (the smaller root).
				zeta := (beta - alpha) / (2 * ga)
				var t float64
				if math.Abs(zeta) > 1e150 {
					t = 0.5 / zeta
				} else {
					t = math.Copysign(1, zeta) / (math.Abs(zeta) + math.Sqrt(1+zeta*zeta))
				}
				c := 1 / math.Sqrt(1+t*t)
				sn := c * t
				// (a, b) := (c·a - s·e^{-iφ}·b, s·e^{iφ}·a + c·b): the
				// rotation of the real pair with b's column then
				// multiplied by e^{iφ}, still unitary.
				z := complex(sn, 0) * cmplx.Conj(g) / complex(ga, 0)
				rotatePair(ai, aj, c, z)
				if r != nil {
					rotatePair(r[i*q:(i+1)*q], r[j*q:(j+1)*q], c, z)
				}
				norms[i] = alpha - t*ga
				norms[j] = beta + t*ga
				if norms[i] < 0.01*alpha {
					// Cancellation: measure instead.
					ni := zb.Dznrm2(p, ai, 1)
					norms[i] = ni * ni
				}
			}
		}
		if !rotated {
			return true
		}
	}
	return false
}

// rotatePair sets (x, y) to (c·x - z·y, conj(z)·x + c·y), a unitary plane
// rotation when c² + |z|² = 1.
func rotatePair(x, y []complex128, c float64, z complex128) {
	zr, zi := real(z), imag(z)
	y = y[:len(x)]
	for k, xk := range x {
		xr, xi := real(xk), imag(xk)
		yr, yi := real(y[k]), imag(y[k])
		x[k] = complex(c*xr-(zr*yr-zi*yi), c*xi-(zr*yi+zi*yr))
		y[k] = complex(zr*xr+zi*xi+c*yr, zr*xi-zi*xr+c*yi)
	}
}

// completeBasis fills the columns of the p×cols matrix L marked missing
// with orthonormal vectors orthogonal to the others, which are orthonormal:
// the trailing columns of the unitary Q of a QR factorisation of the
// present ones.
func completeBasis(p, cols int, l []complex128, missing []bool) {
	if !slices.Contains(missing, true) {
		return
	}
	qm := make([]complex128, p*p)
	rk := 0
	for j := range cols {
		if !missing[j] {
			copy(qm[rk*p:(rk+1)*p], l[j*p:(j+1)*p])
			rk++
		}
	}
	tau := make([]complex128, rk)
	Gonum{}.Zgeqrf(p, rk, qm, max(1, p), tau)
	Gonum{}.Zungqr(p, p, rk, qm, max(1, p), tau)
	next := rk
	for j := range cols {
		if missing[j] {
			copy(l[j*p:(j+1)*p], qm[next*p:(next+1)*p])
			next++
		}
	}
}
