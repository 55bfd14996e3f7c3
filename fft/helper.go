package fft

import (
	"fmt"

	"github.com/numgo/numgo/ndarray"
)

// FFTFreq returns the sample frequencies of an n-point FFT with sample
// spacing d, like numpy.fft.fftfreq(n, d): [0, 1, ..., ⌈n/2⌉-1, -⌊n/2⌋, ...,
// -1] / (d·n), each computed as k·(1/(d·n)) as NumPy does.
// FFTFreq panics with an *ndarray.ValueError if n or d is zero (NumPy's
// "float division by zero"), if n is negative (NumPy's "negative
// dimensions are not allowed") or if n points cannot be allocated.
func FFTFreq(n int, d float64) *ndarray.Array[float64] {
	val := freqScale("fft.FFTFreq", n, d)
	f := ndarray.Empty[float64](n)
	out := f.Data()
	half := (n-1)/2 + 1
	for k := range out {
		j := k
		if k >= half {
			j = k - n
		}
		out[k] = float64(j) * val
	}
	return f
}

// RFFTFreq returns the n/2+1 non-negative sample frequencies of an n-point
// RFFT with sample spacing d, like numpy.fft.rfftfreq(n, d): [0, 1, ...,
// n/2] / (d·n). RFFTFreq panics as FFTFreq does, also for a negative n,
// where NumPy 1.24 returns an empty array (its arange of n//2+1 <= 0
// elements).
func RFFTFreq(n int, d float64) *ndarray.Array[float64] {
	val := freqScale("fft.RFFTFreq", n, d)
	f := ndarray.Empty[float64](n/2 + 1)
	out := f.Data()
	for k := range out {
		out[k] = float64(k) * val
	}
	return f
}

// freqScale returns 1/(d·n), the frequency step of FFTFreq and RFFTFreq,
// after checking n and d.
func freqScale(op string, n int, d float64) float64 {
	switch {
	case n == 0: // NumPy's 1.0/(n*d)
		panic(&ndarray.ValueError{Op: op, Msg: "float division by zero: n is 0"})
	case n < 0:
		panic(&ndarray.ValueError{Op: op, Msg: fmt.Sprintf("negative dimensions are not allowed: n is %d", n)})
	}
	if d == 0 {
		panic(&ndarray.ValueError{Op: op, Msg: "float division by zero: the sample spacing d is 0"})
	}
	return 1 / (float64(n) * d)
}

// FFTShift returns a copy of a with the zero-frequency term moved to the
// centre of each of the given axes (default all): a roll by ⌊m/2⌋ along an
// axis of length m, like numpy.fft.fftshift. FFTShift panics with an
// *ndarray.AxisError if an axis is out of range.
func FFTShift[T ndarray.Dtype](a *ndarray.Array[T], axes ...int) *ndarray.Array[T] {
	return shift("fft.FFTShift", a, axes, false)
}

// IFFTShift is the inverse of FFTShift: a roll by -⌊m/2⌋ along each of the
// given axes (default all), like numpy.fft.ifftshift; the two differ for
// odd lengths. IFFTShift panics as FFTShift does.
func IFFTShift[T ndarray.Dtype](a *ndarray.Array[T], axes ...int) *ndarray.Array[T] {
	return shift("fft.IFFTShift", a, axes, true)
}

// shift rolls a copy of a along axes, block by block: along an axis of
// length m with inner elements after it, each outer block of m·inner
// elements is two contiguous pieces swapped.
func shift[T ndarray.Dtype](op string, a *ndarray.Array[T], axes []int, inverse bool) *ndarray.Array[T] {
	shape := a.Shape()
	if axes == nil {
		axes = make([]int, len(shape))
		for i := range axes {
			axes[i] = i
		}
	}
	src := a.ToSlice()
	dst := make([]T, len(src))
	for _, ax := range axes {
		ax = normAxis(op, ax, len(shape))
		m := shape[ax]
		k := m / 2
		if inverse {
			k = m - k
		}
		l := linesAlong(shape, ax, m, m)
		block := m * l.inner
		cut := (m - k) * l.inner
		for o := range l.outer {
			s, d := src[o*block:][:block], dst[o*block:][:block]
			copy(d[k*l.inner:], s[:cut])
			copy(d[:k*l.inner], s[cut:])
		}
		src, dst = dst, src
	}
	return ndarray.FromSlice(src, shape...)
}
