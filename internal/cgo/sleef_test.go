//go:build cgo && !purego

package cgo

import (
	"math"
	"testing"
)

func TestSLEEFExp(t *testing.T) {
	for _, x := range []float64{0, 1, -1, 0.5, 10, -10, 700, -700} {
		got, want := SLEEFExp(x), math.Exp(x)
		// Both are within 1 ULP of e**x, so within 2 ULP of each other.
		if tol := 2 * (math.Nextafter(want, math.Inf(1)) - want); math.Abs(got-want) > tol {
			t.Errorf("SLEEFExp(%v) = %v, math.Exp = %v", x, got, want)
		}
	}
	if got := SLEEFExp(math.Inf(-1)); got != 0 {
		t.Errorf("SLEEFExp(-Inf) = %v, want 0", got)
	}
	if got := SLEEFExp(math.NaN()); !math.IsNaN(got) {
		t.Errorf("SLEEFExp(NaN) = %v, want NaN", got)
	}
}
