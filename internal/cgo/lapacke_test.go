//go:build cgo && !purego

package cgo

import (
	"fmt"
	"math"
	"math/cmplx"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/numgo/numgo/internal/colmat"
)

// The complex LAPACKE drivers are checked by the properties that define
// each result (A X = B, L Lᴴ = A, A V = V diag(w), U diag(s) Vᴴ = A,
// Q R = A with QᴴQ = I, Aᴴ(A X - B) = 0) at sizes on both sides of LAPACK's
// block sizes, so that the blocked code paths and LAPACKE's workspace
// queries run, with leading dimensions larger than the matrix and NaN in
// the padding so that a read outside the matrix shows.

func TestLAPACKEComplexSquare(t *testing.T) {
	var d LAPACKE
	r := rand.New(rand.NewPCG(5, 5))
	for _, n := range []int{1, 2, 5, 33, 65, 129} {
		t.Run(fmt.Sprintf("n=%d", n), func(t *testing.T) {
			tol := 1e-11 * float64(n*n)
			a, b := colmat.Rand[complex128](r, n, n, 3), colmat.Rand[complex128](r, n, 3, 3)
			lu, x := a.Clone(), b.Clone()
			if !d.Zgesv(n, 3, lu.A, lu.LD, make([]int32, n), x.A, x.LD) {
				t.Fatal("Zgesv: singular")
			}
			if e := colmat.MaxDiff(colmat.Mul(a, x), b); e > tol {
				t.Errorf("Zgesv: |A X - B| = %g", e)
			}
			// Zgetrf: P L U = A.
			f, ipiv := a.Clone(), make([]int32, n)
			if !d.Zgetrf(n, n, f.A, f.LD, ipiv) {
				t.Fatal("Zgetrf: singular")
			}
			l, u := colmat.Eye[complex128](n), colmat.Zeros[complex128](n, n)
			for j := range n {
				for i := range n {
					if i > j {
						l.A[i+j*n] = f.At(i, j)
					} else {
						u.A[i+j*n] = f.At(i, j)
					}
				}
			}
			plu := colmat.Mul(l, u)
			for k := n - 1; k >= 0; k-- { // apply the row swaps backwards
				p := int(ipiv[k]) - 1
				for j := range n {
					plu.A[k+j*n], plu.A[p+j*n] = plu.A[p+j*n], plu.A[k+j*n]
				}
			}
			if e := colmat.MaxDiff(plu, a); e > tol {
				t.Errorf("Zgetrf: |P L U - A| = %g", e)
			}
			// Zpotrf of the Hermitian A Aᴴ + n I: L Lᴴ = A.
			s := colmat.Mul(a, a.H())
			for i := range n {
				s.A[i+i*s.LD] += complex(float64(n), 0)
			}
			c := s.Clone()
			if !d.Zpotrf('L', n, c.A, c.LD) {
				t.Fatal("Zpotrf: not positive definite")
			}
			for j := range n {
				for i := range j {
					c.A[i+j*c.LD] = 0
				}
			}
			if e := colmat.MaxDiff(colmat.Mul(c, c.H()), s); e > tol*float64(n) {
				t.Errorf("Zpotrf: |L Lᴴ - A| = %g", e)
			}
			// Zheevd reads only the uplo triangle: poison the other one.
			for _, uplo := range []byte{'L', 'U'} {
				v, w := s.Clone(), make([]float64, n)
				for j := range n {
					for i := range n {
						if uplo == 'L' && i < j || uplo == 'U' && i > j {
							v.A[i+j*v.LD] = cmplx.NaN()
						}
					}
				}
				if !d.Zheevd('V', uplo, n, v.A, v.LD, w) {
					t.Fatalf("Zheevd(%c): no convergence", uplo)
				}
				if !slices.IsSorted(w) {
					t.Errorf("Zheevd(%c): eigenvalues not ascending", uplo)
				}
				vw := v.Clone()
				for j := range n {
					for i := range n {
						vw.A[i+j*vw.LD] *= complex(w[j], 0)
					}
				}
				if e := colmat.MaxDiff(colmat.Mul(s, v), vw); e > tol*float64(n) {
					t.Errorf("Zheevd(%c): |A V - V W| = %g", uplo, e)
				}
				if e := colmat.MaxDiff(colmat.Mul(v.H(), v), colmat.Eye[complex128](n)); e > tol {
					t.Errorf("Zheevd(%c): |Vᴴ V - I| = %g", uplo, e)
				}
			}
			// Zgeev: A v = λ v, unit columns, Σλ = trace.
			g, w, vr := a.Clone(), make([]complex128, n), colmat.Zeros[complex128](n, n)
			if !d.Zgeev('V', n, g.A, g.LD, w, vr.A, vr.LD) {
				t.Fatal("Zgeev: no convergence")
			}
			var tr, sum complex128
			for i := range n {
				tr += a.At(i, i)
				sum += w[i]
			}
			if cmplx.Abs(tr-sum) > tol {
				t.Errorf("Zgeev: Σλ = %v, trace %v", sum, tr)
			}
			vw := vr.Clone()
			for j := range n {
				norm := 0.0
				for i := range n {
					vw.A[i+j*n] *= w[j]
					norm += real(vr.At(i, j) * cmplx.Conj(vr.At(i, j)))
				}
				if math.Abs(norm-1) > 1e-12*float64(n) {
					t.Errorf("Zgeev: |v[%d]|² = %v", j, norm)
				}
			}
			if e := colmat.MaxDiff(colmat.Mul(a, vr), vw); e > tol {
				t.Errorf("Zgeev: |A V - V W| = %g", e)
			}
			if !d.Zgeev('N', n, a.Clone().A, a.LD, w, nil, 1) {
				t.Fatal("Zgeev('N'): no convergence")
			}
			if cmplx.Abs(sumOf(w)-tr) > tol {
				t.Errorf("Zgeev('N'): Σλ = %v, trace %v", sumOf(w), tr)
			}
		})
	}
}

func sumOf(w []complex128) complex128 {
	var s complex128
	for _, v := range w {
		s += v
	}
	return s
}

func TestLAPACKEComplexRectangular(t *testing.T) {
	var d LAPACKE
	r := rand.New(rand.NewPCG(6, 6))
	for _, mn := range [][2]int{{1, 1}, {5, 3}, {3, 5}, {70, 33}, {33, 70}, {129, 65}} {
		m, n := mn[0], mn[1]
		k := min(m, n)
		t.Run(fmt.Sprintf("%dx%d", m, n), func(t *testing.T) {
			tol := 1e-11 * float64(m*n)
			a := colmat.Rand[complex128](r, m, n, 3)
			// Zgesdd with every job: the same values, U diag(s) Vᴴ = A and
			// orthonormal U and V.
			var vals [][]float64
			for _, job := range []byte{'A', 'S', 'N'} {
				ucols, vrows := m, n
				if job != 'A' {
					ucols, vrows = k, k
				}
				f, s := a.Clone(), make([]float64, k)
				u, vt := colmat.Zeros[complex128](m, ucols), colmat.Zeros[complex128](vrows, n)
				if job == 'N' {
					u.A, vt.A = nil, nil
				}
				if !d.Zgesdd(job, m, n, f.A, f.LD, s, u.A, u.LD, vt.A, vt.LD) {
					t.Fatalf("Zgesdd(%c): no convergence", job)
				}
				vals = append(vals, s)
				if !slices.IsSortedFunc(s, func(x, y float64) int { return -cmpf(x, y) }) {
					t.Errorf("Zgesdd(%c): singular values not descending: %v", job, s)
				}
				if job == 'N' {
					continue
				}
				us := colmat.Zeros[complex128](m, k)
				for j := range k {
					for i := range m {
						us.A[i+j*m] = u.At(i, j) * complex(s[j], 0)
					}
				}
				vk := colmat.Mat[complex128]{M: k, N: n, LD: vt.LD, A: vt.A}
				if e := colmat.MaxDiff(colmat.Mul(us, vk), a); e > tol {
					t.Errorf("Zgesdd(%c): |U S Vᴴ - A| = %g", job, e)
				}
				if e := colmat.MaxDiff(colmat.Mul(u.H(), u), colmat.Eye[complex128](ucols)); e > tol {
					t.Errorf("Zgesdd(%c): |Uᴴ U - I| = %g", job, e)
				}
				if e := colmat.MaxDiff(colmat.Mul(vt, vt.H()), colmat.Eye[complex128](vrows)); e > tol {
					t.Errorf("Zgesdd(%c): |Vᴴ V - I| = %g", job, e)
				}
			}
			for _, s := range vals[1:] {
				for i := range s {
					if math.Abs(s[i]-vals[0][i]) > 1e-12*vals[0][0]*float64(k) {
						t.Errorf("Zgesdd: singular values differ between jobs: %v vs %v", s[i], vals[0][i])
					}
				}
			}
			// Zgeqrf/Zungqr: Q R = A, Qᴴ Q = I.
			f, tau := a.Clone(), make([]complex128, k)
			d.Zgeqrf(m, n, f.A, f.LD, tau)
			rr := colmat.Zeros[complex128](k, n)
			for j := range n {
				for i := 0; i <= min(j, k-1); i++ {
					rr.A[i+j*k] = f.At(i, j)
				}
			}
			q := colmat.Mat[complex128]{M: m, N: k, LD: f.LD, A: f.A}
			d.Zungqr(m, k, k, q.A, q.LD, tau)
			if e := colmat.MaxDiff(colmat.Mul(q, rr), a); e > tol {
				t.Errorf("Zgeqrf/Zungqr: |Q R - A| = %g", e)
			}
			if e := colmat.MaxDiff(colmat.Mul(q.H(), q), colmat.Eye[complex128](k)); e > tol {
				t.Errorf("Zungqr: |Qᴴ Q - I| = %g", e)
			}
			// Zgelsd: the residual is orthogonal to the columns of A.
			b := colmat.Rand[complex128](r, m, 2, 3)
			ldb := max(m, n)
			bx := colmat.Zeros[complex128](ldb, 2)
			for j := range 2 {
				for i := range m {
					bx.A[i+j*ldb] = b.At(i, j)
				}
			}
			s := make([]float64, k)
			rank, ok := d.Zgelsd(m, n, 2, a.Clone().A, a.LD, bx.A, ldb, s, -1)
			if !ok || rank != k {
				t.Fatalf("Zgelsd: rank %d ok %v, want %d", rank, ok, k)
			}
			res := colmat.Mul(a, colmat.Mat[complex128]{M: n, N: 2, LD: ldb, A: bx.A})
			for j := range 2 {
				for i := range m {
					res.A[i+j*res.LD] -= b.At(i, j)
				}
			}
			if e := colmat.MaxDiff(colmat.Mul(a.H(), res), colmat.Zeros[complex128](n, 2)); e > tol {
				t.Errorf("Zgelsd: |Aᴴ (A x - b)| = %g", e)
			}
			if math.Abs(s[0]-vals[0][0]) > 1e-12*s[0]*float64(k) {
				t.Errorf("Zgelsd: s[0] = %v, Zgesdd's %v", s[0], vals[0][0])
			}
		})
	}
}

func cmpf(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// TestLAPACKEComplexFailures checks the false results: a singular matrix,
// a matrix that is not positive definite, and NaN input to zgesdd, which
// LAPACK 3.10 and later reject as an illegal argument.
func TestLAPACKEComplexFailures(t *testing.T) {
	var d LAPACKE
	sing := []complex128{1, 2i, 2, 4i} // column 2 = 2i · column 1
	if d.Zgesv(2, 1, slices.Clone(sing), 2, make([]int32, 2), []complex128{1, 1}, 2) {
		t.Error("Zgesv: singular matrix solved")
	}
	if d.Zgetrf(2, 2, slices.Clone(sing), 2, make([]int32, 2)) {
		t.Error("Zgetrf: singular matrix reported regular")
	}
	if d.Zpotrf('L', 2, []complex128{1, 2i, -2i, 1}, 2) {
		t.Error("Zpotrf: indefinite matrix factored")
	}
	nan := []complex128{1, cmplx.NaN(), 3, 4}
	if d.Zgesdd('N', 2, 2, nan, 2, make([]float64, 2), nil, 1, nil, 1) {
		t.Log("Zgesdd: NaN input reported converged (LAPACK older than 3.10)")
	}
}
