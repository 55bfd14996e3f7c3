package fft

import "github.com/numgo/numgo/ndarray"

// The n-d transforms: the 1-d transform applied along each of several axes
// (options S, Axes, Norm). The 2-d forms are the n-d ones with the default
// axes (-2, -1). Each ...To form writes into dst and computes in dst's
// precision, as the 1-d ones.

// last2 is the default axes of the 2-d transforms.
var last2 = []int{-2, -1}

// FFTN returns the n-d discrete Fourier transform of a over the given axes
// (default all), like numpy.fft.fftn. S crops or zero-pads the input along
// each axis. FFTN panics with an *ndarray.ValueError if a length is below 1,
// if S and Axes differ in length, or if N or Axis is given, and with an
// *ndarray.AxisError if an axis is out of range or repeated.
func FFTN[T ndarray.Number](a *ndarray.Array[T], opts ...Option) *ndarray.Array[complex128] {
	return c2c[complex128](call{op: "fft.FFTN", nd: true}, nil, a, opts, true)
}

// FFTNTo writes the FFTN of a into dst and returns dst, computing in dst's
// precision. It panics as FFTN does, and with an *ndarray.ShapeError if
// dst's shape is not the result's.
func FFTNTo[C ndarray.Complex, T ndarray.Number](dst *ndarray.Array[C], a *ndarray.Array[T], opts ...Option) *ndarray.Array[C] {
	return c2c(call{op: "fft.FFTNTo", nd: true}, dst, a, opts, true)
}

// IFFTN returns the n-d inverse discrete Fourier transform of a, like
// numpy.fft.ifftn, with the options of FFTN. It panics as FFTN does.
func IFFTN[T ndarray.Number](a *ndarray.Array[T], opts ...Option) *ndarray.Array[complex128] {
	return c2c[complex128](call{op: "fft.IFFTN", nd: true}, nil, a, opts, false)
}

// IFFTNTo writes the IFFTN of a into dst and returns dst, computing in dst's
// precision. It panics as FFTNTo does.
func IFFTNTo[C ndarray.Complex, T ndarray.Number](dst *ndarray.Array[C], a *ndarray.Array[T], opts ...Option) *ndarray.Array[C] {
	return c2c(call{op: "fft.IFFTNTo", nd: true}, dst, a, opts, false)
}

// FFT2 returns the 2-d discrete Fourier transform of a over axes (-2, -1)
// unless Axes says otherwise, like numpy.fft.fft2. It panics as FFTN does.
func FFT2[T ndarray.Number](a *ndarray.Array[T], opts ...Option) *ndarray.Array[complex128] {
	return c2c[complex128](call{op: "fft.FFT2", nd: true, def: last2}, nil, a, opts, true)
}

// FFT2To writes the FFT2 of a into dst and returns dst, computing in dst's
// precision. It panics as FFTNTo does.
func FFT2To[C ndarray.Complex, T ndarray.Number](dst *ndarray.Array[C], a *ndarray.Array[T], opts ...Option) *ndarray.Array[C] {
	return c2c(call{op: "fft.FFT2To", nd: true, def: last2}, dst, a, opts, true)
}

// IFFT2 returns the 2-d inverse discrete Fourier transform of a, like
// numpy.fft.ifft2. It panics as FFTN does.
func IFFT2[T ndarray.Number](a *ndarray.Array[T], opts ...Option) *ndarray.Array[complex128] {
	return c2c[complex128](call{op: "fft.IFFT2", nd: true, def: last2}, nil, a, opts, false)
}

// IFFT2To writes the IFFT2 of a into dst and returns dst, computing in dst's
// precision. It panics as FFTNTo does.
func IFFT2To[C ndarray.Complex, T ndarray.Number](dst *ndarray.Array[C], a *ndarray.Array[T], opts ...Option) *ndarray.Array[C] {
	return c2c(call{op: "fft.IFFT2To", nd: true, def: last2}, dst, a, opts, false)
}

// RFFTN returns the n-d discrete Fourier transform of real input, like
// numpy.fft.rfftn: RFFT along the last of the axes (which then holds
// s[-1]/2+1 points), FFT along the others. It panics as FFTN does, and with
// an *ndarray.ValueError if Axes is empty.
func RFFTN[T ndarray.Real](a *ndarray.Array[T], opts ...Option) *ndarray.Array[complex128] {
	return r2c[complex128](call{op: "fft.RFFTN", nd: true}, nil, a, opts, false)
}

// RFFTNTo writes the RFFTN of a into dst and returns dst, computing in dst's
// precision. It panics as FFTNTo does.
func RFFTNTo[C ndarray.Complex, T ndarray.Real](dst *ndarray.Array[C], a *ndarray.Array[T], opts ...Option) *ndarray.Array[C] {
	return r2c(call{op: "fft.RFFTNTo", nd: true}, dst, a, opts, false)
}

// RFFT2 returns the 2-d discrete Fourier transform of real input over axes
// (-2, -1), like numpy.fft.rfft2. It panics as RFFTN does.
func RFFT2[T ndarray.Real](a *ndarray.Array[T], opts ...Option) *ndarray.Array[complex128] {
	return r2c[complex128](call{op: "fft.RFFT2", nd: true, def: last2}, nil, a, opts, false)
}

// RFFT2To writes the RFFT2 of a into dst and returns dst, computing in dst's
// precision. It panics as FFTNTo does.
func RFFT2To[C ndarray.Complex, T ndarray.Real](dst *ndarray.Array[C], a *ndarray.Array[T], opts ...Option) *ndarray.Array[C] {
	return r2c(call{op: "fft.RFFT2To", nd: true, def: last2}, dst, a, opts, false)
}

// IRFFTN returns the inverse of RFFTN, like numpy.fft.irfftn: IFFT along all
// but the last of the axes, then IRFFT along the last, whose output length
// is s[-1] (default 2·(m-1)). It panics as RFFTN does.
func IRFFTN[T ndarray.Number](a *ndarray.Array[T], opts ...Option) *ndarray.Array[float64] {
	return c2r[float64](call{op: "fft.IRFFTN", nd: true, halfToFull: true}, nil, a, opts, false)
}

// IRFFTNTo writes the IRFFTN of a into dst and returns dst, computing in
// dst's precision. It panics as FFTNTo does.
func IRFFTNTo[F ndarray.Float, T ndarray.Number](dst *ndarray.Array[F], a *ndarray.Array[T], opts ...Option) *ndarray.Array[F] {
	return c2r(call{op: "fft.IRFFTNTo", nd: true, halfToFull: true}, dst, a, opts, false)
}

// IRFFT2 returns the inverse of RFFT2, like numpy.fft.irfft2. It panics as
// RFFTN does.
func IRFFT2[T ndarray.Number](a *ndarray.Array[T], opts ...Option) *ndarray.Array[float64] {
	return c2r[float64](call{op: "fft.IRFFT2", nd: true, def: last2, halfToFull: true}, nil, a, opts, false)
}

// IRFFT2To writes the IRFFT2 of a into dst and returns dst, computing in
// dst's precision. It panics as FFTNTo does.
func IRFFT2To[F ndarray.Float, T ndarray.Number](dst *ndarray.Array[F], a *ndarray.Array[T], opts ...Option) *ndarray.Array[F] {
	return c2r(call{op: "fft.IRFFT2To", nd: true, def: last2, halfToFull: true}, dst, a, opts, false)
}
