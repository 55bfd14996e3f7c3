//go:build cgo && fftw && !purego

package cgo

// FFTW is GPL-licensed, so it is linked only when asked for with -tags fftw;
// a program built that way is subject to the GPL. The binding of the plans
// comes with the FFT engine; for now the link and the version string.

/*
#cgo LDFLAGS: -lfftw3 -lfftw3f
// From fftw3.h (FFTW_EXTERN const char X(version)[]), declared here so that
// the build needs no header path.
extern const char fftw_version[];
extern const char fftwf_version[];

static const char *numgo_fftw_version(void) { return fftw_version; }
static const char *numgo_fftwf_version(void) { return fftwf_version; }
*/
import "C"

// FFTWVersion returns the version string of the linked double-precision FFTW
// library, e.g. "fftw-3.3.10-sse2-avx".
func FFTWVersion() string {
	return C.GoString(C.numgo_fftw_version())
}

// FFTWfVersion returns the version string of the linked single-precision
// FFTW library (libfftw3f), e.g. "fftw-3.3.10-sse2-avx".
func FFTWfVersion() string {
	return C.GoString(C.numgo_fftwf_version())
}
