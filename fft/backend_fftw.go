//go:build cgo && fftw && !purego

package fft

import (
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
