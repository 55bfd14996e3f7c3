package poly

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/numgo/numgo/ndarray"
)

// TestPanics covers the mistakes the golden cases cannot express: nil
// arrays, the dimensions numgo refuses where NumPy broadcasts, and weights
// of the wrong kind.
func TestPanics(t *testing.T) {
	v := ndarray.FromSlice([]float64{1, 2, 3})
	m := ndarray.Ones[float64](2, 2)
	var nilArr *ndarray.Array[float64]
	for _, tc := range []struct {
		name, msg string
		want      error
		f         func()
	}{
		{"Val nil x", "x is a nil *Array[float64]", ndarray.ErrValue, func() { Val(v, nilArr) }},
		{"Val 2-d p", "p must be a 1-d array of coefficients, got 2 dimensions", ndarray.ErrValue, func() { Val(m, v) }},
		{"Add nil", "a is a nil", ndarray.ErrValue, func() { Add(nilArr, v) }},
		{"Sub 2-d", "b must be a 1-d array", ndarray.ErrValue, func() { Sub(v, m) }},
		{"Mul nil", "a or b is a nil", ndarray.ErrValue, func() { Mul(v, nilArr) }},
		{"Der 0-d", "p must be a 1-d array", ndarray.ErrValue, func() { Der(ndarray.Scalar(1.0), 1) }},
		{"Roots nil", "p is a nil", ndarray.ErrValue, func() { _, _ = Roots(nilArr) }},
		{"FromRoots 2-d", "input must be 1d", ndarray.ErrValue, func() { FromRoots(m) }},
		{"CharPoly 1-d", "input must be 1d or non-empty square 2d array.", ndarray.ErrValue, func() { _, _ = CharPoly(v) }},
		{"Fit nil y", "y is a nil", ndarray.ErrValue, func() { _, _ = Fit(v, nilArr, 1) }},
		{"Fit complex weights", "Cannot cast ufunc 'multiply' output from dtype('complex128') to dtype('float64') with casting rule 'same_kind'",
			ndarray.ErrValue, func() { _, _ = Fit(v, v, 1, Weights(ndarray.Ones[complex128](3))) }},
		{"FitCov too few points", "the number of data points must exceed order to scale the covariance matrix",
			ndarray.ErrValue, func() { _, _, _ = FitCov(v, v, 2) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := call(tc.f)
			err, ok := p.(error)
			if !ok || !errors.Is(err, tc.want) || !strings.Contains(err.Error(), tc.msg) {
				t.Fatalf("panic %v, want %v containing %q", p, tc.want, tc.msg)
			}
			if !strings.Contains(err.Error(), "poly.") {
				t.Errorf("%q does not name the function", err)
			}
		})
	}
}

func TestFitCovRankDeficient(t *testing.T) {
	x := ndarray.FromSlice([]float64{1, 1, 1, 2, 2})
	y := ndarray.FromSlice([]float64{1, 2, 3, 4, 5})
	// Two distinct points for three coefficients: rank 2 < 3, no residuals.
	if _, _, err := FitCov(x, y, 2); !errors.Is(err, ErrRankDeficient) {
		t.Fatalf("error %v, want ErrRankDeficient", err)
	}
	p, cov, err := FitCov(x, y, 2, Unscaled())
	if err != nil || p.Size() != 3 || cov.Size() != 9 {
		t.Fatalf("unscaled: %v %v %v", p, cov, err)
	}
}

// TestFitOptions checks that nil weights are no weights, that the weights
// and inputs are unchanged, and that 32-bit fits return their own type.
func TestFitOptions(t *testing.T) {
	x := ndarray.FromSlice([]float64{0, 1, 2, 3})
	y := ndarray.FromSlice([]float64{1, 2, 5, 10})
	w := ndarray.FromSlice([]float64{1, 2, 3, 4})
	a, _ := Fit(x, y, 2)
	b, _ := Fit(x, y, 2, Weights[float64](nil))
	if !slices.Equal(a.ToSlice(), b.ToSlice()) {
		t.Errorf("nil weights: %v, want %v", b, a)
	}
	if _, err := Fit(x, y, 2, Weights(w), RCond(1e-10)); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(w.ToSlice(), []float64{1, 2, 3, 4}) || !slices.Equal(y.ToSlice(), []float64{1, 2, 5, 10}) {
		t.Errorf("inputs changed: w %v, y %v", w, y)
	}
	c, err := Fit(ndarray.Convert[float32](x), ndarray.Convert[float32](y), 2, Weights(w))
	if err != nil || c.Dtype() != ndarray.Float32 {
		t.Errorf("float32 fit: %v %v", c, err)
	}
}
