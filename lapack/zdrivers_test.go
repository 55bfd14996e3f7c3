package lapack

import (
	"math"
	"math/cmplx"
	"testing"
)

// TestComplex128DriversNotFinite checks the guard of Complex128Drivers: its
// iterative drivers report false at once on NaN or ±Inf in either part of
// an element they read (LAPACK may loop forever on them), Zgelsd only in A,
// and Zheevd looks only at the triangle it reads.
func TestComplex128DriversNotFinite(t *testing.T) {
	d := Complex128Drivers()
	bad := []complex128{cmplx.NaN(), complex(math.Inf(1), 0), complex(0, math.Inf(-1)), complex(1, math.NaN())}
	for _, x := range bad {
		a := func() []complex128 { return []complex128{1, x, 3, 4} } // x at (1, 0): the lower triangle
		s := make([]float64, 2)
		if d.Zgesdd('N', 2, 2, a(), 2, s, nil, 1, nil, 1) {
			t.Errorf("Zgesdd(%v): ok", x)
		}
		if d.Zgeev('N', 2, a(), 2, make([]complex128, 2), nil, 1) {
			t.Errorf("Zgeev(%v): ok", x)
		}
		if d.Zheevd('N', 'L', 2, a(), 2, make([]float64, 2)) {
			t.Errorf("Zheevd('L', %v): ok", x)
		}
		if !d.Zheevd('N', 'U', 2, a(), 2, make([]float64, 2)) {
			t.Errorf("Zheevd('U', %v): the unread lower triangle refused", x)
		}
		if _, ok := d.Zgelsd(2, 2, 1, a(), 2, []complex128{1, 1}, 2, s, -1); ok {
			t.Errorf("Zgelsd(%v in A): ok", x)
		}
		// Only A's SVD iterates: B's NaN or ±Inf gives a NaN solution, as
		// NumPy's lstsq does (found by the audit of poly.Fit).
		b := []complex128{1, x}
		if _, ok := d.Zgelsd(2, 2, 1, []complex128{1, 0, 0, 1}, 2, b, 2, s, -1); !ok || !cmplx.IsNaN(b[1]) && !cmplx.IsInf(b[1]) {
			t.Errorf("Zgelsd(%v in B): ok %v, x %v", x, ok, b)
		}
	}
	// Finite input passes through: the eigenvalues of a Hermitian matrix.
	w := make([]float64, 2)
	if !d.Zheevd('N', 'L', 2, []complex128{2, 1i, -1i, 2}, 2, w) || math.Abs(w[0]-1) > 1e-14 || math.Abs(w[1]-3) > 1e-14 {
		t.Errorf("Zheevd: %v, want [1 3]", w)
	}
}
