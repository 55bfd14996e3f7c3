//go:build cgo && !purego

package cgo

import (
	"fmt"
	"math"
	"math/cmplx"
	"math/rand/v2"
	"slices"
	"testing"
)

// The complex LAPACKE drivers are checked by the properties that define
// each result (A X = B, L Lᴴ = A, A V = V diag(w), U diag(s) Vᴴ = A,
// Q R = A with QᴴQ = I, Aᴴ(A X - B) = 0) at sizes on both sides of LAPACK's
// block sizes, so that the blocked code paths and LAPACKE's workspace
// queries run, with leading dimensions larger than the matrix and NaN in
// the padding so that a read outside the matrix shows.

// zmat is a column-major m×n complex matrix with leading dimension ld.
type zmat struct {
	m, n, ld int
	a        []complex128
}

func zrand(r *rand.Rand, m, n int) zmat {
	ld := m + 3
	a := make([]complex128, ld*max(n, 1))
	for i := range a {
		a[i] = cmplx.NaN()
	}
	for j := range n {
		for i := range m {
			a[i+j*ld] = complex(r.NormFloat64(), r.NormFloat64())
		}
	}
	return zmat{m, n, ld, a}
}

func zdense(m, n int) zmat { return zmat{m, n, max(m, 1), make([]complex128, max(m, 1)*max(n, 1))} }

func (x zmat) at(i, j int) complex128 { return x.a[i+j*x.ld] }

func (x zmat) clone() zmat { x.a = slices.Clone(x.a); return x }

// h returns the conjugate transpose of x.
func (x zmat) h() zmat {
	y := zdense(x.n, x.m)
	for j := range x.n {
		for i := range x.m {
			y.a[j+i*y.ld] = cmplx.Conj(x.at(i, j))
		}
	}
	return y
}

func zmul(x, y zmat) zmat {
	z := zdense(x.m, y.n)
	for j := range y.n {
		for p := range x.n {
			v := y.at(p, j)
			for i := range x.m {
				z.a[i+j*z.ld] += x.at(i, p) * v
			}
		}
	}
	return z
}

// zdiff returns max |x - y| over the m×n elements.
func zdiff(x, y zmat) float64 {
	d := 0.0
	for j := range x.n {
		for i := range x.m {
			d = max(d, cmplx.Abs(x.at(i, j)-y.at(i, j)))
		}
	}
	return d
}

// zeye returns the n×n identity.
func zeye(n int) zmat {
	e := zdense(n, n)
	for i := range n {
		e.a[i+i*e.ld] = 1
	}
	return e
}

func TestLAPACKEComplexSquare(t *testing.T) {
	var d LAPACKE
	r := rand.New(rand.NewPCG(5, 5))
	for _, n := range []int{1, 2, 5, 33, 65, 129} {
		t.Run(fmt.Sprintf("n=%d", n), func(t *testing.T) {
			tol := 1e-11 * float64(n*n)
			a, b := zrand(r, n, n), zrand(r, n, 3)
			lu, x := a.clone(), b.clone()
			if !d.Zgesv(n, 3, lu.a, lu.ld, make([]int32, n), x.a, x.ld) {
				t.Fatal("Zgesv: singular")
			}
			if e := zdiff(zmul(a, x), b); e > tol {
				t.Errorf("Zgesv: |A X - B| = %g", e)
			}
			// Zgetrf: P L U = A.
			f, ipiv := a.clone(), make([]int32, n)
			if !d.Zgetrf(n, n, f.a, f.ld, ipiv) {
				t.Fatal("Zgetrf: singular")
			}
			l, u := zeye(n), zdense(n, n)
			for j := range n {
				for i := range n {
					if i > j {
						l.a[i+j*n] = f.at(i, j)
					} else {
						u.a[i+j*n] = f.at(i, j)
					}
				}
			}
			plu := zmul(l, u)
			for k := n - 1; k >= 0; k-- { // apply the row swaps backwards
				p := int(ipiv[k]) - 1
				for j := range n {
					plu.a[k+j*n], plu.a[p+j*n] = plu.a[p+j*n], plu.a[k+j*n]
				}
			}
			if e := zdiff(plu, a); e > tol {
				t.Errorf("Zgetrf: |P L U - A| = %g", e)
			}
			// Zpotrf of the Hermitian A Aᴴ + n I: L Lᴴ = A.
			s := zmul(a, a.h())
			for i := range n {
				s.a[i+i*s.ld] += complex(float64(n), 0)
			}
			c := s.clone()
			if !d.Zpotrf('L', n, c.a, c.ld) {
				t.Fatal("Zpotrf: not positive definite")
			}
			for j := range n {
				for i := range j {
					c.a[i+j*c.ld] = 0
				}
			}
			if e := zdiff(zmul(c, c.h()), s); e > tol*float64(n) {
				t.Errorf("Zpotrf: |L Lᴴ - A| = %g", e)
			}
			// Zheevd reads only the uplo triangle: poison the other one.
			for _, uplo := range []byte{'L', 'U'} {
				v, w := s.clone(), make([]float64, n)
				for j := range n {
					for i := range n {
						if uplo == 'L' && i < j || uplo == 'U' && i > j {
							v.a[i+j*v.ld] = cmplx.NaN()
						}
					}
				}
				if !d.Zheevd('V', uplo, n, v.a, v.ld, w) {
					t.Fatalf("Zheevd(%c): no convergence", uplo)
				}
				if !slices.IsSorted(w) {
					t.Errorf("Zheevd(%c): eigenvalues not ascending", uplo)
				}
				vw := v.clone()
				for j := range n {
					for i := range n {
						vw.a[i+j*vw.ld] *= complex(w[j], 0)
					}
				}
				if e := zdiff(zmul(s, v), vw); e > tol*float64(n) {
					t.Errorf("Zheevd(%c): |A V - V W| = %g", uplo, e)
				}
				if e := zdiff(zmul(v.h(), v), zeye(n)); e > tol {
					t.Errorf("Zheevd(%c): |Vᴴ V - I| = %g", uplo, e)
				}
			}
			// Zgeev: A v = λ v, unit columns, Σλ = trace.
			g, w, vr := a.clone(), make([]complex128, n), zdense(n, n)
			if !d.Zgeev('V', n, g.a, g.ld, w, vr.a, vr.ld) {
				t.Fatal("Zgeev: no convergence")
			}
			var tr, sum complex128
			for i := range n {
				tr += a.at(i, i)
				sum += w[i]
			}
			if cmplx.Abs(tr-sum) > tol {
				t.Errorf("Zgeev: Σλ = %v, trace %v", sum, tr)
			}
			vw := vr.clone()
			for j := range n {
				norm := 0.0
				for i := range n {
					vw.a[i+j*n] *= w[j]
					norm += real(vr.at(i, j) * cmplx.Conj(vr.at(i, j)))
				}
				if math.Abs(norm-1) > 1e-12*float64(n) {
					t.Errorf("Zgeev: |v[%d]|² = %v", j, norm)
				}
			}
			if e := zdiff(zmul(a, vr), vw); e > tol {
				t.Errorf("Zgeev: |A V - V W| = %g", e)
			}
			if !d.Zgeev('N', n, a.clone().a, a.ld, w, nil, 1) {
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
			a := zrand(r, m, n)
			// Zgesdd with every job: the same values, U diag(s) Vᴴ = A and
			// orthonormal U and V.
			var vals [][]float64
			for _, job := range []byte{'A', 'S', 'N'} {
				ucols, vrows := m, n
				if job != 'A' {
					ucols, vrows = k, k
				}
				f, s := a.clone(), make([]float64, k)
				u, vt := zdense(m, ucols), zdense(vrows, n)
				if job == 'N' {
					u.a, vt.a = nil, nil
				}
				if !d.Zgesdd(job, m, n, f.a, f.ld, s, u.a, u.ld, vt.a, vt.ld) {
					t.Fatalf("Zgesdd(%c): no convergence", job)
				}
				vals = append(vals, s)
				if !slices.IsSortedFunc(s, func(x, y float64) int { return -cmpf(x, y) }) {
					t.Errorf("Zgesdd(%c): singular values not descending: %v", job, s)
				}
				if job == 'N' {
					continue
				}
				us := zdense(m, k)
				for j := range k {
					for i := range m {
						us.a[i+j*m] = u.at(i, j) * complex(s[j], 0)
					}
				}
				if e := zdiff(zmul(us, zmat{k, n, vt.ld, vt.a}), a); e > tol {
					t.Errorf("Zgesdd(%c): |U S Vᴴ - A| = %g", job, e)
				}
				if e := zdiff(zmul(u.h(), u), zeye(ucols)); e > tol {
					t.Errorf("Zgesdd(%c): |Uᴴ U - I| = %g", job, e)
				}
				if e := zdiff(zmul(vt, vt.h()), zeye(vrows)); e > tol {
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
			f, tau := a.clone(), make([]complex128, k)
			d.Zgeqrf(m, n, f.a, f.ld, tau)
			rr := zdense(k, n)
			for j := range n {
				for i := 0; i <= min(j, k-1); i++ {
					rr.a[i+j*k] = f.at(i, j)
				}
			}
			q := zmat{m, k, f.ld, f.a}
			d.Zungqr(m, k, k, q.a, q.ld, tau)
			if e := zdiff(zmul(q, rr), a); e > tol {
				t.Errorf("Zgeqrf/Zungqr: |Q R - A| = %g", e)
			}
			if e := zdiff(zmul(q.h(), q), zeye(k)); e > tol {
				t.Errorf("Zungqr: |Qᴴ Q - I| = %g", e)
			}
			// Zgelsd: the residual is orthogonal to the columns of A.
			b := zrand(r, m, 2)
			ldb := max(m, n)
			bx := zdense(ldb, 2)
			for j := range 2 {
				for i := range m {
					bx.a[i+j*ldb] = b.at(i, j)
				}
			}
			s := make([]float64, k)
			rank, ok := d.Zgelsd(m, n, 2, a.clone().a, a.ld, bx.a, ldb, s, -1)
			if !ok || rank != k {
				t.Fatalf("Zgelsd: rank %d ok %v, want %d", rank, ok, k)
			}
			res := zmul(a, zmat{n, 2, ldb, bx.a})
			for j := range 2 {
				for i := range m {
					res.a[i+j*res.ld] -= b.at(i, j)
				}
			}
			if e := zdiff(zmul(a.h(), res), zdense(n, 2)); e > tol {
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
