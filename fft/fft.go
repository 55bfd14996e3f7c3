package fft

import "github.com/numgo/numgo/ndarray"

// The 1-d transforms. Each takes any numeric input (NumPy converts real and
// integer input to complex, as these do) and returns a new array: complex128
// (float64 for the real-output ones), as NumPy 1.x. The ...To forms write
// into dst and compute in dst's precision: complex64 (or float32) output is
// computed in float32 from end to end, as NumPy 2 does for single-precision
// input, without passing through float64.

// FFT returns the 1-d discrete Fourier transform of a along an axis,
// X[k] = Σ_j a[j]·exp(-2πi·jk/n), like numpy.fft.fft. Options: N (crop or
// zero-pad the input to n points), Axis (default -1) and Norm.
// FFT panics with a *ndarray.ValueError if n < 1 (also when the axis is
// empty and N is not given) or if S or Axes is given, and with an
// *ndarray.AxisError if the axis is out of range.
func FFT[T ndarray.Number](a *ndarray.Array[T], opts ...Option) *ndarray.Array[complex128] {
	return c2c[complex128](call{op: "fft.FFT"}, nil, a, opts, true)
}

// FFTTo writes the FFT of a into dst and returns dst, computing in dst's
// precision (complex64: single precision throughout). A contiguous dst
// receives the result without a temporary array, and dst may be a itself,
// so a loop can transform without allocating. It panics as FFT does, and
// with an *ndarray.ShapeError if dst's shape is not the result's.
func FFTTo[C ndarray.Complex, T ndarray.Number](dst *ndarray.Array[C], a *ndarray.Array[T], opts ...Option) *ndarray.Array[C] {
	return c2c(call{op: "fft.FFTTo"}, dst, a, opts, true)
}

// IFFT returns the 1-d inverse discrete Fourier transform of a along an
// axis, a[j] = (1/n)·Σ_k X[k]·exp(2πi·jk/n), like numpy.fft.ifft, with the
// options of FFT. IFFT panics as FFT does.
func IFFT[T ndarray.Number](a *ndarray.Array[T], opts ...Option) *ndarray.Array[complex128] {
	return c2c[complex128](call{op: "fft.IFFT"}, nil, a, opts, false)
}

// IFFTTo writes the IFFT of a into dst and returns dst, computing in dst's
// precision. It panics as FFTTo does.
func IFFTTo[C ndarray.Complex, T ndarray.Number](dst *ndarray.Array[C], a *ndarray.Array[T], opts ...Option) *ndarray.Array[C] {
	return c2c(call{op: "fft.IFFTTo"}, dst, a, opts, false)
}

// RFFT returns the 1-d discrete Fourier transform of real input along an
// axis, keeping the n/2+1 non-negative frequencies (the others are their
// complex conjugates), like numpy.fft.rfft. Options: N, Axis, Norm.
// RFFT panics as FFT does.
func RFFT[T ndarray.Real](a *ndarray.Array[T], opts ...Option) *ndarray.Array[complex128] {
	return r2c[complex128](call{op: "fft.RFFT"}, nil, a, opts, false)
}

// RFFTTo writes the RFFT of a into dst and returns dst, computing in dst's
// precision (complex64 output: float32 input is transformed in float32).
// It panics as FFTTo does.
func RFFTTo[C ndarray.Complex, T ndarray.Real](dst *ndarray.Array[C], a *ndarray.Array[T], opts ...Option) *ndarray.Array[C] {
	return r2c(call{op: "fft.RFFTTo"}, dst, a, opts, false)
}

// IRFFT returns the inverse of RFFT: the real sequence of length n whose
// half spectrum is a along an axis, like numpy.fft.irfft. N sets n (default
// 2·(m-1) for m input points; the input is cropped or zero-padded to
// n/2+1 points); the imaginary parts of the zero-frequency term and, for
// even n, of the Nyquist term are ignored, as NumPy does.
// IRFFT panics as FFT does; with the default n, a length-1 axis gives n = 0.
func IRFFT[T ndarray.Number](a *ndarray.Array[T], opts ...Option) *ndarray.Array[float64] {
	return c2r[float64](call{op: "fft.IRFFT", halfToFull: true}, nil, a, opts, false)
}

// IRFFTTo writes the IRFFT of a into dst and returns dst, computing in dst's
// precision. It panics as FFTTo does.
func IRFFTTo[F ndarray.Float, T ndarray.Number](dst *ndarray.Array[F], a *ndarray.Array[T], opts ...Option) *ndarray.Array[F] {
	return c2r(call{op: "fft.IRFFTTo", halfToFull: true}, dst, a, opts, false)
}

// HFFT returns the real FFT of a signal with Hermitian symmetry given by its
// first half a, like numpy.fft.hfft: IRFFT of the conjugate of a with the
// norm directions swapped, so that HFFT is a forward transform.
// Options and default n as IRFFT. HFFT panics as IRFFT does.
func HFFT[T ndarray.Number](a *ndarray.Array[T], opts ...Option) *ndarray.Array[float64] {
	return c2r[float64](call{op: "fft.HFFT", halfToFull: true, swap: true}, nil, a, opts, true)
}

// HFFTTo writes the HFFT of a into dst and returns dst, computing in dst's
// precision. It panics as FFTTo does.
func HFFTTo[F ndarray.Float, T ndarray.Number](dst *ndarray.Array[F], a *ndarray.Array[T], opts ...Option) *ndarray.Array[F] {
	return c2r(call{op: "fft.HFFTTo", halfToFull: true, swap: true}, dst, a, opts, true)
}

// IHFFT returns the inverse of HFFT for real input, like numpy.fft.ihfft:
// the conjugate of RFFT with the norm directions swapped (n/2+1 points).
// Options as RFFT. IHFFT panics as FFT does.
func IHFFT[T ndarray.Real](a *ndarray.Array[T], opts ...Option) *ndarray.Array[complex128] {
	return r2c[complex128](call{op: "fft.IHFFT", swap: true}, nil, a, opts, true)
}

// IHFFTTo writes the IHFFT of a into dst and returns dst, computing in dst's
// precision. It panics as FFTTo does.
func IHFFTTo[C ndarray.Complex, T ndarray.Real](dst *ndarray.Array[C], a *ndarray.Array[T], opts ...Option) *ndarray.Array[C] {
	return r2c(call{op: "fft.IHFFTTo", swap: true}, dst, a, opts, true)
}
