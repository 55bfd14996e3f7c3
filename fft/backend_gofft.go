//go:build !cgo || purego || !fftw

package fft

// backendName is the FFT engine this build uses.
const backendName = "pure-go"

func backend() string { return backendName }
