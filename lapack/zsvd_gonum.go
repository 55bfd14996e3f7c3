package lapack

import (
	"cmp"
	"fmt"
	"math"
	"math/cmplx"
	"slices"
)

// Zgesdd computes a singular value decomposition; see ComplexDrivers. It
// runs a one-sided Jacobi SVD (Hestenes; see Demmel & Veselić, "Jacobi's
// method is more accurate than QR", 1992) on A when m ≥ n and on Aᴴ
// otherwise: complex plane rotations orthogonalise the columns until every
// pair is orthogonal to working precision, the column norms are then the
// singular values and the rotations accumulate V. Columns of U that no
// nonzero singular value defines (rank deficiency, jobz 'A' with m ≠ n) are
// completed to a unitary basis by a QR factorisation. It reports false for
// input with NaN or Inf (LAPACK 3.10's zgesdd refuses NaN) and if the
// sweeps did not converge.
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
// the p×lcols matrix L of left singular vectors (lcols q or p, completed to
// orthonormal columns) and the q×q unitary R with W = L·diag(s)·Rᴴ.
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
	if want {
		r = make([]complex128, q*q)
		for j := range q {
			r[j+j*q] = 1
		}
	}
	ok = jacobiSweeps(p, q, w, r)
	sv := make([]float64, q)
	for j := range q {
		sv[j] = zb.Dznrm2(p, w[j*p:(j+1)*p], 1)
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
	l = make([]complex128, p*lcols)
	missing := make([]bool, lcols)
	for i := range lcols {
		if i >= q || sv[order[i]] <= tiny {
			missing[i] = true
			continue
		}
		j := order[i]
		col := l[i*p : (i+1)*p]
		copy(col, w[j*p:(j+1)*p])
		zb.Zdscal(p, 1/sv[j], col, 1)
	}
	completeBasis(p, lcols, l, missing)
	rs := make([]complex128, q*q)
	for i, j := range order {
		copy(rs[i*q:(i+1)*q], r[j*q:(j+1)*q])
	}
	return s, l, rs, ok
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
				ph := cmplx.Conj(g) / complex(ga, 0)
				rotatePair(ai, aj, c, sn, ph)
				if r != nil {
					rotatePair(r[i*q:(i+1)*q], r[j*q:(j+1)*q], c, sn, ph)
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

// rotatePair sets (x, y) to (c·x - s·ph·y, s·x + c·ph·y).
func rotatePair(x, y []complex128, c, s float64, ph complex128) {
	pr, pi := real(ph), imag(ph)
	y = y[:len(x)]
	for k, xk := range x {
		yr := real(y[k])*pr - imag(y[k])*pi
		yi := real(y[k])*pi + imag(y[k])*pr
		xr, xi := real(xk), imag(xk)
		x[k] = complex(c*xr-s*yr, c*xi-s*yi)
		y[k] = complex(s*xr+c*yr, s*xi+c*yi)
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
