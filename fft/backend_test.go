package fft

import (
	"regexp"
	"testing"
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
