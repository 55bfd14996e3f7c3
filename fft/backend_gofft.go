//go:build !cgo || purego || !fftw

package fft

// backendName is the FFT engine this build uses.
const backendName = "pure-go"

func backend() string { return backendName }

// The line transforms of this build: the pure-Go engine's.

func c2cLines[F float](n int, fwd bool, scale F) func() (func(out, in []cpx[F]), func()) {
	return goC2C(n, fwd, scale)
}

func r2cLines[F float](n int, scale F, conj bool) func() (func(out []cpx[F], in []F), func()) {
	return goR2C(n, scale, conj)
}

func c2rLines[F float](n int, scale F, conj bool) func() (func(out []F, in []cpx[F]), func()) {
	return goC2R(n, scale, conj)
}
