//go:build !cgo || purego || !fftw

package fft

// backendName is the FFT engine this build uses.
const backendName = "pure-go"

func backend() string { return backendName }

// The axis transforms of this build: the pure-Go engine's line transforms,
// run by forLines. Each transforms the lines l of src along one axis into
// dst: complex of length n, real of length n to its n/2+1 spectrum values,
// and half spectrum back to n reals.

func c2cAxis[F float](l axisLines, src, dst []cpx[F], n int, fwd bool, scale F) {
	forLines(l, src, dst, goC2C[F]{getPlan[F](n, fwd), scale})
}

func r2cAxis[F float](l axisLines, src []F, dst []cpx[F], n int, scale F, conj bool) {
	forLines(l, src, dst, goR2C[F]{getRPlan[F](n, true), scale, conj})
}

func c2rAxis[F float](l axisLines, src []cpx[F], dst []F, n int, scale F, conj bool) {
	forLines(l, src, dst, goC2R[F]{getRPlan[F](n, false), scale, conj})
}
