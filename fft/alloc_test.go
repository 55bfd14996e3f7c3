package fft

import (
	"testing"

	"github.com/numgo/numgo/internal/racecheck"
	"github.com/numgo/numgo/ndarray"
)

// TestAllocs pins the allocations per call, on every engine: none for a
// ...To form into a contiguous destination (plans are cached under
// unboxed keys, scratch is pooled, options are plain values, line
// transforms are values rather than closures), and at most two for an
// allocating form: its result array and the result's memory, unless a
// block ndarray recycles serves the memory. The sizes stay below
// parallelWork, as goroutines allocate.
func TestAllocs(t *testing.T) {
	if racecheck.Enabled {
		t.Skip("allocation counts do not hold under the race detector")
	}
	c, r := benchInput(1024)
	c2, r2, c3 := c.Reshape(32, 32), r.Reshape(32, 32), c.Reshape(8, 8, 16)
	c64 := ndarray.Convert[complex64](c)
	prime := ndarray.FromSlice(c.ToSlice()[:1009])
	half, half2 := RFFT(r), RFFT2(r2)
	dc, dc64 := ndarray.Zeros[complex128](1024), ndarray.Zeros[complex64](1024)
	dn, dp := ndarray.Zeros[complex128](1500), ndarray.Zeros[complex128](1009)
	d2, d3 := ndarray.Zeros[complex128](32, 32), ndarray.Zeros[complex128](8, 8, 16)
	dh, dh2 := ndarray.Zeros[complex128](513), ndarray.Zeros[complex128](32, 17)
	dr, dr2 := ndarray.Zeros[float64](1024), ndarray.Zeros[float64](32, 32)
	cases := []struct {
		name string
		most float64
		f    func()
	}{
		{"FFTTo", 0, func() { FFTTo(dc, c) }},
		{"IFFTTo/complex64", 0, func() { IFFTTo(dc64, c64) }},
		{"FFTTo/Ortho", 0, func() { FFTTo(dc, c, Norm(Ortho)) }},
		{"FFTTo/N", 0, func() { FFTTo(dn, c, N(1500)) }},
		{"FFTTo/Axis0", 0, func() { FFTTo(d2, c2, Axis(0)) }},
		{"FFTTo/prime", 0, func() { FFTTo(dp, prime) }},
		{"RFFTTo", 0, func() { RFFTTo(dh, r) }},
		{"IRFFTTo", 0, func() { IRFFTTo(dr, half) }},
		{"HFFTTo", 0, func() { HFFTTo(dr, half) }},
		{"IHFFTTo", 0, func() { IHFFTTo(dh, r) }},
		{"FFT2To", 0, func() { FFT2To(d2, c2) }},
		{"RFFT2To", 0, func() { RFFT2To(dh2, r2) }},
		{"IRFFT2To", 0, func() { IRFFT2To(dr2, half2) }},
		{"FFTNTo/3-d", 0, func() { FFTNTo(d3, c3) }},
		{"FFT", 2, func() { FFT(c) }},
		{"IFFT", 2, func() { IFFT(c) }},
		{"RFFT", 2, func() { RFFT(r) }},
		{"IRFFT", 2, func() { IRFFT(half) }},
		{"FFT2", 2, func() { FFT2(c2) }},
		{"RFFT2", 2, func() { RFFT2(r2) }},
		{"IRFFT2", 2, func() { IRFFT2(half2) }},
	}
	for _, tc := range cases {
		if got := testing.AllocsPerRun(50, tc.f); got > tc.most {
			t.Errorf("%s: %v allocations per call, want at most %v", tc.name, got, tc.most)
		}
	}
}
