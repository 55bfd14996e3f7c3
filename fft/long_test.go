package fft

import (
	"fmt"
	"math"
	"math/cmplx"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/numgo/numgo/ndarray"
)

// The long-line tests cover lengths from 2^16 up, which the golden data
// does not hold (the FFTW backend transforms those of a power of two in
// place, or, in double precision, on the pure-Go engine): each checks
// sampled bins of the result against a direct DFT summed in float64, for
// one line and for a batch of two, cropped and zero-padded, complex (in
// double and single precision) and real.

// dftBin returns bin k of the n-point DFT of x (zero-padded or cropped to
// n), with the sign of the exponent given by fwd.
func dftBin(x []complex128, n, k int, fwd bool) complex128 {
	sign := 1.0
	if fwd {
		sign = -1
	}
	var re, im float64
	for j, v := range x[:min(len(x), n)] {
		s, c := math.Sincos(sign * 2 * math.Pi * float64(j*k%n) / float64(n))
		re += real(v)*c - imag(v)*s
		im += real(v)*s + imag(v)*c
	}
	return complex(re, im)
}

// longCase is a batch of rows of length m transformed to n points.
type longCase struct{ rows, m, n int }

var longCases = []longCase{{1, 1 << 16, 1 << 16}, {2, 1 << 16, 1 << 16}, {1, 100000, 1 << 17}, {2, 1<<17 + 3, 1 << 16},
	{1, 3 << 17, 3 << 17}, {1, 1 << 19, 1 << 19}, {1, 1 << 20, 1 << 20}, {2, 100000, 100000}}

func (c longCase) String() string { return fmt.Sprintf("%dx%d_n%d", c.rows, c.m, c.n) }

// checkLong compares bins of each row of got (rows × width) with the direct
// DFT of the rows of x, scaled by scale, to a relative accuracy of eps.
func checkLong(t *testing.T, name string, x []complex128, got *ndarray.Array[complex128], c longCase, width int, fwd bool, scale, eps float64) {
	t.Helper()
	if s := got.Shape(); len(s) != 2 || s[0] != c.rows || s[1] != width {
		t.Fatalf("%s: shape %v, want [%d %d]", name, s, c.rows, width)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	data := got.Data()
	for r := range c.rows {
		row := x[r*c.m : (r+1)*c.m]
		var norm float64
		for _, v := range row[:min(c.m, c.n)] {
			norm += real(v)*real(v) + imag(v)*imag(v)
		}
		tol := eps * math.Sqrt(norm*float64(c.n)) * math.Log2(float64(c.n)) * scale
		for _, k := range []int{0, 1, width - 1, rng.IntN(width), rng.IntN(width)} {
			want := dftBin(row, c.n, k, fwd) * complex(scale, 0)
			if d := cmplx.Abs(data[r*width+k] - want); d > tol {
				t.Errorf("%s: row %d bin %d = %v, want %v (|diff| %.3g > %.3g)", name, r, k, data[r*width+k], want, d, tol)
			}
		}
	}
}

func longInput(c longCase) ([]complex128, []float64) {
	rng := rand.New(rand.NewPCG(uint64(c.m), uint64(c.rows)))
	x := make([]complex128, c.rows*c.m)
	r := make([]float64, c.rows*c.m)
	for i := range x {
		x[i] = complex(rng.Float64()-0.5, rng.Float64()-0.5)
		r[i] = rng.Float64() - 0.5
	}
	return x, r
}

func testLong(t *testing.T, c longCase) {
	x, r := longInput(c)
	x0, r0 := append([]complex128{}, x...), append([]float64{}, r...)
	a := ndarray.FromSlice(x, c.rows, c.m)
	checkLong(t, "FFT", x, FFT(a, N(c.n)), c, c.n, true, 1, 1e-13)
	checkLong(t, "IFFT", x, IFFT(a, N(c.n), Norm(Ortho)), c, c.n, false, 1/math.Sqrt(float64(c.n)), 1e-13)
	// a copy the transform owns, so the FFTW backend may work in its buffer
	checkLong(t, "FFT of a copy", x, FFT(ndarray.FromSlice(append([]complex128{}, x...), c.rows, c.m), N(c.n)), c, c.n, true, 1, 1e-13)
	// single precision, on FFTW in every build that has it; the reference
	// is the DFT of the rounded input
	x64 := ndarray.Convert[complex64](a)
	checkLong(t, "FFT complex64", ndarray.Convert[complex128](x64).Data(), ndarray.Convert[complex128](FFT(x64, N(c.n))), c, c.n, true, 1, 1e-6)
	rx := make([]complex128, len(r))
	for i, v := range r {
		rx[i] = complex(v, 0)
	}
	checkLong(t, "RFFT", rx, RFFT(ndarray.FromSlice(r, c.rows, c.m), N(c.n)), c, c.n/2+1, true, 1, 1e-13)
	checkLong(t, "IHFFT", rx, IHFFT(ndarray.FromSlice(r, c.rows, c.m), N(c.n)), c, c.n/2+1, false, 1/float64(c.n), 1e-13)
	dst := ndarray.Zeros[complex128](c.rows, c.n/2+1)
	checkLong(t, "RFFTTo", rx, RFFTTo(dst, ndarray.FromSlice(r, c.rows, c.m), N(c.n), Norm(Forward)), c, c.n/2+1, true, 1/float64(c.n), 1e-13)
	if !slices.Equal(x, x0) || !slices.Equal(r, r0) {
		t.Errorf("the input was modified")
	}
}

func TestLongLines(t *testing.T) {
	for _, c := range longCases {
		if testing.Short() && c.m > 1<<17 {
			continue
		}
		t.Run(c.String(), func(t *testing.T) { testLong(t, c) })
	}
}

// TestStressLongLines runs the long-line cases from several goroutines at
// once (run with -race): the in-place long-line paths and the shared plan
// cache under concurrent use.
func TestStressLongLines(t *testing.T) {
	var wg sync.WaitGroup
	for i := range 4 {
		c := longCases[i%4]
		wg.Go(func() { testLong(t, c) })
	}
	wg.Wait()
}
