//go:build cgo && fftw && !purego

package fft

import (
	"os"
	"strings"

	"github.com/numgo/numgo/internal/cgo"
)

// backendName is the FFT engine this build uses.
const backendName = "fftw"

// backend returns "fftw" and the version of the linked library, taken from
// its fftw_version string ("fftw-3.3.10-sse2-avx" gives "fftw 3.3.10").
func backend() string {
	v := strings.TrimPrefix(cgo.FFTWVersion(), "fftw-")
	v, _, _ = strings.Cut(v, "-")
	return backendName + " " + v
}

// The line transforms of this build: FFTW 3 plans for one line of length
// n, made with FFTW_ESTIMATE and cached in the plan cache beside the
// pure-Go plans (kinds offset by fftwKinds), run on the same contiguous
// lines that forLines prepares. The plans are out of place, so each line is
// first copied into a work buffer, where padding, conjugation and NumPy's
// dropping of the imaginary parts of the c2r input's real terms are done.

const fftwKinds planKind = 4

// fftwMeasure makes the plans with FFTW_MEASURE instead of FFTW_ESTIMATE
// when the environment variable NUMGO_FFTW_MEASURE is set: faster
// transforms after a planning step that runs and times several algorithms
// (seconds for large lengths), once per length in the process.
var fftwMeasure = os.Getenv("NUMGO_FFTW_MEASURE") != ""

func fftwPlan[F float](kind cgo.FFTWKind, n int) *cgo.FFTWPlan {
	single := floatSize[F]() == 4
	return cached(planKey{n, floatSize[F](), fftwKinds + planKind(kind)}, func() *cgo.FFTWPlan {
		return cgo.NewFFTWPlan(kind, n, single, fftwMeasure)
	})
}

func c2cLines[F float](n int, fwd bool, scale F) func() (func(out, in []cpx[F]), func()) {
	kind := cgo.FFTWBackward
	if fwd {
		kind = cgo.FFTWForward
	}
	p := fftwPlan[F](kind, n)
	return func() (func(out, in []cpx[F]), func()) {
		buf, h := getScratch[cpx[F]](n)
		return func(out, in []cpx[F]) {
			copy(buf, in)
			clear(buf[len(in):])
			if p.Single {
				p.DFT32(cast[complex64](buf), cast[complex64](out))
			} else {
				p.DFT(cast[complex128](buf), cast[complex128](out))
			}
			finish(out, scale, false)
		}, func() { putScratch(h) }
	}
}

func r2cLines[F float](n int, scale F, conj bool) func() (func(out []cpx[F], in []F), func()) {
	p := fftwPlan[F](cgo.FFTWR2C, n)
	return func() (func(out []cpx[F], in []F), func()) {
		buf, h := getScratch[F](n)
		return func(out []cpx[F], in []F) {
			if len(in) < n { // out-of-place r2c preserves its input: pad only
				copy(buf, in)
				clear(buf[len(in):])
				in = buf
			}
			if p.Single {
				p.R2C32(cast[float32](in), cast[complex64](out))
			} else {
				p.R2C(cast[float64](in), cast[complex128](out))
			}
			finish(out, scale, conj)
		}, func() { putScratch(h) }
	}
}

func c2rLines[F float](n int, scale F, conj bool) func() (func(out []F, in []cpx[F]), func()) {
	p := fftwPlan[F](cgo.FFTWC2R, n)
	h := n/2 + 1
	return func() (func(out []F, in []cpx[F]), func()) {
		buf, hb := getScratch[cpx[F]](h)
		return func(out []F, in []cpx[F]) {
			copy(buf, in)
			clear(buf[len(in):])
			finish(buf, 1, conj)
			buf[0].im = 0
			if n%2 == 0 {
				buf[h-1].im = 0
			}
			if p.Single {
				p.C2R32(cast[complex64](buf), cast[float32](out))
			} else {
				p.C2R(cast[complex128](buf), cast[float64](out))
			}
			if scale != 1 {
				for k := range out {
					out[k] *= scale
				}
			}
		}, func() { putScratch(hb) }
	}
}
