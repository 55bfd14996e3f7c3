package linalg

import (
	"math"
	"math/cmplx"
	"testing"

	"github.com/numgo/numgo/ndarray"
)

// Factors that are not unique are checked by their defining properties:
// reconstruction of the input and orthonormality, within the case's
// tolerance times the norm of the input.

// dcMats returns the matrices of a stack, each row-major, with their shape.
func dcMats[T ndarray.Number](a *ndarray.Array[T]) (mats [][]complex128, rows, cols int) {
	shape := a.Shape()
	rows, cols = shape[len(shape)-2], shape[len(shape)-1]
	d := a.ToSlice()
	count := 1
	for _, n := range shape[:len(shape)-2] {
		count *= n
	}
	for b := range count {
		m := make([]complex128, rows*cols)
		for i := range m {
			m[i] = toC(d[b*rows*cols+i])
		}
		mats = append(mats, m)
	}
	return mats, rows, cols
}

func toC[T ndarray.Number](v T) complex128 {
	switch v := any(v).(type) {
	case float32:
		return complex(float64(v), 0)
	case float64:
		return complex(v, 0)
	case complex64:
		return complex128(v)
	case complex128:
		return v
	}
	panic("unsupported")
}

// matMul returns the product of the row-major m×k x and k×n y.
func matMul(x, y []complex128, m, k, n int) []complex128 {
	z := make([]complex128, m*n)
	for i := range m {
		for p := range k {
			for j := range n {
				z[i*n+j] += x[i*k+p] * y[p*n+j]
			}
		}
	}
	return z
}

// conjT returns the conjugate transpose of the row-major m×n x.
func conjT(x []complex128, m, n int) []complex128 {
	y := make([]complex128, m*n)
	for i := range m {
		for j := range n {
			y[j*m+i] = cmplx.Conj(x[i*n+j])
		}
	}
	return y
}

func maxDiff(x, y []complex128) float64 {
	d := 0.0
	for i := range x {
		d = max(d, cmplx.Abs(x[i]-y[i]))
	}
	return d
}

func maxAbsC(x []complex128) float64 {
	d := 1.0
	for _, v := range x {
		d = max(d, cmplx.Abs(v))
	}
	return d
}

func eyeC(n int) []complex128 {
	e := make([]complex128, n*n)
	for i := range n {
		e[i*n+i] = 1
	}
	return e
}

// checkOrthonormalColumns checks qᴴq = I for the m×n q.
func checkOrthonormalColumns(t *testing.T, name string, q []complex128, m, n int, tol float64) {
	t.Helper()
	if d := maxDiff(matMul(conjT(q, m, n), q, n, m, n), eyeC(n)); d > tol*float64(max(m, 1)) {
		t.Errorf("%s: columns not orthonormal, |QᴴQ - I| = %g", name, d)
	}
}

func dcCheckSVD[T Inexact](t *testing.T, a, u, s, vh *ndarray.Array[T], full bool, tol float64) {
	t.Helper()
	as, m, n := dcMats(a)
	us, _, uc := dcMats(u)
	vs, vr, _ := dcMats(vh)
	k := min(m, n)
	if full && (uc != m || vr != n) || !full && (uc != k || vr != k) {
		t.Fatalf("u cols %d, vh rows %d for a %d×%d full=%v", uc, vr, m, n, full)
	}
	sd := s.ToSlice()
	for b := range as {
		checkOrthonormalColumns(t, "U", us[b], m, uc, tol)
		checkOrthonormalColumns(t, "V", conjT(vs[b], vr, n), n, vr, tol)
		// a = U[:, :k] diag(s) Vh[:k, :]
		us2 := make([]complex128, m*k)
		for i := range m {
			for j := range k {
				us2[i*k+j] = us[b][i*uc+j] * toC(sd[b*k+j])
			}
		}
		if d := maxDiff(matMul(us2, vs[b][:k*n], m, k, n), as[b]); d > tol*maxAbsC(as[b])*float64(max(k, 1)) {
			t.Errorf("U diag(s) Vh differs from a by %g", d)
		}
	}
}

func dcCheckEig[T Inexact](t *testing.T, a *ndarray.Array[T], w, v *ndarray.Array[complex128], tol float64) {
	t.Helper()
	as, n, _ := dcMats(a)
	vs, _, _ := dcMats(v)
	wd := w.ToSlice()
	for b := range as {
		av := matMul(as[b], vs[b], n, n, n)
		vw := make([]complex128, n*n)
		for i := range n {
			for j := range n {
				vw[i*n+j] = vs[b][i*n+j] * wd[b*n+j]
			}
		}
		if d := maxDiff(av, vw); d > math.Sqrt(tol)*maxAbsC(as[b])*float64(n) {
			t.Errorf("|A V - V diag(w)| = %g", d)
		}
		for j := range n {
			s := 0.0
			for i := range n {
				s += real(vs[b][i*n+j] * cmplx.Conj(vs[b][i*n+j]))
			}
			if math.Abs(s-1) > tol*float64(n) {
				t.Errorf("eigenvector %d has squared norm %v", j, s)
			}
		}
	}
}

func dcCheckEigh[T Inexact](t *testing.T, a, w, v *ndarray.Array[T], upper bool, tol float64) {
	t.Helper()
	as, n, _ := dcMats(a)
	vs, _, _ := dcMats(v)
	wd := w.ToSlice()
	for b := range as {
		// The Hermitian matrix that was read: one triangle mirrored and
		// conjugated, the real part of the diagonal.
		s := make([]complex128, n*n)
		for i := range n {
			for j := range n {
				switch {
				case i == j:
					s[i*n+j] = complex(real(as[b][i*n+j]), 0)
				case (i > j) != upper:
					s[i*n+j] = as[b][i*n+j]
				default:
					s[i*n+j] = cmplx.Conj(as[b][j*n+i])
				}
			}
		}
		checkOrthonormalColumns(t, "eigenvectors", vs[b], n, n, tol)
		av := matMul(s, vs[b], n, n, n)
		vw := make([]complex128, n*n)
		for i := range n {
			for j := range n {
				vw[i*n+j] = vs[b][i*n+j] * toC(wd[b*n+j])
			}
		}
		if d := maxDiff(av, vw); d > tol*maxAbsC(s)*float64(n) {
			t.Errorf("|A V - V diag(w)| = %g", d)
		}
		for j := 1; j < n; j++ {
			if real(toC(wd[b*n+j])) < real(toC(wd[b*n+j-1])) {
				t.Errorf("eigenvalues not ascending: %v", wd[b*n:b*n+n])
			}
		}
	}
}

func dcCheckQR[T Inexact](t *testing.T, a, q, r *ndarray.Array[T], tol float64) {
	t.Helper()
	as, m, n := dcMats(a)
	rs, rr, _ := dcMats(r)
	for b := range rs {
		for i := range rr {
			for j := range min(i, n) {
				if rs[b][i*n+j] != 0 {
					t.Fatalf("r[%d,%d] = %v below the diagonal", i, j, rs[b][i*n+j])
				}
			}
		}
	}
	if q == nil {
		return
	}
	qs, _, qc := dcMats(q)
	for b := range as {
		checkOrthonormalColumns(t, "Q", qs[b], m, qc, tol)
		if d := maxDiff(matMul(qs[b], rs[b], m, qc, n), as[b]); d > tol*maxAbsC(as[b])*float64(max(m, 1)) {
			t.Errorf("|QR - A| = %g", d)
		}
	}
}
