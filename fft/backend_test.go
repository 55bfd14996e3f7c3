package fft

import (
	"regexp"
	"testing"

	"github.com/numgo/numgo/ndarray"
)

// TestBackend proves which FFT engine the build uses: backendName comes from
// the same build-tagged file as the engine, and under FFTW the version comes
// from the linked library.
func TestBackend(t *testing.T) {
	got := Backend()
	t.Logf("build: %s, Backend() = %q", backendName, got)
	switch backendName {
	case "fftw":
		if !regexp.MustCompile(`^fftw 3\.\d+\.\d+$`).MatchString(got) {
			t.Errorf("Backend() = %q, want \"fftw 3.X.Y\"", got)
		}
	case "pure-go":
		if got != "pure-go" {
			t.Errorf("Backend() = %q, want \"pure-go\"", got)
		}
	default:
		t.Fatalf("unknown backendName %q", backendName)
	}
}

func TestSetPlannerEffort(t *testing.T) {
	if got := SetPlannerEffort(Measure); got != Estimate {
		t.Errorf("default effort %v, want Estimate", got)
	}
	if got := SetPlannerEffort(Estimate); got != Measure {
		t.Errorf("SetPlannerEffort returned %v, want Measure", got)
	}
	mustPanic(t, "SetPlannerEffort(7)", ndarray.ErrValue, "unknown planner effort PlannerEffort(7)", func() { SetPlannerEffort(7) })
}
