//go:build cgo && fftw && !purego

package cgo

import (
	"regexp"
	"testing"
)

func TestFFTWVersion(t *testing.T) {
	v := FFTWVersion()
	if !regexp.MustCompile(`^fftw-3\.\d+\.\d+`).MatchString(v) {
		t.Errorf("FFTWVersion() = %q, want prefix \"fftw-3.X.Y\"", v)
	}
	if vf := FFTWfVersion(); vf != v {
		t.Errorf("FFTWfVersion() = %q, FFTWVersion() = %q: libfftw3f and libfftw3 differ", vf, v)
	}
}
