package lapack

import (
	"fmt"
	"math"
	"math/cmplx"

	gblas "gonum.org/v1/gonum/blas"
)

// Zgesdd computes a singular value decomposition; see ComplexDrivers. As
// LAPACK's zgesvd it reduces W = A (m ≥ n) or W = Aᴴ (m < n) to a real
// upper bidiagonal B = Qᴴ·W·P with Householder reflectors (zgebd2; zlarfg
// makes the diagonal and superdiagonal real), computes B = Ub·diag(s)·Vbᵀ
// with gonum's Dbdsqr (Demmel & Kahan's QR: singular values descending
// and to high relative accuracy; dqds when no vectors are wanted), and
// applies the reflectors: W = (Q·Ub)·diag(s)·(P·Vb)ᴴ. For jobz 'A' the
// extra columns of U (or V) are Q's trailing columns. It reports false for
// input with NaN or Inf (LAPACK 3.10's zgesdd refuses NaN) and if the QR
// iteration did not converge.
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
	if k == 0 { // LAPACK's quick return: U and Vᴴ are left as they are
		return true
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
	sw, l, r, ok := bidiagSVD(p, q, w, want, lcols)
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

// bidiagSVD computes the singular values s (descending) of the p×q matrix
// W, p ≥ q (column-major, leading dimension p, overwritten), and when want
// the p×lcols matrix L of left singular vectors (lcols q or p, orthonormal
// columns) and the q×q unitary R with W = L·diag(s)·Rᴴ.
func bidiagSVD(p, q int, w []complex128, want bool, lcols int) (s []float64, l, r []complex128, ok bool) {
	// Scale by a power of two (exact) into [0.5, 1) so that nothing in
	// the reduction overflows or needlessly underflows.
	amax := 0.0
	for _, v := range w {
		amax = max(amax, math.Abs(real(v)), math.Abs(imag(v)))
	}
	scale := 1.0
	if amax > 0 {
		_, e := math.Frexp(amax)
		scale = math.Ldexp(1, -e)
		zb.Zdscal(len(w), scale, w, 1)
	}
	// zgebd2: H(i)ᴴ from the left zeroes column i below the diagonal,
	// G(i) from the right row i right of the superdiagonal. The row
	// reflector comes from the conjugated row, as LAPACK's zlacgv does;
	// u keeps its vectors (u[i][0] = 1 implied), w the column ones.
	d := make([]float64, q)
	e := make([]float64, max(q-1, 1))
	tauq := make([]complex128, q)
	taup := make([]complex128, max(q-1, 1))
	u := make([]complex128, q*q)
	work := make([]complex128, p)
	for i := range q {
		col := w[i+i*p : p+i*p]
		beta, t := zlarfg(col[0], col[1:])
		d[i], tauq[i] = beta, t
		if i == q-1 {
			break
		}
		col[0] = 1
		zlarfLeft(cmplx.Conj(t), col, w[i+(i+1)*p:], p, q-i-1)
		k := q - i - 1
		v := u[i*q : i*q+k]
		for j := range k {
			v[j] = cmplx.Conj(w[i+(i+1+j)*p])
		}
		beta, t = zlarfg(v[0], v[1:])
		e[i], taup[i] = beta, t
		v[0] = 1
		zlarfRight(t, v, w[i+1+(i+1)*p:], p, p-i-1, work)
	}
	ok = true
	if !want {
		if q > 0 {
			ok = impl.Dbdsqr(gblas.Upper, q, 0, 0, 0, d, e, nil, 1, nil, 1, nil, 1, make([]float64, 4*q))
		}
	} else {
		// Ubᵀ and Vbᵀ, row-major, start as the identity. Ubᵀ comes as
		// Dbdsqr's Qᵀ·C rather than its U·Q so that both apply their
		// rotations to contiguous rows.
		ubt, vbt := make([]float64, q*q), make([]float64, q*q)
		for j := range q {
			ubt[j*q+j], vbt[j*q+j] = 1, 1
		}
		if q > 0 {
			ok = impl.Dbdsqr(gblas.Upper, q, q, 0, q, d, e, vbt, q, nil, 1, ubt, q, make([]float64, 4*q))
		}
		// L = Q·[Ub 0; 0 I], Q = H(0)···H(q-1).
		l = make([]complex128, p*lcols)
		for j := range q {
			for i := range q {
				l[i+j*p] = complex(ubt[j*q+i], 0)
			}
		}
		for j := q; j < lcols; j++ {
			l[j+j*p] = 1
		}
		for i := q - 1; i >= 0; i-- {
			v := w[i+i*p : p+i*p]
			v[0] = 1
			zlarfLeft(tauq[i], v, l[i:], p, lcols)
		}
		// R = P·Vb, P = G(0)···G(q-2) acting on rows i+1..q-1.
		r = make([]complex128, q*q)
		for j := range q {
			for i := range q {
				r[i+j*q] = complex(vbt[j*q+i], 0)
			}
		}
		for i := q - 2; i >= 0; i-- {
			zlarfLeft(taup[i], u[i*q:i*q+q-i-1], r[i+1:], q, q)
		}
	}
	s = make([]float64, q)
	for i := range q {
		s[i] = d[i] / scale
	}
	return s, l, r, ok
}
