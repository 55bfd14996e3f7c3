package fft_test

import (
	"fmt"
	"math"

	"github.com/numgo/numgo/fft"
	"github.com/numgo/numgo/ndarray"
)

// round prints values to 6 decimals, turning -0 into 0.
func round(v []complex128) []complex128 {
	out := make([]complex128, len(v))
	for i, z := range v {
		re, im := math.Round(real(z)*1e6)/1e6+0, math.Round(imag(z)*1e6)/1e6+0
		out[i] = complex(re, im)
	}
	return out
}

func ExampleFFT() {
	x := ndarray.FromSlice([]float64{1, 2, 3, 4})
	fmt.Println(fft.FFT(x).ToSlice())
	fmt.Println(round(fft.FFT(x, fft.N(2)).ToSlice())) // truncated to 2 points
	fmt.Println(round(fft.FFT(x, fft.Norm(fft.Ortho)).ToSlice()))
	// Output:
	// [(10+0i) (-2+2i) (-2+0i) (-2-2i)]
	// [(3+0i) (-1+0i)]
	// [(5+0i) (-1+1i) (-1+0i) (-1-1i)]
}

func ExampleIFFT() {
	X := fft.FFT(ndarray.FromSlice([]complex128{1, 2i, 3, 4i}))
	fmt.Println(round(fft.IFFT(X).ToSlice()))
	// Output:
	// [(1+0i) (0+2i) (3+0i) (0+4i)]
}

func ExampleRFFT() {
	x := ndarray.FromSlice([]int{0, 1, 0, -1, 0, 1, 0, -1})
	X := fft.RFFT(x)
	fmt.Println(X.Shape(), round(X.ToSlice()))
	fmt.Println(round(ndarray.Convert[complex128](fft.IRFFT(X)).ToSlice()))
	// Output:
	// [5] [(0+0i) (0+0i) (0-4i) (0+0i) (0+0i)]
	// [(0+0i) (1+0i) (0+0i) (-1+0i) (0+0i) (1+0i) (0+0i) (-1+0i)]
}

func ExampleFFT2() {
	a := ndarray.FromSlice([]float64{1, 2, 3, 4, 5, 6}, 2, 3)
	fmt.Println(round(fft.FFT2(a).ToSlice()))
	// Along axis 0 only, of the transposed (strided) view:
	fmt.Println(round(fft.FFT(a.T(), fft.Axis(0)).ToSlice()))
	// Output:
	// [(21+0i) (-3+1.732051i) (-3-1.732051i) (-9+0i) (0+0i) (0+0i)]
	// [(6+0i) (15+0i) (-1.5+0.866025i) (-1.5+0.866025i) (-1.5-0.866025i) (-1.5-0.866025i)]
}

func ExampleRFFTN() {
	a := ndarray.Ones[float64](2, 3, 4)
	X := fft.RFFTN(a, fft.Axes(0, 2))
	fmt.Println(X.Shape(), X.At(0, 1, 0))
	back := fft.IRFFTN(X, fft.Axes(0, 2), fft.S(2, 4))
	fmt.Println(back.Shape(), back.At(1, 2, 3))
	// Output:
	// [2 3 3] (8+0i)
	// [2 3 4] 1
}

// The ...To forms compute in the destination's precision: here float32 in,
// complex64 out, never through float64.
func ExampleRFFTTo() {
	x := ndarray.FromSlice([]float32{1, 0, -1, 0})
	X := fft.RFFTTo(ndarray.Zeros[complex64](3), x)
	fmt.Println(X.Dtype(), X.ToSlice())
	// Output:
	// complex64 [(0+0i) (2+0i) (0+0i)]
}

func ExampleFFTFreq() {
	fmt.Println(fft.FFTFreq(8, 0.1).ToSlice())
	fmt.Println(fft.RFFTFreq(8, 0.1).ToSlice())
	// Output:
	// [0 1.25 2.5 3.75 -5 -3.75 -2.5 -1.25]
	// [0 1.25 2.5 3.75 5]
}

func ExampleFFTShift() {
	f := fft.FFTFreq(5, 1)
	fmt.Println(fft.FFTShift(f).ToSlice())
	fmt.Println(fft.IFFTShift(fft.FFTShift(f)).ToSlice())
	// Output:
	// [-0.4 -0.2 0 0.2 0.4]
	// [0 0.2 0.4 -0.4 -0.2]
}

func ExampleBackend() {
	fmt.Println(fft.Backend() != "")
	// Output:
	// true
}
