//go:build cgo && fftw && !purego

package cgo

import (
	"math/cmplx"
	"regexp"
	"strings"
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

// TestFFTWBatch transforms the two columns of a 4×2 array in one strided
// batch, in place, and checks the DFT of each: column 0 is an impulse,
// column 1 is constant.
func TestFFTWBatch(t *testing.T) {
	for _, aligned := range []bool{false, true} {
		p := NewFFTWPlan(FFTWLayout{Kind: FFTWForward, N: 4, IS: 2, OS: 2,
			Batch: [2]FFTWLoop{{N: 1}, {N: 2, IS: 1, OS: 1}}, InPlace: true, Aligned: aligned})
		x := []complex128{1, 1, 0, 1, 0, 1, 0, 1}
		Execute(p, x, x)
		want := []complex128{1, 4, 1, 0, 1, 0, 1, 0}
		for i := range x {
			if cmplx.Abs(x[i]-want[i]) > 1e-15 {
				t.Errorf("aligned %v: %v, want %v", aligned, x, want)
				break
			}
		}
	}
}

// TestFFTWExecutePanics checks that a plan refuses arrays of the wrong
// type, a short array, and an out-of-place call of an in-place plan.
func TestFFTWExecutePanics(t *testing.T) {
	p := NewFFTWPlan(FFTWLayout{Kind: FFTWR2C, N: 8, IS: 1, OS: 1, Batch: [2]FFTWLoop{{N: 2, IS: 8, OS: 5}, {N: 1}}})
	in := make([]float64, 16)
	out := make([]complex128, 10)
	Execute(p, in, out)
	cases := map[string]func(){
		"type":  func() { Execute(p, make([]float32, 16), out) },
		"short": func() { Execute(p, in, out[:9]) },
		"place": func() {
			q := NewFFTWPlan(FFTWLayout{Kind: FFTWForward, N: 4, IS: 1, OS: 1, Batch: [2]FFTWLoop{{N: 1}, {N: 1}}, InPlace: true})
			Execute(q, out, make([]complex128, 4))
		},
	}
	for name, f := range cases {
		func() {
			defer func() {
				if r, _ := recover().(string); !strings.Contains(r, "cgo: FFTW plan") {
					t.Errorf("%s: panic %q, want one from Execute", name, r)
				}
			}()
			f()
		}()
	}
}
