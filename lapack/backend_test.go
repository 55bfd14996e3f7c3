package lapack

import (
	"regexp"
	"testing"

	"github.com/numgo/numgo/blas"
)

// TestBackend proves which LAPACK ran: backendName comes from the same
// build-tagged file as the implementation.
func TestBackend(t *testing.T) {
	got := Backend()
	t.Logf("build: %s, Backend() = %q", backendName, got)
	switch backendName {
	case "lapacke":
		if want := "lapacke (" + blas.Backend() + ")"; got != want {
			t.Errorf("Backend() = %q, want %q", got, want)
		}
		if blas.Backend() == "gonum" || !regexp.MustCompile(`^lapacke \((openblas \d+\.\d+\.\d+|cblas)\)$`).MatchString(got) {
			t.Errorf("Backend() = %q, want \"lapacke (openblas X.Y.Z)\"", got)
		}
	case "gonum":
		if got != "gonum" {
			t.Errorf("Backend() = %q, want \"gonum\"", got)
		}
		if blas.Backend() != "gonum" {
			t.Errorf("LAPACK is gonum's but blas.Backend() = %q", blas.Backend())
		}
	default:
		t.Fatalf("unknown backendName %q", backendName)
	}
}
