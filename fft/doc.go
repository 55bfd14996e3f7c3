// Package fft will hold numpy.fft for numgo arrays: FFT, IFFT, RFFT, IRFFT,
// FFTN and the rest, with NumPy's norm modes.
//
// Two engines are planned: a pure-Go one, used by default and in every
// pure-Go build, and FFTW 3 through cgo, used only when the program is built
// with -tags fftw (and cgo on). FFTW is licensed under the GPL: a program
// built with -tags fftw links it and is subject to the GPL's terms, which is
// why it is opt-in. Backend reports which engine the build uses.
package fft
