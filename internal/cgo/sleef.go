//go:build cgo && !purego

package cgo

// SLEEF (libsleef-dev) will provide the vectorised exp, log, sin... kernels
// of the ufunc engine; for now only the link and one scalar entry point exist,
// so that a missing libsleef shows up from the first build.

/*
#cgo LDFLAGS: -lsleef
// Declared here instead of including sleef.h, which Debian installs under a
// multiarch directory other platforms do not have.
extern double Sleef_exp_u10(double);
*/
import "C"

// SLEEFExp returns e**x computed by SLEEF's scalar Sleef_exp_u10 (error
// bound 1.0 ULP).
func SLEEFExp(x float64) float64 {
	return float64(C.Sleef_exp_u10(C.double(x)))
}
