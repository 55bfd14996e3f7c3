package lapack

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// The Drivers of the build and the pure-Go Gonum drivers are checked on
// the same inputs by the properties that define each result, at sizes on
// both sides of LAPACK's block sizes (so that the blocked code paths and
// their workspaces run), with leading dimensions larger than the matrix
// and NaN in the padding so that a read outside the matrix shows.

var driverSets = map[string]Drivers{"build": Float64Drivers(), "gonum": Gonum{}}

// colMat is a column-major m×n matrix with leading dimension ld.
type colMat struct {
	m, n, ld int
	a        []float64
}

func randCol(r *rand.Rand, m, n int) colMat {
	ld := m + 3
	a := make([]float64, ld*max(n, 1))
	for i := range a {
		a[i] = math.NaN()
	}
	for j := range n {
		for i := range m {
			a[i+j*ld] = r.NormFloat64()
		}
	}
	return colMat{m, n, ld, a}
}

func (x colMat) at(i, j int) float64 { return x.a[i+j*x.ld] }

func (x colMat) clone() colMat { x.a = slices.Clone(x.a); return x }

// mul returns x·y as a dense column-major matrix (ld = rows).
func mul(x, y colMat) colMat {
	z := colMat{x.m, y.n, max(x.m, 1), make([]float64, max(x.m, 1)*max(y.n, 1))}
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

func maxDiffCol(x, y colMat) float64 {
	d := 0.0
	for j := range x.n {
		for i := range x.m {
			d = max(d, math.Abs(x.at(i, j)-y.at(i, j)))
		}
	}
	return d
}

func TestDriversSolveAndFactor(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for name, d := range driverSets {
		for _, n := range []int{1, 2, 5, 33, 65, 129} {
			t.Run(fmt.Sprintf("%s/n=%d", name, n), func(t *testing.T) {
				a, b := randCol(r, n, n), randCol(r, n, 3)
				lu, x := a.clone(), b.clone()
				if !d.Dgesv(n, 3, lu.a, lu.ld, make([]int32, n), x.a, x.ld) {
					t.Fatal("Dgesv: singular")
				}
				if e := maxDiffCol(mul(a, x), b); e > 1e-9*float64(n) {
					t.Errorf("Dgesv: |A X - B| = %g", e)
				}
				// Cholesky of A Aᵀ + n I, checked by L Lᵀ.
				at := colMat{n, n, n, make([]float64, n*n)}
				for i := range n {
					for j := range n {
						at.a[i+j*n] = a.at(j, i)
					}
				}
				s := mul(a, at)
				for i := range n {
					s.a[i+i*s.ld] += float64(n)
				}
				l := s.clone()
				if !d.Dpotrf('L', n, l.a, l.ld) {
					t.Fatal("Dpotrf: not positive definite")
				}
				for j := range n {
					for i := range j {
						l.a[i+j*l.ld] = 0
					}
				}
				lt := colMat{n, n, n, make([]float64, n*n)}
				for i := range n {
					for j := range n {
						lt.a[i+j*n] = l.at(j, i)
					}
				}
				if e := maxDiffCol(mul(l, lt), s); e > 1e-10*float64(n*n) {
					t.Errorf("Dpotrf: |L Lᵀ - A| = %g", e)
				}
				// Eigenvalues of the symmetric s: A V = V diag(w).
				v, w := s.clone(), make([]float64, n)
				if !d.Dsyevd('V', 'U', n, v.a, v.ld, w) {
					t.Fatal("Dsyevd: no convergence")
				}
				av := mul(s, v)
				for j := range n {
					for i := range n {
						av.a[i+j*av.ld] -= v.at(i, j) * w[j]
					}
				}
				if e := maxDiffCol(av, colMat{n, n, n, make([]float64, n*n)}); e > 1e-10*float64(n*n) {
					t.Errorf("Dsyevd: |A V - V W| = %g", e)
				}
				if !slices.IsSorted(w) {
					t.Errorf("Dsyevd: eigenvalues not ascending")
				}
				// General eigenvalues: their sum is the trace, and for a
				// real eigenvalue A v = λ v.
				g, wr, wi, vr := a.clone(), make([]float64, n), make([]float64, n), make([]float64, n*n)
				if !d.Dgeev('V', n, g.a, g.ld, wr, wi, vr, n) {
					t.Fatal("Dgeev: no convergence")
				}
				tr, sum := 0.0, 0.0
				for i := range n {
					tr += a.at(i, i)
					sum += wr[i]
				}
				if math.Abs(tr-sum) > 1e-9*float64(n) {
					t.Errorf("Dgeev: Σλ = %v, trace %v", sum, tr)
				}
				for j := range n {
					if wi[j] != 0 {
						continue
					}
					vj := colMat{n, 1, n, vr[j*n : (j+1)*n]}
					avj := mul(a, vj)
					for i := range n {
						avj.a[i] -= wr[j] * vj.a[i]
					}
					if e := maxDiffCol(avj, colMat{n, 1, n, make([]float64, n)}); e > 1e-9*float64(n) {
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
				a := randCol(r, m, n)
				// SVD with every job: the same values, and U diag(s) Vᵀ = A.
				var vals [][]float64
				for _, job := range []byte{'A', 'S', 'N'} {
					ucols, vrows := m, n
					if job != 'A' {
						ucols, vrows = k, k
					}
					f, s := a.clone(), make([]float64, k)
					u := colMat{m, ucols, m, make([]float64, m*ucols)}
					vt := colMat{vrows, n, vrows, make([]float64, vrows*n)}
					if !d.Dgesdd(job, m, n, f.a, f.ld, s, u.a, u.ld, vt.a, vt.ld) {
						t.Fatalf("Dgesdd(%c): no convergence", job)
					}
					vals = append(vals, s)
					if job == 'N' {
						continue
					}
					us := colMat{m, k, m, make([]float64, m*k)}
					for j := range k {
						for i := range m {
							us.a[i+j*m] = u.at(i, j) * s[j]
						}
					}
					vk := colMat{k, n, vrows, vt.a}
					if e := maxDiffCol(mul(us, vk), a); e > 1e-10*float64(m*n) {
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
				f, tau := a.clone(), make([]float64, k)
				d.Dgeqrf(m, n, f.a, f.ld, tau)
				rr := colMat{k, n, k, make([]float64, k*n)}
				for j := range n {
					for i := 0; i <= min(j, k-1); i++ {
						rr.a[i+j*k] = f.at(i, j)
					}
				}
				q := colMat{m, k, f.ld, f.a}
				d.Dorgqr(m, k, k, q.a, q.ld, tau)
				if e := maxDiffCol(mul(q, rr), a); e > 1e-10*float64(m*n) {
					t.Errorf("Dgeqrf/Dorgqr: |Q R - A| = %g", e)
				}
				// Least squares: the residual is orthogonal to the columns
				// of A (full rank), and LU of A reconstructs it.
				b := randCol(r, m, 2)
				ldb := max(m, n)
				bx := make([]float64, ldb*2)
				for j := range 2 {
					for i := range m {
						bx[i+j*ldb] = b.at(i, j)
					}
				}
				rank, ok := d.Dgelsd(m, n, 2, a.clone().a, a.ld, bx, ldb, make([]float64, k), -1)
				if !ok || rank != k {
					t.Fatalf("Dgelsd: rank %d ok %v, want %d", rank, ok, k)
				}
				x := mul(a, colMat{n, 2, ldb, bx})
				for j := range 2 {
					for i := range m {
						x.a[i+j*x.ld] -= b.at(i, j)
					}
				}
				at := colMat{n, m, n, make([]float64, n*m)}
				for i := range m {
					for j := range n {
						at.a[j+i*n] = a.at(i, j)
					}
				}
				if e := maxDiffCol(mul(at, x), colMat{n, 2, n, make([]float64, 2*n)}); e > 1e-9*float64(m*n) {
					t.Errorf("Dgelsd: |Aᵀ (A x - b)| = %g", e)
				}
			})
		}
	}
}
