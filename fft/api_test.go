package fft

import (
	"errors"
	"fmt"
	"math"
	"math/cmplx"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/numgo/numgo/ndarray"
)

// mustPanic runs f and checks that it panics with an error matching target
// whose message contains want (NumPy's wording).
func mustPanic(t *testing.T, name string, target error, want string, f func()) {
	t.Helper()
	defer func() {
		t.Helper()
		r := recover()
		err, ok := r.(error)
		if !ok {
			t.Errorf("%s: panic value %v (%T), want an error", name, r, r)
			return
		}
		if !errors.Is(err, target) || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: panic %q, want %v containing %q", name, err, target, want)
		}
	}()
	f()
}

func TestPanics(t *testing.T) {
	x := ndarray.Zeros[complex128](3, 4)
	r := ndarray.Zeros[float64](3, 4)
	for _, c := range []struct {
		name   string
		target error
		want   string
		f      func()
	}{
		{"FFT n=0", ndarray.ErrValue, "Invalid number of FFT data points (0) specified.", func() { FFT(x, N(0)) }},
		{"RFFT n=-2", ndarray.ErrValue, "Invalid number of FFT data points (-2) specified.", func() { RFFT(r, N(-2)) }},
		{"IRFFT length-1 axis", ndarray.ErrValue, "Invalid number of FFT data points (0) specified.", func() { IRFFT(ndarray.Zeros[complex128](4, 1)) }},
		{"FFT empty axis", ndarray.ErrValue, "Invalid number of FFT data points (0) specified.", func() { FFT(ndarray.Zeros[complex128](0)) }},
		{"FFT axis 2", ndarray.ErrAxis, "axis 2 is out of bounds for array of dimension 2", func() { FFT(x, Axis(2)) }},
		{"FFT axis -3", ndarray.ErrAxis, "axis -3 is out of bounds for array of dimension 2", func() { FFT(x, Axis(-3)) }},
		{"FFT 0-d", ndarray.ErrAxis, "out of bounds for array of dimension 0", func() { FFT(ndarray.Scalar(1.0)) }},
		{"FFTN repeated", ndarray.ErrAxis, "repeated axis", func() { FFTN(x, Axes(0, -2)) }},
		{"FFTN s/axes", ndarray.ErrValue, "Shape and axes have different lengths.", func() { FFTN(x, S(2, 2), Axes(0)) }},
		{"FFT2 s of 3", ndarray.ErrValue, "Shape and axes have different lengths.", func() { FFT2(x, S(2, 2, 2)) }},
		{"IRFFTN s=0", ndarray.ErrValue, "Invalid number of FFT data points (0) specified.", func() { IRFFTN(x, S(3, 0)) }},
		{"FFT with S", ndarray.ErrValue, "use N and Axis", func() { FFT(x, S(3)) }},
		{"FFTN with N", ndarray.ErrValue, "use S and Axes", func() { FFTN(x, N(3)) }},
		{"RFFTN no axes", ndarray.ErrValue, "at least one axis", func() { RFFTN(r, Axes()) }},
		{"Norm 7", ndarray.ErrValue, "Invalid norm value", func() { FFT(x, Norm(7)) }},
		{"FFTTo shape", ndarray.ErrShape, "output array has shape (3, 3), the transform gives (3, 4)", func() { FFTTo(ndarray.Zeros[complex64](3, 3), x) }},
		{"FFTFreq 0", ndarray.ErrValue, "float division by zero", func() { FFTFreq(0, 1) }},
		{"RFFTFreq 0", ndarray.ErrValue, "float division by zero", func() { RFFTFreq(0, 1) }},
		{"FFTFreq -3", ndarray.ErrValue, "negative dimensions are not allowed", func() { FFTFreq(-3, 1) }},
		{"FFTFreq d=0", ndarray.ErrValue, "float division by zero", func() { FFTFreq(4, 0) }},
		{"RFFTFreq d=0", ndarray.ErrValue, "float division by zero", func() { RFFTFreq(4, 0) }},
		{"FFTFreq huge", ndarray.ErrValue, "array is too big", func() { FFTFreq(1<<62, 1) }},
		{"FFT huge n", ndarray.ErrValue, "array is too big", func() { FFT(x, N(1<<62)) }},
		{"FFTShift axis", ndarray.ErrAxis, "axis 5 is out of bounds", func() { FFTShift(x, 5) }},
		{"FFTTo read-only", ndarray.ErrValue, "output array is read-only", func() {
			FFTTo(ndarray.Zeros[complex128](4).BroadcastTo(3, 4), x)
		}},
		// NumPy checks n before the axis, and the last axis first.
		{"FFT n=0 axis 2", ndarray.ErrValue, "Invalid number of FFT data points (0) specified.", func() { FFT(x, N(0), Axis(2)) }},
		{"FFTN last bad first", ndarray.ErrValue, "Invalid number of FFT data points (0) specified.",
			func() { FFTN(ndarray.Zeros[complex128](3, 4, 5), S(-1, 0), Axes(0, 1)) }},
		{"FFTN last axis first", ndarray.ErrAxis, "axis -4 is out of bounds",
			func() { FFTN(ndarray.Zeros[complex128](3, 4, 5), S(4, 5, 6, 7)) }},
	} {
		mustPanic(t, c.name, c.target, c.want, c.f)
	}
}

// TestEmpty checks that arrays with no elements, along another axis than
// the transformed one, give empty results of NumPy's shapes.
func TestEmpty(t *testing.T) {
	x := ndarray.Zeros[complex128](0, 8)
	r := ndarray.Zeros[float64](0, 8)
	for name, got := range map[string][]int{
		"FFT":        FFT(x).Shape(),
		"FFT n=5":    FFT(x, N(5)).Shape(),
		"RFFT":       RFFT(r).Shape(),
		"IRFFT":      IRFFT(x).Shape(),
		"HFFT":       HFFT(x).Shape(),
		"FFTN axes1": FFTN(x, Axes(1)).Shape(),
		"RFFTN s":    RFFTN(r, S(4), Axes(1)).Shape(),
		"FFTShift":   FFTShift(x).Shape(),
		"FFTN none":  FFTN(ndarray.Zeros[float64](2), Axes()).Shape(),
		// Empty along the other axes than the transformed one.
		"FFT axis0":   FFT(ndarray.Zeros[float64](3, 0), Axis(0)).Shape(),
		"IFFT axis0":  IFFT(ndarray.Zeros[complex128](2, 0, 3), Axis(0)).Shape(),
		"RFFT axis0":  RFFT(ndarray.Zeros[float64](4, 0), Axis(0)).Shape(),
		"IRFFT axis0": IRFFT(ndarray.Zeros[complex128](4, 0), Axis(0)).Shape(),
		"HFFT axis0":  HFFT(ndarray.Zeros[complex128](4, 0), Axis(0)).Shape(),
		"IHFFT axis0": IHFFT(ndarray.Zeros[float64](4, 0), Axis(0)).Shape(),
		"FFTN axes0":  FFTN(ndarray.Zeros[float64](4, 0), Axes(0)).Shape(),
		"FFTTo axis0": FFTTo(ndarray.Zeros[complex64](3, 0), ndarray.Zeros[float32](3, 0), Axis(0)).Shape(),
	} {
		want := map[string]string{"FFT": "[0 8]", "FFT n=5": "[0 5]", "RFFT": "[0 5]", "IRFFT": "[0 14]",
			"HFFT": "[0 14]", "FFTN axes1": "[0 8]", "RFFTN s": "[0 3]", "FFTShift": "[0 8]", "FFTN none": "[2]",
			"FFT axis0": "[3 0]", "IFFT axis0": "[2 0 3]", "RFFT axis0": "[3 0]", "IRFFT axis0": "[6 0]",
			"HFFT axis0": "[6 0]", "IHFFT axis0": "[3 0]", "FFTN axes0": "[4 0]", "FFTTo axis0": "[3 0]"}[name]
		if fmt.Sprint(got) != want {
			t.Errorf("%s: shape %v, want %s", name, got, want)
		}
	}
}

func randomComplex(rng *rand.Rand, n int) []complex128 {
	x := make([]complex128, n)
	for i := range x {
		x[i] = complex(rng.NormFloat64(), rng.NormFloat64())
	}
	return x
}

func maxDiff(a, b []complex128) (d, scale float64) {
	for i := range a {
		d = max(d, cmplx.Abs(a[i]-b[i]))
		scale = max(scale, cmplx.Abs(b[i]))
	}
	return d, scale
}

// TestRoundTripAndParseval checks IFFT(FFT(x)) ≈ x, IRFFT(RFFT(x)) ≈ x and
// Parseval's Σ|x|² = Σ|X|²/n for lengths of every kind the engine handles
// (powers of 2, odd smooth, generic radix, Bluestein, four steps), in every
// norm mode.
func TestRoundTripAndParseval(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{1, 2, 6, 13, 31, 37, 64, 77, 210, 509, 2048, 3 * 1031, 1 << 20, 860160, 1 << 21} {
		x := randomComplex(rng, n)
		a := ndarray.FromSlice(x)
		for _, norm := range []NormMode{Backward, Ortho, Forward} {
			X := FFT(a, Norm(norm))
			back := IFFT(X, Norm(norm)).ToSlice()
			tol := 1e-15 * (1 + math.Log2(float64(n))) * 8
			if d, s := maxDiff(back, x); d > tol*s {
				t.Errorf("n=%d %v: |IFFT(FFT(x)) - x| = %g", n, norm, d)
			}
			var ex, eX float64
			for i := range x {
				ex += real(x[i] * cmplx.Conj(x[i]))
			}
			for _, v := range X.ToSlice() {
				eX += real(v * cmplx.Conj(v))
			}
			// ‖X‖² is n^(1-2p)·‖x‖², p the power of 1/n applied forward.
			want := ex * map[NormMode]float64{Backward: float64(n), Ortho: 1, Forward: 1 / float64(n)}[norm]
			if math.Abs(eX-want) > tol*want {
				t.Errorf("n=%d %v: Parseval: Σ|X|² = %g, want %g", n, norm, eX, want)
			}
		}
		re := make([]float64, n)
		for i := range re {
			re[i] = real(x[i])
		}
		back := IRFFT(RFFT(ndarray.FromSlice(re)), N(n)).ToSlice()
		for i := range re {
			if math.Abs(back[i]-re[i]) > 1e-14*(1+math.Log2(float64(n))) {
				t.Errorf("n=%d: IRFFT(RFFT(x))[%d] = %g, want %g", n, i, back[i], re[i])
				break
			}
		}
	}
}

// TestLayouts checks that strided views (transposed, stepped, reversed)
// give the same transform as their contiguous copies, and that the input
// is left unchanged.
func TestLayouts(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	base := ndarray.FromSlice(randomComplex(rng, 12*20), 12, 20)
	before := base.ToSlice()
	for _, spec := range []string{":, :", "::2, ::-1", "1:-1, 3:17:3", "::-3, :"} {
		v := base.Slice(spec)
		for _, view := range []*ndarray.Array[complex128]{v, v.T()} {
			for axis := -2; axis < 2; axis++ {
				got := FFT(view, Axis(axis)).ToSlice()
				want := FFT(view.Copy(), Axis(axis)).ToSlice()
				if d, s := maxDiff(got, want); d > 1e-15*s {
					t.Errorf("slice %q strides %v axis %d: differs from the contiguous copy by %g", spec, view.Strides(), axis, d)
				}
			}
			got := FFT2(view).ToSlice()
			want := FFT2(view.Copy()).ToSlice()
			if d, s := maxDiff(got, want); d > 1e-15*s {
				t.Errorf("slice %q: FFT2 differs from the contiguous copy by %g", spec, d)
			}
		}
	}
	if fmt.Sprint(base.ToSlice()) != fmt.Sprint(before) {
		t.Errorf("input modified")
	}
	// A contiguous complex128 input is read in place: it must stay unchanged
	// by every transform.
	x := ndarray.FromSlice(randomComplex(rng, 64), 8, 8)
	saved := x.ToSlice()
	FFT(x)
	FFTN(x)
	IRFFT(x)
	HFFT(x, Axis(0))
	IRFFTN(x)
	if fmt.Sprint(x.ToSlice()) != fmt.Sprint(saved) {
		t.Errorf("contiguous input modified")
	}
}

// TestConcurrent runs transforms of many lengths from many goroutines, more
// lengths than the plan cache holds, so that plans are built, shared and
// evicted concurrently (run with -race).
func TestConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(g), 7))
			for i := range 40 {
				n := 1 + (i*37+g*11)%300
				x := randomComplex(rng, n)
				back := IFFT(FFT(ndarray.FromSlice(x))).ToSlice()
				if d, s := maxDiff(back, x); d > 1e-13*s {
					t.Errorf("n=%d: round trip error %g", n, d)
				}
			}
		})
	}
	wg.Wait()
	if l := plans.len(); l > maxCachedPlans {
		t.Errorf("plan cache holds %d plans, bound %d", l, maxCachedPlans)
	}
}

// TestTo checks the ...To forms into a strided destination and in place
// (dst the input itself), against the allocating forms.
func TestTo(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 9))
	x := ndarray.FromSlice(randomComplex(rng, 6*10), 6, 10)
	want := FFT2(x).ToSlice()
	dstT := ndarray.Zeros[complex128](10, 6).T() // a strided (6, 10) view
	if d, s := maxDiff(FFT2To(dstT, x).ToSlice(), want); d > 1e-15*s {
		t.Errorf("FFT2To strided dst: error %g", d)
	}
	in := x.Copy()
	if got := FFT2To(in, in); got != in {
		t.Errorf("FFT2To did not return dst")
	}
	if d, s := maxDiff(in.ToSlice(), want); d > 1e-15*s {
		t.Errorf("FFT2To in place: error %g", d)
	}
	in = x.Copy()
	FFTTo(in, in, Axis(0))
	if d, s := maxDiff(in.ToSlice(), FFT(x, Axis(0)).ToSlice()); d > 1e-15*s {
		t.Errorf("FFTTo in place along axis 0: error %g", d)
	}
	r := ndarray.Convert[float64](x)
	wantR := IRFFT(RFFT(r), N(10)).ToSlice()
	dstR := ndarray.Zeros[float64](10, 6).T()
	if got := IRFFTTo(dstR, RFFT(r), N(10)).ToSlice(); fmt.Sprint(got) != fmt.Sprint(wantR) {
		t.Errorf("IRFFTTo strided dst: %v, want %v", got, wantR)
	}
}

// TestRealOverflow checks that the real transforms' split of the half-length
// transform does not overflow where NumPy's result is finite (NumPy 1.24:
// rfft([1.7e308, 0, 0, 0]) is [1.7e308]*3, ihfft 4.25e307 three times).
func TestRealOverflow(t *testing.T) {
	x := ndarray.FromSlice([]float64{1.7e308, 0, 0, 0})
	for name, c := range map[string]struct {
		got  *ndarray.Array[complex128]
		want complex128
	}{
		"RFFT":  {RFFT(x), 1.7e308},
		"IHFFT": {IHFFT(x), 4.25e307},
	} {
		for k, v := range c.got.ToSlice() {
			if v != c.want {
				t.Errorf("%s(%v)[%d] = %v, NumPy %v", name, x, k, v, c.want)
			}
		}
	}
}
