package colmat

import (
	"math"
	"math/cmplx"
	"math/rand/v2"
	"testing"
)

func TestComplex(t *testing.T) {
	x := Rand[complex128](rand.New(rand.NewPCG(1, 1)), 2, 3, 2)
	if x.LD != 4 || len(x.A) != 12 || !x.PaddingIntact() || cmplx.IsNaN(x.At(1, 2)) {
		t.Fatalf("Rand(2, 3, pad 2) = %+v", x)
	}
	x.Set(0, 1, 3+4i)
	if y := x.Clone(); y.At(0, 1) != 3+4i || x.MaxAbs() < 5 {
		t.Errorf("Set/Clone/MaxAbs: %+v", y)
	}
	y := x.Clone()
	y.Set(3, 0, 0) // padding of column 0
	if y.PaddingIntact() {
		t.Error("PaddingIntact: a written padding element not seen")
	}
	h := x.H()
	if h.M != 3 || h.N != 2 || h.LD != 3 || h.At(1, 0) != 3-4i {
		t.Errorf("H = %+v", h)
	}
	if e := MaxDiff(Mul(x, Eye[complex128](3)), x); e != 0 {
		t.Errorf("|X I - X| = %g", e)
	}
	if e := MaxDiff(Mul(h, x).H(), Mul(h, x)); e > 1e-12 {
		t.Errorf("XᴴX not Hermitian: %g", e)
	}
	if e := MaxDiff(x, h); !math.IsInf(e, 1) {
		t.Errorf("MaxDiff of a 2×3 and a 3×2: %g, want +Inf", e)
	}
}

func TestReal(t *testing.T) {
	x := New[float64](2, 2, 1)
	if x.LD != 3 || !math.IsNaN(x.At(1, 1)) {
		t.Fatalf("New(2, 2, pad 1) = %+v", x)
	}
	x = Zeros[float64](0, 0)
	if x.LD != 1 || x.MaxAbs() != 0 || !x.PaddingIntact() {
		t.Errorf("Zeros(0, 0) = %+v", x)
	}
	a := Mat[float64]{M: 2, N: 2, LD: 2, A: []float64{1, 3, 2, 4}} // [1 2; 3 4]
	want := Mat[float64]{M: 2, N: 2, LD: 2, A: []float64{5, 11, 11, 25}}
	if e := MaxDiff(Mul(a, a.H()), want); e != 0 {
		t.Errorf("A Aᵀ = %v", Mul(a, a.H()).A)
	}
}
