package lapack

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/numgo/numgo/internal/colmat"
)

// The Drivers of the build and the pure-Go Gonum drivers are checked on
// the same inputs by the properties that define each result, at sizes on
// both sides of LAPACK's block sizes (so that the blocked code paths and
// their workspaces run), with leading dimensions larger than the matrix
// and NaN in the padding so that a read outside the matrix shows.

var driverSets = map[string]Drivers{"build": Float64Drivers(), "gonum": Gonum{}}

func TestDriversSolveAndFactor(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for name, d := range driverSets {
		for _, n := range []int{1, 2, 5, 33, 65, 129} {
			t.Run(fmt.Sprintf("%s/n=%d", name, n), func(t *testing.T) {
				a, b := colmat.Rand[float64](r, n, n, 3), colmat.Rand[float64](r, n, 3, 3)
				lu, x := a.Clone(), b.Clone()
				if !d.Dgesv(n, 3, lu.A, lu.LD, make([]int32, n), x.A, x.LD) {
					t.Fatal("Dgesv: singular")
				}
				if e := colmat.MaxDiff(colmat.Mul(a, x), b); e > 1e-9*float64(n) {
					t.Errorf("Dgesv: |A X - B| = %g", e)
				}
				// Cholesky of A Aᵀ + n I, checked by L Lᵀ.
				s := colmat.Mul(a, a.H())
				for i := range n {
					s.A[i+i*s.LD] += float64(n)
				}
				l := s.Clone()
				if !d.Dpotrf('L', n, l.A, l.LD) {
					t.Fatal("Dpotrf: not positive definite")
				}
				for j := range n {
					for i := range j {
						l.A[i+j*l.LD] = 0
					}
				}
				if e := colmat.MaxDiff(colmat.Mul(l, l.H()), s); e > 1e-10*float64(n*n) {
					t.Errorf("Dpotrf: |L Lᵀ - A| = %g", e)
				}
				// Eigenvalues of the symmetric s: A V = V diag(w).
				v, w := s.Clone(), make([]float64, n)
				if !d.Dsyevd('V', 'U', n, v.A, v.LD, w) {
					t.Fatal("Dsyevd: no convergence")
				}
				av := colmat.Mul(s, v)
				for j := range n {
					for i := range n {
						av.A[i+j*av.LD] -= v.At(i, j) * w[j]
					}
				}
				if e := colmat.MaxDiff(av, colmat.Zeros[float64](n, n)); e > 1e-10*float64(n*n) {
					t.Errorf("Dsyevd: |A V - V W| = %g", e)
				}
				if !slices.IsSorted(w) {
					t.Errorf("Dsyevd: eigenvalues not ascending")
				}
				// General eigenvalues: their sum is the trace, and for a
				// real eigenvalue A v = λ v.
				g, wr, wi, vr := a.Clone(), make([]float64, n), make([]float64, n), make([]float64, n*n)
				if !d.Dgeev('V', n, g.A, g.LD, wr, wi, vr, n) {
					t.Fatal("Dgeev: no convergence")
				}
				tr, sum := 0.0, 0.0
				for i := range n {
					tr += a.At(i, i)
					sum += wr[i]
				}
				if math.Abs(tr-sum) > 1e-9*float64(n) {
					t.Errorf("Dgeev: Σλ = %v, trace %v", sum, tr)
				}
				for j := range n {
					if wi[j] != 0 {
						continue
					}
					vj := colmat.Mat[float64]{M: n, N: 1, LD: n, A: vr[j*n : (j+1)*n]}
					avj := colmat.Mul(a, vj)
					for i := range n {
						avj.A[i] -= wr[j] * vj.A[i]
					}
					if e := colmat.MaxDiff(avj, colmat.Zeros[float64](n, 1)); e > 1e-9*float64(n) {
						t.Errorf("Dgeev: |A v - λ v| = %g for λ = %v", e, wr[j])
					}
				}
			})
		}
	}
}

func TestDriversRectangular(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 8))
	for name, d := range driverSets {
		for _, mn := range [][2]int{{1, 1}, {5, 3}, {3, 5}, {70, 33}, {33, 70}, {129, 65}} {
			m, n := mn[0], mn[1]
			k := min(m, n)
			t.Run(fmt.Sprintf("%s/%dx%d", name, m, n), func(t *testing.T) {
				a := colmat.Rand[float64](r, m, n, 3)
				// SVD with every job: the same values, and U diag(s) Vᵀ = A.
				var vals [][]float64
				for _, job := range []byte{'A', 'S', 'N'} {
					ucols, vrows := m, n
					if job != 'A' {
						ucols, vrows = k, k
					}
					f, s := a.Clone(), make([]float64, k)
					u := colmat.Zeros[float64](m, ucols)
					vt := colmat.Zeros[float64](vrows, n)
					if !d.Dgesdd(job, m, n, f.A, f.LD, s, u.A, u.LD, vt.A, vt.LD) {
						t.Fatalf("Dgesdd(%c): no convergence", job)
					}
					vals = append(vals, s)
					if job == 'N' {
						continue
					}
					us := colmat.Zeros[float64](m, k)
					for j := range k {
						for i := range m {
							us.A[i+j*m] = u.At(i, j) * s[j]
						}
					}
					vk := colmat.Mat[float64]{M: k, N: n, LD: vt.LD, A: vt.A}
					if e := colmat.MaxDiff(colmat.Mul(us, vk), a); e > 1e-10*float64(m*n) {
						t.Errorf("Dgesdd(%c): |U S Vᵀ - A| = %g", job, e)
					}
				}
				for _, s := range vals[1:] {
					for i := range s {
						if math.Abs(s[i]-vals[0][i]) > 1e-10*vals[0][0] {
							t.Errorf("Dgesdd: singular values differ between jobs: %v vs %v", s[i], vals[0][i])
						}
					}
				}
				// QR: Q R = A with Q from Dorgqr.
				f, tau := a.Clone(), make([]float64, k)
				d.Dgeqrf(m, n, f.A, f.LD, tau)
				rr := colmat.Zeros[float64](k, n)
				for j := range n {
					for i := 0; i <= min(j, k-1); i++ {
						rr.A[i+j*k] = f.At(i, j)
					}
				}
				q := colmat.Mat[float64]{M: m, N: k, LD: f.LD, A: f.A}
				d.Dorgqr(m, k, k, q.A, q.LD, tau)
				if e := colmat.MaxDiff(colmat.Mul(q, rr), a); e > 1e-10*float64(m*n) {
					t.Errorf("Dgeqrf/Dorgqr: |Q R - A| = %g", e)
				}
				// Least squares: the residual is orthogonal to the columns
				// of A (full rank), and LU of A reconstructs it.
				b := colmat.Rand[float64](r, m, 2, 3)
				ldb := max(m, n)
				bx := make([]float64, ldb*2)
				for j := range 2 {
					for i := range m {
						bx[i+j*ldb] = b.At(i, j)
					}
				}
				rank, ok := d.Dgelsd(m, n, 2, a.Clone().A, a.LD, bx, ldb, make([]float64, k), -1)
				if !ok || rank != k {
					t.Fatalf("Dgelsd: rank %d ok %v, want %d", rank, ok, k)
				}
				x := colmat.Mul(a, colmat.Mat[float64]{M: n, N: 2, LD: ldb, A: bx})
				for j := range 2 {
					for i := range m {
						x.A[i+j*x.LD] -= b.At(i, j)
					}
				}
				if e := colmat.MaxDiff(colmat.Mul(a.H(), x), colmat.Zeros[float64](n, 2)); e > 1e-9*float64(m*n) {
					t.Errorf("Dgelsd: |Aᵀ (A x - b)| = %g", e)
				}
			})
		}
	}
}
