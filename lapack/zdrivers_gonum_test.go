package lapack

import (
	"encoding/json"
	"fmt"
	"math"
	"math/cmplx"
	"math/rand/v2"
	"os"
	"slices"
	"testing"

	"github.com/numgo/numgo/internal/colmat"
	"github.com/numgo/numgo/internal/golden"
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

// orthoErr is max |XᴴX - I| over the columns of X.
func orthoErr(x colmat.Mat[complex128]) float64 {
	return colmat.MaxDiff(colmat.Mul(x.H(), x), colmat.Eye[complex128](x.N))
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

// mat returns a 2-d golden array (C order) as a matrix with NaN padding; a
// 1-d one becomes a column.
func (g zGoldArr) mat() colmat.Mat[complex128] {
	m, n := 1, 1
	switch len(g.Shape) {
	case 1:
		m = g.Shape[0]
	case 2:
		m, n = g.Shape[0], g.Shape[1]
	}
	x := colmat.New[complex128](m, n, 2)
	v := g.values()
	for i := range m {
		for j := range n {
			x.Set(i, j, v[i*n+j])
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
					a.N = 0
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

func testZgesvGolden(t *testing.T, zd ComplexDrivers, c zGolden, a colmat.Mat[complex128]) {
	b := c.B.mat()
	lu, x := a.Clone(), b.Clone()
	ok := zd.Zgesv(a.M, b.N, lu.A, lu.LD, make([]int32, a.M), x.A, x.LD)
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
		if e := colmat.MaxDiff(colmat.Mul(a, x), b); e > 1e-8*x.MaxAbs()*a.MaxAbs() {
			t.Errorf("Zgesv: |A X - B| = %g", e)
		}
		return
	}
	if e := colmat.MaxDiff(x, want); e > 100*float64(a.M)*eps*c.Cond*want.MaxAbs() {
		t.Errorf("Zgesv: |X - NumPy| = %g (cond %g)", e, c.Cond)
	}
	if !x.PaddingIntact() || !lu.PaddingIntact() {
		t.Error("Zgesv wrote outside the matrix")
	}
}

// testZgetrf checks P·L·U = A and, given a golden case with a determinant,
// the determinant of U and the pivots against NumPy's.
func testZgetrf(t *testing.T, zd ComplexDrivers, a colmat.Mat[complex128], c zGolden) {
	m, n := a.M, a.N
	k := min(m, n)
	lu := a.Clone()
	ipiv := make([]int32, k)
	ok := zd.Zgetrf(m, n, lu.A, lu.LD, ipiv)
	l, u := colmat.New[complex128](m, k, 2), colmat.New[complex128](k, n, 2)
	for j := range k {
		for i := range m {
			switch {
			case i > j:
				l.Set(i, j, lu.At(i, j))
			case i == j:
				l.Set(i, j, 1)
			default:
				l.Set(i, j, 0)
			}
		}
	}
	for j := range n {
		for i := range k {
			if i <= j {
				u.Set(i, j, lu.At(i, j))
			} else {
				u.Set(i, j, 0)
			}
		}
	}
	pa := colmat.Mul(l, u)
	// Undo the interchanges, last first: row i of P·A was row ipiv[i].
	for i := k - 1; i >= 0; i-- {
		p := int(ipiv[i]) - 1
		if p < i || p >= m {
			t.Fatalf("Zgetrf: ipiv[%d] = %d", i, ipiv[i])
		}
		for j := range n {
			vi, vp := pa.At(i, j), pa.At(p, j)
			pa.Set(i, j, vp)
			pa.Set(p, j, vi)
		}
	}
	if e := colmat.MaxDiff(pa, a); e > 50*float64(max(m, n))*eps*a.MaxAbs()*float64(k) {
		t.Errorf("Zgetrf: |P L U - A| = %g", e)
	}
	if !lu.PaddingIntact() {
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
		det *= lu.At(i, i)
		if int(ipiv[i]) != i+1 {
			det = -det
		}
	}
	want := c.out(t, "det").values()[0]
	if e := cmplx.Abs(det - want); e > 100*float64(n)*eps*c.Cond*cmplx.Abs(want) {
		t.Errorf("Zgetrf: det = %v, NumPy %v", det, want)
	}
}

func testZpotrfGolden(t *testing.T, zd ComplexDrivers, c zGolden, a colmat.Mat[complex128]) {
	n := a.M
	for _, uplo := range []byte{'L', 'U'} {
		f := a.Clone()
		// Poison the triangle that must not be read.
		for j := range n {
			for i := range n {
				if uplo == 'L' && i < j || uplo == 'U' && i > j {
					f.Set(i, j, cmplx.Inf())
				}
			}
		}
		ok := zd.Zpotrf(uplo, n, f.A, f.LD)
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
				got, w := f.At(i, j), complex(0, 0)
				switch {
				case uplo == 'L' && i >= j:
					w = want.At(i, j)
				case uplo == 'U' && i <= j:
					w = cmplx.Conj(want.At(j, i))
				default:
					if !cmplx.IsInf(got) {
						t.Fatalf("Zpotrf(%c) wrote (%d,%d) outside its triangle", uplo, i, j)
					}
					continue
				}
				if e := cmplx.Abs(got - w); e > 100*float64(n)*eps*c.Cond*want.MaxAbs() {
					t.Fatalf("Zpotrf(%c): factor (%d,%d) = %v, NumPy %v", uplo, i, j, got, w)
				}
			}
		}
		if !f.PaddingIntact() {
			t.Errorf("Zpotrf(%c) wrote outside the matrix", uplo)
		}
	}
}

// testZgeqrf checks R and tau against NumPy's (when c is not nil), Q·R = A
// and QᴴQ = I, with Q from Zungqr.
func testZgeqrf(t *testing.T, zd ComplexDrivers, a colmat.Mat[complex128], c *zGolden) {
	m, n := a.M, a.N
	k := min(m, n)
	f := a.Clone()
	tau := make([]complex128, k)
	zd.Zgeqrf(m, n, f.A, f.LD, tau)
	r := colmat.New[complex128](k, n, 2)
	for j := range n {
		for i := range k {
			if i <= j {
				r.Set(i, j, f.At(i, j))
			} else {
				r.Set(i, j, 0)
			}
		}
	}
	scale := max(a.MaxAbs(), 1e-300)
	tol := 50 * float64(max(m, n)) * eps
	if c != nil {
		if e := colmat.MaxDiff(r, c.out(t, "r").mat()); e > tol*scale {
			t.Errorf("Zgeqrf: |R - NumPy's R| = %g", e)
		}
		wt, wr := c.out(t, "tau").values(), c.out(t, "r").mat()
		for i := range k {
			// A reflector of a column that elimination left as rounding
			// noise (of a rank-deficient A) depends on that noise, which
			// OpenBLAS's kernels for another CPU make otherwise than
			// those NumPy ran on; the pure-Go drivers' is fixed.
			if _, pureGo := zd.(Gonum); !pureGo && cmplx.Abs(wr.At(i, i)) <= tol*scale {
				continue
			}
			if e := cmplx.Abs(tau[i] - wt[i]); e > tol*10 {
				t.Errorf("Zgeqrf: tau[%d] = %v, NumPy %v", i, tau[i], wt[i])
			}
		}
	}
	// Q is m×k: Zungqr wants at least as many rows as columns, so a wide
	// A gives its square Q from the first k reflectors.
	q := colmat.New[complex128](m, k, 2)
	for j := range k {
		for i := range m {
			q.Set(i, j, f.At(i, j))
		}
	}
	zd.Zungqr(m, k, k, q.A, q.LD, tau)
	if e := orthoErr(q); e > tol {
		t.Errorf("Zungqr: |QᴴQ - I| = %g", e)
	}
	if e := colmat.MaxDiff(colmat.Mul(q, r), a); e > tol*scale {
		t.Errorf("Zgeqrf: |Q R - A| = %g", e)
	}
	if !f.PaddingIntact() || !q.PaddingIntact() {
		t.Error("Zgeqrf/Zungqr wrote outside the matrix")
	}
}

// testZheevd checks eigenvalues against want (ascending) for both
// triangles, with and without vectors, and A·V = V·diag(w), VᴴV = I.
func testZheevd(t *testing.T, zd ComplexDrivers, a colmat.Mat[complex128], want []complex128) {
	n := a.M
	anorm := max(a.MaxAbs(), 1e-300)
	tol := 50 * float64(max(n, 1)) * eps * anorm
	for _, uplo := range []byte{'L', 'U'} {
		for _, jobz := range []byte{'N', 'V'} {
			f := a.Clone()
			for j := range n {
				for i := range n {
					if uplo == 'L' && i < j || uplo == 'U' && i > j {
						f.Set(i, j, cmplx.NaN())
					}
				}
			}
			w := make([]float64, n)
			if !zd.Zheevd(jobz, uplo, n, f.A, f.LD, w) {
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
			d := colmat.New[complex128](n, n, 2)
			for j := range n {
				for i := range n {
					d.Set(i, j, f.At(i, j)*complex(w[j], 0))
				}
			}
			if e := colmat.MaxDiff(colmat.Mul(a, f), d); e > tol {
				t.Errorf("Zheevd(V, %c): |A V - V diag(w)| = %g", uplo, e)
			}
			if e := orthoErr(f); e > 50*float64(max(n, 1))*eps {
				t.Errorf("Zheevd(V, %c): |VᴴV - I| = %g", uplo, e)
			}
			if !f.PaddingIntact() {
				t.Errorf("Zheevd(V, %c) wrote outside the matrix", uplo)
			}
		}
	}
}

// testZgeev checks the eigenvalues against want as a set (when want is not
// nil), and the right eigenvectors: A·v = w·v, unit norm, the largest
// component real.
func testZgeev(t *testing.T, zd ComplexDrivers, a colmat.Mat[complex128], want []complex128, cond float64) {
	n := a.M
	anorm := max(a.MaxAbs(), 1e-300)
	for _, jobvr := range []byte{'N', 'V'} {
		f := a.Clone()
		w := make([]complex128, n)
		vr := colmat.New[complex128](n, n, 2)
		if jobvr == 'N' {
			vr = colmat.Mat[complex128]{LD: 1}
		}
		if !zd.Zgeev(jobvr, n, f.A, f.LD, w, vr.A, vr.LD) {
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
		d := colmat.New[complex128](n, n, 2)
		for j := range n {
			for i := range n {
				d.Set(i, j, vr.At(i, j)*w[j])
			}
		}
		if e := colmat.MaxDiff(colmat.Mul(a, vr), d); e > 1e3*float64(n)*eps*anorm {
			t.Errorf("Zgeev: |A V - V diag(w)| = %g (cond %g)", e, cond)
		}
		for j := range n {
			nrm, big := 0.0, 0.0
			for i := range n {
				v := vr.At(i, j)
				m := real(v)*real(v) + imag(v)*imag(v)
				nrm, big = nrm+m, max(big, m)
			}
			if math.Abs(math.Sqrt(nrm)-1) > 1e-14*float64(n) {
				t.Errorf("Zgeev: |v%d| = %g", j, math.Sqrt(nrm))
			}
			// zgeev makes its largest component real; of components of
			// equal size (a circulant's eigenvectors have only those),
			// rounding picks which.
			largestReal := false
			for i := range n {
				v := vr.At(i, j)
				m := real(v)*real(v) + imag(v)*imag(v)
				largestReal = largestReal || (m >= big*(1-1e-12) && imag(v) == 0)
			}
			if !largestReal {
				t.Errorf("Zgeev: no largest component of v%d is real", j)
			}
		}
		if !vr.PaddingIntact() {
			t.Error("Zgeev wrote outside vr")
		}
	}
}

// testZgesdd checks the singular values against want (when not nil) and,
// for jobz 'A' and 'S', U·diag(s)·Vᴴ = A with orthonormal U and V.
func testZgesdd(t *testing.T, zd ComplexDrivers, a colmat.Mat[complex128], want []complex128) {
	m, n := a.M, a.N
	k := min(m, n)
	anorm := max(a.MaxAbs(), 1e-300)
	tol := 50 * float64(max(m, n, 1)) * eps
	for _, jobz := range []byte{'N', 'S', 'A'} {
		ucols, vrows := k, k
		if jobz == 'A' {
			ucols, vrows = m, n
		}
		f := a.Clone()
		s := make([]float64, k)
		u, vt := colmat.New[complex128](m, ucols, 2), colmat.New[complex128](vrows, n, 2)
		if !zd.Zgesdd(jobz, m, n, f.A, f.LD, s, u.A, u.LD, vt.A, vt.LD) {
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
		us := colmat.New[complex128](m, k, 2)
		for j := range k {
			for i := range m {
				us.Set(i, j, u.At(i, j)*complex(s[j], 0))
			}
		}
		vk := colmat.New[complex128](k, n, 2)
		for j := range n {
			for i := range k {
				vk.Set(i, j, vt.At(i, j))
			}
		}
		if e := colmat.MaxDiff(colmat.Mul(us, vk), a); e > tol*anorm {
			t.Errorf("Zgesdd(%c): |U diag(s) Vᴴ - A| = %g", jobz, e)
		}
		if e := orthoErr(u); e > tol {
			t.Errorf("Zgesdd(%c): |UᴴU - I| = %g", jobz, e)
		}
		if e := orthoErr(vt.H()); e > tol {
			t.Errorf("Zgesdd(%c): |VᴴV - I| = %g", jobz, e)
		}
		if !u.PaddingIntact() || !vt.PaddingIntact() {
			t.Errorf("Zgesdd(%c) wrote outside U or Vᴴ", jobz)
		}
	}
}

func testZgelsdGolden(t *testing.T, zd ComplexDrivers, c zGolden, a colmat.Mat[complex128]) {
	b := c.B.mat()
	m, n, nrhs := a.M, a.N, b.N
	bb := colmat.New[complex128](max(m, n), nrhs, 2)
	for j := range nrhs {
		for i := range m {
			bb.Set(i, j, b.At(i, j))
		}
		for i := m; i < max(m, n); i++ {
			bb.Set(i, j, 0)
		}
	}
	f := a.Clone()
	s := make([]float64, min(m, n))
	rank, ok := zd.Zgelsd(m, n, nrhs, f.A, f.LD, bb.A, bb.LD, s, c.Params["rcond"])
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
	x := colmat.New[complex128](n, nrhs, 2)
	for j := range nrhs {
		for i := range n {
			x.Set(i, j, bb.At(i, j))
		}
	}
	if e := colmat.MaxDiff(x, want); e > 100*float64(max(m, n))*eps*cond*cond*want.MaxAbs() {
		t.Errorf("Zgelsd: |X - NumPy| = %g (cond %g)", e, cond)
	}
	res := c.out(t, "residuals").values()
	for j, r := range res {
		got := 0.0
		for i := n; i < m; i++ {
			got += math.Pow(cmplx.Abs(bb.At(i, j)), 2)
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
				a := colmat.Rand[complex128](r, m, n, 2)
				testZgetrf(t, zd, a, zGolden{})
				testZgeqrf(t, zd, a, nil)
				testZgesdd(t, zd, a, nil)
				if m == n {
					testZgeev(t, zd, a, nil, 1)
					h := a.Clone()
					for j := range n {
						for i := range n {
							h.Set(i, j, (a.At(i, j)+cmplx.Conj(a.At(j, i)))/2)
						}
					}
					want := make([]float64, n)
					g := h.Clone()
					if !zd.Zheevd('N', 'L', n, g.A, g.LD, want) {
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
		a := colmat.Rand[complex128](r, 6, 6, 2)
		a.Set(2, 3, bad)
		a.Set(3, 2, cmplx.Conj(bad))
		f := a.Clone()
		if zd.Zgesdd('A', 6, 6, f.A, f.LD, make([]float64, 6), make([]complex128, 36), 6, make([]complex128, 36), 6) {
			t.Errorf("Zgesdd(%v): want false", bad)
		}
		f = a.Clone()
		zd.Zgeev('V', 6, f.A, f.LD, make([]complex128, 6), make([]complex128, 36), 6)
		f = a.Clone()
		zd.Zheevd('V', 'L', 6, f.A, f.LD, make([]float64, 6))
		f = a.Clone()
		zd.Zgesv(6, 1, f.A, f.LD, make([]int32, 6), make([]complex128, 6), 6)
		f = a.Clone()
		zd.Zpotrf('L', 6, f.A, f.LD)
		f = a.Clone()
		zd.Zgeqrf(6, 6, f.A, f.LD, make([]complex128, 6))
	}
}

// BenchmarkZdrivers times the pure-Go drivers (compare the build's, LAPACKE
// under cgo, with numgo's linalg benchmarks).
func BenchmarkZdrivers(b *testing.B) {
	zd := Gonum{}
	r := rand.New(rand.NewPCG(3, 3))
	for _, n := range []int{32, 128, 256} {
		a := colmat.Rand[complex128](r, n, n, 2)
		h := a.Clone()
		for j := range n {
			for i := range n {
				h.Set(i, j, a.At(i, j)+cmplx.Conj(a.At(j, i)))
			}
		}
		rhs := colmat.Rand[complex128](r, n, 1, 2)
		f := a.Clone()
		run := func(name string, src colmat.Mat[complex128], fn func()) {
			b.Run(fmt.Sprintf("%s/n=%d", name, n), func(b *testing.B) {
				for b.Loop() {
					copy(f.A, src.A)
					fn()
				}
			})
		}
		ipiv := make([]int32, n)
		x := make([]complex128, rhs.LD)
		s := make([]float64, n)
		w := make([]complex128, n)
		u, vt := make([]complex128, n*n), make([]complex128, n*n)
		run("Zgesv", a, func() { copy(x, rhs.A); zd.Zgesv(n, 1, f.A, f.LD, ipiv, x, rhs.LD) })
		run("Zheevd", h, func() { zd.Zheevd('V', 'L', n, f.A, f.LD, s) })
		run("Zgeev", a, func() { zd.Zgeev('V', n, f.A, f.LD, w, u, n) })
		run("Zgesdd", a, func() { zd.Zgesdd('S', n, n, f.A, f.LD, s, u, n, vt, n) })
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
		a := colmat.Rand[complex128](r, n, n, 2)
		tol := 1e3 * float64(n) * eps
		lu1, lu2 := a.Clone(), a.Clone()
		p1, p2 := make([]int32, n), make([]int32, n)
		build.Zgetrf(n, n, lu1.A, lu1.LD, p1)
		pure.Zgetrf(n, n, lu2.A, lu2.LD, p2)
		if !slices.Equal(p1, p2) {
			t.Errorf("n=%d: Zgetrf pivots %v, build's %v", n, p2, p1)
		} else if e := colmat.MaxDiff(lu1, lu2); e > tol*lu1.MaxAbs() {
			t.Errorf("n=%d: |LU - build's LU| = %g", n, e)
		}
		f1, f2 := a.Clone(), a.Clone()
		w1, w2 := make([]complex128, n), make([]complex128, n)
		v1, v2 := colmat.New[complex128](n, n, 2), colmat.New[complex128](n, n, 2)
		if !build.Zgeev('V', n, f1.A, f1.LD, w1, v1.A, v1.LD) || !pure.Zgeev('V', n, f2.A, f2.LD, w2, v2.A, v2.LD) {
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
				if e := cmplx.Abs(v1.At(i, k) - v2.At(i, j)); e > 1e-9 {
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
