package fft

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/numgo/numgo/ndarray"
)

// The benchmarks time the public calls, allocation of the result included,
// as NumPy's np.fft.fft(x) is timed; compare with
//
//	/usr/bin/python3 -m timeit -s "import numpy as np; x=np.random.rand(2**16)+0j" "np.fft.fft(x)"

func benchInput(n int) (*ndarray.Array[complex128], *ndarray.Array[float64]) {
	rng := rand.New(rand.NewPCG(1, 1))
	c := make([]complex128, n)
	r := make([]float64, n)
	for i := range c {
		c[i] = complex(rng.Float64(), 0)
		r[i] = rng.Float64()
	}
	return ndarray.FromSlice(c), ndarray.FromSlice(r)
}

// BenchmarkFFT times the allocating forms and, as complexTo and realTo,
// the ...To forms into a reused destination, which separate the engine's
// time from the cost of allocating the result.
func BenchmarkFFT(b *testing.B) {
	for _, n := range []int{1 << 10, 1 << 12, 1 << 16, 1 << 20, 100003} {
		c, r := benchInput(n)
		dc, dr := ndarray.Zeros[complex128](n), ndarray.Zeros[complex128](n/2+1)
		b.Run(fmt.Sprintf("complex/%d", n), func(b *testing.B) {
			for b.Loop() {
				FFT(c)
			}
		})
		b.Run(fmt.Sprintf("complexTo/%d", n), func(b *testing.B) {
			for b.Loop() {
				FFTTo(dc, c)
			}
		})
		b.Run(fmt.Sprintf("real/%d", n), func(b *testing.B) {
			for b.Loop() {
				RFFT(r)
			}
		})
		b.Run(fmt.Sprintf("realTo/%d", n), func(b *testing.B) {
			for b.Loop() {
				RFFTTo(dr, r)
			}
		})
	}
}

func BenchmarkFFT2(b *testing.B) {
	c, _ := benchInput(1 << 20)
	a := c.Reshape(1024, 1024)
	for b.Loop() {
		FFT2(a)
	}
}

func BenchmarkFFTSingle(b *testing.B) {
	x := make([]float32, 1<<16)
	for i := range x {
		x[i] = float32(i % 17)
	}
	a := ndarray.FromSlice(x)
	dst := ndarray.Zeros[complex64](1<<15 + 1)
	for b.Loop() {
		RFFTTo(dst, a)
	}
}

// BenchmarkFFT2To is FFT2 into a reused destination: no fresh memory, so
// no first-touch page faults, which dominate FFT2 at this size.
func BenchmarkFFT2To(b *testing.B) {
	c, _ := benchInput(1 << 20)
	a := c.Reshape(1024, 1024)
	dst := ndarray.Zeros[complex128](1024, 1024)
	for b.Loop() {
		FFT2To(dst, a)
	}
}

func BenchmarkFFTTo(b *testing.B) {
	c, _ := benchInput(1 << 20)
	dst := ndarray.Zeros[complex128](1 << 20)
	for b.Loop() {
		FFTTo(dst, c)
	}
}
