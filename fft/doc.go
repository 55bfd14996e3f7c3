// Package fft is numpy.fft for numgo arrays: FFT, IFFT, RFFT, IRFFT, HFFT,
// IHFFT, their n-d forms FFTN, IFFTN, RFFTN, IRFFTN and 2-d forms FFT2,
// IFFT2, RFFT2, IRFFT2, and the helpers FFTFreq, RFFTFreq, FFTShift and
// IFFTShift.
//
// NumPy's keywords are options: N(n) and Axis(k) for the 1-d transforms,
// S(...) and Axes(...) for the n-d ones, Norm(Backward|Ortho|Forward) for
// all; fft.FFT(a, fft.N(64), fft.Axis(0), fft.Norm(fft.Ortho)) is
// np.fft.fft(a, n=64, axis=0, norm="ortho"). Lengths crop or zero-pad the
// input as NumPy's do, axes may be negative, and the input may be any view
// (transposed, stepped, reversed); it is never modified.
//
// Precision. The plain functions accept any numeric input, real and integer
// included, and return complex128 (float64 for IRFFT, HFFT, IRFFTN and
// IRFFT2), as NumPy 1.x does. Each has a ...To form that writes into a
// caller-given array and computes in that array's precision: with a
// complex64 (or float32) destination the whole transform runs in float32,
// never through float64, as NumPy 2 does for single-precision input:
//
//	x := ndarray.FromSlice(samples32)                  // *Array[float32]
//	X := fft.RFFTTo(ndarray.Zeros[complex64](len(samples32)/2+1), x)
//
// Memory. A ...To form into a contiguous destination allocates nothing
// (plans are cached, work buffers pooled), so a loop of transforms runs
// without garbage; a plain form allocates only its result. Up to a few
// thousand points that allocation costs more than the transform itself (Go
// frees the result only at a later GC cycle, where NumPy's malloc hands the
// same block back at once), so loops should use the ...To forms.
//
// Errors. A programmer's mistake panics with ndarray's typed errors and
// NumPy's words: a length below 1 ("Invalid number of FFT data points (0)
// specified."), S and Axes of different lengths, unknown options
// (*ndarray.ValueError); an axis out of range or repeated
// (*ndarray.AxisError); a ...To destination of the wrong shape
// (*ndarray.ShapeError).
//
// Engines. The default engine, in every build, is pure Go: a self-sorting
// mixed-radix FFT (radix 4, 2, 3, 5 butterflies and a generic one for odd
// primes up to 31; FFTPACK's and pocketfft's algorithm) and Bluestein's
// chirp-z algorithm for lengths with larger prime factors, so every length
// costs O(n log n). On amd64 CPUs with AVX the radix-4 and radix-2 passes
// of double precision transforms run in assembly, two complex values per
// instruction (four with AVX-512F), and with AVX-512F the radix-3, 5 and 7
// passes too (where the length is a multiple of 4), with the same
// operations as the Go code (-tags purego leaves it out). Bluestein's
// convolution then has a power-of-two length.
// Double precision transforms longer than 2^19 points whose length splits
// into two factors near its square root run by Bailey's four-step
// algorithm: short transforms of the columns and then of the rows of the
// sequence read as a matrix, with a twiddle product between them, gathered
// in cache-sized blocks and split across GOMAXPROCS goroutines, so that a
// long transform stops streaming through memory once per pass and uses
// every core (the result does not depend on GOMAXPROCS). Shorter ones
// from 2^17 points that are not powers of two, and 2^19, run as two halves
// at once after one radix-2 step (a 302400-point FFT: 3.6 → 2.4 ms on two
// cores). Real transforms of even length run as a complex transform of
// half the length. Transform plans (twiddle tables) are cached
// per length, precision and direction in a bounded, concurrency-safe LRU
// cache; n-d transforms go axis by axis, copying strided lines in batches
// into contiguous scratch, and large batches are split across goroutines.
//
// Built with -tags fftw (and cgo on), the same API runs on FFTW 3 instead:
// contiguous lines along an axis are one batch, planned with FFTW's guru
// interface once per layout (length, batch counts and strides, kind,
// precision, in place or not, alignment), under a lock since FFTW's planner
// is not thread-safe, kept in a bounded cache of their own and executed on
// the arrays themselves, large batches in parallel parts; lines of a power
// of two from 2^16 points are transformed in place in the result; strided lines are
// gathered into contiguous scratch in groups first. Plans use
// FFTW_ESTIMATE unless SetPlannerEffort(Measure) asks for FFTW_MEASURE;
// with FFTW_ESTIMATE, double-precision lines where the pure-Go engine is
// the faster go to it: complex lines of a power of two from 4096 points,
// those it transforms by four steps, and real lines of a power of two
// from 2^20 points; where the engine's passes are AVX-512, every line of
// a power of two from 16 points.
// FFTW is licensed under the GPL: a program built with -tags fftw links it
// and is subject to the GPL's terms, which is why it is opt-in. Backend
// reports which engine the build uses.
package fft
