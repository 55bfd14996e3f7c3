package lapack

import (
	"encoding/json"
	"fmt"
	"github.com/numgo/numgo/internal/golden"
	"math"
	"math/cmplx"
	"math/rand/v2"
	"os"
	"slices"
	"testing"
)

// The pure-Go complex drivers (type Gonum, so these run in every build)
// are checked against NumPy's results in testdata/zdrivers.json
// (testdata/gen_zdrivers.py) where the result is unique, and by the
// properties that define each factorisation where it is not (P·L·U = A,
// Q·R = A with QᴴQ = I, A·V = V·diag(w), U·diag(s)·Vᴴ = A with orthonormal
// U and V), with tolerances scaled by the size, the norm and, where the
// error depends on it, the condition number. Matrices are stored with a
// leading dimension larger than the row count and NaN in the padding, so
// that a read outside the matrix shows.

// zdriverSets are the complex drivers of the build (LAPACKE under cgo) and
// the pure-Go ones, checked on the same cases.
var zdriverSets = map[string]ComplexDrivers{"build": drivers{}, "gonum": Gonum{}}

const eps = 0x1p-52

// zmat is a column-major m×n complex matrix with leading dimension ld.
type zmat struct {
	m, n, ld int
	a        []complex128
}

func newZmat(m, n int) zmat {
	ld := m + 2
	a := make([]complex128, ld*max(n, 1))
	for i := range a {
		a[i] = cmplx.NaN()
	}
	return zmat{m, n, ld, a}
}

func (x zmat) at(i, j int) complex128 { return x.a[i+j*x.ld] }

func (x zmat) set(i, j int, v complex128) { x.a[i+j*x.ld] = v }

func (x zmat) clone() zmat { x.a = slices.Clone(x.a); return x }

func randZmat(r *rand.Rand, m, n int) zmat {
	x := newZmat(m, n)
	for j := range n {
		for i := range m {
			x.set(i, j, complex(r.NormFloat64(), r.NormFloat64()))
		}
	}
	return x
}

func eyeZmat(n int) zmat {
	x := newZmat(n, n)
	for j := range n {
		for i := range n {
			x.set(i, j, 0)
		}
		x.set(j, j, 1)
	}
	return x
}

// zmul returns op(x)·y, op conjugate-transposing when ct.
func zmul(x zmat, ct bool, y zmat) zmat {
	m, k := x.m, x.n
	if ct {
		m, k = k, m
	}
	z := newZmat(m, y.n)
	for j := range y.n {
		for i := range m {
			var s complex128
			for p := range k {
				if ct {
					s += cmplx.Conj(x.at(p, i)) * y.at(p, j)
				} else {
					s += x.at(i, p) * y.at(p, j)
				}
			}
			z.set(i, j, s)
		}
	}
	return z
}

func zdiff(x, y zmat) float64 {
	d := 0.0
	for j := range x.n {
		for i := range x.m {
			d = max(d, cmplx.Abs(x.at(i, j)-y.at(i, j)))
		}
	}
	if x.m != y.m || x.n != y.n {
		return math.Inf(1)
	}
	return d
}

func zmaxAbs(x zmat) float64 {
	d := 0.0
	for j := range x.n {
		for i := range x.m {
			d = max(d, cmplx.Abs(x.at(i, j)))
		}
	}
	return d
}

// orthoErr is max |XᴴX - I| over the columns of X.
func orthoErr(x zmat) float64 { return zdiff(zmul(x, true, x), eyeZmat(x.n)) }

// paddingIntact reports whether the padding rows of x still hold NaN.
func paddingIntact(x zmat) bool {
	for j := range x.n {
		for i := x.m; i < x.ld; i++ {
			if !cmplx.IsNaN(x.at(i, j)) {
				return false
			}
		}
	}
	return true
}

type zGoldArr golden.Array

type zGolden struct {
	Name   string                     `json:"name"`
	Func   string                     `json:"func"`
	A      zGoldArr                   `json:"a"`
	B      *zGoldArr                  `json:"b"`
	Params map[string]float64         `json:"params"`
	Cond   float64                    `json:"cond"`
	Out    map[string]json.RawMessage `json:"out"`
	Error  string                     `json:"error"`
}

func (g zGoldArr) values() []complex128 { return golden.Values[complex128](g.Data) }

// mat returns a 2-d golden array (C order) as a padded zmat; a 1-d one
// becomes a column.
func (g zGoldArr) mat() zmat {
	m, n := 1, 1
	switch len(g.Shape) {
	case 1:
		m = g.Shape[0]
	case 2:
		m, n = g.Shape[0], g.Shape[1]
	}
	x := newZmat(m, n)
	v := g.values()
	for i := range m {
		for j := range n {
			x.set(i, j, v[i*n+j])
		}
	}
	return x
}

func (c zGolden) out(t *testing.T, name string) zGoldArr {
	t.Helper()
	var g zGoldArr
	if err := json.Unmarshal(c.Out[name], &g); err != nil {
		t.Fatalf("golden %s: %v", name, err)
	}
	return g
}

func loadZGolden(t *testing.T) []zGolden {
	t.Helper()
	b, err := os.ReadFile("testdata/zdrivers.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []zGolden
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

func TestZdriversGolden(t *testing.T) {
	cases := loadZGolden(t)
	for name, zd := range zdriverSets {
		for _, c := range cases {
			t.Run(name+"/"+c.Name, func(t *testing.T) {
				a := c.A.mat()
				if len(c.A.Shape) == 2 && c.A.Shape[1] == 0 {
					a.n = 0
				}
				switch c.Func {
				case "gesv":
					testZgesvGolden(t, zd, c, a)
				case "getrf":
					testZgetrf(t, zd, a, c)
				case "potrf":
					testZpotrfGolden(t, zd, c, a)
				case "geqrf":
					testZgeqrf(t, zd, a, &c)
				case "heevd":
					testZheevd(t, zd, a, c.out(t, "w").values())
				case "geev":
					testZgeev(t, zd, a, c.out(t, "w").values(), c.Cond)
				case "gesdd":
					testZgesdd(t, zd, a, c.out(t, "s").values())
				case "gelsd":
					testZgelsdGolden(t, zd, c, a)
				default:
					t.Fatalf("unknown func %q", c.Func)
				}
			})
		}
	}
}

func testZgesvGolden(t *testing.T, zd ComplexDrivers, c zGolden, a zmat) {
	b := c.B.mat()
	lu, x := a.clone(), b.clone()
	ok := zd.Zgesv(a.m, b.n, lu.a, lu.ld, make([]int32, a.m), x.a, x.ld)
	if c.Error == "singular" {
		if ok {
			t.Fatal("Zgesv: want false for a singular matrix")
		}
		return
	}
	if !ok {
		t.Fatal("Zgesv: reported singular")
	}
	want := c.out(t, "x").mat()
	if c.Cond*eps > 1e-3 {
		// Nearly singular: any answer NumPy's LAPACK gives is as good
		// as another; only the residual is meaningful.
		if e := zdiff(zmul(a, false, x), b); e > 1e-8*zmaxAbs(x)*zmaxAbs(a) {
			t.Errorf("Zgesv: |A X - B| = %g", e)
		}
		return
	}
	if e := zdiff(x, want); e > 100*float64(a.m)*eps*c.Cond*zmaxAbs(want) {
		t.Errorf("Zgesv: |X - NumPy| = %g (cond %g)", e, c.Cond)
	}
	if !paddingIntact(x) || !paddingIntact(lu) {
		t.Error("Zgesv wrote outside the matrix")
	}
}

// testZgetrf checks P·L·U = A and, given a golden case with a determinant,
// the determinant of U and the pivots against NumPy's.
func testZgetrf(t *testing.T, zd ComplexDrivers, a zmat, c zGolden) {
	m, n := a.m, a.n
	k := min(m, n)
	lu := a.clone()
	ipiv := make([]int32, k)
	ok := zd.Zgetrf(m, n, lu.a, lu.ld, ipiv)
	l, u := newZmat(m, k), newZmat(k, n)
	for j := range k {
		for i := range m {
			switch {
			case i > j:
				l.set(i, j, lu.at(i, j))
			case i == j:
				l.set(i, j, 1)
			default:
				l.set(i, j, 0)
			}
		}
	}
	for j := range n {
		for i := range k {
			if i <= j {
				u.set(i, j, lu.at(i, j))
			} else {
				u.set(i, j, 0)
			}
		}
	}
	pa := zmul(l, false, u)
	// Undo the interchanges, last first: row i of P·A was row ipiv[i].
	for i := k - 1; i >= 0; i-- {
		p := int(ipiv[i]) - 1
		if p < i || p >= m {
			t.Fatalf("Zgetrf: ipiv[%d] = %d", i, ipiv[i])
		}
		for j := range n {
			vi, vp := pa.at(i, j), pa.at(p, j)
			pa.set(i, j, vp)
			pa.set(p, j, vi)
		}
	}
	if e := zdiff(pa, a); e > 50*float64(max(m, n))*eps*zmaxAbs(a)*float64(k) {
		t.Errorf("Zgetrf: |P L U - A| = %g", e)
	}
	if !paddingIntact(lu) {
		t.Error("Zgetrf wrote outside the matrix")
	}
	if _, has := c.Out["det"]; !has {
		return
	}
	if !ok {
		t.Fatal("Zgetrf: reported singular")
	}
	det := complex(1, 0)
	for i := range k {
		det *= lu.at(i, i)
		if int(ipiv[i]) != i+1 {
			det = -det
		}
	}
	want := c.out(t, "det").values()[0]
	if e := cmplx.Abs(det - want); e > 100*float64(n)*eps*c.Cond*cmplx.Abs(want) {
		t.Errorf("Zgetrf: det = %v, NumPy %v", det, want)
	}
}

func testZpotrfGolden(t *testing.T, zd ComplexDrivers, c zGolden, a zmat) {
	n := a.m
	for _, uplo := range []byte{'L', 'U'} {
		f := a.clone()
		// Poison the triangle that must not be read.
		for j := range n {
			for i := range n {
				if uplo == 'L' && i < j || uplo == 'U' && i > j {
					f.set(i, j, cmplx.Inf())
				}
			}
		}
		ok := zd.Zpotrf(uplo, n, f.a, f.ld)
		if c.Error == "notpd" {
			if ok {
				t.Errorf("Zpotrf(%c): want false", uplo)
			}
			continue
		}
		if !ok {
			t.Fatalf("Zpotrf(%c): reported not positive definite", uplo)
		}
		want := c.out(t, "l").mat()
		for j := range n {
			for i := range n {
				got, w := f.at(i, j), complex(0, 0)
				switch {
				case uplo == 'L' && i >= j:
					w = want.at(i, j)
				case uplo == 'U' && i <= j:
					w = cmplx.Conj(want.at(j, i))
				default:
					if !cmplx.IsInf(got) {
						t.Fatalf("Zpotrf(%c) wrote (%d,%d) outside its triangle", uplo, i, j)
					}
					continue
				}
				if e := cmplx.Abs(got - w); e > 100*float64(n)*eps*c.Cond*zmaxAbs(want) {
					t.Fatalf("Zpotrf(%c): factor (%d,%d) = %v, NumPy %v", uplo, i, j, got, w)
				}
			}
		}
		if !paddingIntact(f) {
			t.Errorf("Zpotrf(%c) wrote outside the matrix", uplo)
		}
	}
}

// testZgeqrf checks R and tau against NumPy's (when c is not nil), Q·R = A
// and QᴴQ = I, with Q from Zungqr.
func testZgeqrf(t *testing.T, zd ComplexDrivers, a zmat, c *zGolden) {
	m, n := a.m, a.n
	k := min(m, n)
	f := a.clone()
	tau := make([]complex128, k)
	zd.Zgeqrf(m, n, f.a, f.ld, tau)
	r := newZmat(k, n)
	for j := range n {
		for i := range k {
			if i <= j {
				r.set(i, j, f.at(i, j))
			} else {
				r.set(i, j, 0)
			}
		}
	}
	scale := max(zmaxAbs(a), 1e-300)
	tol := 50 * float64(max(m, n)) * eps
	if c != nil {
		if e := zdiff(r, c.out(t, "r").mat()); e > tol*scale {
			t.Errorf("Zgeqrf: |R - NumPy's R| = %g", e)
		}
		wt := c.out(t, "tau").values()
		for i := range k {
			if e := cmplx.Abs(tau[i] - wt[i]); e > tol*10 {
				t.Errorf("Zgeqrf: tau[%d] = %v, NumPy %v", i, tau[i], wt[i])
			}
		}
	}
	// Q is m×k: Zungqr wants at least as many rows as columns, so a wide
	// A gives its square Q from the first k reflectors.
	q := newZmat(m, k)
	for j := range k {
		for i := range m {
			q.set(i, j, f.at(i, j))
		}
	}
	zd.Zungqr(m, k, k, q.a, q.ld, tau)
	if e := orthoErr(q); e > tol {
		t.Errorf("Zungqr: |QᴴQ - I| = %g", e)
	}
	if e := zdiff(zmul(q, false, r), a); e > tol*scale {
		t.Errorf("Zgeqrf: |Q R - A| = %g", e)
	}
	if !paddingIntact(f) || !paddingIntact(q) {
		t.Error("Zgeqrf/Zungqr wrote outside the matrix")
	}
}

// testZheevd checks eigenvalues against want (ascending) for both
// triangles, with and without vectors, and A·V = V·diag(w), VᴴV = I.
func testZheevd(t *testing.T, zd ComplexDrivers, a zmat, want []complex128) {
	n := a.m
	anorm := max(zmaxAbs(a), 1e-300)
	tol := 50 * float64(max(n, 1)) * eps * anorm
	for _, uplo := range []byte{'L', 'U'} {
		for _, jobz := range []byte{'N', 'V'} {
			f := a.clone()
			for j := range n {
				for i := range n {
					if uplo == 'L' && i < j || uplo == 'U' && i > j {
						f.set(i, j, cmplx.NaN())
					}
				}
			}
			w := make([]float64, n)
			if !zd.Zheevd(jobz, uplo, n, f.a, f.ld, w) {
				t.Fatalf("Zheevd(%c, %c): no convergence", jobz, uplo)
			}
			for i := range n {
				if math.Abs(w[i]-real(want[i])) > tol {
					t.Fatalf("Zheevd(%c, %c): w = %v, NumPy %v", jobz, uplo, w, want)
				}
			}
			if jobz == 'N' {
				continue
			}
			d := newZmat(n, n)
			for j := range n {
				for i := range n {
					d.set(i, j, f.at(i, j)*complex(w[j], 0))
				}
			}
			if e := zdiff(zmul(a, false, f), d); e > tol {
				t.Errorf("Zheevd(V, %c): |A V - V diag(w)| = %g", uplo, e)
			}
			if e := orthoErr(f); e > 50*float64(max(n, 1))*eps {
				t.Errorf("Zheevd(V, %c): |VᴴV - I| = %g", uplo, e)
			}
			if !paddingIntact(f) {
				t.Errorf("Zheevd(V, %c) wrote outside the matrix", uplo)
			}
		}
	}
}

// testZgeev checks the eigenvalues against want as a set (when want is not
// nil), and the right eigenvectors: A·v = w·v, unit norm, the largest
// component real.
func testZgeev(t *testing.T, zd ComplexDrivers, a zmat, want []complex128, cond float64) {
	n := a.m
	anorm := max(zmaxAbs(a), 1e-300)
	for _, jobvr := range []byte{'N', 'V'} {
		f := a.clone()
		w := make([]complex128, n)
		vr := newZmat(n, n)
		if jobvr == 'N' {
			vr = zmat{0, 0, 1, nil}
		}
		if !zd.Zgeev(jobvr, n, f.a, f.ld, w, vr.a, vr.ld) {
			t.Fatalf("Zgeev(%c): no convergence", jobvr)
		}
		if want != nil {
			// Eigenvalues of a defective matrix move by √ε: the
			// tolerance allows that; simple ones are far closer.
			tol := 1e-7 * max(anorm, 1)
			left := slices.Clone(w)
			for _, wv := range want {
				best := -1
				for i, v := range left {
					if best < 0 || cmplx.Abs(v-wv) < cmplx.Abs(left[best]-wv) {
						best = i
					}
				}
				if cmplx.Abs(left[best]-wv) > tol {
					t.Fatalf("Zgeev(%c): eigenvalues %v, NumPy %v", jobvr, w, want)
				}
				left = slices.Delete(left, best, best+1)
			}
		}
		if jobvr == 'N' {
			continue
		}
		d := newZmat(n, n)
		for j := range n {
			for i := range n {
				d.set(i, j, vr.at(i, j)*w[j])
			}
		}
		if e := zdiff(zmul(a, false, vr), d); e > 1e3*float64(n)*eps*anorm {
			t.Errorf("Zgeev: |A V - V diag(w)| = %g (cond %g)", e, cond)
		}
		for j := range n {
			nrm, big, k := 0.0, -1.0, 0
			for i := range n {
				v := vr.at(i, j)
				m := real(v)*real(v) + imag(v)*imag(v)
				nrm += m
				if m > big {
					big, k = m, i
				}
			}
			if math.Abs(math.Sqrt(nrm)-1) > 1e-14*float64(n) {
				t.Errorf("Zgeev: |v%d| = %g", j, math.Sqrt(nrm))
			}
			if imag(vr.at(k, j)) != 0 {
				t.Errorf("Zgeev: largest component of v%d is %v, not real", j, vr.at(k, j))
			}
		}
		if !paddingIntact(vr) {
			t.Error("Zgeev wrote outside vr")
		}
	}
}

// testZgesdd checks the singular values against want (when not nil) and,
// for jobz 'A' and 'S', U·diag(s)·Vᴴ = A with orthonormal U and V.
func testZgesdd(t *testing.T, zd ComplexDrivers, a zmat, want []complex128) {
	m, n := a.m, a.n
	k := min(m, n)
	anorm := max(zmaxAbs(a), 1e-300)
	tol := 50 * float64(max(m, n, 1)) * eps
	for _, jobz := range []byte{'N', 'S', 'A'} {
		ucols, vrows := k, k
		if jobz == 'A' {
			ucols, vrows = m, n
		}
		f := a.clone()
		s := make([]float64, k)
		u, vt := newZmat(m, ucols), newZmat(vrows, n)
		if !zd.Zgesdd(jobz, m, n, f.a, f.ld, s, u.a, u.ld, vt.a, vt.ld) {
			t.Fatalf("Zgesdd(%c): no convergence", jobz)
		}
		for i := range k {
			if i > 0 && s[i] > s[i-1] {
				t.Fatalf("Zgesdd(%c): s not descending: %v", jobz, s)
			}
			if want != nil && math.Abs(s[i]-real(want[i])) > tol*real(want[0]) {
				t.Fatalf("Zgesdd(%c): s = %v, NumPy %v", jobz, s, want)
			}
		}
		if jobz == 'N' {
			continue
		}
		us := newZmat(m, k)
		for j := range k {
			for i := range m {
				us.set(i, j, u.at(i, j)*complex(s[j], 0))
			}
		}
		vk := newZmat(k, n)
		for j := range n {
			for i := range k {
				vk.set(i, j, vt.at(i, j))
			}
		}
		if e := zdiff(zmul(us, false, vk), a); e > tol*anorm {
			t.Errorf("Zgesdd(%c): |U diag(s) Vᴴ - A| = %g", jobz, e)
		}
		if e := orthoErr(u); e > tol {
			t.Errorf("Zgesdd(%c): |UᴴU - I| = %g", jobz, e)
		}
		v := newZmat(n, vrows)
		for j := range vrows {
			for i := range n {
				v.set(i, j, cmplx.Conj(vt.at(j, i)))
			}
		}
		if e := orthoErr(v); e > tol {
			t.Errorf("Zgesdd(%c): |VᴴV - I| = %g", jobz, e)
		}
		if !paddingIntact(u) || !paddingIntact(vt) {
			t.Errorf("Zgesdd(%c) wrote outside U or Vᴴ", jobz)
		}
	}
}

func testZgelsdGolden(t *testing.T, zd ComplexDrivers, c zGolden, a zmat) {
	b := c.B.mat()
	m, n, nrhs := a.m, a.n, b.n
	bb := newZmat(max(m, n), nrhs)
	for j := range nrhs {
		for i := range m {
			bb.set(i, j, b.at(i, j))
		}
		for i := m; i < max(m, n); i++ {
			bb.set(i, j, 0)
		}
	}
	f := a.clone()
	s := make([]float64, min(m, n))
	rank, ok := zd.Zgelsd(m, n, nrhs, f.a, f.ld, bb.a, bb.ld, s, c.Params["rcond"])
	if !ok {
		t.Fatal("Zgelsd: no convergence")
	}
	var wantRank int
	if err := json.Unmarshal(c.Out["rank"], &wantRank); err != nil {
		t.Fatal(err)
	}
	if rank != wantRank {
		t.Fatalf("Zgelsd: rank %d, NumPy %d", rank, wantRank)
	}
	ws := c.out(t, "s").values()
	for i := range s {
		if math.Abs(s[i]-real(ws[i])) > 50*float64(max(m, n))*eps*real(ws[0]) {
			t.Fatalf("Zgelsd: s = %v, NumPy %v", s, ws)
		}
	}
	// The minimum-norm solution is as sensitive as the condition of the
	// kept part of the spectrum.
	cond := real(ws[0]) / real(ws[rank-1])
	want := c.out(t, "x").mat()
	x := newZmat(n, nrhs)
	for j := range nrhs {
		for i := range n {
			x.set(i, j, bb.at(i, j))
		}
	}
	if e := zdiff(x, want); e > 100*float64(max(m, n))*eps*cond*cond*zmaxAbs(want) {
		t.Errorf("Zgelsd: |X - NumPy| = %g (cond %g)", e, cond)
	}
	res := c.out(t, "residuals").values()
	for j, r := range res {
		got := 0.0
		for i := n; i < m; i++ {
			got += math.Pow(cmplx.Abs(bb.at(i, j)), 2)
		}
		if math.Abs(got-real(r)) > 1e-10*max(1, real(r)) {
			t.Errorf("Zgelsd: residual %d = %g, NumPy %g", j, got, real(r))
		}
	}
}

// TestZdriversRandom checks the invariants on random matrices at sizes on
// both sides of the shapes the golden cases cover, square and not.
func TestZdriversRandom(t *testing.T) {
	for name, zd := range zdriverSets {
		r := rand.New(rand.NewPCG(5, 11))
		for _, sz := range [][2]int{{0, 0}, {1, 1}, {2, 2}, {1, 5}, {5, 1}, {7, 3}, {3, 7}, {33, 33}, {70, 50}, {50, 70}} {
			m, n := sz[0], sz[1]
			t.Run(fmt.Sprintf("%s/%dx%d", name, m, n), func(t *testing.T) {
				a := randZmat(r, m, n)
				testZgetrf(t, zd, a, zGolden{})
				testZgeqrf(t, zd, a, nil)
				testZgesdd(t, zd, a, nil)
				if m == n {
					testZgeev(t, zd, a, nil, 1)
					h := a.clone()
					for j := range n {
						for i := range n {
							h.set(i, j, (a.at(i, j)+cmplx.Conj(a.at(j, i)))/2)
						}
					}
					want := make([]float64, n)
					g := h.clone()
					if !zd.Zheevd('N', 'L', n, g.a, g.ld, want) {
						t.Fatal("Zheevd: no convergence")
					}
					wc := make([]complex128, n)
					for i, v := range want {
						wc[i] = complex(v, 0)
					}
					testZheevd(t, zd, h, wc)
				}
			})
		}
	}
}

// TestZdriversNonFinite checks that NaN and Inf input ends in finite time
// without a panic, and that Zgesdd refuses it as LAPACK's zgesdd does.
func TestZdriversNonFinite(t *testing.T) {
	zd := Gonum{}
	for _, bad := range []complex128{cmplx.NaN(), cmplx.Inf()} {
		r := rand.New(rand.NewPCG(1, 2))
		a := randZmat(r, 6, 6)
		a.set(2, 3, bad)
		a.set(3, 2, cmplx.Conj(bad))
		f := a.clone()
		if zd.Zgesdd('A', 6, 6, f.a, f.ld, make([]float64, 6), make([]complex128, 36), 6, make([]complex128, 36), 6) {
			t.Errorf("Zgesdd(%v): want false", bad)
		}
		f = a.clone()
		zd.Zgeev('V', 6, f.a, f.ld, make([]complex128, 6), make([]complex128, 36), 6)
		f = a.clone()
		zd.Zheevd('V', 'L', 6, f.a, f.ld, make([]float64, 6))
		f = a.clone()
		zd.Zgesv(6, 1, f.a, f.ld, make([]int32, 6), make([]complex128, 6), 6)
		f = a.clone()
		zd.Zpotrf('L', 6, f.a, f.ld)
		f = a.clone()
		zd.Zgeqrf(6, 6, f.a, f.ld, make([]complex128, 6))
	}
}

// BenchmarkZdrivers times the pure-Go drivers (compare the build's, LAPACKE
// under cgo, with numgo's linalg benchmarks).
func BenchmarkZdrivers(b *testing.B) {
	zd := Gonum{}
	r := rand.New(rand.NewPCG(3, 3))
	for _, n := range []int{32, 128, 256} {
		a := randZmat(r, n, n)
		h := a.clone()
		for j := range n {
			for i := range n {
				h.set(i, j, a.at(i, j)+cmplx.Conj(a.at(j, i)))
			}
		}
		rhs := randZmat(r, n, 1)
		f := a.clone()
		run := func(name string, src zmat, fn func()) {
			b.Run(fmt.Sprintf("%s/n=%d", name, n), func(b *testing.B) {
				for b.Loop() {
					copy(f.a, src.a)
					fn()
				}
			})
		}
		ipiv := make([]int32, n)
		x := make([]complex128, rhs.ld)
		s := make([]float64, n)
		w := make([]complex128, n)
		u, vt := make([]complex128, n*n), make([]complex128, n*n)
		run("Zgesv", a, func() { copy(x, rhs.a); zd.Zgesv(n, 1, f.a, f.ld, ipiv, x, rhs.ld) })
		run("Zheevd", h, func() { zd.Zheevd('V', 'L', n, f.a, f.ld, s) })
		run("Zgeev", a, func() { zd.Zgeev('V', n, f.a, f.ld, w, u, n) })
		run("Zgesdd", a, func() { zd.Zgesdd('S', n, n, f.a, f.ld, s, u, n, vt, n) })
	}
}

// TestZdriversMatchBuild compares the pure-Go drivers with the build's
// (LAPACKE under cgo; itself in a pure-Go build) where LAPACK's conventions
// make the result unique: the LU factors and pivots of a random matrix, and
// the eigenvectors of a matrix with distinct eigenvalues, which zgeev's
// normalisation (unit norm, largest component real and positive) fixes.
func TestZdriversMatchBuild(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	build, pure := zdriverSets["build"], zdriverSets["gonum"]
	for _, n := range []int{1, 4, 17, 40} {
		a := randZmat(r, n, n)
		tol := 1e3 * float64(n) * eps
		lu1, lu2 := a.clone(), a.clone()
		p1, p2 := make([]int32, n), make([]int32, n)
		build.Zgetrf(n, n, lu1.a, lu1.ld, p1)
		pure.Zgetrf(n, n, lu2.a, lu2.ld, p2)
		if !slices.Equal(p1, p2) {
			t.Errorf("n=%d: Zgetrf pivots %v, build's %v", n, p2, p1)
		} else if e := zdiff(lu1, lu2); e > tol*zmaxAbs(lu1) {
			t.Errorf("n=%d: |LU - build's LU| = %g", n, e)
		}
		f1, f2 := a.clone(), a.clone()
		w1, w2 := make([]complex128, n), make([]complex128, n)
		v1, v2 := newZmat(n, n), newZmat(n, n)
		if !build.Zgeev('V', n, f1.a, f1.ld, w1, v1.a, v1.ld) || !pure.Zgeev('V', n, f2.a, f2.ld, w2, v2.a, v2.ld) {
			t.Fatalf("n=%d: Zgeev did not converge", n)
		}
		for j := range n {
			k := 0
			for i := range n {
				if cmplx.Abs(w1[i]-w2[j]) < cmplx.Abs(w1[k]-w2[j]) {
					k = i
				}
			}
			if cmplx.Abs(w1[k]-w2[j]) > 1e-10*float64(n) {
				t.Fatalf("n=%d: eigenvalue %v not among the build's %v", n, w2[j], w1)
			}
			for i := range n {
				if e := cmplx.Abs(v1.at(i, k) - v2.at(i, j)); e > 1e-9 {
					t.Fatalf("n=%d: eigenvector for %v differs from the build's by %g at %d", n, w2[j], e, i)
				}
			}
		}
	}
}

// TestZdriversEmpty checks that 0×0, 0×n and m×0 problems succeed, on
// every driver set (the caller, as NumPy, defines what an empty result
// holds).
func TestZdriversEmpty(t *testing.T) {
	for name, zd := range zdriverSets {
		if !zd.Zgesv(0, 2, nil, 1, nil, make([]complex128, 2), 1) || !zd.Zgetrf(0, 3, make([]complex128, 3), 1, nil) ||
			!zd.Zpotrf('L', 0, nil, 1) || !zd.Zheevd('V', 'U', 0, nil, 1, nil) ||
			!zd.Zgeev('V', 0, nil, 1, nil, nil, 1) || !zd.Zgesdd('S', 0, 0, nil, 1, nil, nil, 1, nil, 1) {
			t.Errorf("%s: an empty problem reported failure", name)
		}
		zd.Zgeqrf(0, 0, nil, 1, nil)
		zd.Zungqr(0, 0, 0, nil, 1, nil)
		for _, mn := range [][2]int{{0, 2}, {2, 0}} {
			m, n := mn[0], mn[1]
			u, vt := make([]complex128, m*m), make([]complex128, n*n)
			if !zd.Zgesdd('A', m, n, make([]complex128, max(m, 1)*n), max(m, 1), nil, u, max(m, 1), vt, max(n, 1)) {
				t.Errorf("%s: Zgesdd('A', %d×%d) reported failure", name, m, n)
			}
			a, b := make([]complex128, max(m, 1)*n), make([]complex128, 2)
			if rank, ok := zd.Zgelsd(m, n, 1, a, max(m, 1), b, 2, nil, -1); !ok || rank != 0 {
				t.Errorf("%s: Zgelsd(%d×%d) = rank %d, ok %v; want rank 0", name, m, n, rank, ok)
			}
		}
	}
}
